import logging
from sp_api.api import Orders

log = logging.getLogger(__name__)


def mask_email(e):
    return e[:2] + "***"


def export(order_id):
    order = Orders().get_order(order_id).payload
    buyer = Orders().get_order_buyer_info(order_id).payload
    addr = order["ShippingAddress"]
    record = {
        "buyer": {"email": buyer["BuyerEmail"], "name": buyer["BuyerName"], "tax_id": None},
        "ship_to": {"name": addr["Name"], "line1": addr["AddressLine1"], "city": addr["City"], "zip": addr["PostalCode"], "country": addr["CountryCode"]},
        "order": {"id": order["AmazonOrderId"], "status": order["OrderStatus"], "channel": order["FulfillmentChannel"], "purchased": order["PurchaseDate"]},
        "totals": {"amount": order["OrderTotal"]["Amount"], "currency": order["OrderTotal"]["CurrencyCode"], "tax": 0, "shipping": 0},
        "flags": {"prime": order["IsPrime"], "business": order["IsBusinessOrder"], "premium": order["IsPremiumOrder"], "replacement": order["IsReplacementOrder"]},
        "market": {"id": order["MarketplaceId"], "sales_channel": order["SalesChannel"], "region": "NA"},
        "dates": {"earliest_ship": order["EarliestShipDate"], "latest_ship": order["LatestShipDate"], "earliest_delivery": order["EarliestDeliveryDate"], "latest_delivery": order["LatestDeliveryDate"]},
        "payment": {"method": order["PaymentMethod"], "details": order["PaymentMethodDetails"], "cod": False},
        "gift": {"wrap": False, "message": None, "receipt": False},
    }
    record["buyer"]["email"] = mask_email(buyer["BuyerEmail"])
    log.info("exporting order for %s", record["buyer"]["email"])
    return record
