"""Method calls reach a method only for the receiver classes that resolve to it.

`obj.m(...)` where obj may be several classes calls, for each class, the `m` its MRO finds. The
callee then sees the receiver as only those classes: a base method is not run for a subclass that
overrides it, so what the base method stores into `self` does not land on the subclass. This is
precision for seller code (an override that masks or drops a value) and speed on class-heavy
code (Django's expressions: each base method's stores were written for every subclass).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from auditor.options import ScanOptions
from auditor.scan import run_scan
from auditor.testing import check

HEAD = """import logging
import random

from sp_api.api import Orders

log = logging.getLogger(__name__)
"""


def _findings(tmp_path: Path, text: str, name: str = "shop.py") -> set[tuple[str, int]]:
    (tmp_path / name).write_text(text)
    result = run_scan(ScanOptions(paths=(tmp_path,), jobs=1, use_cache=False))
    return {(f.rule_id, f.location.line) for f in result.findings}


def _line(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


OVERRIDE = (
    HEAD
    + """

class Contact:
    def remember(self, value):
        self.value = value


class Customer(Contact):
    pass


class Supplier(Contact):
    def remember(self, value):
        self.value = "supplier"


def pick():
    return Customer() if random.random() > 0.5 else Supplier()


def sync():
    order = Orders().get_order("123-1234567-1234567").payload
    pick().remember(order["BuyerInfo"]["BuyerEmail"])


def report(supplier: Supplier, customer: Customer):
    log.info("supplier %s", supplier.value)
    log.info("customer %s", customer.value)
"""
)


def test_a_base_method_stores_only_into_the_classes_that_inherit_it(tmp_path: Path) -> None:
    """pick() is a Customer or a Supplier. Contact.remember runs for a Customer only (Supplier
    overrides it), so the buyer email lands on Customer.value and not on Supplier.value (logging
    Supplier.value was reported before receivers were filtered)."""
    found = _findings(tmp_path, OVERRIDE)
    assert found == {("AMZ005", _line(OVERRIDE, 'log.info("customer'))}


def _channels(n: int, loud: str) -> str:
    """A base Channel whose send() calls self.deliver(); n quiet subclasses override deliver().
    `loud` is the class whose deliver() logs the order (the base, or one more subclass)."""
    base_deliver = 'log.info("order %s", order)' if loud == "Channel" else "return None"
    parts = [
        HEAD,
        "",
        "class Channel:",
        "    def send(self, order):",
        "        self.deliver(order)",
        "",
        "    def deliver(self, order):",
        f"        {base_deliver}",
        "",
    ]
    for i in range(n):
        parts += ["", f"class Quiet{i:02d}(Channel):", "    def deliver(self, order):", "        return None", ""]
    if loud != "Channel":
        parts += ["", f"class {loud}(Channel):", "    def deliver(self, order):", '        log.info("order %s", order)', ""]
    parts += ["", "def run():", '    order = Orders().get_order("123-1234567-1234567").payload', f"    {loud}().send(order)"]
    parts += [f"    Quiet{i:02d}().send(order)" for i in range(n)]
    return "\n".join(parts) + "\n"


def test_a_method_reached_from_many_classes_still_runs_for_its_own(tmp_path: Path) -> None:
    """Twenty subclasses and the base itself call the inherited send(): more classes than a
    value keeps (MAX_REFS). The method's own class is always among them, so the base's deliver()
    that logs the order is still followed."""
    text = _channels(20, "Channel")
    assert _findings(tmp_path, text) == {("AMZ005", _line(text, 'log.info("order'))}


def test_an_override_in_the_twenty_first_subclass_is_followed(tmp_path: Path) -> None:
    """A value keeps at most MAX_REFS (16) classes, but each call here has one receiver class,
    and send() calls self.deliver(): each class's calls run their own copy of send() (up to
    MAX_SPECIALISATIONS), so the override in the class a joined value would cut is followed."""
    text = _channels(20, "LoudChannelWithTheLongestNameOfAll")
    assert _findings(tmp_path, text) == {("AMZ005", _line(text, 'log.info("order'))}


SUPER = (
    HEAD
    + """

class Contact:
    def remember(self, value):
        self.value = value


class Audited(Contact):
    def remember(self, value):
        log.debug("remembering a value")
        super().remember(value)


def sync(contact: Audited):
    order = Orders().get_order("123-1234567-1234567").payload
    contact.remember(order["BuyerInfo"]["BuyerEmail"])


def report(contact: Audited):
    log.info("contact %s", contact.value)
"""
)


def test_an_override_that_calls_super_still_runs_the_base_method(tmp_path: Path) -> None:
    """super().remember() runs Contact.remember for an Audited receiver: the filter looks the
    method up from the base super() names, so the store is kept."""
    assert _findings(tmp_path, SUPER) == {("AMZ005", _line(SUPER, 'log.info("contact'))}


# Programs from an independent review of receiver filtering (and of bounding the types a parameter
# gets from its callers, which was taken back because of the last three): each must report what
# the engine reported before receivers were filtered.
CASES = Path(__file__).parent / "data" / "dispatch_cases"
CASES_EXPECTED = {
    "django_mixin.py": {("AMZ005", 12)},  # a mixin's super() chain reads what a sibling base stored
    "mixin_super.py": {("AMZ005", 9)},  # the same without Django
    "mixin_url.py": set(),  # the mixin posts to the URL a sibling base holds: the seller's own AWS
    "step_wrapper.py": {("AMZ004", 69)},  # the 18th callback passed to one helper still runs
    "retry_ext.py": {("AMZ004", 10)},  # library callables passed with 16 project ones still run
    "many_subs4.py": {("AMZ004", 13)},  # the 20th subclass's class attribute is still read
}


@pytest.mark.parametrize("name", sorted(CASES_EXPECTED))
def test_review_programs_report_what_they_did_before(tmp_path: Path, name: str) -> None:
    assert _findings(tmp_path, (CASES / name).read_text(), name) == CASES_EXPECTED[name]


def test_a_super_receiver_kept_in_a_variable_is_still_whole(tmp_path: Path) -> None:
    """`parent = super(); parent.finish()`: the assignment makes a new value, and it must still
    count as super() (this method's self as some of its class's bases), not as alternatives."""
    text = (CASES / "mixin_super.py").read_text()
    changed = text.replace(
        "class OrderJob(BuyerLogMixin, BaseJob):\n    def finish(self):\n        super().finish()",
        "class OrderJob(BuyerLogMixin, BaseJob):\n    def finish(self):\n        parent = super()\n        parent.finish()",
    )
    assert changed != text
    assert _findings(tmp_path, changed, "job.py") == {("AMZ005", 9)}


EXPORTERS = """
import csv
import requests
from sp_api.api import Orders
class Exporter:
{run}
class Ledger(Exporter):
    def transform(self, r):
        return {{"id": r["AmazonOrderId"], "total": r["OrderTotal"]}}
    def deliver(self, rows):
        with open("ledger.csv", "w") as fh:
            csv.writer(fh).writerows(rows)
class Crm(Exporter):
    def transform(self, r):
        return {{"email": r["BuyerInfo"]["BuyerEmail"]}}
    def deliver(self, rows):
        requests.post("https://crm.example.com/contacts", json=rows)  # expect: AMZ004
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
for exporter in (Ledger(), Crm()):
    exporter.run(orders)
"""


@pytest.mark.parametrize(
    "run",
    [
        "    def run(self, rows):\n        self.deliver([self.transform(r) for r in rows])",
        # two calls deep: run() calls a base helper, which calls the subclass's transform
        "    def run(self, rows):\n        self.deliver(self.shape(rows))\n"
        "    def shape(self, rows):\n        return [self.transform(r) for r in rows]",
    ],
    ids=["direct", "two-deep"],
)
def test_a_template_method_keeps_each_receiver_class_apart(run: str) -> None:
    check(EXPORTERS.format(run=run))


def test_a_template_method_reports_every_receiver_class_that_leaks() -> None:
    # splitting the receivers must not lose a flow: each class's own leak is still reported,
    # including the base class's default transform
    check(
        """
        import csv
        import logging
        import requests
        from sp_api.api import Orders
        log = logging.getLogger(__name__)
        class Exporter:
            def run(self, rows):
                self.deliver([self.transform(r) for r in rows])
            def transform(self, r):
                return r["BuyerInfo"]["BuyerName"]
            def deliver(self, rows):
                log.info("rows %s", rows)  # expect: AMZ005
        class Ledger(Exporter):
            def transform(self, r):
                return r["BuyerInfo"]["BuyerEmail"]
            def deliver(self, rows):
                with open("ledger.csv", "w") as fh:
                    csv.writer(fh).writerows(rows)  # expect: AMZ003
        class Crm(Exporter):
            def deliver(self, rows):
                requests.post("https://crm.example.com/contacts", json=rows)  # expect: AMZ004
        orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
        for exporter in (Exporter(), Ledger(), Crm()):
            exporter.run(orders)
        """
    )


SUBCLASS_THROUGH_A_HELPER = """
import logging
import threading
import time
from sp_api.api import Orders
log = logging.getLogger(__name__)
def retry(fn, *args, tries=3):
    for i in range(tries):
        try:
            return fn(*args)
        except Exception:
            time.sleep(2 ** i)
def start(fn, order):
    t = threading.Thread(target=fn, args=(order,))
    t.start()
class Exporter:
    def export(self, order):
        self.deliver(self.transform(order))
    def transform(self, order):
        return {"id": order["AmazonOrderId"]}
    def deliver(self, row):
        return row
class AuditExporter(Exporter):
    def transform(self, order):
        return {"id": order["AmazonOrderId"], "email": order["BuyerInfo"]["BuyerEmail"]}
    def deliver(self, row):
        log.info("exported %s", row)  # expect: AMZ005
def main():
    exporter = AuditExporter()
    for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        {call}
"""


@pytest.mark.parametrize("call", ["retry(exporter.export, order)", "start(exporter.export, order)"])
def test_a_subclass_method_handed_to_a_helper_runs_for_that_subclass(call: str) -> None:
    # the bound method keeps its receiver's class through the helper's parameter
    check(SUBCLASS_THROUGH_A_HELPER.replace("{call}", call))


def test_super_runs_the_base_method_on_the_subclass_object() -> None:
    # Deep inherits Middle.handle, whose super().handle() runs Base.handle on the Deep object:
    # Deep's extract runs there (and EmailLeaker's email does not reach Base.send)
    check(
        """
        import logging
        import requests
        from sp_api.api import Orders
        log = logging.getLogger(__name__)
        class Base:
            def handle(self, order):
                return self.send(self.extract(order))
            def extract(self, order):
                return order["OrderStatus"]
            def send(self, data):
                requests.post("https://metrics.example.com", json={"d": data})  # expect: AMZ004
        class EmailLeaker(Base):
            def extract(self, order):
                return order["BuyerInfo"]["BuyerEmail"]
            def send(self, data):
                print(data)  # expect: AMZ005
        class Middle(Base):
            def handle(self, order):
                log.debug("handling")
                return super().handle(order)
        class Deep(Middle):
            def extract(self, order):
                return order["BuyerInfo"]["BuyerName"]
        def main():
            for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                Base().handle(o)
                EmailLeaker().handle(o)
                Deep().handle(o)
        """
    )


def _stage_chain(n: int) -> str:
    """A base class whose sync() goes through n stages, stage i calling self.hook_i and then the
    next stage; subclass i overrides hook_i (even ones return the buyer's email, odd ones the order
    id) and deliver() logs what arrives."""
    lines = ["import logging", "from sp_api.api import Orders", "log = logging.getLogger(__name__)", "class Channel:",
             "    def sync(self, order):", "        return self.stage0(order)"]
    for i in range(n):
        nxt = f"self.stage{i + 1}(self.hook{i}(d))" if i < n - 1 else f"self.deliver(self.hook{i}(d))"
        lines += [f"    def stage{i}(self, d):", f"        return {nxt}", f"    def hook{i}(self, d):", "        return d"]
    lines += ["    def deliver(self, d):", "        return None"]
    for i in range(n):
        value = "{'email': d['BuyerInfo']['BuyerEmail']}" if i % 2 == 0 else "{'ref': d['AmazonOrderId']}"
        mark = "  # expect: AMZ005" if i % 2 == 0 else ""
        lines += [f"class Channel{i}(Channel):", f"    def hook{i}(self, d):", f"        return {value}",
                  "    def deliver(self, d):", f"        log.info('synced %s', d){mark}"]
    lines += ["def main():", "    for order in Orders().get_orders(CreatedAfter='x').payload['Orders']:"]
    lines += [f"        Channel{i}().sync(order)" for i in range(n)]
    return "\n".join(lines) + "\n"


def test_a_chain_of_three_template_stages_keeps_each_subclass_apart() -> None:
    check(_stage_chain(3))


@pytest.mark.xfail(
    strict=True,
    reason="a method is copied per group of receiver classes that resolve its own self-calls alike; "
    "classes that resolve them as the method's own class does share its analysis even when a method "
    "called further down differs, so from four stages on, one subclass's email reaches another's "
    "deliver() through the shared stage (and from seven, a stage re-analysed as each class peels off "
    "reaches MAX_ANALYSES). Copying per receiver class would keep them apart, at more copies",
)
def test_a_chain_of_four_template_stages_keeps_each_subclass_apart() -> None:
    check(_stage_chain(4))


def test_every_class_of_a_registry_runs_when_a_list_of_its_steps_is_handed_on() -> None:
    """Steps built from a registry by a configured type (`STEP_TYPES[s["type"]](**opts)`), handed
    to a worker through functools.partial: every registered class's `run` is called. Before,
    the types of a list's elements were noted for the callee four at a time, so the later classes'
    sinks were not reached (blind corpus hunt36 k07)."""
    check(
        """
        import functools
        import logging
        import requests
        from sp_api.api import Orders

        STEP_TYPES = {}

        def step_type(name):
            def register(cls):
                STEP_TYPES[name] = cls
                return cls
            return register

        class Step:
            def __init__(self, **options):
                self.options = options

        @step_type("a")
        class AStep(Step):
            def run(self, record):
                logging.info("a %s", record["order_id"])

        @step_type("b")
        class BStep(Step):
            def run(self, record):
                logging.info("b %s", record["order_id"])

        @step_type("c")
        class CStep(Step):
            def run(self, record):
                logging.info("c %s", record["order_id"])

        @step_type("d")
        class DStep(Step):
            def run(self, record):
                logging.info("d %s", record["order_id"])

        @step_type("e")
        class EStep(Step):
            def run(self, record):
                logging.info("e %s", record["order_id"])

        @step_type("f")
        class FStep(Step):
            def run(self, record):
                logging.info("to %s", record["phone"])  # expect: AMZ005

        @step_type("g")
        class GStep(Step):
            def run(self, record):
                requests.post(self.options["url"], json={"email": record["email"]})  # expect: AMZ004

        def run_record(steps, record):
            for step in steps:
                step.run(record)

        def run_flow(spec, records):
            steps = [STEP_TYPES[s["type"]](**s["options"]) for s in spec["steps"]]
            job = functools.partial(run_record, steps)
            return [job(r) for r in records]

        def records():
            api = Orders()
            for o in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                a = api.get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]
                b = api.get_order_buyer_info(o["AmazonOrderId"]).payload
                yield {"order_id": o["AmazonOrderId"], "phone": a["Phone"], "email": b["BuyerEmail"]}

        def main(spec):
            run_flow(spec, list(records()))
        """
    )


def test_a_pipe_helper_runs_each_pipeline_only_through_its_own_steps() -> None:
    """`pipe(value, *STEPS)` looping `value = step(value)`, shared by two pipelines: each runs a
    copy per tuple of steps, so the buyer's contact never goes through the notification steps
    (before, the helper was shared and every step saw every pipeline's values; blind corpus
    hunt37 m05)."""
    check(
        """
        import json
        import logging
        import requests
        from sp_api.api import Orders

        def record_change(note):
            logging.info("change %s", json.dumps(note))
            return note

        def post_change(note):
            requests.post("https://hooks.slack.com/x", json={"text": note["order_id"]})
            return note

        def save_contact(contact):
            logging.info("contact %s", contact["email"])  # expect: AMZ005
            return contact

        ON_CHANGE = (record_change, post_change)
        ON_NEW = (save_contact,)

        def pipe(value, *steps):
            for step in steps:
                value = step(value)
            return value

        def handle(message):
            body = json.loads(message)
            note = pipe({"order_id": body["OrderId"], "status": body["Status"]}, *ON_CHANGE)
            buyer = Orders().get_order_buyer_info(note["order_id"]).payload
            pipe({"order_id": note["order_id"], "email": buyer["BuyerEmail"]}, *ON_NEW)
        """
    )


def test_a_method_of_one_class_does_not_run_for_a_receiver_class_without_it() -> None:
    """`target.record_sale(o)` for a target that may be either of two shops' classes runs only
    for the one that has the method: on the other the call fails, so it is not analysed as a
    copy where the class's own attributes are unknown (hunt39 o04: the order came back as the
    shop's id). A class with a library base, which may provide the method, still runs it."""
    check('''
import logging, os
import requests
from woocommerce import API
from sp_api.api import Orders
class Woo:
    def __init__(self):
        self.api = API(url="https://shop.example", consumer_key="k", consumer_secret="s")
    @staticmethod
    def _lines(order):
        return [{"sku": i["SellerSKU"]} for i in order["Items"]]
    def record_sale(self, order):
        resp = self.api.post("orders", {"line_items": self._lines(order), "ref": order["AmazonOrderId"]})
        return resp.json()["id"]
class Shopify:
    def push(self, order):
        return requests.post("https://x.myshopify.com/admin/orders.json", json={"email": order["BuyerInfo"]["BuyerEmail"]}).json()["id"]  # expect: AMZ004
class Remote(requests.Session):
    pass
def record(target, order):
    return target.record_sale(order)
order = Orders().get_order("1").payload
target = Woo() if os.environ.get("T") == "woo" else Shopify()
logging.info("shop id %s", target.record_sale(order))
Shopify().push(order)
logging.info("remote %s", record(Remote(), order))  # expect: AMZ005
''')
