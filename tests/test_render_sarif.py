"""SARIF 2.1.0 output: schema validity (offline), rules, results, code flows and notifications."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import jsonschema
import pytest
from render_samples import ESC_SNIPPET, MARKETING, empty_result, reordered, sample_result

from auditor.render import render
from auditor.render.sarif import level_for_severity, render_sarif, root_uri
from auditor.rules import RULES

SCHEMA_PATH = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-04/schema#"
    cls = jsonschema.validators.validator_for(schema)
    assert cls is jsonschema.Draft4Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def sarif(result=None) -> dict:
    return json.loads(render_sarif(result or sample_result()))


@pytest.mark.parametrize("make", [sample_result, empty_result])
def test_validates_against_official_schema_offline(validator, no_network, make):
    doc = sarif(make())
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_schema_rejects_a_broken_log(validator, no_network):
    doc = sarif()
    doc["runs"][0]["results"][0]["level"] = "fatal"
    del doc["runs"][0]["tool"]["driver"]["name"]
    assert len(list(validator.iter_errors(doc))) >= 2


def test_driver_and_rules():
    run = sarif()["runs"][0]
    driver = run["tool"]["driver"]
    assert driver["name"] == "auditor"
    assert driver["version"] == "0.1.0"
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [r.id for r in RULES]
    for descriptor, rule in zip(driver["rules"], RULES, strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"] == rule.title
        assert descriptor["fullDescription"]["text"] == rule.description
        assert descriptor["helpUri"].endswith(f"docs/rules.md#{rule.id.lower()}")
        assert descriptor["properties"] == {
            "security-severity": rule.security_severity,
            "tags": ["security", "privacy", rule.cwe],
            "precision": "high",
        }
        assert descriptor["defaultConfiguration"]["level"] == level_for_severity(rule.severity)
        for clause in rule.clauses:
            for part in (clause.ref, clause.title, clause.section, clause.url):
                assert part in descriptor["help"]["markdown"]
                assert part in descriptor["help"]["text"]
        assert rule.remediation in descriptor["help"]["markdown"]
    by_id = {d["id"]: d for d in driver["rules"]}
    assert by_id["AMZ001"]["properties"]["security-severity"] == "9.0"
    assert by_id["AMZ005"]["properties"]["security-severity"] == "5.5"
    assert by_id["AMZ005"]["properties"]["tags"][2] == "CWE-532"


def test_level_mapping():
    assert [level_for_severity(s) for s in ("critical", "high", "medium", "low", "info")] == [
        "error",
        "error",
        "warning",
        "note",
        "note",
    ]


def test_results_rule_ids_levels_and_locations():
    run = sarif()["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert [r["ruleId"] for r in results] == ["AMZ005", "AMZ002", "AMZ001"]
    for r in results:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
    assert [r["level"] for r in results] == ["warning", "note", "error"]
    assert run["originalUriBaseIds"] == {"%SRCROOT%": {"uri": "file:///home/dev/shop%20sync/"}}
    for r in results:
        for loc in r["locations"]:
            art = loc["physicalLocation"]["artifactLocation"]
            assert art["uriBaseId"] == "%SRCROOT%"
            assert not art["uri"].startswith(("/", "file:"))
    marketing = results[2]
    assert marketing["message"]["text"] == MARKETING.message
    assert marketing["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "app/sync/marketing.py", "uriBaseId": "%SRCROOT%"},
        "region": {
            "startLine": 40,
            "startColumn": 9,
            "endLine": 40,
            "endColumn": 55,
            "snippet": {"text": "client.lists.add_list_member(LIST_ID, member)"},
        },
    }
    assert marketing["locations"][0]["logicalLocations"] == [
        {"fullyQualifiedName": "app.sync.marketing.subscribe", "kind": "function"}
    ]
    assert marketing["partialFingerprints"] == {"primaryLocationLineHash": "3f2a9c1e7b5d4a60:1"}
    assert marketing["properties"] == {
        "severity": "critical",
        "destination": "a Mailchimp list",
        "sink": "mailchimp_marketing.Client.lists.add_list_member",
        "consent_guarded": False,
    }
    assert results[1]["properties"]["consent_guarded"] is True
    # A region without an end omits endLine/endColumn rather than writing 0.
    step_region = marketing["codeFlows"][0]["threadFlows"][0]["locations"][1]["location"]["physicalLocation"][
        "region"
    ]
    assert "endLine" not in step_region and "endColumn" not in step_region
    assert results[0]["locations"][0]["physicalLocation"]["region"]["snippet"]["text"] == ESC_SNIPPET


def test_code_flows_have_every_step():
    results = sarif()["runs"][0]["results"]
    marketing = results[2]
    assert len(marketing["codeFlows"]) == len(MARKETING.flows) == 2
    for code_flow, flow in zip(marketing["codeFlows"], MARKETING.flows, strict=True):
        (thread,) = code_flow["threadFlows"]
        assert len(thread["locations"]) == len(flow.steps)
        for tfl, step in zip(thread["locations"], flow.steps, strict=True):
            assert tfl["kinds"] == [step.kind]
            assert tfl["location"]["message"]["text"] == step.message
            phys = tfl["location"]["physicalLocation"]
            assert phys["artifactLocation"] == {"uri": step.location.path, "uriBaseId": "%SRCROOT%"}
            assert phys["region"]["startLine"] == step.location.line
        assert [t["executionOrder"] for t in thread["locations"]] == list(range(1, len(flow.steps) + 1))
    assert marketing["codeFlows"][0]["message"]["text"] == "buyer email from Orders.get_order_buyer_info"
    related = marketing["relatedLocations"]
    assert [r["id"] for r in related] == [1, 2]
    assert [r["physicalLocation"]["region"]["startLine"] for r in related] == [12, 15]
    assert related[0]["message"]["text"] == "source: buyer email from Orders.get_order_buyer_info"


def test_skipped_and_incomplete_are_notifications():
    (invocation,) = sarif()["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    notes = invocation["toolExecutionNotifications"]
    skipped = [n for n in notes if n["message"]["text"].startswith("skipped: ")]
    assert [
        (n["level"], n["message"]["text"], n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])
        for n in skipped
    ] == [
        ("warning", "skipped: syntax error at line 3: Python 2 print statement", "legacy/py2_module.py"),
        ("warning", "skipped: file is larger than 5000000 bytes (max_file_bytes)", "vendor/huge_dump.py"),
    ]
    for n in skipped:
        assert n["locations"][0]["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
    incomplete = [n for n in notes if n["message"]["text"].startswith("incomplete")]
    assert len(incomplete) == 1
    assert "call depth bound (8) reached" in incomplete[0]["message"]["text"]


def test_empty_scan_still_lists_rules_and_skips():
    run = sarif(empty_result())["runs"][0]
    assert run["results"] == []
    assert len(run["tool"]["driver"]["rules"]) == 6
    notes = run["invocations"][0]["toolExecutionNotifications"]
    assert [n["message"]["text"] for n in notes] == ["skipped: unparseable: unexpected indent at line 2"]


def test_deterministic_and_no_timestamps():
    text = render(sample_result(), "sarif")
    assert text == render_sarif(sample_result()) == render_sarif(reordered(sample_result()))
    assert text.endswith("\n")
    assert "Utc" not in text and "duration" not in text.lower()


def test_root_uri_forms():
    assert root_uri("/") == "file:///"
    assert root_uri("/srv/app") == "file:///srv/app/"
    assert root_uri("/srv/app/") == "file:///srv/app/"
    assert root_uri("C:\\work\\shop") == "file:///C:/work/shop/"


def test_paths_with_special_characters_are_percent_encoded():
    from dataclasses import replace

    from auditor.model import Location

    odd = replace(MARKETING, location=Location("src/my app/#x.py", 3, 1))
    result = replace(sample_result(), findings=(odd,))
    art = sarif(result)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art["uri"] == "src/my%20app/%23x.py"


def test_custom_rule_and_unknown_position_still_valid(validator, no_network):
    from dataclasses import replace

    from auditor.model import Location

    custom = replace(
        MARKETING,
        rule_id="ACME100",
        rule_name="acme-custom",
        severity="low",
        level="note",
        location=Location("gen/module.py", 0, 0),
        flows=(),
    )
    doc = sarif(replace(sample_result(), findings=(MARKETING, custom)))
    assert not list(validator.iter_errors(doc))
    run = doc["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules][-1] == "ACME100"
    result = next(r for r in run["results"] if r["ruleId"] == "ACME100")
    assert rules[result["ruleIndex"]]["defaultConfiguration"]["level"] == "note"
    assert "region" not in result["locations"][0]["physicalLocation"]
    assert "codeFlows" not in result
