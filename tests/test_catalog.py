"""Every catalog entry's positive and negative examples, run through the whole analysis.

Positive examples mark the lines that must fire with `# expect: RULE`; negative examples must
produce no finding. One parametrized test covers sources, sinks and sanitizers alike.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from auditor.catalog import load_catalog, normalize_key
from auditor.testing import audit, expected_markers, rule_lines

CATALOG = load_catalog()
CASES = [
    pytest.param(ex.code, id=f"{kind}:{entry.id}:{'positive' if ex.positive else 'negative'}:{i}")
    for kind, group in (("source", CATALOG.sources), ("sink", CATALOG.sinks), ("sanitizer", CATALOG.sanitizers))
    for entry in group
    for i, ex in enumerate(entry.examples)
]
REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference" / "sp-api-methods.tsv"


@pytest.mark.parametrize("code", CASES)
def test_catalog_example(code: str) -> None:
    assert rule_lines(audit(code)) == expected_markers(code)


@pytest.mark.parametrize("entry", [*CATALOG.sources, *CATALOG.sinks, *CATALOG.sanitizers], ids=lambda e: e.id)
def test_every_entry_has_positive_and_negative_examples(entry: object) -> None:
    kinds = {ex.positive for ex in entry.examples}  # type: ignore[attr-defined]
    assert kinds == {True, False}
    for ex in entry.examples:  # type: ignore[attr-defined]
        if ex.positive:
            assert expected_markers(ex.code), "a positive example must mark at least one line"
        else:
            assert not expected_markers(ex.code)


def test_sink_rules_are_public_rule_ids() -> None:
    assert {s.rule for s in CATALOG.sinks} <= {None, "AMZ001", "AMZ002", "AMZ003", "AMZ004", "AMZ005"}
    assert {s.id for s in CATALOG.sinks if s.text_when} >= {"sp_api.messaging", "twilio", "smtplib.sendmail"}


@pytest.mark.skipif(not REFERENCE.exists(), reason="shared/reference is not beside the checkout")
def test_sp_api_sources_name_real_sdk_methods() -> None:
    """Every python-amazon-sp-api source names a method the SDK really has (per the reference TSV)."""
    with REFERENCE.open(newline="") as fh:
        methods = {row["method"] for row in csv.DictReader(fh, delimiter="\t")}
    for src in CATALOG.sources:
        for call in src.calls:
            if call.startswith("sp_api.api."):
                assert call.rsplit(".", 1)[-1] in methods, call


def test_field_classification() -> None:
    assert CATALOG.classify_key("BuyerEmail").category == "personal"  # type: ignore[union-attr]
    assert CATALOG.classify_key("buyer-email").category == "personal"  # type: ignore[union-attr]
    assert CATALOG.classify_key("OrderStatus").category == "public"  # type: ignore[union-attr]
    assert CATALOG.classify_key("City").category == "public"  # type: ignore[union-attr]
    assert CATALOG.classify_key("ShippingAddress").category == "container"  # type: ignore[union-attr]
    assert CATALOG.classify_key("SomethingElse") is None
    assert normalize_key("Ship Address 1") == normalize_key("ship-address-1")


def test_permitted_hosts() -> None:
    assert CATALOG.host_permitted("sellingpartnerapi-na.amazon.com")
    assert CATALOG.host_permitted("s3.us-east-1.amazonaws.com")
    assert CATALOG.host_permitted("api.easypost.com")
    assert CATALOG.host_permitted("amazon.com")
    assert not CATALOG.host_permitted("amazon.com.evil.example")
    assert not CATALOG.host_permitted("hooks.slack.com")


def test_patterns_compile() -> None:
    for p in CATALOG.text_patterns:
        assert isinstance(p.regex, re.Pattern)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Leave us a 5-star review and we'll send you a $10 gift card!", True),
        ("Leave us a positive review and we'll send you a reward", True),
        ("We've issued a full refund. Thanks for the positive feedback on your earlier order!", False),
        ("Your Five Star notebooks have shipped. If any arrive damaged, we'll issue a refund.", False),
        ("Could you leave a quick review? If something is wrong, request a refund through Amazon.", False),
        ("Get a free gift when you write us a quick review", True),
        ("Could you please change your 1-star review?", True),
        ("Once it arrives, we would be grateful if you updated your review to 5 stars.", True),
        ("We are shipping a replacement. Would you consider revising your feedback?", True),
        ("Happy to help! Could you bump your rating to five stars?", True),
        ("Thanks for your review last month; your replacement ships today.", False),
        ("Please leave a review if you enjoyed the product.", False),  # a plain request (use Solicitations)
        ("Your refund has been issued. Thank you for your patience.", False),
        ("Rated 5 stars by our customers. Free returns within 30 days.", False),
        ("Leave a 5-star review on Amazon and we will refund your shipping cost.", True),
        ("Write us a quick review, then we'll refund the difference!", True),
        ("Please leave a review. If the kettle leaks, we will refund you in full.", False),
        ("Leave us a review and get your shipping cost refunded.", True),
        ("Leave a 5-star review and we’ll refund your shipping.", True),
        ("You can leave a review on Amazon, and then refunds are handled by Amazon as usual.", False),
    ],
)
def test_review_incentive_pattern(text: str, found: bool) -> None:
    pattern = next(p for p in CATALOG.text_patterns if p.id == "review-incentive")
    assert bool(pattern.regex.search(text)) is found
