import logging
import re
from sp_api.api import Orders

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", record.getMessage())
        record.args = ()
        return True


log = logging.getLogger("shop.orders")
log.addFilter(Redact())
handler = logging.StreamHandler()
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s buyer=%(buyer)s"))
log.addHandler(handler)


def sync(order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    log.info("synced", extra={"buyer": info["BuyerEmail"]})  # expect: AMZ005
    try:
        if "@" not in info["BuyerEmail"]:
            raise ValueError(f"bad email {info['BuyerEmail']}")
    except ValueError as exc:
        log.exception("sync failed: %s", exc)  # expect: AMZ005


sync("1")
