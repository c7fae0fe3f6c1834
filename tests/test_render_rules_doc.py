"""docs/rules.md is generated from RULES and must not drift."""

from __future__ import annotations

from pathlib import Path

from auditor.render.rules_doc import DOCS_PATH, main, rules_markdown
from auditor.rules import RULES

DOCS = Path(__file__).resolve().parents[1] / "docs" / "rules.md"


def test_docs_rules_md_is_up_to_date():
    assert DOCS_PATH == DOCS
    assert DOCS.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is stale: run `python -m auditor.render.rules_doc`"
    )


def test_every_rule_has_an_anchor_matching_its_help_uri():
    text = rules_markdown()
    lines = text.splitlines()
    for rule in RULES:
        assert f"## {rule.id}" in lines
        anchor = rule.help_uri.rsplit("#", 1)[1]
        assert anchor == f"## {rule.id}"[3:].lower()  # GitHub's heading anchor
        assert f"](#{anchor})" in text


def test_every_rule_field_and_clause_is_documented():
    text = rules_markdown()
    for rule in RULES:
        section = text[text.index(f"## {rule.id}\n") :]
        following = [r.id for r in RULES if r.id > rule.id]
        if following:
            section = section[: section.index(f"## {following[0]}\n")]
        for part in (rule.name, rule.title, rule.severity, rule.description, rule.why, rule.remediation):
            assert part in section, (rule.id, part)
        for clause in rule.clauses:
            for part in (clause.ref, clause.title, clause.section, clause.paraphrase, clause.url):
                assert part in section, (rule.id, clause.ref, part)


def test_generator_writes_file(tmp_path, capsys):
    target = tmp_path / "rules.md"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == rules_markdown()
    assert main(["-"]) == 0
    assert capsys.readouterr().out.endswith(rules_markdown())
