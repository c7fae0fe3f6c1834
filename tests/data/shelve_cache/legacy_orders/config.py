"""Settings.  Secrets are exported by /etc/kettle/legacy.env before cron runs us."""
from __future__ import unicode_literals

import os

MWS_ACCESS_KEY = os.environ.get('MWS_ACCESS_KEY')
MWS_SECRET_KEY = os.environ.get('MWS_SECRET_KEY')
MWS_SELLER_ID = os.environ.get('MWS_SELLER_ID')
MWS_AUTH_TOKEN = os.environ.get('MWS_AUTH_TOKEN', '')
MARKETPLACE_IDS = ['ATVPDKIKX0DER']
REGION = 'US'
ORDER_REPORT_TYPE = '_GET_FLAT_FILE_ORDERS_DATA_'
REPORT_POLL_SECONDS = 45

WORK_DIR = os.environ.get('LEGACY_WORK_DIR', '/srv/legacy_orders')
CACHE_PATH = os.path.join(WORK_DIR, 'orders.shelf')
ARCHIVE_KEY = os.environ['ARCHIVE_FERNET_KEY']
REPEAT_HMAC_KEY = os.environ['REPEAT_HMAC_KEY'].encode('utf-8')

# nightly drop for the bookkeeping firm (Ledgerline), see ticket OPS-311
FTP_HOST = 'ftp.ledgerline.net'
FTP_LOGIN = (os.environ.get('LEDGERLINE_FTP_USER'), os.environ.get('LEDGERLINE_FTP_PASS'))
FTP_DIR = '/incoming/brightkettle'

MAILCHIMP_KEY = os.environ.get('MAILCHIMP_KEY')
MAILCHIMP_USER = 'brightkettle'
MAILCHIMP_LIST = '4f1c2d9a0b'
SMTP_HOST = 'mail.brightkettle.co'
SMTP_PORT = 587
SMTP_LOGIN = (os.environ.get('SMTP_USER'), os.environ.get('SMTP_PASS'))
MAIL_FROM = 'orders@brightkettle.co'
WAREHOUSE_LIST = ['dock@brightkettle.co', 'pickers@brightkettle.co']
SHIPPO_TOKEN = os.environ.get('SHIPPO_TOKEN')
SHIP_FROM = dict(name='Bright Kettle Dock', street1='4100 Industrial Blvd', city='Austin', state='TX', zip='78744', country='US')

BUYER_NOTE = (
    "Thanks for buying from Bright Kettle!\n"
    "Your order %(order_id)s is packed and leaves our dock today.\n"
    "Questions? Write to help@brightkettle.co or visit www.brightkettle.co\n"
    "and use code KETTLE15 for 15%% off your next kettle.\n"
)
