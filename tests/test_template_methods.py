"""Library methods that run the subclass's own method: `Worker(order).start()` runs `Worker.run()`.

A Thread or Process subclass keeps the order on `self` and works on it in `run()`, which no
project code calls: the library's `start()` does (catalog `template_methods` in world.toml).
"""

from __future__ import annotations

import pytest

from auditor.testing import check

WORKER = '''
import logging
import threading
import multiprocessing
from sp_api.api import Orders
log = logging.getLogger("x")


class Worker({base}):
    def __init__(self, order):
        super().__init__()
        self.order = order

    def run(self):
        log.info("order %s", self.order["AmazonOrderId"])
        log.info("buyer %s", self.order["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005


for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    Worker(o).start()
'''


@pytest.mark.parametrize("base", ["threading.Thread", "multiprocessing.Process"])
def test_start_runs_the_subclass_run(base: str) -> None:
    check(WORKER.replace("{base}", base))


def test_start_of_an_unrelated_object_runs_nothing() -> None:
    """Only the library's own start() runs run(): a project class's start() is what it says."""
    check('''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")


class Job:
    def __init__(self, order):
        self.order = order

    def start(self):
        log.info("order %s", self.order["AmazonOrderId"])

    def run(self):
        log.info("buyer %s", self.order["BuyerInfo"]["BuyerEmail"])


for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    Job(o).start()
''')
