import smtplib
from sp_api.api import Orders


class Followups:
    def __init__(self):
        self.smtp = smtplib.SMTP("localhost")
        self.previous = None

    def handle(self, order_id):
        to = "noreply@shop.example"
        if self.previous is not None:
            self.smtp.sendmail("shop@shop.example", [self.previous()], "How was your last order?")  # expect: AMZ002
        info = Orders().get_order_buyer_info(order_id).payload
        to = info["BuyerEmail"]
        self.previous = lambda: to


f = Followups()
for oid in ("1", "2", "3"):
    f.handle(oid)
