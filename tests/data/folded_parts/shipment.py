import requests
from sp_api.api import Orders


class LabelService:
    def __init__(self, url):
        self.url = url

    def create_label(self, ship_to):
        return requests.post(self.url, json={"to": ship_to}, timeout=10)


class Shipment:
    def __init__(self, order_id):
        order = Orders().get_order(order_id).payload
        addr = order["ShippingAddress"]
        self.order_id = order_id
        self.carrier = {"code": "UPS", "service": "Ground", "account": "A1"}
        self.ship_to = {"name": addr["Name"], "line1": addr["AddressLine1"], "city": addr["City"], "zip": addr["PostalCode"], "country": addr["CountryCode"]}
        self.ship_from = {"name": "Warehouse 1", "line1": "1 Dock Rd", "city": "Reno", "zip": "89501", "country": "US"}
        self.parcel = {"weight": 1.0, "length": 10, "width": 8, "height": 4, "unit": "in"}
        self.totals = {"amount": order["OrderTotal"]["Amount"], "currency": order["OrderTotal"]["CurrencyCode"], "tax": 0}
        self.dates = {"ship_by": order["LatestShipDate"], "deliver_by": order["LatestDeliveryDate"], "purchased": order["PurchaseDate"]}
        self.flags = {"prime": order["IsPrime"], "business": order["IsBusinessOrder"], "premium": order["IsPremiumOrder"]}
        self.customs = {"contents": "merchandise", "value": 0, "currency": "USD", "origin": "US"}
        self.label = {"format": "PDF", "size": "4x6", "dpi": 203}
        self.carrier["api"] = LabelService("https://labels.example.com/v1/labels")
        self.carrier["api"].create_label(self.ship_to)
