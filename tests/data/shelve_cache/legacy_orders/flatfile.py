# -*- coding: utf-8 -*-
"""Parsers for tab-separated order files (MWS report text and hand-downloaded Seller Central exports)."""
from __future__ import unicode_literals

import csv
import io
import logging

try:
    from StringIO import StringIO
except ImportError:  # py3
    from io import StringIO

log = logging.getLogger(__name__)

def redact_email(addr):
    """'j***@marketplace.amazon.com' -- good enough for log lines."""
    if not addr or '@' not in addr:
        return '***'
    local, _, domain = addr.partition('@')
    return '%s***@%s' % (local[:1], domain)

class OrderRow(object):
    """One line of an order report.  Attribute access because the 2016 code used it everywhere."""
    def __init__(self, d):
        self.order_id = d.get('order-id')
        self.sku = d.get('sku')
        self.qty = int(d.get('quantity-purchased') or 0)
        self.price = d.get('item-price') or '0.00'
        self.email = d.get('buyer-email')
        self.buyer = d.get('buyer-name')
        self.phone = d.get('buyer-phone-number') or d.get('ship-phone-number')
        self.recipient = d.get('recipient-name')
        self.address = ' '.join(filter(None, [d.get('ship-address-1'), d.get('ship-address-2'), d.get('ship-address-3')]))
        self.city = d.get('ship-city')
        self.state = d.get('ship-state')
        self.postal = d.get('ship-postal-code')
        self.country = d.get('ship-country')

def read_report(text):
    """csv.DictReader path, for the report text that mwsfeed downloads."""
    rows = []
    reader = csv.DictReader(StringIO(text), delimiter=str('\t'))
    for n, row in enumerate(reader):
        if not row.get('order-id'):
            continue
        log.debug('report row %d: %r', n, row)  # expect: AMZ005
        rows.append(OrderRow(row))
    return rows

def read_legacy_export(path):
    """Old split()-based parser, kept for files downloaded by hand from Seller Central."""
    out = []
    with io.open(path, 'rb') as fh:
        lines = fh.read().decode('cp1252').splitlines()
    header = [h.strip().lower() for h in lines[0].split('\t')]
    for line in lines[1:]:
        cols = line.rstrip('\r\n').split('\t')
        d = dict(zip(header, cols))
        if len(cols) != len(header):
            log.warning('bad column count in %s, order %s (%s)', path, d.get('order-id'), redact_email(d.get('buyer-email')))  # trap: email redacted
            continue
        out.append(OrderRow(d))
    return out

def group_by_order(rows):
    grouped = {}
    for r in rows:
        grouped.setdefault(r.order_id, []).append(r)
    return grouped
