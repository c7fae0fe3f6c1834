"""render(): the format registry."""

from __future__ import annotations

import json

import pytest
from render_samples import sample_result

from auditor.render import RENDERERS, formats, register, render


def test_dispatches_to_each_builtin_format():
    result = sample_result()
    assert render(result, "text").startswith("app/notify.py\n")
    assert json.loads(render(result, "json"))["schema_version"] == "1.1"
    assert json.loads(render(result, "sarif"))["version"] == "2.1.0"
    assert render(result, "JSON") == render(result, "json")


def test_unknown_format_names_the_valid_ones():
    with pytest.raises(ValueError) as exc:
        render(sample_result(), "yaml")
    message = str(exc.value)
    assert "'yaml'" in message
    for name in ("json", "sarif", "text"):
        assert name in message


def test_register_adds_a_format(monkeypatch):
    monkeypatch.setitem(RENDERERS, "text", RENDERERS["text"])  # restore the registry afterwards
    seen = {}

    def fake(result, *, color=False):
        seen["color"] = color
        return f"{len(result.findings)} findings"

    register("Markdown", fake)
    try:
        assert "markdown" in formats()
        assert render(sample_result(), "markdown", color=True) == "3 findings"
        assert seen == {"color": True}
    finally:
        RENDERERS.pop("markdown", None)
