"""A deterministic generator of a realistic Amazon seller codebase, for the benchmarks.

    python benchmarks/generate.py OUT_DIR --lines 50000

The tree is one top-level package (`sellerco`) made of sub-packages. Each sub-package has an SP-API
client (python-amazon-sp-api `Orders` calls: the sources), model classes, helpers that pass
buyer data along, storage (sqlite), notifications (requests, logging), CSV reports, an
orchestrating `sync` module and several modules of ordinary clean code (the bulk of any real
codebase). Modules import each other inside a package, from a shared `core` package and from the
previous sub-package, so the propagation has real cross-module work to do.

The same (size, seed) always gives byte-identical files. The tree grows package by package until
it has at least the requested number of lines, so cost can be compared across sizes.
"""

from __future__ import annotations

import argparse
import random
import shutil
import textwrap
from pathlib import Path

TOP = "sellerco"

FIELDS_PII = ["BuyerEmail", "BuyerName"]
ADDRESS_PII = ["Name", "AddressLine1", "City", "PostalCode", "Phone"]
FIELDS_SAFE = ["AmazonOrderId", "OrderStatus", "PurchaseDate", "OrderTotal", "NumberOfItemsShipped"]
WORDS = [
    "amount", "batch", "cache", "count", "cursor", "delta", "entry", "factor", "group", "index",
    "items", "key", "limit", "margin", "offset", "page", "price", "queue", "rate", "record",
    "result", "row", "score", "size", "sku", "stock", "tax", "total", "unit", "value", "weight",
    "window", "zone", "region", "channel", "listing", "asin", "fee", "refund", "shipment",
]


def _d(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


class Gen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def word(self) -> str:
        return self.rng.choice(WORDS)

    def ident(self, n: int = 2) -> str:
        return "_".join(self.rng.sample(WORDS, n))

    # ------------------------------------------------------------------ clean code
    def clean_function(self, name: str) -> str:
        r = self.rng
        a, b, c = r.sample(WORDS, 3)
        kind = r.randrange(8)
        if kind == 0:
            return _d(f'''
                def {name}({a}, {b}=None, *, {c}=10):
                    """Compute a {a} adjusted by {b}."""
                    if {b} is None:
                        {b} = []
                    out = []
                    for i, item in enumerate({a}):
                        if i >= {c}:
                            break
                        if isinstance(item, (int, float)):
                            out.append(item * {r.randint(2, 9)} + len({b}))
                        else:
                            out.append(str(item).strip().lower())
                    return out
            ''')
        if kind == 1:
            return _d(f'''
                def {name}({a}: dict, {b}: str = "{c}") -> dict:
                    result = {{k: v for k, v in {a}.items() if not k.startswith("_")}}
                    result["{b}_label"] = f"{{{b}}}-{{len(result)}}"
                    try:
                        result["{c}"] = int(result.get("{c}", {r.randint(0, 99)}))
                    except (TypeError, ValueError):
                        result["{c}"] = 0
                    return result
            ''')
        if kind == 2:
            return _d(f'''
                def {name}(values, precision={r.randint(1, 4)}):
                    if not values:
                        return 0.0
                    total = sum(v for v in values if v is not None)
                    mean = total / max(1, len(values))
                    spread = max(values) - min(values) if len(values) > 1 else 0
                    return round(mean + spread * {r.random():.3f}, precision)
            ''')
        if kind == 3:
            return _d(f'''
                def {name}(text, sep=","):
                    parts = [p.strip() for p in text.split(sep)]
                    seen = set()
                    unique = []
                    for part in parts:
                        key = part.casefold()
                        if key and key not in seen:
                            seen.add(key)
                            unique.append(part)
                    return sep.join(sorted(unique))
            ''')
        if kind == 4:
            return _d(f'''
                def {name}({a}, {b}):
                    """Merge two {a} maps, summing shared keys."""
                    merged = dict({a})
                    for key, val in {b}.items():
                        if key in merged:
                            merged[key] = merged[key] + val
                        else:
                            merged[key] = val
                    while len(merged) > {r.randint(50, 500)}:
                        merged.pop(next(iter(merged)))
                    return merged
            ''')
        if kind == 5:
            return _d(f'''
                def {name}(rows, key="{a}"):
                    groups = {{}}
                    for row in rows:
                        groups.setdefault(row.get(key), []).append(row)
                    return {{
                        k: {{"count": len(v), "{b}": sum(x.get("{b}", 0) for x in v)}}
                        for k, v in groups.items()
                    }}
            ''')
        if kind == 6:
            return _d(f'''
                async def {name}(session, {a}_ids, retries={r.randint(1, 5)}):
                    results = []
                    for ident in {a}_ids:
                        attempt = 0
                        while attempt < retries:
                            attempt += 1
                            status = await session.check(ident)
                            if status == "ok":
                                results.append(ident)
                                break
                    return results
            ''')
        return _d(f'''
            def {name}(path, mode="r", encoding="utf-8"):
                lines = []
                with open(path, mode, encoding=encoding) as fh:
                    for line in fh:
                        line = line.rstrip("\\n")
                        if line and not line.startswith("#"):
                            lines.append(line)
                return lines[: {r.randint(100, 10_000)}]
        ''')

    def clean_class(self, name: str) -> str:
        r = self.rng
        a, b, c = r.sample(WORDS, 3)
        return _d(f'''
            class {name}:
                """A small {a} calculator."""

                default_{b} = {r.randint(1, 100)}

                def __init__(self, {a}, {b}=None):
                    self.{a} = {a}
                    self.{b} = {b} if {b} is not None else self.default_{b}
                    self._history = []

                def apply(self, {c}):
                    value = self.{a} * {c} + self.{b}
                    self._history.append(value)
                    return value

                def reset(self):
                    self._history.clear()

                @property
                def last(self):
                    return self._history[-1] if self._history else None

                def summary(self):
                    return {{"{a}": self.{a}, "{b}": self.{b}, "n": len(self._history)}}
        ''')

    def clean_module(self, pkg: str, idx: int) -> str:
        r = self.rng
        out = [
            f'"""{pkg}: utilities for {self.word()} and {self.word()} handling (module {idx})."""',
            "import math",
            "import os",
            "from collections import defaultdict",
            "",
            f"from {TOP}.core import util",
            "",
            f"THRESHOLD = {r.randint(1, 1000)}",
            f'NAME = "{self.ident()}"',
            "",
        ]
        names = []
        for i in range(r.randint(5, 11)):
            if r.random() < 0.2:
                cname = "".join(w.title() for w in r.sample(WORDS, 2)) + str(i)
                out.append("")
                out.append(self.clean_class(cname))
            else:
                fname = f"{self.ident()}_{i}"
                names.append(fname)
                out.append("")
                out.append(self.clean_function(fname))
        if names:
            first = names[0]
            out.append("")
            out.append(_d(f'''
                def run_all(data):
                    table = defaultdict(list)
                    for key in sorted(data):
                        table[key].append(util.normalize(str(key)))
                    base = math.sqrt(len(table) + THRESHOLD)
                    return {first}.__name__, base, os.sep, dict(table)
            '''))
        return "\n".join(out)

    # ------------------------------------------------------------------ seller modules
    def client_module(self, pkg: str) -> str:
        r = self.rng
        days = r.randint(1, 30)
        return _d(f'''
            """SP-API access for {pkg}."""
            from sp_api.api import Orders
            from sp_api.base import Marketplaces

            from {TOP}.core.config import MARKETPLACE_IDS


            def _client():
                return Orders(marketplace=Marketplaces.US)


            def recent_orders(created_after=None):
                res = _client().get_orders(
                    CreatedAfter=created_after or "{days}d",
                    MarketplaceIds=MARKETPLACE_IDS,
                    RestrictedResources=["buyerInfo", "shippingAddress"],
                )
                return res.payload.get("Orders", [])


            def buyer_info(order_id):
                return _client().get_order_buyer_info(order_id).payload


            def shipping_address(order_id):
                return _client().get_order_address(order_id).payload["ShippingAddress"]


            def order_items(order_id):
                return _client().get_order_items(order_id).payload.get("OrderItems", [])
        ''')

    def models_module(self, pkg: str) -> str:
        f1, f2 = self.rng.sample(FIELDS_SAFE, 2)
        return _d(f'''
            """Domain objects for {pkg}."""
            from dataclasses import dataclass, field


            @dataclass
            class Customer:
                email: str
                name: str
                tags: list = field(default_factory=list)

                def display(self):
                    return f"{{self.name}} <{{self.email}}>"

                def first_name(self):
                    return (self.name or "").split(" ")[0]


            class OrderRecord:
                def __init__(self, raw):
                    self.raw = raw
                    self.order_id = raw["AmazonOrderId"]
                    self.status = raw.get("OrderStatus")
                    self.extra = raw.get("{f1}")

                def key(self):
                    return f"{{self.order_id}}:{{self.status}}"

                def metrics(self):
                    return {{"id": self.order_id, "status": self.status, "{f2}": self.raw.get("{f2}")}}


            class Address:
                def __init__(self, payload):
                    self.payload = payload

                def one_line(self):
                    p = self.payload
                    return ", ".join(x for x in (p.get("AddressLine1"), p.get("City"), p.get("PostalCode")) if x)
        ''')

    def helpers_module(self, pkg: str, prev: str | None) -> str:
        imp = f"from {TOP}.{prev} import helpers as prev_helpers\n" if prev else ""
        chain = "    return prev_helpers.label(value)\n" if prev else '    return f"[{value}]"\n'
        return (
            _d(f'''
            """Formatting helpers for {pkg}."""
            import re

            from {TOP}.core import util
            ''')
            + imp
            + _d('''

            _SPACE = re.compile(r"\\s+")


            def clean(value):
                return _SPACE.sub(" ", str(value or "")).strip()


            def mask(value):
                text = clean(value)
                return text[:2] + "***" if text else ""


            def full_name(buyer):
                return clean(buyer.get("BuyerName"))


            def contact(buyer):
                return {"email": buyer.get("BuyerEmail"), "name": full_name(buyer)}


            def summary(order):
                return {"id": order["AmazonOrderId"], "status": order.get("OrderStatus")}


            def label(value):
            ''')
            + chain
            + _d('''


            def slug(value):
                return util.normalize(clean(value)).replace(" ", "-")
            ''')
        )

    def storage_module(self, pkg: str) -> str:
        t = self.ident(1)
        return _d(f'''
            """Persistence for {pkg}."""
            import sqlite3

            from {TOP}.core.config import DB_PATH


            def connect():
                conn = sqlite3.connect(DB_PATH)
                conn.execute("CREATE TABLE IF NOT EXISTS {t} (id TEXT, status TEXT, email TEXT)")
                return conn


            def save_status(conn, record):
                conn.execute("INSERT INTO {t} (id, status) VALUES (?, ?)", (record.order_id, record.status))


            def save_contact(conn, order_id, contact):
                conn.execute(
                    "UPDATE {t} SET email = ? WHERE id = ?",
                    (contact["email"], order_id),
                )
                conn.commit()


            def save_count(conn, n):
                conn.execute("INSERT INTO counters (n) VALUES (?)", (n,))
        ''')

    def notify_module(self, pkg: str) -> str:
        return _d(f'''
            """Notifications for {pkg}."""
            import logging

            import requests

            from {TOP}.core.config import WEBHOOK_URL

            log = logging.getLogger(__name__)
            SESSION = requests.Session()


            def push_contact(contact):
                SESSION.post(WEBHOOK_URL, json={{"customer": contact}}, timeout=10)


            def push_metrics(metrics):
                SESSION.post(WEBHOOK_URL, json=metrics, timeout=10)


            def note(order_id, name):
                log.info("order %s for %s", order_id, name)


            def progress(done, total):
                log.info("progress %d/%d", done, total)
        ''')

    def reports_module(self, pkg: str) -> str:
        return _d(f'''
            """CSV exports for {pkg}."""
            import csv


            def export_status(path, records):
                with open(path, "w", newline="") as fh:
                    writer = csv.writer(fh)
                    writer.writerow(["id", "status"])
                    for rec in records:
                        writer.writerow([rec.order_id, rec.status])


            def totals(records):
                out = {{}}
                for rec in records:
                    out[rec.status] = out.get(rec.status, 0) + 1
                return out
        ''')

    def sync_module(self, pkg: str, variant: int) -> str:
        # Which of the seeded flows this package contains (each a real finding or a trap).
        leak_log = variant % 3 == 0
        leak_http = variant % 4 == 1
        leak_db = variant % 5 == 2
        body = [
            _d(f'''
            """Order synchronisation for {pkg}."""
            from {TOP}.core import util
            from {TOP}.{pkg} import client, helpers, notify, reports, storage
            from {TOP}.{pkg}.models import Address, Customer, OrderRecord


            def sync(created_after=None):
                conn = storage.connect()
                orders = client.recent_orders(created_after)
                records = []
                for i, raw in enumerate(orders, start=1):
                    rec = OrderRecord(raw)
                    records.append(rec)
                    storage.save_status(conn, rec)
                    notify.push_metrics(rec.metrics())
                    buyer = client.buyer_info(rec.order_id)
                    customer = Customer(buyer.get("BuyerEmail"), helpers.full_name(buyer))
                    address = Address(client.shipping_address(rec.order_id))
                    notify.note(rec.order_id, helpers.mask(customer.name))
            '''),
        ]
        if leak_log:
            body.append("        notify.note(rec.order_id, customer.display())\n")
        if leak_http:
            body.append("        notify.push_contact(helpers.contact(buyer))\n")
        if leak_db:
            body.append("        storage.save_contact(conn, rec.order_id, helpers.contact(buyer))\n")
        body.append(
            "        util.touch(address.one_line() and rec.key())\n"
            "        notify.progress(i, len(orders))\n"
            '    reports.export_status("status.csv", records)\n'
            "    storage.save_count(conn, len(records))\n"
            "    return reports.totals(records)\n"
        )
        return "".join(body)

    # ------------------------------------------------------------------ core package
    def core_files(self) -> dict[str, str]:
        return {
            f"{TOP}/__init__.py": '"""Seller back office."""\n',
            f"{TOP}/core/__init__.py": "",
            f"{TOP}/core/config.py": _d('''
                import os

                MARKETPLACE_IDS = ["ATVPDKIKX0DER"]
                DB_PATH = os.environ.get("DB_PATH", "orders.db")
                WEBHOOK_URL = "https://crm.example.com/hooks/orders"
            '''),
            f"{TOP}/core/util.py": _d('''
                import unicodedata


                def normalize(text):
                    return unicodedata.normalize("NFKC", text).casefold()


                def touch(value):
                    return bool(value)
            '''),
        }


def generate(out: Path, lines: int, seed: int = 1) -> dict[str, int]:
    """Write the tree under `out` (replacing it) and return {"files": n, "lines": n}."""
    if out.exists():
        shutil.rmtree(out)
    files: dict[str, str] = dict(Gen(seed).core_files())
    total = sum(t.count("\n") for t in files.values())
    prev: str | None = None
    i = 0
    while total < lines:
        g = Gen(seed * 100_003 + i)
        pkg = f"pkg{i:04d}"
        base = f"{TOP}/{pkg}"
        pkg_files = {
            f"{base}/__init__.py": f'"""Sales channel {i}."""\n',
            f"{base}/client.py": g.client_module(pkg),
            f"{base}/models.py": g.models_module(pkg),
            f"{base}/helpers.py": g.helpers_module(pkg, prev),
            f"{base}/storage.py": g.storage_module(pkg),
            f"{base}/notify.py": g.notify_module(pkg),
            f"{base}/reports.py": g.reports_module(pkg),
            f"{base}/sync.py": g.sync_module(pkg, i),
        }
        for k in range(g.rng.randint(4, 8)):
            pkg_files[f"{base}/util_{k}.py"] = g.clean_module(pkg, k)
        files.update(pkg_files)
        total += sum(t.count("\n") for t in pkg_files.values())
        prev = pkg
        i += 1
    for rel, text in files.items():
        p = out / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return {"files": len(files), "lines": total}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--lines", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    info = generate(args.out, args.lines, args.seed)
    print(f"{args.out}: {info['files']} files, {info['lines']} lines")


if __name__ == "__main__":
    main()
