"""How a value's label set is kept small (values.compact, called by merge_labels past MAX_LABELS).

Labels of one origin and kind fold together; labels of different origins never do, since each is
its own flow to report (every literal with a link is its own AMZ006 source). Django's test suite
builds values with hundreds of such labels, which is why the nothing-to-fold case is checked first.
"""

from __future__ import annotations

import pytest

from auditor.testing import audit
from auditor.values import MAX_LABELS, MAX_ONE_OF, ONE_OF, Label, Labels, merge_labels


def _merged(labels: list[Label]) -> Labels:
    out: Labels = {}
    for i, lab in enumerate(labels):
        out = merge_labels(out, {lab: (("m.py", i + 1, 0, "source", "text"),)})
    return out


def test_labels_of_different_origins_are_all_kept() -> None:
    texts = [Label("text", "a link", f"text:link@m.py:{i}:0") for i in range(40)]
    out = _merged(texts)
    assert list(out) == texts
    assert out[texts[39]] == (("m.py", 40, 0, "source", "text"),)


def test_labels_of_one_parameter_fold_at_their_common_path() -> None:
    paths = [("order", f"k{i}") for i in range(MAX_LABELS)]  # with the text label: one over the bound
    labels = [Label("param", "p", "param:m.f:0", path, frozenset({"mask", f"s{i % 2}"})) for i, path in enumerate(paths)]
    other = Label("text", "a link", "text:link@m.py:1:0")
    out = _merged([other, *labels])
    folded = sorted((lab for lab in out if lab.is_param), key=lambda lab: sorted(lab.san))
    # one per sanitization: a table's encrypted columns never fold into its clear ones
    assert len(folded) == 2
    # read at many keys of one part: that part, then one of those keys (the caller reads each)
    for j, lab in enumerate(folded):
        assert lab.path == ("order", ONE_OF + "\x1f".join(sorted(f"k{i}" for i in range(MAX_LABELS) if i % 2 == j)))
        assert lab.san == frozenset({"mask", f"s{j}"})
    assert other in out
    # labels sharing a sanitization fold into one that keeps it
    same = [Label("param", "p", "param:m.f:0", path, frozenset({"mask"})) for path in paths]
    assert [lab.san for lab in _merged([other, *same]) if lab.is_param] == [frozenset({"mask"})]


def test_labels_of_one_parameter_differing_above_the_last_key_fold_at_the_keys_they_differ_at() -> None:
    # read below different keys of one part (`order[k]["name"]`, or `node["OrderTotal"]["Amount"]`
    # beside `node["AmazonOrderId"]`): one of those keys, each whole, not the part above them
    paths = [("order", f"k{i}", "name") for i in range(MAX_LABELS - 1)] + [("order", "k11")]
    labels = [Label("param", "p", "param:m.f:0", path) for path in paths]
    out = _merged([Label("text", "a link", "text:link@m.py:1:0"), *labels])
    assert [lab.path for lab in out if lab.is_param] == [("order", ONE_OF + "\x1f".join(sorted(f"k{i}" for i in range(MAX_LABELS))))]
    # the part itself among them, or an element of it: that part
    for odd in [("order",), ("order", "[*]")]:
        out = _merged([Label("text", "a link", "text:link@m.py:1:0"), *labels[1:], Label("param", "p", "param:m.f:0", odd)])
        assert [lab.path for lab in out if lab.is_param] == [("order",)]
    # and past MAX_ONE_OF keys, at the part they were read from
    many = [Label("param", "p", "param:m.f:0", ("order", f"k{i}")) for i in range(MAX_ONE_OF + 2 * MAX_LABELS)]
    merged = _merged(many)
    assert len(merged) <= MAX_LABELS
    assert ("order",) in [lab.path for lab in merged]
    assert all(len(lab.path[-1].split("\x1f")) <= MAX_ONE_OF for lab in merged)


ELEVEN_ORDERS = "import logging\nfrom sp_api.api import Orders\n\n\ndef sync(api):\n" + "".join(
    f"    o{i} = api.get_order('{i}').payload\n" for i in range(1, 12)
) + "".join(f"    n{i} = o{i}['BuyerInfo']['BuyerName']\n" for i in range(1, 12)) + (
    "    v = o1 or o2 or o3 or n1 or n2 or n4 or n5 or n6 or n7 or n8 or n9 or n10 or n11 or n3\n"
    "    y = v['BuyerEmail']\n"
    "    logging.info('buyer %s', y)  # expect: AMZ005\n\n\nsync(Orders())\n"
)


def test_past_the_bound_labels_fold_one_at_a_time_when_traces_are_extended() -> None:
    """Reading a key of a value holding whole orders and names of eleven responses gives more
    than MAX_LABELS labels with groups that could fold. Extending their traces (values.map_traces,
    and instantiate) folds them one at a time, as merge_labels always did: folding them all once
    at the end gave one source fewer (found by review of the change that made trace extension
    cheaper)."""
    findings = [f for f in audit(ELEVEN_ORDERS) if f.rule_id == "AMZ005"]
    assert len(findings) == 1
    assert "and 11 more sources" in findings[0].message
    assert len(findings[0].flows) == 12


def test_derived_labels_are_the_labels_a_read_would_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """`derive` builds each derived label once (reads derive the same labels at every analysis);
    what it returns must equal the label built directly, also after its table was emptied."""
    from auditor import values

    param = Label("param", "order", "param:m.f:1", ("BuyerInfo",), frozenset({"mask"}))
    whole = Label("whole", "order", "sp_api.orders", (), frozenset({"hash"}))
    expected = {
        (param, "key", "BuyerEmail"): Label("param", "order", "param:m.f:1", ("BuyerInfo", "BuyerEmail"), frozenset({"mask"})),
        (param, "flat", ""): Label("param", "order", "param:m.f:1", ("BuyerInfo",), frozenset({"mask"}), True),
        (whole, "field", "buyer email"): Label("field", "buyer email", "sp_api.orders", (), frozenset({"hash"})),
        (whole, "whole", "address"): Label("whole", "address", "sp_api.orders", (), frozenset({"hash"})),
    }
    monkeypatch.setattr(values, "_DERIVED_MAX", 2)  # the table empties itself as it fills
    for _round in range(3):
        for (lab, how, arg), want in expected.items():
            got = values.derive(lab, how, arg)
            assert got == want and hash(got) == hash(want)
            assert (got.kind, got.data, got.origin, got.path, got.san, got.flat) == (
                want.kind, want.data, want.origin, want.path, want.san, want.flat
            )
    assert len(values._DERIVED) <= 2
