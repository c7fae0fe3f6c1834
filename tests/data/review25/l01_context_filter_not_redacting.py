import logging
import logging.config
import uuid
from sp_api.api import Orders

RUN_ID = uuid.uuid4().hex[:8]


class RunIdFilter(logging.Filter):
    def filter(self, record):
        record.msg = f"[{RUN_ID}] {record.msg}"
        return True


logging.config.dictConfig({
    "version": 1,
    "filters": {"run_id": {"()": RunIdFilter}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"shop.orders": {"handlers": ["console"], "filters": ["run_id"]}},
})
log = logging.getLogger("shop.orders")
info = Orders().get_order_buyer_info("1").payload
log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
log.info(f"shipping to {info['BuyerName']}")  # expect: AMZ005
