"""Heap entries (attributes, globals) are what their writers write now, not everything any of
their analyses ever wrote: a value made before the writer knew its inputs does not stay."""

from __future__ import annotations

from pathlib import Path

from auditor.catalog import load_catalog
from auditor.link import Program
from auditor.options import ScanOptions
from auditor.propagate.base import MAX_HEAP_SHRINKS
from auditor.propagate.engine import Engine
from auditor.scan import run_scan
from auditor.testing import check_files
from auditor.values import Label, Value


def _v(*names: str) -> Value:
    return Value({Label("field", n, f"src:{n}"): () for n in names})


def _names(v: Value) -> set[str]:
    return {lab.data for lab in v.labels}


def test_a_writers_new_part_replaces_its_old_one_and_others_parts_stay() -> None:
    e = Engine(Program.build([], load_catalog()), load_catalog())
    e.heap_write("a:C:x", _v("email", "sku"), "f")
    e.heap_write("a:C:x", _v("qty"), "g")
    assert _names(e.heap["a:C:x"]) == {"email", "sku", "qty"}
    e.heap_write("a:C:x", _v("sku"), "f")  # f no longer writes the email
    assert _names(e.heap["a:C:x"]) == {"sku", "qty"}
    e.heap_write("a:C:x", Value(), "g")  # nor g anything
    assert _names(e.heap["a:C:x"]) == {"sku"}


def test_a_part_that_keeps_shrinking_only_grows_after_a_while() -> None:
    e = Engine(Program.build([], load_catalog()), load_catalog())
    e.heap_write("a:C:x", _v("a"), "f")
    for i in range(MAX_HEAP_SHRINKS):
        e.heap_write("a:C:x", _v(f"b{i}"), "f")
        assert _names(e.heap["a:C:x"]) == {f"b{i}"}
    e.heap_write("a:C:x", _v("c"), "f")  # a cycle of updates: from now on it is joined
    assert _names(e.heap["a:C:x"]) == {f"b{MAX_HEAP_SHRINKS - 1}", "c"}


def test_an_id_a_method_returned_before_its_client_was_known_is_not_kept() -> None:
    """sync_orders is analysed before Woo.__init__ sets `self.api`: then `self.api.post(...)` is
    an unknown call that gives back what it was passed, and the state's synced ids held the
    buyer's email for good (blind corpus hunt39 o04)."""
    check_files({
        "shop/__init__.py": "",
        "shop/state.py": '''
import json
class State:
    def __init__(self):
        self.synced = {}
    def mark(self, order_id, shop_id):
        self.synced[order_id] = shop_id
    def save(self):
        with open("state.json", "w") as fh:
            json.dump({"synced": self.synced}, fh)
''',
        "shop/sync.py": '''
from sp_api.api import Orders
from .state import State
from .woo import Woo
def sync_orders(target, state):
    for order in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
        state.mark(order["AmazonOrderId"], target.push(order))
    state.save()
def main():
    sync_orders(Woo(), State())
''',
        "shop/woo.py": '''
from woocommerce import API
class Woo:
    def __init__(self):
        self.api = API(url="https://shop.example", consumer_key="k", consumer_secret="s")
    def push(self, order):
        resp = self.api.post("orders", {"billing": {"email": order["BuyerInfo"]["BuyerEmail"]}})  # expect: AMZ004
        return resp.json()["id"]
''',
    })


def test_a_counter_kept_in_an_attribute_settles(tmp_path: Path) -> None:
    """`self.seen[k] = self.seen.get(k, 0) + 1` read its own write: `n + 1` was text growing by
    one unknown part per round, so the method was re-analysed until the bound and listed as
    incomplete."""
    (tmp_path / "state.py").write_text('''
import hashlib, hmac, json
from sp_api.api import Orders
class State:
    def __init__(self):
        self.seen = {}
    def mark(self, order):
        ref = hmac.new(b"k", order["BuyerInfo"]["BuyerEmail"].encode(), hashlib.sha256).hexdigest()
        self.seen[ref] = self.seen.get(ref, 0) + 1
    def save(self):
        with open("state.json", "w") as fh:
            json.dump(self.seen, fh)
state = State()
for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
    state.mark(o)
state.save()
''')
    result = run_scan(ScanOptions(paths=(tmp_path,), jobs=1, use_cache=False))
    assert result.incomplete == ()
    assert result.findings == ()


def test_a_mapping_update_does_not_give_the_receiver_the_mappings_class() -> None:
    """`sf.Contact.update(crm_id, data)` with `crm_id` a `Contact.create()` result made `Contact`
    one too, so the next `create()` was a `create().create()`, and so on: the backends' methods
    were re-analysed until the bound and listed as incomplete (hunt40 p03, cut down in
    tests/data/crm_update). An update copies a mapping's entries; the receiver keeps its class."""
    root = Path(__file__).parent / "data" / "crm_update"
    result = run_scan(ScanOptions(paths=(root,), jobs=1, use_cache=False))
    assert result.incomplete == ()
    assert sorted((f.rule_id, f.location.path, f.location.line) for f in result.findings) == [
        ("AMZ001", "crmsync/backends.py", 16),
        ("AMZ004", "crmsync/backends.py", 41),
    ]
