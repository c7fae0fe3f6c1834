"""Common seller-code patterns, written fresh (not from the fixtures): positives and traps."""

from __future__ import annotations

import pytest

from auditor.testing import check, check_files

CASES = {
"text_that_mentions_a_report_column_is_not_a_lookup_in_the_rows": """
import csv, logging, os, re, sys
import requests
with open(sys.argv[1], newline="") as fh:
    header, *listing = list(csv.reader(fh, delimiter="\\t"))
if header.count("buyer-email"):
    raise SystemExit("this is an order report, not a listing")
logging.info("buyer-email", listing)
requests.post("https://partner.example.com/listings", json=listing)
text = open(os.environ["TEMPLATE"]).read()
text = re.sub("buyer-email", "contact", text.replace("buyer-name", "name"))
logging.info("template %s", text)
""",
"report_columns_named_when_reading_or_sorting_rows": """
import csv, logging, sys
import pandas as pd
df = pd.read_csv(sys.argv[1], sep="\\t", header=None, names=["order-id", "buyer-email"])
logging.info("%s", df.to_dict("records"))  # expect: AMZ005
with open(sys.argv[2], newline="") as fh:
    rows = list(csv.DictReader(fh, delimiter="\\t"))
rows.sort(key=lambda r: r["recipient-name"])
logging.info("%s", rows)  # expect: AMZ005
""",
"a_key_function_runs_with_each_element": """
import csv, logging, sys
from sp_api.api import Orders
with open(sys.argv[1], newline="") as fh:
    rows = list(csv.DictReader(fh, delimiter="\\t"))
rows = sorted(rows, key=lambda r: r["buyer-email"])
logging.info("%s", rows)  # expect: AMZ005
orders = Orders().get_orders(CreatedAfter="2024").payload["Orders"]
def by_date(o):
    logging.info("sorting %s", o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
    return o["PurchaseDate"]
latest = max(orders, key=by_date)
first = min(orders, key=lambda o: o["PurchaseDate"])
logging.info("first %s", first["AmazonOrderId"])
""",
"report_columns_looked_up_in_the_header_row": """
import csv, glob, logging
from ryan_tools import find_column_id
for path in glob.glob("*.txt"):
    report = open(path)
for i, row in enumerate(csv.reader(report, delimiter="\\t")):
    if i == 0:
        name_at = find_column_id("buyer-name", row)
        email_at = row.index("buyer-email")
        continue
    logging.info("row %s", row)  # expect: AMZ005
with open(glob.glob("*.csv")[0]) as fh:
    for row in csv.reader(fh):
        sku_at = row.index("sku")
        logging.info("stock %s", row)
""",
"a_table_read_with_only_report_columns_named_in_usecols": """
import logging, sys
import pandas as pd
df = pd.read_csv(sys.argv[1], sep="\\t", usecols=["order-id", "buyer-email"])
logging.info("%s", df.to_dict("records"))  # expect: AMZ005
stock = pd.read_csv(sys.argv[2], sep="\\t", usecols=["sku", "quantity"])
logging.info("%s", stock.to_dict("records"))
""",
"keys_built_at_run_time_may_be_one_another": """
import logging, sys
from sp_api.api import Orders
email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
a, b = sys.argv[1], sys.argv[2]
d = {}
d[f"{a}_mail"] = email
d[f"{b}_mail"] = "x"
logging.info(d["p_mail"])  # expect: AMZ005
e = {f"buyer_{a}": email}
logging.info(e[f"{b}_email"])  # expect: AMZ005
f = {"%s_mail" % a: email}
logging.info(f["x_mail"])  # expect: AMZ005
logging.info(f["x_name"])
""",
"tables_side_by_side_are_not_stacked": """
import sys
import pandas as pd
orders = pd.read_csv(sys.argv[1], sep="\\t")
listing = pd.read_csv(sys.argv[2], sep="\\t")
wide = pd.concat([orders, listing], axis=1)
wide["v"] = wide["buyer-email"].notna()
listing.to_csv("listing_out.csv")
stacked = pd.concat([orders, listing])
m = orders.merge(listing, on="sku")
x = m["buyer-email"]
listing.to_csv("listing_again.csv")
""",
"one_query_helper_for_the_orders_table_and_the_products_table": """
import pandas as pd
import sqlalchemy
engine = sqlalchemy.create_engine("sqlite:///shop.db")
def query(sql):
    return pd.read_sql(sql, engine)
orders = query("SELECT * FROM amazon_orders")
products = query("SELECT sku, title, price FROM products")
orders["has_vat"] = orders["buyer-tax-registration-id"].notna()
orders.to_excel("orders.xlsx")  # expect: AMZ003
products.to_csv("products_export.csv")
""",
"monthly_reports_from_the_command_line_stacked_into_one_table": """
import sys
import pandas as pd
jan = pd.read_csv(sys.argv[1], sep="\\t")
feb = pd.read_csv(sys.argv[2], sep="\\t")
df = pd.concat([jan, feb])
df["vat"] = df["buyer-tax-registration-id"].notna()
df.to_excel("all_orders.xlsx")  # expect: AMZ003
""",
"tables_under_keys_built_at_run_time_are_told_apart_by_their_fixed_part": """
import sys
import pandas as pd
from sp_api.api import Orders
raw = {}
db = sys.argv[1]
raw[f"{db}_orders"] = pd.DataFrame(Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"])
raw[f"{db}_products"] = pd.read_csv("catalog.csv")
raw["AM_products"].to_csv("products_out.csv")
raw["AM_orders"].to_csv("orders_out.csv")  # expect: AMZ003
""",
"a_file_or_path_named_after_the_buyer_still_names_the_buyer": """
import logging
from pathlib import Path
from sp_api.api import Orders
o = Orders().get_order_buyer_info("1").payload
p = Path("invoices") / f"{o['BuyerName']}.pdf"
logging.info("%s", p.name)  # expect: AMZ005
with open(f"labels/{o['BuyerEmail']}.txt", "w") as fh:
    logging.info("%s", fh.name)  # expect: AMZ005
""",
"the_names_of_tables_handed_to_a_saver_are_not_their_data": """
import logging
import pandas as pd
def save(tables):
    for name, df in tables.items():
        logging.info("saving %s", name)
        df.to_csv(f"{name}.csv")  # expect: AMZ003
save(dict(orders=pd.read_csv("exports/AllOrders.txt", sep="\\t")))
""",
"orders_queried_from_the_sellers_database_with_queries_from_a_config_file": """
import logging, os
import pandas as pd
import yaml
with open(os.path.join(os.path.dirname(__file__), "config.yaml")) as f:
    CONFIG = yaml.safe_load(f)
def extract(conn):
    raw = {}
    for db, queries in CONFIG["QUERIES"].items():
        for name, sql in queries.items():
            raw[f"{db}_{name}"] = pd.read_sql(sql, conn)
    return raw
raw = extract(None)
orders = raw["AM_DB_orders"]
b2b = orders["buyer-tax-registration-id"].notna()
orders.to_excel("orders.xlsx")  # expect: AMZ003
logging.info("queries %s", CONFIG["QUERIES"])
""",
"a_validator_helper_reads_the_column_and_keeps_the_value": """
import csv, logging, sys
def is_order(row):
    return bool(row.get("buyer-email"))
with open(sys.argv[1], newline="") as fh:
    rows = [r for r in csv.DictReader(fh, delimiter="\\t") if is_order(r)]
logging.info("orders %s", rows)  # expect: AMZ005
""",
"a_merged_table_does_not_say_which_file_a_column_is_from": """
import logging, sys
import pandas as pd
orders = pd.read_csv(sys.argv[1], sep="\\t")
listing = pd.read_csv(sys.argv[2], sep="\\t")
merged = orders.merge(listing, on="sku", how="left")
print(merged["buyer-email"].nunique())
logging.info("listing %s", listing.to_dict("records"))
""",
"names_of_a_reports_columns_and_its_file_are_not_its_data": """
import csv, logging, sys
with open(sys.argv[1], newline="") as fh:
    reader = csv.DictReader(fh, delimiter="\\t")
    rows = list(reader)
emails = {r["buyer-email"] for r in rows}
logging.info("columns %s of %s", reader.fieldnames, fh.name)
logging.info("keys %s", list(rows[0].keys()))
for column, value in rows[0].items():
    logging.info("column %s", column)
    logging.info("value %s", value)  # expect: AMZ005
""",
"orders_loaded_from_a_json_file_given_on_the_command_line": """
import json, logging, sys
with open(sys.argv[1]) as fh:
    orders = json.load(fh)
for o in orders:
    logging.info("order %s", o)  # expect: AMZ005
    email = o["buyer-email"]
""",
"rows_from_a_path_on_the_command_line_cleaned_by_a_helper_that_reads_a_report_column": """
import csv, logging, sys
def get_raw_orders(source_file, delimiter):
    with open(source_file, "r", encoding="utf-8") as f:
        return [{header: value for header, value in row.items()} for row in csv.DictReader(f, delimiter=delimiter)]
def clean_orders(orders):
    for order in orders:
        try:
            order["buyer-phone-number"] = order["buyer-phone-number"].replace(" ", "")
        except KeyError as e:
            logging.critical(f"Failed while cleaning orders. Last order: {order} Err: {e}")  # expect: AMZ005
    return orders
delimiter = "," if sys.argv[2] == "Etsy" else "\\t"
orders = clean_orders(get_raw_orders(sys.argv[1], delimiter))
logging.info("loaded %s", orders)  # expect: AMZ005
with open(sys.argv[3], newline="") as fh:
    for sku in csv.DictReader(fh):
        logging.info("weight row %s", sku)
""",
"a_table_from_a_path_on_the_command_line_read_by_a_report_column": """
import sys
import pandas as pd
orders = pd.read_csv(sys.argv[1], sep="\\t")
stock = pd.read_csv(sys.argv[2], sep="\\t")
emails = orders["buyer-email"].str.lower()
orders.to_sql("orders", "sqlite:///shop.db")  # expect: AMZ003
stock.to_sql("stock", "sqlite:///shop.db")
""",
"a_defaultdict_factory_is_code_not_the_data_around_it": """
import csv
from collections import defaultdict
def tally(rows):
    by_sku = defaultdict(lambda: [0, 0])
    for row in rows:
        s = by_sku[row["sku"]]
        s[0] += int(row.get("quantity-purchased") or 0)
    return by_sku
with open("exports/AllOrders.txt", newline="") as fh:
    rows = list(csv.DictReader(fh, delimiter="\\t"))
for sku, (units, revenue) in tally(rows).items():
    print(sku, units)
print(rows[0])  # expect: AMZ005
""",
"a_session_query_gives_the_queried_models_rows": """
import logging
from sqlalchemy import Column, Integer, String
from sqlalchemy.orm import declarative_base, sessionmaker
from sp_api.api import Orders
Base = declarative_base()
class Order(Base):
    __tablename__ = "orders"
    id = Column(Integer, primary_key=True)
    buyer_name = Column(String)
    def __init__(self, buyer_name):
        self.buyer_name = buyer_name
class Run(Base):
    __tablename__ = "runs"
    id = Column(Integer, primary_key=True)
    fpath = Column(String)
    def __init__(self, fpath):
        self.fpath = fpath
session = sessionmaker()()
info = Orders().get_order_buyer_info("1").payload
session.add(Order(info["BuyerName"]))  # expect: AMZ003
session.add(Run("backups/run-1.txt"))
for run in session.query(Run).filter(Run.id > 3).all():
    logging.info("deleting backup %s", run.fpath)
for o in session.query(Order).all():
    logging.info("buyer %s", o.buyer_name)  # expect: AMZ005
""",

"report_document_link_fetched_and_a_url_from_its_rows": '''
import csv, io, requests
from sp_api.api import Reports
reports = Reports()
reports.create_report(reportType="GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING")
payload = reports.get_report_document("doc-1").payload
text = requests.get(payload["url"], timeout=30).text
for row in csv.DictReader(io.StringIO(text), delimiter="\t"):
    requests.get(row["website"])  # expect: AMZ004
    requests.post("https://crm.example.com/c", json={"email": row["buyer-email"]})  # expect: AMZ004
''',
"frappe_document_built_from_a_dict_of_buyer_data": '''
import frappe, logging
from sp_api.api import Orders
order = Orders().get_order("1").payload
email = order["BuyerInfo"]["BuyerEmail"]
contact = frappe.get_doc({"doctype": "Contact", "email_id": email})
logging.info("contact %s", contact.email_id)  # expect: AMZ005
logging.info("contact %s", contact.as_dict())  # expect: AMZ005
frappe.get_doc({"doctype": "Contact", "email_id": email}).insert()  # expect: AMZ003
''',
"listing_and_order_reports_from_the_command_line": '''
import csv, logging, sys
with open(sys.argv[2], newline="") as f:
    for item in csv.DictReader(f, delimiter="\\t"):
        logging.info("listing %s", item)
with open(sys.argv[1], newline="") as f:
    for o in csv.DictReader(f, delimiter="\\t"):
        print(o["order-id"], o["recipient-name"])  # expect: AMZ005
''',
"error_body_of_a_failed_request_is_not_the_orders": '''
import logging, requests
URL = "https://sellingpartnerapi-na.amazon.com/orders/v0/orders"
r = requests.get(URL, params={})
if r.status_code != 200:
    print(f"Error fetching orders: {r.status_code} - {r.text}")
else:
    print(f"orders {r.json()}")  # expect: AMZ005
resp = requests.get(URL)
if resp.ok:
    logging.info("orders %s", resp.json())  # expect: AMZ005
else:
    logging.error("failed: %s", resp.text)
again = requests.get(URL)
if again.status_code == 429:
    logging.warning("throttled: %s", again.text)
logging.info("body %s", again.text)  # expect: AMZ005
''',
"api_client_subclasses_set_their_own_base_path": '''
import logging, requests
class SPAPI:
    BASE_URI = "/"
    endpoint = "https://sellingpartnerapi-eu.amazon.com"
    def make_request(self, path, params=None):
        url = self.endpoint + self.BASE_URI + path
        return requests.get(url, params=params).json()
class Finances(SPAPI):
    BASE_URI = "/finances/v0/"
    def events(self, order_id):
        return self.make_request(f"orders/{order_id}/financialEvents")
class Orders(SPAPI):
    BASE_URI = "/orders/v0/"
    def get_orders(self, **params):
        return self.make_request("orders", params)
for event in Finances().events("1")["payload"]["FinancialEvents"]["ShipmentEventList"]:
    logging.info("charge %s", event)
for order in Orders().get_orders(CreatedAfter="2024-01-01")["payload"]["Orders"]:
    logging.info("order %s", order)  # expect: AMZ005
''',
"tab_separated_rows_in_a_program_that_reads_no_report_column": '''
import csv, logging, sys
with open(sys.argv[1], newline="") as f:
    for row in csv.DictReader(f, delimiter="\\t"):
        logging.info("stock row %s", row)
        print(row["sku"], row["quantity"])
''',
"orders_api_2026_fields_by_name": '''
import requests
URL = "https://sellingpartnerapi-eu.amazon.com/orders/2026-01-01/orders"
r = requests.get(f"{URL}/204-1234567-1234567", params={"includedData": "PACKAGES,FULFILLMENT,BUYER"})
order = r.json().get("order", r.json())
print(order.get("orderId"), (order.get("fulfillment") or {}).get("fulfillmentStatus"))
print((order.get("createdTime") or "")[:10])
print((order.get("buyer") or {}).get("buyerName"))  # expect: AMZ005
for pkg in order.get("packages", []):
    print(pkg.get("trackingNumber"), pkg.get("carrier"), pkg.get("shipTime"), pkg.get("shippingService"))
    print((pkg.get("packageStatus") or {}).get("status"))
''',
"report_loader_helper_called_for_an_order_report_and_an_inventory_file": '''
import pandas as pd
def load(path):
    return pd.read_csv(path, sep="\\t")
orders = load("exports/amazon_orders.txt")
stock = load("exports/inventory.txt")
orders.to_sql("customers", "sqlite:///crm.db")  # expect: AMZ003
stock.to_sql("stock", "sqlite:///crm.db")
''',
"rate_limiter_wrapping_many_sdk_calls_keeps_each_callers_result": '''
import time
from sp_api.api import CatalogItems, Orders
class RateLimiter:
    def __init__(self, per_second):
        self.per_second = per_second
        self.tokens = 1
    def send_request(self, action, *args, **kwargs):
        while self.tokens < 1:
            time.sleep(1)
        try:
            response = action(*args, **kwargs)
        except RuntimeError:
            self.tokens = 0
            return self.send_request(action, *args, **kwargs)
        return response
limiter = RateLimiter(0.5)
catalog = CatalogItems()
orders = Orders()
# scripts at module level: they pass the limiter every SDK method before it is analysed
item = limiter.send_request(catalog.get_catalog_item, asin="B0001")
print(item.payload["salesRanks"])
res = limiter.send_request(orders.get_order_address, order_id="1")
print(res.payload["ShippingAddress"]["Name"])  # expect: AMZ005
info = limiter.send_request(orders.get_order_buyer_info, order_id="1")
print(info.payload["BuyerEmail"])  # expect: AMZ005
status = limiter.send_request(orders.get_order, order_id="1")
print(status.payload["OrderStatus"])
def show_rank(asin):
    found = limiter.send_request(catalog.search_catalog_items, keywords=[asin])
    print(found.payload)
show_rank("B0002")
''',
"report_loader_given_a_path_on_the_command_line": '''
import argparse, csv
def load(path):
    with open(path, newline="") as fh:
        return [row for row in csv.DictReader(fh, delimiter="\\t")]
def emails(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            print(row["buyer-email"])  # expect: AMZ005
            print(row["order-id"], row["sku"])
p = argparse.ArgumentParser()
p.add_argument("report")
args = p.parse_args()
for row in load(args.report):
    print(row["recipient-name"])  # expect: AMZ005
    print(row["quantity-purchased"])
emails("exports/daily.txt")
''',
"buyers_keyed_by_email_with_setdefault": '''
import csv
def load(path):
    buyers = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            entry = buyers.setdefault(row["buyer-email"].lower(), {"orders": 0})
            entry["orders"] += 1
    return buyers
def skus(path):
    counts = {}
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            counts.setdefault(row["sku"], 0)
    return counts
buyers = load("export.txt")
lapsed = {email: info for email, info in buyers.items() if info["orders"] > 1}
for email, info in lapsed.items():
    print(email, info["orders"])  # expect: AMZ005
for info in buyers.values():
    print(info["orders"])
for sku in skus("export.txt"):
    print(sku)
''',
"review_reward_split_over_two_literals": '''
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Mail
from sp_api.api import Orders
REVIEW = ("<p>Leave us a 5-star review on Amazon and reply with a screenshot - "
          "we'll send you a $10 gift card as a thank-you!</p>")
THANKS = ("<p>Thanks for your order. "
          "Your parcel ships today.</p>")
info = Orders().get_order_buyer_info("1").payload
sg = SendGridAPIClient("k")
sg.send(Mail(from_email="a@shop.example", to_emails=info["BuyerEmail"], subject="Hi", html_content=REVIEW))  # expect: AMZ002, AMZ006
sg.send(Mail(from_email="a@shop.example", to_emails=info["BuyerEmail"], subject="Hi", html_content=THANKS))  # expect: AMZ002
''',
"mws_value_helper_called_with_several_keys": '''
import logging
import mws
def _v(node, key):
    item = (node or {}).get(key)
    if isinstance(item, dict):
        return item.get("value")
    return item
def orders():
    resp = mws.Orders("k", "s", "a").list_orders(marketplaceids=["x"], created_after="y")
    return (resp.parsed.get("Orders") or {}).get("Order", [])
for order in orders():
    logging.info("order %s", _v(order, "AmazonOrderId"))
    logging.info("status %s", _v(order, "OrderStatus"))
    logging.info("email %s", _v(order, "BuyerEmail"))  # expect: AMZ005
''',
"one_order_or_a_list_of_orders": '''
import logging
import mws
def orders():
    parsed = mws.Orders("k", "s", "a").list_orders(marketplaceids=["x"], created_after="y").parsed
    found = (parsed.get("Orders") or {}).get("Order", [])
    if isinstance(found, dict):  # one order comes back as a dict, several as a list
        found = [found]
    yield from found
for order in orders():
    logging.info("order %s", order.get("AmazonOrderId"))
    logging.info("email %s", order.get("BuyerEmail"))  # expect: AMZ005
''',
"pending_list_on_self_flushed_by_another_method": '''
from twilio.rest import Client
from sp_api.api import Orders
class Notifier:
    def __init__(self, client: Client, sender: str):
        self._client = client
        self._from = sender
    def text(self, phone, body):
        return self._client.messages.create(to=phone, from_=self._from, body=body).sid  # expect: AMZ002
class Returns:
    def __init__(self, orders: Orders, sms: Notifier):
        self._orders = orders
        self._sms = sms
        self._pending: list[tuple[str, str]] = []
        self._ids: list[str] = []
    def open_case(self, order_id):
        address = self._orders.get_order_address(order_id).payload.get("ShippingAddress", {})
        self._pending.append((address["Phone"], order_id))
        self._ids.append(order_id)
    def flush(self):
        for phone, order_id in self._pending:
            self._sms.text(phone, f"Return for {order_id} approved")
        for order_id in self._ids:
            print(order_id)
''',
"helper_given_a_masked_row_by_its_caller": '''
import csv, hashlib
def show(row):
    print(row["buyer-email"])
with open("orders.txt", newline="") as fh:
    for row in csv.DictReader(fh, delimiter="\\t"):
        masked = {"buyer-email": hashlib.sha256(row["buyer-email"].encode()).hexdigest()}
        show(masked)
''',
"sinks_picked_by_a_config_list_with_a_default": '''
import json, logging, requests
from sp_api.api import Orders
log = logging.getLogger("bus")
class Vendor:
    def publish(self, order):
        requests.post("https://ingest.vendor.example/v2", json={"name": order["ShippingAddress"]["Name"]})  # expect: AMZ004
class LogSink:
    def publish(self, order):
        log.info("order %s", order["AmazonOrderId"])
REGISTRY = {"vendor": lambda cfg: Vendor(), "log": lambda cfg: LogSink()}
class Container:
    def __init__(self, settings):
        self.settings = settings
        self._sinks = []
    def sinks(self):
        if not self._sinks:
            for name in self.settings.get("sinks", ["log"]):
                self._sinks.append(REGISTRY[name](self.settings.get(name, {})))
        return self._sinks
def run(container):
    for order in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        for sink in container.sinks():
            sink.publish(order)
with open("config.json") as fh:
    run(Container(json.load(fh)))
''',
"fastapi_dependencies_typed_with_annotated_and_optional": '''
import logging
from typing import Annotated, Optional
from fastapi import Depends, FastAPI
from sp_api.api import Orders
log = logging.getLogger("api")
app = FastAPI()
class Gateway:
    def buyer(self, order_id):
        return Orders().get_order_buyer_info(order_id).payload
class Audit:
    def record(self, info):
        log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
    def count(self, info):
        log.info("order %s", info["AmazonOrderId"])
def get_gateway():
    return Gateway()
@app.post("/orders/{order_id}")
def sync(order_id: str, gateway: Annotated[Gateway, Depends(get_gateway)], audit: Optional[Audit] = None, other: "Audit | None" = None):
    info = gateway.buyer(order_id)
    audit.record(info)
    audit.count(info)
''',
"handlers_registered_by_a_decorator_into_a_defaultdict": '''
import logging, requests
from collections import defaultdict
from sp_api.api import Orders
log = logging.getLogger("hooks")
_handlers = defaultdict(list)
def on(status):
    def register(fn):
        _handlers[status].append(fn)
        return fn
    return register
def dispatch(status, order):
    for callback in _handlers.get(status, []):
        callback(order)
@on("Canceled")
def ticket(order):
    requests.post("https://desk.example.com/api/tickets", json={"email": order["BuyerInfo"]["BuyerEmail"]})  # expect: AMZ004
@on("Canceled")
def ping(order):
    requests.post("https://hooks.example.com/ping", json={"order": order["AmazonOrderId"]})
for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    dispatch(o["OrderStatus"], o)
''',
"mfn_label_record_keeps_only_carrier_and_tracking": '''
import boto3, logging
from sp_api.api import MerchantFulfillment
log = logging.getLogger("labels")
table = boto3.resource("dynamodb").Table("shipments")
shipment = MerchantFulfillment().create_shipment(ShipmentRequestDetails={}, ShippingServiceId="x").payload
log.info("ship to %s", shipment["ShipToAddress"])  # expect: AMZ005
table.put_item(Item={"shipment_id": shipment["ShipmentId"], "tracking_id": shipment["TrackingId"],
                     "service": shipment["ShippingService"]["ShippingServiceName"],
                     "carrier": shipment["ShippingService"]["CarrierName"]})
''',
"django_signal_receiver_reads_what_the_sync_stored": '''
import csv
from django.core.mail import send_mail
from django.db import models
from django.db.models.signals import post_save
from django.dispatch import receiver
class Order(models.Model):
    order_id = models.CharField(max_length=32)
    buyer_email = models.EmailField()
class Stock(models.Model):
    sku = models.CharField(max_length=32)
    contact = models.EmailField()
def sync(path):
    with open(path) as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            Order.objects.update_or_create(order_id=row["order-id"], defaults={"buyer_email": row["buyer-email"]})  # expect: AMZ003
            Stock.objects.create(sku=row["sku"], contact="ops@shop.example")
@receiver(post_save, sender=Order)
def thank(sender, instance, created, **kwargs):
    send_mail(subject="Thanks", message="Your order ships soon.", from_email="shop@shop.example", recipient_list=[instance.buyer_email])  # expect: AMZ002
@receiver(post_save, sender=Stock)
def restock(sender, instance, created, **kwargs):
    send_mail(subject="Restock", message=instance.sku, from_email="shop@shop.example", recipient_list=[instance.contact])
''',
"mws_xml_parsed_with_elementtree_helpers": '''
import logging, pickle, shelve
import xml.etree.ElementTree as ET
import mws
log = logging.getLogger("mws")
NS = {"o": "https://mws.amazonservices.com/Orders/2013-09-01"}
def _text(el, path):
    node = el.find(path, NS)
    return None if node is None else node.text
def parse(xml_bytes):
    root = ET.fromstring(xml_bytes)
    for order in root.iterfind(".//o:Orders/o:Order", NS):
        yield {"order_id": _text(order, "o:AmazonOrderId"), "status": _text(order, "o:OrderStatus"),
               "name": _text(order, "o:ShippingAddress/o:Name"), "city": order.findtext("o:ShippingAddress/o:City", None, NS)}
body = mws.Orders("k", "s", "a").list_orders(marketplaceids=["x"], created_after="y").original
orders = list(parse(body))
with open("index.pkl", "wb") as fh:
    pickle.dump({o["order_id"]: (o["status"], o["city"]) for o in orders}, fh)
for o in orders:
    log.info("pending for %s", o["name"])  # expect: AMZ005
''',
"buyers_tallied_in_a_defaultdict_keyed_by_contact": '''
import csv
from collections import defaultdict
from openpyxl import Workbook
def tally(path):
    by_contact = defaultdict(lambda: {"orders": 0})
    by_sku = defaultdict(int)
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            by_contact[(row["buyer-name"], row["buyer-email"])]["orders"] += 1
            by_sku[row["sku"]] += 1
    return by_contact, by_sku
contacts, skus = tally("Orders_Q3.txt")
ws = Workbook().active
for (name, email), stats in contacts.items():
    ws.append([name, email, stats["orders"]])  # expect: AMZ003
for sku, units in skus.items():
    ws.append([sku, units])
''',
"contacts_uploaded_in_batches_made_with_islice": '''
import itertools, os
from sendgrid import SendGridAPIClient
from sp_api.api import Orders
def batched(it, n):
    it = iter(it)
    return iter(lambda: list(itertools.islice(it, n)), [])
def sync(sg, orders):
    contacts = [{"email": o["BuyerInfo"]["BuyerEmail"]} for o in orders]
    for batch in batched(contacts, 1000):
        sg.client.marketing.contacts.put(request_body={"contacts": batch})  # expect: AMZ001
    ids = [{"ref": o["AmazonOrderId"]} for o in orders]
    for batch in itertools.takewhile(bool, batched(ids, 1000)):
        sg.client.marketing.contacts.put(request_body={"contacts": batch})
sync(SendGridAPIClient(os.environ["K"]), Orders().get_orders(CreatedAfter="x").payload["Orders"])
''',
"orders_kept_in_a_shelve_opened_with_closing": '''
import contextlib, shelve
from sp_api.api import Orders
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
with contextlib.closing(shelve.open("orders.db")) as db:
    for o in orders:
        db[o["AmazonOrderId"]] = o  # expect: AMZ003
with contextlib.closing(shelve.open("status.db")) as db:
    for o in orders:
        db[o["AmazonOrderId"]] = o["OrderStatus"]
''',
"carrier_label_ledger_keeps_rate_and_tracking": '''
import csv, easypost, os
from sp_api.api import Orders
ep = easypost.EasyPostClient(os.environ["K"])
class Shipper:
    def __init__(self):
        self.done = []
    def buy(self, order_id):
        sa = Orders().get_order_address(order_id).payload["ShippingAddress"]
        shipment = ep.shipment.create(to_address={"name": sa["Name"], "street1": sa["AddressLine1"]})
        bought = ep.shipment.buy(shipment.id, rate=shipment.lowest_rate(carriers=["USPS"]))
        self.done.append({"order_id": order_id, "carrier": bought.selected_rate.carrier,
                          "cost": bought.selected_rate.rate, "tracking": bought.tracking_code})
        self.done.append({"order_id": order_id, "to": bought.to_address})
    def ledger(self):
        with open("ledger.csv", "a", newline="") as fh:
            w = csv.writer(fh)
            for d in self.done:
                w.writerow([d["order_id"], d["carrier"], d["cost"], d["tracking"]])
                w.writerow([d["to"]])  # expect: AMZ003
''',
"report_rows_with_normalised_keys": '''
import csv, requests
def normalise(rows):
    for row in rows:
        yield {key.strip().replace("-", "_"): (value or "").strip() for key, value in row.items()}
with open("Orders_2024.txt", newline="") as fh:
    rows = list(normalise(csv.DictReader(fh, delimiter="\\t")))
for r in rows:
    requests.post("https://bi.example.com/ingest", json={"order": r["order_id"], "sku": r["sku"], "qty": r["quantity_purchased"]})
    requests.post("https://enrich.example.com/people", json={"name": r["recipient_name"]})  # expect: AMZ004
''',
"orders_handed_between_threads_through_a_queue": '''
import json, logging, queue, threading
from sp_api.api import Orders
log = logging.getLogger("pump")
def produce(orders_q, counts_q):
    for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        orders_q.put(o)
        counts_q.put((o["AmazonOrderId"], o["OrderStatus"]))
def archive(orders_q, path):
    with open(path, "a") as fh:
        while True:
            order = orders_q.get()
            fh.write(json.dumps(order) + "\\n")  # expect: AMZ003
def metrics(counts_q):
    while True:
        log.info("status %s", counts_q.get())
def main():
    orders_q, counts_q = queue.Queue(), queue.Queue()
    for t in (threading.Thread(target=produce, args=(orders_q, counts_q)),
              threading.Thread(target=archive, args=(orders_q, "orders.jsonl")),
              threading.Thread(target=metrics, args=(counts_q,))):
        t.start()
''',
"crm_lookup_by_email_in_a_url_helper": '''
import logging, requests
from sp_api.api import Orders
log = logging.getLogger("crm")
def crm_get(url):
    resp = requests.get(url, timeout=10)  # expect: AMZ004
    log.info("CRM %s", resp.status_code)
    return resp.json()
info = Orders().get_order_buyer_info("1").payload
contact = crm_get("https://api.hubapi.com/contacts/v1/contact/email/" + info["BuyerEmail"] + "/profile")
log.info("contact id %s", contact["vid"])
''',
"report_type_named_by_an_implicit_concatenation": '''
import logging
from sp_api.api import Reports
reports = Reports()
reports.create_report(reportType=("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_" "LAST_UPDATE_GENERAL"))
reports.create_report(reportType="GET_MERCHANT_LISTINGS_ALL_DATA")
doc = reports.get_report_document("d", download=True).payload["document"]
logging.info("report %s", doc)  # expect: AMZ005
''',
"session_base_url": '''
import requests
from sp_api.api import Orders
class Crm:
    def __init__(self):
        self.base_url = "https://api.hubcrm.io"
        self.session = requests.Session()
    def push(self, order):
        return self.session.post(f"{self.base_url}/v1/customers", json=order)  # expect: AMZ004
def main():
    for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        Crm().push(o)
''',
"load_all_pages": '''
import logging
from sp_api.api import Orders
from sp_api.util import load_all_pages, throttle_retry
log = logging.getLogger("x")
@throttle_retry()
@load_all_pages()
def load_all_orders(**kwargs):
    return Orders().get_orders(**kwargs)
for page in load_all_orders(LastUpdatedAfter="2024-01-01"):
    for order in page.payload.get("Orders"):
        log.info("order: %s", order)  # expect: AMZ005
        log.info("status %s", order.get("OrderStatus"))
''',
"mime_smtp": '''
import smtplib
from email.mime.text import MIMEText
from sp_api.api import Orders
def notify(order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    msg = MIMEText("Your order shipped! Leave us a review and get 15% off: https://myshop.example/r")
    msg["To"] = info["BuyerEmail"]
    with smtplib.SMTP_SSL("smtp.myshop.example") as server:
        server.login("u", "p")
        server.sendmail("shop@myshop.example", info["BuyerEmail"], msg.as_string())  # expect: AMZ002 AMZ006
''',
"df_from_orders": '''
import pandas as pd
from sp_api.api import Orders
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
df = pd.DataFrame(orders)
df.to_csv("orders.csv")  # expect: AMZ003
pd.DataFrame([{"id": o["AmazonOrderId"]} for o in orders]).to_csv("ids.csv")
''',
"alias_import": '''
from sp_api.api import Orders as OrdersApi
from sp_api.base import Marketplaces
api = OrdersApi(credentials={}, marketplace=Marketplaces.UK)
resp = api.get_order_address("1")
addr = resp.payload.get("ShippingAddress", {})
print(addr.get("AddressLine1"))  # expect: AMZ005
print(addr.get("City"), addr.get("PostalCode"))
''',
"sqlalchemy_model": '''
from sqlalchemy.orm import Session
from sp_api.api import Orders
class Buyer:
    def __init__(self, name, email):
        self.name = name
        self.email = email
def save(session: Session, oid):
    info = Orders().get_order_buyer_info(oid).payload
    session.add(Buyer(info["BuyerName"], info["BuyerEmail"]))  # expect: AMZ003
    session.commit()
''',
"kwargs_helper": '''
import logging
from sp_api.api import Orders
def log_event(event, **fields):
    logging.getLogger("ev").info("%s %s", event, fields)  # expect: AMZ005
def run(oid):
    info = Orders().get_order_buyer_info(oid).payload
    log_event("fetched", order_id=oid, buyer=info.get("BuyerName"))
    log_event("fetched2", order_id=oid)
''',

"error_logging": '''
import logging, os, requests
from sp_api.api import Orders
from sp_api.base import SellingApiException
log = logging.getLogger(__name__)
def sync():
    try:
        res = Orders().get_orders(CreatedAfter="x")
    except SellingApiException as e:
        log.error("SP-API failed: %s", e)
        return
    orders = res.payload.get("Orders", [])
    log.info("fetched %d orders, next token %s", len(orders), res.next_token)
    for o in orders:
        requests.post(os.environ["SLACK_WEBHOOK"], json={"text": f"New order {o['AmazonOrderId']} ({o['OrderTotal']['Amount']})"})
        if o.get("BuyerInfo", {}).get("BuyerEmail") is not None:
            log.debug("order %s has buyer info", o["AmazonOrderId"])
        log.info("ship by %s via %s", o["LatestShipDate"], o["ShipmentServiceLevelCategory"])
''',
"inventory_report": '''
import csv, io
from sp_api.api import Reports
from sp_api.base import ReportType
def stock():
    r = Reports()
    rep = r.create_report(reportType=ReportType.GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA)
    doc = r.get_report_document(rep.payload["reportDocumentId"], download=True).payload["document"]
    with open("stock.csv", "w") as fh:
        w = csv.writer(fh)
        for row in csv.DictReader(io.StringIO(doc), delimiter="\\t"):
            w.writerow([row["sku"], row["afn-fulfillable-quantity"]])
            print(row)
''',
"catalog_only": '''
import logging
from sp_api.api import CatalogItems, Products
log = logging.getLogger(__name__)
item = CatalogItems().get_catalog_item("B0000")
log.info("item %s", item.payload)
price = Products().get_item_offers("B0000", item_condition="New")
log.info("offers %s", price.payload)
''',
"own_signup": '''
import mailchimp_marketing
from flask import Flask, request
app = Flask(__name__)
mc = mailchimp_marketing.Client()
@app.route("/signup", methods=["POST"])
def signup():
    email = request.form["email"]
    mc.lists.add_list_member("l", {"email_address": email, "status": "subscribed"})
    app.logger.info("new signup %s", email)
    return "ok"
''',
"keys_from_a_constant_tuple": '''
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
def show(order_id):
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    log.info("city {City} {PostalCode}".format(**{k: addr[k] for k in ("City", "PostalCode")}))
    for k in ("City", "StateOrRegion"):
        log.info("%s", addr.get(k))
        log.info("%s", addr[k])
    for k in ("City", "Name"):
        log.info("%s", addr[k])  # expect: AMZ005
    for k in ("City", "AddressLine1"):
        log.info("%s", addr.get(k, ""))  # expect: AMZ005
''',
"report_path_as_a_default": '''
import csv
import pandas as pd
REPORT = "exports/AllOrders.txt"
def load(path="data/amazon_orders.tsv"):
    return pd.read_csv(path, sep="\\t")
def rows(path=REPORT):
    with open(path) as fh:
        return list(csv.DictReader(fh, delimiter="\\t"))
def stock(path="data/inventory.csv"):
    return pd.read_csv(path)
load().to_sql("orders", "sqlite:///crm.db")  # expect: AMZ003
for r in rows():
    print(r)  # expect: AMZ005
stock().to_sql("stock", "sqlite:///crm.db")
''',
"calls_inside_conditions": '''
import logging
import requests
from sp_api.api import Orders
log = logging.getLogger(__name__)
def notify(info):
    return requests.post("https://crm.example.com/c", json={"e": info["BuyerEmail"]}).status_code  # expect: AMZ004
def sent(o):
    return requests.post("https://crm2.example.com/c", json=o).ok  # expect: AMZ004
def run(oid):
    info = Orders().get_order_buyer_info(oid).payload
    if (email := info.get("BuyerEmail")) is not None:
        log.info("%s", email)  # expect: AMZ005
    if notify(info) != 200:
        log.info("failed for %s", oid)
    if not requests.post("https://crm3.example.com/c", json=info).ok:  # expect: AMZ004
        log.info("retry later")
    orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
    done = [o["AmazonOrderId"] for o in orders if sent(o)]
    emails = [e for o in orders if (e := o["BuyerInfo"]["BuyerEmail"])]
    log.info("%s", emails)  # expect: AMZ005
    ids = [o["AmazonOrderId"] for o in orders if o["OrderStatus"] == "Shipped"]
    log.info("%s %s", ids, done)
    first = "x" if log.info("%s", orders[0]["BuyerInfo"]) else "y"  # expect: AMZ005
''',
"pager_class_with_iter": '''
import redis
from sp_api.api import Orders
r = redis.Redis()
class Pager:
    def __init__(self, since):
        self.since = since
    def __iter__(self):
        for o in Orders().get_orders(CreatedAfter=self.since).payload["Orders"]:
            yield o
class Ids:
    def __iter__(self):
        return iter(["a", "b"])
for order in Pager("2024-01-01"):
    r.set("a", str(order["ShippingAddress"]))  # expect: AMZ003
    r.set("status", order["OrderStatus"])
for order in iter(Pager("2024-01-01")):
    r.set("b", str(order["ShippingAddress"]))  # expect: AMZ003
for i in Ids():
    r.set("id", i)
''',
"match_statement_captures": '''
import logging
from dataclasses import dataclass
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class Buyer:
    email: str
    status: str
def route(order_id):
    order = Orders().get_order(order_id).payload
    match order:
        case {"OrderStatus": "Canceled", "AmazonOrderId": oid}:
            log.info("canceled %s", oid)
        case {"ShippingAddress": addr, **rest}:
            log.info("ship to %s", addr)  # expect: AMZ005
            log.info("rest %s", rest)  # expect: AMZ005
        case other:
            log.info("other %s", other)  # expect: AMZ005
    match order["BuyerInfo"]["BuyerEmail"], order["OrderStatus"]:
        case (email, "Shipped"):
            log.info("shipped to %s", email)  # expect: AMZ005
        case (_, status):
            log.info("status %s", status)
    match Buyer(order["BuyerInfo"]["BuyerEmail"], order["OrderStatus"]):
        case Buyer(status="Shipped", email=e):
            log.info("buyer %s", e)  # expect: AMZ005
        case Buyer(status=s):
            log.info("status %s", s)
    match Buyer(order["BuyerInfo"]["BuyerEmail"], order["OrderStatus"]):
        case Buyer(e2, "Pending"):
            log.info("pending %s", e2)  # expect: AMZ005
        case Buyer(_, s2):
            log.info("status %s", s2)
    match order["OrderStatus"]:
        case str(text):
            log.info("status %s", text)
''',
"feed_upload_to_amazons_presigned_url": '''
import json
import requests
from sp_api.api import Feeds, Orders
def confirm_shipments(tracking):
    orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
    doc = Feeds().create_feed_document(file=None, content_type="application/json").payload
    messages = [{"orderId": o["AmazonOrderId"], "shipTo": o.get("ShippingAddress")} for o in orders]
    requests.put(doc["url"], data=json.dumps({"messages": messages}))
    upload = requests.get("https://files.partner.example/slot").json()["upload_url"]
    requests.put(upload, data=json.dumps(messages))  # expect: AMZ004
''',
"pandas_pivot_of_public_columns": '''
import pandas as pd
def load(path="data/Amazon-fulfilled-shipments.tsv"):
    return pd.read_csv(path, sep="\\t")
df = load()
df.pivot_table(index="sku", values="quantity-shipped", aggfunc="sum").to_sql("sales", "sqlite:///w.db")
df.filter(items=["sku", "quantity-shipped"]).to_sql("stock", "sqlite:///w.db")
df.pivot_table(index="buyer-email", values="quantity-shipped").to_sql("per_buyer", "sqlite:///w.db")  # expect: AMZ003
df.filter(items=["sku", "recipient-name"]).to_sql("names", "sqlite:///w.db")  # expect: AMZ003
''',
"model_str_fetches_the_buyer": '''
import logging
from sp_api.api import Orders
log = logging.getLogger("orders")
class AmazonOrder:
    def __init__(self, order_id):
        self._id = order_id
        self._info = None
    @property
    def info(self):
        if self._info is None:
            self._info = Orders().get_order_buyer_info(self._id).payload
        return self._info
    def __str__(self):
        return f"AmazonOrder({self._id}, {self.info['BuyerEmail']})"
    def __repr__(self):
        return f"<AmazonOrder {self._id}>"
class Shipment:
    def __init__(self, order_id):
        self.order_id = order_id
    def __str__(self):
        return f"shipment of {self.order_id}"
def report(order_ids):
    for oid in order_ids:
        o = AmazonOrder(oid)
        log.info("loaded %s", o)  # expect: AMZ005
        log.info("loaded %s", str(o))  # expect: AMZ005
        log.info(f"loaded {o}")  # expect: AMZ005
        log.info("loaded %r", repr(o))
        log.info("shipping %s", Shipment(oid))
''',
"defaults_apply_where_left_out": '''
import logging
import pandas as pd
from sp_api.api import Orders
log = logging.getLogger(__name__)
def pick(payload, key="BuyerEmail"):
    return payload.get(key, "")
def contact(payload, key="BuyerEmail"):
    return payload.get(key, "")
def load(path="amazon_orders.txt"):
    return pd.read_csv(path, sep="\\t")
info = Orders().get_order_buyer_info("1").payload
log.info("order %s", pick(info, "AmazonOrderId"))
log.info("buyer %s", contact(info))  # expect: AMZ005
log.info("%s", load("fba_inventory.csv").head())
''',
"membership_guard_narrows_the_key": '''
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
SAFE = ("id", "status")
for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
    rec = {"id": o["AmazonOrderId"], "status": o["OrderStatus"], "email": o["BuyerInfo"]["BuyerEmail"]}
    for k in rec:
        if k in SAFE:
            log.info("%s=%s", k, rec[k])
        if k == "status":
            log.info("%s", rec[k])
        if k == "email":
            log.info("%s", rec[k])  # expect: AMZ005
''',
"exported_text_keeps_its_data": '''
import logging
import pandas as pd
import requests
import yaml
from sp_api.api import Orders
log = logging.getLogger(__name__)
df = pd.read_csv("amazon_orders.txt", sep="\\t")
requests.post("https://hooks.zapier.com/hooks/catch/1/abc", data=df.to_csv(index=False))  # expect: AMZ004
log.info("%s", df.to_json(orient="records"))  # expect: AMZ005
log.info("%s", yaml.safe_dump(Orders().get_order_buyer_info("1").payload))  # expect: AMZ005
df.pivot_table(index="order-id", aggfunc="first").to_sql("firsts", "sqlite:///w.db")  # expect: AMZ003
''',

"print_into_an_open_file_is_storage": '''
import sys
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
def dump(row, out):
    print(row["AmazonOrderId"], row["BuyerEmail"], sep="\\t", file=out)  # expect: AMZ005
def emit(v, out=None):
    print(v, file=out)  # expect: AMZ005
with open("buyers.tsv", "a") as fh:
    print(info["BuyerEmail"], file=fh)  # expect: AMZ003
    print(info["AmazonOrderId"], file=fh)
    dump(info, fh)  # a helper's parameter is the console: its type comes from every caller
emit(info["BuyerEmail"])
emit(info["AmazonOrderId"], open("ids.txt", "w"))
def export(rows, path):
    with open(path, "w") as out:
        for r in rows:
            print(r["BuyerEmail"], file=out)  # expect: AMZ003
export([info], "buyers.txt")
print(info["BuyerEmail"], file=sys.stderr)  # expect: AMZ005
print("skipped", info["AmazonOrderId"], file=sys.stderr)
''',
"report_columns_read_by_a_helper_of_a_generator": '''
import csv
import sys
def read_orders(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            yield row
def candidates(rows):
    for row in rows:
        yield {"email": (row.get("buyer-email") or "").lower(), "sku": row.get("sku")}
for c in candidates(read_orders(sys.argv[1])):
    print(c["email"])  # expect: AMZ005
    print(c["sku"])
''',
"a_column_name_read_from_an_order_id_is_not_a_column": '''
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
import shelve
def remind(order_id):
    rec = shelve.open("orders.db").get(order_id)  # a library call: its result carries the id
    log.info("reminding %s", rec.buyer_email)
for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    remind(o["AmazonOrderId"])
''',
"promo_text_from_a_helper_to_a_recipient_from_its_caller": '''
from twilio.rest import Client
from sp_api.api import Orders
def send(to, text):
    Client().messages.create(to=to, from_="+15550100", body=text)  # expect: AMZ002 AMZ006
def notify(to):
    send(to, "Shipped! Get 15% off your next order with code SHIP15")
def notify_plain(to):
    send(to, "Your order has shipped.")
phone = Orders().get_order_address("1").payload["ShippingAddress"]["Phone"]
notify(phone)
notify_plain(phone)
''',
"public_members_of_a_carrier_object_made_from_the_address": '''
import logging
import easypost
from sp_api.api import Orders
log = logging.getLogger(__name__)
client = easypost.EasyPostClient("key")
addr = Orders().get_order_address("1").payload["ShippingAddress"]
to = {"name": addr["Name"], "street1": addr["AddressLine1"], "zip": addr["PostalCode"]}
shipment = client.shipment.create(to_address=to, from_address={"zip": "89502"})
label = client.shipment.buy(shipment.id, rate=shipment.lowest_rate())
log.info("label %s tracking %s", label.id, label.tracking_code)
log.info("bought %s", label)  # expect: AMZ005
log.info("shipping to %s", shipment.to_address)  # expect: AMZ005
''',

"curl_run_as_a_command": '''
import os
import subprocess
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
email = info["BuyerEmail"]
cmd = ["/usr/bin/curl", "-s"]
cmd += ["-d", f"email={email}", "https://hooks.crm.example/new"]
subprocess.run(cmd, check=True)  # expect: AMZ004
os.system(f"wget --post-data='e={email}' https://lists.example.net/add")  # expect: AMZ004
subprocess.run(["curl", "-d", info["AmazonOrderId"], "https://hooks.crm.example/new"])
subprocess.run(["grep", "-c", email, "shipped.log"])
''',

"public_names_on_other_libraries_keep_the_data": '''
import logging
import pandas as pd
import mycrm
from google.cloud import firestore
from sp_api.api import Orders
log = logging.getLogger(__name__)
email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
ref = firestore.Client().collection("buyers").document(email)
log.info("buyer doc %s", ref.id)  # expect: AMZ005
pd.DataFrame([{"id": email}])["id"].to_csv("ids.csv")  # expect: AMZ003
r = mycrm.upsert_contact(email=email)
log.info("crm said %s", r["errors"])  # expect: AMZ005
''',

"executor_futures_stand_for_what_the_function_returns": '''
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from sp_api.api import Orders
log = logging.getLogger(__name__)
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
def label(order):
    return order["AmazonOrderId"]
def contact(order):
    return order["BuyerInfo"]["BuyerEmail"]
with ThreadPoolExecutor(max_workers=4) as pool:
    futures = {pool.submit(label, o): o["AmazonOrderId"] for o in orders}
    for fut in as_completed(futures):
        log.info("labelled %s: %s", futures[fut], fut.result())
    log.info("contact %s", pool.submit(contact, orders[0]).result())  # expect: AMZ005
''',
"a_partial_handed_to_an_executor_runs": '''
import logging
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from sp_api.api import Orders
log = logging.getLogger(__name__)
def work(order, carrier):
    log.info("%s via %s", order, carrier)  # expect: AMZ005
with ThreadPoolExecutor() as pool:
    for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
        pool.submit(partial(work, carrier="UPS"), o)
''',

"a_dict_keyed_by_computed_keys_keeps_keys_and_values_apart": '''
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
api = Orders()
orders = api.get_orders(CreatedAfter="x").payload["Orders"]
ids = [o["AmazonOrderId"] for o in orders]
per_order = {oid: api.get_order_items_buyer_info(oid).payload["OrderItems"] for oid in ids}
for oid, items in per_order.items():
    log.info("order %s has %d items", oid, len(items))
    log.info("items %s", items)  # expect: AMZ005
by_email = {o["BuyerInfo"]["BuyerEmail"]: o["AmazonOrderId"] for o in orders}
for email in by_email:
    log.info("buyer %s", email)  # expect: AMZ005
for email in by_email.keys():
    log.info("buyer %s", email)  # expect: AMZ005
for email, oid in by_email.items():
    log.info("order %s", oid)
    log.info("buyer %s", by_email[email])
for oid in by_email.values():
    log.info("order %s", oid)
index = {}
for o in orders:
    index[o["BuyerInfo"]["BuyerEmail"]] = o["AmazonOrderId"]
log.info("orders %s", list(index.values()))
for email in index:
    log.info("buyer %s", email)  # expect: AMZ005
def remember(seen, email, oid):
    seen[email] = oid
seen = {}
remember(seen, orders[0]["BuyerInfo"]["BuyerEmail"], "1")
log.info("seen %s", seen)  # expect: AMZ005
''',

"grouped_with_setdefault": '''
import json
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
by_buyer = {}
by_status = {}
for o in orders:
    by_buyer.setdefault(o["BuyerInfo"]["BuyerEmail"], []).append(o["AmazonOrderId"])
    by_status.setdefault(o["OrderStatus"], []).append(o["BuyerInfo"]["BuyerName"])
for email in by_buyer:
    log.info("buyer %s", email)  # expect: AMZ005
for ids in by_buyer.values():
    log.info("orders %s", ids)
with open("by_status.json", "w") as fh:
    json.dump(by_status, fh)  # expect: AMZ003
''',
"clients_handed_on_in_a_context_dict": '''
import json
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
HANDLERS = {}
def on(kind):
    def register(fn):
        HANDLERS.setdefault(kind, []).append(fn)
        return fn
    return register
@on("ORDER_CHANGE")
def order_changed(payload, orders, table):
    order = orders.get_order(payload["AmazonOrderId"]).payload
    log.info("changed %s", order)  # expect: AMZ005
    table.put(order["AmazonOrderId"])
def dispatch(notification, **context):
    for handler in HANDLERS.get(notification["NotificationType"], []):
        handler(notification["Payload"], **context)
def poll(messages, table):
    orders = Orders()
    for m in messages:
        dispatch(json.loads(m), orders=orders, table=table)
''',

"aggregates_by_region_keep_only_keys_and_what_they_do_not_count": '''
import io
import logging
import pandas as pd
from sp_api.api import Reports
log = logging.getLogger(__name__)
doc = Reports().get_report_document("d", download=True).payload["document"]
df = pd.read_csv(io.StringIO(doc), sep="\\t")
by_state = df.groupby("ship-state").agg(orders=("order-id", "nunique"), revenue=("item-price", "sum")).reset_index()
by_state.to_csv("by_state.csv", index=False)
df.groupby("ship-state")["item-price"].sum().to_csv("revenue.csv")
df.assign(zip3=df["ship-postal-code"].str[:3]).groupby("zip3").agg(n=("order-id", "count")).to_csv("zip3.csv")
df.groupby("buyer-email").size().to_csv("repeat_buyers.csv")  # expect: AMZ003
df.groupby("ship-state").agg(names=("buyer-name", list)).to_csv("names.csv")  # expect: AMZ003
df.groupby("ship-state").first().to_csv("firsts.csv")  # expect: AMZ003
for state, rows in df.groupby("ship-state"):
    rows.to_csv(f"{state}.csv")  # expect: AMZ003
    log.info("%s: %d rows", state, len(rows))
''',

"itertools_groupby_keys_are_what_the_key_function_returns": '''
import hashlib
import hmac
import logging
from itertools import groupby
from sp_api.api import Orders
log = logging.getLogger(__name__)
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
def fingerprint(o):
    return hmac.new(b"k", o["BuyerInfo"]["BuyerEmail"].encode(), hashlib.sha256).hexdigest()
for status, group in groupby(sorted(orders, key=lambda o: o["OrderStatus"]), key=lambda o: o["OrderStatus"]):
    log.info("%s: %d orders", status, len(list(group)))
    for o in group:
        log.info("order %s", o)  # expect: AMZ005
for fp, group in groupby(orders, fingerprint):
    log.info("duplicate group %s", fp)
for email, group in groupby(orders, key=lambda o: o["BuyerInfo"]["BuyerEmail"]):
    log.info("buyer %s", email)  # expect: AMZ005
''',

"dict_views_keep_named_parts_and_computed_keys": '''
import csv
import logging
from collections import defaultdict
from sp_api.api import Orders
log = logging.getLogger(__name__)
info = Orders().get_order_buyer_info("1").payload
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
row = {"email": info["BuyerEmail"], "id": info["AmazonOrderId"]}
with open("x.csv", "w") as fh:
    csv.writer(fh).writerow(row.values())  # expect: AMZ003
log.info("%s", ",".join(row.values()))  # expect: AMZ005
log.info("%s", row.items())  # expect: AMZ005
def dump_keys(d):
    for k in d:
        log.info("key %s", k)  # expect: AMZ005
dump_keys({o["BuyerInfo"]["BuyerEmail"]: o["AmazonOrderId"] for o in orders})
by_buyer = defaultdict(list)
for o in orders:
    by_buyer[o["BuyerInfo"]["BuyerEmail"]].append(o["AmazonOrderId"])
for email, ids in by_buyer.items():
    log.info("ids %s", ids)
for email in by_buyer:
    log.info("buyer %s", email)  # expect: AMZ005
''',
"futures_take_keyword_arguments_and_carry_exceptions": '''
import logging
from concurrent.futures import ThreadPoolExecutor, as_completed
from sp_api.api import Orders
log = logging.getLogger(__name__)
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
def email(order):
    return order["BuyerInfo"]["BuyerEmail"]
def ship(order):
    if not order.get("ShippingAddress"):
        raise RuntimeError("no address for " + order["BuyerInfo"]["BuyerEmail"])
    return order["AmazonOrderId"]
with ThreadPoolExecutor() as pool:
    log.info("%s", pool.submit(email, order=orders[0]).result())  # expect: AMZ005
    for fut in as_completed([pool.submit(ship, o) for o in orders]):
        if fut.exception():
            log.error("failed: %s", fut.exception())  # expect: AMZ005
''',
"groupby_runs_what_it_is_given": '''
import io
import logging
import pandas as pd
import requests
from sp_api.api import Reports
log = logging.getLogger(__name__)
doc = Reports().get_report_document("d", download=True).payload["document"]
df = pd.read_csv(io.StringIO(doc), sep="\\t")
def push(group):
    requests.post("https://crm.example.com/bulk", json=group.to_dict())  # expect: AMZ004
    return len(group)
df.groupby("sku").apply(push)
df["orders_by_buyer"] = df.groupby("buyer-email")["order-id"].transform("count")
df[["order-id", "orders_by_buyer"]].to_csv("counts.csv")
df.assign(e=lambda d: d["buyer-email"].str.lower())[["order-id", "e"]].to_csv("emails.csv")  # expect: AMZ003
''',

"helpers_read_the_callers_dict_views": '''
import asyncio
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
info = Orders().get_order_buyer_info("1").payload
def dump(d):
    for v in d.values():
        log.info("%s", v)  # expect: AMZ005
def dump_pairs(d):
    for k, v in d.items():
        log.info("%s=%s", k, v)  # expect: AMZ005
dump({"e": info["BuyerEmail"]})
dump_pairs({"e": info["BuyerEmail"]})
def work(x):
    raise ValueError(x)
async def main():
    try:
        await asyncio.to_thread(work, info["BuyerEmail"])
    except ValueError as e:
        log.info("failed: %s", e)  # expect: AMZ005
''',

"print_into_a_text_buffer_fills_the_buffer": '''
import io
import requests
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
report = io.StringIO()
print("order", info["AmazonOrderId"], file=report)
summary = io.StringIO()
print("orders today: 1", file=summary)
print("buyer", info["BuyerEmail"], file=report)
requests.post("https://hooks.slack.example/daily", data=report.getvalue())  # expect: AMZ004
requests.post("https://hooks.slack.example/daily", data=summary.getvalue())
''',

"a_helper_given_a_list_of_records_knows_their_class": '''
import logging
from dataclasses import dataclass
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class Rec:
    order_id: str
    buyer_email: str = ""
    def public(self):
        return {"order_id": self.order_id}
    def private(self):
        return {"email": self.buyer_email}
def load(oid):
    c = Orders()
    return Rec(c.get_order(oid).payload["AmazonOrderId"], c.get_order_buyer_info(oid).payload["BuyerEmail"])
def show(recs):
    for r in recs:
        log.info("public %s", r.public())
        log.info("private %s", r.private())  # expect: AMZ005
show([load(oid) for oid in ("1", "2")])
''',

"getattr_over_a_tuple_of_public_field_names": '''
import logging
from dataclasses import dataclass
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class Rec:
    order_id: str
    status: str
    buyer_email: str = ""
    PUBLIC = ("order_id", "status")
    EVERYTHING = ("order_id", "status", "buyer_email")
    def public(self):
        return {name: getattr(self, name) for name in self.PUBLIC}
    def everything(self):
        return {name: getattr(self, name) for name in self.EVERYTHING}
info = Orders().get_order_buyer_info("1").payload
rec = Rec("1", "Shipped", info["BuyerEmail"])
log.info("%s", rec.public())
log.info("%s", rec.everything())  # expect: AMZ005
''',

"a_helper_prints_an_object_whose_str_hides_the_buyer": '''
import json, logging
from dataclasses import asdict, dataclass
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class Rec:
    order_id: str
    buyer_email: str = ""
    def __repr__(self):
        return f"Rec(order_id={self.order_id!r})"
    __str__ = __repr__
@dataclass
class Plain:
    order_id: str
    buyer_email: str = ""
def show(rec):
    log.info("record %s", rec)
def show_plain(rec):
    log.info("record %s", rec)  # expect: AMZ005
def archive(rec, fh):
    fh.write(json.dumps(asdict(rec)) + "\\n")  # expect: AMZ003
info = Orders().get_order_buyer_info("1").payload
show(Rec("1", info["BuyerEmail"]))
show_plain(Plain("1", info["BuyerEmail"]))
with open("archive.jsonl", "a") as fh:
    archive(Rec("1", info["BuyerEmail"]), fh)
''',

"helpers_that_drop_empty_values_keep_every_other_key": '''
import logging, time
import boto3
from sp_api.api import Orders
log = logging.getLogger(__name__)
table = boto3.resource("dynamodb").Table("orders")
def by_key(item):
    return {k: item[k] for k in item if item[k] is not None}
def by_keys_view(item):
    return {k: item[k] for k in item.keys() if k != "ttl"}
def by_items(item):
    return {k: v for k, v in item.items() if v not in (None, "")}
def key_names(item):
    for key in item:
        log.info("field %s", key)
def load(oid):
    o = Orders().get_order(oid).payload
    return {"order_id": oid, "buyer_email": (o.get("BuyerInfo") or {}).get("BuyerEmail")}
def put_order(order):
    table.put_item(Item=by_key(order))  # expect: AMZ003
    table.put_item(Item=by_keys_view(order))  # expect: AMZ003
    table.put_item(Item=by_items(order))  # expect: AMZ003
    key_names(order)
def put_status(order_id):
    # a caller whose dict holds an object (int()) under one key names that key for the helpers
    item = {"order_id": order_id, "updated_at": int(time.time())}
    table.put_item(Item=by_key(item))
    table.put_item(Item=by_keys_view(item))
    table.put_item(Item=by_items(item))
def handler(event, context):
    put_status(event["id"])
    put_order(load(event["id"]))
''',

"an_orm_model_built_from_a_dict_a_helper_is_given": '''
from datetime import datetime
from sqlalchemy import Column, String, create_engine
from sqlalchemy.orm import declarative_base, sessionmaker
from sp_api.api import Orders
Base = declarative_base()
class OrderRow(Base):
    __tablename__ = "orders"
    order_id = Column(String(32), primary_key=True)
    buyer_email = Column(String(255))
Session = sessionmaker(bind=create_engine("sqlite:///orders.db"))
def save(session, rec):
    session.add(OrderRow(**rec))  # expect: AMZ003
def save_status(session, rec):
    session.add(OrderRow(**rec))
def sync(oid):
    o = Orders().get_order(oid).payload
    with Session.begin() as session:
        save(session, dict(order_id=oid, buyer_email=o["BuyerInfo"]["BuyerEmail"], at=datetime.now()))
        save_status(session, {"order_id": oid, "status": o["OrderStatus"]})
''',

"a_function_named_as_a_sanitizer_still_runs_its_body": '''
import logging, sqlite3
import pandas as pd
from sp_api.api import Orders
log = logging.getLogger(__name__)
PII = ["buyer-email", "buyer-name", "ship-address-1"]
def anonymised(df):
    return df.drop(columns=[c for c in PII if c in df.columns])
def mask_email(e):
    return e[:2] + "***"
def redact(order):
    safe = order.copy()
    safe["BuyerEmail"] = "***"
    return safe
def mask_phone(phone):
    masked = "*" * 6 + phone[-2:]
    log.debug("masked phone -> %s", masked)
    return masked
frame = pd.read_csv("amazon_orders.txt", sep="\\t")
anonymised(frame).to_parquet("orders.parquet")
info = Orders().get_order_buyer_info("1").payload
log.info("buyer %s", mask_email(info["BuyerEmail"]))
db = sqlite3.connect("crm.db")
db.execute("INSERT INTO buyers VALUES (?)", (mask_email(info["BuyerEmail"]),))  # expect: AMZ003
log.info("order %s", redact(info))
log.info("phone %s", mask_phone(info["BuyerPhone"]))
db.execute("INSERT INTO buyers VALUES (?)", (info["BuyerEmail"],))  # expect: AMZ003
''',

"rows_handed_to_a_helper_that_drops_personal_keys": '''
import csv, logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
PERSONAL = frozenset({"buyer_email", "buyer_name"})
SAFE = ("order_id", "status")
def strip_personal(row):
    return {k: v for k, v in row.items() if k not in PERSONAL}
def only_safe(row):
    return {k: row[k] for k in row if k in SAFE}
def normalise(o):
    return {"order_id": o["AmazonOrderId"], "status": o["OrderStatus"],
            "buyer_email": o["BuyerInfo"]["BuyerEmail"], "buyer_name": o["BuyerInfo"]["BuyerName"]}
def write_daily(rows, path):
    with open(path, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["order_id", "status"])
        for row in rows:
            w.writerow(strip_personal(row))
            log.info("row %s", only_safe(row))
            log.info("raw %s", row)  # expect: AMZ005
def main():
    payload = Orders().get_orders(CreatedAfter="2024-01-01").payload
    write_daily([normalise(o) for o in payload["Orders"]], "daily.csv")
    for o in payload["Orders"]:
        log.info("order %s", strip_personal(o))  # expect: AMZ005
''',

"a_method_returning_asdict_of_itself_is_the_data_not_the_object": '''
import logging
from dataclasses import asdict, dataclass
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class BuyerOrder:
    order_id: str
    buyer_email: str = ""
    def to_dict(self):
        return asdict(self)
    def __repr__(self):
        return f"BuyerOrder({self.order_id!r})"
info = Orders().get_order_buyer_info("1").payload
order = BuyerOrder("1", info["BuyerEmail"])
log.info("stored %r", order)
log.debug("detail %s", order.to_dict())  # expect: AMZ005
''',

"a_property_of_a_nested_record_read_in_another_class": '''
import csv, logging
from dataclasses import dataclass
log = logging.getLogger(__name__)
@dataclass
class ShipTo:
    name: str
    line1: str
    phone: str = ""
    @property
    def full_address(self):
        return ", ".join(p for p in [self.name, self.line1] if p)
    @property
    def masked_phone(self):
        return "*" * 6 + self.phone[-2:]
@dataclass
class Record:
    order_id: str
    ship_to: ShipTo
def records(path):
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            yield Record(row["order-id"], ShipTo(row["recipient-name"], row["ship-address-1"], row["ship-phone-number"]))
class Run:
    def check(self, record):
        log.warning("undeliverable: %s", record.ship_to.full_address)  # expect: AMZ005
        log.info("call-back number %s", record.ship_to.masked_phone)
def main(path):
    run = Run()
    for r in records(path):
        run.check(r)
''',

"a_subclass_selects_its_class_column_list": '''
import pandas as pd
class Job:
    def handle(self, df):
        raise NotImplementedError
class Velocity(Job):
    COLUMNS = ["order-id", "sku", "quantity-purchased"]
    def handle(self, df):
        df[self.COLUMNS].to_parquet("velocity.parquet")
class Backup(Job):
    def handle(self, df):
        df.to_csv("backup.csv")  # expect: AMZ003
frame = pd.read_csv("amazon_orders.txt", sep="\\t")
for job in (Velocity(), Backup()):
    job.handle(frame)
''',

"review_of_the_thirteenth_pass": '''
import json, logging, os, argparse, requests
import pandas as pd
from pydantic import BaseModel
from sp_api.api import Orders, Reports
log = logging.getLogger(__name__)
class OrderOut(BaseModel):
    AmazonOrderId: str
    OrderStatus: str
class Rec:
    def __init__(self, oid, email):
        self.oid = oid
        self.email = email
    def __str__(self):
        return f"Rec({self.oid})"
SAFE = ("order_id", "status")
DEFAULT = ("oid",)
def publish(order):
    out = OrderOut(**order)
    requests.post("https://partner.example.com/orders", json=out.model_dump())
def export(x):
    requests.post("https://crm.example.com/contacts", data=f"contact={x}")  # expect: AMZ004
def enrich_and_filter(row, info):
    row["buyer_email"] = info["BuyerEmail"]
    return {k: v for k, v in row.items() if k in SAFE}
def pick(rec, fields=None):
    names = fields or DEFAULT
    return {n: getattr(rec, n) for n in names}
def download(path):
    Reports().get_report_document("d", download=True, file=str(path))  # expect: AMZ003
    return path
order = Orders().get_order("1").payload
info = Orders().get_order_buyer_info("1").payload
publish(order)
export(Rec("1", info["BuyerEmail"]) if os.environ.get("STRUCT") else info["BuyerEmail"])
r = {"order_id": info["AmazonOrderId"], "status": "Shipped"}
log.info("safe %s", enrich_and_filter(r, info))
log.info("row %s", r)  # expect: AMZ005
args = argparse.ArgumentParser().parse_args()
log.info("%s", pick(Rec("1", info["BuyerEmail"]), args.fields))  # expect: AMZ005
log.info("%s", json.dumps(Rec("1", info["BuyerEmail"]), default=str))
print(pd.read_csv(str(download("/tmp/orders.tsv")), sep="\\t").head())  # expect: AMZ005
''',

"namedtuple_records_and_merged_report_tables": '''
import logging
from collections import namedtuple
import pandas as pd
from sp_api.api import Orders
log = logging.getLogger(__name__)
Buyer = namedtuple("Buyer", "order_id name email")
info = Orders().get_order_buyer_info("1").payload
b = Buyer(info["AmazonOrderId"], info["BuyerName"], info["BuyerEmail"])
log.info("order %s", b.order_id)
log.info("buyer %s", b.email)  # expect: AMZ005
oid, name, email = b
log.info("order %s", oid)
log.info("buyer %s", name)  # expect: AMZ005
returns = pd.read_csv("data/fba_returns.tsv", sep="\\t")
orders = pd.read_csv("data/Orders_2024-04.txt", sep="\\t")
merged = returns.merge(orders[["order-id", "buyer-name"]].drop_duplicates("order-id"), on="order-id")
merged.groupby(["sku", "reason"]).size().reset_index().to_csv("reasons.csv")
merged.to_csv("merged.csv")  # expect: AMZ003
''',

"a_table_built_from_rows_and_column_names": '''
import sqlite3
import pandas as pd
from sp_api.api import Orders
COLUMNS = ["order_id", "buyer_email", "region", "total"]
def rows():
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        yield (o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"], o["ShippingAddress"]["StateOrRegion"], o["OrderTotal"]["Amount"])
def frame(rs):
    return pd.DataFrame(list(rs), columns=COLUMNS)
def main():
    conn = sqlite3.connect("ledger.db")
    df = frame(rows())
    df.groupby("region")["total"].sum().reset_index().to_sql("by_region", conn)
    df[["order_id", "total"]].to_sql("lines", conn)
    df.to_sql("everything", conn)  # expect: AMZ003
    direct = pd.DataFrame(list(rows()), columns=COLUMNS)
    direct[["order_id", "region"]].to_csv("regions.csv")
    direct[["buyer_email"]].to_csv("emails.csv")  # expect: AMZ003
''',

"mws_value_helper_over_a_path_of_keys": '''
import logging
import mws
log = logging.getLogger(__name__)
def _v(node, *path):
    for key in path:
        if node is None:
            return None
        node = node.get(key)
    return node.get("value") if isinstance(node, dict) else node
def first(node, *path):
    for key in path:
        if key in node:
            node = node[key]
            break
    return node
for o in mws.Orders().list_orders(created_after="2024-01-01").parsed.Orders.Order:
    log.info("id %s", _v(o, "AmazonOrderId"))
    log.info("city %s", _v(o, "ShippingAddress", "City"))
    log.info("email %s", _v(o, "BuyerEmail"))  # expect: AMZ005
    log.info("name %s", _v(o, "ShippingAddress", "Name"))  # expect: AMZ005
    log.info("first %s", first(o, "OrderStatus", "BuyerEmail"))  # expect: AMZ005
''',

"a_carriers_label_url_is_downloaded": '''
import easypost, requests
from sp_api.api import Orders
addr = Orders().get_order_address("1").payload["ShippingAddress"]
client = easypost.EasyPostClient("key")
shipment = client.shipment.create(to_address={"name": addr["Name"], "street1": addr["AddressLine1"]}, parcel={"weight": 10})
bought = client.shipment.buy(shipment.id, rate=shipment.lowest_rate())
png = requests.get(bought.postage_label.label_url, timeout=20).content
requests.post("https://labels.example-print.com/queue", data=png)
requests.post("https://crm.example.com/ship-to", json={"name": addr["Name"]})  # expect: AMZ004
''',

"second_review_of_the_thirteenth_pass": '''
import logging, sqlite3
import pandas as pd
from sp_api.api import Orders
log = logging.getLogger(__name__)
db = sqlite3.connect("crm.db")
def mask_email(e):
    db.execute("INSERT INTO raw VALUES (?)", (e,))  # expect: AMZ003
    masked = e[:2] + "***"
    log.debug("masked -> %s", masked)
    return masked
def pick(o):
    val = None
    for key in ("BuyerEmail", "AmazonOrderId"):
        if key not in o:
            continue
        val = o[key]
    return val
info = Orders().get_order_buyer_info("1").payload
log.info("%s", mask_email(info["BuyerEmail"]))
log.info("%s", pick(info))  # expect: AMZ005
rows = [(info["AmazonOrderId"], info["BuyerEmail"])]
df = pd.DataFrame(rows, columns=["order_id", "buyer_email"])
df[["order_id"]].to_csv("ids.csv")
log.info("%s", df.values.tolist())  # expect: AMZ005
df.columns = ["a", "b"]
df[["b"]].to_csv("b.csv")  # expect: AMZ003
''',
"a_report_read_through_pathlib": '''
import logging
from pathlib import Path
log = logging.getLogger(__name__)
REPORTS = Path("exports")
def lines(path):
    return Path(path).read_text(encoding="utf-8").splitlines()[1:]
text = (REPORTS / "AllOrders.txt").read_text(encoding="utf-8")
for line in text.splitlines()[1:]:
    cols = line.split("\\t")
    log.info("%s", cols[8])  # expect: AMZ005
for line in lines("exports/FulfilledShipments.txt"):
    log.info("%s", line)  # expect: AMZ005
for line in Path("exports/inventory.txt").read_text().splitlines():
    log.info("%s", line)
with Path("exports", "AllOrders.txt").open(newline="") as fh:
    log.info("%s", fh.readline())  # expect: AMZ005
with REPORTS.joinpath("orders_summary.csv").open("w") as out:
    out.write("sku,count\\n")
''',
"a_file_named_by_the_buyer": '''
import logging, os
from pathlib import Path
from sp_api.api import Orders
log = logging.getLogger(__name__)
info = Orders().get_order_buyer_info("1").payload
path = os.path.join("receipts", info["BuyerEmail"] + ".pdf")
log.info("wrote %s", path)  # expect: AMZ005
p = Path("receipts", info["AmazonOrderId"] + ".pdf")
log.info("wrote %s", p)
log.info("wrote %s", Path("receipts") / info["BuyerName"])  # expect: AMZ005
''',
"report_tables_with_columns_the_code_adds_and_rows_it_filters": '''
import pandas as pd
orders = pd.read_csv("exports/Orders_2024.txt", sep="\\t", dtype=str)
orders["email_norm"] = orders["buyer-email"].str.strip().str.lower()
orders["purchase-date"] = pd.to_datetime(orders["purchase-date"], utc=True)
orders = orders[orders["order-status"].ne("Cancelled")] if "order-status" in orders else orders
big = orders[orders["quantity-purchased"].astype(int) > 1]
by_sku = (
    big.pivot_table(index="sku", values=["quantity-purchased", "item-price"], aggfunc="sum")
    .rename(columns={"quantity-purchased": "units"})
    .sort_values("units", ascending=False)
)
by_sku.to_excel("by_sku.xlsx")
orders[["sku", "purchase-date"]].to_csv("dates.csv")
big.to_csv("big_orders.csv")  # expect: AMZ003
big[["email_norm"]].to_csv("emails.csv")  # expect: AMZ003
orders[orders["sku"] == "A1"]["email_norm"].to_csv("a1.csv")  # expect: AMZ003
''',
"a_helper_reading_many_named_columns_of_its_rows": '''
import csv, io, logging
from sp_api.api import Reports
log = logging.getLogger(__name__)
SALES = ("amazon-order-id", "purchase-date", "order-status", "fulfillment-channel", "sales-channel",
         "sku", "asin", "quantity", "currency", "item-price", "item-tax", "shipping-price", "ship-country")
CONTACT = ("amazon-order-id", "purchase-date", "order-status", "fulfillment-channel", "sales-channel",
           "sku", "asin", "quantity", "currency", "item-price", "item-tax", "shipping-price", "buyer-email")
def sales(document):
    rows = []
    for record in csv.DictReader(io.StringIO(document), delimiter="\\t"):
        row = {col.replace("-", "_"): (record.get(col) or None) for col in SALES}
        row["quantity"] = int(row["quantity"] or 0)
        rows.append(row)
    return rows
def contacts(document):
    return [{col: record[col] for col in CONTACT} for record in csv.DictReader(io.StringIO(document), delimiter="\\t")]
doc = Reports().get_report_document("d1", download=True).payload["document"]
log.info("%s", sales(doc))
log.info("%s", contacts(doc))  # expect: AMZ005
''',
"exporters_picked_on_the_command_line_or_by_default": '''
import csv, os, sys
import xlsxwriter
def read_orders(path):
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh, delimiter="\\t")
def to_csv(rows):
    with open("out.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for r in rows:
            w.writerow([r["order-id"], r["buyer-email"]])  # expect: AMZ003
def to_xlsx(rows):
    wb = xlsxwriter.Workbook("out.xlsx")
    ws = wb.add_worksheet("Orders")
    for i, r in enumerate(rows):
        ws.write_row(i, 0, [r["order-id"], r["recipient-name"]])  # expect: AMZ003
    wb.close()
def to_sku_sheet(rows):
    wb = xlsxwriter.Workbook("skus.xlsx")
    ws = wb.add_worksheet()
    for i, r in enumerate(rows):
        ws.write_row(i, 0, [r["sku"], r["quantity-purchased"]])
EXPORTERS = {"csv": to_csv, "xlsx": to_xlsx, "skus": to_sku_sheet}
rows = list(read_orders(sys.argv[1]))
for kind in sys.argv[2:] or ["csv"]:
    EXPORTERS[kind](rows)
EXPORTERS[os.environ.get("EXTRA_EXPORT") or "skus"](rows)
''',
"a_carriers_transaction_ids_and_tracking_numbers_are_the_carriers": '''
import logging
import shippo
from shippo.models import components
from sp_api.api import Orders
log = logging.getLogger(__name__)
address = Orders().get_order_address("1").payload["ShippingAddress"]
client = shippo.Shippo(api_key_header="k")
shipment = client.shipments.create(components.ShipmentCreateRequest(
    address_to=components.AddressCreateRequest(name=address["Name"], street1=address["AddressLine1"]), async_=False))
rate = min(shipment.rates, key=lambda r: float(r.amount))
transaction = client.transactions.create(components.TransactionCreateRequest(rate=rate.object_id, async_=False))
log.info("label %s tracking %s (%s)", transaction.object_id, transaction.tracking_number, transaction.object_status)
log.info("carrier %s, %s days", rate.provider, rate.estimated_days)
log.info("label for %s", shipment.address_to)  # expect: AMZ005
''',
"csv_built_in_memory_then_handed_on": '''
import csv, io
import boto3, paramiko, requests
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
address = Orders().get_order_address("1").payload["ShippingAddress"]
def render(header, lines):
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(header)
    for line in lines:
        writer.writerow(line)
    return buf.getvalue().encode("utf-8")
def upload_to_warehouse(payload):
    sftp = paramiko.SFTPClient.from_transport(paramiko.Transport(("sftp.3pl.example", 22)))
    sftp.putfo(io.BytesIO(payload), "/inbound/orders.csv")  # expect: AMZ004
upload_to_warehouse(render(["name", "street"], [[address["Name"], address["AddressLine1"]]]))
requests.post("https://analytics.example.com/orders", data=render(["id"], [[info["AmazonOrderId"]]]))
requests.post("https://analytics.example.com/buyers", data=render(["email"], [[info["BuyerEmail"]]]))  # expect: AMZ004
report = io.StringIO()
w = csv.DictWriter(report, fieldnames=["email", "id"])
w.writeheader()
w.writerow({"email": info["BuyerEmail"], "id": info["AmazonOrderId"]})
boto3.client("s3").put_object(Bucket="exports", Key="buyers.csv", Body=report.getvalue())  # expect: AMZ003
note = io.StringIO()
print(info["BuyerName"], file=note)
requests.post("https://hooks.example.com/notify", data=note.getvalue())  # expect: AMZ004
class Feed:
    def __init__(self):
        self.buf = io.StringIO()
        self.writer = csv.writer(self.buf)
    def add(self, row):
        self.writer.writerow(row)
    def send(self):
        requests.post("https://partner.example.com/feed", data=self.buf.getvalue())  # expect: AMZ004
feed = Feed()
feed.add([info["BuyerEmail"]])
feed.send()
''',
"helpers_reading_the_values_of_a_dict_they_are_given": '''
import csv, io, logging
from collections import defaultdict
from sp_api.api import Orders, Reports
log = logging.getLogger(__name__)
def units_by_sku(items_by_order):
    units = defaultdict(int)
    for items in items_by_order.values():
        for item in items:
            units[item["SellerSKU"]] += int(item.get("QuantityOrdered", 0))
            log.info("%s", item["BuyerInfo"])  # expect: AMZ005
    return units
def by_id(orders):
    for order_id, order in orders.items():
        log.info("%s %s", order_id, order["OrderStatus"])
        log.info("%s", order["ShippingAddress"])  # expect: AMZ005
def rows(document):
    yield from csv.DictReader(io.StringIO(document), delimiter="\\t")
def normalise(rows):
    for row in rows:
        yield {key.strip().replace("-", "_"): (value or "").strip() for key, value in row.items()}
def sku_lines(rows):
    for row in rows:
        yield row["order_id"], row["sku"], int(row["quantity_purchased"] or 0)
api = Orders()
items_by_order = {"1": api.get_order_items("1").payload["OrderItems"]}
csv.writer(open("units.csv", "w")).writerows(units_by_sku(items_by_order).items())
by_id({o["AmazonOrderId"]: o for o in api.get_orders(CreatedAfter="2024-01-01").payload["Orders"]})
doc = Reports().get_report_document("d1", download=True).payload["document"]
csv.writer(open("sku_lines.csv", "w")).writerows(sku_lines(normalise(rows(doc))))
csv.writer(open("buyers.csv", "w")).writerows((r["buyer_email"],) for r in normalise(rows(doc)))  # expect: AMZ003
''',
"review_of_the_fourteenth_pass": '''
import logging, os, requests
import pandas as pd
import xlsxwriter
from pathlib import Path
from sp_api.api import Orders, Reports
log = logging.getLogger(__name__)
address = Orders().get_order_address("1").payload["ShippingAddress"]
info = Orders().get_order_buyer_info("1").payload
def with_initials(addr):
    out = dict(addr)
    out["initials"] = "".join(p[0] for p in addr["Name"].split())
    return out
def initials(name):
    return ".".join(p[0] for p in name.split())
log.info("ship %s", with_initials(address))  # expect: AMZ005
log.info("ship to %s", initials(address["Name"]))
orders = pd.read_csv("exports/AllOrders.txt", sep="\\t", dtype=str)
orders["title"] = orders["product-name"] + " for " + orders["recipient-name"]
log.info("%s", orders.apply(lambda r: r["title"], axis=1))  # expect: AMZ005
log.info("%s", Path("receipts", info["BuyerEmail"]).joinpath("receipt.pdf"))  # expect: AMZ005
parts = ["receipts", info["BuyerEmail"] + ".pdf"]
log.info("%s", Path(*parts))  # expect: AMZ005
invoice = os.path.join("invoices", address["Name"] + ".pdf")
log.info("invoice size %d bytes", os.path.getsize(invoice))
log.info("invoice size %d bytes", Path(invoice).stat().st_size)
path = "/tmp/report.tsv"
Reports().get_report_document("d1", download=True, file=path)  # expect: AMZ003
log.info("%s", Path(path).read_text())  # expect: AMZ005
ws = xlsxwriter.Workbook("a.xlsx").add_worksheet()
ws.write_column(0, 0, [info["BuyerEmail"]])  # expect: AMZ003
ws.write_column(0, 3, [info["AmazonOrderId"]])
''',
"report_rows_cleaned_column_by_column_and_carrier_records_in_a_class": '''
import csv, logging
import easypost
import pandas as pd
from sp_api.api import Orders
log = logging.getLogger(__name__)
COLS = ("amazon-order-id", "purchase-date", "order-status", "fulfillment-channel", "sales-channel",
        "sku", "asin", "quantity", "currency", "item-price", "item-tax", "shipping-price", "buyer-email")
PERSONAL = ["buyer-email", "buyer-name", "buyer-phone-number", "recipient-name",
    "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-postal-code",
    "ship-phone-number", "bill-address-1", "bill-address-2", "bill-address-3",
    "bill-name", "bill-city", "bill-postal-code", "buyer-company-name", "buyer-vat-number",
    "purchase-order-number", "delivery-Instructions", "gift-message-text"]
def normalize(row):
    for col in COLS:
        row[col] = (row.get(col) or "").strip()
def tag(row):
    for col in COLS:
        row[col] = row["buyer-email"]
with open("exports/AllOrders.txt", newline="") as fh:
    for rec in csv.DictReader(fh, delimiter="\\t"):
        normalize(rec)
        log.info("sku %s", rec["sku"])
        log.info("email %s", rec["buyer-email"])  # expect: AMZ005
        tag(rec)
        log.info("sku %s", rec["sku"])  # expect: AMZ005
df = pd.read_csv("exports/AllOrders.txt", sep="\\t")
df.drop(columns=PERSONAL).to_csv("clean.csv")
df.drop(columns=PERSONAL, errors="ignore")[["sku", "quantity-purchased"]].to_csv("skus.csv")
df[PERSONAL + ["sku"]].to_csv("contacts.csv")  # expect: AMZ003
class Labels:
    def __init__(self):
        self.client = easypost.EasyPostClient("k")
    def buy(self, a):
        shipment = self.client.shipment.create(to_address={"name": a["Name"]}, from_address={}, parcel={})
        rate = shipment.lowest_rate(carriers=["USPS"])
        return rate.carrier, rate.service, shipment.to_address
carrier, service, to = Labels().buy(Orders().get_order_address("1").payload["ShippingAddress"])
log.info("%s %s", carrier, service)
log.info("%s", to)  # expect: AMZ005
with open("ledger.csv", "a", newline="") as out:
    w = csv.DictWriter(out, fieldnames=["order-id", "sku", "quantity"], extrasaction="ignore")
    for rec in csv.DictReader(open("exports/AllOrders.txt"), delimiter="\\t"):
        w.writerow(rec)
''',
"models_rows_and_aggregates_from_hunt19_and_hunt20": '''
import json, logging
from dataclasses import asdict, astuple, dataclass
import gspread
import pandas as pd
import shopify
from pydantic import BaseModel, Field
from sqlalchemy.orm import Session
from sp_api.api import Orders
log = logging.getLogger(__name__)
class AmazonOrder(BaseModel):
    order_id: str = Field(alias="AmazonOrderId")
    channel: str = Field("MFN", alias="FulfillmentChannel")
    buyer_email: str | None = None
    @classmethod
    def from_payload(cls, payload):
        return cls(**payload, buyer_email=(payload.get("BuyerInfo") or {}).get("BuyerEmail"))
@dataclass
class Fact:
    order_id: str
    channel: str
@dataclass
class SheetRow:
    order_id: str
    email: str
    def as_row(self):
        return list(astuple(self))
orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
facts = []
for raw in orders:
    order = AmazonOrder.from_payload(raw)
    facts.append(Fact(order.order_id, order.channel))
    log.info("%s", order.buyer_email)  # expect: AMZ005
with open("facts.json", "w") as fh:
    json.dump([asdict(f) for f in facts], fh)
ws = gspread.service_account().open_by_key("k").worksheet("Orders")
ws.append_rows([SheetRow(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"]).as_row() for o in orders])  # expect: AMZ003
if shopify.Customer.search(query=f"email:{orders[0]['BuyerInfo']['BuyerEmail']}"):  # expect: AMZ004
    pass
with Session() as s:
    s.add_all([Fact(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"]) for o in orders])  # expect: AMZ003
    removed = s.query(Fact).filter(Fact.order_id == "1").delete()
log.info("purged %d", removed)
df = pd.read_csv("exports/AllOrders.txt", sep="\\t")
per_buyer = df.groupby(["sku", "buyer-email"])["amazon-order-id"].nunique().reset_index(name="n")
per_buyer.to_sql("per_buyer", "sqlite:///x.db")  # expect: AMZ003
rate = per_buyer.groupby("sku").agg(buyers=("n", "size"), repeaters=("n", lambda s: int((s > 1).sum())))
rate.to_sql("sku_repeat_rate", "sqlite:///x.db")
''',
"aggregations_keep_their_key_and_output_columns_by_name": '''
import pandas as pd
import mailchimp_marketing
df = pd.read_csv("exports/AllOrders.txt", sep="\\t")
last = df.sort_values("purchase-date").groupby(["buyer-email", "sku"], as_index=False).last()
last["sku"].value_counts().to_csv("refill_skus.csv")
last.to_csv("last_orders.csv")  # expect: AMZ003
rfm = df.groupby("buyer-email").agg(name=("buyer-name", "first"), frequency=("order-id", "nunique"))
rfm[["frequency"]].to_csv("frequency.csv")  # expect: AMZ003
rfm[["frequency"]].reset_index(drop=True).to_csv("frequency.csv")
members = [{"merge_fields": {"FNAME": str(row["name"])}} for _email, row in rfm.iterrows()]
mailchimp_marketing.Client().lists.batch_list_members("l1", {"members": members})  # expect: AMZ001
''',
"an_event_bus_whose_handlers_register_with_a_decorator": '''
import json, logging
from collections import defaultdict
from functools import partial
from sp_api.api import Orders
log = logging.getLogger(__name__)
class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
    def subscribe(self, topic):
        def register(fn):
            self._handlers[topic].append(fn)
            return fn
        return register
    def publish(self, topic, payload, *, source="app"):
        for handler in self._handlers.get(topic, []):
            handler(payload)
bus = EventBus()
@bus.subscribe("order.created")
def audit(order):
    with open("audit.jsonl", "a") as fh:
        fh.write(json.dumps(order) + "\\n")  # expect: AMZ003
@bus.subscribe("order.cancelled")
def count(order):
    log.info("cancelled %s", order["AmazonOrderId"])
emit = partial(bus.publish, source="sp-api")
for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
    emit("order.created", order)
''',
"queues_filled_after_their_consumers_start": '''
import asyncio, logging, queue, threading
import httpx
from sp_api.api import Orders
log = logging.getLogger(__name__)
STOP = object()
async def produce(queues):
    resp = await asyncio.to_thread(Orders().get_orders, CreatedAfter="2024-01-01")
    for order in resp.payload.get("Orders", []):
        for q in queues:
            await q.put(order)
async def forward(q, client):
    while (order := await q.get()) is not STOP:
        await client.post("https://erp.example.com/orders", json=order)  # expect: AMZ004
async def count(q):
    while (order := await q.get()) is not STOP:
        log.info("order %s", order["AmazonOrderId"])
async def main():
    erp_q, count_q = asyncio.Queue(), asyncio.Queue()
    async with httpx.AsyncClient() as client:
        workers = [asyncio.create_task(forward(erp_q, client)), asyncio.create_task(count(count_q))]
        await produce([erp_q, count_q])
        await asyncio.gather(*workers)
jobs = queue.Queue()
def worker():
    while True:
        log.info("shipping to %s", jobs.get())  # expect: AMZ005
threading.Thread(target=worker, daemon=True).start()
jobs.put(Orders().get_order_address("1").payload["ShippingAddress"])
asyncio.run(main())
''',
"a_dataclass_that_leaves_the_buyer_out_of_its_repr": '''
import logging
from dataclasses import dataclass, field
from sp_api.api import Orders
log = logging.getLogger(__name__)
@dataclass
class Delay:
    order_id: str
    buyer_name: str = field(default="", repr=False, compare=False)
    city: str = ""
@dataclass
class Leaky:
    order_id: str
    buyer_name: str = field(default="", compare=False)
def with_name(delay):
    delay.buyer_name = Orders().get_order_buyer_info(delay.order_id).payload["BuyerName"]
    return delay
def notify(delay: Delay):
    log.info("delay notice sent: %r", delay)
address = Orders().get_order_address("1").payload["ShippingAddress"]
notify(with_name(Delay("1")))
log.info("%r", Delay("2", address["Name"]))
log.info("%r", Delay("3", "x", address["Name"]))  # expect: AMZ005
log.info("%r", Leaky("4", address["Name"]))  # expect: AMZ005
''',
"a_table_of_records_the_code_built": '''
import pandas as pd
from sp_api.api import Orders
rows = []
for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
    a = Orders().get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]
    rows.append({"order_id": o["AmazonOrderId"], "name": a["Name"], "state": a["StateOrRegion"], "total": o["OrderTotal"]["Amount"]})
df = pd.DataFrame(rows)
df.groupby("state").agg(orders=("order_id", "count"), revenue=("total", "sum")).to_sql("kpi", "sqlite:///x.db")
df[["state", "total"]].to_csv("by_state.csv")
df.to_sql("raw", "sqlite:///x.db")  # expect: AMZ003
df[["name"]].to_csv("names.csv")  # expect: AMZ003
''',
"second_review_of_the_fourteenth_pass": '''
import csv, io, queue, threading
import pandas as pd
import requests
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
def upload(buf):
    requests.post("https://example.com/up", data=buf.getvalue())  # expect: AMZ004
def render(rows):
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    buf.seek(0)
    return buf
def export():
    buf = io.StringIO()
    csv.writer(buf).writerow([info["BuyerEmail"]])
    upload(buf)
    buf.seek(0)
    for line in buf:
        requests.post("https://example.com/lines", data=line)  # expect: AMZ004
def consumer(q):
    while True:
        requests.post("https://example.com/hook", json=q.get())  # expect: AMZ004
def main():
    q = queue.Queue()
    threading.Thread(target=consumer, args=(q,)).start()
    q.put(info)
requests.post("https://example.com/rendered", data=render([[info["BuyerName"]]]).getvalue())  # expect: AMZ004
df = pd.read_csv("exports/AllOrders.txt", sep="\\t")
spend = df.groupby(["buyer-email"]).agg(total=("item-price", "sum"))
spend["total"].to_csv("spend.csv")  # expect: AMZ003
spend.sort_values("total").head(10)["total"].to_json("top.json")  # expect: AMZ003
by_sku = df.groupby("sku").agg(n=("order-id", "nunique"), last_buyer=("buyer-email", "last"))
by_sku[["n"]].to_csv("n.csv")
flat = df.groupby(["buyer-email", "sku"], as_index=False).agg(n=("order-id", "nunique"))
flat[["sku", "n"]].to_csv("flat.csv")
''',
"a_slotted_view_set_through_object_setattr": '''
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
class OrderView:
    __slots__ = ("_data",)
    def __init__(self, data):
        object.__setattr__(self, "_data", data)
    def __repr__(self):
        return f"<Order {self._data['AmazonOrderId']} {self._data['ShippingAddress']['Name']}>"
class IdView:
    __slots__ = ("_data",)
    def __init__(self, data):
        object.__setattr__(self, "_data", data)
    def __repr__(self):
        return f"<Order {self._data['AmazonOrderId']}>"
order = Orders().get_order("1").payload
log.info("handling %r", OrderView(order))  # expect: AMZ005
log.info("handling %r", IdView(order))
''',
"a_column_mapping_table_renames_each_column_apart": """
import logging
import pandas as pd
HEADER = {
    "amazon-order-id": "External_Document_No",
    "buyer-company-name": "Sell_to_Customer_Name",
    "purchase-date": "Order_Date",
    "last-updated-date": "Posting_Date",
    "buyer-tax-registration-id": "VAT_Registration_No",
    "currency": "Currency_Code",
}
def build(data):
    header = pd.DataFrame()
    for am_col, bc_col in HEADER.items():
        if am_col in data.columns:
            header[bc_col] = data[am_col]
    return header
h = build(pd.read_csv("amazon_orders.txt", sep="\\t"))
for _, row in h.iterrows():
    logging.info("order %s on %s", row["External_Document_No"], row["Order_Date"])
    logging.info("vat %s", row["VAT_Registration_No"])  # expect: AMZ005
RENAMES = {"buyer-email": "email", "order-id": "ref"}
def rename(rec):
    out = {}
    for old, new in RENAMES.items():
        out[new] = rec[old]
    return out
for rec in pd.read_csv("amazon_orders.txt", sep="\\t").to_dict("records"):
    r = rename(rec)
    logging.info("ref %s", r["ref"])
    logging.info("to %s", r["email"])  # expect: AMZ005
""",
"a_row_taken_from_a_table_keeps_its_columns_by_name": """
import logging
import pandas as pd
df = pd.read_csv("amazon_orders.txt", sep="\\t")
header = pd.DataFrame()
header["Ref"] = df["amazon-order-id"]
header["Vat"] = df["buyer-tax-registration-id"]
header["No"] = df["No"]
first = header.iloc[0]
logging.info("first %s", first["Ref"])
logging.info("first %s", first)  # expect: AMZ005
logging.info("by label %s", header.loc[0]["Ref"])
logging.info("cell %s", header.loc[0, "Ref"])
logging.info("rows %s", header.iloc[0:5]["Ref"])
logging.info("by position %s", header.iloc[0, 1])  # expect: AMZ005
logging.info("cell %s", header.iat[0, 0])  # expect: AMZ005
for no, group in header.groupby("No"):
    payload = group.iloc[0].to_dict()
    logging.info("order %s", payload.get("Ref"))
    logging.info("payload %s", payload)  # expect: AMZ005
logging.info("records %s", header.to_dict(orient="records")[0]["Ref"])
logging.info("raw %s", df.iloc[0])  # expect: AMZ005
""",
"a_report_documents_link_is_where_the_report_is_not_its_rows": """
import gzip, logging
import requests
from sp_api.api import Reports
def fetch(method, url, **kw):
    for attempt in range(3):
        try:
            r = requests.request(method, url, timeout=30, **kw)
            r.raise_for_status()
            return r
        except requests.HTTPError:
            print(f"retrying {url}")
    raise RuntimeError(url)
reports = Reports()
reports.create_report(reportType="GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING")
link = reports.get_report_document("doc-1").payload["url"]
print(link)
logging.info("downloading %s", link)
with open("last_link.txt", "w") as fh:
    fh.write(link)
text = gzip.decompress(fetch("GET", link).content).decode()
print(text)  # expect: AMZ005
requests.post("https://hooks.example.com/orders", data=text)  # expect: AMZ004
status = fetch("GET", "https://status.example.com/ping")
print(status.text)
""",

"a_helper_given_a_url_reads_the_report_it_downloads_by_columns": """
import csv, io, logging, sys
import requests
def download(url):
    resp = requests.request("GET", url, timeout=30)
    for row in csv.DictReader(io.StringIO(resp.text), delimiter="\\t"):
        logging.info("buyer %s", row["buyer-email"])  # expect: AMZ005
        logging.info("sku %s", row["sku"])
download(sys.argv[1])
""",


"a_key_or_a_callback_handed_on_through_a_helper_is_told_apart_per_caller": """
import logging
import requests
from sp_api.api import Orders
def keep(x):
    return "ok"
def leak(x):
    logging.info("x %s", x)
def mail(x):
    requests.post("https://mail.example.com/send", json={"to": x})  # expect: AMZ004
HANDLERS = {"keep": keep, "leak": leak, "mail": mail}
def dispatch(kind, data):
    HANDLERS[kind](data)
def handle(kind, data):
    dispatch(kind, data)
def run(fn, data):
    return fn(data)
def retry(fn, data):
    for attempt in range(3):
        try:
            return run(fn, data)
        except OSError:
            continue
def push(data):
    requests.post("https://crm.example.com/contacts", json=data)
def note(data):
    logging.info("note %s", data)  # expect: AMZ005
info = Orders().get_order_buyer_info("1").payload
handle("keep", info["BuyerEmail"])
handle("leak", "nothing")
handle("mail", info["BuyerEmail"])
retry(keep, info["BuyerEmail"])
retry(push, {"count": 1})
retry(note, info["BuyerName"])
""",

"a_row_taken_by_position_is_iterated_for_its_values": """
import csv, logging
import pandas as pd
from sp_api.api import Orders
orders = Orders().get_orders(CreatedAfter="2024").payload["Orders"]
t = pd.DataFrame([{"ref": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"]} for o in orders])
r0 = t.iloc[0]
logging.info("a %s", list(r0))  # expect: AMZ005
logging.info("b %s", ",".join(map(str, r0)))  # expect: AMZ005
logging.info("c %s", r0[1])  # expect: AMZ005
w = csv.writer(open("out.csv", "w"))
for i in range(len(t)):
    w.writerow(list(t.iloc[i]))  # expect: AMZ003
for _, row in t.iterrows():
    rec = row.to_dict()
    for k in rec:
        logging.info("%s=%s", k, rec[k])  # expect: AMZ005
logging.info("columns %s", list(t))
logging.info("refs %s", list(t.to_dict()["ref"].values()))
""",
"a_report_documents_link_or_its_content_is_the_content": """
import logging, sys
import pandas as pd
import requests
from sp_api.api import Reports
Reports().create_report(reportType="GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING")
def get_report(doc_id, inline=True):
    meta = Reports().get_report_document(doc_id).payload
    if not inline:
        return meta["url"]
    return requests.get(meta["url"], timeout=30).text
logging.info("%s", get_report(sys.argv[1]))  # expect: AMZ005
meta = Reports().get_report_document(sys.argv[2]).payload
def load(url):
    frame = pd.read_csv(url, sep="\\t", compression="gzip")
    frame.to_csv("orders_copy.csv")  # expect: AMZ003
    logging.info("loading %s", url)
load(meta["url"])
logging.info("downloading " + meta["url"])
requests.post("https://import.partner-3pl.example.com/jobs", data=meta["url"])  # expect: AMZ004
""",
"a_document_id_handed_in_may_be_of_a_report_the_caller_requested": """
import logging, time
from sp_api.api import Reports
from sp_api.base.reportTypes import ReportType
client = Reports()
def refresh_listings():
    client.create_report(reportType="GET_MERCHANT_LISTINGS_ALL_DATA")
def process(doc_id):
    refresh_listings()
    text = client.get_report_document(doc_id, download=True).payload["document"]
    logging.info("orders report %s", text)  # expect: AMZ005
def fetch(rt):
    rid = client.create_report(reportType=rt).payload["reportId"]
    time.sleep(60)
    return client.get_report_document(client.get_report(rid).payload["reportDocumentId"], download=True).payload["document"]
rid = client.create_report(reportType=ReportType.GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING).payload["reportId"]
process(client.get_report(rid).payload["reportDocumentId"])
logging.info("orders %s", fetch(ReportType.GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING.value))  # expect: AMZ005
""",
"report_types_listed_in_a_query_string_are_each_requested": """
import gzip
import requests
API = "https://sellingpartnerapi-eu.amazon.com/reports/2021-06-30"
H = {"x-amz-access-token": "token"}
listing = requests.get(f"{API}/reports?reportTypes=GET_MERCHANT_LISTINGS_ALL_DATA,GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL&processingStatuses=DONE", headers=H).json()
for rep in listing["reports"]:
    meta = requests.get(f"{API}/documents/{rep['reportDocumentId']}", headers=H).json()
    text = gzip.decompress(requests.get(meta["url"]).content).decode()
    with open(f"{rep['reportType']}.tsv", "w") as fh:
        fh.write(text)  # expect: AMZ003
""",

"an_amazon_custom_customized_url_is_a_link_to_the_buyers_entries": """
import io, json, logging, zipfile
import requests
from sp_api.api import Orders
def engraving(url):
    if not url:
        return ""
    archive = zipfile.ZipFile(io.BytesIO(requests.get(url, timeout=20).content))
    return json.loads(archive.read("custom.json"))["text"]
items = Orders().get_order_items_buyer_info("1").payload["OrderItems"]
first = items[0]
link = (first.get("BuyerCustomizedInfo") or {}).get("CustomizedURL", "")
logging.info("customization at %s", link)
text = engraving(link)
requests.post("https://api.openai.com/v1/chat/completions", json={"prompt": text})  # expect: AMZ004
""",

"a_report_documents_link_fetched_by_code_the_catalog_does_not_know_is_the_report": """
import logging, os
import pandas as pd
from sp_api.api import Reports
from myco.storage import fetch_blob
r = Reports()
r.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
doc = r.get_report_document("d1").payload
logging.info("report %s", fetch_blob(doc["url"]))  # expect: AMZ005
def read_table(path):
    return pd.read_csv(path, sep="\\t")
def load_report(url):
    return read_table(url)
logging.info("orders %s", load_report(doc["url"]).to_dict("records"))  # expect: AMZ005
def request_orders():
    r.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
def daily_job():
    r.create_report(reportType="GET_MERCHANT_LISTINGS_ALL_DATA")
    rep = r.get_report(os.environ["ORDERS_REPORT_ID"]).payload
    text = r.get_report_document(rep["reportDocumentId"], download=True).payload["document"]
    logging.info("orders %s", text)  # expect: AMZ005
""",

"a_helper_given_a_report_documents_payload_fetches_its_link": """
import logging
import requests
from sp_api.api import Reports
def download(d):
    return requests.get(d["url"], timeout=30).text
r = Reports()
r.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
doc = r.get_report_document("d1").payload
logging.info("report %s", download(doc))  # expect: AMZ005
logging.info("status %s", download({"url": "https://status.example.com/ping"}))
""",

"a_report_documents_link_kept_on_self_or_trimmed_is_still_the_link": """
import logging
import requests
from sp_api.api import Reports
r = Reports()
r.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
doc = r.get_report_document("d1").payload
requests.get(f"https://partner.example.com/import?src={doc['url']}")  # expect: AMZ004


class Dl:
    def __init__(self):
        self.url = None

    def locate(self):
        self.url = r.get_report_document("d2").payload["url"]

    def fetch(self):
        logging.info("fetching %s", self.url)
        return requests.get(self.url).text


d = Dl()
d.locate()
logging.info("report %s", d.fetch())  # expect: AMZ005
logging.info("trimmed %s", requests.get(doc["url"].strip()).text)  # expect: AMZ005
""",

"a_link_handed_through_two_http_helpers_is_fetched_not_sent": """
import logging, requests
from sp_api.api import Orders, Reports
def _request(method, url, **kwargs):
    resp = requests.request(method, url, timeout=60, **kwargs)
    resp.raise_for_status()
    return resp
def download(url):
    return _request("GET", url).content
def _call(url):
    return requests.get(url, timeout=60)  # expect: AMZ004
def lookup(url):
    return _call(url).json()
r = Reports()
r.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
doc = r.get_report_document("d1").payload
logging.info("report %s", download(doc["url"]))  # expect: AMZ005
email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
lookup(f"https://crm.example.com/lookup?email={email}")
""",
"the_exception_being_handled_is_logged_with_its_traceback": """
import logging, sys, traceback
import requests
import sentry_sdk
from loguru import logger as lg
from sp_api.api import Orders
log = logging.getLogger(__name__)
class AddressError(Exception):
    pass
def check(addr):
    if not addr.get("PostalCode"):
        raise AddressError(f"cannot ship to {addr}")
    if len(addr.get("AddressLine1", "")) > 60:
        raise ValueError("address line too long")
def run(oid):
    addr = Orders().get_order_address(oid).payload["ShippingAddress"]
    try:
        check(addr)
    except AddressError:
        log.exception("address check failed for %s", oid)  # expect: AMZ005
        lg.exception("address check failed")  # expect: AMZ005
        sentry_sdk.capture_exception()  # expect: AMZ005
        traceback.print_exc()  # expect: AMZ005
        text = traceback.format_exc()
        requests.post("https://hooks.slack.com/services/T/B/X", json={"text": text})  # expect: AMZ004
        try:
            requests.get("https://status.example.com")
        except requests.RequestException:
            log.warning("status page down")
        log.error("still failing", exc_info=True)  # expect: AMZ005
    except ValueError:
        log.exception("address check failed for %s", oid)
        traceback.print_exc()
    log.exception("done with %s", oid)
    try:
        requests.post("https://erp.example.com/orders", json={"id": oid})
    except requests.RequestException:
        log.exception("erp push failed for %s", oid)
        log.error("erp push failed: %s", traceback.format_exc())
        log.error("erp push failed", exc_info=sys.exc_info())
    try:
        check(addr)
    except AddressError:
        sentry_sdk.capture_exception(RuntimeError(f"order {oid} failed validation"))
""",
"a_cache_keyed_by_a_rebuilt_email_gives_back_the_value_not_the_key": """
import hashlib, hmac, logging, os
from sp_api.api import Orders
SECRET = os.environ["CUSTOMER_KEY_SECRET"].encode()
_cache = {}
def normalize(email):
    local, _, domain = email.strip().lower().partition("@")
    return f"{local}@{domain}" if domain else local
def customer_key(email):
    n = normalize(email)
    if n not in _cache:
        _cache[n] = hmac.new(SECRET, n.encode(), hashlib.sha256).hexdigest()
    return _cache[n]
email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
open("keys.txt", "w").write(customer_key(email))
logging.info("cached %s", list(_cache))  # expect: AMZ005
logging.info("cached %s", _cache[f"{email}@x"])
""",
"a_table_row_taken_apart_by_position_is_any_of_its_columns": """
import sys
import pandas as pd
df = pd.read_csv(sys.argv[1], sep="\\t")
df["buyer-email"] = df["buyer-email"].str.lower()
top = df.groupby(["buyer-email", "buyer-name"]).agg(orders=("amazon-order-id", "nunique")).reset_index()
for rank, (email, name, orders) in enumerate(top.itertuples(index=False, name=None), start=1):
    print(f"{rank}. {name} <{email}> {orders}")  # expect: AMZ005
skus = df.groupby("sku").agg(units=("quantity-shipped", "sum")).reset_index()
for sku, units in skus.itertuples(index=False, name=None):
    print(f"{sku}: {units}")
by_email = df.groupby("buyer-email").agg(orders=("amazon-order-id", "nunique"))
for email, orders in by_email.itertuples():
    print(email, orders)  # expect: AMZ005
""",
"a_column_of_groups_summed_in_a_helper_keeps_the_key_columns": """
import io
import pandas as pd
from sp_api.api import Reports
def big_orders(shipments, threshold=250.0):
    df = shipments.copy()
    df["item-price"] = pd.to_numeric(df["item-price"], errors="coerce").fillna(0.0)
    per_order = df.groupby(["amazon-order-id", "buyer-name", "ship-city"], as_index=False)["item-price"].sum()
    return per_order[per_order["item-price"] >= threshold]
def units_per_sku(shipments):
    return shipments.groupby("sku")["quantity-shipped"].sum().reset_index()
doc = Reports().get_report_document("d", download=True).payload["document"]
ships = pd.read_csv(io.StringIO(doc), sep="\\t", dtype=str)
for order_id, name, city, total in big_orders(ships).itertuples(index=False, name=None):
    print(f"{order_id}: {total} from {name} in {city}")  # expect: AMZ005
print(units_per_sku(ships))
""",
"a_wide_register_with_its_personal_columns_encrypted_in_a_loop_is_clear_of_them": """
import io, os
import pandas as pd
from cryptography.fernet import Fernet
from sp_api.api import Reports
REGISTER = ["amazon-order-id", "shipment-date", "buyer-name", "bill-address-1", "bill-city", "bill-postal-code", "bill-country", "item-price", "item-tax", "currency"]
SEALED = ["buyer-name", "bill-address-1", "bill-city", "bill-postal-code"]
PARTLY = ["bill-address-1", "bill-city", "bill-postal-code"]
def sealed(document, out_path):
    raw = pd.read_csv(io.StringIO(document), sep="\\t", dtype=str)
    fernet = Fernet(os.environ["INVOICE_KEY"])
    register = raw[REGISTER].copy()
    for col in SEALED:
        register[col] = register[col].fillna("").map(lambda v: fernet.encrypt(v.encode("utf-8")).decode("ascii"))
    register.to_csv(out_path, index=False)
def partly(text):
    box = Fernet(os.environ["INVOICE_KEY"])
    table = pd.read_csv(io.StringIO(text), sep="\\t").loc[:, REGISTER]
    for name in PARTLY:
        table[name] = table[name].apply(lambda x: box.encrypt(str(x).encode()))
    table.to_csv("register_partly.csv")  # expect: AMZ003
doc = Reports().get_report_document("d", download=True).payload["document"]
sealed(doc, "register.csv")
partly(doc)
""",
"asyncio_gather_gives_each_result_in_its_position": """
import asyncio, logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
async def address(oid):
    return Orders().get_order_address(oid).payload["ShippingAddress"]
async def status(oid):
    return Orders().get_order(oid).payload["OrderStatus"]
async def main(oid):
    addr, state = await asyncio.gather(address(oid), status(oid))
    log.info("order %s is %s", oid, state)
    log.info("ship to %s", addr)  # expect: AMZ005
    both = await asyncio.gather(address(oid), status(oid), return_exceptions=True)
    log.info("status %s", both[1])
    log.info("all %s", both)  # expect: AMZ005
    many = await asyncio.gather(*[address(o) for o in ("1", "2")])
    log.info("first %s", many[0])  # expect: AMZ005
async def pair(oid):
    a, s = await asyncio.gather(address(oid), status(oid))
    return a, s
async def fan_out(ids):
    for a, s in await asyncio.gather(*(pair(i) for i in ids), return_exceptions=True):
        log.info("status %s", s)
        log.info("to %s", a)  # expect: AMZ005
""",
"one_line_blocks_are_analysed": """
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
def email_of(o): return o["BuyerInfo"]["BuyerEmail"]
class Settings: verbose = True
o = Orders().get_order("1").payload
if Settings.verbose: log.info("%s", email_of(o))  # expect: AMZ005
for k in ("a", "b"): log.info("%s %s", k, o["ShippingAddress"])  # expect: AMZ005
try: log.info("%s", o["BuyerInfo"])  # expect: AMZ005
except KeyError: log.info("no buyer info for %s", o["AmazonOrderId"])
with open("emails.txt", "w") as fh: fh.write(email_of(o))  # expect: AMZ003
if o: log.info("order %s", o["AmazonOrderId"])
""",
"keys_removed_from_a_dict_are_not_there_any_more": """
import logging
from dataclasses import asdict, dataclass
from sp_api.api import Orders
PERSONAL = ("buyer_email", "buyer_name", "ship_to", "phone", "gift")
@dataclass
class Enriched:
    order_id: str
    buyer_email: str
    buyer_name: str
    total: float
def event(order):
    props = asdict(order)
    for key in PERSONAL:
        props.pop(key, None)
    return {"event": "order", "properties": props}
def leaky(order):
    props = asdict(order)
    props.pop("buyer_name")
    return props
o = Orders().get_order("1").payload
e = Enriched(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"], o["ShippingAddress"]["Name"], 1.0)
logging.info("%s", event(e))
logging.info("%s", leaky(e))  # expect: AMZ005
d = {"id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"], "name": o["ShippingAddress"]["Name"]}
del d["email"]
logging.info("%s", d["id"])
logging.info("%s", d)  # expect: AMZ005
d.pop("name")
logging.info("%s", d)
whole = dict(o)
whole.pop("BuyerInfo", None)
logging.info("%s", whole)  # expect: AMZ005
""",
"a_unit_of_work_yields_a_repository_whose_session_reads_back_per_model": """
import logging
from contextlib import contextmanager
from sqlalchemy import create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, sessionmaker
from sp_api.api import Orders
class Base(DeclarativeBase):
    pass
class Snapshot(Base):
    __tablename__ = "snapshots"
    order_id: Mapped[str] = mapped_column(primary_key=True)
    recipient: Mapped[str]
class Record(Base):
    __tablename__ = "records"
    order_id: Mapped[str] = mapped_column(primary_key=True)
    status: Mapped[str]
class Repository:
    def __init__(self, session):
        self.session = session
    def save_snapshot(self, order_id):
        addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
        self.session.add(Snapshot(order_id=order_id, recipient=addr["Name"]))  # expect: AMZ003
    def touch(self, order_id, status):
        rec = self.session.scalar(select(Record).where(Record.order_id == order_id))
        rec.status = status
        self.session.add(rec)
    def recipients(self):
        return [s.recipient for s in self.session.scalars(select(Snapshot).order_by(Snapshot.order_id)).all()]
class UnitOfWork:
    def __init__(self, url):
        self._factory = sessionmaker(bind=create_engine(url))
    @contextmanager
    def __call__(self):
        session = self._factory()
        yield Repository(session)
        session.commit()
class Sync:
    def __init__(self, uow):
        self._uow = uow
    def run(self, order_id):
        with self._uow() as repo:
            repo.save_snapshot(order_id)
            repo.touch(order_id, "Shipped")
            logging.info("recipients %s", repo.recipients())  # expect: AMZ005
Sync(UnitOfWork("sqlite://")).run("1")
""",
"a_pydantic_model_dumped_with_only_some_fields_holds_only_those": """
import logging, os, requests
from pydantic import BaseModel
from sp_api.api import Orders
log = logging.getLogger(__name__)
PUBLIC = {"order_id", "status"}
class Row(BaseModel):
    order_id: str
    status: str
    email: str
def run():
    o = Orders().get_orders(CreatedAfter="x").payload["Orders"][0]
    r = Row(order_id=o["AmazonOrderId"], status=o["OrderStatus"], email=o["BuyerInfo"]["BuyerEmail"])
    log.info("row %s", r.model_dump(include={"email"}))  # expect: AMZ005
    log.info("row %s", r.model_dump(include=PUBLIC))
    requests.post("https://x.example.com", data=r.model_dump_json(include={"order_id", "status"}))
    requests.post("https://x.example.com", data=r.model_dump_json(include={"order_id", "email"}))  # expect: AMZ004
    log.info("row %s", r.model_dump(include=set(os.environ["F"].split(","))))  # expect: AMZ005
    log.info("row %s", r.dict(include={"order_id": True}))
    log.info("row %s", r.json(include={"order_id"}, exclude={"status"}))
    log.info("row %s", r.dict())  # expect: AMZ005
""",
# a merge's indicator column dropped afterwards: the merged table keeps its columns apart, so a
# product column read from it is the product table's (blind corpus hunt38 n06)
"dropping_a_column_that_holds_no_personal_data_keeps_the_columns_apart": """
import pandas as pd
from sp_api.api import Reports
def fetch():
    doc = Reports().get_report_document("d", download=True)
    return pd.read_csv(doc.payload["document"], sep="\\t")
def enrich(orders):
    products = pd.read_csv("products.csv")
    merged = orders.merge(products[["sku", "category", "list_price"]], on="sku", how="left", indicator=True)
    merged = merged.drop(columns="_merge")
    merged["revenue"] = merged["quantity-purchased"] * merged["list_price"].fillna(0.0)
    return merged
merged = enrich(fetch())
merged[["category", "list_price"]].to_csv("a.csv")
merged[["revenue"]].to_csv("b.csv")
merged.groupby(["category", "sku"], as_index=False).agg(revenue=("revenue", "sum")).to_excel("c.xlsx")
merged[["sku", "buyer-email"]].to_csv("d.csv")  # expect: AMZ003
merged.drop(columns=["_x"]).to_csv("e.csv")  # expect: AMZ003
""",
# a helper's row of thirteen public fields of its parameter, some read below a part
# (`order["OrderTotal"]["Amount"]`): past the label bound they fold at the keys they were read
# at, not into the whole order (blind corpus hunt38 n04)
"many_public_fields_read_at_different_depths_stay_those_fields": """
import csv
from sp_api.api import Orders
def summary_row(order):
    return {
        "id": order["AmazonOrderId"], "date": order["PurchaseDate"], "status": order["OrderStatus"],
        "channel": order["FulfillmentChannel"], "total": order["OrderTotal"]["Amount"],
        "currency": order["OrderTotal"]["CurrencyCode"], "shipped": order["NumberOfItemsShipped"],
        "unshipped": order["NumberOfItemsUnshipped"], "sales": order["SalesChannel"],
        "type": order["OrderType"], "updated": order["LastUpdateDate"],
        "market": order["MarketplaceId"], "level": order["ShipServiceLevel"],
    }
def write(orders, name_too):
    with open("summary.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        for o in orders:
            row = summary_row(o)
            w.writerow(list(row.values()))
            if name_too:
                w.writerow([*row.values(), o["ShippingAddress"]["Name"]])  # expect: AMZ003
orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
write(orders, False)
""",
# a parameter handed on as one key of a path a helper walks key by key (`val(order, field,
# "Amount")`): the caller's constant makes the path constant, so only that field is read
"a_parameter_in_a_key_path_a_helper_walks_is_the_callers_constant": """
import csv
from mws import mws
def val(node, *path, default=""):
    cur = node
    for key in path:
        if not isinstance(cur, dict):
            return default
        cur = cur.get(key)
        if cur is None:
            return default
    if isinstance(cur, dict):
        return cur.get("value", default)
    return cur
def money(order, field="OrderTotal"):
    return val(order, field, "Amount", default="0.00"), val(order, field, "CurrencyCode", default="USD")
def recipient(order, part="ShippingAddress"):
    return val(order, part, "Name")
orders = mws.Orders("k", "s", "a").list_orders(marketplaceids=["x"]).parsed["Orders"]["Order"]
with open("o.csv", "w") as fh:
    w = csv.writer(fh)
    for o in orders:
        amount, currency = money(o)
        w.writerow([val(o, "AmazonOrderId"), amount, currency])
        w.writerow([val(o, "AmazonOrderId"), recipient(o)])  # expect: AMZ003
""",
# writers chosen from a dict of lambdas (`writers[fmt]()`, a CLI's --format): a lambda called
# where it was defined reads its variables as they are then, not as the dict of function values
# kept them, cut to size; so a summary writer sees each row's fields apart (blind corpus hunt39 o05)
"lambdas_in_a_dict_called_where_they_are_defined_see_the_rows_whole_and_apart": """
import csv, json, sys
from sp_api.api import Orders
SUMMARY = ("order_id", "status", "total")
def flatten(o, a, b):
    ship = a.get("ShippingAddress", {})
    return {
        "order_id": o["AmazonOrderId"], "purchase_date": o["PurchaseDate"], "status": o["OrderStatus"],
        "channel": o["FulfillmentChannel"], "total": o["OrderTotal"]["Amount"], "currency": o["OrderTotal"]["CurrencyCode"],
        "buyer_name": b.get("BuyerName"), "buyer_email": b.get("BuyerEmail"), "ship_name": ship.get("Name"),
        "line1": ship.get("AddressLine1"), "line2": ship.get("AddressLine2"), "city": ship.get("City"),
        "state": ship.get("StateOrRegion"), "zip": ship.get("PostalCode"), "country": ship.get("CountryCode"),
        "phone": ship.get("Phone"), "level": o["ShipServiceLevel"],
    }
def write_summary(rows, path):
    with open(path, "w") as fh:
        out = csv.writer(fh)
        for r in rows:
            out.writerow([r[f] for f in SUMMARY])
def write_full(rows, path):
    with open(path, "w") as fh:
        json.dump(rows, fh)  # expect: AMZ003
def export(fmt, output):
    api = Orders()
    rows = [flatten(o, api.get_order_address(o["AmazonOrderId"]).payload, api.get_order_buyer_info(o["AmazonOrderId"]).payload)
            for o in api.get_orders(CreatedAfter="2024").payload["Orders"]]
    writers = {
        "summary": lambda: write_summary(rows, output),
        "json": lambda: write_full(rows, output),
        "csv": lambda: write_summary(rows, output),
        "tsv": lambda: write_summary(rows, output + ".tsv"),
    }
    writers[fmt]()
export(sys.argv[1], sys.argv[2])
""",
# a store into a container the helper made (`out = df[[...]].copy()`, `dict(row)`) is not a store
# into the caller's table or row; a store into the parameter itself still is (hunt39 o02)
"a_store_into_a_copy_a_helper_made_does_not_change_the_callers_table": """
import csv, hashlib, io
import pandas as pd
from sp_api.api import Reports
def sha(e):
    return hashlib.sha256(e.encode()).hexdigest()
def email_index(df):
    out = df[["order-id", "purchase-date"]].copy()
    out["email_sha256"] = df["buyer-email"].map(sha)
    out.columns = ["order_id", "purchase_date", "email_sha256"]
    return out
def mark(df):
    df["email_sha256"] = df["buyer-email"].map(sha)
def daily(df):
    cols = df[["purchase-date", "sku", "quantity-purchased"]].copy()
    cols["day"] = cols["purchase-date"].dt.date
    return cols.groupby(["day", "sku"], as_index=False).agg(units=("quantity-purchased", "sum"))
def fetch_rows():
    doc = Reports().get_report_document("d", download=True).payload["document"]
    rows = []
    for row in csv.DictReader(io.StringIO(doc), delimiter="\t"):
        for col in ("quantity-purchased", "item-price"):
            row[col] = float(row.get(col) or 0)
        rows.append(row)
    return rows
def frame(rows):
    df = pd.DataFrame(rows)
    df["purchase-date"] = pd.to_datetime(df["purchase-date"], utc=True)
    return df
df = frame(fetch_rows())
email_index(df).to_gbq("index")  # expect: AMZ003
daily(df).to_gbq("daily")
mark(df)
df[["order-id", "email_sha256"]].to_gbq("marked")  # expect: AMZ003
""",
# a list of steps run one after the other over a shared dict (an Airflow-style task list): each
# step sees what the ones before it stored, however many steps there are (blind corpus hunt40 p10)
"a_list_of_steps_runs_in_order_over_their_shared_state": """
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)
def extract(ctx):
    ctx["orders"] = Orders().get_orders(CreatedAfter=ctx["ds"]).payload["Orders"]
def transform(ctx):
    ctx["rows"] = [{"id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"]} for o in ctx["orders"]]
    ctx["ids"] = [o["AmazonOrderId"] for o in ctx["orders"]]
def archive(ctx):
    pass
def audit(ctx):
    log.info("ids %s", ctx["ids"])
def export(ctx):
    pass
def load(ctx):
    log.info("rows %s", ctx["rows"])  # expect: AMZ005
def notify(ctx):
    pass
STEPS = [extract, transform, archive, export, audit, load, notify]
def run(**context):
    ctx = {"ds": context["ds"]}
    for step in STEPS:
        log.info("step %s", step.__name__)
        step(ctx)
""",
# a hash of the data joined with a secret is keyed (the reference's `hashlib.sha256(salt+…)`):
# stored, it is cleared; a plain hash, or a name that only mentions a salt, is not (hunt38 n02)
"a_hash_of_data_joined_with_a_secret_is_a_keyed_hash": """
import hashlib, os, sqlite3
from sp_api.api import Orders
class cfg:
    HASH_SALT = os.environ["SALT"]
SECRET = os.environ["SECRET"].encode()
info = Orders().get_order_buyer_info("1").payload
email = info["BuyerEmail"]
db = sqlite3.connect("x.db")
db.execute("INSERT INTO t VALUES (?)", (hashlib.sha256(f"{cfg.HASH_SALT}:{email}".encode()).hexdigest(),))
db.execute("INSERT INTO t VALUES (?)", (hashlib.sha256(b"".join([SECRET, email.encode()])).hexdigest(),))
db.execute("INSERT INTO t VALUES (?)", (hashlib.md5("{}{}".format(email, cfg.HASH_SALT).encode()).hexdigest(),))
db.execute("INSERT INTO t VALUES (?)", (hashlib.sha256(email.lower().encode()).hexdigest(),))  # expect: AMZ003
salted_email = email.strip()
db.execute("INSERT INTO t VALUES (?)", (hashlib.sha256(salted_email.encode()).hexdigest(),))  # expect: AMZ003
""",
# the seller's own address as an email's sender is not text leading the buyer off Amazon; as
# Reply-To (replies bypass the relay) or in the body it is (blind corpus hunt38 n09)
"an_emails_sender_address_is_not_text_of_the_message": """
import smtplib
from email.message import EmailMessage
from email.mime.text import MIMEText
from sp_api.api import Orders
SENDER = "orders@myshop.example"
info = Orders().get_order_buyer_info("1").payload
server = smtplib.SMTP("mail.myshop.example")
msg = EmailMessage()
msg["From"] = SENDER
msg["To"] = info["BuyerEmail"]
msg.set_content("Your order has shipped.")
server.sendmail(SENDER, [info["BuyerEmail"]], msg.as_string())  # expect: AMZ002
plain = MIMEText("Your order has shipped.")
plain["from"] = f"My Shop <{SENDER}>"
server.sendmail(SENDER, [info["BuyerEmail"]], plain.as_string())  # expect: AMZ002
reply = EmailMessage()
reply["From"] = SENDER
reply["Reply-To"] = SENDER
reply.set_content("Your order has shipped.")
server.sendmail(SENDER, [info["BuyerEmail"]], reply.as_string())  # expect: AMZ002 AMZ006
body = EmailMessage()
body["From"] = SENDER
body.set_content(f"Questions? Write to {SENDER}")
server.sendmail(SENDER, [info["BuyerEmail"]], body.as_string())  # expect: AMZ002 AMZ006
""",

}


@pytest.mark.parametrize("name", sorted(CASES))
def test_seller_pattern(name: str) -> None:
    check(CASES[name])


def test_a_table_with_only_some_personal_columns_dropped_is_still_personal() -> None:
    """A table read whole from a report is minimised by a column drop only when the buyer's email
    and name are among the dropped columns (world.toml identifying_data), whether it was read
    from the file or built from its rows (rev25 o01)."""
    check('''
import csv
import pandas as pd
df = pd.read_csv("exports/AllOrders.txt", sep="\\t")
df.drop(columns=["buyer-name", "recipient-name"]).to_csv("leaky.csv")  # expect: AMZ003
df.drop(columns=["buyer-email"]).to_csv("leaky2.csv")  # expect: AMZ003
df.drop(columns=["buyer-email", "buyer-name", "recipient-name"]).to_csv("minimised.csv")
rows = pd.DataFrame(list(csv.DictReader(open("exports/AllOrders.txt"), delimiter="\\t")))
rows.drop(columns=["buyer-email"]).to_csv("leaky3.csv")  # expect: AMZ003
rows.drop(columns=["buyer-email", "buyer-name"]).to_csv("minimised2.csv")
''')


def test_rows_a_helper_writes_through_a_writer_over_a_buffer_reach_the_buffer() -> None:
    """A csv writer handed to a helper: what the caller made it over decides (ParamSink.over). Over
    an io.StringIO the rows reach the buffer, reported where its text goes; over a file they
    are the helper's file write. A PDF canvas drawn by a helper is the same."""
    check('''
import csv, io, requests
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
def write_rows(w, rows):
    for r in rows:
        w.writerow(r)
buf = io.StringIO()
write_rows(csv.writer(buf), [[info["BuyerEmail"]]])
requests.post("https://partner.example.com/upload", data=buf.getvalue())  # expect: AMZ004
''')
    check('''
import csv, io, requests
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
def write_rows(w, rows):
    for r in rows:
        w.writerow(r)  # expect: AMZ003
def export(w, rows):
    write_rows(w, rows)
export(csv.writer(io.StringIO()), [[info["AmazonOrderId"]]])
with open("buyers.csv", "w") as fh:
    export(csv.writer(fh), [[info["BuyerEmail"]]])
''')
    check('''
import io
import boto3
from reportlab.pdfgen import canvas
from sp_api.api import Orders
def block(c, lines, y):
    for text in lines:
        c.drawString(72, y, text)
        y -= 12
def render(addr):
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    block(c, [addr["Name"], addr["AddressLine1"]], 720)
    c.save()
    return buf.getvalue()
pdf = render(Orders().get_order_address("1").payload["ShippingAddress"])
boto3.client("s3").put_object(Bucket="b", Key="label.pdf", Body=pdf)  # expect: AMZ003
''')


def test_a_whole_report_row_from_a_path_on_the_command_line_is_reported() -> None:
    """A file from a path not known statically is an order report once code reads one of its rows
    by a report column name (Source.unknown_path), per place it is read: the orders' whole rows
    are reported, the product file and the settings read elsewhere are not."""
    check('''
import csv, json, logging, sys
def raw_orders(source_file):
    with open(source_file, encoding="utf-8") as f:
        return [dict(row) for row in csv.DictReader(f, delimiter="\\t")]
def products(path):
    with open(path, newline="") as f:
        return list(csv.DictReader(f))
def settings(path):
    with open(path) as f:
        return json.load(f)
orders = raw_orders(sys.argv[1])
catalog = products(sys.argv[2])
cfg = settings(sys.argv[3])
for order in orders:
    logging.critical("order causing trouble: %s", order)  # expect: AMZ005
    print(order["buyer-name"])  # expect: AMZ005
for item in catalog:
    logging.info("product %s", item)
logging.info("settings %s", cfg)
''')


def test_a_file_from_an_unknown_path_names_the_read_that_makes_it_a_report() -> None:
    """The finding says why a file of a path not known statically is an order report: the read of
    a report column that confirmed it, with its place."""
    findings = check(CASES["a_table_from_a_path_on_the_command_line_read_by_a_report_column"])
    (f,) = findings
    assert f.flows[0].source.catalog_id == "order_file.pandas"
    assert "its rows are read by report column 'buyer-email' at snippet.py:5" in f.message
    assert f.flows[0].steps[0].location.line == 3


def test_text_of_a_report_read_as_a_table_keeps_the_report_as_its_source() -> None:
    """pd.read_csv(io.StringIO(text)) of a report document is not a file from an unknown path: the
    finding's source stays the document."""
    findings = check('''
import io
import pandas as pd
from sp_api.api import Reports
text = Reports().get_report_document("d", download=True).payload["document"]
df = pd.read_csv(io.StringIO(text), sep="\\t")
df.to_csv("orders.csv")  # expect: AMZ003
''')
    assert [fl.source.catalog_id for fl in findings[0].flows] == ["sp_api.reports.document"]


@pytest.mark.xfail(
    strict=True,
    reason="a file from a path not known statically is an order report per place it is read: one helper "
    "reading both the orders file and a listing file confirms both once the orders' columns are read, so "
    "the listing's rows are reported too (context per caller would keep them apart)",
)
def test_one_reader_helper_for_an_orders_file_and_a_listing_file_keeps_them_apart() -> None:
    check('''
import csv, logging, sys
def rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\\t"))
orders = rows(sys.argv[1])
listings = rows(sys.argv[2])
print(orders[0]["buyer-email"])  # expect: AMZ005
logging.info("listing %s", listings[0])
''')


def test_the_read_that_makes_a_file_a_report_is_named_where_a_helper_makes_it() -> None:
    """The finding names the helper's own read of the column, not the call that passed the rows."""
    findings = check_files({
        "mail.py": '''
def greeting(order):
    return "Hello " + order["buyer-name"]
''',
        "main.py": '''
import csv, logging, sys
from mail import greeting
with open(sys.argv[1], newline="") as fh:
    rows = list(csv.DictReader(fh, delimiter="\\t"))
for r in rows:
    greeting(r)
logging.info("done %s", rows)  # expect: AMZ005
''',
    })
    assert "its rows are read by report column 'buyer-name' at mail.py:2" in findings[0].message


def test_a_script_folder_imports_its_own_modules_before_the_scan_roots() -> None:
    """etl/main.py (not in a package) run as a script imports etl/extract/extract.py, as Python
    does, though the scan root has an older extract/extract.py too."""
    check_files({
        "extract/extract.py": """
def load():
    return []
""",
        "etl/extract/extract.py": """
from sp_api.api import Orders
def load():
    return Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
""",
        "etl/main.py": """
import logging
from extract.extract import load
for order in load():
    logging.info("order %s", order)  # expect: AMZ005
""",
    })


def test_a_folder_imported_as_a_namespace_package_is_not_a_script_folder() -> None:
    """app/ has no __init__.py but main.py imports app.views: app is a package (PEP 420), so
    app/views.py's `from . import mailer` and `from utils import send` are Python's, not the
    folder's own first (app/app.py and app/utils.py exist too)."""
    check_files({
        "main.py": """
import csv
from app.views import handle, notify
with open("exports/AllOrders.txt", newline="") as fh:
    for row in csv.DictReader(fh, delimiter="\\t"):
        handle(row)
        notify(row)
""",
        "utils.py": """
import requests
def send(x):
    requests.post("https://crm.example.com/api", json={"e": x})  # expect: AMZ004
""",
        "app/app.py": """
app = None
""",
        "app/utils.py": """
def send(x):
    return x
""",
        "app/mailer.py": """
import requests
def push(x):
    requests.post("https://mail.example.com/api", json={"e": x})  # expect: AMZ004
""",
        "app/views.py": """
from . import mailer
from utils import send
def handle(row):
    mailer.push(row["buyer-email"])
def notify(row):
    send(row["buyer-email"])
""",
    })


def test_a_script_folder_named_like_a_library_package_is_still_a_script_folder() -> None:
    """main.py imports the standard library's email.mime.text: that does not make the scanned
    email/ folder of scripts a package (only imports of its own modules do)."""
    check_files({
        "main.py": """
from email.mime.text import MIMEText
m = MIMEText("hi")
""",
        "utils.py": """
def push(x):
    return x
""",
        "email/utils.py": """
import requests
def push(x):
    requests.post("https://crm.example.com/api", json={"e": x})  # expect: AMZ004
""",
        "email/send_report.py": """
import csv
from utils import push
with open("exports/AllOrders.txt", newline="") as fh:
    for r in csv.DictReader(fh, delimiter="\\t"):
        push(r["buyer-email"])
""",
    })


def test_keys_with_many_parts_built_at_run_time_match_in_linear_time() -> None:
    """A key template with 40 holes against a 3,000-character key: matched part by part (a
    regular expression of `.*` between the parts backtracked for minutes)."""
    from auditor.values import HOLE, key_may_be

    template = (HOLE + "/") * 40 + "report.csv"
    assert key_may_be(template, "a/" * 1500 + "report.csv")
    assert not key_may_be(template, "a/" * 1500 + "report.txt")
    assert key_may_be(HOLE + "_orders", "AM_orders") and not key_may_be(HOLE + "_orders", "AM_products")


def test_a_report_type_named_in_a_request_body_written_as_text_decides_the_document() -> None:
    """Two scripts request reports over HTTP with the body written as JSON text and fetch the
    document through one retry helper: the ledger report holds no buyer data, the orders report
    does. Which the document is comes from the caller's module, not the helper's."""
    helper = """
import requests
def request_with_retry(method, url, **kwargs):
    for attempt in range(3):
        response = requests.request(method, url, **kwargs)
        if response.status_code != 429:
            return response
        print(f"rate limited: {url}")
    raise RuntimeError(url)
"""
    script = """
from google.cloud import storage
from utils.http_retry import request_with_retry
API = "https://sellingpartnerapi-fe.amazon.com"
def run(start):
    body = f'''{{"reportType": "REPORT", "dataStartTime": "{start}"}}'''
    rid = request_with_retry("POST", f"{API}/reports/2021-06-30/reports", data=body).json()["reportId"]
    doc = request_with_retry("GET", f"{API}/reports/2021-06-30/reports/{rid}").json()["reportDocumentId"]
    link = request_with_retry("GET", f"{API}/reports/2021-06-30/documents/{doc}").json()["url"]
    content = request_with_retry("GET", link).text
    storage.Client().bucket("b").blob("r.tsv").upload_from_string(content)MARK
"""
    check_files({
        "utils/__init__.py": "",
        "utils/http_retry.py": helper,
        "ledger.py": script.replace("REPORT", "GET_LEDGER_DETAIL_VIEW_DATA").replace("MARK", ""),
        "orders.py": script.replace("REPORT", "GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL").replace("MARK", "  # expect: AMZ003"),
    })


_ARGV_OR_TEST_PATH = """
import csv, logging, sys
TESTING = False
TEST_FILE = r"C:\\exports\\COM 2022.03.10.txt"
def parse_args(testing=False):
    if testing:
        return TEST_FILE, "AmazonCOM"
    return sys.argv[1], sys.argv[2]
def clean(orders):
    for order in orders:
        try:
            order["sku"] = order["sku"].split(" + ")
            if not order["buyer-phone-number"]:
                continue
        except KeyError:
            logging.critical(f"bad order {order}")  # expect: AMZ005
    return orders
def read(path, delimiter):
    with open(path, encoding="utf-8") as f:
        return [dict(row) for row in csv.DictReader(f, delimiter=delimiter)]
path, channel = parse_args(TESTING)
orders = clean(read(path, "," if channel == "Etsy" else "\\t"))
with open(sys.argv[3] if len(sys.argv) > 3 else "COM skus.txt") as fh:
    for line in fh:
        logging.info("sku %s", line)
"""


@pytest.mark.xfail(
    strict=True,
    reason="sys.argv[1] holds no constant text, so a path that is it or a test constant counts as the "
    "constant's known path, and the rows of the file read from the command line are not a report. "
    "Taking sys.argv[i] as unknown text fixes this, but on a real repository (yomajo) it also exposes "
    "receivers folded past the value bounds: +9 true findings and +28 false alarms, so it was taken back",
)
def test_a_path_from_the_command_line_or_a_test_constant_is_not_known_statically() -> None:
    check(_ARGV_OR_TEST_PATH)


def test_a_generic_report_helper_is_judged_per_report_type_its_callers_request() -> None:
    """One helper requests a report of the type its caller names and downloads the document: the
    inventory script's document holds no buyer data, the orders script's does, though the
    helper's module names no report type and the program names both."""
    check_files({
        "reports/__init__.py": "",
        "reports/api.py": """
import time
from sp_api.api import Reports
def wait_for_document(report_type, **kwargs):
    client = Reports()
    report_id = client.create_report(reportType=report_type, **kwargs).payload["reportId"]
    while True:
        report = client.get_report(report_id).payload
        if report["processingStatus"] == "DONE":
            return client, report["reportDocumentId"]
        time.sleep(30)
def fetch_text(report_type):
    client, doc_id = wait_for_document(report_type)
    return client.get_report_document(doc_id, download=True).payload["document"]
""",
        "inventory.py": """
import io, logging
import pandas as pd
from sp_api.base import ReportType
from reports.api import fetch_text
df = pd.read_csv(io.StringIO(fetch_text(ReportType.GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA)), sep="\\t")
df.to_csv("fba_inventory.csv", index=False)
logging.info("inventory %s", df.to_dict("records"))
""",
        "orders.py": """
import logging
from reports.api import fetch_text
text = fetch_text("GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING")
logging.info("open orders %s", text)  # expect: AMZ005
""",
    })


_NESTED_NAME_TABLES = """import logging
import pandas as pd
import requests

MARKETPLACES = {"A0XYZ": "M0", "A1XYZ": "M1", "A2XYZ": "M2", "A3XYZ": "M3", "A4XYZ": "M4", "A5XYZ": "M5", "A6XYZ": "M6", "A7XYZ": "M7", "A8XYZ": "M8", "A9XYZ": "M9", "A10XYZ": "M10", "A11XYZ": "M11", "A12XYZ": "M12", "A13XYZ": "M13", "A14XYZ": "M14", "A15XYZ": "M15"}
COLUMNS = {"amz-col-0": "erp_col_0", "amz-col-1": "erp_col_1", "amz-col-2": "erp_col_2", "amz-col-3": "erp_col_3", "amz-col-4": "erp_col_4", "amz-col-5": "erp_col_5", "amz-col-6": "erp_col_6", "amz-col-7": "erp_col_7", "amz-col-8": "erp_col_8", "amz-col-9": "erp_col_9", "amz-col-10": "erp_col_10", "buyer-email": "erp_email"}

def sync(pages):
    out = []
    while pages:
        df = pd.read_csv(pages.pop(), sep="\\t")
        for rec in df.to_dict("records"):
            for mp_id, mp in MARKETPLACES.items():
                for src, dst in COLUMNS.items():
                    val = rec.get(src)
                    x0 = str(val).strip()[:50] if val else ''
                    x1 = str(val).strip()[:50] if val else ''
                    x2 = str(val).strip()[:50] if val else ''
                    x3 = str(val).strip()[:50] if val else ''
                    x4 = str(val).strip()[:50] if val else ''
                    x5 = str(val).strip()[:50] if val else ''
                    x6 = str(val).strip()[:50] if val else ''
                    x7 = str(val).strip()[:50] if val else ''
                    x8 = str(val).strip()[:50] if val else ''
                    x9 = str(val).strip()[:50] if val else ''
                    x10 = str(val).strip()[:50] if val else ''
                    x11 = str(val).strip()[:50] if val else ''
                    x12 = str(val).strip()[:50] if val else ''
                    x13 = str(val).strip()[:50] if val else ''
                    x14 = str(val).strip()[:50] if val else ''
                    x15 = str(val).strip()[:50] if val else ''
                    x16 = str(val).strip()[:50] if val else ''
                    x17 = str(val).strip()[:50] if val else ''
                    x18 = str(val).strip()[:50] if val else ''
                    x19 = str(val).strip()[:50] if val else ''
                    x20 = str(val).strip()[:50] if val else ''
                    x21 = str(val).strip()[:50] if val else ''
                    x22 = str(val).strip()[:50] if val else ''
                    x23 = str(val).strip()[:50] if val else ''
                    x24 = str(val).strip()[:50] if val else ''
                    x25 = str(val).strip()[:50] if val else ''
                    x26 = str(val).strip()[:50] if val else ''
                    x27 = str(val).strip()[:50] if val else ''
                    x28 = str(val).strip()[:50] if val else ''
                    x29 = str(val).strip()[:50] if val else ''
                    out.append({dst: val, "mp": mp})
    first = pd.read_csv("orders.txt", sep="\\t")
    logging.info("first buyer %s", first["buyer-email"])  # expect: AMZ005
    return out

sync(["a.txt", "b.txt"])
"""


def test_name_tables_nested_in_loops_run_within_the_statement_budget() -> None:
    """Two 16-entry mapping tables looped inside two other loops: only one table at a time, and
    none inside deep loops, runs per entry, so the function is analysed whole (the flow after the
    loops is found) instead of stopping at the statement budget."""
    check(_NESTED_NAME_TABLES)


_ONE_FETCH_FOR_MANY_REPORTS = """import logging
from sp_api.api import Reports

log = logging.getLogger(__name__)


class Client:
    def __init__(self):
        self.api = Reports()

    def _create(self, report_type):
        return self.api.create_report(reportType=report_type).payload["reportId"]

    def _wait(self, report_id):
        return self.api.get_report(report_id).payload["reportDocumentId"]

    def download(self, document_id):
        return self.api.get_report_document(document_id, download=True).payload["document"]

    def fetch(self, report_type):
        return self.download(self._wait(self._create(report_type)))

    def fetch_inline(self, report_type):
        report_id = self.api.create_report(reportType=report_type).payload["reportId"]
        return self.api.get_report_document(report_id, download=True).payload["document"]


def inventory(c):
    log.info(c.fetch("GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA"))
    log.info(c.fetch_inline("GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA"))


def orders(c):
    log.info(c.fetch("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"))  # expect: AMZ005
    log.info(c.fetch_inline("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"))  # expect: AMZ005


inventory(Client())
orders(Client())
"""


def test_one_fetch_function_for_several_report_types_is_judged_per_request() -> None:
    """A module that names an inventory and an orders report and fetches both through one
    `fetch(report_type)`: the document is the report its own request made (the request marks
    the report id, and the document id got for it, with the type), so the inventory's is not
    the orders'. Before, a module naming an orders type made every document in it one."""
    check(_ONE_FETCH_FOR_MANY_REPORTS)


def test_a_retry_decorator_around_the_request_keeps_each_callers_report_type() -> None:
    """The request method is wrapped by a `@retry` whose `wrapper(*args, **kwargs)` calls it
    with the same arguments: the wrapper is copied per report type its callers pass in `*args`,
    so the inventory job's document is still only the inventory report."""
    check(_ONE_FETCH_FOR_MANY_REPORTS.replace(
        "class Client:",
        "def retry(fn):\n    def wrapper(*a, **kw):\n        for _ in range(3):\n"
        "            try:\n                return fn(*a, **kw)\n            except IOError:\n"
        "                log.warning('retrying %s', fn.__name__)\n        return fn(*a, **kw)\n"
        "    return wrapper\n\n\nclass Client:",
    ).replace("    def _create(self", "    @retry\n    def _create(self"))


def test_a_document_of_a_report_whose_type_is_not_known_is_still_the_buyers() -> None:
    """The report type comes from the command line, or the document id is written in the code:
    the request does not say which report it is, so the module's and program's types decide."""
    check("""
import logging, sys
from sp_api.api import Reports
api = Reports()
rid = api.create_report(reportType=sys.argv[1]).payload["reportId"]
log = logging.getLogger(__name__)
log.info(api.get_report_document(rid, download=True).payload)  # expect: AMZ005
log.info(api.get_report_document("amzn1.tortuga.3.doc", download=True).payload)  # expect: AMZ005
api.create_report(reportType="GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA")
api.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
""")


def test_an_mws_report_is_judged_by_the_request_that_made_it() -> None:
    """MWS: the report id got for a request (get_report_request_list's GeneratedReportId) is of the
    requested type, so one `fetch(report_type)` for an inventory and an orders report gives buyer
    data for the orders only."""
    check("""
import logging
import mws
log = logging.getLogger(__name__)
reports = mws.Reports("key", "secret", "seller")

def fetch(report_type):
    request_id = reports.request_report(report_type).parsed["ReportRequestInfo"]["ReportRequestId"]["value"]
    info = reports.get_report_request_list(requestids=[request_id]).parsed
    report_id = info["ReportRequestInfo"]["GeneratedReportId"]["value"]
    return reports.get_report(report_id).parsed

log.info(fetch("_GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA_"))
log.info(fetch("_GET_FLAT_FILE_ORDERS_DATA_"))  # expect: AMZ005
""")


# a report helper module: a request by type, and a download by document id
_REQUEST_AND_DOWNLOAD = """import logging, os, sys
from sp_api.api import Reports
from sp_api.base import ReportType
log = logging.getLogger(__name__)
api = Reports()
INVENTORY = "GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA"

def request(rt):
    rid = api.create_report(reportType=rt).payload["reportId"]
    return api.get_report(rid).payload["reportDocumentId"]

def download(doc_id):
    return api.get_report_document(doc_id, download=True).payload["document"]
"""


def test_a_report_whose_type_or_id_is_also_text_not_known_statically_is_judged_as_before() -> None:
    """A report type that is a constant or a setting (`os.getenv("REPORT_TYPE") or DEFAULT`),
    built at run time (`f"GET_FBA_{kind}_DATA"`), a document id that is the command line's or the
    request's (`sys.argv[1] if ... else request(...)`), and an unfiltered listing's id: none says
    which report it is, so the module's and program's types decide, as before the request marks
    (review of ff562a0)."""
    check(_REQUEST_AND_DOWNLOAD + """
def latest_done():
    reports = api.get_reports(processingStatuses=["DONE"]).payload["reports"]
    return reports[0]["reportDocumentId"] if reports else None

def orders_job():
    return request("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")

log.info(download(request(os.getenv("REPORT_TYPE") or INVENTORY)))  # expect: AMZ005
log.info(download(request(f"GET_FBA_{sys.argv[1]}_DATA")))  # expect: AMZ005
log.info(download(sys.argv[1] if len(sys.argv) > 1 else request(INVENTORY)))  # expect: AMZ005
log.info(download(latest_done() or request(INVENTORY)))  # expect: AMZ005
""")


def test_a_report_type_from_a_framework_or_an_enum_name_not_known_is_judged_as_before() -> None:
    """A Lambda handler's `event.get("report_type", INVENTORY)`, a CLI entry point's default and
    `getattr(ReportType, name)` for a name from the command line may be any report type: the
    request marks its reports as of any type, and the helper copy for the constant alone stays
    the constant's (review of f103c3f)."""
    check(_REQUEST_AND_DOWNLOAD + """
def handler(event, context):
    log.info(download(request(event.get("report_type", INVENTORY))))  # expect: AMZ005

def main(report_type=INVENTORY):
    log.info(download(request(report_type)))  # expect: AMZ005

def adhoc():
    rt = getattr(ReportType, sys.argv[1]) if len(sys.argv) > 1 else ReportType.GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA
    log.info(download(request(rt)))  # expect: AMZ005

def control():
    log.info(download(request(INVENTORY)))

def orders():
    api.create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")

adhoc()
control()
""")


@pytest.mark.xfail(strict=True, reason=(
    "text built from the command line by str.join or str.format (`' '.join(sys.argv[1:]) or "
    "INVENTORY`) evaluates to nothing, so the request looks like the constant's: its document is "
    "judged by the constant's type. Before report documents were judged by the request that made "
    "them, every type the module names decided, which found it (review of f103c3f)"
))
def test_a_report_type_joined_from_the_command_line_is_any_type() -> None:
    check("""
import logging, sys
from sp_api.api import Reports
log = logging.getLogger(__name__)
api = Reports()

def fetch(rt):
    rid = api.create_report(reportType=rt).payload["reportId"]
    return api.get_report_document(rid, download=True).payload["document"]

def orders():
    log.info(fetch("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"))  # expect: AMZ005

def adhoc():
    log.info(fetch(" ".join(sys.argv[1:]) or "GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA"))  # expect: AMZ005
""")


def test_a_decorated_method_called_with_keywords_gets_them() -> None:
    """`Mailer().send(subject=..., to=email)` through a `wrapper(*args, **kwargs)`: with the
    receiver as args[0], the keywords still fill the parameters after it (review of d955e27)."""
    check("""
import functools, smtplib
from sp_api.api import Orders

def retry(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

class Mailer:
    @retry
    def send(self, subject, to):
        smtplib.SMTP("smtp.example.com").sendmail("shop@example.com", [to], subject)  # expect: AMZ002

addr = Orders().get_order_address("123").payload
Mailer().send(subject="Your order", to=addr["BuyerEmail"])
""")


def test_a_wrapper_around_a_method_gets_the_receiver_as_its_first_argument() -> None:
    """`@audited` on a method: the wrapper's `args[0]` is the receiver and `args[1]` the first
    argument. Before, the receiver was the whole `args` and `args[0]` the first argument, so
    logging the receiver was taken for logging the buyer's email."""
    check("""
import logging
from sp_api.api import Orders
log = logging.getLogger(__name__)

def audited(fn):
    def wrapper(*args, **kwargs):
        log.info("%s on %s", fn.__name__, args[0])
        log.debug("argument %s", args[1])  # expect: AMZ005
        return fn(*args, **kwargs)
    return wrapper

class Mailer:
    @audited
    def remember(self, email):
        return email.lower()

order = Orders().get_order("1").payload
Mailer().remember(order["BuyerInfo"]["BuyerEmail"])
""")


def test_a_document_id_handed_to_a_generic_download_helper_is_judged_by_the_callers_request() -> None:
    """The helper module only requests, polls and downloads: the document id is its parameter and
    it names no report type. Each caller's own request decides what the document holds, also
    through a helper in between and in a copy per type of a fetch function; a caller that
    requests a type not known statically still gets the buyer data. (The types are a function's,
    not a document's: a function requesting an order report and then an inventory report gets
    buyer data from both documents.)"""
    check_files({
        "sp_reports.py": """
import time
from sp_api.api import Reports
def request_report(report_type):
    return Reports().create_report(reportType=report_type).payload["reportId"]
def wait_for_document(report_id):
    while True:
        res = Reports().get_report(report_id).payload
        if res.get("processingStatus") == "DONE":
            return res["reportDocumentId"]
        time.sleep(30)
def download_text(document_id):
    return Reports().get_report_document(document_id, download=True).payload["document"]
""",
        "relay.py": """
from sp_api_helpers import nothing
from sp_reports import download_text
def document_text(document_id):
    return download_text(document_id).strip()
""",
        "sp_api_helpers.py": """
def nothing():
    return None
""",
        "daily.py": """
import io, logging, sys
import pandas as pd
from sp_api.base import ReportType
from sp_reports import download_text, request_report, wait_for_document
from relay import document_text
def fetch_frame(report_type):
    document_id = wait_for_document(request_report(report_type))
    return pd.read_csv(io.StringIO(download_text(document_id)), sep="\\t")
def main():
    shipments = fetch_frame(ReportType.GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL)
    inventory = fetch_frame(ReportType.GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA)
    shipments.to_csv("shipments.csv", index=False)  # expect: AMZ003
    inventory.to_csv("inventory.csv", index=False)
def inventory_dump():
    doc = wait_for_document(request_report("GET_FBA_MYI_ALL_INVENTORY_DATA"))
    logging.info("inventory %s", document_text(doc))
def orders_dump():
    doc = wait_for_document(request_report("GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL"))
    logging.info("orders %s", document_text(doc))  # expect: AMZ005
def any_dump():
    doc = wait_for_document(request_report(sys.argv[1]))
    logging.info("any report %s", download_text(doc))  # expect: AMZ005
""",
    })


def test_a_report_requested_through_keyword_arguments_in_a_module_naming_another_type() -> None:
    """`create_report(**kw)` with `kw["reportType"]` the helper's parameter: the caller's type is
    requested (a copy per type), though the helper's module names only a settlement report; the
    document id the helper's `download(document_id)` is given is judged by each caller's request."""
    check_files({
        "amazon_docs.py": """
import csv, io, time
from sp_api.api import Reports
_reports = Reports()
def download(document_id):
    return _reports.get_report_document(document_id, download=True).payload["document"]
def fetch_rows(report_type, start, end=None):
    kw = {"reportType": report_type, "dataStartTime": start}
    if end: kw["dataEndTime"] = end
    rid = _reports.create_report(**kw).payload["reportId"]
    rep = _reports.get_report(rid).payload
    return list(csv.DictReader(io.StringIO(download(rep["reportDocumentId"])), delimiter="\\t"))
def latest_settlement_rows():
    res = _reports.get_reports(reportTypes=["GET_V2_SETTLEMENT_REPORT_DATA_FLAT_FILE_V2"], pageSize=1)
    reps = res.payload.get("reports", [])
    return list(csv.DictReader(io.StringIO(download(reps[0]["reportDocumentId"])), delimiter="\\t"))
""",
        "run.py": """
import logging
import amazon_docs
log = logging.getLogger(__name__)
for row in amazon_docs.fetch_rows("GET_FLAT_FILE_VAT_INVOICE_DATA_REPORT", "2026-01-01"):
    log.warning("VAT check failed for %s", row.get("buyer-name"))  # expect: AMZ005
    log.info("rate %s", row.get("item-vat-rate"))
for row in amazon_docs.latest_settlement_rows():
    log.info("settlement line %s", row)
""",
    })


def test_a_document_id_a_function_was_given_is_not_judged_by_its_own_report_requests() -> None:
    """A helper in between (`rows_of(document_id)`) in a module requesting listings: the
    document is its caller's request's; a listing with no type filter lists every type."""
    check_files({
        "app/__init__.py": "",
        "app/helpers.py": """
import csv, io
from sp_api.api import Reports
def download(document_id):
    doc = Reports().get_report_document(document_id, download=True).payload["document"]
    return list(csv.DictReader(io.StringIO(doc), delimiter="\\t"))
""",
        "app/sync.py": """
from sp_api.api import Reports
from app.helpers import download
def request_listings():
    return Reports().create_report(reportType="GET_MERCHANT_LISTINGS_ALL_DATA").payload["reportId"]
def rows_of(document_id):
    return download(document_id)
""",
        "app/main.py": """
import logging
import mws
from sp_api.api import Reports
from app.sync import rows_of
from app.helpers import download
log = logging.getLogger(__name__)
def nightly():
    rid = Reports().create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL").payload["reportId"]
    for row in rows_of(Reports().get_report(rid).payload["reportDocumentId"]):
        log.info("row %s", row)  # expect: AMZ005
def archive():
    reports = mws.Reports("k", "s", "a")
    reports.request_report("_GET_MERCHANT_LISTINGS_DATA_")
    for info in reports.get_report_list(fromdate="2024-01-01").parsed["ReportInfo"]:
        with open(f"archive/{info['ReportId']['value']}.txt", "wb") as fh:
            fh.write(reports.get_report(info["ReportId"]["value"]).original)  # expect: AMZ003
""",
    })


@pytest.mark.xfail(
    strict=True,
    reason="report types are a function's, not a document's: a handler that requests a listings report and then "
    "downloads, through a generic helper, the document an event names is judged by its listings request (fetched "
    "inline, the module's types count too and it is found)",
)
def test_a_document_named_by_an_event_is_not_judged_by_the_handlers_own_request() -> None:
    check_files({
        "helpers.py": """
from sp_api.api import Reports
def download(document_id, delimiter="\\t"):
    payload = Reports().get_report_document(document_id, download=True).payload
    return [line.split(delimiter) for line in payload["document"].splitlines()]
""",
        "worker.py": """
import logging
from sp_api.api import Reports
from helpers import download
log = logging.getLogger(__name__)
def handle_notification(event):
    Reports().create_report(reportType="GET_MERCHANT_LISTINGS_ALL_DATA")
    doc_id = event["payload"]["reportProcessingFinishedNotification"]["reportDocumentId"]
    for row in download(doc_id):
        log.info("row %s", row)  # expect: AMZ005
def cron():
    Reports().create_report(reportType="GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL")
""",
    })


def test_a_model_field_declared_encrypted_stores_what_its_manager_writes_encrypted() -> None:
    """django-encrypted-model-fields: the buyer's name written to an EncryptedCharField is stored
    encrypted; the same name in a plain CharField is not, and reading either back gives the
    name again (the field decrypts it)."""
    check_files({
        "orders/__init__.py": "",
        "orders/models.py": """
from django.db import models
from encrypted_model_fields.fields import EncryptedCharField, EncryptedEmailField
class Order(models.Model):
    amazon_order_id = models.CharField(max_length=32, unique=True)
    buyer_name = EncryptedCharField(max_length=255, blank=True)
    buyer_email = EncryptedEmailField(blank=True)
class LegacyOrder(models.Model):
    amazon_order_id = models.CharField(max_length=32, unique=True)
    buyer_name = models.CharField(max_length=255, blank=True)
""",
        "orders/services.py": """
import logging
from sp_api.api import Orders
from .models import LegacyOrder, Order
def import_order(order_id):
    o = Orders().get_order(order_id).payload
    buyer = o.get("BuyerInfo") or {}
    Order.objects.update_or_create(amazon_order_id=o["AmazonOrderId"], defaults={"buyer_name": buyer.get("BuyerName", ""), "buyer_email": buyer.get("BuyerEmail", "")})
    Order.objects.create(amazon_order_id=o["AmazonOrderId"], buyer_name=buyer.get("BuyerName", ""))
    LegacyOrder.objects.create(amazon_order_id=o["AmazonOrderId"], buyer_name=buyer.get("BuyerName", ""))  # expect: AMZ003
    logging.info("stored for %s", Order.objects.get(amazon_order_id=order_id).buyer_name)  # expect: AMZ005
""",
    })


def test_an_order_with_its_buyer_details_and_address_removed_is_minimised() -> None:
    """An order from the Orders API held whole, copied and stripped of every key the catalog
    lists as its buyer's data (Source.record_keys), is minimised; with one of them left, it is
    still the buyer's data."""
    check('''
import logging
import boto3
from sp_api.api import Orders
table = boto3.resource("dynamodb").Table("orders")
BUYER_KEYS = ("BuyerInfo", "ShippingAddress", "BuyerTaxInformation")
def put_order(order):
    item = dict(order)
    for key in BUYER_KEYS:
        item.pop(key, None)
    table.put_item(Item=item)
def put_partly(order):
    item = dict(order)
    item.pop("BuyerInfo", None)
    table.put_item(Item=item)  # expect: AMZ003
for o in Orders().get_orders(CreatedAfter="2026-01-01").payload["Orders"]:
    put_order(o)
    put_partly(o)
one = Orders().get_order("1").payload
del one["BuyerInfo"]
del one["ShippingAddress"]
del one["BuyerTaxInformation"]
logging.info("order %s", one)
two = Orders().get_order("2").payload
two.pop("ShippingAddress")
logging.info("order %s", two)  # expect: AMZ005
''')


def test_sealed_sql_parameters_are_only_those_every_use_of_which_is_encrypted() -> None:
    """pgcrypto: a name also written in clear, rows of executemany, and parameters built by a
    comprehension (positions not known) are not taken as sealed; rollbar's sys.exc_info() is
    the handled exception."""
    check('''
import sys
import psycopg2
import rollbar
import sentry_sdk
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
cur = psycopg2.connect("dbname=crm").cursor()
cur.execute("INSERT INTO b (id, email) VALUES (%(oid)s, pgp_sym_encrypt(%(email)s, %(k)s)) ON CONFLICT (id) DO UPDATE SET plain = %(email)s", {"oid": "1", "email": info["BuyerEmail"], "k": "k"})  # expect: AMZ003
SQL = "INSERT INTO b (email, name) VALUES (pgp_sym_encrypt(%s, %s), %s)"
cur.executemany(SQL, [(info["BuyerEmail"], "k", info["BuyerName"])])  # expect: AMZ003
cur.execute(SQL, [v for v in (info["BuyerEmail"], "k", info["BuyerName"])])  # expect: AMZ003
cur.execute(SQL, (info["BuyerEmail"], "k", info["AmazonOrderId"]))
def check_name(name):
    if len(name) > 40:
        raise ValueError(f"name too long: {name}")
try:
    check_name(info["BuyerName"])
except ValueError:
    rollbar.report_exc_info(sys.exc_info())  # expect: AMZ005
    err = sys.exc_info()[1]
    sentry_sdk.capture_exception(err)  # expect: AMZ005
    sentry_sdk.capture_exception(RuntimeError("name check failed"))
''')


def test_models_built_by_list_of_map_keep_their_methods_in_a_helper() -> None:
    """`list(map(Order.from_api, rows))` handed to a helper: the helper's `o.public()` is the
    model's method (a list a call built tells its elements' classes as a literal list does), so
    only the id reaches BigQuery (blind corpus hunt27, c08)."""
    check("""
from pydantic import BaseModel
from google.cloud import bigquery
from sp_api.api import Orders

class Order(BaseModel):
    AmazonOrderId: str
    BuyerInfo: dict = {}

    @classmethod
    def from_api(cls, raw):
        return cls(**raw)

    def public(self):
        return {"order_id": self.AmazonOrderId}

def load(orders):
    bigquery.Client().insert_rows_json("t", [o.public() for o in orders])

load(list(map(Order.from_api, Orders().get_orders(CreatedAfter="x").payload["Orders"])))

def load_all(orders):
    bigquery.Client().insert_rows_json("t", [o.dict() for o in orders])  # expect: AMZ003

load_all(list(map(Order.from_api, Orders().get_orders(CreatedAfter="x").payload["Orders"])))
""")

def test_a_generator_that_yields_from_hands_out_each_element() -> None:
    """`yield from (to_record(raw) for raw in rows)` yields the records one by one (not the
    sequence as one item): batched into lists and handed to a helper, each is still a record whose
    methods resolve, so `r.public()` is only the public fields and `r.email` is the email."""
    check("""
import logging
from dataclasses import dataclass
from itertools import islice
from sp_api.api import Orders

log = logging.getLogger("x")

@dataclass
class Rec:
    order_id: str
    email: str

    def public(self):
        return {"order_id": self.order_id}

def records():
    for page in [Orders().get_orders(CreatedAfter="x").payload]:
        yield from (Rec(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"]) for o in page["Orders"])

def batched(iterable, size):
    it = iter(iterable)
    while chunk := list(islice(it, size)):
        yield chunk

def show(batch):
    for r in batch:
        log.info("row %s", r.public())
        log.info("mail %s", r.email)  # expect: AMZ005

for batch in batched(records(), 50):
    show(batch)
""")


def test_str_format_leaves_out_the_codes_own_text_no_placeholder_names() -> None:
    """`TEMPLATE.format(**{**SETTINGS, **ctx})`: a link or address from the code in an argument no
    placeholder names is not in the text, so a settings dict handed whole does not make a plain
    delay notice lead the buyer off Amazon; a template built as an f-string (`{{footer}}` is the
    placeholder `{footer}`) or that may be other text keeps what it is given."""
    check("""
import logging
import os
from sp_api.api import Messaging, Orders

log = logging.getLogger("x")
SHOP = "MyShop"
SETTINGS = {"support": "help@myshop.example", "site": "https://myshop.example"}
MESSAGES = {
    "delay": "Order {order_id}: the carrier reports a delay, new estimate {eta}.",
    "promo": "Order {order_id} shipped. More at {site}",
}
FOOTED = f"{SHOP}: your order {{order_id}} has shipped. {{footer}}"

def render(kind, **ctx):
    return MESSAGES[kind].format(**{**SETTINGS, **ctx})

for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    oid = o["AmazonOrderId"]
    text = render("delay", order_id=oid, eta="soon")
    Messaging().create_unexpected_problem(oid, body={"text": text})
    text = render("promo", order_id=oid)
    Messaging().create_unexpected_problem(oid, body={"text": text})  # expect: AMZ006
    text = FOOTED.format(order_id=oid, footer="10% off at https://myshop.example")
    Messaging().create_unexpected_problem(oid, body={"text": text})  # expect: AMZ006
    log.info("{BuyerInfo[BuyerEmail]} ordered".format(**o))  # expect: AMZ005
    log.info("order {} for {}".format(oid, o["BuyerInfo"]["BuyerEmail"]))  # expect: AMZ005
    log.info(f"[{SHOP}] {{name}} ordered".format(name=o["BuyerInfo"]["BuyerName"]))  # expect: AMZ005
    log.info(os.environ.get("LOG_TEMPLATE", "{order_id}").format(order_id=oid, email=o["BuyerInfo"]["BuyerEmail"]))  # expect: AMZ005
""")


@pytest.mark.xfail(strict=True, reason=(
    "buyer data in an argument no placeholder of a constant template names is still counted, on purpose: a "
    "template known as a constant may be replaced at run time (a dataclass default under `Config(**json.load(f))`, "
    "a settings class read from the environment) and would then show it; the analysis cannot tell those apart "
    "(unknown text has no representation of its own, docs/analysis.md)"
))
def test_str_format_of_a_constant_template_shows_only_the_named_data() -> None:
    check("""
import logging
from sp_api.api import Orders

log = logging.getLogger("x")
for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    log.info("{AmazonOrderId} is {OrderStatus}".format(**o))
    log.info("order {order_id}".format(order_id=o["AmazonOrderId"], email=o["BuyerInfo"]["BuyerEmail"]))
""")


def test_a_long_table_of_field_paths_keeps_each_path() -> None:
    """A mapping of a dozen record fields to their paths in an MWS order (`("OrderTotal",
    "Amount")`) walked by one helper: each path is still a tuple of constants, so the helper's
    copy for it reads that path only and the total is not the whole order (hunt27 c02: the table
    was folded past the size bound and every field became the order)."""
    check("""
import logging
import mws

log = logging.getLogger("x")
FIELD_MAP = {
    "order_id": ("AmazonOrderId",),
    "status": ("OrderStatus",),
    "purchase_date": ("PurchaseDate",),
    "total": ("OrderTotal", "Amount"),
    "currency": ("OrderTotal", "CurrencyCode"),
    "buyer_email": ("BuyerEmail",),
    "buyer_name": ("BuyerName",),
    "ship_name": ("ShippingAddress", "Name"),
    "address1": ("ShippingAddress", "AddressLine1"),
    "city": ("ShippingAddress", "City"),
    "postal": ("ShippingAddress", "PostalCode"),
    "phone": ("ShippingAddress", "Phone"),
}

def _value(node, path):
    for key in path:
        if not isinstance(node, dict):
            return None
        node = node.get(key)
    return node.get("value") if isinstance(node, dict) else node

def to_row(raw):
    return {name: _value(raw, path) for name, path in FIELD_MAP.items()}

for raw in mws.Orders("a", "b", "c").list_orders(created_after="x").parsed["Orders"]["Order"]:
    row = to_row(raw)
    log.info("total %s %s", row["total"], row["currency"])
    log.info("to %s", row["ship_name"])  # expect: AMZ005
""")


def test_a_registry_filled_by_init_subclass_holds_each_subclass() -> None:
    """`class Sqlite(Repository, key="sqlite")`: defining the class calls the base's
    `__init_subclass__` with it and the statement's keywords, so a registry filled there holds
    the subclasses and `Repository.create(key).save(order)` runs each one's save (hunt27 c02)."""
    check("""
import abc
import sqlite3
from sp_api.api import Orders

class Repository(abc.ABC):
    registry = {}

    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key:
            Repository.registry[key] = cls

    @classmethod
    def create(cls, key):
        return cls.registry[key]()

class Contacts(Repository, key="contacts"):
    def save(self, o):
        sqlite3.connect("c.db").execute("INSERT INTO c VALUES (?)", (o["BuyerInfo"]["BuyerEmail"],))  # expect: AMZ003

class Facts(Repository, key="facts", metaclass=abc.ABCMeta):
    def save(self, o):
        sqlite3.connect("f.db").execute("INSERT INTO f VALUES (?)", (o["AmazonOrderId"],))

class Plain(dict, total=False):
    pass

repos = [Repository.create(k) for k in ("contacts", "facts")]
for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    for r in repos:
        r.save(o)
""")


def test_a_nested_function_filling_a_parameter_fills_the_callers_list() -> None:
    """`async def one(order): dead_letters.append({...})` inside `push_all(orders, dead_letters)`:
    the caller's list holds the orders once push_all returns, as if push_all had appended them
    itself (hunt27 c10); a parameter rebound to a new list first, or rebound by the closure
    (`nonlocal acc; acc = acc + [...]` builds a new list), leaves the caller's list empty."""
    check("""
import json
from sp_api.api import Orders

def push_all(orders, dead_letters):
    def one(order):
        dead_letters.append({"order": order})
    for o in orders:
        one(o)

def push_fresh(orders, failed):
    failed = []
    def one(order):
        failed.append(order)
    for o in orders:
        one(o)
    return len(failed)

raw = Orders().get_orders(CreatedAfter="x").payload["Orders"]
dead = []
push_all(raw, dead)
json.dump(dead, open("dead.json", "w"))  # expect: AMZ003
kept = []
push_fresh(raw, kept)
json.dump(kept, open("kept.json", "w"))

def collect(orders, acc):
    def one(o):
        nonlocal acc
        acc = acc + [o["BuyerInfo"]["BuyerEmail"]]
    for o in orders:
        one(o)
    return len(acc)

emails = []
collect(raw, emails)
json.dump(emails, open("emails.json", "w"))
""")


def test_a_table_of_routes_keeps_every_route() -> None:
    """A table of (sink name, flag) routes per kind, big enough to pass the size bound of a
    value: each route is a tuple of constants, which counts as one part, so none is folded away
    and the excel sink the first kind routes to is still looked up (hunt27 c03)."""
    check("""
import pandas as pd

def to_excel(df, name):
    df.to_excel(f"/srv/{name}.xlsx")  # expect: AMZ003

def to_csv(df, name):
    df[["sku", "quantity-purchased"]].to_csv(f"/srv/{name}.csv")

SINKS = {"excel": to_excel, "csv": to_csv}
ROUTES = {
    "orders": [("csv", True), ("excel", False)],
    "inventory": [("csv", False)],
    "fees": [("csv", False)],
    "settlement": [("csv", False)],
}

df = pd.read_csv("orders.txt", sep="\\t")
for kind, routes in ROUTES.items():
    for sink_name, strip in routes:
        SINKS[sink_name](df, kind)
""")


def test_a_helper_reading_the_index_of_a_grouped_table_reads_the_keys() -> None:
    """`for email in vips.index` in a helper handed a table grouped by buyer email: the index is
    the emails, as it is where the table was made (hunt27 c03); how many there are is not."""
    check("""
import logging
import pandas as pd

log = logging.getLogger("x")

def announce(vips):
    for email in vips.index:
        log.info("vip %s", email)  # expect: AMZ005
    log.info("vips %d", len(vips))

orders = pd.read_csv("orders.txt", sep="\\t")
grouped = orders.groupby("buyer-email").agg(orders=("order-id", "nunique"))
announce(grouped[grouped["orders"] > 1].sort_values("orders"))
""")


def test_a_path_helper_handing_each_key_to_a_step_function_is_analysed_per_path() -> None:
    """`pluck(order, ("BuyerInfo", "BuyerEmail"))` whose keys reach the lookup through another
    function (`for key in path: node = step(node, key)`, or `functools.reduce` of a lambda or a
    function over the path): each caller's path is its own, so the order id is only the id
    (hunt28 d01)."""
    check("""
import functools
import logging
from sp_api.api import Orders

log = logging.getLogger(__name__)

def step(acc, key):
    return (acc or {}).get(key)

def pluck_loop(order, path):
    node = order
    for key in path:
        node = step(node, key)
    return node

def pluck_reduce(order, path):
    return functools.reduce(step, path, order)

def pluck_lambda(order, path):
    return functools.reduce(lambda acc, key: (acc or {}).get(key), path, order)

for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
    log.info("%s", pluck_loop(o, ("AmazonOrderId",)))
    log.info("%s", pluck_reduce(o, ("AmazonOrderId",)))
    log.info("%s", pluck_lambda(o, ("AmazonOrderId",)))
    log.info("%s", pluck_loop(o, ("BuyerInfo", "BuyerEmail")))  # expect: AMZ005
    log.info("%s", pluck_reduce(o, ("BuyerInfo", "BuyerEmail")))  # expect: AMZ005
    log.info("%s", pluck_lambda(o, ("ShippingAddress", "Name")))  # expect: AMZ005
""")


def test_itemgetter_and_attrgetter_read_only_the_keys_they_name() -> None:
    """`operator.itemgetter("order-id")` as a sort or group key, or mapped over rows, is that
    column of each row, not the row (hunt28 d06); several keys give a tuple of those columns;
    `attrgetter("a.b")` follows the attributes. A key not known here reads the row whole."""
    check("""
import logging
import sys
from itertools import groupby
from operator import attrgetter, itemgetter
from sp_api.api import Orders

log = logging.getLogger(__name__)
rows = Orders().get_orders(CreatedAfter="x").payload["Orders"]
for oid, grp in groupby(sorted(rows, key=itemgetter("AmazonOrderId")), key=itemgetter("AmazonOrderId")):
    log.info("%s", oid)
    log.info("%s", list(grp))  # expect: AMZ005
for email in map(itemgetter("BuyerEmail"), rows):
    log.info("%s", email)  # expect: AMZ005
for status in map(itemgetter("OrderStatus"), rows):
    log.info("%s", status)
for pair in map(itemgetter("OrderStatus", "BuyerEmail"), rows):
    log.info("%s", pair[0])
    log.info("%s", pair[1])  # expect: AMZ005
log.info("%s", attrgetter("ShippingAddress.Name")(rows[0]))  # expect: AMZ005
log.info("%s", attrgetter("OrderStatus")(rows[0]))
for value in map(itemgetter(sys.argv[1]), rows):
    log.info("%s", value)  # expect: AMZ005
pairs = [(o["BuyerEmail"], o["OrderTotal"]["Amount"]) for o in rows]
for email in map(itemgetter(0), pairs):
    log.info("%s", email)  # expect: AMZ005
for total in map(itemgetter(1), pairs):
    log.info("%s", total)
""")


def test_a_public_column_of_a_table_a_helper_reads_from_its_callers_file() -> None:
    """`parse(buf)` reads a table from the file or buffer its caller gives and converts a column
    in place: selecting the public columns afterwards, in the helper or in its caller, gives
    those columns, not the whole report the buffer held (hunt28 d03). A personal column read the
    same way is still the report's."""
    check("""
import io
import pandas as pd
from sp_api.api import Reports

PUBLIC = ["order-id", "sku", "quantity-purchased"]

def parse(buf):
    df = pd.read_csv(buf, sep="\\t", dtype=str)
    df["quantity-purchased"] = pd.to_numeric(df["quantity-purchased"], errors="coerce").fillna(0)
    df[PUBLIC].to_parquet("inside.parquet")
    df[["order-id", "buyer-email"]].to_parquet("emails.parquet")  # expect: AMZ003
    return df

doc = Reports().get_report_document("d", download=True)
df = parse(io.StringIO(doc.payload["document"]))
df[PUBLIC].to_parquet("public.parquet")
df.to_parquet("all.parquet")  # expect: AMZ003
""")


def test_a_decorator_wrapper_passes_each_position_of_its_args_to_its_own_parameter() -> None:
    """A retry decorator's `wrapper(*args, **kwargs)` calling `fn(*args, **kwargs)`, shared by a
    function given the order and one given a note about it: the note's text is what its callers
    pass in that position, not any of the arguments (hunt28 d05)."""
    check("""
import functools
import requests
from sp_api.api import Orders

def retry(times=3):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for _ in range(times):
                try:
                    return fn(*args, **kwargs)
                except OSError:
                    pass
        return wrapper
    return decorator

@retry()
def open_ticket(order):
    return requests.post("https://desk.example.com/t", json={"email": order["BuyerInfo"]["BuyerEmail"]}).json()["id"]  # expect: AMZ004

@retry()
def add_note(ticket_id, order, text):
    requests.put(f"https://desk.example.com/t/{ticket_id}", json={"body": f"{text} {order['AmazonOrderId']}"})

@retry()
def add_detail(ticket_id, order, text):
    requests.put(f"https://desk.example.com/t/{ticket_id}", json={"body": text})  # expect: AMZ004

o = Orders().get_order("1").payload
t = open_ticket(o)
add_note(t, o, f"label bought for {o['AmazonOrderId']}")
add_detail(t, o, f"ship to {o['ShippingAddress']['Name']}")
""")


def test_a_pydantic_model_copy_with_an_update_replaces_only_those_fields() -> None:
    """`ticket.model_copy(update={"buyer": buyer})` is the ticket with its buyer replaced: its
    id is still only the id, its buyer the buyer data (hunt29 e08)."""
    check("""
import logging
from pydantic import BaseModel, Field
from sp_api.api import Orders

log = logging.getLogger(__name__)

class Buyer(BaseModel):
    name: str = ""
    email: str = ""

class Ticket(BaseModel):
    ticket_id: str
    order_id: str
    buyer: Buyer = Field(default_factory=Buyer)

def enrich(ticket):
    info = Orders().get_order_buyer_info(ticket.order_id).payload
    return ticket.model_copy(update={"buyer": Buyer(name=info["BuyerName"], email=info["BuyerEmail"])})

def handle(ticket: Ticket):
    ticket = enrich(ticket)
    log.info("%s %s", ticket.ticket_id, ticket.order_id)
    log.info("%s", ticket.buyer.email)  # expect: AMZ005
    log.info("%s", ticket)  # expect: AMZ005
""")


def test_a_flattened_column_of_a_normalised_table_is_the_field_at_its_end() -> None:
    """`pd.json_normalize(orders)` names its columns by path (`OrderTotal.Amount`,
    `BuyerInfo.BuyerEmail`): a column is classified by the field its path ends in (hunt29 e07)."""
    check("""
import pandas as pd
from sp_api.api import Orders

SAFE = ["AmazonOrderId", "OrderStatus", "OrderTotal.Amount", "OrderTotal.CurrencyCode"]
orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
df = pd.json_normalize(orders)
cols = [c for c in SAFE if c in df.columns]
df[cols].to_csv("ops.csv")
df[["AmazonOrderId", "BuyerInfo.BuyerEmail"]].to_csv("emails.csv")  # expect: AMZ003
df[["AmazonOrderId", "ShippingAddress.Name"]].to_csv("names.csv")  # expect: AMZ003
""")


def test_counter_most_common_gives_the_keys_counted_with_their_counts() -> None:
    """`spend.most_common(1)` of a Counter keyed by buyer email is (email, total) pairs: the
    first item is an email, the second a number (hunt29 e07)."""
    check("""
from collections import Counter
from loguru import logger
from sp_api.api import Orders

def top_customers(orders, n=5):
    spend = Counter()
    for o in orders:
        email = (o.get("BuyerInfo") or {}).get("BuyerEmail")
        if email:
            spend[email] += float(o["OrderTotal"]["Amount"])
    return spend.most_common(n)

orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
best = top_customers(orders, n=1)
logger.info("top customer {}", best[0][0])  # expect: AMZ005
logger.info("top spend {:.2f}", best[0][1])
states = Counter(o["ShippingAddress"]["StateOrRegion"] for o in orders)
logger.info("top states {}", states.most_common(3))
names = [o["ShippingAddress"]["Name"] for o in orders]
counted = Counter(names)
logger.info("counts {}", [n for _, n in counted.most_common(3)])
logger.info("names {}", [k for k, _ in counted.most_common(3)])  # expect: AMZ005
updated = Counter()
updated.update(names)
logger.info("counts {}", [n for _, n in updated.most_common(3)])
logger.info("names {}", list(updated))  # expect: AMZ005
""")


def test_a_jinja_template_looked_up_by_name_in_a_dict_loader_is_that_template() -> None:
    """`Environment(loader=DictLoader(SOURCES)).get_template(name)` is `SOURCES[name]`, so a
    plain delivery note does not take the link another template of the loader holds (hunt28
    d02), also through a `render(name, **ctx)` helper; a name not known is any template."""
    check("""
import sys
from jinja2 import DictLoader, Environment, StrictUndefined
from sp_api.api import Messaging

SOURCES = {
    "delivery.txt": "Hi, order {{ order_id }} needs a safe drop-off spot. Reply here.",
    "thanks.txt": "Thanks for order {{ order_id }}! 15% off at https://shop.example.com with code K15.",
    "footer.txt": "Questions? Visit https://shop.example.com/help",
    "shipped.txt": "Order {{ order_id }} shipped. {% include 'footer.txt' %}",
}
env = Environment(loader=DictLoader(SOURCES), undefined=StrictUndefined)

def render(name, **ctx):
    return env.get_template(name).render(**ctx)

def delivery(order_id):
    text = render("delivery.txt", order_id=order_id)
    Messaging().create_confirm_delivery_details(order_id, body={"text": text})

def thanks(order_id):
    text = render("thanks.txt", order_id=order_id)
    Messaging().create_confirm_order_details(order_id, body={"text": text})  # expect: AMZ006

def chosen(order_id):
    text = env.get_template(sys.argv[1]).render(order_id=order_id)
    Messaging().create_confirm_order_details(order_id, body={"text": text})  # expect: AMZ006

def shipped(order_id):
    text = render("shipped.txt", order_id=order_id)
    Messaging().create_confirm_delivery_details(order_id, body={"text": text})  # expect: AMZ006
""")


def test_a_partial_binding_a_local_list_fills_that_list_when_called() -> None:
    """`handle = partial(process, results=done)` then `handle(order)` (or `map(handle, orders)`)
    in the same function: what `process` appends to `results` lands in `done` (hunt29 e04); a
    partial filling another list leaves `done` as it was."""
    check("""
import functools
import json
from sp_api.api import Orders

def process(order, results, strict=False):
    results.append({"name": order["ShippingAddress"]["Name"]})

def process_ids(order, results):
    results.append(order["AmazonOrderId"])

def run():
    orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]
    done = []
    handle = functools.partial(process, results=done, strict=True)
    for o in orders:
        handle(o)
    json.dump(done, open("done.json", "w"))  # expect: AMZ003
    ids = []
    only_ids = functools.partial(process_ids, results=ids)
    for o in orders:
        only_ids(o)
    json.dump(ids, open("ids.json", "w"))
    mapped = []
    list(map(functools.partial(process, results=mapped), orders))
    json.dump(mapped, open("mapped.json", "w"))  # expect: AMZ003
""")


def test_a_registry_a_decorator_factory_fills_by_name_keeps_each_name() -> None:
    """`@template("delay")` where `template(name)` returns a decorator storing
    `TEMPLATES[name] = Template(fn())`: the factory is copied per name, so each registered
    template is under its own name and a plain reply does not take another template's link
    (hunt30 f05)."""
    check("""
from string import Template
from sp_api.api import Messaging

TEMPLATES = {}

def template(name):
    def register(fn):
        TEMPLATES[name] = Template(fn().strip())
        return fn
    return register

@template("delay")
def _delay():
    return "Sorry, $item is running late; it ships by $ship_by."

@template("proof")
def _proof():
    return "Please check the proof at https://proofs.example.co/p/$order_id and reply here."

def render(name, **fields):
    return TEMPLATES[name].safe_substitute(fields)

LOWERED = {}

def lowered(name):
    def register(fn):
        LOWERED[name.lower()] = fn()
        return fn
    return register

@lowered("Promo")
def _promo():
    return "Visit https://shop.example.com for 10% off"

def send(order_id):
    Messaging().create_unexpected_problem(order_id, body={"text": render("delay", item="x", ship_by="Monday")})
    Messaging().confirm_customization_details(order_id, body={"text": render("proof", order_id=order_id)})  # expect: AMZ006
    Messaging().create_unexpected_problem(order_id, body={"text": LOWERED["promo"]})  # expect: AMZ006
""")


def test_functools_reduce_over_a_written_tuple_of_steps_runs_them_in_order() -> None:
    """`chain(*steps)` returning `lambda df: reduce(lambda acc, fn: fn(acc), steps, df)`: each
    step gets what the one before returned, so a pipeline ending with a step that drops the
    personal columns gives a table without them (hunt30 f09); a pipeline without that step, or
    steps appended to a list (whose order is not known here), still give them."""
    check("""
import hashlib
import hmac
from functools import partial, reduce
import pandas as pd

PII = ["buyer-email", "buyer-name", "ship-address-1"]

def _keyed(key, value):
    return hmac.new(key, value.encode(), hashlib.sha256).hexdigest()

def pseudonymise(df, key):
    out = df.copy()
    out["buyer_key"] = out["buyer-email"].map(partial(_keyed, key))
    return out

def strip_pii(df):
    return df.drop(columns=PII, errors="ignore")

def chain(*steps):
    return lambda df: reduce(lambda acc, fn: fn(acc), steps, df)

raw = pd.read_csv("orders.txt", sep="\\t")
chain(partial(pseudonymise, key=b"k"), strip_pii)(raw).to_parquet("clean.parquet")
chain(partial(pseudonymise, key=b"k"))(raw).to_parquet("keyed.parquet")  # expect: AMZ003
steps = [partial(pseudonymise, key=b"k")]
steps.append(strip_pii)
reduce(lambda acc, fn: fn(acc), steps, raw).to_parquet("appended.parquet")  # expect: AMZ003
""")


def test_a_typing_annotation_gives_a_parameter_no_library_type() -> None:
    """`carriers: Dict[str, Carrier]`: the dict's values are the carriers, not objects of a
    `typing.Dict` library type, so `self.mfn.create_shipment(...)` in the carrier picked from it
    is Amazon's Merchant Fulfillment call and its tracking id is only the id (hunt30 f08)."""
    check("""
import logging
from typing import Dict
from sp_api.api import MerchantFulfillment, Orders

log = logging.getLogger(__name__)

class Carrier:
    code = "base"

    def buy(self, order_id: str, ship_to: dict) -> str:
        raise NotImplementedError

class AmazonBuyShipping(Carrier):
    code = "mfn"

    def __init__(self) -> None:
        self.mfn = MerchantFulfillment()

    def buy(self, order_id, ship_to):
        res = self.mfn.create_shipment(ShipmentRequestDetails={"AmazonOrderId": order_id, "ShipToAddress": ship_to}, ShippingServiceId="x")
        return res.payload["Shipment"]["TrackingId"]

def label(order_id: str, ship_to: dict, carriers: Dict[str, Carrier]) -> None:
    tracking = carriers["mfn"].buy(order_id, ship_to)
    log.info("label %s for %s", tracking, order_id)
    log.info("label for %s", ship_to)  # expect: AMZ005

api = Orders()
for o in api.get_orders(CreatedAfter="x").payload["Orders"]:
    label(o["AmazonOrderId"], api.get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"], {c.code: c for c in (AmazonBuyShipping(),)})
""")


def test_a_table_built_from_report_rows_has_their_columns() -> None:
    """`pd.DataFrame(rows)` of report rows (here or in a helper given them) is a table of the
    rows' columns: the personal columns dropped by name leave the rest, and a column selected
    by name is that column (hunt30 f04); the table whole is still the report."""
    check("""
import csv
import io
import pandas as pd
from sp_api.api import Reports

PII = ["buyer-email", "buyer-name", "buyer-phone-number", "recipient-name",
       "ship-address-1", "ship-address-2", "ship-address-3", "ship-phone-number"]

def rows():
    doc = Reports().get_report_document("d", download=True)
    return list(csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"))

def summary(records):
    pd.DataFrame(records).drop(columns=PII, errors="ignore").to_csv("summary.csv")
    pd.DataFrame(records).to_excel("all.xlsx")  # expect: AMZ003

r = rows()
summary(r)
pd.DataFrame(r)[["sku", "order-id"]].to_csv("public.csv")
pd.DataFrame(r)[["sku", "buyer-email"]].to_csv("emails.csv")  # expect: AMZ003
pd.DataFrame(r, columns=["order-id", "sku"]).to_csv("chosen.csv")
pd.DataFrame(r, columns=["order-id", "buyer-email"]).to_csv("chosen_emails.csv")  # expect: AMZ003
""")


def test_a_method_called_on_each_element_of_an_attribute_list_adds_nothing_to_the_list() -> None:
    """`for sink in self.sinks: sink.push(order)`, analysed before the sinks' classes are known:
    push is each sink's own method, so the order is not put into `self.sinks` (hunt30 f01), and
    what a sink returns is what its method returns."""
    check("""
import logging
from sp_api.api import Orders

log = logging.getLogger(__name__)

class ShopSink:
    name = "shop"
    def push(self, order):
        return "remote-1"

class Job:
    def __init__(self, sinks):
        self.sinks = list(sinks)

    def one(self, order):
        for sink in self.sinks:
            remote_id = sink.push(order)
            log.info("%s %s", sink.name, remote_id)

    def run(self, orders):
        for o in orders:
            self.one(o)
        log.info("sinks %s", self.sinks)

def spread(buckets, order):
    for b in buckets:
        b.append(order)

def main():
    orders = [Orders().get_order("1").payload]
    Job([ShopSink()]).run(orders)
    pending = []
    pending.append(orders[0])
    log.info("%s", pending)  # expect: AMZ005
    buckets = [[], []]
    spread(buckets, orders[0])
    log.info("%s", buckets)  # expect: AMZ005
""")


def test_an_object_printed_with_its_repr_shows_its_fields() -> None:
    """A dataclass whose `__str__` masks the buyer but whose generated `__repr__` shows every
    field: `%r` in a log call or a `%` format, and `{ctx!r}` in an f-string, print the repr
    (hunt31 g04); `%s` and `{ctx}` print the masked str, item by item in a `%` tuple."""
    check("""
import logging
from dataclasses import dataclass
from sp_api.api import Orders

log = logging.getLogger(__name__)

@dataclass
class Ctx:
    order_id: str
    buyer_email: str = ""

    def __str__(self):
        return f"Ctx({self.order_id})"

def run(oid):
    ctx = Ctx(oid, Orders().get_order_buyer_info(oid).payload["BuyerEmail"])
    log.warning("ctx %s", ctx)
    log.warning("ctx %r", ctx)  # expect: AMZ005
    log.warning("%s ctx %r", oid, ctx)  # expect: AMZ005
    log.warning("%r ctx %s", oid, ctx)
    log.warning(f"ctx {ctx!r}")  # expect: AMZ005
    log.warning(f"ctx {ctx}")
    log.warning("ctx %r" % ctx)  # expect: AMZ005
    log.warning("ctx %s" % ctx)
    log.warning("ctx %s %r" % (oid, ctx))  # expect: AMZ005
    log.warning("ctx %r %s" % (oid, ctx))
""")


def test_a_django_query_count_is_no_data() -> None:
    """`Order.objects.filter(...).update(buyer_name="")`, `.count()`, `.delete()`: a number of
    rows, not the rows, so logging it logs no buyer (hunt31 g10); a row read back still is one."""
    check("""
import logging
from django.db import models
from sp_api.api import Orders

logger = logging.getLogger(__name__)

class AmazonOrder(models.Model):
    amazon_order_id = models.CharField(max_length=32)
    buyer_name = models.CharField(max_length=128)

    def __str__(self):
        return f"{self.amazon_order_id} ({self.buyer_name})"

def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    AmazonOrder.objects.create(amazon_order_id=order_id, buyer_name=buyer["BuyerName"])  # expect: AMZ003

def purge():
    purged = AmazonOrder.objects.filter(buyer_name__gt="").update(buyer_name="")
    left = AmazonOrder.objects.count()
    logger.info("purged %d, %d left", purged, left)
    logger.info("first: %s", AmazonOrder.objects.filter(buyer_name__gt="").first())  # expect: AMZ005
""")


@pytest.mark.parametrize("make", ["OrderedDict()", "defaultdict(list)", "{}"])
def test_rows_grouped_with_setdefault_on_a_library_dict_keep_their_fields(make: str) -> None:
    """`groups.setdefault(key, []).append(row)` on an OrderedDict or a defaultdict is what it is
    on a dict of the code's own: the list holds the rows, each with its own fields. Read as an
    unknown library call, the list itself took every field of every row, so a row's SKU was its
    recipient's name and address once the rows had enough fields (hunt32 h04)."""
    check(f"""
import csv, logging, sqlite3
from collections import OrderedDict, defaultdict
from dataclasses import dataclass

@dataclass
class ShipRow:
    order_id: str
    order_item_id: str
    sku: str
    product_name: str
    qty: str
    recipient_name: str
    address_1: str
    address_2: str
    city: str
    state: str
    postal_code: str
    phone: str

def read_unshipped(path):
    rows = []
    with open(path) as fh:
        for rec in csv.DictReader(fh, delimiter="\\t"):
            rows.append(ShipRow(rec["order-id"], rec["order-item-id"], rec["sku"], rec["product-name"],
                                rec["quantity-to-ship"], rec["recipient-name"], rec["ship-address-1"],
                                rec["ship-address-2"], rec["ship-city"], rec["ship-state"],
                                rec["ship-postal-code"], rec["ship-phone-number"]))
    return rows

def by_order(rows):
    grouped = {make}
    for row in rows:
        grouped.setdefault(row.order_id, []).append(row)
    return grouped

def main(report):
    db = sqlite3.connect("picks.db")
    for oid, rows in by_order(read_unshipped(report)).items():
        for row in rows:
            db.execute("INSERT INTO picks VALUES (?, ?, ?)", (oid, row.sku, row.qty))
        logging.info("label for %s", rows[0].recipient_name)  # expect: AMZ005
""")


def test_an_amazon_api_response_is_not_what_was_sent() -> None:
    """What a method of an Amazon API client returns (`Upload.upload_document`, `Messaging.send_invoice`)
    is Amazon's response: an invoice PDF holding the buyer's address, uploaded to the destination
    Amazon gives, does not make that destination's URL buyer data (hunt18 v12, once reportlab
    canvases were followed). The PDF sent anywhere else still is."""
    check("""
import io, logging
import requests
from reportlab.pdfgen import canvas
from sp_api.api import Messaging, Orders, Upload
from sp_api.util import throttle_retry

@throttle_retry()
def address(order_id):
    return Orders().get_order_address(order_id).payload["ShippingAddress"]

def invoice_pdf(addr):
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.drawString(72, 720, addr["Name"])
    c.save()
    return buf.getvalue()

def send(order_id):
    pdf = invoice_pdf(address(order_id))
    dest = Upload().upload_document("/messaging/v1/orders/%s/messages/invoice" % order_id, io.BytesIO(pdf), "application/pdf").payload
    requests.put(dest["url"], data=pdf, timeout=60)
    res = Messaging().send_invoice(order_id, body={"attachments": [{"uploadDestinationId": dest["uploadDestinationId"]}]})
    logging.info("sent: %s", res.payload)
    requests.post("https://archive.example.com/invoices", data=pdf, timeout=60)  # expect: AMZ004
""")


def test_groups_keyed_by_a_series_hold_those_keys_only() -> None:
    """`df.groupby(df["purchase-date"].dt.date)["order-id"].nunique()` is dates and counts: a `by`
    written through a Series accessor (.dt, .str) is the keys themselves, not a column name that
    could be any column's, so the report's buyer columns are not in it (hunt33 i07). Keys that are
    buyer data stay so, and a name not known (a config value) may still be any column."""
    check("""
import pandas as pd

def daily_orders(df):
    return df.groupby(df["purchase-date"].dt.date)["order-id"].nunique().rename("orders")

def by_buyer(df):
    return df.groupby(df["buyer-email"].str.lower())["order-id"].nunique()

def by_setting(df, cfg):
    return df.groupby(cfg["key"])["order-id"].nunique()

def main(path, cfg):
    df = pd.read_csv(path, sep="\\t")
    print(daily_orders(df).tail(7))
    print(by_buyer(df).head())  # expect: AMZ005
    print(by_setting(df, cfg).head())  # expect: AMZ005
""")


def test_a_column_of_a_table_grouped_by_buyer_keeps_the_buyers_as_its_index_only() -> None:
    """A column of `df.groupby("buyer-email").agg(...)` carries the buyers' emails as its index:
    printed or written with it, they are there; its values alone (`to_numpy()`, `tolist()`), here
    or in a helper given the table, hold the counts only (hunt33 i07)."""
    check("""
import pandas as pd

def counts_only(repeat):
    return pd.DataFrame({"orders": repeat["orders"].to_numpy(), "n": repeat.orders.tolist()})

def main(path):
    df = pd.read_csv(path, sep="\\t")
    per_buyer = df.groupby("buyer-email").agg(buyer_name=("buyer-name", "first"), orders=("order-id", "nunique"))
    pd.DataFrame({"orders": per_buyer["orders"].to_numpy()}).to_csv("a.csv", index=False)
    counts_only(per_buyer).to_csv("b.csv", index=False)
    print(per_buyer["orders"].round(0).tolist())
    print(per_buyer["orders"])  # expect: AMZ005
    print(per_buyer["buyer_name"].tolist())  # expect: AMZ005
    per_buyer["orders"].to_csv("c.csv")  # expect: AMZ003
    print(per_buyer.index.tolist())  # expect: AMZ005
""")


def test_review_probes_of_series_indexes_accessors_canvases_and_labels() -> None:
    """The twenty-third pass's review (rev26): a grouped column's reset_index() makes its index (the
    buyers) a column; an attribute named `cat` is not a Series accessor; a text object a helper
    makes with `c.beginText()` is not the canvas, so one buyer's line does not stay on the canvas
    for the next block; `Canvas(filename=buf)` draws into the buffer; a label bought from Amazon's
    Shipping API for the buyer's address still shows it (only acknowledgement clients, such as
    Messaging and Upload, answer with nothing of what they were sent)."""
    check("""
import base64, io, logging
import pandas as pd
from reportlab.pdfgen import canvas
from sp_api.api import Orders, Shipping

def repeat_buyers(path):
    df = pd.read_csv(path, sep="\\t")
    per_buyer = df.groupby("buyer-email").agg(orders=("order-id", "nunique"))
    per_buyer["orders"].reset_index().to_csv("repeat.csv", index=False)  # expect: AMZ003
    per_buyer["orders"].nlargest(5).reset_index().to_csv("top.csv", index=False)  # expect: AMZ003
    per_buyer[["orders"]].reset_index().to_csv("sel.csv", index=False)  # expect: AMZ003
    per_buyer[["orders"]].reset_index(drop=True).to_csv("counts.csv", index=False)
    per_buyer["orders"].reset_index(drop=True).to_csv("counts2.csv", index=False)

class Report:
    def __init__(self, path, cfg):
        self.df = pd.read_csv(path, sep="\\t")
        self.cat = cfg["group_by"]

    def counts(self):
        print(self.df["buyer-email"].nunique())
        print(self.df.groupby(self.cat)["order-id"].nunique().head())  # expect: AMZ005

def block(c, line):
    t = c.beginText(40, 760)
    t.textLine(line)
    return t

def slip(order_id):
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    c = canvas.Canvas("slip.pdf")
    c.drawText(block(c, addr["Name"]))  # expect: AMZ003
    c.drawText(block(c, order_id))
    c.save()
    mem = canvas.Canvas(filename=io.BytesIO())
    mem.drawString(40, 700, addr["Name"])
    mem.save()

def buy_label(order_id):
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    shipment = Shipping().create_shipment({"shipTo": {"name": addr["Name"], "addressLine1": addr["AddressLine1"]}}).payload
    labels = Shipping().purchase_labels(shipment["shipmentId"], {"labelFormat": "PDF"}).payload
    with open(f"labels/{order_id}.pdf", "wb") as fh:
        fh.write(base64.b64decode(labels["labelResults"][0]["label"]["labelStream"]))  # expect: AMZ003
""")


def test_an_item_name_column_is_the_product() -> None:
    """A returns export's "Item Name" is the product's name, as product-name is (hunt34 j08): the
    row's other data does not come with it."""
    check('''
import csv
def main(path):
    with open(path) as fh, open("returns.csv", "w") as out:
        w = csv.writer(out)
        for row in csv.DictReader(fh, delimiter="\\t"):
            w.writerow([row["Order ID"], row["Item Name"], row["Return Reason"]])
            w.writerow([row["Order ID"], row["buyer-email"]])  # expect: AMZ003
''')


def test_a_dict_read_back_from_a_pickle_keeps_its_items_apart() -> None:
    """A cache dict the code fills and pickles, and loads again at start (`self.orders =
    pickle.load(fh)`), keeps its items apart: its `.values()` are the orders as stored, so a
    public field read from each is that field (hunt34 j09); before, the loader's unknown result
    made `.values()` an unknown library call holding everything."""
    check('''
import csv, pickle
from sp_api.api import Orders

class Cache:
    def __init__(self, path="data/cache.pkl"):
        self.path = path
        self.orders = {}

    def load(self):
        with open(self.path, "rb") as fh:
            self.orders = pickle.load(fh)

    def add(self, o):
        self.orders[o["order_id"]] = o

def daily(orders, path):
    totals = {}
    for order in orders:
        day = order["purchase_date"][:10]
        totals[day] = totals.get(day, 0) + 1
    with open(path, "w") as fh:
        w = csv.writer(fh)
        for day, n in sorted(totals.items()):
            w.writerow([day, n])
        for order in orders:
            w.writerow([order["buyer_email"]])  # expect: AMZ003

def main():
    cache = Cache()
    cache.load()
    for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
        cache.add({"order_id": o["AmazonOrderId"], "purchase_date": o["PurchaseDate"], "buyer_email": o["BuyerInfo"]["BuyerEmail"]})
    daily(cache.orders.values(), "daily.csv")
''')


def test_a_grouped_column_written_without_its_index_holds_no_buyer() -> None:
    """`per_buyer["orders"].to_csv(path, index=False)`: the keys (buyer emails) are the column's
    index, which index=False leaves out (catalog `index_arg`); written with the index, or the
    whole table, they are there. A helper given the column still counts its index: the helper may
    have made it a column (`series.reset_index().to_csv(path, index=False)`)."""
    check("""
import pandas as pd

def export(series, path):
    series.to_csv(path, index=False)  # expect: AMZ003

def export_reset(series, path):
    series.reset_index().to_csv(path, index=False)  # expect: AMZ003

def main(path):
    df = pd.read_csv(path, sep="\\t")
    per_buyer = df.groupby("buyer-email").agg(name=("buyer-name", "first"), orders=("order-id", "nunique"))
    per_buyer["orders"].to_csv("a.csv", index=False)
    per_buyer[["orders"]].to_excel("a.xlsx", index=False)
    export(per_buyer["orders"], "b.csv")
    export_reset(per_buyer["orders"], "b2.csv")
    per_buyer["orders"].to_csv("c.csv")  # expect: AMZ003
    per_buyer["name"].to_csv("d.csv", index=False)  # expect: AMZ003
    per_buyer.to_csv("e.csv", index=False)  # expect: AMZ003
""")


def test_djangos_settings_object_reads_the_projects_settings_module() -> None:
    """`from django.conf import settings; settings.DELIVERY_NOTE` is the global of the project's
    settings module (blind corpus hunt38 n03): its link in a buyer message is reported, and its
    staff recipients are the seller's own."""
    check_files({
        "shop/__init__.py": "",
        "shop/settings.py": '''
DEFAULT_FROM_EMAIL = "orders@myshop.example"
OPS = ["ops@myshop.example"]
DELIVERY_NOTE = "Order {order_id} is on its way. 15% off your next order at https://myshop.example"
PLAIN_NOTE = "Order {order_id} is on its way."
''',
        "shop/notify.py": '''
from django.conf import settings
from django.core.mail import send_mail
from sp_api.api import Messaging, Orders
def shipped(order_id):
    Messaging().create_confirm_delivery_details(order_id, body={"text": settings.DELIVERY_NOTE.format(order_id=order_id)})  # expect: AMZ006
    Messaging().create_confirm_delivery_details(order_id, body={"text": settings.PLAIN_NOTE.format(order_id=order_id)})
def staff(order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    send_mail("New order", "Order for " + info["BuyerName"], settings.DEFAULT_FROM_EMAIL, settings.OPS)
''',
    })


def test_djangos_settings_object_stays_a_librarys_when_the_settings_module_is_not_known() -> None:
    """Two projects' settings modules, neither in the importer's package: no module is guessed."""
    findings = check_files({
        "a/settings.py": 'NOTE = "15% off at https://a.example"\n',
        "b/settings.py": 'NOTE = "15% off at https://b.example"\n',
        "tools/notify.py": '''
from django.conf import settings
from sp_api.api import Messaging
def shipped(order_id):
    Messaging().create_confirm_delivery_details(order_id, body={"text": settings.NOTE})
''',
    })
    assert findings == []


def test_a_dataclass_filled_by_its_field_names_keeps_each_field_apart() -> None:
    """`Rec(**{f.name: row[f.name] for f in fields(Rec)})` (blind corpus hunt40 p01): each field
    is read from its own key, so the order id is only the order id; the row's email still reaches
    the email field, and a library class's fields (not known) leave every field the whole row."""
    check("""
import logging
from dataclasses import dataclass, fields
from sp_api.api import Orders
from vendor_models import Imported

log = logging.getLogger(__name__)

@dataclass
class Rec:
    order_id: str
    buyer_email: str

def rows():
    out = []
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        out.append({"order_id": o["AmazonOrderId"], "buyer_email": o["BuyerInfo"]["BuyerEmail"]})
    return out

def by_descriptor():
    return [Rec(**{f.name: row[f.name] for f in fields(Rec)}) for row in rows()]

def by_names():
    names = [f.name for f in fields(Rec)]
    return [Rec(**{n: row[n] for n in names}) for row in rows()]

def by_unknown_class():
    names = [f.name for f in fields(Imported)]
    return [Rec(**{n: row[n] for n in names}) for row in rows()]

def main():
    for r in by_descriptor():
        log.info("order %s", r.order_id)
        log.info("buyer %s", r.buyer_email)  # expect: AMZ005
    for r in by_names():
        log.info("order %s", r.order_id)
    for r in by_unknown_class():
        log.info("order %s", r.order_id)  # expect: AMZ005
""")


def test_a_dict_comprehension_over_a_built_list_of_names_reads_each_name() -> None:
    """`{c: row[c] for c in cols}` with `cols` a list of constant names built by code (a
    comprehension): one key per name, each with its own value. A list grown by a value not known
    (`more.append(input())`) is not a list of names: every key may be any."""
    check("""
import logging
from sp_api.api import Orders

log = logging.getLogger(__name__)
COLS = ["order_id", "email"]

def main():
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        row = {"order_id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"]}
        cols = [c.lower() for c in COLS]
        slim = {c: row[c] for c in cols}
        log.info("%s", slim["order_id"])
        log.info("%s", slim["email"])  # expect: AMZ005
        more = ["order_id"]
        more.append(input())
        wide = {c: row[c] for c in more}
        log.info("%s", wide["order_id"])  # expect: AMZ005
""")


def _column_map_program(n: int) -> str:
    """A flat-file report normalised through a column map of `n` entries (hunt41 q07)."""
    cols = ["order-id", "order-item-id", "purchase-date", "promise-date", "sku", "quantity-purchased",
            "item-price", "buyer-email", "buyer-name", "recipient-name", "ship-address-1", "ship-address-2",
            "ship-city", "ship-state", "ship-postal-code", "ship-country", "ship-service-level",
            "ship-phone-number", "buyer-phone-number", "item-tax", "shipping-price", "sales-channel",
            "last-updated-date", "order-status", "fulfillment-channel", "order-channel", "product-name",
            "asin", "item-status", "currency", "shipping-tax", "gift-wrap-price", "gift-wrap-tax",
            "item-promotion-discount", "ship-promotion-discount", "is-business-order"]
    mapping = "\n".join(f'    "{c}": "{c.replace("-", "_")}",' for c in cols[:n])
    return f'''
import csv, io, logging
from sp_api.api import Reports
log = logging.getLogger(__name__)
COLUMN_MAP = {{
{mapping}
}}

def normalize(raw):
    row = {{}}
    for header, key in COLUMN_MAP.items():
        value = raw.get(header)
        row[key] = value.strip() if isinstance(value, str) else value
    return row

def main():
    doc = Reports().get_report_document("d", download=True)
    for raw in csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"):
        row = normalize(raw)
        log.info("line %s / %s", row["order_id"], row["sku"])
        log.info("to %s", row["buyer_name"])  # expect: AMZ005
'''


@pytest.mark.parametrize(
    "n",
    [
        9,
        17,
        22,
        pytest.param(
            36,
            marks=pytest.mark.xfail(
                strict=True,
                reason="a map of more columns than a value keeps named parts (MAX_FIELDS, 32; Amazon's "
                "All Orders report has 33, some reports over 40) keeps the rest in its elements, so its "
                "items() are not known one by one and the loop runs joined: every key is every column. "
                "Raising the bound to 48 past MAX_NODES (40) folded registries' types; see the "
                "twenty-seventh pass in docs/analysis.md",
            ),
        ),
    ],
)
def test_a_column_map_of_a_full_report_renames_each_column_apart(n: int) -> None:
    """A mapping of report headers to the seller's keys, applied entry by entry: each key holds
    its own column. A row of more than sixteen keys used to fold the rest into its elements, so
    every key read from it was also the buyer's name and address (hunt41 q07, two false alarms)."""
    check(_column_map_program(n))


# a ledger of marketing opt-ins keyed by the buyer's email, saved to a file (hunt41 q10)
_CONSENT_LEDGER = """
import json
from sp_api.api import Orders


class ConsentLedger:
    def __init__(self):
        self._entries = {}

    def mark_seen(self, email):
        self._entries[email] = {"opt_in": None}

    def save(self):
        with open("ledger.json", "w") as fh:
            json.dump(self._entries, fh)  # expect: AMZ003
"""


def test_a_collaborator_held_by_a_service_keeps_what_the_service_hands_it() -> None:
    """`self._ledger.mark_seen(email)` in a service: the ledger's own attribute holds the email,
    and the ledger writing that attribute out later is reported (hunt41 q10). Only the order id
    handed to another collaborator is not."""
    check(_CONSENT_LEDGER + """


class Counter:
    def __init__(self):
        self._ids = []

    def add(self, order_id):
        self._ids.append(order_id)

    def save(self):
        with open("ids.json", "w") as fh:
            json.dump(self._ids, fh)


class SegmentBuilder:
    def __init__(self, ledger, counter):
        self._ledger = ledger
        self._counter = counter

    def build(self, orders):
        for o in orders:
            self._ledger.mark_seen(o["BuyerInfo"]["BuyerEmail"])
            self._counter.add(o["AmazonOrderId"])


def main():
    orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
    ledger, counter = ConsentLedger(), Counter()
    SegmentBuilder(ledger, counter).build(orders)
    ledger.save()
    counter.save()
""")


def test_a_store_loaded_from_json_is_a_dict_its_setdefault_fills() -> None:
    """`json.loads(path.read_text())` is plain data: `setdefault(email, {...})` on it stores the
    email as a key, as on a dict literal (it was taken as a library object's method, and the
    analysis went back and forth between the two; hunt41 q10)."""
    check("""
import json
from pathlib import Path
from sp_api.api import Orders


class Ledger:
    def __init__(self, path):
        self._path = Path(path)
        self._entries = json.loads(self._path.read_text()) if self._path.exists() else {}

    def mark_seen(self, email, order_id):
        entry = self._entries.setdefault(email.lower(), {"first_order": order_id})
        entry["last_seen"] = "today"

    def save(self):
        self._path.write_text(json.dumps(self._entries))  # expect: AMZ003


class Ids:
    def __init__(self, path):
        self._path = Path(path)
        self._seen = json.loads(self._path.read_text()) if self._path.exists() else {}

    def mark(self, order_id):
        self._seen.setdefault(order_id, 0)

    def save(self):
        self._path.write_text(json.dumps(self._seen))


def main():
    ledger, ids = Ledger("ledger.json"), Ids("ids.json")
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        ledger.mark_seen(o["BuyerInfo"]["BuyerEmail"], o["AmazonOrderId"])
        ids.mark(o["AmazonOrderId"])
    ledger.save()
    ids.save()
""")


def test_a_jinja_template_importing_macros_gets_only_those_it_calls() -> None:
    """`{% import "macros.j2" as m %}` brings macros; only those the template calls render. A
    template calling the greeting macro does not carry the footer macro's outside link; one that
    calls the footer does (hunt42 r05), by `import ... as` or by `from ... import`."""
    check("""
from jinja2 import DictLoader, Environment
from sp_api.api import Messaging

SOURCES = {
    "macros.j2": (
        "{% macro greeting(name) %}Hello {{ name }},{% endmacro %}"
        "{% macro footer() %}Still stuck? See https://brightkettle.com/help{% endmacro %}"
    ),
    "window.j2": "{% import 'macros.j2' as m %}{{ m.greeting(first_name) }} Your order {{ order_id }} ships today.",
    "damaged.j2": "{% import 'macros.j2' as m %}{{ m.greeting(first_name) }} Sorry. {{ m.footer() }}",
    "late.j2": "{% from 'macros.j2' import greeting, footer with context %}{{ greeting(first_name) }} {{ footer() }}",
    "thanks.j2": "{% from 'macros.j2' import greeting %}{{ greeting(first_name) }} Thank you.",
    "plain.j2": "{% import 'macros.j2' as m %}Your order {{ order_id }} has shipped.",
}
env = Environment(loader=DictLoader(SOURCES))


def render(name, **values):
    return env.get_template(f"{name}.j2").render(**values)


def main(order_id):
    m = Messaging()
    m.create_confirm_delivery_details(order_id, body={"text": render("window", first_name="x", order_id=order_id)})
    m.create_unexpected_problem(order_id, body={"text": render("damaged", first_name="x")})  # expect: AMZ006
    m.create_unexpected_problem(order_id, body={"text": render("late", first_name="x")})  # expect: AMZ006
    m.create_confirm_delivery_details(order_id, body={"text": render("thanks", first_name="x")})
    m.create_confirm_delivery_details(order_id, body={"text": render("plain", order_id=order_id)})
""")


def test_a_queues_size_is_not_its_items() -> None:
    """`queue.qsize()` and `empty()` are a count and a test, not the orders queued (hunt42
    r08); an item taken from the queue is an order. `full` is not taken so: `np.full(n, email)`
    is an array of the email (the review's probe)."""
    check("""
import asyncio
import logging
import numpy as np
from sp_api.api import Orders

log = logging.getLogger(__name__)


async def produce(queue):
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        await queue.put(o)
    log.info("backlog %s empty %s", queue.qsize(), queue.empty())
    job = await queue.get()
    log.info("next %s", job["BuyerInfo"])  # expect: AMZ005
    log.info("filled %s", np.full(3, job["BuyerInfo"]["BuyerEmail"]))  # expect: AMZ005


asyncio.run(produce(asyncio.Queue()))
""")


def test_a_key_read_from_the_dict_it_looks_up_is_not_a_new_key() -> None:
    """`for order_id in sorted(orders): orders[order_id]` in a helper, over a dict grouped with a
    defaultdict: the key is one the dict has, so the lookup adds none. It used to add the
    parameter's elements (the rows) as keys for the caller, which then logged its order ids as
    the rows (hunt40 p06, two false alarms). Keys that are buyer emails stay reported."""
    check("""
import csv, io, logging
from collections import defaultdict
from sp_api.api import Reports

log = logging.getLogger(__name__)


def group(rows, column):
    orders = defaultdict(list)
    for row in rows:
        orders[row[column]].append(row)
    return orders


def manifest(orders):
    for key in sorted(orders):
        for line in orders[key]:
            log.info("%s: %s x %s", key, line["sku"], line["quantity-purchased"])  # expect: AMZ005


def main():
    doc = Reports().get_report_document("d", download=True)
    rows = list(csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"))
    by_order = group(rows, "order-id")
    manifest(by_order)
    for order_id, lines in by_order.items():
        log.info("order %s has %d lines", order_id, len(lines))
    by_buyer = group(rows, "buyer-email")
    manifest(by_buyer)
    for email in by_buyer:
        log.info("buyer %s", email)  # expect: AMZ005
""")


def test_a_jinja_macro_renders_what_it_uses_of_its_library() -> None:
    """Review of the macro change (probes in /tmp/rev30): a called macro renders the sibling
    macros it calls, its default arguments and the library's own `{% set %}` constants and
    imports, so those links stay reported; an import used otherwise than `m.name(` (`m[part]()`)
    or nested macro blocks count the whole library."""
    check("""
from jinja2 import DictLoader, Environment
from sp_api.api import Messaging

SOURCES = {
    "sibling.j2": "{% macro contact() %}care@brightkettle.com{% endmacro %}{% macro signoff() %}Thanks, {{ contact() }}{% endmacro %}",
    "default.j2": "{% macro help(url='https://brightkettle.com/help') %}See {{ url }}{% endmacro %}{% macro hi() %}Hi{% endmacro %}",
    "setconst.j2": "{% set shop = 'https://brightkettle.com' %}{% macro visit() %}Visit {{ shop }}{% endmacro %}{% macro hi() %}Hi{% endmacro %}",
    "a.j2": "{% import 'sibling.j2' as m %}Shipped. {{ m.signoff() }}",
    "b.j2": "{% import 'default.j2' as m %}Shipped. {{ m.help() }}",
    "c.j2": "{% import 'setconst.j2' as m %}Shipped. {{ m.visit() }}",
    "d.j2": "{% import 'default.j2' as m %}Shipped. {{ m[part]() }}",
    "e.j2": "{% import 'default.j2' as m %}{{ m.hi() }} I'm glad it shipped.",
}
env = Environment(loader=DictLoader(SOURCES))


def main(order_id):
    m = Messaging()
    m.create_unexpected_problem(order_id, body={"text": env.get_template("a.j2").render()})  # expect: AMZ006
    m.create_unexpected_problem(order_id, body={"text": env.get_template("b.j2").render()})  # expect: AMZ006
    m.create_unexpected_problem(order_id, body={"text": env.get_template("c.j2").render()})  # expect: AMZ006
    m.create_unexpected_problem(order_id, body={"text": env.get_template("d.j2").render(part="help")})  # expect: AMZ006
    m.create_confirm_delivery_details(order_id, body={"text": env.get_template("e.j2").render()})
""")


@pytest.mark.xfail(
    strict=True,
    reason="a store into an object a service holds reaches that object's class only where the data "
    "is the caller's own (deep_effect writes data, not parameters): when the orders are a parameter "
    "of the function that makes the service, the ledger's write is lost on the way up. Writing "
    "parameters too (and callers writing them again) found it, but left 70 more of Django's "
    "package's functions incomplete (3,111 -> 3,181) and took 17% longer",
)
def test_a_collaborator_held_by_a_service_made_in_a_helper_given_the_orders() -> None:
    check(_CONSENT_LEDGER + """


class SegmentBuilder:
    def __init__(self, ledger):
        self._ledger = ledger

    def build(self, orders):
        for o in orders:
            self._ledger.mark_seen(o["BuyerInfo"]["BuyerEmail"])


def sync(orders):
    ledger = ConsentLedger()
    SegmentBuilder(ledger).build(orders)
    ledger.save()


def main():
    sync(Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"])
""")


_CLICK_CLI = """
import logging
import click
from sp_api.api import Orders

log = logging.getLogger(__name__)


class Desk:
    def __init__(self):
        self.last = None

    def fetch(self, oid):
        self.last = Orders().get_order_buyer_info(oid).payload
        return self.last


@click.group()
@click.pass_context
def cli(ctx):
    ctx.obj = {"desk": Desk()}


@cli.command()
@click.argument("oid")
@click.pass_context
def lookup(ctx, oid):
    desk = ctx.obj["desk"]
    log.info("looked up %s", oid)
    log.info("raw %s", desk.fetch(oid))  # expect: AMZ005


@cli.command()
@click.argument("oid")
@click.pass_obj
def show(obj, oid):
    log.info("got %s", obj["desk"].fetch(oid)["BuyerEmail"])  # expect: AMZ005
"""


def test_a_click_group_hands_its_commands_what_it_stores_on_the_context() -> None:
    """`ctx.obj = {...}` in a click group is what its commands read through `@click.pass_context`
    (`ctx.obj["desk"]`) or `@click.pass_obj` (world.toml `injected`, `shared_objects`): the desk
    the group made fetches the buyer's data there (hunt43 s07: four of five flows were missed)."""
    check(_CLICK_CLI)


@pytest.mark.xfail(
    strict=True,
    reason="an object read back from shared state (`ctx.obj['desk']`) keeps the attributes it was "
    "stored with (`last = None` from __init__), not what a method called on it elsewhere wrote "
    "there later through another name (`desk = ctx.obj['desk']; desk.fetch(oid)`, `self.last = "
    "payload`): a part set explicitly is taken as exactly what was set, and the call's store lands "
    "on the local name only (hunt43 s07 cli.py:41)",
)
def test_an_attribute_written_by_a_method_is_read_through_shared_state() -> None:
    check(_CLICK_CLI + """

@cli.command()
@click.argument("oid")
@click.pass_context
def raw(ctx, oid):
    desk = ctx.obj["desk"]
    desk.fetch(oid)
    log.info("raw %s", ctx.obj["desk"].last)  # expect: AMZ005
""")


def test_sqlmodels_session_is_sqlalchemys() -> None:
    """SQLModel's Session (and create_engine) are SQLAlchemy's (world.toml aliases): a Core
    `insert(...)`/`update(...)` of the buyer's email it executes is a database write, a
    `select`/`delete` whose where clause names the email is not (hunt43 s03: the insert of a
    buyer's address lines was missed, the session's type was not known)."""
    check("""
from sqlalchemy import select, insert, update, delete, Table, Column, String, MetaData
from sqlmodel import Session, create_engine, SQLModel, Field
from sp_api.api import Orders

md = MetaData()
lines = Table("lines", md, Column("text", String))


class Contact(SQLModel, table=True):
    id: int = Field(primary_key=True)
    email: str


def main(oid):
    email = Orders().get_order_buyer_info(oid).payload["BuyerEmail"]
    with Session(create_engine("sqlite://")) as session:
        session.execute(select(Contact).where(Contact.email == email))
        session.exec(select(Contact).where(Contact.email == email)).first()
        session.execute(delete(lines).where(lines.c.text == email))
        session.execute(insert(lines).values(text=email))  # expect: AMZ003
        session.execute(update(lines).values(text=email))  # expect: AMZ003
        session.execute(insert(lines).values(text=oid))
""")


def test_a_callbacks_default_argument_is_the_variable_it_was_defined_with() -> None:
    """`def on_delivery(err, msg, rec=record)` (or a lambda's `rec=record`) defined in a loop and
    handed to a library that calls it later: the default is the enclosing function's variable at
    the definition, so logging it logs the order (hunt43 s08; before, a nested function's default
    named a module global only, and the record was missed)."""
    check("""
import logging
from confluent_kafka import Producer
from sp_api.api import Orders

log = logging.getLogger(__name__)


def run():
    producer = Producer({"bootstrap.servers": "kafka:9092"})
    for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        record = {"email": order["BuyerInfo"]["BuyerEmail"], "id": order["AmazonOrderId"]}
        oid = order["AmazonOrderId"]

        def on_delivery(err, msg, rec=record, order_id=oid):
            if err is not None:
                log.error("delivery failed for %s", order_id)
                log.error("record %s", rec)  # expect: AMZ005

        producer.produce("orders", key=oid, value=b"x", on_delivery=on_delivery)
        producer.produce("orders", value=b"x", on_delivery=lambda err, msg, r=record: log.error("failed %s", r))  # expect: AMZ005
        producer.produce("orders", value=b"x", on_delivery=lambda err, msg, o=oid: log.error("failed %s", o))
""")


def test_the_second_reviews_probes_of_this_pass() -> None:
    """Review of the click, default and macro changes (probes in /tmp/rev31): two click CLIs in
    one repository have their own Context (world.toml [shared_scope]); a nested function called
    directly with its default is told the enclosing variable on the first analysis; an imported
    macro library's top-level text, comments and a word that names a macro (`website (`) are not
    rendered; a `{%+ macro %}` block is a macro."""
    check_files({
        "tools/export_cli.py": """
            import logging
            import click
            from sp_api.api import Orders

            log = logging.getLogger(__name__)


            @click.group()
            @click.pass_context
            def cli(ctx):
                ctx.obj = {"orders": Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]}


            @cli.command()
            @click.pass_obj
            def dump(obj):
                log.info("%s", obj["orders"])  # expect: AMZ005
        """,
        "tools/settings_cli.py": """
            import logging
            import click

            log = logging.getLogger(__name__)


            @click.group()
            @click.pass_context
            def cli(ctx):
                ctx.obj = {"profile": "default"}


            @cli.command()
            @click.pass_obj
            def show(obj):
                log.info("profile %s", obj)
        """,
        "tools/report.py": """
            import logging
            from sp_api.api import Orders

            log = logging.getLogger(__name__)


            def sync():
                orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
                label = orders[0]["BuyerInfo"]["BuyerEmail"]

                def report(n, tag=label):
                    log.info("%s: %d orders", tag, n)  # expect: AMZ005

                report(len(orders))
        """,
        "tools/notify.py": """
            from jinja2 import DictLoader, Environment
            from sp_api.api import Messaging

            SOURCES = {
                "macros.j2": (
                    "{# style guide: https://wiki.brightkettle.com/style #}Maintained by ops@brightkettle.com. "
                    "{%+ macro promo() %}15% off at https://brightkettle.com{% endmacro %}"
                    "{% macro website() %}Visit https://brightkettle.com for more.{% endmacro %}"
                    "{% macro signoff(shop) %}Thanks, the {{ shop }} team. Questions about our website (or anything else)? Reply here.{% endmacro %}"
                ),
                "shipped.j2": "{% import 'macros.j2' as m %}Your order {{ order_id }} has shipped. {{ m.signoff('Bright Kettle') }}",
            }
            env = Environment(loader=DictLoader(SOURCES))


            def notify(order_id):
                text = env.get_template("shipped.j2").render(order_id=order_id)
                Messaging().create_confirm_delivery_details(order_id, body={"text": text})
        """,
    })


def test_chain_from_iterable_gives_the_records_of_each_iterable():
    """`chain.from_iterable(sources)` over generators of records gives the records, not the
    generators: an order id read from one is the id alone (before, iterating it gave the
    iterables, so every field read was the whole record, buyer's email too; hunt38 n07, which
    a larger part bound exposed)."""
    check(
        """
        import logging
        from itertools import chain
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def records(orders):
            for o in orders:
                yield {"order_id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"], "city": o["ShippingAddress"]["City"]}

        def merged(*sources):
            return chain.from_iterable(sources)

        def main():
            api = Orders()
            shipped = records(api.get_orders(OrderStatuses=["Shipped"]).payload["Orders"])
            pending = records(api.get_orders(OrderStatuses=["Pending"]).payload["Orders"])
            for rec in merged(shipped, pending):
                log.info("order %s", rec["order_id"])
                log.info("mail %s", rec["email"])  # expect: AMZ005
            for rec in chain.from_iterable([shipped, pending]):
                log.info("order %s", rec["order_id"])
                log.info("mail %s", rec["email"])  # expect: AMZ005
        """
    )


def test_a_pipeline_of_partial_steps_folded_with_reduce():
    """`reduce(lambda acc, step: step(acc), steps, orders)` over `partial(filter, keep)` and
    `partial(map, enrich)`, the second appended to the list and the list spread into `*steps`:
    each step runs with the orders, so the predicate's log and the
    enricher's prompt are found, and the orders that come out keep their fields (before, reduce
    gave its sequence's labels and the steps never ran: every field of every order was every
    other; blind corpus hunt44 t04)."""
    check(
        """
        import logging
        from functools import partial, reduce
        from openai import OpenAI
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def ships_with(order, services):
            keep = order["ShipServiceLevel"] in services
            if not keep:
                log.info("skipping %r", order)  # expect: AMZ005
            return keep

        def tag(order):
            a = order["ShippingAddress"]
            OpenAI().chat.completions.create(model="m", messages=[{"role": "user", "content": f"{a['Name']} {a['City']}"}])  # expect: AMZ004
            return order

        def pipeline(orders, *steps):
            return list(reduce(lambda acc, step: step(acc), steps, orders))

        def default_steps(with_ai=True):
            steps = [partial(filter, partial(ships_with, services={"Std"}))]
            if with_ai:  # a list literal grown after it was written: spread, it has more than its positions
                steps.append(partial(map, tag))
            return steps

        def main():
            orders = Orders().get_orders(CreatedAfter="2024").payload["Orders"]
            for o in pipeline(orders, *default_steps()):
                log.info("ready %s", o["AmazonOrderId"])
            total = reduce(lambda n, o: n + len(o["OrderItems"]), orders, 0)
            log.info("total %d", total)
        """
    )


def test_a_partial_handed_to_a_helper_keeps_the_function_it_binds():
    """`apply(partial(filter, keep), rows)`: the helper calls the partial, which calls `keep` with
    each row (before, the helper's copy knew the partial's function but not what it bound)."""
    check(
        """
        import logging
        from functools import partial
        from sp_api.api import Orders

        def keep(order, services):
            logging.info("checking %s", order["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
            return order["ShipServiceLevel"] in services

        def keep_quietly(order, services):
            logging.info("checking %s", order["AmazonOrderId"])
            return order["ShipServiceLevel"] in services

        def apply(step, rows):
            return list(step(rows))

        def main():
            orders = Orders().get_orders(CreatedAfter="2024").payload["Orders"]
            apply(partial(filter, partial(keep, services={"Std"})), orders)
            apply(partial(filter, partial(keep_quietly, services={"Std"})), orders)
        """
    )


def test_a_record_copied_with_dataclasses_replace_in_a_helper():
    """`replace(rec, buyer_name="", buyer_email=pseudonym(...))` in a helper given the caller's
    record: the copy is the caller's record without those fields, then the new ones (before, the
    helper's copy was the caller's whole record joined with the new fields, so the name it had
    just blanked was still there; blind corpus hunt44 t04)."""
    check(
        """
        import hashlib, hmac, logging, os
        from dataclasses import asdict, dataclass, replace
        from sp_api.api import Orders

        KEY = os.environ["PSEUDONYM_KEY"].encode()

        @dataclass
        class Rec:
            order_id: str
            buyer_name: str
            buyer_email: str
            city: str

        def pseudonym(value):
            return hmac.new(KEY, value.strip().lower().encode(), hashlib.sha256).hexdigest()

        def pseudo(r):
            return replace(r, buyer_name="", buyer_email=pseudonym(r.buyer_email), city=None)

        def load():
            out = []
            for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                out.append(Rec(o["AmazonOrderId"], o["BuyerInfo"]["BuyerName"], o["BuyerInfo"]["BuyerEmail"], o["ShippingAddress"]["City"]))
            return out

        def main():
            for r in load():
                logging.info("%s", pseudo(r).buyer_name)
                logging.info("%s", asdict(pseudo(r)))
                logging.info("%s", replace(r, city=None).buyer_name)  # expect: AMZ005
        """
    )


def test_fields_read_from_a_parameters_elements_fold_apart_from_its_keys():
    """A DictWriter with a dataclass's field names writing `asdict(pseudonymize(o))` for each of
    a parameter's orders: the eleven keys read from the elements (and from the keys, as iterating a
    parameter gives) fold per first key, not into the whole parameter, so the fields the helper
    dropped stay dropped (before, the fold kept only the common path, the whole list; hunt44
    t04)."""
    check(
        """
        import csv
        from dataclasses import asdict, dataclass, field, fields, replace
        from sp_api.api import Orders

        @dataclass
        class Rec:
            order_id: str
            purchase_date: str
            ship_service: str
            buyer_name: str
            buyer_email: str
            city: str
            currency: str = "USD"
            total: float = 0.0
            items: list = field(default_factory=list)
            is_prime: bool = False
            residential: bool = False

        COLUMNS = [f.name for f in fields(Rec)]

        def pseudonymize(rec):
            return replace(rec, buyer_name="", buyer_email="", city=None)

        def export(orders):
            with open("out.csv", "w", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
                for rec in map(pseudonymize, orders):
                    writer.writerow(asdict(rec))
                for rec in orders:
                    writer.writerow(asdict(rec))  # expect: AMZ003

        def main():
            recs = []
            for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                recs.append(Rec(o["AmazonOrderId"], o["PurchaseDate"], o["ShipServiceLevel"], o["BuyerInfo"]["BuyerName"],
                                o["BuyerInfo"]["BuyerEmail"], o["ShippingAddress"]["City"]))
            export(recs)
        """
    )


def test_a_groupbys_index_renamed_with_rename_axis():
    """`orders.groupby("buyer-email").agg(...).rename_axis("email").reset_index()`: the keys
    become a column named "email" (the buyer emails), and the other columns stay what they
    aggregate (before, rename_axis was an unknown call: the whole table was every column, so a
    summary by segment of it was the buyers' emails; blind corpus hunt44 t08)."""
    check(
        """
        import io, logging
        import pandas as pd
        from sp_api.api import Reports

        log = logging.getLogger(__name__)

        def load():
            doc = Reports().get_report_document("d", download=True).payload["document"]
            return pd.read_csv(io.StringIO(doc), sep="\\t")

        def main():
            orders = load()
            rfm = (orders.groupby("buyer-email")
                   .agg(frequency=("amazon-order-id", "nunique"), monetary=("item-price", "sum"))
                   .rename_axis("email").reset_index())
            rfm["segment"] = ["loyal" if f > 3 else "new" for f in rfm["frequency"]]
            log.info("frequencies %s", rfm["frequency"].tolist())
            summary = rfm.groupby("segment").agg(customers=("frequency", "size"), revenue=("monetary", "sum")).reset_index()
            log.info("segment sizes %s", summary.set_index("segment")["customers"].to_dict())
            log.info("who %s", rfm["email"].tolist())  # expect: AMZ005
            log.info("lengths %s", rfm["email"].map(len).tolist())
            g = orders.groupby("buyer-email").agg(n=("amazon-order-id", "nunique"))
            a = g.rename_axis(index="customer").reset_index()
            log.info("a %s", a["customer"].tolist())  # expect: AMZ005
            log.info("a %s", a["n"].tolist())
            c = g.rename_axis(index={"buyer-email": "customer"}).reset_index()
            log.info("c %s", c["customer"].tolist())  # expect: AMZ005
            f = g.rename_axis(["customer"]).reset_index()
            log.info("f %s", f["customer"].tolist())  # expect: AMZ005
            d = g.rename_axis(index=str.upper).reset_index()
            log.info("d %s", d["BUYER-EMAIL"].tolist())  # expect: AMZ005
            w = orders.groupby("sku").agg(q=("quantity-purchased", "sum")).rename_axis("metric", axis="columns").reset_index()
            log.info("w %s", w["sku"].tolist())
        """
    )


def test_a_record_stripped_by_key_in_a_helper_given_a_parameters_part():
    """`strip_pii(envelope["record"])` in a helper given the envelope, where strip_pii is
    `{k: v for k, v in record.items() if k not in PII_FIELDS}`: no copy per caller's keys can
    know the record there, so the helper's own summary says "the caller's record without those
    keys"; and `dict(envelope, record=...)` is the caller's envelope without its record (before,
    the stripped record was every value of the caller's, and the copy kept the old record
    beside the new; blind corpus hunt43 s08)."""
    check(
        """
        import json
        from sp_api.api import Orders

        PII_FIELDS = frozenset({"buyer_name", "buyer_email", "ship_to"})

        def build_record(order):
            return {
                "order_id": order.get("AmazonOrderId"),
                "status": order.get("OrderStatus"),
                "buyer_name": order["BuyerInfo"].get("BuyerName"),
                "buyer_email": order["BuyerInfo"].get("BuyerEmail"),
                "ship_to": dict(order.get("ShippingAddress", {})),
            }

        def strip_pii(record):
            return {k: v for k, v in record.items() if k not in PII_FIELDS}

        class DeadLetters:
            def send(self, record, reason):
                envelope = {"record": record, "reason": reason}
                self._spool(envelope)
                self._raw(envelope)

            def _spool(self, envelope):
                line = dict(envelope, record=strip_pii(envelope["record"]))
                with open("dlq.jsonl", "a") as fh:
                    fh.write(json.dumps(line) + "\\n")

            def _raw(self, envelope):
                with open("dlq-raw.jsonl", "a") as fh:
                    fh.write(json.dumps(envelope) + "\\n")  # expect: AMZ003

        def main():
            dlq = DeadLetters()
            for order in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                dlq.send(build_record(order), "schema")
        """
    )


def test_itertools_tee_pairwise_batched_and_zip_longest_keep_the_rows_apart():
    """itertools.tee gives iterators over the same rows, pairwise neighbouring pairs, batched
    tuples of rows, zip_longest tuples like zip: a row read from one is the row (before, each was
    an unknown library call, so every field of every row was every other; hunt45 u06)."""
    check(
        """
        import logging
        from itertools import batched, pairwise, tee, zip_longest
        import requests
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def rows():
            for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                yield {"id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"]}

        def main():
            a, b = tee(rows(), 2)
            for r in a:
                log.info("id %s", r["id"])
            for r in b:
                requests.post("https://crm.example.com", json={"e": r["email"]})  # expect: AMZ004
            for x, y in pairwise(rows()):
                log.info("%s -> %s", x["id"], y["id"])
                log.info("%s", y["email"])  # expect: AMZ005
            for chunk in batched(rows(), 50):
                log.info("ids %s", [r["id"] for r in chunk])
                log.info("chunk %s", chunk)  # expect: AMZ005
            for p, q in zip_longest(rows(), ["x"]):
                log.info("%s %s", p["id"], q)
        """
    )


def test_a_pydantic_model_validated_from_an_order():
    """`Order.model_validate(raw)` is `Order(**raw)`: its fields by alias, its properties run on
    it (before, a library call whose attributes were keys of the raw order: a property masking
    the email was the whole order; blind corpus hunt45 u03)."""
    check(
        """
        import logging
        from pydantic import BaseModel, Field, computed_field
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def mask_email(email):
            local, _, domain = email.partition("@")
            return f"{local[:2]}***@{domain}"

        class Buyer(BaseModel):
            email: str | None = Field(default=None, alias="BuyerEmail")

        class Order(BaseModel):
            amazon_order_id: str = Field(alias="AmazonOrderId")
            buyer: Buyer = Field(default_factory=Buyer, alias="BuyerInfo")
            ship: dict = Field(default_factory=dict, alias="ShippingAddress")

            @computed_field
            @property
            def masked_email(self) -> str:
                return mask_email(self.buyer.email)

        def main():
            api = Orders()
            for raw in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                raw["ShippingAddress"] = api.get_order_address(raw["AmazonOrderId"]).payload["ShippingAddress"]
                rec = Order.model_validate(raw)
                log.info("loaded %s for %s", rec.amazon_order_id, rec.masked_email)
                log.info("ship to %s", rec.ship)  # expect: AMZ005
        """
    )


def test_a_pydantic_model_validator_runs_where_the_model_is_built():
    """A method decorated `@model_validator(mode="after")` runs on each new instance: its log of
    the whole address is found where the address model is built (world.toml construction_hooks);
    one logging only a count is not."""
    check(
        """
        import logging
        from pydantic import BaseModel, Field, model_validator
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        class ShipTo(BaseModel):
            name: str | None = Field(default=None, alias="Name")
            line1: str | None = Field(default=None, alias="AddressLine1")
            postal_code: str | None = Field(default=None, alias="PostalCode")

            @model_validator(mode="after")
            def _check(self) -> "ShipTo":
                if not self.line1:
                    log.warning("unroutable ship-to: %s", self.model_dump())  # expect: AMZ005
                if not self.postal_code:
                    log.warning("no postal code for a ship-to with %d lines", 1 if self.line1 else 0)
                return self

        class Totals(BaseModel):
            amount: str | None = Field(default=None, alias="Amount")

            @model_validator(mode="after")
            def _check(self) -> "Totals":
                log.info("total %s", self.model_dump())
                return self

        def main():
            api = Orders()
            for o in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                addr = api.get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]
                ShipTo.model_validate(addr)
                Totals(**o["OrderTotal"])
        """
    )


def test_a_host_from_a_settings_default_stripped_of_its_slash():
    """`settings.base_url.rstrip("/")` of a constant default keeps the constant, stripped, so the
    host of `f"{base}/orders"` is known (before, a text method given an argument forgot the
    constants: a carrier's label API was an outside service; hunt45 u03)."""
    check(
        """
        import httpx
        from sp_api.api import Orders

        class Settings:
            shipstation_url: str = "https://ssapi.shipstation.com/"
            crm_url: str = "https://crm.example.com/"

        class Client:
            def __init__(self, settings: Settings):
                self._ship = settings.shipstation_url.rstrip("/")
                self._crm = settings.crm_url.removesuffix("/")

            def push(self, addr):
                httpx.post(f"{self._ship}/orders/createorder", json={"name": addr["Name"], "city": addr["City"]})
                httpx.post(f"{self._crm}/contacts", json={"name": addr["Name"]})  # expect: AMZ004

        def main():
            c = Client(Settings())
            for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                c.push(o["ShippingAddress"])
        """
    )


def test_a_list_spread_into_star_args_after_items_were_appended():
    """A list written with its items and spread into `*args`: what was appended since reaches the
    `*args` past its positions (world: the list's GROWN part), and nothing else does: a
    position replaced by its masked value, or an item bound to a named parameter before the
    `*args`, is not among them (review of the twenty-eighth pass, probes a01 and a02)."""
    check(
        """
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def mask(s):
            return s[:2] + "***"

        def line(*parts):
            log.info(" | ".join(str(p) for p in parts))

        def line2(*parts):
            log.info(" | ".join(str(p) for p in parts))  # expect: AMZ005

        def audit_row(email, *cols):
            log.info(",".join(str(c) for c in cols))

        def main():
            for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
                fields = [o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"]]
                fields[1] = mask(fields[1])
                line(*fields)
                cols = [o["AmazonOrderId"]]
                cols.append(o["ShippingAddress"]["City"])
                cols.append(o["BuyerInfo"]["BuyerEmail"])
                line2(*cols)
                row = [o["BuyerInfo"]["BuyerEmail"], o["AmazonOrderId"]]
                if o.get("IsPrime"):
                    row.append("prime")
                audit_row(*row)
        """
    )


def test_shipping_rates_are_amazons_offers_not_the_address_sent():
    """`Shipping().get_rates(shipTo=...)` answers with carriers and prices (world.toml
    api_ack_methods): its carrier name posted to Slack is not the buyer's address; the label a
    purchase returns is a source (hunt35 j08, a false alarm a finer label fold exposed)."""
    check(
        """
        import requests
        from sp_api.api import Orders, ShippingV2

        def buy(order):
            api = ShippingV2()
            a = order["ShippingAddress"]
            ship_to = {"name": a["Name"], "addressLine1": a["AddressLine1"], "city": a["City"], "postalCode": a["PostalCode"],
                       "countryCode": a["CountryCode"], "phoneNumber": a["Phone"]}
            rates = api.get_rates(shipTo=ship_to, packages=[{"weight": {"value": 8, "unit": "OUNCE"}}]).payload
            best = min(rates["rates"], key=lambda r: float(r["totalCharge"]["value"]))
            requests.post("https://hooks.slack.com/services/T/B/X", json={"text": f"{order['AmazonOrderId']}: {best['carrierName']} {best['serviceName']}"})
            bought = api.purchase_shipment(requestToken=rates["requestToken"], rateId=best["rateId"]).payload
            requests.post("https://labels.example.com/print", json=bought)  # expect: AMZ004

        for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
            buy(o)
        """
    )


def test_a_mixins_super_call_reaches_the_class_it_is_mixed_into():
    """`super().format_row(rec)` in a mixin with no bases of its own runs the next format_row
    along the receiver's class order (the exporter it is mixed into), and a loop over the
    class's constant `drop_columns`/`ADDRESS_COLUMNS` runs per entry: the masking mixin's row
    has no street or phone, the encrypting mixin's row has them encrypted, and only the plain
    exporter writes them in clear (blind corpus hunt45 u07)."""
    check(
        """
        import json
        import requests
        from cryptography.fernet import Fernet
        from sp_api.api import Orders

        def mask_name(name):
            return " ".join(p[0] + "." for p in (name or "").split()) or "-"

        class Base:
            def format_row(self, order):
                return {"order_id": order["AmazonOrderId"], "status": order["OrderStatus"]}

        class Shipping(Base):
            ADDRESS_COLUMNS = {"name": "Name", "address1": "AddressLine1", "city": "City", "postal_code": "PostalCode", "state": "StateOrRegion"}

            def format_row(self, order):
                row = super().format_row(order)
                addr = order["ShippingAddress"]
                for column, key in self.ADDRESS_COLUMNS.items():
                    row[column] = addr.get(key, "")
                row["phone"] = addr.get("Phone", "")
                return row

        class MaskingMixin:
            drop_columns = ("address1", "city", "postal_code", "phone")

            def format_row(self, order):
                row = super().format_row(order)
                masked = {k: v for k, v in row.items() if k not in self.drop_columns}
                masked["name"] = mask_name(row.get("name", ""))
                return masked

        class EncryptingMixin:
            encrypted_columns = ("name", "address1", "city", "postal_code", "phone")

            def format_row(self, order):
                row = super().format_row(order)
                for col in self.encrypted_columns:
                    if row.get(col):
                        row[col] = Fernet(b"k").encrypt(str(row[col]).encode()).decode()
                return row

        class SlackDigest(MaskingMixin, Shipping):
            def send(self, order):
                row = self.format_row(order)
                requests.post("https://hooks.slack.com/services/T/B/X", json={"text": f"{row['order_id']} {row['name']} {row['state']}"})

        class Archive(EncryptingMixin, Shipping):
            def send(self, order):
                with open("archive.jsonl", "a") as fh:
                    fh.write(json.dumps(self.format_row(order)) + "\\n")

        class PlainFile(Shipping):
            def send(self, order):
                with open("plain.jsonl", "a") as fh:
                    fh.write(json.dumps(self.format_row(order)) + "\\n")  # expect: AMZ003

        for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
            for exporter in (SlackDigest(), Archive(), PlainFile()):
                exporter.send(o)
        """
    )


def test_a_value_tested_false_holds_no_data():
    """`if email: email = mask(email)`: where the test fails, the variable is false (empty, None),
    so what is logged after is masked or nothing; `if not phone: log(phone)` logs nothing; the
    same for a dict's entry tested with `.get` (hunt45 u07's encrypting mixin)."""
    check(
        """
        import logging
        from sp_api.api import Orders

        def mask(s):
            return s[:1] + "***"

        for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
            email = o["BuyerInfo"].get("BuyerEmail")
            if email:
                email = mask(email)
            logging.info("mail %s", email)
            row = dict(o["ShippingAddress"])
            if row.get("Name"):
                row["Name"] = mask(row["Name"])
            logging.info("name %s", row["Name"])
            logging.info("street %s", row["AddressLine1"])  # expect: AMZ005
            phone = o["ShippingAddress"].get("Phone")
            if not phone:
                logging.info("no phone %s", phone)
            else:
                logging.info("phone %s", phone)  # expect: AMZ005
        """
    )


def test_a_method_nobody_calls_given_an_instance_of_a_project_class():
    """`def approve(self, case: ReturnCase)` that no code in the project calls (a scheduler or
    another program runs it): its `case` may be any ReturnCase the program builds, so the SMS to
    the buyer's phone and the helpdesk ticket with the buyer's email are found; a method called
    by name keeps its callers' arguments only (blind corpus hunt45 u02)."""
    check(
        """
        from dataclasses import dataclass
        import requests
        from twilio.rest import Client
        from sp_api.api import Orders

        @dataclass
        class ReturnCase:
            order_id: str
            buyer_email: str = ""
            buyer_phone: str = ""
            note: str = ""

        class Workflow:
            def ingest(self):
                api = Orders()
                out = []
                for o in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                    info = api.get_order_buyer_info(o["AmazonOrderId"]).payload
                    addr = api.get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]
                    out.append(ReturnCase(o["AmazonOrderId"], info.get("BuyerEmail", ""), addr.get("Phone", "")))
                return out

            def approve(self, case: ReturnCase) -> None:
                if case.buyer_phone:
                    Client("sid", "token").messages.create(to=case.buyer_phone, from_="+15550000", body="Label ready")  # expect: AMZ002
                requests.post("https://helpdesk.example.com/tickets", json={"email": case.buyer_email})  # expect: AMZ004
                self.audit(ReturnCase("x", note="manual"))

            def audit(self, case: ReturnCase) -> None:
                requests.post("https://audit.example.com/log", json={"note": case.note, "order": case.order_id})
        """
    )


def test_a_list_chosen_by_a_conditional_grows():
    """`(good if ok else bad).append(line)`: either list holds the line, so what is logged or
    returned from either is the report's data; a list neither branch names stays empty
    (hunt46 v05's report validation)."""
    check(
        """
        import csv, io, logging
        from sp_api.api import Reports

        REQUIRED = ("order-id", "sku")

        def validate(lines):
            good, bad, seen = [], [], []
            for line in lines:
                (good if all(line.get(c) for c in REQUIRED) else bad).append(line)
            for line in bad:
                logging.warning("dropping %s", line)  # expect: AMZ005
            logging.info("seen %s", seen)
            return good

        doc = Reports().get_report_document("d1", download=True).payload["document"]
        kept = validate(list(csv.DictReader(io.StringIO(doc), delimiter="\\t")))
        logging.info("kept %s", kept)  # expect: AMZ005
        (kept or []).append({"order-id": "1"})
        logging.info("first id %s", kept[0]["order-id"])
        """
    )


def test_a_dotted_path_split_into_keys_reads_those_keys():
    """`dig(order, "OrderTotal.Amount")` walking `path.split(".")` part by part: the split of a
    constant is its pieces in order, and a helper that splits its parameter is analysed per
    text its callers pass, so only the buyer's email path is reported; a constant split in
    place (`"a.b".split(".")[0]`) is the first piece."""
    check(
        """
        import logging
        from sp_api.api import Orders

        def dig(record, path, default=None):
            cur = record
            for part in path.split("."):
                cur = cur.get(part) if isinstance(cur, dict) else None
                if cur is None:
                    return default
            return cur

        o = Orders().get_order("1").payload
        logging.info("total %s", dig(o, "OrderTotal.Amount"))
        logging.info("status %s", dig(o, "OrderStatus"))
        logging.info("email %s", dig(o, "BuyerInfo.BuyerEmail"))  # expect: AMZ005
        logging.info("first %s", o.get("OrderStatus|BuyerInfo".split("|")[0]))
        logging.info("lines %s", o.get("BuyerInfo\\nOrderStatus".splitlines()[0]))  # expect: AMZ005
        """
    )


def test_a_replacement_orders_id_is_not_personal():
    """`ReplacedOrderId` (Orders API v0: the order a replacement replaces) is an order id, and
    `PromiseResponseDueDate` a date: a board post with them and a masked email is allowed
    (hunt46 v03's Notion replacements board)."""
    check(
        """
        import requests
        from sp_api.api import Orders

        o = Orders().get_order("1").payload
        requests.post("https://api.notion.com/v1/pages", json={
            "Replaces": o.get("ReplacedOrderId"), "Due": o.get("PromiseResponseDueDate"),
            "Seller": o.get("SellerDisplayName"),
        })
        requests.post("https://api.notion.com/v1/pages", json={"Name": o["ShippingAddress"]["Name"]})  # expect: AMZ004
        """
    )


def test_a_string_template_shows_only_the_names_it_substitutes():
    """`Template(TEMPLATES[key]).safe_substitute({**DEFAULTS, **ctx})` with DEFAULTS the shop's
    link and phone: a Messaging text from a template naming neither holds neither; one naming
    `$support_phone` holds the phone (AMZ006), and buyer data in the context is counted wherever
    it is, as for str.format (hunt46 v04's follow-up templates)."""
    check(
        """
        from string import Template
        from sp_api.api import Messaging, Orders

        TEMPLATES = {
            "delivered": "Your order $order_id was delivered by $carrier.",
            "returned": "The carrier returned order $order_id. Call us at $support_phone.",
            "named": "Hi ${name}, order $order_id shipped.",
        }
        DEFAULTS = {"store_url": "https://shop.example.com", "support_phone": "+1 (415) 555-0134"}

        def render(key, **context):
            return Template(TEMPLATES[key]).safe_substitute({**DEFAULTS, **context})

        def notify(order_id):
            m = Messaging()
            m.create_confirm_delivery_details(order_id, body={"text": render("delivered", order_id=order_id, carrier="UPS")})
            m.create_unexpected_problem(order_id, body={"text": render("returned", order_id=order_id)})  # expect: AMZ006
            t = Template(template="Visit $url").substitute(url="https://shop.example.com")
            m.create_unexpected_problem(order_id, body={"text": t})  # expect: AMZ006
            odd = Template("Pay $ now").safe_substitute(DEFAULTS)
            m.create_unexpected_problem(order_id, body={"text": odd})  # expect: AMZ006

        def greet(order_id):
            import logging
            name = Orders().get_order_buyer_info(order_id).payload["BuyerName"]
            logging.info(render("named", name=name, order_id=order_id))  # expect: AMZ005
            logging.info(render("delivered", name=name, order_id=order_id))  # expect: AMZ005
        """
    )


def test_an_entry_of_a_copied_dict_is_the_entry_not_a_dict():
    """`self.texts = dict(settings.MESSAGE_TEXT)` then `self.texts[kind].format(oid=...)`: an
    entry of a plain dict is the text it holds (not a dict whose `format` is a library method
    returning nothing known), so the contact details in the delayed text reach the Messaging
    call; the shipped text has none (hunt46 v06's buyer-message plugin)."""
    check(
        """
        from sp_api.api import Messaging

        TEXT = {
            "shipped": "Order {oid} shipped.",
            "delayed": "Order {oid} is late. Email help@brightbottle.co.uk or call +44 7700 900123.",
        }

        class BuyerMessages:
            def __init__(self):
                self.client = Messaging()
                self.texts = dict(TEXT)

            def _body(self, kind, oid):
                return {"text": self.texts[kind].format(oid=oid)}

            def on_delay(self, oid):
                self.client.create_unexpected_problem(oid, body=self._body("delayed", oid))  # expect: AMZ006

            def shipped(self, oid):
                self.client.create_confirm_delivery_details(oid, body=self._body("shipped", oid))
        """
    )


def test_a_default_read_from_a_settings_module():
    """`def __init__(self, base=settings.SHIPSTATION_BASE)`: the default is the settings module's
    constant, so a client built without arguments posts the address to ShipStation (a
    permitted carrier), while one whose default names an outside host is reported (hunt46 v09)."""
    check_files(
        {
            "settings.py": """
                SHIPSTATION_BASE = "https://ssapi.shipstation.com/"
                CRM_BASE = "https://crm.example.com"
            """,
            "clients.py": """
                import requests
                import settings
                from sp_api.api import Orders

                class ShipStation:
                    def __init__(self, base=settings.SHIPSTATION_BASE):
                        self.base = base.rstrip("/")
                        self.session = requests.Session()

                    def create(self, payload):
                        return self.session.post(f"{self.base}/orders/createorder", json=payload)

                def crm_push(payload, base=settings.CRM_BASE):
                    return requests.post(f"{base}/contacts", json=payload)  # expect: AMZ004

                address = Orders().get_order_address("1").payload["ShippingAddress"]
                ShipStation().create(address)
                crm_push(address)
            """,
        }
    )


def test_a_context_managers_exit_runs_after_the_block():
    """`with OrderSpan(order) as span:` calls `span.__exit__(exc_type, exc, tb)` when the block
    ends: its failure branch logs the whole order it stored (AMZ005), its success branch only the
    id (hunt46 v08's timing span)."""
    check(
        """
        import logging
        from sp_api.api import Orders

        log = logging.getLogger("span")

        class OrderSpan:
            def __init__(self, order):
                self.order = order
                self.order_id = order["AmazonOrderId"]

            def __enter__(self):
                return self

            def __exit__(self, exc_type, exc, tb):
                if exc_type is None:
                    log.info("order %s done", self.order_id)
                else:
                    log.error("order failed: %s; order=%s", exc, self.order)  # expect: AMZ005
                return False

        for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
            with OrderSpan(order):
                pass
        """
    )


def test_the_reviews_probes_of_the_twenty_ninth_pass():
    """What the pass's review found (/tmp/rev33): a `defaultdict(Counter)` entry keeps its type,
    so `most_common` still reads the counted emails; a conditional receiver whose branches are a
    keyed entry or a `setdefault` still grows; `(a | b).add(x)` adds to a new set, not to `a`;
    a report line's pieces zipped with a header split from a constant are each that column's
    field, here or through a helper, so a public column is not the whole line."""
    check(
        """
        import logging
        from collections import Counter, defaultdict
        from sp_api.api import Orders, Reports

        log = logging.getLogger("x")
        HEADER = "order-id\\tsku\\tbuyer-email"

        def parse_row(line, header=HEADER):
            return dict(zip(header.split("\\t"), line.split("\\t")))

        def group(groups, key, email):
            (groups[key] if key in groups else groups.setdefault(key, [])).append(email)

        def run():
            orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
            per = defaultdict(Counter)
            for o in orders:
                per[o["SellerSKU"]].update([o["BuyerInfo"]["BuyerEmail"]])
            for sku in per:
                log.info("top %s", per[sku].most_common(3))  # expect: AMZ005
            groups = {}
            a, b = set(), set()
            for o in orders:
                group(groups, o["OrderStatus"], o["BuyerInfo"]["BuyerEmail"])
                (a | b).add(o["BuyerInfo"]["BuyerEmail"])
            log.info("groups %s", groups)  # expect: AMZ005
            log.info("a %s", a)
            doc = Reports().get_report_document("d1", download=True).payload["document"]
            for line in doc.splitlines()[1:]:
                row = dict(zip(HEADER.split("\\t"), line.split("\\t")))
                log.info("sku %s", row["sku"])
                log.info("email %s", row["buyer-email"])  # expect: AMZ005
                again = parse_row(line)
                log.info("sku %s", again["sku"])
                log.info("email %s", again["buyer-email"])  # expect: AMZ005
        """
    )


def test_a_field_map_handed_to_a_helper_reads_only_its_fields():
    """`to_fields(order, STATUS_FIELD_MAP)` walking `for column, path in field_map.items()` and
    `pluck(record, path)` splitting each dotted path: the helper is copied per map of constants
    its callers pass, so the status map's fields (ids, status, counts) are not the order, while
    the full map's buyer name and city are (hunt46 v03's Airtable board)."""
    check(
        """
        import logging
        from sp_api.api import Orders

        STATUS_FIELD_MAP = {"Order ID": "AmazonOrderId", "Status": "OrderStatus", "Shipped": "NumberOfItemsShipped"}
        ORDER_FIELD_MAP = {"Order ID": "AmazonOrderId", "Customer": "BuyerInfo.BuyerName", "City": "ShippingAddress.City"}

        def pluck(record, path):
            current = record
            for part in path.split("."):
                if not isinstance(current, dict):
                    return None
                current = current.get(part)
            return current

        def to_fields(record, field_map):
            fields = {}
            for column, path in field_map.items():
                value = pluck(record, path)
                if value not in (None, ""):
                    fields[column] = value
            return fields

        o = Orders().get_order("1").payload
        logging.info("status %s", to_fields(o, STATUS_FIELD_MAP))
        logging.info("order %s", to_fields(o, ORDER_FIELD_MAP))  # expect: AMZ005
        """
    )


def test_a_closure_over_a_parameter_handed_to_a_retry_helper():
    """`async def send(): session.post(url, json=row)` nested in a method whose `row` holds its
    parameter, handed to `with_retry(send)` (or a lambda handed so): the helper that calls the
    closure keeps the sink on the enclosing function's parameter, which that function resolves
    where it hands the closure on, so the post is found for its caller's address (hunt47 w06's
    partner client)."""
    check(
        """
        import asyncio
        import requests
        from sp_api.api import Orders

        def retry(make_call, attempts=3):
            for _ in range(attempts):
                try:
                    return make_call()
                except requests.RequestException:
                    pass

        async def aretry(make_call):
            return await make_call()

        class Partner:
            def geo(self, addr):
                row = {"ship_to": addr}
                def send():
                    requests.post("https://metrics.example.com/geo", json=row)  # expect: AMZ004
                retry(send)

            def risk(self, addr):
                params = {"zip": addr["PostalCode"], "name": addr["Name"]}
                return retry(lambda: requests.get("https://risk.example.com", params=params))  # expect: AMZ004

            async def geo_async(self, addr):
                async def send():
                    requests.post("https://metrics.example.com/async", json={"to": addr})  # expect: AMZ004
                await aretry(send)

            def counts(self, addr):
                def send():
                    requests.post("https://metrics.example.com/count", json={"n": 1})
                retry(send)

        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        p = Partner()
        p.geo(addr)
        p.risk(addr)
        p.counts(addr)
        asyncio.run(p.geo_async(addr))
        """
    )


def test_a_filter_rewriting_msg_and_args_in_one_assignment():
    """`record.msg, record.args = scrub(record.getMessage()), ()` in a logging.Filter added to the
    logger: both text fields are rewritten, so the filter redacts (hunt47 w09); one that sets
    `record.msg, record.args = record.msg, record.args` redacts nothing."""
    check(
        """
        import logging, re
        from sp_api.api import Orders

        class Redact(logging.Filter):
            EMAIL = re.compile(r"[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+")

            def filter(self, record):
                text = self.EMAIL.sub("<email>", record.getMessage())
                record.msg, record.args = text, ()
                return True

        class Noop(logging.Filter):
            def filter(self, record):
                record.msg, record.args = record.msg, record.args
                return True

        clean = logging.getLogger("clean")
        clean.addFilter(Redact())
        loud = logging.getLogger("loud")
        loud.addFilter(Noop())
        info = Orders().get_order_buyer_info("1").payload
        clean.info("stored for %s", info["BuyerEmail"])
        loud.info("stored for %s", info["BuyerEmail"])  # expect: AMZ005
        """
    )


def test_a_request_state_set_by_an_endpoint_is_read_by_middleware():
    """FastAPI/Starlette's `request.state` is one object for an endpoint and the middleware
    around it: the order an endpoint stores there is what the middleware logs when the request
    fails, while the HMAC reference it stores beside it is not data (hunt47 w03)."""
    check_files(
        {
            "middleware.py": """
                import logging
                from starlette.middleware.base import BaseHTTPMiddleware
                from starlette.requests import Request

                log = logging.getLogger("access")

                class AccessLog(BaseHTTPMiddleware):
                    async def dispatch(self, request: Request, call_next):
                        try:
                            response = await call_next(request)
                        except Exception:
                            log.error("crashed; context: %s", getattr(request.state, "upstream", None))  # expect: AMZ005
                            raise
                        log.info("buyer=%s", getattr(request.state, "buyer_ref", "-"))
                        return response
            """,
            "main.py": """
                import hashlib, hmac
                from fastapi import FastAPI, Request
                from sp_api.api import Orders
                from middleware import AccessLog

                app = FastAPI()
                app.add_middleware(AccessLog)

                @app.get("/orders/{order_id}")
                def lookup(order_id: str, request: Request):
                    order = Orders().get_order(order_id).payload
                    request.state.upstream = {"order": order}
                    email = order["BuyerInfo"]["BuyerEmail"]
                    request.state.buyer_ref = hmac.new(b"pepper", email.encode(), hashlib.sha256).hexdigest()
                    return {"status": order["OrderStatus"]}
            """,
        }
    )


def test_the_second_reviews_probes_of_the_twenty_ninth_pass():
    """What the second review of the pass found (/tmp/rev34): a filter that only freezes the
    rendered message (`record.msg, record.args = record.getMessage(), ()`) redacts nothing, while
    one that scrubs the arguments first and then renders does; a zip built over a buffer a helper
    is handed is the buffer's bytes, reported where they are sent, not a file; a definer copied
    per callback (`deliver(to_metrics, {...})`) keeps each copy's closure apart."""
    check_files(
        {
            "logs.py": """
                import logging
                from sp_api.api import Orders

                class Frozen(logging.Filter):
                    def filter(self, record):
                        record.msg, record.args = record.getMessage(), ()
                        return True

                class Scrub(logging.Filter):
                    def filter(self, record):
                        record.args = tuple("[redacted]" for _ in record.args)
                        record.msg, record.args = record.getMessage(), ()
                        return True

                frozen = logging.getLogger("frozen")
                frozen.addFilter(Frozen())
                scrubbed = logging.getLogger("scrubbed")
                scrubbed.addFilter(Scrub())
                info = Orders().get_order_buyer_info("1").payload
                frozen.info("for %s", info["BuyerEmail"])  # expect: AMZ005
                scrubbed.info("for %s", info["BuyerEmail"])
            """,
            "pack.py": """
                import io
                import requests
                from zipfile import ZipFile
                from sp_api.api import Orders

                def pack(buf, text):
                    with ZipFile(buf, mode="w") as zf:
                        zf.writestr("b.csv", text)

                def upload():
                    email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
                    buf = io.BytesIO()
                    pack(buf, email)
                    requests.post("https://crm.example.com/a", data=buf.getvalue())  # expect: AMZ004
            """,
            "deliver.py": """
                import requests
                from sp_api.api import Orders

                def retry(make_call):
                    return make_call()

                def to_amazon(payload):
                    requests.post("https://sellingpartnerapi-na.amazon.com/fba/outbound/2020-07-01/fulfillmentOrders", json=payload)

                def to_metrics(payload):
                    requests.post("https://metrics.example.com/count", json=payload)

                def deliver(send_fn, payload):
                    retry(lambda: send_fn(payload))

                addr = Orders().get_order_address("1").payload["ShippingAddress"]
                deliver(to_amazon, addr)
                deliver(to_metrics, {"n": 1})
            """,
        }
    )


@pytest.mark.xfail(reason="a closure in a function copied per callback (`deliver(to_metrics, addr)` with `retry(lambda: send_fn(payload))`) is shared by the copies, whose captures it then joins; a copy's parameter is not kept through the helper that calls the closure (summaries.closes_over), so the post is missed", strict=True)
def test_a_closure_in_a_copied_definer_handed_to_a_helper():
    check(
        """
        import requests
        from sp_api.api import Orders

        def retry(make_call):
            return make_call()

        def to_metrics(payload):
            requests.post("https://metrics.example.com/count", json=payload)  # expect: AMZ004

        def to_log(payload):
            pass

        def deliver(send_fn, payload):
            retry(lambda: send_fn(payload))

        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        deliver(to_metrics, addr)
        deliver(to_log, addr)
        """
    )


def test_a_drop_of_more_than_32_column_names():
    """`df.drop(columns=BUYER_PII_COLUMNS + CRM_CONTACT_COLUMNS)` with 34 names between them (a
    full report's personal columns and a CRM's): the list is still known name by name (up to 64
    constants, MAX_CONSTS), so the export without them is allowed; one dropping only the CRM's
    columns is reported (hunt47 w02)."""
    check(
        """
        import pandas as pd

        BUYER_PII_COLUMNS = [
            "buyer-email", "buyer-name", "buyer-phone-number", "buyer-company-name", "recipient-name",
            "ship-address-1", "ship-address-2", "ship-address-3", "ship-city", "ship-state",
            "ship-postal-code", "ship-country", "ship-phone-number", "bill-address-1", "bill-address-2",
            "bill-address-3", "bill-city", "bill-state", "bill-postal-code", "bill-country",
            "buyer-tax-registration-id", "buyer-tax-registration-country", "buyer-cst-number",
            "buyer-vat-number", "buyer-identification-number", "buyer-tax-office", "purchase-order-number",
            "gift-message-text",
        ]
        CRM_CONTACT_COLUMNS = ["crm_contact_id", "crm_email", "first_name", "last_name", "phone", "email_key"]

        orders = pd.read_csv("exports/AllOrders.txt", sep="\\t")
        crm = pd.read_csv("crm_contacts.csv")
        merged = orders.merge(crm, left_on="buyer-email", right_on="crm_email", how="left")
        merged.drop(columns=BUYER_PII_COLUMNS + CRM_CONTACT_COLUMNS).to_parquet("lines.parquet")
        merged.drop(columns=CRM_CONTACT_COLUMNS + ["sku", "item-price"]).to_parquet("leaky.parquet")  # expect: AMZ003
        """
    )


def test_a_link_whose_host_is_filled_in_at_run_time():
    """`f"https://track.{brand_domain}/{order_id}"` in an SMS to the buyer is a link off Amazon
    though its host ends in a part known only at run time (hunt45 u04); a host with no known label
    (`https://{host}/`) and one whose known labels begin an exempt host (`https://www.amazon.{tld}`)
    are not counted."""
    check(
        """
        from sp_api.api import Orders
        from twilio.rest import Client

        FOOTER = "Questions? Visit https://help.{brand_domain} or reply STOP."
        client = Client("sid", "token")

        def notify(brand_domain, tld, host):
            order = Orders().get_order("1").payload
            phone = order["ShippingAddress"]["Phone"]
            client.messages.create(to=phone, from_="+1", body=f"Late. Tracking: https://track.{brand_domain}/{order['AmazonOrderId']}")  # expect: AMZ002,AMZ006
            client.messages.create(to=phone, from_="+1", body=FOOTER.format(brand_domain=brand_domain))  # expect: AMZ002,AMZ006
            client.messages.create(to=phone, from_="+1", body="See https://shop.%s/faq" % tld)  # expect: AMZ002,AMZ006
            client.messages.create(to=phone, from_="+1", body=f"See https://www.amazon.{tld}/gp/your-orders")  # expect: AMZ002
            client.messages.create(to=phone, from_="+1", body=f"See https://{host}/track")  # expect: AMZ002
        """
    )


def test_a_column_map_made_from_a_records_field_names():
    """`{f: f.replace("_", "-") for f in Row._fields}`: a NamedTuple's field names, each made a
    report column by a constant replace, read from a report row key by key; the order id read back
    from the record is not the row (hunt48 x04)."""
    check(
        """
        import csv, io, logging
        from typing import NamedTuple
        from sp_api.api import Reports

        log = logging.getLogger(__name__)

        class Row(NamedTuple):
            order_id: str
            buyer_email: str
            quantity: int

        COLUMNS = {field: field.replace("_", "-") for field in Row._fields} | {"quantity": "quantity-purchased"}

        def to_row(raw):
            values = {field: (raw.get(column) or "").strip() for field, column in COLUMNS.items()}
            return Row(**{**values, "quantity": int(values["quantity"] or 0)})

        doc = Reports().get_report_document("d1", download=True).payload["document"]
        for raw in csv.DictReader(io.StringIO(doc), delimiter="\\t"):
            row = to_row(raw)
            log.info("row %s qty %d", row.order_id, row.quantity)
            log.info("row %s", row.buyer_email)  # expect: AMZ005
        """
    )


def test_a_namedtuple_replaced_and_made_a_dict():
    """`row._replace(**{**blanks, "email": h})` blanks the fields a dict known key by key names,
    and `_asdict()` is the record's fields by name: a pseudonymised row written to a CSV holds no
    buyer data, one with a field left is reported; also for a `namedtuple(...)` record (hunt48 x04)."""
    check(
        """
        import csv, hashlib, hmac
        from collections import namedtuple
        from typing import NamedTuple
        from sp_api.api import Orders

        PERSONAL = ("buyer_name", "phone")

        class Row(NamedTuple):
            order_id: str
            buyer_email: str
            buyer_name: str
            phone: str

        Buyer = namedtuple("Buyer", "order_id email name")

        def pseudonymize(row):
            blanks = {name: "" for name in PERSONAL}
            return row._replace(**{**blanks, "buyer_email": hmac.new(b"k", row.buyer_email.encode(), hashlib.sha256).hexdigest()})

        o = Orders().get_order("1").payload
        row = Row(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"], o["BuyerInfo"]["BuyerName"], o["ShippingAddress"]["Phone"])
        with open("history.csv", "a", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=Row._fields)
            writer.writerow(pseudonymize(row)._asdict())
            writer.writerow(row._replace(buyer_name="")._asdict())  # expect: AMZ003
        b = Buyer(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"], o["BuyerInfo"]["BuyerName"])
        with open("buyers.csv", "a", newline="") as fh:
            csv.writer(fh).writerow(b._replace(email="", name="")._asdict().values())
            csv.writer(fh).writerow(b._replace(email="")._asdict().values())  # expect: AMZ003
        """
    )


def test_a_hook_called_by_a_name_built_from_a_parameter():
    """`getattr(plugin, f"on_{hook}")(*args)` in a dispatcher called with constant hook names:
    a copy per name, so `fire(plugins, "row", row)` runs each plugin's `on_row` with the row
    (hunt48 x06)."""
    check(
        """
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        class AuditLog:
            hooks = ("row", "finish")

            def on_row(self, row):
                log.debug("exporting row %s", row)  # expect: AMZ005

            def on_finish(self):
                log.info("done")

        def fire(plugins, hook, *args):
            for plugin in plugins:
                if hook in plugin.hooks:
                    getattr(plugin, f"on_{hook}")(*args)

        plugins = [AuditLog()]
        for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
            fire(plugins, "row", order)
        fire(plugins, "finish")
        """
    )


def test_a_frame_made_from_a_parameters_records_is_a_copy():
    """`df = pd.DataFrame.from_records(records)` in a helper is a new table: a column added to it
    (`df["normalized"] = ...`) is not a store into the caller's records, so another helper reading
    the order id from those records reads the order id only; and its personal columns dropped
    before `to_parquet` leave none (hunt48 x07)."""
    check(
        """
        import requests
        import pandas as pd
        from sp_api.api import Orders

        PII_COLUMNS = ["buyer_name", "buyer_email"]

        def export_sheet(records):
            df = pd.DataFrame.from_records(records)
            df["normalized"] = df["order_id"].map(str.upper)
            df.to_excel("cs.xlsx", index=False)  # expect: AMZ003

        def export_bi(records):
            df = pd.DataFrame.from_records(records)
            df.drop(columns=PII_COLUMNS).to_parquet("bi.parquet", index=False)

        def push(records):
            requests.post("https://hooks.example.com/ingest", json=[{"order": r["order_id"]} for r in records])

        o = Orders().get_order("1").payload
        records = [{"order_id": o["AmazonOrderId"], "buyer_name": o["BuyerInfo"]["BuyerName"], "buyer_email": o["BuyerInfo"]["BuyerEmail"]}]
        export_sheet(records)
        export_bi(records)
        push(records)
        """
    )


def test_report_rows_without_their_buyer_columns_in_a_helper():
    """`[{k: v for k, v in row.items() if k not in PII} for row in rows]` over a parameter's report
    rows: rows without their buyer-email and buyer-name columns (and the others named) are
    minimised, as a table so dropped is; one keeping the name is reported (hunt48 x10)."""
    check(
        """
        import csv, io
        from pymongo import MongoClient
        from sp_api.api import Reports

        PII = frozenset({"buyer-email", "buyer-name", "buyer-phone-number", "recipient-name", "ship-address-1", "ship-postal-code"})
        db = MongoClient()["ops"]

        def load_stats(rows):
            slim = [{k: v for k, v in row.items() if k not in PII} for row in rows]
            db.stats.insert_many(slim)

        def load_contacts(rows):
            slim = [{k: v for k, v in row.items() if k not in {"buyer-email"}} for row in rows]
            db.contacts.insert_many(slim)  # expect: AMZ003

        doc = Reports().get_report_document("d1", download=True).payload["document"]
        rows = list(csv.DictReader(io.StringIO(doc), delimiter="\\t"))
        load_stats(rows)
        load_contacts(rows)
        """
    )


def test_xml_order_report_dates_are_not_the_buyer():
    """An XML order report read with ElementTree: `<OrderDate>` and `<AmazonOrderItemCode>` are
    public, so a record of them is not the buyer's data; `<BuyerName>` is (hunt48 x07)."""
    check(
        """
        import logging
        import xml.etree.ElementTree as ET
        from sp_api.api import Reports

        log = logging.getLogger(__name__)
        doc = Reports().get_report_document("d1", download=True).payload["document"]
        for report in ET.fromstring(doc).iter("OrderReport"):
            log.info("order dated %s", report.findtext("OrderDate"))
            for item in report.iter("Item"):
                log.info("item %s", item.findtext("AmazonOrderItemCode"))
            log.info("buyer %s", report.findtext("BillingData/BuyerName"))  # expect: AMZ005
        """
    )


def test_the_reviews_probes_of_links_built_at_run_time():
    """A link whose host a constant fills in is judged whole (`f"https://tools.{USPS_HOST}/..."`
    is the carrier's, also through `.format`); a template's `https://www.amazon.{}/` is Amazon's
    whatever the `{}`; a sentence's full stop after an exempt host is not part of it; an
    f-string piece ending in `https://sellercentral.amazon.` before `{tld}` is Amazon's (review of
    the thirtieth pass)."""
    check(
        """
        from sp_api.api import Messaging

        USPS_HOST = "usps.com"
        CARRIER_DOMAIN = {"UPS": "ups.com", "FedEx": "fedex.com"}
        ORDER_LINK = "https://www.amazon.{}/gp/your-account/order-details?orderID={}"

        def notify(order_id, carrier, number, tld):
            m = Messaging()
            m.create_confirm_delivery_details(order_id, body={"text": f"Track it at https://tools.{USPS_HOST}/go/TrackConfirmAction?tLabels={number}"})
            m.create_confirm_delivery_details(order_id, body={"text": "Track: https://track.{}/{}".format(CARRIER_DOMAIN[carrier], number)})
            m.create_confirm_order_details(order_id, body={"text": "See your order: " + ORDER_LINK.format(tld, order_id)})
            m.create_confirm_order_details(order_id, body={"text": f"Manage it at https://sellercentral.amazon.{tld}/orders"})
            m.create_confirm_order_details(order_id, body={"text": "Questions? See https://www.ups.com."})
            m.create_confirm_order_details(order_id, body={"text": "Questions? See https://www.myshop.example."})  # expect: AMZ006
            m.create_confirm_order_details(order_id, body={"text": "Track: https://track.{}/{}".format(carrier, number)})  # expect: AMZ006
        """
    )


def test_the_reviews_probes_of_records_and_replace():
    """A class that sets `_fields` itself keeps it (only a named tuple's are its field names),
    and `str.replace` with a count that is not a plain number leaves the text unknown without
    stopping the function's analysis (review of the thirtieth pass)."""
    check(
        """
        import logging
        from dataclasses import dataclass
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        @dataclass
        class Exporter:
            order_id: str
            status: str
            _fields = ("BuyerEmail", "BuyerName")

        def export(info):
            odd = "x_y".replace("_", "-", "\\u00b2")
            for f in Exporter._fields:
                log.info("%s %s %s", odd, f, info[f])  # expect: AMZ005

        export(Orders().get_order_buyer_info("1").payload)
        """
    )


def test_futures_give_what_their_function_returned():
    """`pool.submit(enrich, order)` is a future of enrich's result: `as_completed(futures)` gives
    those futures, `fut.result()` that result with its parts by key (the order id read back is not
    the buyer), and `fut.add_done_callback(fn)` runs fn with the future (hunt49 y07)."""
    check(
        """
        import logging
        from concurrent.futures import ThreadPoolExecutor, as_completed
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def enrich(order):
            buyer = Orders().get_order_buyer_info(order["AmazonOrderId"]).payload
            return {"AmazonOrderId": order["AmazonOrderId"], "BuyerEmail": buyer.get("BuyerEmail")}

        def log_outcome(fut):
            log.info("enriched %s", fut.result()["AmazonOrderId"])

        def debug_dump(fut):
            log.debug("enrich result: %r", fut.result())  # expect: AMZ005

        def run(orders):
            results = []
            with ThreadPoolExecutor() as pool:
                futures = []
                for order in orders:
                    fut = pool.submit(enrich, order)
                    fut.add_done_callback(log_outcome)
                    fut.add_done_callback(debug_dump)
                    futures.append(fut)
                for fut in as_completed(futures):
                    results.append(fut.result())
            return results

        for rec in run(Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]):
            log.info("order %s", rec["AmazonOrderId"])
            log.info("buyer %s", rec["BuyerEmail"])  # expect: AMZ005
        """
    )


def test_a_marshmallow_schema_made_with_only_or_exclude():
    """`OrderOut(only=(...)).dump(orders, many=True)` dumps only the fields named and
    `OrderOut(exclude=BUYER).dump(...)` all but those; a schema made without either dumps every
    field (hunt49 y06)."""
    check(
        """
        import json
        from dataclasses import dataclass
        import requests
        from marshmallow import Schema, fields
        from sp_api.api import Orders

        BUYER = ("buyer_email", "buyer_name")

        @dataclass
        class Order:
            order_id: str
            buyer_email: str
            buyer_name: str
            units: int

        class OrderOut(Schema):
            order_id = fields.String()
            buyer_email = fields.String()
            buyer_name = fields.String()
            units = fields.Integer()

        full = OrderOut()
        redacted = OrderOut(exclude=BUYER)
        ledger = OrderOut(only=("order_id", "units"))

        def export(orders):
            with open("finance.json", "w") as fh:
                json.dump(redacted.dump(orders, many=True), fh)
            requests.post("https://api.profitpeak.example/daily", json={"orders": ledger.dump(orders, many=True)})
            with open("pick.json", "w") as fh:
                json.dump(full.dump(orders, many=True), fh)  # expect: AMZ003

        raw = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        export([Order(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"], o["BuyerInfo"]["BuyerName"], 1) for o in raw])
        """
    )


def test_the_second_reviews_probes_of_methods_called_later():
    """A library method read off data and called later gives what it gives called directly
    (`get = order.get; get("OrderStatus")` is the status); a future's state (`fut.done()`) is not
    what it holds, and a library callback (`print`) is not run with the future; a dataclass's
    `__match_args__` are its fields (second review of the thirtieth pass)."""
    check(
        """
        import logging
        from concurrent.futures import ThreadPoolExecutor
        from dataclasses import dataclass
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        @dataclass
        class Rec:
            AmazonOrderId: str
            OrderStatus: str

        def enrich(order_id):
            return Orders().get_order_buyer_info(order_id).payload

        order = Orders().get_order("1").payload
        get = order.get
        log.info("status %s", get("OrderStatus"))
        log.info("fields %s", {n: order.get(n) for n in Rec.__match_args__})
        with ThreadPoolExecutor() as pool:
            fut = pool.submit(enrich, "1")
            fut.add_done_callback(lambda f: log.info("done %s", f.done()))
            fut.add_done_callback(print)
            log.info("buyer %s", fut.result())  # expect: AMZ005
        """
    )


def test_a_multiprocessing_managers_queue_is_shared_with_its_workers():
    """`manager.Queue()` handed to pool workers inside tuples (`pool.starmap(work, jobs)`): what a
    worker puts there is what the parent gets from it (hunt50 z10)."""
    check(
        """
        import logging
        import multiprocessing as mp
        import queue
        from sp_api.api import Reports

        log = logging.getLogger(__name__)

        def work(shard_id, rows, results):
            for row in rows:
                results.put({"order_id": row["order-id"], "status": "failed", "row": row})

        def drain(results):
            while True:
                try:
                    item = results.get_nowait()
                except queue.Empty:
                    break
                log.info("order %s %s", item["order_id"], item["status"])
                log.error("failed: %s", item)  # expect: AMZ005

        def main(rows):
            with mp.Manager() as manager:
                results = manager.Queue()
                with mp.Pool(2) as pool:
                    pool.starmap(work, [(0, rows, results)])
                drain(results)

        import csv, io
        doc = Reports().get_report_document("d1", download=True).payload["document"]
        main(list(csv.DictReader(io.StringIO(doc), delimiter="\\t")))
        """
    )


def test_flask_sqlalchemy_columns_of_an_encrypting_type():
    """`db.session.add(obj)` with Flask-SQLAlchemy: columns declared `db.Column(StringEncryptedType(
    ...))` (through a helper) store what the instance holds encrypted, set by `setattr` over a
    table of constant names too; a plain column does not, and the session is no container that
    other reads of `db` would hold (hunt50 z02)."""
    check(
        """
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy_utils import StringEncryptedType
        from sqlalchemy_utils.types.encrypted.encrypted_type import AesGcmEngine
        from mixpanel import Mixpanel
        from sp_api.api import Orders

        db = SQLAlchemy()

        def _encrypted(length=255):
            return StringEncryptedType(db.String(length), "key", AesGcmEngine)

        class Pickup(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(_encrypted(120))
            phone = db.Column(_encrypted(40))

        class Rma(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            quantity = db.Column(db.Integer, default=1)
            buyer_name = db.Column(db.String(120))

        def create(order):
            address = order["ShippingAddress"]
            rma = Rma(quantity=1, buyer_name=address["Name"])
            db.session.add(rma)  # expect: AMZ003
            pickup = Pickup()
            for column, key in (("name", "Name"), ("phone", "Phone")):
                setattr(pickup, column, address.get(key))
            db.session.add(pickup)
            Mixpanel("t").track("anon", "return_created", {"quantity": rma.quantity})

        create(Orders().get_order("1").payload)
        """
    )


def test_an_instance_with_encrypted_columns_is_plain_elsewhere():
    """The encrypting column type encrypts what a session stores, not the instance in memory: the
    instance pickled to a file, or its attribute logged, still holds the buyer's name."""
    check(
        """
        import logging, pickle
        from flask_sqlalchemy import SQLAlchemy
        from sqlalchemy_utils import StringEncryptedType
        from sp_api.api import Orders

        db = SQLAlchemy()
        log = logging.getLogger(__name__)

        class Pickup(db.Model):
            id = db.Column(db.Integer, primary_key=True)
            name = db.Column(StringEncryptedType(db.String(120), "key"))

        pickup = Pickup()
        pickup.name = Orders().get_order("1").payload["ShippingAddress"]["Name"]
        db.session.add(pickup)
        log.info("pickup %s", pickup.name)  # expect: AMZ005
        with open("pickup.pkl", "wb") as fh:
            pickle.dump(pickup, fh)  # expect: AMZ003
        """
    )


def test_a_signal_receiver_reads_what_a_helper_stored_through_the_manager():
    """`BuyerContact.objects.update_or_create(defaults={...})` in a helper given the order stores
    the buyer's email in the model's rows; a `post_save` receiver for that model reads them from
    `instance` and mails the buyer (hunt50 z03)."""
    check_files(
        {
            "shop/models.py": """
                from django.db import models

                class BuyerContact(models.Model):
                    order_id = models.CharField(max_length=20)
                    email = models.EmailField()
            """,
            "shop/tasks.py": """
                from sp_api.api import Orders
                from .models import BuyerContact

                def store_buyer(order):
                    buyer = order.get("BuyerInfo") or {}
                    BuyerContact.objects.update_or_create(order_id=order["AmazonOrderId"], defaults={"email": buyer.get("BuyerEmail", "")})  # expect: AMZ003

                def sync():
                    for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                        store_buyer(order)
            """,
            "shop/signals.py": """
                from django.core.mail import send_mail
                from django.db.models.signals import post_save
                from django.dispatch import receiver
                from .models import BuyerContact

                @receiver(post_save, sender=BuyerContact)
                def welcome(sender, instance, created, **kwargs):
                    send_mail("Welcome", "Thanks!", "shop@example.com", [instance.email])  # expect: AMZ002
                    send_mail("New contact", instance.order_id, "shop@example.com", ["ops@example.com"])
            """,
        }
    )


def test_a_frame_of_dict_rows_with_columns_named_holds_those_columns():
    """`pd.DataFrame(rows, columns=[...])` of dict rows keeps the keys named and no other: a buyer
    email in the rows is not in a frame of id and total columns."""
    check(
        """
        import pandas as pd
        from sp_api.api import Orders

        def load():
            orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
            rows = [{"id": o["AmazonOrderId"], "email": o["BuyerInfo"]["BuyerEmail"], "total": o["OrderTotal"]["Amount"]} for o in orders]
            pd.DataFrame(rows, columns=["id", "total"]).to_csv("totals.csv")
            pd.DataFrame(rows, columns=["id", "email"]).to_csv("emails.csv")  # expect: AMZ003
        """
    )


def test_elasticsearch_options_give_a_client_like_the_first():
    """Elasticsearch 8's `es.options(request_timeout=30).index(...)` is the client's index."""
    check(
        """
        from elasticsearch import Elasticsearch
        from sp_api.api import Orders

        es = Elasticsearch("http://localhost:9200")
        for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
            es.options(request_timeout=30).index(index="orders", document={"email": o["BuyerInfo"]["BuyerEmail"]})  # expect: AMZ003
            es.options(request_timeout=30).index(index="orders", document={"id": o["AmazonOrderId"]})
        """
    )


def test_a_dicts_get_read_off_it_and_called_later_reads_the_key():
    """`get = row.get; get("BuyerEmail")` and `map(row.get, COLUMNS)` read those keys of the dict,
    as `row.get(...)` does; a requests session's `get` read so is still the session's."""
    check(
        """
        import csv, logging
        import requests
        from sp_api.api import Orders

        HEAD = ["AmazonOrderId", "OrderStatus"]
        PII = ["AmazonOrderId", "BuyerEmail"]
        session = requests.Session()

        def run():
            fetch = session.get
            fetch("https://api.example.com/ping")
            orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
            with open("a.csv", "w") as fh:
                w = csv.writer(fh)
                for o in orders:
                    flat = {**o, **o["BuyerInfo"]}
                    w.writerow(map(flat.get, HEAD))
                    w.writerow(list(map(flat.get, PII)))  # expect: AMZ003
                    get = flat.get
                    logging.info("e %s", get("BuyerEmail"))  # expect: AMZ005
                    logging.info("s %s", get("OrderStatus"))
            info = Orders().get_order_buyer_info("1").payload
            lookup = info.get
            logging.info("buyer %s", lookup("BuyerEmail"))  # expect: AMZ005
        """
    )


def test_a_marshmallow_schema_dumps_only_the_fields_its_classes_declare():
    """A marshmallow schema dumps the fields it declares (read at `attribute=`, written at
    `data_key=`), narrowed by `Meta.fields`, grown by `Meta.additional`, less `Meta.exclude`;
    the keys of the object no field names are not dumped. A field computed from the whole object
    (fields.Method) is what the schema's method returns for it."""
    check(
        """
        import json
        from marshmallow import Schema, fields
        from sp_api.api import Orders

        class StatusOut(Schema):
            order_id = fields.Str(attribute="AmazonOrderId", data_key="orderId")
            status = fields.Str(attribute="OrderStatus")

        class BuyerOut(StatusOut):
            buyer = fields.Dict(attribute="BuyerInfo")

        class Narrow(BuyerOut):
            class Meta:
                fields = ("order_id", "status")

        class Grown(StatusOut):
            class Meta:
                additional = ("ShippingAddress",)

        class Cut(BuyerOut):
            class Meta:
                exclude = ("buyer",)

        class Computed(Schema):
            status = fields.Method("ship_to")

            def ship_to(self, obj):
                return obj["ShippingAddress"]["AddressLine1"]

        class Label(Schema):
            status = fields.Method("status_label")

            def status_label(self, obj):
                return obj["OrderStatus"].title()

        def run():
            for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                with open("out.json", "w") as fh:
                    fh.write(json.dumps(StatusOut().dump(o)))
                    fh.write(json.dumps(Narrow().dump(o)))
                    fh.write(json.dumps(Cut().dump(o)))
                    fh.write(json.dumps(BuyerOut().dump(o)))  # expect: AMZ003
                    fh.write(json.dumps(Grown().dump(o)))  # expect: AMZ003
                    fh.write(json.dumps(BuyerOut(only=("status",)).dump(o)))
                    fh.write(json.dumps(Computed().dump(o)))  # expect: AMZ003
                    fh.write(json.dumps(Label().dump(o)))
        """
    )


def test_a_dataclass_field_given_a_client_is_that_client_in_its_methods():
    """A dataclass service given the SP-API client (`OrderService(Orders())`, or a list of
    notifiers) calls it through `self.orders_api` in its methods, as one whose `__init__` stores
    it does; the data of one instance stays that instance's."""
    check(
        """
        import logging
        from dataclasses import dataclass
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        class Mailer:
            def send(self, info):
                log.info("sent to %s", info)  # expect: AMZ005

        @dataclass
        class OrderService:
            orders_api: Orders
            notifiers: list
            status: dict

            def run(self):
                info = self.orders_api.get_order_buyer_info("1").payload
                log.info("buyer %s", info)  # expect: AMZ005
                for n in self.notifiers:
                    n.send(info)
                log.info("status %s", self.status)

        def main(order):
            OrderService(Orders(), [Mailer()], {"s": order["OrderStatus"]}).run()

        main(Orders().get_order("1").payload)
        """
    )


def test_a_settings_models_field_is_its_default_or_what_the_environment_sets():
    """A pydantic BaseSettings field not given when the settings are made may come from the
    environment: `NOTIFIERS[name] for name in settings.notifiers` may be any notifier, not only
    the ones the default names; a default that is an address (a carrier's URL) stays the
    destination, a column allowlist stays those columns, and a plain model's default is still
    the one value."""
    check(
        """
        import logging
        import requests
        from pydantic import BaseModel
        from pydantic_settings import BaseSettings
        from sp_api.api import Orders

        class Settings(BaseSettings):
            notifiers: list[str] = ["staff"]
            labels_url: str = "https://ssapi.shipstation.com/orders/createorder"
            columns: list[str] = ["AmazonOrderId", "OrderStatus"]

        class Plain(BaseModel):
            notifiers: list[str] = ["staff"]

        def staff(order):
            requests.post("https://ops.myshop.example/hook", json={"id": order["AmazonOrderId"]})

        def partner(order):
            requests.post("https://crm.partner.example/contacts", json=order)  # expect: AMZ004

        def fan_out(order):
            requests.post("https://audit.partner.example/v1", json=order)

        NOTIFIERS = {"staff": staff, "partner": partner}
        FANOUT = {"staff": staff, "fan": fan_out}

        def run():
            order = Orders().get_order("1").payload
            for name in Settings().notifiers:
                NOTIFIERS[name](order)
            for name in Plain().notifiers:
                FANOUT[name](order)
            requests.post(Settings().labels_url, json=order["ShippingAddress"])
            requests.post("https://bi.partner.example/rows", json=[order[c] for c in Settings().columns])
        """
    )


def test_a_procedure_named_as_a_sanitizer_that_returns_nothing_logs_what_it_logs():
    """`anonymise(order)` that blanks rows and returns nothing masks nothing it gives back: what it
    prints and what it stores on the object are as it prints and stores them. A masker that
    returns its input masked still has what it builds text of taken as masked."""
    check(
        """
        import logging
        import mailchimp_marketing
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def mask_email(email):
            log.debug(f"masking {email}")
            return email[:2] + "***"

        class Retention:
            def __init__(self):
                self.kept = []

            def anonymise(self, order):
                email = order["BuyerInfo"]["BuyerEmail"]
                print(f"keeping {email} for later")  # expect: AMZ005
                self.kept.append({"email_address": email})

            def run(self):
                client = mailchimp_marketing.Client()
                for order in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
                    self.anonymise(order)
                    log.info("masked %s", mask_email(order["BuyerInfo"]["BuyerEmail"]))
                client.lists.batch_list_members("list", {"members": self.kept})  # expect: AMZ001
        """
    )


def test_async_files_are_files():
    """`async with aiofiles.open(path, "a") as fh: await fh.write(line)` (and anyio's open_file)
    writes a file, as open() does."""
    check(
        """
        import json
        import aiofiles
        import anyio
        from sp_api.api import Orders

        async def keep(order_id):
            order = Orders().get_order(order_id).payload
            async with aiofiles.open("replay.jsonl", "a") as fh:
                await fh.write(json.dumps(order) + "\\n")  # expect: AMZ003
            async with aiofiles.open("ids.jsonl", "a") as fh:
                await fh.write(order["AmazonOrderId"] + "\\n")
            async with await anyio.open_file("replay2.jsonl", "a") as fh:
                await fh.write(json.dumps(order))  # expect: AMZ003
        """
    )


def test_a_job_queue_sink_still_runs_the_function_it_keeps():
    """rq's `q.enqueue(verify, oid, address)` stores the arguments in Redis (AMZ003) and the
    worker runs `verify(oid, address)` (keywords too, but not rq's own options): what verify does
    with the address is reported too. A logger given a function does not run it."""
    check(
        """
        import logging
        import requests
        from redis import Redis
        from rq import Queue
        from sp_api.api import Orders

        q = Queue("verify", connection=Redis())

        def verify(oid, address):
            requests.get("https://api.smarty.example/street", params={"street": address.get("AddressLine1", "")})  # expect: AMZ004

        def label(oid):
            requests.post("https://api.labels.example/v1", json={"id": oid})

        def receipt(order_id, email=None):
            requests.post("https://api.mailer.example/send", json={"to": email})  # expect: AMZ004

        def push_status(order_id):
            requests.post("https://status.example/v1", json={"id": order_id})

        def run():
            for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
                address = Orders().get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]
                q.enqueue(verify, o["AmazonOrderId"], address, job_timeout=30)  # expect: AMZ003
                q.enqueue(label, o["AmazonOrderId"])
                q.enqueue(receipt, order_id=o["AmazonOrderId"], email=o["BuyerInfo"]["BuyerEmail"], result_ttl=60)  # expect: AMZ003
                logging.warning("job %s deferred for %s", push_status, o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        """
    )


def test_a_column_aggregated_by_groups_keeps_its_name_beside_the_keys():
    """`df.groupby(keys, as_index=False)["purchase-date"].max()` is a table of the key columns and
    the purchase date by name: selecting the date alone holds no buyer email, and renaming the
    keys then masking one leaves it masked."""
    check(
        """
        import io
        import pandas as pd
        from sp_api.api import Reports

        def mask_email(e):
            return e[:2] + "***"

        def run():
            doc = Reports().get_report_document("d", download=True)
            df = pd.read_csv(io.StringIO(doc.payload["document"]), sep="\\t")
            last = df.groupby(["buyer-email", "buyer-name"], as_index=False)["purchase-date"].max()
            print(last[["purchase-date"]])
            lapsed = last.rename(columns={"buyer-email": "email", "buyer-name": "name", "purchase-date": "last_order"})
            print(lapsed[["last_order"]])
            print(lapsed[["email", "last_order"]])  # expect: AMZ005
            print(lapsed.assign(email=lapsed["email"].map(mask_email))[["email", "last_order"]])
        """
    )


def test_a_registry_built_from_a_class_subclasses_holds_them():
    """`{k.name: k for k in cls.__subclasses__()}` is a registry of the project classes deriving
    from cls directly: `registry[name](...)` may make any of them, and each one's export runs."""
    check(
        """
        import logging
        import requests
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        class Exporter:
            name = "base"

            @classmethod
            def from_name(cls, name):
                registry = {k.name: k for k in cls.__subclasses__()}
                return registry[name]()

            def export(self, order):
                raise NotImplementedError

        class Crm(Exporter):
            name = "crm"

            def export(self, order):
                requests.post("https://api.crm.example/contacts", json=order["BuyerInfo"])  # expect: AMZ004

        class Ledger(Exporter):
            name = "ledger"

            def export(self, order):
                log.info("exported %s", order["AmazonOrderId"])

        def run(kind):
            order = Orders().get_order("1").payload
            Exporter.from_name(kind).export(order)
        """
    )


@pytest.mark.xfail(
    strict=True,
    reason="a descriptor class attribute (`phone = OrderField(\"ShippingAddress\", \"Phone\")`, a project class "
    "with __get__) read on an instance is the descriptor object, not what its __get__ returns. Applying __get__ "
    "found the phone, but its generic summary loops over `self.path` not known item by item, so the loop's "
    "zero-iteration path gave the whole order for `rec.order_id` too (three false alarms in hunt52 b07): it "
    "needs a copy of __get__ per descriptor's constant path",
)
def test_a_descriptor_read_on_an_instance_is_what_its_get_returns():
    check(
        """
        import logging
        from sp_api.api import Orders
        from twilio.rest import Client

        log = logging.getLogger(__name__)

        class OrderField:
            def __init__(self, *path):
                self.path = path

            def __get__(self, obj, objtype=None):
                if obj is None:
                    return self
                node = obj._raw
                for key in self.path:
                    node = node.get(key) if isinstance(node, dict) else None
                return node

        class Rec:
            order_id = OrderField("AmazonOrderId")
            phone = OrderField("ShippingAddress", "Phone")

            def __init__(self, raw):
                self._raw = raw

        def run():
            for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]:
                rec = Rec(o)
                log.info("id %s", rec.order_id)
                Client("a", "b").messages.create(to=rec.phone, from_="+1", body="shipped")  # expect: AMZ002
        """
    )


def test_a_table_of_steps_runs_each_step_with_its_own_entries():
    """`for step, keys in STEPS: step(cfg, *(digest[k] for k in keys))`: each step gets the
    entries its own row names, not any row's (a comprehension over a few known names is known
    position by position), however many steps the table has."""
    check(
        """
        import logging
        import requests
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def post_states(cfg, states):
            requests.post(cfg["hook"], json={"s": states})

        def save_buyers(cfg, buyers):
            log.info("buyers %s", buyers)  # expect: AMZ005

        def both(cfg, states, buyers):
            requests.post(cfg["hook"], json={"s": states})
            log.info("buyers %s", buyers)  # expect: AMZ005

        STEPS = [
            (post_states, ("states",)),
            (save_buyers, ("buyers",)),
            (post_states, ("states",)),
            (both, ("states", "buyers")),
            (post_states, ("states",)),
        ]

        def run(cfg):
            o = Orders().get_order("1").payload
            digest = {"states": o["ShippingAddress"]["StateOrRegion"], "buyers": o["BuyerInfo"]}
            for step, keys in STEPS:
                step(cfg, *(digest[key] for key in keys))
        """
    )


def test_an_xml_element_made_under_a_parent_is_in_the_parents_tree():
    """`ET.SubElement(ship_to, "Name").text = name` puts the name into the tree of ship_to's
    parents too, built here or in a helper given the root: written out, printed or uploaded,
    the document holds it; a tree of ids and SKUs holds none."""
    check(
        """
        import io
        import logging
        import xml.etree.ElementTree as ET
        from lxml import etree
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def add_ship_to(root, addr):
            ship = ET.SubElement(root, "ShipTo")
            for tag, key in (("Name", "Name"), ("Street", "AddressLine1")):
                ET.SubElement(ship, tag).text = addr.get(key) or ""

        def build(order, addr):
            root = ET.Element("Order")
            ET.SubElement(root, "Id").text = order["AmazonOrderId"]
            add_ship_to(root, addr)
            return root

        def ids_only(order):
            root = etree.Element("Order")
            lines = etree.SubElement(root, "Lines")
            line = etree.SubElement(lines, "Line", number="1")
            etree.SubElement(line, "Id").text = order["AmazonOrderId"]
            return root

        def run():
            order = Orders().get_order("1").payload
            addr = Orders().get_order_address("1").payload["ShippingAddress"]
            ET.ElementTree(build(order, addr)).write("order.xml")  # expect: AMZ003
            log.info("sent %s", ET.tostring(build(order, addr)))  # expect: AMZ005
            etree.ElementTree(ids_only(order)).write("ids.xml")
            log.info("sent %s", etree.tostring(ids_only(order)))
        """
    )


def test_a_parameter_typed_by_a_module_level_alias_is_that_type():
    """FastAPI's `AmazonDep = Annotated[AmazonOrders, Depends(get_amazon)]` used as a route
    parameter's annotation (`amazon: AmazonDep`) is an AmazonOrders, as the annotation written out
    is; so is `Client = Optional[AmazonOrders]`. A name assigned twice is no alias."""
    check(
        """
        import logging
        from typing import Annotated, Optional
        from fastapi import Depends, FastAPI
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        app = FastAPI()

        class AmazonOrders:
            def __init__(self):
                self._orders = Orders()

            def recent(self):
                return self._orders.get_orders(CreatedAfter="x").payload.get("Orders", [])

        class Plain:
            def recent(self):
                return []

        def get_amazon() -> AmazonOrders:
            return AmazonOrders()

        AmazonDep = Annotated[AmazonOrders, Depends(get_amazon)]
        Client = Optional[AmazonOrders]
        Either = AmazonOrders
        Either = Plain

        @app.post("/a")
        def a(amazon: AmazonDep):
            log.info("orders %s", amazon.recent())  # expect: AMZ005

        @app.post("/b")
        def b(amazon: Client):
            log.info("orders %s", amazon.recent())  # expect: AMZ005

        @app.post("/c")
        def c(source: Either):
            log.info("orders %s", source.recent())
        """
    )


def test_the_pass_31_second_reviews_probes():
    """From the second review of pass 31 (/tmp/rev38): a writer over a buffer or a file, chosen by
    a flag, is both; an XML child a helper returns is not its caller's root's; a tree written
    into a buffer is not a file; a filtered comprehension, or a list sorted in place, is not known
    by position (an unpacked one is); a kept raw
    value beside a default is raw; a post_dump that only sees the dumped dict adds nothing; a
    setting normalised with str methods still picks a registry's entries, and a table of URLs
    is one; `Gateway | None` as an alias is a Gateway."""
    check(
        """
        import csv, io
        from sp_api.api import Orders

        def write_rows(w, rows):
            for r in rows:
                w.writerow(r)  # expect: AMZ003

        def run(dry_run):
            info = Orders().get_order_buyer_info("1").payload
            out = io.StringIO() if dry_run else open("buyers.csv", "w")
            write_rows(csv.writer(out), [[info["BuyerEmail"]]])
        """
    )
    check(
        """
        import io, logging
        import xml.etree.ElementTree as ET
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def child(root, tag):
            return ET.SubElement(root, tag)

        def run():
            addr = Orders().get_order_address("1").payload["ShippingAddress"]
            root = ET.Element("Status")
            other = ET.Element("Order")
            child(other, "Name").text = addr["Name"]
            log.info("status %s", ET.tostring(root))
            buf = io.BytesIO()
            ET.ElementTree(other).write(buf)
        """
    )
    check(
        """
        import logging
        import requests
        from sp_api.api import Orders
        from pydantic_settings import BaseSettings

        log = logging.getLogger(__name__)

        class Settings(BaseSettings):
            target: str = "Ops"
            fulfilment: str = "shipstation"

        def ops(info):
            log.info("ops %s", info["AmazonOrderId"])

        def crm(info):
            requests.post("https://crm.example/contacts", json=info)  # expect: AMZ004

        HANDLERS = {"ops": ops, "crm": crm}
        URLS = {"shipstation": "https://ssapi.shipstation.com/orders/createorder", "partner": "https://orders.partner-3pl.example/api"}

        def mask_keep(info, kept):
            kept.append(info.get("BuyerEmail", "unknown"))

        def run(cfg):
            info = Orders().get_order_buyer_info("1").payload
            HANDLERS[Settings().target.strip().lower()](info)
            requests.post(URLS[Settings().fulfilment], json={"to": info["BuyerName"]})  # expect: AMZ004
            vals = [info[k] for k in ("AmazonOrderId", "BuyerEmail") if cfg.get(k)]
            log.info("first %s", vals[0])  # expect: AMZ005
            ordered = [info[k] for k in ("AmazonOrderId", "BuyerEmail")]
            ordered.sort()
            log.info("first %s", ordered[0])  # expect: AMZ005
            oid, email = [info[k] for k in ("AmazonOrderId", "BuyerEmail")]
            log.info("id %s", oid)
            kept = []
            mask_keep(info, kept)
            log.info("kept %s", kept)  # expect: AMZ005
        """
    )


def test_a_message_sent_to_explicit_recipients_goes_to_them_not_to_its_headers() -> None:
    # hunt52 b04: a digest of buyer rows handed to `send_internal(msg)`, which sends it with
    # `to_addrs=[STAFF]`, goes to staff, whatever the message's headers say; a helper that sets
    # only a Cc, or sets `msg["To"]` on a message whose caller set the buyer (a second To header:
    # the buyer still gets it), sends to the buyer (review rev39 1-3); one whose caller set no
    # recipient sends to staff, its body is no recipient, and `to_addrs=None` is the headers'
    # (review rev40 1, 2)
    check(
        """
        import smtplib
        from email.mime.multipart import MIMEMultipart
        from email.mime.text import MIMEText
        from sp_api.api import Orders

        STAFF = "dispatch@shop.example"

        def digest(info):
            msg = MIMEMultipart("mixed")
            msg["Subject"] = "digest"
            msg.attach(MIMEText("Order for " + info["BuyerName"] + " - see https://shop.example/admin", "html"))
            return msg

        def send_internal(smtp, msg):
            msg["To"] = STAFF
            smtp.send_message(msg, to_addrs=[STAFF])

        def send_with_copy(smtp, msg):
            msg["Cc"] = STAFF
            smtp.send_message(msg)  # expect: AMZ002 AMZ006

        def send_readdressed(smtp, msg):
            msg["To"] = STAFF
            smtp.send_message(msg)  # expect: AMZ002 AMZ006

        def to_ops(smtp, msg):
            msg["To"] = STAFF
            smtp.send_message(msg)

        def send_maybe_to(smtp, msg, recipients=None):
            smtp.send_message(msg, to_addrs=recipients)  # expect: AMZ002 AMZ006

        def run():
            info = Orders().get_order_buyer_info("1").payload
            s = smtplib.SMTP("mail.shop.example")
            buyer = digest(info)
            buyer["To"] = info["BuyerEmail"]
            send_internal(s, buyer)
            send_with_copy(s, buyer)
            send_readdressed(s, buyer)
            to_ops(s, digest(info))
            send_maybe_to(s, buyer)
            s.send_message(buyer, to_addrs=None)  # expect: AMZ002 AMZ006
        """
    )

def test_a_mapping_parameter_filled_into_a_constant_template_brings_only_the_named_text() -> None:
    # hunt52 b04: `DELAY_NOTE.substitute(ctx)` in a helper given a context that also holds the
    # shop's link: the template names no link, so the buyer message has none; a template that
    # names it does, and the buyer data the context holds counts wherever it is
    check(
        """
        import logging
        from string import Template
        from sp_api.api import Messaging, Orders

        log = logging.getLogger(__name__)
        STORE = "https://www.shop.example"
        DELAY = Template("Order $order_id is late; it is with $carrier.")
        SHIPPED = Template("Order $order_id shipped. Guides at $store_url/guides.")
        PLAIN = "Order {order_id} is late."

        def late(messaging, order_id, ctx):
            messaging.create_unexpected_problem(order_id, body={"text": DELAY.substitute(ctx)})

        def shipped(messaging, order_id, ctx):
            messaging.create_confirm_delivery_details(order_id, body={"text": SHIPPED.substitute(ctx)})  # expect: AMZ006

        def late_formatted(messaging, order_id, ctx):
            messaging.create_unexpected_problem(order_id, body={"text": PLAIN.format(**ctx)})

        def note(ctx):
            log.info(DELAY.substitute(ctx))  # expect: AMZ005

        def run():
            o = Orders().get_order("1").payload
            m = Messaging()
            ctx = {"order_id": o["AmazonOrderId"], "carrier": "UPS", "store_url": STORE}
            late(m, o["AmazonOrderId"], ctx)
            shipped(m, o["AmazonOrderId"], ctx)
            late_formatted(m, o["AmazonOrderId"], ctx)
            info = Orders().get_order_buyer_info("1").payload
            note({"order_id": o["AmazonOrderId"], "carrier": "UPS", "who": info["BuyerEmail"]})
        """
    )


def test_a_column_list_parameter_is_known_per_callers_constant_list() -> None:
    # hunt52 b04: one `_csv_text(rows, columns)` helper writes a pick list (order id, SKU,
    # quantity) and a packing list (the recipient's name and city); each caller's file holds
    # the columns it named, so only the packing list is stored buyer data. So for `df[columns]`
    check(
        """
        import csv, io
        from pathlib import Path
        import pandas as pd
        from sp_api.api import Reports

        PICK = ["order-id", "sku", "quantity-purchased"]
        PACK = ["order-id", "recipient-name", "ship-city"]

        def rows():
            doc = Reports().get_report_document("d", download=True)
            return list(csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"))

        def csv_text(rs, columns):
            buf = io.StringIO()
            w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
            w.writerows(rs)
            return buf.getvalue()

        def as_csv(rs, columns):
            return csv_text(rs, columns)

        def export(df, columns, path):
            df[columns].to_csv(path)  # expect: AMZ003

        def run():
            rs = rows()
            Path("pick.csv").write_text(csv_text(rs, PICK))
            Path("pick2.csv").write_text(as_csv(rs, PICK))
            Path("pack.csv").write_text(as_csv(rs, PACK))  # expect: AMZ003
            df = pd.DataFrame(rs)
            export(df, PICK, "pick3.csv")
            export(df, PACK, "pack3.csv")
        """
    )


def test_a_duration_or_a_carriers_public_member_holds_no_text_of_what_it_came_from() -> None:
    # hunt52 b04: the shop's phone in a carrier request, the carrier's name and estimate of days
    # from its answer, a date that many days on in a buyer message: the message holds a date and
    # a carrier name, not the phone (a duration holds no text; a carrier record's public member
    # is the carrier's, as it is not the buyer's address either)
    check(
        """
        from datetime import date, timedelta
        import requests
        import shippo
        from sp_api.api import Messaging

        WAREHOUSE = {"name": "Dispatch", "phone": "+1 (415) 555-0142"}

        def notify(order_id):
            quote = requests.post("https://quotes.carrier.example/v1", json={"from": WAREHOUSE}).json()
            eta = date.today() + timedelta(days=quote["days"])
            Messaging().create_unexpected_problem(order_id, body={"text": "Now due " + eta.isoformat()})
            client = shippo.Shippo(api_key_header="k")
            shipment = client.shipments.create({"address_from": WAREHOUSE})
            rate = min(shipment.rates, key=lambda r: float(r.amount))
            Messaging().create_unexpected_problem(order_id, body={"text": "Now with " + rate.provider})
            Messaging().create_unexpected_problem(order_id, body={"text": "Call " + WAREHOUSE["phone"]})  # expect: AMZ006
        """
    )


# a logging filter that rewrites every record's text (a redacting filter, logcfg)
_REDACTING_FILTER = """
import logging
class Redact(logging.Filter):
    def filter(self, record):
        record.msg = "redacted"
        record.args = ()
        return True
"""

def test_djangos_settings_logging_configures_the_loggers_it_names() -> None:
    """hunt53 c04: a Django project's `LOGGING` in its settings module is applied by Django at
    start-up, as dictConfig would: a logger it gives a rewriting filter redacts; one it names
    without the filter does not. A settings module no code reads through django.conf is not
    Django's, and its LOGGING is only a dict."""
    check_files({
        "shop/__init__.py": "",
        "shop/settings.py": '''
LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": "shop.logfilters.Redact"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {
        "shop.sync": {"handlers": ["console"], "filters": ["redact"], "propagate": False},
        "shop.plain": {"handlers": ["console"], "propagate": False},
    },
}
''',
        "shop/logfilters.py": '''
import logging
import re
EMAIL = re.compile(r"\\S+@\\S+")
class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("<email>", record.getMessage())
        record.args = ()
        return True
''',
        "shop/sync.py": '''
import logging
from django.conf import settings
from sp_api.api import Orders
sync_log = logging.getLogger("shop.sync")
plain_log = logging.getLogger("shop.plain")
def run():
    info = Orders(credentials=settings.CREDENTIALS).get_order_buyer_info("1").payload
    sync_log.info("buyer %s", info["BuyerEmail"])
    plain_log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
''',
    })
    check_files({
        "tools/settings.py": '''
LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": "tools.logfilters.Redact"}},
    "loggers": {"tools.sync": {"filters": ["redact"]}},
}
''',
        "tools/logfilters.py": _REDACTING_FILTER,
        "tools/sync.py": '''
import logging
from sp_api.api import Orders
sync_log = logging.getLogger("tools.sync")
def run():
    info = Orders().get_order_buyer_info("1").payload
    sync_log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
''',
    })


def test_a_custom_model_manager_writes_its_models_rows_and_a_relation_stores_a_key() -> None:
    """hunt53 c04: `objects = OrderManager()` whose method calls `self.update_or_create(...)`
    writes the model's rows (and a post_save receiver's instance holds what it wrote); a model
    instance given to a ForeignKey or OneToOneField is stored as the related row's key."""
    check("""
import logging
from cryptography.fernet import Fernet
from django.db import models
from django.db.models.signals import post_save
from encrypted_model_fields.fields import EncryptedCharField
from django.dispatch import receiver
from sp_api.api import Orders

log = logging.getLogger(__name__)

class OrderManager(models.Manager):
    def upsert(self, order_id, buyer):
        record, _ = self.update_or_create(order_id=order_id, defaults={"buyer_name": buyer["BuyerName"]})  # expect: AMZ003
        return record

class Order(models.Model):
    order_id = models.CharField(max_length=32)
    buyer_name = models.CharField(max_length=255)
    objects = OrderManager()

class Address(models.Model):
    order = models.OneToOneField(Order, on_delete=models.CASCADE)
    sealed = models.BinaryField()
    city = models.CharField(max_length=64)

class Contact(models.Model):
    order = models.ForeignKey(Order, on_delete=models.CASCADE)
    name = EncryptedCharField(max_length=128)

@receiver(post_save, sender=Order)
def saved(sender, instance, created, **kwargs):
    log.info("saved %s for %s", instance.order_id, instance.buyer_name)  # expect: AMZ005

def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    record = Order.objects.upsert(order_id, buyer)
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    token = Fernet(b"k").encrypt(addr["AddressLine1"].encode())
    Address.objects.update_or_create(order=record, defaults={"sealed": token})
    Address.objects.create(order=record, sealed=token, city=addr["Name"])  # expect: AMZ003
    Contact.objects.update_or_create(order=record, defaults={"name": addr["Name"]})
    Contact.objects.create(order=record, name=addr["Name"])
""")


def test_a_worksheets_row_count_holds_none_of_its_rows() -> None:
    """hunt53 c05: `ws.cell(row=ws.max_row, ..., value=key)` after the address row was appended:
    the row number is a count, so only the (keyed-hash) value is written there; a file's name
    built from a buyer's email still is that email."""
    check('''
import hashlib, hmac
from openpyxl import Workbook
from sp_api.api import Orders

def run():
    addr = Orders().get_order_address("1").payload["ShippingAddress"]
    info = Orders().get_order_buyer_info("1").payload
    ws = Workbook().active
    ws.append([addr["Name"], addr["City"]])  # expect: AMZ003
    key = hmac.new(b"pepper", info["BuyerEmail"].encode(), hashlib.sha256).hexdigest()
    ws.cell(row=ws.max_row, column=3, value=key)
    ws.cell(row=ws.max_row + 1, column=1, value=info["BuyerName"])  # expect: AMZ003
    fh = open(info["BuyerEmail"] + ".txt", "w")
    ws.cell(row=1, column=4, value=fh.name)  # expect: AMZ003
''')


def test_a_request_sent_with_a_client_the_caller_made_goes_where_its_base_url_points() -> None:
    """hunt53 c03: `create_label(client, addr)` posting a relative path with an `httpx` client its
    caller made with a carrier's base URL sends to the carrier; the same helper given a client
    made for an analytics partner sends there, named in the finding; through a retry decorator's
    `wrapper(*args)` too. A client whose URL is not known keeps the finding."""
    findings = check(
        """
        import functools
        import httpx
        from sp_api.api import Orders

        PARTNERS = {"shipstation": "https://ssapi.shipstation.com", "metrics": "https://ingest.metricsloop.io/v2"}

        def retry(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper

        def client_for(name):
            return httpx.Client(base_url=PARTNERS[name])

        @retry
        def create_label(client, addr):
            return client.post("/shipments/createlabel", json={"shipTo": addr})  # expect: AMZ004

        def post_order(client, addr):
            client.post("/orders", json={"shipTo": addr})  # expect: AMZ004

        def post_fetched(client, order_id):
            fetched = Orders().get_order_address(order_id).payload["ShippingAddress"]
            client.post("/orders", json={"shipTo": fetched})

        def through(client, order_id):
            post_fetched(client, order_id)

        def run(other):
            addr = Orders().get_order_address("1").payload["ShippingAddress"]
            create_label(client_for("shipstation"), addr)
            create_label(client_for("metrics"), addr)
            post_order(client_for("shipstation"), addr)
            post_order(other, addr)
            through(client_for("shipstation"), "1")
        """
    )
    where = sorted(f.message for f in findings)
    assert any("ingest.metricsloop.io" in m for m in where)
    assert any("not known statically" in m for m in where)


def test_a_partial_of_a_partial_calls_the_function_with_both_sets_of_arguments() -> None:
    """hunt53 c07: `_sms = partial(client.messages.create, from_=...)` then `send = partial(_sms,
    to=phone)` kept in a dict and called later with the body: an SMS to the buyer's phone. A
    partial of it with `to=` the staff phone sends to staff, and making a partial calls nothing
    (review rev39 5)."""
    check(
        """
        from functools import partial
        from twilio.rest import Client
        from sp_api.api import Orders

        _sms = partial(Client("sid", "tok").messages.create, from_="+15550100")

        def run(oid):
            phone = Orders().get_order_address(oid).payload["ShippingAddress"]["Phone"]
            outbox = {oid: partial(_sms, to=phone)}
            for key, send in outbox.items():
                send(body="Order shipped, 10% off at https://shop.example")  # expect: AMZ002 AMZ006
            staff = partial(_sms, to="+15550199")
            staff(body="Order " + oid + " for " + phone)
            to_buyer = partial(_sms, to=phone)
            to_staff = partial(to_buyer, to="+15550199")
            to_staff(body="Order " + oid + " delayed")
        """
    )


def test_the_index_iterrows_gives_of_a_table_grouped_by_buyer_is_the_buyer() -> None:
    """hunt54 d07: `for email, row in repeat.head(25).iterrows()` over orders grouped by buyer
    email: the index is the email (the AMZ002 recipient), and the row's values do not carry it;
    a plain table's index is a row number."""
    check(
        """
        import logging
        import pandas as pd
        from sp_api.api import Reports

        log = logging.getLogger(__name__)

        def run():
            doc = Reports().get_report_document("d", download=True)
            orders = pd.read_csv(doc.payload["document"], sep="\\t")
            repeat = orders.groupby("buyer-email").agg(n=("order-id", "nunique"))
            for email, row in repeat.head(25).iterrows():
                log.info("repeat %s", email)  # expect: AMZ005
                log.info("orders %d", row["n"])
            for i, row in orders[["order-id", "sku"]].iterrows():
                log.info("line %s %s", i, row["sku"])
        """
    )


def test_a_column_list_an_object_holds_is_its_classes_constant_and_known_name_by_name() -> None:
    """hunt54 d10: `{col: row.get(col) for col in self.cfg.archive_columns}` with `cfg` one of
    several config classes, each setting `archive_columns` in its body: the dict holds those
    names, one by one (the UK config adds the buyer's email), so a units table grouped by SKU
    holds the SKU and the quantity only, while the rows themselves hold the email."""
    check(
        """
        import csv, io
        import pandas as pd
        from sp_api.api import Reports

        class BaseConfig:
            archive_columns = ("order-id", "sku", "quantity-purchased")

        class UKConfig(BaseConfig):
            archive_columns = BaseConfig.archive_columns + ("buyer-email",)

        CONFIGS = {"US": BaseConfig, "UK": UKConfig}

        class Exporter:
            def __init__(self, cfg):
                self.cfg = cfg
                self.buffer = []

            def add(self, row):
                self.buffer.append({col: row.get(col, "") for col in self.cfg.archive_columns})

            def finish(self):
                df = pd.DataFrame(self.buffer)
                units = df.assign(qty=df["quantity-purchased"].astype(int)).groupby("sku")["qty"].sum()
                units.to_csv("units.csv")
                df.to_csv("archive.csv")  # expect: AMZ003

        def run(code):
            doc = Reports().get_report_document("d", download=True)
            ex = Exporter(CONFIGS[code]())
            for row in csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"):
                ex.add(row)
            ex.finish()
        """
    )


def test_writing_into_a_sheet_named_by_a_rows_field_does_not_write_into_the_row() -> None:
    """hunt53 c05: a helper adds each report row to a worksheet named by the row's sales channel
    (`book.add_worksheet(row["sales-channel"])`, then `ws.write(...)` of the row's fields): the
    sheet is the workbook's, named by the channel, so the caller's rows are unchanged and a
    frame of their non-personal columns holds no buyer data."""
    check(
        """
        import csv, io
        import pandas as pd
        import xlsxwriter
        from sp_api.api import Reports

        SAFE = ["order-id", "sku", "quantity-purchased", "sales-channel"]

        class Sheet:
            FIELDS = ["order-id", "recipient-name"]

            def __init__(self):
                self.book = xlsxwriter.Workbook("pack.xlsx")
                self.sheets = {}

            def _sheet(self, channel):
                if channel not in self.sheets:
                    self.sheets[channel] = self.book.add_worksheet(channel[:31])
                return self.sheets[channel]

            def add(self, row):
                ws = self._sheet(row.get("sales-channel") or "Amazon.com")
                for c, field in enumerate(self.FIELDS):
                    ws.write(1, c, row.get(field, ""))  # expect: AMZ003

        def build(rows):
            sheet = Sheet()
            for row in rows:
                sheet.add(row)

        def export(rows):
            pd.DataFrame(rows)[SAFE].to_excel("units.xlsx")

        def run():
            doc = Reports().get_report_document("d", download=True)
            rows = list(csv.DictReader(io.StringIO(doc.payload["document"]), delimiter="\\t"))
            build(rows)
            export(rows)
        """
    )


def test_a_value_published_to_a_kafka_topic_is_what_its_consumers_read() -> None:
    """hunt54 d08: an enriched order produced to a topic reaches the consumers subscribed to that
    topic (confluent_kafka poll/value, a faust agent on `app.topic(...)`, and the producer's
    delivery callback given the message); a consumer of another topic, carrying only order ids,
    reads none of it, and a message's topic name is no data."""
    check_files({
        "stream/settings.py": '''
TOPICS = {"raw": "amz.orders.raw", "public": "amz.orders.public"}
''',
        "stream/producer.py": '''
import json
import logging
from confluent_kafka import Producer
from sp_api.api import Orders
from stream import settings

log = logging.getLogger(__name__)

def on_delivery(err, msg):
    if err is not None:
        log.error("failed %s: %s", msg.topic(), msg.value())  # expect: AMZ005

def publish(order_id):
    p = Producer({"bootstrap.servers": "kafka:9092"})
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    p.produce(settings.TOPICS["raw"], key=order_id, value=json.dumps(addr), on_delivery=on_delivery)
    p.produce(settings.TOPICS["public"], key=order_id, value=json.dumps({"id": order_id}))
''',
        "stream/consumers.py": '''
import json
import logging
import faust
from confluent_kafka import Consumer
from stream import settings

log = logging.getLogger(__name__)
app = faust.App("orders", broker="kafka://kafka:9092")
raw_topic = app.topic(settings.TOPICS["raw"], value_type=bytes)
public_topic = app.topic(settings.TOPICS["public"], value_type=bytes)

def public_facts():
    c = Consumer({"group.id": "facts"})
    c.subscribe([settings.TOPICS["public"]])
    msg = c.poll(1.0)
    log.info("fact %s from %s", json.loads(msg.value()), msg.topic())

class RawLoader:
    def __init__(self):
        self.consumer = Consumer({"group.id": "raw"})

    def run(self):
        self.consumer.subscribe([settings.TOPICS["raw"]])
        msg = self.consumer.poll(1.0)
        log.info("raw %s", json.loads(msg.value())["Name"])  # expect: AMZ005

@app.agent(raw_topic)
async def check_addresses(stream):
    async for raw in stream:
        log.warning("address %s", json.loads(raw))  # expect: AMZ005

@app.agent(public_topic)
async def count(stream):
    async for raw in stream:
        log.info("order %s", json.loads(raw)["id"])
''',
    })


def test_a_polars_frame_is_a_table_of_the_columns_its_expressions_name() -> None:
    """hunt53 c01: polars frames built from order rows: `group_by(keys).agg(exprs)` keeps the key
    columns and those the expressions name (`pl.col("total").sum().round(2).alias(...)`), `select`
    the ones named, `drop` removes them; a frame's height is a count; `write_*` stores the rest."""
    check(
        """
        import logging
        import polars as pl
        from sp_api.api import Orders

        log = logging.getLogger(__name__)

        def frame():
            rows = []
            for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                rows.append({"order_id": o["AmazonOrderId"], "buyer_email": o["BuyerInfo"]["BuyerEmail"],
                             "buyer_name": o["BuyerInfo"]["BuyerName"], "total": o["OrderTotal"]["Amount"], "sku": "x"})
            return pl.DataFrame(rows)

        def run():
            df = frame()
            log.info("loaded %d orders, newest %s", df.height, df["order_id"].max())
            revenue = df.group_by("sku").agg(pl.col("total").sum().round(2).alias("revenue"), pl.len().alias("orders"))
            revenue.write_csv("revenue.csv")
            cohorts = df.group_by("buyer_email").agg(pl.col("buyer_name").last(), pl.col("total").sum())
            cohorts.write_parquet("cohorts.parquet")  # expect: AMZ003
            df.select("order_id", pl.col("total")).write_csv("ids.csv")
            df.select(pl.col("buyer_email")).write_csv("emails.csv")  # expect: AMZ003
            df.drop("buyer_email", "buyer_name").write_csv("safe.csv")
            df.with_columns(pl.col("total").cast(pl.Float64).alias("t")).write_csv("all.csv")  # expect: AMZ003
            print(df.head(5))  # expect: AMZ005
        """
    )


def test_a_logging_configuration_changed_under_a_condition_is_not_known() -> None:
    """Review rev39 4: `LOGGING` given a redacting filter, then replaced under `if DEBUG:` or
    stored into, may be the other configuration at run time: its redaction is not counted."""
    check_files({
        "shop/__init__.py": "",
        "shop/settings.py": '''
import os
DEBUG = os.environ.get("DEBUG") == "1"
LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": "shop.logfilters.Redact"}},
    "loggers": {"shop.sync": {"filters": ["redact"]}, "shop.other": {"filters": ["redact"]}},
}
if DEBUG:
    LOGGING = {"version": 1, "loggers": {"shop.sync": {}}}
''',
        "shop/logfilters.py": _REDACTING_FILTER,
        "shop/sync.py": '''
import logging
from django.conf import settings
from sp_api.api import Orders
log = logging.getLogger("shop.sync")
def run():
    info = Orders(credentials=settings.CREDENTIALS).get_order_buyer_info("1").payload
    log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
''',
    })


def test_review_rev40_polars_text_kafka_wrappers_and_logging_settings() -> None:
    """Review rev40: polars `write_csv()` without a file returns the text, posted on; `pl.all()`
    names any column and `pl.when(...).then(...)` the columns its branches name; a faust topic's
    `send` publishes; a producer wrapper given the topic is copied per topic its callers name; a
    store into a logging configuration's level or file name keeps its filters."""
    check_files({
        "app/frames.py": '''
import polars as pl
import requests
from sp_api.api import Orders

def frame():
    rows = []
    for o in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        rows.append({"order_id": o["AmazonOrderId"], "buyer_name": o["BuyerInfo"]["BuyerName"], "total": 1.0, "sku": "x"})
    return pl.DataFrame(rows)

def run():
    df = frame()
    requests.post("https://bi.example.com/upload", data=df.write_csv())  # expect: AMZ004
    requests.post("https://bi.example.com/skus", data=df.select("sku").write_csv())
    df.select(pl.all()).write_parquet("all.parquet")  # expect: AMZ003
    df.select(pl.when(pl.col("total") > 1).then(pl.lit("vip")).otherwise(pl.lit("std")).alias("tier"), "sku").write_csv("t.csv")
    df.select(pl.when(pl.col("total") > 1).then(pl.col("buyer_name")).alias("vip")).write_csv("v.csv")  # expect: AMZ003
''',
        "app/stream.py": '''
import json
import logging
import faust
from confluent_kafka import Consumer, Producer
from sp_api.api import Orders

log = logging.getLogger(__name__)
app = faust.App("orders")
raw = app.topic("orders.raw")
producer = Producer({"bootstrap.servers": "k:9092"})

def emit(topic, payload):
    producer.produce(topic, value=json.dumps(payload))

async def publish(order_id):
    addr = Orders().get_order_address(order_id).payload["ShippingAddress"]
    await raw.send(value=json.dumps(addr))
    emit("orders.addresses", addr)
    emit("orders.ids", {"id": order_id})

@app.agent(raw)
async def check(stream):
    async for value in stream:
        log.warning("address %s", value)  # expect: AMZ005

def ids():
    c = Consumer({"group.id": "ids"})
    c.subscribe(["orders.ids"])
    log.info("id %s", c.poll(1.0).value())

def addresses():
    c = Consumer({"group.id": "addr"})
    c.subscribe(["orders.addresses"])
    log.info("address %s", c.poll(1.0).value())  # expect: AMZ005
''',
        "shop/__init__.py": "",
        "shop/settings.py": '''
import os
LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": "shop.logfilters.Redact"}},
    "handlers": {"file": {"class": "logging.FileHandler", "filename": "a.log"}},
    "loggers": {"shop.sync": {"filters": ["redact"], "level": "INFO"}},
}
LOGGING["handlers"]["file"]["filename"] = os.environ.get("LOG_FILE", "a.log")
if os.environ.get("DEBUG"):
    LOGGING["loggers"]["shop.sync"]["level"] = "DEBUG"
''',
        "shop/logfilters.py": _REDACTING_FILTER,
        "shop/sync.py": '''
import logging
from django.conf import settings
from sp_api.api import Orders
log = logging.getLogger("shop.sync")
def run():
    info = Orders(credentials=settings.CREDENTIALS).get_order_buyer_info("1").payload
    log.info("buyer %s", info["BuyerEmail"])
''',
    })


def test_a_model_manager_under_another_name_or_made_from_a_queryset_writes_its_rows() -> None:
    """Review rev39 (c5_manager_not_objects, c5_queryset_as_manager): a model's manager is any
    attribute holding an instance of a Manager subclass (`synced = OrderManager()`) or what
    `QuerySet.as_manager()` makes, not only `objects`; its writes are the model's rows."""
    check("""
from django.db import models
from sp_api.api import Orders

class OrderQuerySet(models.QuerySet):
    def shipped(self):
        return self.filter(status="Shipped")

class OrderManager(models.Manager):
    def upsert(self, order_id, buyer):
        return self.update_or_create(order_id=order_id, defaults={"buyer_name": buyer["BuyerName"]})  # expect: AMZ003

class Order(models.Model):
    order_id = models.CharField(max_length=32)
    buyer_name = models.CharField(max_length=255)
    synced = OrderManager()
    rows = OrderQuerySet.as_manager()

def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    Order.synced.upsert(order_id, buyer)
    Order.rows.create(order_id=order_id, buyer_name=buyer["BuyerName"])  # expect: AMZ003
    Order.rows.create(order_id=order_id)
""")
