"""How the whole-program fixpoint behaves on large object-oriented code (issue 5).

Django-style classes (many methods reading and writing the same instance attributes and calling
each other through `self`) made the worklist go round and round: every attribute write re-queued
every reader, and readers were re-analysed before the writers they depend on had settled. These
tests pin the mechanism that fixed it (the worklist runs callees before callers, with a floor of
three analyses for every function before any gets more) and values staying immutable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.catalog import load_catalog
from auditor.lower import lower_source
from auditor.options import ScanOptions
from auditor.scan import analyse, run_scan
from auditor.testing import audit

N_METHODS = 40


def _big_class(n: int = N_METHODS, ring: bool = False) -> str:
    """One class whose methods share attributes and call their neighbours, as Django's Query does,
    with one real flow from SP-API to a log hidden in the middle of it. With `ring`, the last
    method calls the first: a cycle of 40 methods whose values keep growing (it does not settle)."""
    lines = [
        "import logging",
        "from sp_api.api import Orders",
        "log = logging.getLogger(__name__)",
        "",
        "class Query:",
        "    def __init__(self, model):",
        "        self.model = model",
        "        self.where = {}",
        "        self.alias_map = {}",
        "        self.buyer = None",
    ]
    for i in range(n):
        nxt, prev = (i + 1) % n, (i - 1) % n
        call = f"self.step{nxt}(self.where)" if ring or i + 1 < n else "self.where"
        lines += [
            f"    def step{i}(self, value):",
            f"        self.alias_map['a{i}'] = self.where.get('w{prev}', value)",
            f"        self.where['w{i}'] = self.alias_map.get('a{nxt}')",
            f"        return {call} if value else self.alias_map",
        ]
    lines += [
        "    def load(self, order_id):",
        "        self.buyer = Orders().get_order_buyer_info(order_id).payload",
        "        return self.step0(self.buyer)",
        "",
        "    def report(self):",
        "        log.info('buyer %s', self.buyer['BuyerEmail'])",
        "",
        "def main():",
        "    q = Query('order')",
        "    q.load('123')",
        "    q.report()",
    ]
    return "\n".join(lines) + "\n"


def _scan(tmp_path: Path, text: str, name: str = "query.py") -> tuple[set[tuple[str, str, int]], list[str]]:
    (tmp_path / name).write_text(text)
    result = run_scan(ScanOptions(paths=(tmp_path,), jobs=1, use_cache=False))
    found = {(f.rule_id, f.location.path, f.location.line) for f in result.findings}
    return found, [i.function for i in result.incomplete]


LOG_LINE = "        log.info('buyer %s', self.buyer['BuyerEmail'])"


@pytest.mark.parametrize("ring", [False, True], ids=["chain", "ring"])
def test_flow_found_beside_methods_that_do_not_settle(tmp_path: Path, ring: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty methods passing values to each other through two shared attributes need about one
    round per method to settle, a ring of them more. The budget is shared in rounds, so they
    cannot starve the functions after them of their first analysis: a pure callees-first order
    did, and lost this flow. What was cut short is listed, never silent. (The ring settles within
    the budget since bounded() cuts values level by level, so here it has twice the methods and a
    quarter of the budget, which they exhaust; the floor of rounds still fits in it.)"""
    text = _big_class(n=2 * N_METHODS if ring else N_METHODS, ring=ring)
    if ring:
        from auditor.propagate import engine

        monkeypatch.setattr(engine, "WORK_PER_FUNCTION", 1)
    found, incomplete = _scan(tmp_path, text)
    assert ("AMZ005", "query.py", text.splitlines().index(LOG_LINE) + 1) in found
    if ring:
        assert any(".step" in q for q in incomplete), incomplete
        assert "query.Query.report" not in incomplete


def test_no_function_gets_more_rounds_while_another_waits_for_its_first(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worklist runs callees before callers, but every queued function gets its first ROUND
    analyses before any function gets one more: a cycle that keeps changing cannot take the whole
    budget from the rest of the program (a pure callees-first order did, and lost a flow)."""
    from auditor import propagate

    seen: list[tuple[str, int, int]] = []  # (function, its analysis number, fewest analyses among the queued)
    real = propagate.Engine.analyze

    def analyze(self: propagate.Engine, q: str) -> None:
        waiting = [self.analyses.get(x, 0) for _r, _k, x in self._queue]
        seen.append((q, self.analyses[q], min(waiting, default=propagate.ROUND)))
        real(self, q)

    monkeypatch.setattr(propagate.Engine, "analyze", analyze)
    analyse([lower_source(_big_class(ring=True), "query.py")], load_catalog())
    rounds = 3  # the documented floor (propagate.ROUND)
    later = [(q, n, fewest) for q, n, fewest in seen if n > rounds]
    assert later, "the ring should need more than three analyses of some methods"
    assert all(fewest >= rounds for _q, _n, fewest in later), later


def test_few_rounds_for_a_class_without_chains(tmp_path: Path) -> None:
    """Methods that share attributes but do not feed each other settle in a few rounds each."""
    module = lower_source(_big_class(n=4), "query.py")
    engine, program = analyse([module], load_catalog())
    assert not engine.incomplete
    assert max(engine.analyses.values()) <= 4, engine.analyses


# Precision traps found while reviewing an experiment that folded unknown library names into short
# ones (`somelib.<lib>.d`): the engine reads the text of library names (a call result has "()",
# `builtins.getattr` is special, long call chains carry no type), so each of these reported a
# false AMZ004 under folding. None may fire.
TRAPS = {
    "getattr": """
import requests
from sp_api.api import Orders

class Cleaner:
    def status(self, order):
        return order["OrderStatus"]

class Holder:
    def __init__(self):
        self.cleaner = Cleaner()

def handler(order_id):
    order = Orders().get_order(order_id).payload
    c = getattr(Holder(), "cleaner")
    requests.post("https://crm.example/x", json=c.status(order))
""",
    "method of a call result as a callback": """
import requests
import pandas as pd
import somelib
from sp_api.api import Orders

def handler():
    orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
    df = pd.DataFrame(orders)
    conn = somelib.connect()
    out = df.apply(conn.normalise)
    requests.post("https://crm.example/x", json=out["OrderStatus"])
""",
    "long call chain": """
import requests
import somelib
from sp_api.api import Orders

def handler(oid):
    order = Orders().get_order(oid).payload
    x = somelib.a().b().c().d()
    x["k"] = order
    requests.post("https://crm.example/x", json=x["other"])
""",
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_library_name_traps(tmp_path: Path, name: str) -> None:
    found, _ = _scan(tmp_path, TRAPS[name])
    assert found == set()


def test_joining_into_a_full_container_never_changes_it_in_place(tmp_path: Path) -> None:
    """Values are never changed once built: a join into a container already holding more than
    16 parts once wrote into the existing value, so the heap looked unchanged to the global's
    readers and this flow was lost (found by review)."""
    rows = ", ".join(f'"v{i}"' for i in range(16))
    text = (
        "import requests\nfrom sp_api.api import Orders\n"
        f"ROWS = [{rows}]\n"
        "def reader():\n"
        "    requests.post('https://crm.example/x', json=ROWS)\n"
        "def writer(oid):\n"
        "    global ROWS\n"
        "    info = Orders().get_order_buyer_info(oid).payload\n"
        "    ROWS = [info['BuyerEmail']]\n"
    )
    found, _ = _scan(tmp_path, text)
    assert ("AMZ004", "query.py", 5) in found


def test_join_leaves_both_values_alone() -> None:
    from auditor.values import ELEM, Value, join, signature

    big = Value(None, {**{f"k{i}": Value(None, None, frozenset({f"r{i}"})) for i in range(16)}, ELEM: Value()})
    before = signature(big)
    other = Value(None, {"k0": Value(None, None, frozenset({"x"})), "new": Value(None, None, frozenset({"y"}))})
    joined = join(big, other)
    assert signature(big) == before
    assert "x" in joined.fields["k0"].refs


def _folding_class(n: int = 12) -> str:
    """One attribute written whole by a method that builds a value too large to keep part by
    part (16 keys of 3 parts each), and by n methods that each put a small nested value in one key
    while reading another: the buyer's data reaches the log only through the large value."""
    big = ", ".join(f"'k{i}': {{'a': self.data, 'b': {i}, 'c': self.buyer}}" for i in range(16))
    lines = [
        "import logging",
        "from sp_api.api import Orders",
        "log = logging.getLogger(__name__)",
        "",
        "class Store:",
        "    def __init__(self):",
        "        self.data = {}",
        "        self.buyer = None",
        "    def big(self):",
        f"        self.data = {{{big}}}",
    ]
    for i in range(n):
        lines += [
            f"    def m{i}(self):",
            f"        self.data = {{'k{i % 16}': {{'x{i}': self.data.get('k{(i + 1) % 16}')}}}}",
            "        return self.data",
        ]
    lines += [
        "    def load(self, oid):",
        "        self.buyer = Orders().get_order_buyer_info(oid).payload",
        "    def report(self):",
        "        log.info('buyer %s', self.data)",
    ]
    return "\n".join(lines) + "\n"


@pytest.mark.xfail(
    strict=True,
    reason="a part folded to keep an attribute's value small comes back with the next small write and is "
    "folded again by the next large one, so every reader is analysed again until the cap (153 analyses, "
    "10 of 15 methods cut short). Keeping folded parts folded fixed this but lost flows or cost more "
    "elsewhere: see 'Third pass' in docs/performance.md",
)
def test_a_part_folded_to_keep_a_value_small_stays_folded(tmp_path: Path) -> None:
    """A value over the size bound keeps its parts' labels but not their structure; the readers of
    an attribute holding one should settle in a few analyses each, and the flow through the folded
    part must be found."""
    text = _folding_class()
    engine, _program = analyse([lower_source(text, "query.py")], load_catalog())
    assert not engine.incomplete, engine.incomplete
    assert sum(engine.analyses.values()) <= 3 * len(engine.analyses), engine.analyses
    found, incomplete = _scan(tmp_path, text)
    assert ("AMZ005", "query.py", text.splitlines().index("        log.info('buyer %s', self.data)") + 1) in found
    assert incomplete == []


# Seller-style programs whose values pass the size bound (a config dict of ten sections, a `self`
# with ten dict attributes) and are then stored into, joined or read again. A review of an
# experiment that kept folded parts folded built them: it lost the client, URL and SQL stored in a
# folded part (four lost flows) and let a masked email read as the raw one (a false alarm). Any
# change to how values are kept small must keep these answers.
FOLDED = Path(__file__).parent / "data" / "folded_parts"
FOLDED_EXPECTED = {
    "export.py": set(),  # the email is masked before it is logged
    "job.py": {("AMZ004", 10)},  # a client stored into a folded part of an attribute, used elsewhere
    "push.py": set(),  # the URL stored into a folded part is Amazon's own
    "shipment.py": {("AMZ004", 10)},  # a client stored into a folded part of self, same method
    "store.py": {("AMZ003", 19)},  # SQL text stored into a folded part
    "sync.py": {("AMZ004", 20)},  # a requests.Session stored into a folded part
}


@pytest.mark.parametrize("name", sorted(FOLDED_EXPECTED))
def test_folded_parts_keep_what_seller_code_stores_in_them(tmp_path: Path, name: str) -> None:
    found, _ = _scan(tmp_path, (FOLDED / name).read_text(), name)
    assert {(rule, line) for rule, _path, line in found} == FOLDED_EXPECTED[name]


def test_an_attribute_stored_for_many_classes_gets_each_class_its_own_values() -> None:
    """One function stores buyer fields into the same attribute of objects that may be any of
    eight classes (Django's expression methods store into `self` for the classes their callers
    pass), so one call writes one value for many classes. The engine joins each attribute's
    writes once per pair of values and shares those joins between classes: each class must still
    get exactly the values stored into it (the phone only reaches the last four classes)."""
    n = 8
    lines = [
        "import logging",
        "from sp_api.api import Orders",
        "log = logging.getLogger(__name__)",
        "",
        "class Base:",
        "    def keep(self, v):",
        "        self.contact = v",
        "",
    ]
    for i in range(n):
        lines += [f"class C{i}(Base):", "    def report(self):", "        log.info('%s', self.contact)", ""]
    lines += [
        "def fill(obj, other, i):",
        "    order = Orders().get_order(i).payload",
        "    obj.keep(order['BuyerInfo']['BuyerEmail'])",
        "    other.keep(order['ShippingAddress']['Phone'])",
        "    obj.keep(order['ShippingAddress']['Name'])",
        "",
        "def main(i):",
        f"    everyone = [{', '.join(f'C{i}()' for i in range(n))}]",
        f"    last = [{', '.join(f'C{i}()' for i in range(n // 2, n))}]",
        "    for a in everyone:",
        "        for b in last:",
        "            fill(a, b, i)",
        "            a.report()",
    ]
    findings = audit({"shop.py": "\n".join(lines) + "\n"})
    report_line = {lines.index(f"class C{i}(Base):") + 3: i for i in range(n)}
    data = {report_line[f.location.line]: {fl.source.data for fl in f.flows} for f in findings if f.rule_id == "AMZ005"}
    assert sorted(data) == list(range(n))
    for i, words in data.items():
        assert any("email" in d for d in words) and any("name" in d for d in words), (i, words)
        assert any("phone" in d for d in words) == (i >= n // 2), (i, words)


@pytest.mark.xfail(
    strict=True,
    reason="joins take `a is b` as nothing to add, but bound a value (MAX_REFS references, parts "
    "past MAX_DEPTH) when the other side is an equal copy, so a join's result depends on whether two "
    "values are one object. The engine is deterministic either way, but sharing joined heap values "
    "between classes changed which functions Django's package leaves incomplete (1,421 -> 1,396), so "
    "heap entries are still stripped per key (Engine.analyze)",
)
def test_joining_a_value_with_an_equal_copy_gives_the_value() -> None:
    """A join is idempotent on content, not only on identity."""
    from auditor.values import Value, join

    many = frozenset(f"inst:shop.C{i}" for i in range(20))  # built directly, past MAX_REFS
    a = Value(None, None, many)
    assert join(a, a).refs == many
    assert join(a, Value(None, None, frozenset(many))).refs == many
