import requests
from sp_api.api import Orders

def confirm_shipment(order_id):
    cfg = {
        "crm": {"timeout": 10, "retries": 3, "verify": True},
        "erp": {"timeout": 10, "retries": 3, "verify": True},
        "wms": {"timeout": 10, "retries": 3, "verify": True},
        "tax": {"timeout": 10, "retries": 3, "verify": True},
        "bi": {"timeout": 10, "retries": 3, "verify": True},
        "pim": {"timeout": 10, "retries": 3, "verify": True},
        "oms": {"timeout": 10, "retries": 3, "verify": True},
        "ship": {"timeout": 10, "retries": 3, "verify": True},
        "pay": {"timeout": 10, "retries": 3, "verify": True},
        "amazon": {"timeout": 10, "retries": 3, "verify": True},
    }
    cfg["amazon"]["url"] = "https://sellingpartnerapi-na.amazon.com/orders/v0/shipment"
    order = Orders().get_order(order_id).payload
    requests.post(cfg["amazon"]["url"], json={"ship_to": order["ShippingAddress"]})
