# -*- coding: utf-8 -*-
"""Nightly job (cron 02:10): pull yesterday's order report, archive it, drop extracts for Ledgerline."""
from __future__ import print_function, unicode_literals

import csv
import datetime
import ftplib
import io
import os
import sys

import six
from cryptography.fernet import Fernet

from . import config, flatfile, mwsfeed, notify

def _tsv(rows, header, pick):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=str('\t'), lineterminator='\n')
    w.writerow(header)
    for r in rows:
        w.writerow(pick(r))
    return io.BytesIO(buf.getvalue().encode('utf-8'))

def build_extracts(rows):
    ledger = _tsv(rows, ['order_id', 'sku', 'qty', 'price'],
                  lambda r: [r.order_id, r.sku, r.qty, r.price])
    # Ledgerline matches card payouts to invoices by name + postcode
    match = _tsv(rows, ['order_id', 'buyer_name', 'address', 'postal_code'],
                 lambda r: [r.order_id, r.recipient, r.address, r.postal])
    return ledger, match

def archive_raw(text, day):
    box = Fernet(config.ARCHIVE_KEY)
    path = os.path.join(config.WORK_DIR, 'archive', 'orders-%s.tsv.enc' % day)
    with open(path, 'wb') as fh:
        fh.write(box.encrypt(text.encode('utf-8')))  # trap: Fernet-encrypted before the write
    return path

def keep_copy(match, day):
    path = os.path.join(config.WORK_DIR, 'sent', 'invoice-match-%s.tsv' % day)
    with open(path, 'wb') as fh:
        fh.write(match.getvalue())  # expect: AMZ003
    return path

def drop(ledger, match, day):
    ftp = ftplib.FTP_TLS(config.FTP_HOST)
    ftp.login(*config.FTP_LOGIN)
    ftp.prot_p()
    try:
        ftp.cwd(config.FTP_DIR)
        ledger.seek(0)
        ftp.storbinary('STOR ledger-%s.tsv' % day, ledger)  # trap: order id, sku, qty, price only
        match.seek(0)
        ftp.storbinary('STOR invoice-match-%s.tsv' % day, match)  # expect: AMZ004
    finally:
        ftp.quit()

def main(argv=None):
    argv = argv or sys.argv[1:]
    day = argv[0] if argv else (datetime.date.today() - datetime.timedelta(days=1)).isoformat()
    start, end = '%sT00:00:00Z' % day, '%sT23:59:59Z' % day
    text = mwsfeed.fetch_order_report(start, end)
    if not text:
        return 1
    archive_raw(text, day)
    rows = flatfile.read_report(text)
    fresh = []
    with mwsfeed.OrderCache() as cache:
        for order in mwsfeed.fetch_orders(start):
            oid = mwsfeed._value(order, 'AmazonOrderId')
            if not cache.seen(oid):
                cache.remember(order)
                fresh.append(oid)
    ledger, match = build_extracts(rows)
    keep_copy(match, day)
    drop(ledger, match, day)
    grouped = flatfile.group_by_order(rows)
    todo = dict((k, v) for k, v in six.iteritems(grouped) if k in fresh)
    notify.mail_pick_list(todo)
    notify.buy_labels(todo)
    notify.mail_buyers(todo)
    print('%s: %d rows, %d new orders' % (day, len(rows), len(todo)))
    return 0

if __name__ == '__main__':
    sys.exit(main())
