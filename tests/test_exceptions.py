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


def test_an_exception_as_text_is_its_message_not_its_attributes() -> None:
    """str(exc) is what the exception was built with (its message, also through
    super().__init__), or its __str__: not every attribute it keeps; its class name is no data."""
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")

class Rejected(Exception):
    def __init__(self, info):
        super().__init__(f"order {info['AmazonOrderId']} rejected")
        self.info = info

class Leaky(Exception):
    def __init__(self, info):
        super().__init__(f"rejected buyer {info['BuyerEmail']}")

class Quiet(Exception):
    def __init__(self, info):
        self.info = info
    def __str__(self):
        return "rejected " + self.info["AmazonOrderId"]

def vet(order_id, kind):
    info = Orders().get_order_buyer_info(order_id).payload
    if kind == 1:
        raise Rejected(info)
    if kind == 2:
        raise Quiet(info)
    raise Leaky(info)

def run(order_id):
    try:
        vet(order_id, 1)
    except (Rejected, Quiet) as exc:
        log.info("%s", exc)
        log.info("%s", exc.__class__.__name__)
    except Leaky as exc:
        log.info("%s", exc)  # expect: AMZ005
''')


def test_suppress_ends_the_exceptions_of_its_types() -> None:
    check('''
import logging
from contextlib import suppress
from sp_api.api import Orders
log = logging.getLogger("x")

def check_email(info):
    if "@" not in info["BuyerEmail"]:
        raise ValueError("bad email " + info["BuyerEmail"])

def quiet(order_id):
    with suppress(ValueError):
        check_email(Orders().get_order_buyer_info(order_id).payload)

def loud(order_id):
    with suppress(KeyError):
        check_email(Orders().get_order_buyer_info(order_id).payload)

def main(order_id):
    try:
        quiet(order_id)
    except Exception as e:
        log.critical("crashed: %s", e)
    try:
        loud(order_id)
    except Exception as e:
        log.critical("crashed: %s", e)  # expect: AMZ005
''')


MONITORED = '''
import logging
from contextlib import contextmanager
from sp_api.api import Orders
log = logging.getLogger(__name__)
class AddressProblem(Exception):
    pass
@contextmanager
def monitored(order_id):
    try:
        yield
    except AddressProblem as exc:
        {report}
def check(order):
    line1 = order["ShippingAddress"]["AddressLine1"]
    if "PO BOX" in line1.upper():
        raise AddressProblem(f"PO box address {{line1}}")
def main():
    for order in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        with monitored(order["AmazonOrderId"]):
            check(order)
'''


def test_a_generator_context_manager_sees_what_the_with_block_raises():
    # the with block's exception is thrown in at the yield: the handler around it logs it
    check(MONITORED.format(report='log.error("problem: %s", exc)  # expect: AMZ005'))


def test_a_generator_context_manager_logging_only_the_order_id_is_clean():
    check(MONITORED.format(report='log.error("address problem on order %s (%s)", order_id, type(exc).__name__)'))


def test_a_with_block_that_raises_nothing_personal_leaves_the_manager_clean():
    check(
        MONITORED.format(report='log.error("problem: %s", exc)')
        .replace('raise AddressProblem(f"PO box address {line1}")', 'raise AddressProblem("PO box address")')
    )


def test_a_generator_context_manager_handler_for_another_type_does_not_see_the_exception():
    check('''
import logging
import requests
from contextlib import contextmanager
from sp_api.api import Orders
log = logging.getLogger(__name__)
@contextmanager
def http_errors(oid):
    try:
        yield
    except requests.Timeout as exc:
        log.warning("timeout for %s: %s", oid, exc)
def push(order):
    with http_errors(order["AmazonOrderId"]):
        if not order["ShippingAddress"]["PostalCode"]:
            raise ValueError(f"missing zip for {order['ShippingAddress']['AddressLine1']}")
for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    push(o)
''')


def test_a_helper_logging_with_exception_logs_the_exception_its_caller_is_handling() -> None:
    """`def report_failure(what): log.exception(...)` called from an except block writes the
    exception that block is handling, also two helpers down; `traceback.format_exc()` in a helper
    is the caller's exception's text. Called where nothing is being handled, they write none."""
    check("""
import logging
import traceback
from sp_api.api import Orders

log = logging.getLogger(__name__)


def report_failure(what):
    log.exception("%s failed", what)  # expect: AMZ005


def error_text():
    return traceback.format_exc()


def notify(what):
    report_failure(what)


def check(addr):
    if not addr.get("PostalCode"):
        raise ValueError(f"no postal code in {addr}")


addr = Orders().get_order_address("1").payload["ShippingAddress"]
try:
    check(addr)
except ValueError:
    notify("address check")
    log.error("details: %s", error_text())  # expect: AMZ005
report_failure("nothing")
log.info(error_text())
try:
    check({"PostalCode": "12345"})
except ValueError:
    notify("a literal address")
""")


def test_a_helper_logging_with_exception_from_a_handler_for_a_clean_exception_is_clean() -> None:
    """The exception being handled holds no buyer data (its message is the order id): the helper
    that logs it with its traceback writes nothing personal."""
    check("""
import logging
from sp_api.api import Orders

log = logging.getLogger(__name__)


def report_failure(what):
    log.exception("%s failed", what)


order = Orders().get_order("1").payload
try:
    if order["OrderStatus"] == "Canceled":
        raise RuntimeError("order %s canceled" % order["AmazonOrderId"])
except RuntimeError:
    report_failure("sync")
""")


def test_a_traceback_prints_the_exception_an_exception_was_raised_from() -> None:
    """`raise SyncError("push failed") from e`, or raised inside the handler without `from`: a
    traceback (`log.exception`, `traceback.format_exc()`) prints the chained exception's message
    too. `from None` prints no chain, and the exception as text (`"%s", err`) is its own message."""
    check('''
import logging
import traceback
from sp_api.api import Orders

log = logging.getLogger(__name__)


class SyncError(Exception):
    pass


def push(addr):
    try:
        if not addr.get("PostalCode"):
            raise ValueError(f"no postal code in {addr}")
    except ValueError as e:
        raise SyncError("push failed") from e


def push_quiet(addr):
    try:
        if not addr.get("PostalCode"):
            raise ValueError(f"no postal code in {addr}")
    except ValueError:
        raise SyncError("push failed") from None


def push_implicit(addr):
    try:
        if not addr.get("PostalCode"):
            raise ValueError(f"no postal code in {addr}")
    except ValueError:
        raise SyncError("push failed")


addr = Orders().get_order_address("1").payload["ShippingAddress"]
try:
    push(addr)
except SyncError as err:
    log.error("sync: %s", err)
    log.exception("sync failed")  # expect: AMZ005
try:
    push_quiet(addr)
except SyncError:
    log.exception("sync failed")
try:
    push_implicit(addr)
except SyncError:
    log.error("sync failed: %s", traceback.format_exc())  # expect: AMZ005
''')


def test_a_helper_a_library_runs_later_does_not_log_the_handlers_exception() -> None:
    """A `log.exception` helper handed to a thread, a pool, `functools.partial` or an exit hook
    inside an except block runs where nothing is being handled (review of d76e8da). Called there
    directly it logs the handled exception (test_a_helper_logging_with_exception_logs_*)."""
    check("""
import atexit, functools, logging, threading
from concurrent.futures import ThreadPoolExecutor
from sp_api.api import Orders
log = logging.getLogger(__name__)
pool = ThreadPoolExecutor(2)
later = []

def report_failure(what):
    log.exception("%s failed", what)

addr = Orders().get_order_address("1").payload["ShippingAddress"]
try:
    if not addr.get("PostalCode"):
        raise ValueError(f"no postal code in {addr}")
except ValueError:
    threading.Thread(target=report_failure, args=("bg",)).start()
    pool.submit(report_failure, "pool")
    later.append(functools.partial(report_failure, "later"))
    atexit.register(report_failure, "exit")
for cb in later:
    cb()
""")


def test_a_traceback_without_the_chain_does_not_print_the_cause() -> None:
    """`format_exception_only(...)` and `format_exc(chain=False)` write the exception's own line
    only (review of 926cf17)."""
    check("""
import logging, traceback
from sp_api.api import Orders
log = logging.getLogger(__name__)
class SyncError(Exception):
    pass
def sync(addr):
    try:
        if not addr.get("PostalCode"):
            raise ValueError(f"no postal code in {addr}")
    except ValueError as e:
        raise SyncError("address check failed") from e
try:
    sync(Orders().get_order_address("1").payload["ShippingAddress"])
except SyncError as err:
    log.error("".join(traceback.format_exception_only(type(err), err)))
    log.error(traceback.format_exc(chain=False))
    log.error(traceback.format_exc())  # expect: AMZ005
""")
