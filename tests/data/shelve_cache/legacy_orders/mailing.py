# -*- coding: utf-8 -*-
"""Monthly mailing-list export (marketing asked for it in 2017).  Runs on the 1st from cron."""
from __future__ import print_function, unicode_literals

import glob
import hashlib
import hmac
import io
import os
from collections import Counter

from mailchimp3 import MailChimp

from . import config, flatfile

def subscriber_hash(email):
    return hashlib.md5(email.lower().encode('utf-8')).hexdigest()

def _merge_fields(row):
    first, _, last = (row.buyer or '').partition(' ')
    return {'FNAME': first, 'LNAME': last, 'PHONE': row.phone or ''}

def export_to_mailchimp(rows):
    client = MailChimp(mc_api=config.MAILCHIMP_KEY, mc_user=config.MAILCHIMP_USER)
    seen = set()
    for row in rows:
        if not row.email or row.email in seen:
            continue
        seen.add(row.email)
        data = {'email_address': row.email, 'status_if_new': 'subscribed', 'merge_fields': _merge_fields(row)}
        client.lists.members.create_or_update(config.MAILCHIMP_LIST, subscriber_hash(row.email), data)  # expect: AMZ001
    return len(seen)

def repeat_key(email):
    return hmac.new(config.REPEAT_HMAC_KEY, email.strip().lower().encode('utf-8'), hashlib.sha256).hexdigest()

def write_repeat_index(rows, path):
    """Pseudonymous buyer key -> order count, for the repeat-buyer chart in the monthly deck."""
    counts = Counter(repeat_key(r.email) for r in rows if r.email)
    with io.open(path, 'w', encoding='utf-8') as fh:
        for key, n in counts.most_common():
            fh.write('%s\t%d\n' % (key, n))  # trap: keyed HMAC of the email and a count only
    return len(counts)

def main():
    paths = sorted(glob.glob(os.path.join(config.WORK_DIR, 'exports', '*.txt')))
    rows = [row for path in paths for row in flatfile.read_legacy_export(path)]
    added = export_to_mailchimp(rows)
    buyers = write_repeat_index(rows, os.path.join(config.WORK_DIR, 'stats', 'repeat.tsv'))
    print('mailing export: %d rows, %d list members, %d distinct buyers' % (len(rows), added, buyers))

if __name__ == '__main__':
    main()
