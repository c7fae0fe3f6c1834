from .amazon import fetch_orders
from .backends import HubSpotBackend, SalesforceBackend
from .state import DedupStore

BACKENDS = {"hubspot": HubSpotBackend, "salesforce": SalesforceBackend}


def sync_order(order, backend, store):
    props = {"email": order.buyer.get("BuyerEmail")}
    key = order.order_id
    crm_id = store.known.get(key)
    if crm_id:
        backend.touch_contact(crm_id, key, order.order_id)
    else:
        crm_id = backend.create_contact(props)
    store.remember(key, crm_id, order.order_id)


def main(name):
    backend = BACKENDS[name]()
    store = DedupStore(backend.name)
    for order in fetch_orders():
        sync_order(order, backend, store)
