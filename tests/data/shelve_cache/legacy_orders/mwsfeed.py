# -*- coding: utf-8 -*-
"""MWS calls: Orders API listing and the flat-file order report."""
from __future__ import print_function, unicode_literals

import logging
import shelve
import time

import six
from mws import mws

from . import config

log = logging.getLogger(__name__)

def _api(cls):
    return cls(access_key=config.MWS_ACCESS_KEY, secret_key=config.MWS_SECRET_KEY,
               account_id=config.MWS_SELLER_ID, region=config.REGION,
               auth_token=config.MWS_AUTH_TOKEN)

def _as_list(node):
    # MWS hands back a bare dict when there is exactly one element
    if isinstance(node, dict):
        return [node]
    return list(node or [])

def _value(node, key, default=''):
    try:
        return node[key]['value']
    except (KeyError, TypeError):
        return default

class OrderCache(object):
    """Remembers orders between runs so the nightly mailer does not double-send."""

    def __init__(self, path=None):
        super(OrderCache, self).__init__()
        self.path = path or config.CACHE_PATH

    def __enter__(self):
        self._db = shelve.open(self.path)
        return self

    def __exit__(self, *exc_info):
        self._db.close()

    def seen(self, order_id):
        return str(order_id) in self._db

    def remember(self, order):
        record = {
            'status': _value(order, 'OrderStatus'),
            'email': _value(order, 'BuyerEmail'),
            'name': _value(order, 'BuyerName'),
            'ship_to': order.get('ShippingAddress', {}),
        }
        self._db[str(_value(order, 'AmazonOrderId'))] = record  # expect: AMZ003

def fetch_orders(created_after):
    api = _api(mws.Orders)
    result = api.list_orders(marketplaceids=config.MARKETPLACE_IDS, created_after=created_after,
                             orderstatus=('Unshipped', 'PartiallyShipped', 'Shipped')).parsed
    orders = _as_list(result.get('Orders', {}).get('Order'))
    while _value(result, 'NextToken', None):
        time.sleep(60)  # ListOrders restores one request per minute
        result = api.list_orders_by_next_token(_value(result, 'NextToken')).parsed
        orders.extend(_as_list(result.get('Orders', {}).get('Order')))
    return orders

def fetch_order_report(start, end):
    api = _api(mws.Reports)
    req = api.request_report(report_type=config.ORDER_REPORT_TYPE, start_date=start,
                             end_date=end, marketplaceids=config.MARKETPLACE_IDS)
    request_id = _value(req.parsed.ReportRequestInfo, 'ReportRequestId')
    status = ''
    while status != '_DONE_':
        time.sleep(config.REPORT_POLL_SECONDS)
        info = api.get_report_request_list(requestids=[request_id]).parsed.ReportRequestInfo
        status = _value(info, 'ReportProcessingStatus')
        if status in ('_CANCELLED_', '_DONE_NO_DATA_'):
            log.warning('report request %s ended with %s', request_id, status)
            return ''
    raw = api.get_report(_value(info, 'GeneratedReportId')).original
    return raw.decode('cp1252') if isinstance(raw, six.binary_type) else raw
