from dataclasses import dataclass, field

from sp_api.api import Orders


@dataclass
class AmazonOrder:
    order_id: str
    buyer: dict = field(default_factory=dict)


def fetch_orders():
    api = Orders()
    out = []
    for raw in api.get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
        order = AmazonOrder(order_id=raw["AmazonOrderId"])
        order.buyer = api.get_order_buyer_info(order.order_id).payload
        out.append(order)
    return out
