"""Objects filled from a dict: `self.__dict__.update(d)` and `setattr(self, k, v)`.

A model class that copies an API response into its attributes is common seller code. Its
attributes are then the response's keys: `order.BuyerEmail` is personal, `order.OrderStatus` is
not, exactly as for the dict. An attribute the code sets by name keeps its own value.
"""

from __future__ import annotations

from auditor.testing import check

FETCH = '''
import logging
from sp_api.api import Orders
log = logging.getLogger("x")

def fetch():
    return Orders().get_orders(CreatedAfter="x").payload["Orders"]
'''


def test_dict_update_makes_the_keys_attributes() -> None:
    check(FETCH + '''
class Buyer:
    def __init__(self, data):
        self.__dict__.update(data)
        self.source = "sp-api"

for o in fetch():
    b = Buyer(o["BuyerInfo"])
    log.info("buyer %s", b.BuyerEmail)  # expect: AMZ005
    log.info("order %s", b.AmazonOrderId)
    log.info("from %s", b.source)
''')


def test_setattr_loop_makes_the_keys_attributes() -> None:
    check(FETCH + '''
class Buyer:
    def load(self, data):
        for key, value in data.items():
            setattr(self, key, value)

    def describe(self):
        log.info("buyer %s", self.BuyerEmail)  # expect: AMZ005
        log.info("status %s", self.OrderStatus)

for o in fetch():
    b = Buyer()
    b.load(o)
    b.describe()
''')


def test_setattr_with_a_constant_name_is_an_attribute_store() -> None:
    check(FETCH + '''
class Contact:
    def __init__(self, order):
        setattr(self, "email", order["BuyerInfo"]["BuyerEmail"])
        setattr(self, "status", order["OrderStatus"])

    def report(self):
        log.info("status %s", self.status)
        log.info("contact %s", self.email)  # expect: AMZ005

for o in fetch():
    Contact(o).report()
''')


def test_public_keys_copied_into_attributes_stay_public() -> None:
    check(FETCH + '''
class Status:
    def __init__(self, data):
        self.__dict__.update(data)

class Loaded:
    def load(self, data):
        for key, value in data.items():
            setattr(self, key, value)

for o in fetch():
    s = Status({"state": o["OrderStatus"], "id": o["AmazonOrderId"]})
    log.info("order %s is %s", s.id, s.state)
    t = Loaded()
    t.load({"state": o["OrderStatus"]})
    log.info("state %s", t.state)
''')


def test_vars_and_dunder_dict_read_the_attributes_an_object_was_given() -> None:
    # `vars(obj)` and `obj.__dict__` are the object's attributes: logging them logs what __init__
    # stored (a dataclass's fields likewise); a class holding only public data stays quiet
    check(FETCH + '''
import dataclasses, json

class Record:
    def __init__(self, o):
        self.email = o["BuyerInfo"]["BuyerEmail"]
        self.status = o["OrderStatus"]

class Status:
    def __init__(self, o):
        self.order_id = o["AmazonOrderId"]
        self.status = o["OrderStatus"]

@dataclasses.dataclass
class Row:
    name: str
    sku: str

for o in fetch():
    r, s = Record(o), Status(o)
    log.info("record %s", vars(r))  # expect: AMZ005
    log.info("record %s", json.dumps(r.__dict__))  # expect: AMZ005
    log.info("status %s", vars(s))
    log.info("status %s", s.__dict__)
    log.info("status only %s", vars(r)["status"])
    row = Row(o["ShippingAddress"]["Name"], "SKU-1")
    log.info("row %s", vars(row))  # expect: AMZ005
''')


def test_vars_of_something_not_a_project_object_is_not_data() -> None:
    check('''
import argparse, logging
log = logging.getLogger("x")
parser = argparse.ArgumentParser()
parser.add_argument("--since")
args = parser.parse_args()
log.info("options %s", vars(args))
log.info("globals %s", vars())
''')
