import logging
from sp_api.api import Orders


def mask(v):
    s = str(v)
    return s[:2] + "***" if "@" in s else s


class MaskArgs(logging.Filter):
    def filter(self, record):
        if record.args:
            record.args = tuple(mask(a) for a in record.args)
        return True


log = logging.getLogger("shop.orders")
log.addFilter(MaskArgs())
info = Orders().get_order_buyer_info("1").payload
log.info(f"buyer {info['BuyerEmail']}")  # expect: AMZ005
