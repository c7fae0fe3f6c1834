import logging
import logging.config
import os
import re
from sp_api.api import Orders

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", record.getMessage())
        record.args = ()
        return True


PROD = {
    "version": 1,
    "filters": {"redact": {"()": Redact}},
    "handlers": {"file": {"class": "logging.FileHandler", "filename": "shop.log"}},
    "loggers": {"shop.orders": {"handlers": ["file"], "filters": ["redact"]}},
}
DEV = {
    "version": 1,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"shop.orders": {"handlers": ["console"], "level": "DEBUG"}},
}
logging.config.dictConfig(PROD if os.environ.get("ENV") == "prod" else DEV)
if os.environ.get("ENV") == "prod":
    logging.config.dictConfig(PROD)
else:
    logging.config.dictConfig(DEV)

log = logging.getLogger("shop.orders")
log.info("buyer %s", Orders().get_order_buyer_info("1").payload["BuyerEmail"])  # expect: AMZ005
