import logging
import re
import sys
from sp_api.api import Orders

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
log = logging.getLogger("shop.orders")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", record.getMessage())
        record.args = ()
        return True


def preflight(order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    log.warning("preflight for %s", info["BuyerEmail"])  # expect: AMZ005


def main():
    logging.basicConfig(level=logging.INFO)
    preflight(sys.argv[1])
    log.addFilter(Redact())
    log.info("ready")


main()
