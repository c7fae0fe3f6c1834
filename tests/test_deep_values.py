"""Values nested deeper than the walks over them descend.

A JSON:API body (`{"data": {"attributes": {"profiles": {"data": [{"attributes": {"email": e}}]}}}}`)
nests as deep as the code writes it. The walks that add a trace step, rename labels or flatten
a value stop descending at a fixed depth; below it the parts' labels must fold into the part
where the walk stops, never vanish (they did: a Klaviyo bulk subscription of a buyer's email
built in a variable was not reported).
"""

from __future__ import annotations

from auditor.testing import check
from auditor.values import WALK_DEPTH, Label, Value, add_step, flatten, map_labels, signature

LAB = Label("field", "buyer email", "src")
STEP = ("m.py", 1, 0, "source", "read")


def _nested(depth: int, leaf: Value) -> Value:
    v = leaf
    for i in range(depth):
        v = Value(None, {f"k{i}": v})
    return v


def test_walks_keep_the_labels_of_parts_below_their_depth() -> None:
    deep = _nested(WALK_DEPTH + 4, Value({LAB: (STEP,)}))
    assert LAB in flatten(deep)
    stepped = add_step(deep, ("m.py", 2, 0, "assign", "assigned"))
    assert LAB in flatten(stepped)
    assert flatten(stepped)[LAB][-1][1] == 2  # the folded label got the step too
    renamed = map_labels(deep, lambda lab, t: {Label("field", "renamed", lab.origin): t})
    assert [lab.data for lab in flatten(renamed)] == ["renamed"]


def test_a_change_below_the_walked_depth_changes_the_signature() -> None:
    # the fixpoint re-runs readers only when a signature changes
    empty = _nested(WALK_DEPTH + 4, Value(None, {"x": Value()}))
    full = _nested(WALK_DEPTH + 4, Value({LAB: (STEP,)}))
    assert signature(empty) != signature(full)


def test_a_deep_request_body_built_in_a_variable_reaches_the_sink() -> None:
    check('''
from dataclasses import dataclass
from klaviyo_api import KlaviyoAPI
from sp_api.api import Orders

kl = KlaviyoAPI("pk")

@dataclass
class Draft:
    email: str
    order_id: str

def subscribe(draft):
    job = {"data": {"attributes": {"profiles": {"data": [{"attributes": {"email": draft.email}}]}}}}
    kl.Profiles.bulk_subscribe_profiles(job)  # expect: AMZ001

def tag(draft):
    job = {"data": {"attributes": {"profiles": {"data": [{"attributes": {"order": draft.order_id}}]}}}}
    kl.Profiles.bulk_subscribe_profiles(job)

info = Orders().get_order_buyer_info("1").payload
d = Draft(info["BuyerEmail"], info["AmazonOrderId"])
subscribe(d)
tag(d)
''')


def test_a_public_leaf_of_a_deep_body_read_back_stays_public() -> None:
    # the walks descend far enough for a JSON:API body: its public leaf is not folded into the
    # labels of its personal sibling
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")
info = Orders().get_order_buyer_info("1").payload
job = {"data": {"attributes": {"profiles": {"data": [{"attributes": {"email": info["BuyerEmail"], "properties": {"order": info["AmazonOrderId"]}}}]}}}}
log.info("order %s", job["data"]["attributes"]["profiles"]["data"][0]["attributes"]["properties"]["order"])
log.info("email %s", job["data"]["attributes"]["profiles"]["data"][0]["attributes"]["email"])  # expect: AMZ005
''')
