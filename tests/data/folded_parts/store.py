from sp_api.api import Orders


def save_customer(cur, order_id):
    sql = {
        "customers": {"table": "customers", "key": "email", "batch": 100},
        "orders": {"table": "orders", "key": "id", "batch": 100},
        "items": {"table": "items", "key": "sku", "batch": 100},
        "refunds": {"table": "refunds", "key": "id", "batch": 100},
        "returns": {"table": "returns", "key": "id", "batch": 100},
        "fees": {"table": "fees", "key": "id", "batch": 100},
        "events": {"table": "events", "key": "id", "batch": 100},
        "stock": {"table": "stock", "key": "sku", "batch": 100},
        "prices": {"table": "prices", "key": "sku", "batch": 100},
        "reports": {"table": "reports", "key": "id", "batch": 100},
    }
    sql["customers"]["insert"] = "INSERT INTO customers (email, name) VALUES (%s, %s)"
    buyer = Orders().get_order_buyer_info(order_id).payload
    cur.execute(sql["customers"]["insert"], (buyer["BuyerEmail"], buyer["BuyerName"]))
