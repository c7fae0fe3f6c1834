import logging
import logging.config
import re
import sys
from sp_api.api import Orders

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")


class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", record.getMessage())
        record.args = ()
        return True


logging.config.dictConfig({
    "version": 1,
    "filters": {"redact": {"()": Redact}},
    "handlers": {"file": {"class": "logging.FileHandler", "filename": "audit.log", "filters": ["redact"]}},
    "loggers": {"shop.audit": {"handlers": ["file"], "propagate": False}},
})
log = logging.getLogger("shop.audit")
if "-v" in sys.argv:
    log.addHandler(logging.StreamHandler())
log.info("buyer %s", Orders().get_order_buyer_info("1").payload["BuyerEmail"])  # expect: AMZ005
