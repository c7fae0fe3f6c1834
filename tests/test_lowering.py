"""The lowering's own searches over libcst trees give what libcst's visitors give.

`Lowerer.words` (the names and strings of an `if` test, for consent guards) and
`Lowerer.init_attrs` (the `self.x` an `__init__` assigns) walk the tree by hand, because
`node.visit(visitor)` rebuilds every node it passes. These tests hold them to the visitors they
replaced, in order, on constructs whose field order is not source order and on real code.
"""

from __future__ import annotations

from pathlib import Path

import libcst as cst
import pytest

from auditor import ir, lower, parse
from auditor.model import Skipped

ROOT = Path(__file__).resolve().parent.parent


def visitor_words(node: cst.CSTNode) -> tuple[str, ...]:
    """What `words` returned when it was a libcst visitor."""
    found: list[str] = []

    class Words(cst.CSTVisitor):
        def visit_Name(self, n: cst.Name) -> None:
            found.append(n.value)

        def visit_SimpleString(self, n: cst.SimpleString) -> None:
            v = n.evaluated_value
            if isinstance(v, str) and len(v) < 64:
                found.append(v)

    node.visit(Words())
    return tuple(dict.fromkeys(found))


def visitor_init_attrs(node: cst.ClassDef) -> tuple[str, ...]:
    """What `init_attrs` returned when it was a libcst visitor."""
    found: list[str] = []
    for stmt in node.body.body:
        if isinstance(stmt, cst.FunctionDef) and stmt.name.value == "__init__":

            class Self(cst.CSTVisitor):
                def visit_Assign(self, n: cst.Assign) -> None:
                    for t in n.targets:
                        d = lower.dotted(t.target)
                        if d and d.startswith("self.") and d.count(".") == 1:
                            found.append(d[5:])

                def visit_AnnAssign(self, n: cst.AnnAssign) -> None:
                    d = lower.dotted(n.target)
                    if d and d.startswith("self.") and d.count(".") == 1:
                        found.append(d[5:])

            stmt.visit(Self())
    return tuple(dict.fromkeys(found))


def compare(text: str) -> tuple[int, int]:
    """Check every `if` test and class of `text`; (tests, classes) checked."""
    module = cst.parse_module(text)
    lowerer = lower.Lowerer(module, "m", "m.py", False)
    tests: list[cst.BaseExpression] = []
    classes: list[cst.ClassDef] = []

    class Collect(cst.CSTVisitor):
        def visit_If(self, n: cst.If) -> None:
            tests.append(n.test)

        def visit_ClassDef(self, n: cst.ClassDef) -> None:
            classes.append(n)

    module.visit(Collect())
    for t in tests:
        assert lowerer.words(t) == visitor_words(t), cst.Module([]).code_for_node(t)
    for c in classes:
        assert lowerer.init_attrs(c) == visitor_init_attrs(c), c.name.value
    return len(tests), len(classes)


TRICKY = '''\
if (consent if "opt_in" else b.marketing_ok) == "yes":
    pass
if [k for k in prefs if k == "allow_email"] and (lambda x=opted: x)(y):
    pass
if {"a": has_consent, **rest} or f"{user.agreed!r}" in {"x", "y"}:
    pass
if not (z := d.get("subscribed", False)) or w[1:"n":2]:
    pass
if await check("k") if ok else None:
    pass
if (yield gate) and -a.b.c < e >= "f" "g":
    pass
if consent: pass
elif "allow" in prefs: pass


class Buyer(Base, metaclass=Meta):
    x: int = 0

    def __init__(self, a, b):
        self.first = a
        if a:
            self.second: str = b
        else:
            self.third = self.fourth = b
        for i in a:
            self.in_loop = i
        try:
            self.in_try = 1
        except E:
            self.in_except = 2
        finally:
            self.in_finally = 3
        with open(a) as f:
            self.in_with = f

        def nested():
            self.in_nested = 1

        class Inner:
            def __init__(inner):
                self.in_inner_class = 1

        match a:
            case [x]:
                self.in_match = x
        self.first = "again"
        self.a.b = 1
        other.c = 2
        self[0] = 3
        (self.tupled, y) = (1, 2)
        self.aug += 1
        lambda: (self.walrus_not_allowed_here)

    def other(self):
        self.not_in_init = 1
'''


def test_words_and_init_attrs_are_what_libcsts_visitors_find() -> None:
    tests, classes = compare(TRICKY)
    assert tests == 9 and classes == 2  # the `elif` is an If too
    module = cst.parse_module(TRICKY)
    lowerer = lower.Lowerer(module, "m", "m.py", False)
    first = module.body[0]
    assert isinstance(first, cst.If)
    # source order, not field order (IfExp keeps `test` before `body`)
    assert lowerer.words(first.test) == ("consent", "opt_in", "b", "marketing_ok", "yes")
    cls = next(n for n in module.body if isinstance(n, cst.ClassDef))
    assert lowerer.init_attrs(cls) == (
        "first", "second", "third", "fourth", "in_loop", "in_try", "in_except", "in_finally",
        "in_with", "in_nested", "in_inner_class", "in_match",
    )


@pytest.mark.parametrize("folder", ["auditor", "fixtures", "tests"])
def test_words_and_init_attrs_match_the_visitors_on_real_code(folder: str) -> None:
    checked = [0, 0]
    for path in sorted((ROOT / folder).rglob("*.py")):
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        if not isinstance(parse.summarize_text(text, path.name), ir.Module):
            continue  # the fixtures' deliberately broken or too deeply nested files
        tests, classes = compare(text)
        checked[0] += tests
        checked[1] += classes
    assert checked[0] > 30 and checked[1] > 10, checked


def test_an_if_test_with_two_bad_escapes_reports_the_first_in_the_source() -> None:
    """libcst accepts escapes CPython rejects; evaluating them fails. The strings of a test are
    evaluated in source order (as the visitor did), so the file is skipped naming the first one,
    not the one that comes first among the IfExp's fields (`test`)."""
    result = parse.summarize_text('if ("\\N{AAAA}" if "\\xZ" else 0): pass\n', "m.py")
    assert isinstance(result, Skipped)
    assert "unknown Unicode character name" in result.reason


def test_a_deeply_nested_if_test_is_analysed() -> None:
    """The visitors recursed, so 450 nested lambdas in an `if` test made the file a skip
    ("nested too deeply to analyse"); the walk is iterative."""
    text = "if " + "lambda x=" * 450 + " or ".join(["a"] * 500) + ": 0" * 450 + ":\n    pass\n"
    assert isinstance(parse.summarize_text(text, "m.py"), ir.Module)


def test_implicit_concatenation_of_plain_strings_is_one_literal() -> None:
    # a phrase split over two literals ("Leave us a 5-star review ... " "... gift card") is read
    # whole by the buyer-text patterns; a part that is an f-string keeps the template
    m = parse.summarize_text('A = ("one " "two"\n     " three")\nB = ("x " f"{A}")\n', "m.py")
    assert isinstance(m, ir.Module)
    body = next(f for f in m.functions if f.name == "<module>")
    a, b = (s.value for s in body.body if isinstance(s, ir.Assign))
    assert isinstance(a, ir.Const) and a.value == "one two three" and a.is_str
    assert isinstance(b, ir.Combine) and b.template


def test_a_loop_knows_whether_it_can_break() -> None:
    # a for loop over a short known tuple runs once per item only when nothing can stop it early;
    # a break inside a nested loop or function is not this loop's
    text = (
        "def f(node, *path):\n"
        "    for key in path:\n"
        "        node = node.get(key)\n"
        "    for key in path:\n"
        "        if key in node:\n"
        "            break\n"
        "    for key in path:\n"
        "        for other in node:\n"
        "            break\n"
        "        def g():\n"
        "            while True:\n"
        "                break\n"
        "    for key in path:\n"
        "        if key:\n"
        "            continue\n"
        "    for key in path:\n"
        "        for other in node:\n"
        "            pass\n"
        "        else:\n"
        "            break\n"
        "    return node\n"
    )
    m = parse.summarize_text(text, "m.py")
    assert isinstance(m, ir.Module)
    fn = next(f for f in m.functions if f.name == "f")
    loops = [s for s in fn.body if isinstance(s, ir.Loop)]
    # a continue cuts an item short; a nested loop's else belongs to the outer loop
    assert [loop.breaks for loop in loops] == [False, True, False, True, True]


@pytest.mark.parametrize(
    ("test", "expected"),
    [
        ("r.status_code != 200", ("r", "status_code", "status", True)),
        ("r.status_code not in (200, 201)", ("r", "status_code", "status", True)),
        ("r.status_code >= 400", ("r", "status_code", "status", True)),
        ("r.status_code == 429", ("r", "status_code", "status", True)),
        ("r.status_code in (500, 502, 503)", ("r", "status_code", "status", True)),
        ("resp.status == 200", ("resp", "status", "status", False)),
        ("r.status_code < 300", ("r", "status_code", "status", False)),
        ("not r.ok", ("r", "ok", "flag", True)),
        ("r.ok", ("r", "ok", "flag", False)),
        ("r.status_code in (200, 404)", None),  # a mix: neither branch is only failures
        ("r.status_code != 404", None),
        ("r.status_code >= 200", None),
        ("r.status_code == 200 and r.text", None),
        ("self.r.status_code != 200", None),
        ("status_code != 200", None),
    ],
)
def test_failed_status_tests(test: str, expected: tuple[str, str, str, bool] | None) -> None:
    """Which branch of an `if` on an HTTP status runs on a failed request (If.failed_status)."""
    from auditor.lower import _failed_status

    assert _failed_status(cst.parse_expression(test)) == expected


def test_an_invalid_escape_in_the_audited_code_gives_no_warning() -> None:
    """CPython warns about `'\\y'` when it evaluates the literal; that is the audited code's
    business, not a warning the auditor should print (or a test run should collect)."""
    import warnings

    module = cst.parse_module('a = "path\\y"\nb = "x" "\\q"\nc = {"\\d": 1}["\\d"]\n')
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        lower.lower_module(module, "x.py")
    assert [str(w.message) for w in caught] == []
