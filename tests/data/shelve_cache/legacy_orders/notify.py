# -*- coding: utf-8 -*-
"""Shipping e-mails and labels.  Predates the Messaging API; still called from nightly."""
from __future__ import unicode_literals

import smtplib
from email.mime.text import MIMEText

import shippo
from shippo.models import components

from . import config

def _smtp():
    s = smtplib.SMTP(config.SMTP_HOST, config.SMTP_PORT)
    s.starttls()
    s.login(*config.SMTP_LOGIN)
    return s

def _message(subject, body):
    msg = MIMEText(body, 'plain', 'utf-8')
    msg['Subject'] = subject
    msg['From'] = config.MAIL_FROM
    return msg

def mail_pick_list(grouped):
    lines = []
    for order_id, items in sorted(grouped.items()):
        for it in items:
            lines.append('%s\t%s\tx%d' % (order_id, it.sku, it.qty))
    msg = _message('Pick list (%d orders)' % len(grouped), '\n'.join(lines))
    server = _smtp()
    try:
        server.sendmail(config.MAIL_FROM, config.WAREHOUSE_LIST, msg.as_string())  # trap: own warehouse staff, order id/sku/qty only
    finally:
        server.quit()

def buy_labels(grouped):
    client = shippo.Shippo(api_key_header=config.SHIPPO_TOKEN)
    parcel = components.ParcelCreateRequest(length='10', width='8', height='6', distance_unit='in', weight='3', mass_unit='lb')
    labels = {}
    for order_id, items in grouped.items():
        r = items[0]
        address_to = components.AddressCreateRequest(name=r.recipient, street1=r.address, city=r.city,
                                                     state=r.state, zip=r.postal,
                                                     country=r.country or 'US', phone=r.phone)
        req = components.ShipmentCreateRequest(address_from=components.AddressCreateRequest(**config.SHIP_FROM),
                                               address_to=address_to, parcels=[parcel], async_=False)
        shipment = client.shipments.create(req)  # trap: carrier label API
        labels[order_id] = shipment.object_id
    return labels

def mail_buyers(grouped):
    server = _smtp()
    try:
        for order_id, items in sorted(grouped.items()):
            to = items[0].email
            if not to:
                continue
            msg = _message('Your Bright Kettle order %s' % order_id, config.BUYER_NOTE % {'order_id': order_id})
            server.sendmail(config.MAIL_FROM, [to], msg.as_string())  # expect: AMZ002,AMZ006
    finally:
        server.quit()
