import hashlib
import sqlite3
from sp_api.api import Orders

db = sqlite3.connect("buyers.db")
for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
    salt = o["AmazonOrderId"]
    digest = hashlib.sha256((salt + o["BuyerInfo"]["BuyerEmail"]).encode()).hexdigest()
    db.execute("INSERT INTO buyers(order_id, email_hash) VALUES (?, ?)", (o["AmazonOrderId"], digest))  # expect: AMZ003
