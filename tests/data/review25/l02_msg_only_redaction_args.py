import logging
import re
from sp_api.api import Orders

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class RedactEmails(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", str(record.msg))
        return True


log = logging.getLogger("shop.orders")
log.addFilter(RedactEmails())
info = Orders().get_order_buyer_info("1").payload
log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
