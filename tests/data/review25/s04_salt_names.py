import hashlib
import os
import sqlite3
from sp_api.api import Orders

UNSALTED_PREFIX = "v1:"
SALT_LEN = "16"
HASH_SALT = os.environ["HASH_SALT"]
db = sqlite3.connect("buyers.db")
info = Orders().get_order_buyer_info("1").payload
a = hashlib.sha256((UNSALTED_PREFIX + info["BuyerEmail"]).encode()).hexdigest()
db.execute("INSERT INTO t VALUES (?)", (a,))  # expect: AMZ003
b = hashlib.md5(f"{info['BuyerEmail']}:{SALT_LEN}".encode()).hexdigest()
db.execute("INSERT INTO t VALUES (?)", (b,))  # expect: AMZ003
c = hashlib.sha256((HASH_SALT + info["BuyerEmail"]).encode()).hexdigest()
db.execute("INSERT INTO t VALUES (?)", (c,))
