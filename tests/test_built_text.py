"""Text built by `str.format` and `str.join` on constant text is known as an f-string's is: its
constant parts, with a hole (values.HOLE) where a part is known only at run time."""

from __future__ import annotations

from auditor.testing import check
from auditor.values import HOLE, TOP_CONSTS, Value, concat_texts, format_texts


def _text(*texts: str) -> Value:
    return Value(None, None, frozenset(), frozenset(texts))


def test_format_fills_each_field_from_its_argument() -> None:
    unknown = Value()
    assert format_texts(frozenset({"{}_{}"}), [_text("a"), _text("b", "c")], {}) == {"a_b", "a_c"}
    assert format_texts(frozenset({"{1}/{0}"}), [_text("x"), _text("y")], {}) == {"y/x"}
    assert format_texts(frozenset({"GET_{kind}_DATA"}), [], {"kind": _text("ORDERS")}) == {"GET_ORDERS_DATA"}
    assert format_texts(frozenset({"{}-{{literal}}"}), [unknown], {}) == {HOLE + "-{literal}"}


def test_a_field_shown_otherwise_than_as_its_text_is_a_hole() -> None:
    # a conversion, a format spec and an attribute lookup change the argument's text
    assert format_texts(frozenset({"{!r}|{:>5}|{0.name}"}), [_text("a")], {}) == {HOLE + "|" + HOLE + "|" + HOLE}
    # a field with no argument (str.format would raise) is not known either
    assert format_texts(frozenset({"{}{}"}), [_text("a")], {}) == {"a" + HOLE}


def test_a_template_format_rejects_gives_nothing_and_too_many_texts_give_any() -> None:
    assert format_texts(frozenset({"{"}), [_text("a")], {}) == frozenset()
    many = _text(*"abcdefghij")
    assert format_texts(frozenset({"{}"}), [many], {}) == TOP_CONSTS
    assert concat_texts([frozenset({"a", "b"}), frozenset({"c"})], frozenset({", "})) == {"a, c", "b, c"}
    assert concat_texts([TOP_CONSTS, frozenset({"c"})]) == TOP_CONSTS


def test_a_statement_built_by_format_is_judged_by_its_text() -> None:
    """A SELECT whose table name is filled in by `.format` reads, it does not store; before, the
    built text was not known, so every such statement counted as a write."""
    check("""
import sqlite3
from sp_api.api import Orders
TABLE = "customers"
info = Orders().get_order_buyer_info("1").payload
conn = sqlite3.connect("crm.db")
conn.execute("SELECT id FROM {} WHERE email = ?".format(TABLE), (info["BuyerEmail"],))
conn.execute("SELECT id FROM {t} WHERE email = ?".format(t=TABLE), (info["BuyerEmail"],))
conn.execute(" ".join(["SELECT id FROM", TABLE, "WHERE email = ?"]), (info["BuyerEmail"],))
conn.execute("INSERT INTO {} (email) VALUES (?)".format(TABLE), (info["BuyerEmail"],))  # expect: AMZ003
conn.execute(" ".join(["INSERT INTO", TABLE, "(email) VALUES (?)"]), (info["BuyerEmail"],))  # expect: AMZ003
""")


def test_a_statement_built_wholly_at_run_time_is_still_not_known() -> None:
    """`" ".join(parts)` of parts not known here may be any statement: a write, as before. So is an
    f-string that is only a part known at run time, which was taken for a known statement that
    names no write."""
    check("""
import sqlite3, sys
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
conn = sqlite3.connect("crm.db")
conn.execute(" ".join(sys.argv[1:]), (info["BuyerEmail"],))  # expect: AMZ003
conn.execute("{}".format(sys.argv[1]), (info["BuyerEmail"],))  # expect: AMZ003
conn.execute(f"{sys.argv[1]}", (info["BuyerEmail"],))  # expect: AMZ003
""")


def test_a_host_filled_in_by_format_or_join_is_known() -> None:
    """`"{}/shipments".format(EASYPOST)` is a carrier's address, as `f"{EASYPOST}/shipments"` is;
    the CRM's is a third party's either way."""
    check("""
import requests
from sp_api.api import Orders
EASYPOST = "https://api.easypost.com/v2"
CRM = "https://hooks.crm.example.com"
addr = Orders().get_order_address("1").payload["ShippingAddress"]
requests.post("{}/shipments".format(EASYPOST), json={"to_address": addr})
requests.post("/".join([EASYPOST, "addresses"]), json=addr)
requests.post("{}/addresses".format(CRM), json=addr)  # expect: AMZ004
requests.post("/".join([CRM, "addresses"]), json=addr)  # expect: AMZ004
""")
