"""Exceptions carry their message: `raise ValueError(f"bad address {addr}")` caught as `exc` and
logged logs the address. What a function raises and does not catch is part of its summary, so
the handler two calls up sees it too; a handler that does not use the exception logs nothing."""

from __future__ import annotations

from auditor.testing import check


def test_a_raised_message_reaches_the_handler_that_logs_it() -> None:
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")

class SyncError(Exception):
    pass

def validate(addr):
    if not addr.get("PostalCode"):
        raise ValueError("no postal code for " + addr["AddressLine1"])

def load(order_id):
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    validate(addr)
    return addr

def run(order_id):
    try:
        load(order_id)
    except ValueError as exc:
        log.warning("skipped: %s", exc)  # expect: AMZ005

def run_inline(order_id):
    try:
        info = Orders().get_order_buyer_info(order_id).payload
        raise SyncError(f"duplicate buyer {info['BuyerEmail']}")
    except SyncError as err:
        log.error("sync failed: %s", err)  # expect: AMZ005
''')


def test_a_handler_that_does_not_log_the_exception_logs_nothing() -> None:
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")

def validate(order):
    if order["OrderStatus"] == "Canceled":
        raise ValueError("canceled order " + order["AmazonOrderId"])
    if not order["BuyerInfo"].get("BuyerEmail"):
        raise KeyError(order["BuyerInfo"]["BuyerName"])

def run():
    for order in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        try:
            validate(order)
        except KeyError:
            log.warning("order %s has no email", order["AmazonOrderId"])
        except ValueError as exc:
            log.info("skipped: %s", exc)
''')


def test_only_the_handler_for_the_exception_type_sees_it() -> None:
    """The first matching handler takes the exception (by class, library base or built-in
    hierarchy); one that does not match lets it leave, to a caller's handler; a bare `raise`
    re-raises what the handler caught."""
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")

class SyncError(ValueError):
    pass

def fetch(oid):
    info = Orders().get_order_buyer_info(oid).payload
    raise SyncError("dup " + info["BuyerEmail"])

def by_builtin_base(oid):
    try:
        fetch(oid)
    except ValueError as e:
        log.info("%s", e)  # expect: AMZ005

def other_type(oid):
    try:
        fetch(oid)
    except KeyError as e:
        log.info("%s", e)

def reraised(oid):
    try:
        try:
            fetch(oid)
        except SyncError:
            log.info("inner")
            raise
    except Exception as e:
        log.info("%s", e)  # expect: AMZ005

def from_a_caller(oid):
    try:
        other_type(oid)
    except LookupError as e:
        log.info("%s", e)
    except Exception as e:
        log.info("%s", e)  # expect: AMZ005
''')
