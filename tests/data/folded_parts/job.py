import requests
from sp_api.api import Orders


class CrmClient:
    def __init__(self, url):
        self.url = url

    def push(self, contact):
        requests.post(self.url, json=contact, timeout=10)


class OrderJob:
    def load(self, order_id):
        order = Orders().get_order(order_id).payload
        addr = order["ShippingAddress"]
        self.ctx = {
            "ship_to": {"name": addr["Name"], "line1": addr["AddressLine1"], "city": addr["City"], "zip": addr["PostalCode"], "country": addr["CountryCode"]},
            "order": {"id": order["AmazonOrderId"], "status": order["OrderStatus"], "channel": order["FulfillmentChannel"], "purchased": order["PurchaseDate"]},
            "totals": {"amount": order["OrderTotal"]["Amount"], "currency": order["OrderTotal"]["CurrencyCode"], "tax": 0, "shipping": 0},
            "flags": {"prime": order["IsPrime"], "business": order["IsBusinessOrder"], "premium": order["IsPremiumOrder"], "replacement": order["IsReplacementOrder"]},
            "market": {"id": order["MarketplaceId"], "sales_channel": order["SalesChannel"], "region": "NA"},
            "dates": {"earliest_ship": order["EarliestShipDate"], "latest_ship": order["LatestShipDate"], "earliest_delivery": order["EarliestDeliveryDate"], "latest_delivery": order["LatestDeliveryDate"]},
            "payment": {"method": order["PaymentMethod"], "details": order["PaymentMethodDetails"], "cod": False},
            "crm": {"id": order["AmazonOrderId"], "contact": addr["Name"], "synced": False},
            "gift": {"wrap": False, "message": None, "receipt": False},
        }

    def connect(self):
        self.ctx["crm"]["client"] = CrmClient("https://crm.example.com/contacts")

    def push(self):
        self.ctx["crm"]["client"].push(self.ctx["ship_to"])
