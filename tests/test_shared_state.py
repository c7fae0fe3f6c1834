"""What helpers leave in module globals and enclosing functions' variables, rows of readers handed
to helpers, and columns selected by name lists and `.loc` (hunt5 blind corpus, second review)."""

from __future__ import annotations

import pytest

from auditor.testing import check, check_files

# ---------------------------------------------------------------- globals written from parameters


@pytest.mark.parametrize(
    ("field", "expect"),
    [("BuyerEmail", "  # expect: AMZ005"), ("AmazonOrderId", "")],
)
def test_a_helper_that_appends_its_argument_to_a_global_list_fills_it_for_its_caller(field: str, expect: str):
    """The buyer's email appended by a helper is in the global; a public field leaves it clean."""
    check(
        f"""
        import logging
        from sp_api.api import Orders
        FAILED = []
        def record_failure(value):
            FAILED.append(value)
        def run():
            info = Orders().get_order_buyer_info("1").payload
            record_failure(info["{field}"])
        def report():
            logging.warning("failed: %s", FAILED){expect}
        """
    )


def test_a_global_cache_filled_two_helpers_deep_and_read_at_module_level():
    check(
        """
        import json
        import logging
        from sp_api.api import Orders
        CACHE = {}
        SEEN = set()
        def remember(oid, addr):
            CACHE[oid] = addr
        def mark(x):
            SEEN.add(x)
        def note(o):
            mark(o["BuyerEmail"])
        def run():
            a = Orders().get_order_address("1").payload
            remember("1", a["ShippingAddress"])
            note(Orders().get_order_buyer_info("1").payload)
        def dump():
            json.dump(CACHE, open("c.json", "w"))  # expect: AMZ003
        run()
        logging.info("seen %s", sorted(SEEN))  # expect: AMZ005
        """
    )


def test_a_nested_function_appending_to_its_enclosing_functions_list():
    check(
        """
        import logging
        from sp_api.api import Orders
        def run():
            rows = []
            kept = []
            def add(o):
                rows.append(o)
            def keep(o):
                kept.append(o["AmazonOrderId"])
            info = Orders().get_order_buyer_info("1").payload
            add(info["BuyerEmail"])
            keep(info)
            logging.info("%s", rows)  # expect: AMZ005
            logging.info("%s", kept)
        """
    )


def test_a_nested_function_filling_a_global_its_parent_declared_global():
    check(
        """
        import logging
        from sp_api.api import Orders
        CACHE = []
        def parent():
            global CACHE
            CACHE = []
            email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
            def add():
                CACHE.append(email)
            add()
        def report():
            logging.info("%s", CACHE)  # expect: AMZ005
        """
    )


def test_a_closure_filling_its_parents_variable_leaves_a_global_of_that_name_alone():
    check(
        """
        import logging
        from sp_api.api import Orders
        rows = []
        def run():
            rows = []
            def add(o):
                rows.append(o)
            add(Orders().get_order_buyer_info("1").payload["BuyerEmail"])
            return len(rows)
        def report():
            logging.info("%s", rows)
        """
    )


def test_what_a_call_fills_is_seen_after_the_call_not_before():
    """Module code reads what a function it calls put in its globals from that call on (second
    review of 1db3193)."""
    check(
        """
        import logging
        from sp_api.api import Orders
        FAILED = []
        logging.info("starting with %s", FAILED)
        def record(o):
            FAILED.append(o)
        def handler(event, context):
            record(Orders().get_order_buyer_info("1").payload["BuyerEmail"])
        def email():
            return Orders().get_order_buyer_info("1").payload["BuyerEmail"]
        record(email())
        logging.info("failed %s", FAILED)  # expect: AMZ005
        """
    )


@pytest.mark.parametrize(
    "call",
    [
        "add(email)",
        "apply_all(add, [email])",  # the closure handed to a helper (third review)
        "process(email)",  # a sibling closure calls it
        "Worker().run(email, on_error=add)",  # a method calls it back
    ],
)
def test_a_closure_filling_its_parents_list_wherever_it_is_called(call: str):
    check(
        f"""
        import logging
        from sp_api.api import Orders
        def apply_all(fn, items):
            for i in items:
                fn(i)
        class Worker:
            def run(self, o, on_error):
                on_error(o)
        def run():
            rows = []
            def add(o):
                rows.append(o)
            def process(o):
                add(o)
            email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
            {call}
            logging.info("after %s", rows)  # expect: AMZ005
        """
    )


@pytest.mark.xfail(
    strict=True,
    reason="an enclosing function reads what its nested functions put in its variables at every "
    "read, before the call too: the nested function may be called from anywhere (a helper, a "
    "callback), so the write is kept on the enclosing function's variable, not ordered",
)
def test_an_enclosing_function_reading_its_list_before_the_closure_fills_it():
    check(
        """
        import logging
        from sp_api.api import Orders
        def run():
            rows = []
            def add(o):
                rows.append(o)
            email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
            logging.info("before %s", rows)
            add(email)
        """
    )


@pytest.mark.xfail(
    strict=True,
    reason="a class attribute mutated through the class name (`Registry.items.append(x)`) is "
    "written under the module global `Registry`, not the class attribute its readers read",
)
def test_a_class_attribute_list_filled_by_a_classmethod():
    check(
        """
        import logging
        from sp_api.api import Orders
        class Registry:
            items = []
            @classmethod
            def add(cls, x):
                Registry.items.append(x)
        def run():
            Registry.add(Orders().get_order_buyer_info("1").payload["BuyerName"])
        def report():
            logging.warning("%s", Registry.items)  # expect: AMZ005
        """
    )


# ---------------------------------------------------------------- rows of readers


def test_a_csv_row_of_an_unknown_file_handed_to_a_helper_is_a_record_of_columns():
    check_files(
        {
            "report.py": """
            import csv
            def rows(path):
                with open(path, newline="") as fh:
                    for row in csv.DictReader(fh, delimiter="\\t"):
                        yield row
            """,
            "send.py": """
            import smtplib
            import sys
            from report import rows
            def notify(row):
                smtplib.SMTP("localhost").sendmail("me@shop.example", row["buyer-email"], "hi")  # expect: AMZ002
            def count(row):
                print(row["order-id"], row["quantity-purchased"])
            def main():
                for row in list(rows(sys.argv[1])):
                    notify(row)
                    count(row)
            """,
        }
    )


def test_a_helper_reading_a_key_it_is_given_runs_per_key():
    """`_v(order, "AmazonOrderId")` and `_v(order, "BuyerEmail")`: node.get(key) is read per
    constant key the callers pass, as node[key] is (hunt5 t16)."""
    check(
        """
        import logging
        import mws
        def _v(node, key, default=""):
            value = node.get(key) if node else None
            if isinstance(value, dict):
                return value.get("value", default)
            return value or default
        def run():
            orders = mws.Orders("a", "s", "id").list_orders(marketplaceids=["X"]).parsed["Orders"]["Order"]
            for order in orders:
                logging.info("order %s", _v(order, "AmazonOrderId"))
                logging.info("buyer %s", _v(order, "BuyerEmail"))  # expect: AMZ005
        """
    )


# ---------------------------------------------------------------- columns by name


PRE = (
    "import io, sys\nimport pandas as pd\nfrom sp_api.api import Reports\n"
    'doc = Reports().get_report_document("d", download=True).payload["document"]\n'
    'raw = pd.read_csv(io.StringIO(doc), sep="\\t")\n'
    'BASE = ["order-id", "sku"]\n'
)


@pytest.mark.parametrize(
    "code",
    [
        'raw.loc[:, BASE].to_csv("a.csv")\n',
        'raw.loc[raw["sku"] == "x", ["order-id", "sku"]].to_csv("a.csv")\n',
        'raw.loc[:, "sku"].to_csv("a.csv")\n',
        'print(raw.at[0, "sku"])\n',
        'raw[BASE].to_csv("a.csv")\n',
        'COLS = [*BASE, "quantity-purchased"]\nraw[COLS].to_csv("a.csv")\n',
        # ten names, and nine with a starred list: a value keeps 16 constants (hunt2 q06, hunt5 t06)
        'COLS = [*BASE, "order-item-id", "purchase-date", "quantity-purchased", "currency", "item-price",'
        ' "item-tax", "shipping-price", "shipping-tax"]\nraw[COLS].to_csv("a.csv")\n',
        'MONEY = ["item-price", "item-tax", "shipping-price", "shipping-tax"]\n'
        'raw[["order-id", "sku", "quantity-purchased", "ship-state", "ship-country", *MONEY]].to_csv("a.csv")\n',
    ],
)
def test_columns_selected_by_name_keep_only_those_columns(code: str):
    check(PRE + code)


@pytest.mark.parametrize(
    "code",
    [
        'raw.loc[:, "buyer-email"].to_csv("a.csv")  # expect: AMZ003\n',
        'print(raw.at[0, "buyer-email"])  # expect: AMZ005\n',
        'BASE.append("buyer-name")\nraw.loc[:, BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'raw.loc[raw["sku"] == "x"].to_csv("a.csv")  # expect: AMZ003\n',
        'raw.loc[:, sys.argv[1:]].to_csv("a.csv")  # expect: AMZ003\n',
        'raw.iloc[:, 0:3].to_csv("a.csv")  # expect: AMZ003\n',
        'BASE.extend(["buyer-email"])\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'BASE.insert(0, "buyer-email")\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'COLS = [*BASE, "buyer-email"]\nraw[COLS].to_csv("a.csv")  # expect: AMZ003\n',
        'COLS = list(BASE) + ["buyer-email"]\nraw[COLS].to_csv("a.csv")  # expect: AMZ003\n',
        'def add():\n    BASE.append("buyer-email")\nadd()\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        # names not known statically joined in (second review of 1db3193)
        'cols = ["order-id"]\nfor c in raw.columns:\n    if c.startswith("buyer"):\n        cols.append(c)\nraw[cols].to_csv("a.csv")  # expect: AMZ003\n',
        'BASE.extend(sys.argv[2].split(","))\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'cols = ["order-id"]\ncols += [c for c in raw.columns if "email" in c]\nraw[cols].to_csv("a.csv")  # expect: AMZ003\n',
        'cols = ["order-id", sys.argv[1]]\nraw[cols].to_csv("a.csv")  # expect: AMZ003\n',
        'BASE[0] = "buyer-email"\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'def f(c):\n    c[0] = "buyer-email"\nf(BASE)\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        'COLS = [*BASE, "order-item-id", "purchase-date", "quantity-purchased", "currency", "item-price",'
        ' "item-tax", "shipping-price", "shipping-tax"]\nCOLS.append("buyer-email")\nraw[COLS].to_csv("a.csv")  # expect: AMZ003\n',
        'def f(cols):\n    raw[cols].to_csv("a.csv")  # expect: AMZ003\nf(["buyer-email"])\nf(BASE)\n',
    ],
)
def test_columns_selected_by_name_still_find_a_buyer_column(code: str):
    check(PRE + code)


def test_a_column_list_grown_in_another_module_selects_the_new_column():
    check_files(
        {
            "cols.py": 'BASE = ["order-id", "sku"]\n',
            "more.py": 'from cols import BASE\ndef grow():\n    BASE.append("buyer-email")\n',
            "m.py": PRE.replace('BASE = ["order-id", "sku"]\n', "from cols import BASE\nimport more\nmore.grow()\n")
            + 'raw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        }
    )


@pytest.mark.parametrize(
    "plugin",
    [
        "import cols\ndef setup():\n    cols.BASE.append('buyer-email')\nsetup()\n",
        "import cols\ncols.BASE.append('buyer-email')\n",
        "from cols import BASE\nBASE.append('buyer-email')\n",
        "import cols\ncols.BASE = cols.BASE + ['buyer-email']\n",
    ],
)
def test_a_column_list_grown_through_its_module_selects_the_new_column(plugin: str):
    check_files(
        {
            "cols.py": 'BASE = ["order-id", "sku"]\n',
            "plugin.py": plugin,
            "m.py": PRE.replace('BASE = ["order-id", "sku"]\n', "import plugin\nfrom cols import BASE\n")
            + 'raw[BASE].to_csv("a.csv")  # expect: AMZ003\n',
        }
    )


@pytest.mark.xfail(
    strict=True,
    reason="a list mutated through another name (`cols = BASE; cols.append(...)`) is not seen "
    "through the original name: values have no identity, so aliases of a mutable list are apart",
)
def test_a_column_list_grown_through_an_alias_selects_the_new_column():
    check(PRE + 'cols = BASE\ncols.append("buyer-email")\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n')



def test_returns_report_columns_are_public_and_a_buyer_comment_is_not():
    check(
        """
        import csv, io, logging
        from sp_api.api import Reports
        doc = Reports().get_report_document("d", download=True).payload["document"]
        for row in csv.DictReader(io.StringIO(doc), delimiter="\\t"):
            logging.info("%s %s %s %s", row["order-id"], row["Merchant SKU"], row["return-reason-code"], row["detailed-disposition"])
            logging.info("%s", row["customer-comments"])  # expect: AMZ005
        """
    )


# ---------------------------------------------------------------- functions run by libraries


def test_a_decorated_function_run_in_a_threadpool_runs_its_wrapper():
    """`run_in_threadpool(order_context, oid)` with order_context wrapped by a caching decorator:
    the wrapper runs with the function it captured (hunt5 t14)."""
    check(
        """
        import functools, logging, redis
        from concurrent.futures import ThreadPoolExecutor
        from fastapi.concurrency import run_in_threadpool
        from sp_api.api import Orders
        _redis = redis.Redis()
        def cached(prefix):
            def decorator(fn):
                @functools.wraps(fn)
                def wrapper(key):
                    value = fn(key)
                    _redis.set(f"{prefix}:{key}", value)  # expect: AMZ003
                    return value
                return wrapper
            return decorator
        @cached("buyer")
        def buyer_name(order_id):
            return Orders().get_order_buyer_info(order_id).payload["BuyerName"]
        async def view(order_id):
            name = await run_in_threadpool(buyer_name, order_id)
            with ThreadPoolExecutor() as pool:
                pool.submit(buyer_name, order_id)
            return {"ok": True}
        """
    )


def test_what_run_in_threadpool_gives_is_the_functions_result_not_its_arguments():
    check(
        """
        import logging
        from fastapi.concurrency import run_in_threadpool
        from sp_api.api import Orders
        def classify(question, info):
            return "damaged" if "broken" in question else "other"
        async def view(order_id, question):
            info = Orders().get_order_buyer_info(order_id).payload
            category = await run_in_threadpool(classify, question, info)
            logging.info("category %s", category)
            name = await run_in_threadpool(lambda: info["BuyerName"])
            logging.info("name %s", name)  # expect: AMZ005
        """
    )


def test_a_pipeline_folded_with_reduce_keeps_the_table():
    """reduce(lambda acc, step: step(acc), steps, df) over functions and partials is the table
    the steps return (catalog fold_calls; hunt5 t12)."""
    check(
        """
        import io
        from functools import partial, reduce
        import pandas as pd
        from sp_api.api import Reports
        def dedupe(df):
            return df.drop_duplicates(subset=["order-id"])
        def clean(df, cols):
            return df.fillna("")
        PIPELINE = [dedupe, partial(clean, cols=["a"])]
        def run_pipeline(df, steps=PIPELINE):
            return reduce(lambda acc, step: step(acc), steps, df)
        def main():
            doc = Reports().get_report_document("d", download=True).payload["document"]
            raw = pd.read_csv(io.StringIO(doc), sep="\\t")
            df = run_pipeline(raw)
            df[["order-id", "sku"]].to_csv("a.csv")
            df.to_csv("b.csv")  # expect: AMZ003
            total = reduce(lambda n, row: n + 1, raw.itertuples(), 0)
            print(total)
        """
    )


def test_mcf_fulfillment_order_status_is_public_and_its_destination_is_not():
    check(
        """
        import logging
        from sp_api.api import FulfillmentOutbound
        payload = FulfillmentOutbound().get_fulfillment_order("sfo-1").payload
        order = payload["fulfillmentOrder"]
        logging.info("%s is %s since %s", order["sellerFulfillmentOrderId"], order["fulfillmentOrderStatus"], order["statusUpdatedDate"])
        logging.info("ship to %s", order["destinationAddress"]["name"])  # expect: AMZ005
        """
    )


@pytest.mark.parametrize(
    ("key", "expect"),
    [
        ('pd.to_datetime(raw["purchase-date"]).dt.date', ""),
        ('raw["buyer-email"].str.lower()', "  # expect: AMZ003"),
    ],
)
def test_groupby_keys_mixing_a_series_and_a_column_name(key: str, expect: str):
    """A list of keys with a Series in it: the names select columns, the Series is a key itself
    (hunt6 u02: a daily rollup by date and state)."""
    check(
        PRE
        + f'daily = raw.groupby([{key}, "ship-state"]).agg(orders=("order-id", "nunique"), units=("quantity-purchased", "sum"))\n'
        + f'daily.reset_index().to_csv("daily.csv"){expect}\n'
    )


def test_items_of_a_parameter_or_a_module_table_give_the_tables_entries():
    """`for name, cls in (tools or TOOLS).items()`: the parameter's dict decides for its part,
    and the table the code built still gives its classes (hunt6 u16: a tool registry)."""
    check(
        """
        import logging
        from sp_api.api import Orders
        class AddrTool:
            name = "addr"
            def __init__(self, orders):
                self.orders = orders
            def __call__(self, oid):
                return self.orders.get_order_address(oid).payload
        class StatusTool(AddrTool):
            name = "status"
            def __call__(self, oid):
                return self.orders.get_order(oid).payload["OrderStatus"]
        TOOLS = {cls.name: cls for cls in (AddrTool, StatusTool)}
        class Agent:
            def __init__(self, orders, tools=None):
                self.toolbox = {name: cls(orders) for name, cls in (tools or TOOLS).items()}
            def run(self, oid):
                logging.info("%s", self.toolbox["status"](oid))
                logging.info("%s", self.toolbox["addr"](oid))  # expect: AMZ005
        def main():
            Agent(Orders()).run("1")
        """
    )


def test_a_subclass_class_attribute_overrides_its_bases():
    check(
        """
        import logging
        from sp_api.api import Orders
        class Export:
            FIELDS = ("BuyerEmail", "AmazonOrderId")
        class PublicExport(Export):
            FIELDS = ("AmazonOrderId", "OrderStatus")
        def run():
            info = Orders().get_order("1").payload
            for f in PublicExport.FIELDS:
                logging.info("%s", info[f])
            for f in Export.FIELDS:
                logging.info("%s", info[f])  # expect: AMZ005
        """
    )


def test_calling_objects_runs_call_per_receiver_class():
    """obj(x) with obj one of several callable classes sharing a template __call__: each class's
    own step runs, as obj.m(x) would (hunt6 u16)."""
    check(
        """
        import logging
        from sp_api.api import Orders
        class Step:
            def __call__(self, o):
                return self.pick(o)
            def pick(self, o):
                return o
        class OrderIdStep(Step):
            def pick(self, o):
                return o["AmazonOrderId"]
        STEPS = {"id": OrderIdStep(), "raw": Step()}
        def run():
            info = Orders().get_order_buyer_info("1").payload
            logging.info("%s", STEPS["id"](info))
            logging.info("%s", STEPS["raw"](info))  # expect: AMZ005
        """
    )


@pytest.mark.parametrize(
    "code",
    [
        'raw.drop(columns=["buyer-email", "buyer-name", "buyer-phone-number"]).to_csv("a.csv")\n',
        'raw.assign(state=raw["ship-state"].str.upper()).drop(columns=["buyer-email", "buyer-name"]).to_csv("a.csv")\n',
        'raw.assign(email=raw["buyer-email"].str.lower()).drop(columns=["buyer-email", "buyer-name"]).to_csv("a.csv")  # expect: AMZ003\n',
    ],
)
def test_dropping_personal_columns_keeps_a_column_added_by_name(code: str):
    """drop(columns=[...personal...]) clears the table but not a column the code added by name and
    kept (hunt6 u08: a normalised email assigned, then the raw column dropped)."""
    check(PRE + code)


@pytest.mark.parametrize(
    ("line", "expect"),
    [
        ('target = OUT / f"{oid}.pdf"\n    target.write_bytes(name)', "  # expect: AMZ003"),
        ('OUT.joinpath("a.txt").resolve().write_bytes(name)', "  # expect: AMZ003"),
        ('Path.home().joinpath("a.txt").write_text(name.decode())', "  # expect: AMZ003"),
        ('(OUT / "ids.txt").write_text(oid)', ""),
    ],
)
def test_paths_built_from_a_path_are_paths(line: str, expect: str):
    """Path(...).expanduser() / "x", .joinpath(), .resolve(), Path.home(): still a pathlib.Path,
    so write_bytes() on it stores (catalog returns; hunt6 u11: a local copy of an invoice)."""
    check(
        "import os\nfrom pathlib import Path\nfrom sp_api.api import Orders\n"
        'OUT = Path(os.environ.get("OUT", "~/out")).expanduser()\n'
        "def keep(oid):\n"
        '    name = Orders().get_order_address(oid).payload["ShippingAddress"]["Name"].encode()\n'
        f"    {line}{expect}\n"
    )


@pytest.mark.parametrize("decorator", ['@disk_cached(Path("/tmp"))', "@cached"])
def test_a_method_decorated_by_a_project_wrapper_runs_the_wrapper(decorator: str):
    """`cached = disk_cached(dir)` then `@cached` on methods: calling the method runs the wrapper
    with the method it wraps (hunt6 u15: a pickle cache of the address was missed)."""
    check(
        """
        import functools, pickle
        from pathlib import Path
        from sp_api.api import Orders
        def disk_cached(cache_dir):
            def deco(fn):
                @functools.wraps(fn)
                def wrapper(self, *args):
                    value = fn(self, *args)
                    with open("x.pkl", "wb") as fh:
                        pickle.dump(value, fh)  # expect: AMZ003
                    return value
                return wrapper
            return deco
        cached = disk_cached(Path("/tmp"))
        class Svc:
            def __init__(self):
                self._orders = Orders()
            DECORATOR
            def address(self, oid):
                return self._orders.get_order_address(oid).payload
        def main():
            Svc().address("1")
        """.replace("DECORATOR", decorator)
    )


@pytest.mark.parametrize(
    "code",
    [
        'EXTRA = []\ncols = ["order-id"]\ncols.extend(EXTRA)\nraw[cols].to_csv("a.csv")\n',
        'cols = ["order-id"]\ncols += []\nraw[cols].to_csv("a.csv")\n',
        'AGGS = {"sku": "count", "quantity-purchased": "sum"}\ncols = ["order-id"]\nfor c in AGGS:\n    cols.append(c)\nraw[cols].to_csv("a.csv")\n',
        'from enum import Enum\nclass C(str, Enum):\n    OID = "order-id"\n    SKU = "sku"\ncols = ["purchase-date", C.OID.value, C.SKU.value]\nraw[cols].to_csv("a.csv")\n',
    ],
)
def test_column_lists_grown_by_known_names_stay_known(code: str):
    """Third review: extending by an empty list, iterating a constant dict's keys and an Enum
    member's value add known names or none."""
    check(PRE + code)


def test_a_dict_with_a_key_not_known_is_not_taken_as_its_named_keys():
    check(
        """
        import logging, sys
        from sp_api.api import Orders
        def run():
            email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
            d = {"BuyerEmail": email, "OrderStatus": "ok"}
            d[sys.argv[1]] = email
            for k, v in d.items():
                if k != "BuyerEmail":
                    logging.info("%s", v)  # expect: AMZ005
        """
    )


def test_a_class_attribute_set_under_an_if_does_not_hide_the_bases():
    check(
        """
        import logging, os
        from sp_api.api import Orders
        class Export:
            FIELDS = ("BuyerEmail",)
        class Child(Export):
            if os.environ.get("PUBLIC"):
                FIELDS = ("AmazonOrderId",)
        def run():
            info = Orders().get_order_buyer_info("1").payload
            for f in Child.FIELDS:
                logging.info("%s", info[f])  # expect: AMZ005
        """
    )


def test_decorated_methods_store_into_self_and_classmethods_keep_their_arguments():
    check(
        """
        import functools, logging
        from sp_api.api import Orders
        def logged(fn):
            @functools.wraps(fn)
            def wrapper(self, *args):
                return fn(self, *args)
            return wrapper
        class Svc:
            def __init__(self):
                self.o = Orders()
                self.last = None
            @logged
            def fetch(self, oid):
                self.last = self.o.get_order_buyer_info(oid).payload["BuyerEmail"]
                return "ok"
            @classmethod
            @logged
            def pick(cls, a, b):
                return b
        def run():
            s = Svc()
            logging.info("%s", s.fetch("1"))
            logging.info("%s", s.last)  # expect: AMZ005
            email = s.o.get_order_buyer_info("1").payload["BuyerEmail"]
            logging.info("%s", Svc.pick(email, "x"))
            logging.info("%s", Svc.pick("x", email))  # expect: AMZ005
        """
    )


def test_partial_arguments_slices_and_counting_reduce():
    check(
        """
        import functools, logging
        from sp_api.api import Orders
        def send(to, body=""):
            return None
        def run():
            info = Orders().get_order_buyer_info("1").payload
            email = info["BuyerEmail"]
            p = functools.partial(send, email)
            logging.info("%s", p.args)  # expect: AMZ005
            f = {k[:5]: info[k] for k in ("OrderStatus", "BuyerEmail")}
            logging.info("%s", f["Buyer"])  # expect: AMZ005
            n = functools.reduce(lambda acc, o: acc + 1, [info, info], 0)
            first = functools.reduce(lambda a, b: a, [email, email])
            logging.info("%s %s", n, first)  # expect: AMZ005
        """
    )


def test_copies_are_reported_as_the_function_they_copy():
    """A helper analysed once per callback its callers pass (run@1, run@2) is named in findings,
    traces and fingerprints as itself: copy numbers follow the order the analysis makes them,
    which an unrelated edit can change, and a baseline must not see that."""
    findings = check(
        """
        import logging
        from sp_api.api import Orders
        def run(fn, v):
            logging.info("%s", fn(v))  # expect: AMZ005
        def email(o):
            return o["BuyerEmail"]
        def order_id(o):
            return o["AmazonOrderId"]
        def main():
            info = Orders().get_order_buyer_info("1").payload
            run(order_id, info)
            run(email, info)
        """
    )
    (finding,) = findings
    assert finding.function.endswith(".run")
    steps = [s.message for flow in finding.flows for s in flow.steps]
    assert steps and not any("@" in m for m in steps)


@pytest.mark.parametrize("make", ["{}", "OrderedDict()", "defaultdict(list)"])
@pytest.mark.parametrize("key", ['info["AmazonOrderId"]', '"pending"'])
def test_rows_grouped_into_an_attribute_through_setdefault_reach_other_methods(make: str, key: str) -> None:
    """`self.groups.setdefault(k, []).append(row)` in a method stores the caller's row under the
    attribute, as `self.groups[k] = [row]` does: the receiver of append is what setdefault read
    from the heap, with no parameter label to record the store by, so it is recorded from `self`."""
    check(f"""
import logging
from collections import OrderedDict, defaultdict
from sp_api.api import Orders

class Book:
    def __init__(self):
        self.groups = {make}

    def add(self, info):
        self.groups.setdefault({key}, []).append(info)

    def dump(self):
        for oid, rows in self.groups.items():
            for r in rows:
                logging.info("%s", r["OrderStatus"])
                logging.info("%s", r["BuyerInfo"])  # expect: AMZ005

def main():
    b = Book()
    b.add(Orders().get_order("1").payload)
    b.dump()
""")


@pytest.mark.parametrize("extra", ["strategies + [Shippo()]", "[Shippo()] + strategies", "list(strategies) + list(more)"])
def test_a_list_of_objects_concatenated_keeps_the_objects(extra: str) -> None:
    """`strategies + [ShippoStrategy()]` is a list of both lists' objects, whose methods a router
    then calls (hunt33 i06); read as text built from them, it held no objects and the call of
    `s.purchase(order)` reached no method."""
    check(f"""
import logging, os
from sp_api.api import Orders

class Local:
    def purchase(self, order):
        logging.info("%s", order["BuyerInfo"])  # expect: AMZ005

class Shippo:
    def purchase(self, order):
        return order["AmazonOrderId"]

class Router:
    def __init__(self, strategies):
        self.strategies = list(strategies)

    def route(self, order):
        s = next((s for s in self.strategies if s.supports(order)), None)
        s.purchase(order)

def build():
    strategies = [Local()]
    more = (Shippo(),)
    return Router({extra})

def main():
    build().route(Orders().get_order("1").payload)
""")


def test_text_and_format_operators_stay_text() -> None:
    """`+` of text and `%` of a tuple are text, not a list of their parts."""
    check('''
import logging
from sp_api.api import Orders
info = Orders().get_order_buyer_info("1").payload
def line(fmt, oid):
    return fmt % (oid, info["BuyerEmail"])
logging.info(line("%s %s", info["AmazonOrderId"]))  # expect: AMZ005
logging.info("order " + info["AmazonOrderId"])
logging.info("mail " + info["BuyerEmail"])  # expect: AMZ005
''')
