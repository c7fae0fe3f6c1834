import logging

from django.views.generic import TemplateView
from sp_api.api import Orders

logger = logging.getLogger(__name__)


class OrderAuditMixin:
    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        logger.info("order page viewed, buyer %s", self.order["BuyerInfo"]["BuyerEmail"])
        return ctx


class SellerBaseView(TemplateView):
    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.order = Orders().get_order(kwargs["order_id"]).payload

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["seller_name"] = "ACME"
        return ctx


class OrderDetailView(OrderAuditMixin, SellerBaseView):
    template_name = "orders/detail.html"

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["order_id"] = self.order["AmazonOrderId"]
        return ctx
