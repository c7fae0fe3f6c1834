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
