import logging
from sp_api.api import Orders

logger = logging.getLogger(__name__)


class BuyerLogMixin:
    def finish(self):
        logger.info("finished order for %s", self.buyer_email)
        super().finish()


class BaseJob:
    def start(self, order_id):
        info = Orders().get_order_buyer_info(order_id).payload
        self.buyer_email = info["BuyerEmail"]

    def finish(self):
        pass


class OrderJob(BuyerLogMixin, BaseJob):
    def finish(self):
        super().finish()
