"""Generate docs/rules.md from RULES, so the rule documentation cannot drift from the code.

Regenerate with `python -m auditor.render.rules_doc` (writes docs/rules.md next to the package) or
`python -m auditor.render.rules_doc -` (prints to stdout). tests/test_render_rules_doc.py fails when
the committed file differs from `rules_markdown()`.

Each rule's heading is `## AMZ00n`, whose GitHub anchor is `#amz00n`: the `helpUri` in SARIF output.
"""

from __future__ import annotations

import sys
from pathlib import Path

from auditor.render.sarif import level_for_severity
from auditor.rules import RULES, Rule

DOCS_PATH = Path(__file__).resolve().parents[2] / "docs" / "rules.md"


def _rule_section(rule: Rule) -> list[str]:
    lines = [
        f"## {rule.id}",
        "",
        f"**{rule.title}**",
        "",
        f"- Name: `{rule.name}`",
        f"- Severity: {rule.severity} (SARIF level `{level_for_severity(rule.severity)}`, "
        f"security-severity {rule.security_severity})",
        f"- Weakness: {rule.cwe}",
    ]
    if rule.cleared_by:
        lines.append(f"- Cleared by: {', '.join(f'`{k}`' for k in rule.cleared_by)}")
    else:
        lines.append("- Cleared by: nothing (no sanitizer clears this rule)")
    lines += [
        "",
        rule.summary,
        "",
        "### What it finds",
        "",
        rule.description,
        "",
        "### Why Amazon forbids it",
        "",
        rule.why,
        "",
        "### How to fix it",
        "",
        rule.remediation,
        "",
        "### Amazon policy cited",
        "",
    ]
    for c in rule.clauses:
        lines += [
            f"- **{c.ref}: {c.title}**",
            f"  - Section: {c.section}",
            f"  - {c.paraphrase}",
            f"  - Source: <{c.url}>",
        ]
    lines.append("")
    return lines


def rules_markdown() -> str:
    """The full text of docs/rules.md."""
    lines = [
        "# Rules",
        "",
        "<!-- Generated from auditor/rules.py by `python -m auditor.render.rules_doc`; do not edit by hand. -->",
        "",
        "Rule ids and their meanings are public API: an id never changes meaning. Policy references "
        "(R01..R29) point into the project's Amazon policy reference.",
        "",
        "| Id | Name | Severity | Title |",
        "| --- | --- | --- | --- |",
    ]
    for rule in RULES:
        lines.append(f"| [{rule.id}](#{rule.id.lower()}) | `{rule.name}` | {rule.severity} | {rule.title} |")
    lines.append("")
    for rule in RULES:
        lines += _rule_section(rule)
    return "\n".join(lines).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    text = rules_markdown()
    if args and args[0] == "-":
        sys.stdout.write(text)
        return 0
    target = Path(args[0]) if args else DOCS_PATH
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
