import requests
from sp_api.api import Orders


class ForwardMixin:
    def push(self, order):
        requests.post(self.endpoint, json={"ship_to": order["ShippingAddress"]}, timeout=10)
        super().push(order)


class BaseSync:
    endpoint = "https://fulfil.execute-api.us-east-1.amazonaws.com/prod/orders"

    def push(self, order):
        pass

    def run(self, order_id):
        self.push(Orders().get_order_address(order_id).payload)


class WarehouseSync(ForwardMixin, BaseSync):
    def push(self, order):
        super().push(order)


def main(order_id):
    WarehouseSync().run(order_id)
