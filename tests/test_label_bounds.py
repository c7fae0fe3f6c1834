"""How a value's label set is kept small (values.compact, called by merge_labels past MAX_LABELS).

Labels of one origin and kind fold together; labels of different origins never do, since each is
its own flow to report (every literal with a link is its own AMZ006 source). Django's test suite
builds values with hundreds of such labels, which is why the nothing-to-fold case is checked first.
"""

from __future__ import annotations

from auditor.values import MAX_LABELS, Label, Labels, merge_labels


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
    folded = [lab for lab in out if lab.is_param]
    assert len(folded) == 1
    assert folded[0].path == ("order",)
    assert folded[0].san == frozenset({"mask"})  # only what every folded label had
    assert other in out
