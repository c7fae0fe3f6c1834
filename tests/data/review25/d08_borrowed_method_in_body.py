import csv
import sys
from cryptography.fernet import Fernet
from sp_api.api import Orders


class EncryptedOut:
    def __init__(self):
        self.f = Fernet(Fernet.generate_key())
        self.fh = open("sales.bin", "ab")

    def write(self, row):
        self.fh.write(self.f.encrypt(",".join(row).encode()))


class PlainOut:
    def __init__(self):
        self.w = csv.writer(open("sales.csv", "w", newline=""))

    def write(self, row):
        self.w.writerow(row)  # expect: AMZ003


class ShopA:
    def __init__(self):
        self.out = EncryptedOut()

    def record_sale(self, order):
        self.out.write([order["AmazonOrderId"], order["BuyerInfo"]["BuyerEmail"]])


class ShopB:
    record_sale = ShopA.record_sale

    def __init__(self):
        self.out = PlainOut()




def main():
    target = ShopA() if sys.argv[1:] == ["a"] else ShopB()
    for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
        target.record_sale(o)
