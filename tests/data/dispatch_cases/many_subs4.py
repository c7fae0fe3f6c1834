import requests
from sp_api.api import Orders

OWN_URL = "https://orders.execute-api.eu-west-1.amazonaws.com/prod/orders"


def fetch_order(order_id):
    return Orders().get_order(order_id).payload


class BaseExporter:
    def process(self, order):
        requests.post(self.webhook_url, json={"buyer": order["BuyerInfo"]["BuyerEmail"]}, timeout=10)


class UkExporter(BaseExporter):
    webhook_url = OWN_URL

class DeExporter(BaseExporter):
    webhook_url = OWN_URL

class FrExporter(BaseExporter):
    webhook_url = OWN_URL

class ItExporter(BaseExporter):
    webhook_url = OWN_URL

class EsExporter(BaseExporter):
    webhook_url = OWN_URL

class NlExporter(BaseExporter):
    webhook_url = OWN_URL

class SeExporter(BaseExporter):
    webhook_url = OWN_URL

class PlExporter(BaseExporter):
    webhook_url = OWN_URL

class BeExporter(BaseExporter):
    webhook_url = OWN_URL

class TrExporter(BaseExporter):
    webhook_url = OWN_URL

class AeExporter(BaseExporter):
    webhook_url = OWN_URL

class SaExporter(BaseExporter):
    webhook_url = OWN_URL

class InExporter(BaseExporter):
    webhook_url = OWN_URL

class JpExporter(BaseExporter):
    webhook_url = OWN_URL

class AuExporter(BaseExporter):
    webhook_url = OWN_URL

class SgExporter(BaseExporter):
    webhook_url = OWN_URL

class BrExporter(BaseExporter):
    webhook_url = OWN_URL

class MxExporter(BaseExporter):
    webhook_url = OWN_URL

class CaExporter(BaseExporter):
    webhook_url = OWN_URL

class UnitedStatesMultiChannelExporter(BaseExporter):
    webhook_url = "https://hooks.zapier.com/hooks/catch/123/abc/"


def run_uk(order_id):
    UkExporter().process(fetch_order(order_id))

def run_de(order_id):
    DeExporter().process(fetch_order(order_id))

def run_fr(order_id):
    FrExporter().process(fetch_order(order_id))

def run_it(order_id):
    ItExporter().process(fetch_order(order_id))

def run_es(order_id):
    EsExporter().process(fetch_order(order_id))

def run_nl(order_id):
    NlExporter().process(fetch_order(order_id))

def run_se(order_id):
    SeExporter().process(fetch_order(order_id))

def run_pl(order_id):
    PlExporter().process(fetch_order(order_id))

def run_be(order_id):
    BeExporter().process(fetch_order(order_id))

def run_tr(order_id):
    TrExporter().process(fetch_order(order_id))

def run_ae(order_id):
    AeExporter().process(fetch_order(order_id))

def run_sa(order_id):
    SaExporter().process(fetch_order(order_id))

def run_in(order_id):
    InExporter().process(fetch_order(order_id))

def run_jp(order_id):
    JpExporter().process(fetch_order(order_id))

def run_au(order_id):
    AuExporter().process(fetch_order(order_id))

def run_sg(order_id):
    SgExporter().process(fetch_order(order_id))

def run_br(order_id):
    BrExporter().process(fetch_order(order_id))

def run_mx(order_id):
    MxExporter().process(fetch_order(order_id))

def run_ca(order_id):
    CaExporter().process(fetch_order(order_id))

def run_unitedstatesmultichannel(order_id):
    UnitedStatesMultiChannelExporter().process(fetch_order(order_id))
