import requests
from sp_api.api import Orders


def sync(order_id):
    buyer = Orders().get_order_buyer_info(order_id).payload
    integrations = {
        "crm": {"base": "https://crm.example.com", "timeout": 10, "retries": 3},
        "erp": {"base": "https://erp.example.com", "timeout": 10, "retries": 3},
        "wms": {"base": "https://wms.example.com", "timeout": 10, "retries": 3},
        "tax": {"base": "https://tax.example.com", "timeout": 10, "retries": 3},
        "bi": {"base": "https://bi.example.com", "timeout": 10, "retries": 3},
        "pim": {"base": "https://pim.example.com", "timeout": 10, "retries": 3},
        "oms": {"base": "https://oms.example.com", "timeout": 10, "retries": 3},
        "ship": {"base": "https://ship.example.com", "timeout": 10, "retries": 3},
        "pay": {"base": "https://pay.example.com", "timeout": 10, "retries": 3},
        "ads": {"base": "https://ads.example.com", "timeout": 10, "retries": 3},
    }
    integrations["crm"]["session"] = requests.Session()
    integrations["crm"]["session"].post("https://crm.example.com/contacts", json={"email": buyer["BuyerEmail"]})
