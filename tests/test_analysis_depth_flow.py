"""Analysis depth (issue 2): decorators (functools.wraps, Flask, Celery), closures and nested
functions, async/await, generators. Exact (rule, line) sets from `# expect:` markers."""

from __future__ import annotations

from auditor.testing import audit, check, check_files, rule_lines

# ---------------------------------------------------------------- functools.wraps wrappers


def test_wraps_wrapper_logging_args_positive():
    check("""
        import functools
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def audited(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                log.info("calling %s with %s %s", fn.__name__, args, kwargs)  # expect: AMZ005
                return fn(*args, **kwargs)
            return wrapper


        @audited
        def ship(order_id, email):
            return order_id


        info = Orders().get_order_buyer_info("1").payload
        ship(info["AmazonOrderId"], info["BuyerEmail"])
    """)


def test_wraps_wrapper_logging_args_negative():
    check("""
        import functools
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def audited(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                log.info("calling %s with %s %s", fn.__name__, args, kwargs)
                return fn(*args, **kwargs)
            return wrapper


        @audited
        def ship(order_id, status):
            return order_id


        info = Orders().get_order_buyer_info("1").payload
        ship(info["AmazonOrderId"], info["OrderStatus"])
    """)


def test_wraps_wrapper_logging_only_name_negative():
    check("""
        import functools
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def timed(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                log.info("calling %s", fn.__name__)
                return fn(*args, **kwargs)
            return wrapper


        @timed
        def ship(order_id, email):
            return order_id


        info = Orders().get_order_buyer_info("1").payload
        ship(info["AmazonOrderId"], info["BuyerEmail"])
    """)


def test_decorated_function_body_still_analysed_positive():
    check("""
        import functools
        import requests
        from sp_api.api import Orders


        def timed(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper


        @timed
        def push(email):
            requests.post("https://hooks.crm.example.com/buyers", json={"email": email})  # expect: AMZ004


        @timed
        def push_id(order_id):
            requests.post("https://hooks.crm.example.com/orders", json={"id": order_id})


        info = Orders().get_order_buyer_info("1").payload
        push(info["BuyerEmail"])
        push_id(info["AmazonOrderId"])
    """)


def test_decorated_function_return_value_through_wrapper_positive():
    check("""
        import functools
        from sp_api.api import Orders


        def retry(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper


        @retry
        def fetch_buyer(order_id):
            return Orders().get_order_buyer_info(order_id).payload


        print(fetch_buyer("1")["BuyerEmail"])  # expect: AMZ005
        print(fetch_buyer("1")["AmazonOrderId"])
    """)


# ---------------------------------------------------------------- Flask routes


def test_flask_route_positive():
    check("""
        from flask import Flask, jsonify
        from sp_api.api import Orders

        app = Flask(__name__)


        @app.route("/orders/<order_id>")
        def show(order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            app.logger.info("viewing buyer %s", info["BuyerEmail"])  # expect: AMZ005
            return jsonify({"id": info["AmazonOrderId"]})
    """)


def test_flask_route_negative():
    check("""
        from flask import Flask, jsonify
        from sp_api.api import Orders

        app = Flask(__name__)


        @app.route("/orders/<order_id>", methods=["GET"])
        def show(order_id):
            order = Orders().get_order(order_id).payload
            app.logger.info("viewing order %s (%s)", order_id, order["OrderStatus"])
            return jsonify({"status": order["OrderStatus"]})
    """)


def test_flask_route_request_data_is_not_amazon_data():
    check("""
        import mailchimp_marketing
        from flask import Flask, request

        app = Flask(__name__)
        mc = mailchimp_marketing.Client()


        @app.post("/newsletter")
        def signup():
            mc.lists.add_list_member("l1", {"email_address": request.form["email"]})
            return "ok"
    """)


def test_flask_route_calls_helper_module_positive():
    check_files(
        {
            "app/__init__.py": "",
            "app/amazon.py": """
            from sp_api.api import Orders


            def address_of(order_id):
                return Orders().get_order_address(order_id).payload["ShippingAddress"]
        """,
            "app/web.py": """
            import requests
            from flask import Flask

            from app.amazon import address_of

            app = Flask(__name__)


            @app.get("/export/<order_id>")
            def export(order_id):
                addr = address_of(order_id)
                requests.post("https://erp.example.net/api/addresses", json=addr)  # expect: AMZ004
                return "ok"
        """,
        }
    )


# ---------------------------------------------------------------- Celery tasks


def test_celery_task_delay_positive():
    check("""
        import requests
        from celery import Celery
        from sp_api.api import Orders

        app = Celery("shop")


        @app.task
        def push_buyer(email):
            requests.post("https://hooks.crm.example.com/buyers", json={"email": email})  # expect: AMZ004


        def on_order(order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            push_buyer.delay(info["BuyerEmail"])
    """)


def test_celery_task_delay_negative():
    check("""
        import requests
        from celery import Celery
        from sp_api.api import Orders

        app = Celery("shop")


        @app.task
        def push_buyer(email):
            requests.post("https://hooks.crm.example.com/buyers", json={"email": email})


        def on_order(order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            push_buyer.delay(info["AmazonOrderId"])
    """)


def test_shared_task_bind_delay_across_modules_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/tasks.py": """
            import logging

            from celery import shared_task

            log = logging.getLogger(__name__)


            @shared_task(bind=True, max_retries=3)
            def sync_customer(self, order_id, customer):
                log.info("syncing %s for %s", order_id, customer)  # expect: AMZ005
        """,
            "shop/views.py": """
            from sp_api.api import Orders

            from shop.tasks import sync_customer


            def on_order(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                sync_customer.delay(order_id, info)
        """,
        }
    )


def test_shared_task_bind_delay_across_modules_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/tasks.py": """
            import logging

            from celery import shared_task

            log = logging.getLogger(__name__)


            @shared_task(bind=True)
            def sync_customer(self, order_id, customer):
                log.info("syncing %s", order_id)
        """,
            "shop/views.py": """
            from sp_api.api import Orders

            from shop.tasks import sync_customer


            def on_order(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                sync_customer.delay(info["AmazonOrderId"], info)
        """,
        }
    )


def test_celery_task_delay_keyword_positive():
    check("""
        import logging
        from celery import Celery
        from sp_api.api import Orders

        app = Celery("shop")
        log = logging.getLogger(__name__)


        @app.task
        def note(order_id, buyer=None):
            log.info("order %s", order_id)
            log.info("buyer %s", buyer)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        note.delay(info["AmazonOrderId"], buyer=info["BuyerName"])
    """)


# ---------------------------------------------------------------- closures and nested functions


def test_closure_reads_enclosing_variable_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def sync(order_id):
            info = Orders().get_order_buyer_info(order_id).payload

            def emit():
                log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005

            emit()
    """)


def test_closure_reads_enclosing_variable_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def sync(order_id):
            info = Orders().get_order_buyer_info(order_id).payload

            def emit():
                log.info("order %s", info["AmazonOrderId"])

            emit()
    """)


def test_nested_function_parameter_positive():
    check("""
        from sp_api.api import Orders


        def sync(order_id):
            def show(value):
                print(value)  # expect: AMZ005

            info = Orders().get_order_buyer_info(order_id).payload
            show(info["BuyerName"])
    """)


def test_nested_function_parameter_negative():
    check("""
        from sp_api.api import Orders


        def sync(order_id):
            def show(value):
                print(value)

            info = Orders().get_order_buyer_info(order_id).payload
            show(info["PurchaseDate"])
    """)


def test_returned_closure_called_later_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def make_reporter(prefix):
            def report(value):
                log.info("%s %s", prefix, value)  # expect: AMZ005
            return report


        info = Orders().get_order_buyer_info("1").payload
        reporter = make_reporter("buyer:")
        reporter(info["BuyerEmail"])
    """)


def test_returned_closure_captures_personal_positive():
    check("""
        from sp_api.api import Orders


        def make_greeter(name):
            def greet():
                print("Hello " + name)  # expect: AMZ005
            return greet


        info = Orders().get_order_buyer_info("1").payload
        make_greeter(info["BuyerName"])()
    """)


def test_returned_closure_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def make_reporter(prefix):
            def report(value):
                log.info("%s done", prefix)
            return report


        info = Orders().get_order_buyer_info("1").payload
        make_reporter("buyer:")(info["BuyerEmail"])
    """)


# ---------------------------------------------------------------- async / await


def test_async_await_positive():
    check("""
        import httpx
        from sp_api.api import Orders


        async def fetch(order_id):
            return Orders().get_order_buyer_info(order_id).payload


        async def push(order_id):
            info = await fetch(order_id)
            async with httpx.AsyncClient() as client:
                await client.post("https://hooks.crm.example.com/buyers", json=info)  # expect: AMZ004
    """)


def test_async_await_negative():
    check("""
        import httpx
        from sp_api.api import Orders


        async def fetch(order_id):
            return Orders().get_order_buyer_info(order_id).payload


        async def push(order_id):
            info = await fetch(order_id)
            async with httpx.AsyncClient() as client:
                await client.post("https://hooks.crm.example.com/orders", json={"id": info["AmazonOrderId"]})
                await client.post("https://sellingpartnerapi-na.amazon.com/x", json=info)
    """)


def test_async_sink_in_awaited_helper_positive():
    check("""
        import aiohttp
        from sp_api.api import Orders


        async def send(payload):
            async with aiohttp.ClientSession() as session:
                await session.post("https://api.partner.example/ingest", json=payload)  # expect: AMZ004


        async def main():
            order = Orders().get_order("1").payload
            await send(order["ShippingAddress"])
            await send({"status": order["OrderStatus"]})
    """)


def test_async_gather_positive():
    check("""
        import asyncio
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        async def fetch(order_id):
            return Orders().get_order_buyer_info(order_id).payload


        async def main(ids):
            results = await asyncio.gather(*(fetch(i) for i in ids))
            for info in results:
                log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
                log.info("order %s", info["AmazonOrderId"])
    """)


# ---------------------------------------------------------------- generators


def test_generator_yield_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def buyer_emails(orders):
            for o in orders:
                yield o["BuyerInfo"]["BuyerEmail"]


        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        for email in buyer_emails(orders):
            log.info("buyer %s", email)  # expect: AMZ005
    """)


def test_generator_yield_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def order_ids(orders):
            for o in orders:
                yield o["AmazonOrderId"]


        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        for oid in order_ids(orders):
            log.info("order %s", oid)
    """)


def test_generator_producing_source_positive():
    check("""
        from sp_api.api import Orders


        def all_orders():
            token = None
            while True:
                res = Orders().get_orders(CreatedAfter="2024-01-01", NextToken=token)
                yield from res.payload["Orders"]
                token = res.next_token
                if not token:
                    break


        for order in all_orders():
            print(order)  # expect: AMZ005
            print(order["OrderStatus"])
    """)


def test_generator_consumed_by_list_positive():
    check("""
        from sp_api.api import Orders


        def names(orders):
            for o in orders:
                yield o["ShippingAddress"]["Name"]


        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        print(list(names(orders)))  # expect: AMZ005
        print(next(names(orders)))  # expect: AMZ005
    """)


def test_async_generator_positive():
    check("""
        from sp_api.api import Orders


        async def stream(ids):
            for i in ids:
                yield Orders().get_order_buyer_info(i).payload


        async def main(ids):
            async for info in stream(ids):
                print(info["BuyerEmail"])  # expect: AMZ005
                print(info["AmazonOrderId"])
    """)


# ---------------------------------------------------------------- more shapes of the same items


def test_decorator_with_arguments_logging_kwargs_positive():
    check("""
        import functools
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def retry(times):
            def deco(fn):
                @functools.wraps(fn)
                def wrapper(*args, **kwargs):
                    for _ in range(times):
                        try:
                            return fn(*args, **kwargs)
                        except Exception:
                            log.exception("failed with %r", kwargs)  # expect: AMZ005
                return wrapper
            return deco


        @retry(3)
        def push(order_id, email=None):
            return order_id


        info = Orders().get_order_buyer_info("1").payload
        push(info["AmazonOrderId"], email=info["BuyerEmail"])
    """)


def test_class_based_view_method_positive():
    check("""
        from flask import Flask
        from flask.views import MethodView
        from sp_api.api import Orders

        app = Flask(__name__)


        class OrderView(MethodView):
            def get(self, order_id):
                order = Orders().get_order(order_id).payload
                app.logger.info("status %s", order["OrderStatus"])
                app.logger.info("order %s", order)  # expect: AMZ005
                return "ok"


        app.add_url_rule("/orders/<order_id>", view_func=OrderView.as_view("order"))
    """)


def test_celery_apply_async_positive():
    check("""
        import logging
        from celery import Celery
        from sp_api.api import Orders

        app = Celery("shop")
        log = logging.getLogger(__name__)


        @app.task
        def note(order_id, buyer):
            log.info("order %s", order_id)
            log.info("buyer %s", buyer)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        note.apply_async(args=(info["AmazonOrderId"], info["BuyerName"]), countdown=10)
    """)


def test_async_to_thread_and_create_task_positive():
    check("""
        import asyncio
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def write_log(value):
            log.info("value %s", value)  # expect: AMZ005


        async def record(value):
            print(value)  # expect: AMZ005


        async def main():
            info = Orders().get_order_buyer_info("1").payload
            await asyncio.to_thread(write_log, info["BuyerEmail"])
            await asyncio.create_task(record(info["BuyerName"]))
    """)


def test_lambda_closure_captures_personal():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        show_email = lambda: print(info["BuyerEmail"])  # noqa: E731  # expect: AMZ005
        show_id = lambda: print(info["AmazonOrderId"])  # noqa: E731
        show_email()
        show_id()
    """)


def test_generator_send_and_pipeline():
    check("""
        from sp_api.api import Orders


        def rows(orders):
            for o in orders:
                yield {"id": o["AmazonOrderId"], "name": o["ShippingAddress"]["Name"]}


        def ids(rs):
            for r in rs:
                yield r["id"]


        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        for r in rows(orders):
            print(r["name"])  # expect: AMZ005
        for i in ids(rows(orders)):
            print(i)
    """)


# ---------------------------------------------------------------- helpers that call the function they are given


def test_a_runner_keeps_each_callers_function_with_its_arguments():
    # run() is shared: the email must reach only the function its caller passed with it
    check("""
        import logging
        import requests
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def run(fn, *args, **kwargs):
            return fn(*args, **kwargs)


        def note(value):
            log.info("value %s", value)  # expect: AMZ005


        def weigh(value):
            return len(value)


        def subscribe(address):
            requests.post("https://api.mailchimp.com/3.0/lists/1/members", json={"email": address})


        def main():
            info = Orders().get_order_buyer_info("1").payload
            run(note, info["BuyerEmail"])
            run(weigh, value=info["BuyerEmail"])
            run(subscribe, "newsletter@shop.example")
    """)


def test_a_runner_returns_what_each_callers_function_returns():
    check("""
        from sp_api.api import Orders


        def call(fn, order):
            return fn(order)


        def email_of(order):
            return order["BuyerInfo"]["BuyerEmail"]


        def status_of(order):
            return order["OrderStatus"]


        def main():
            for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                print(call(status_of, order))
                print(call(email_of, order))  # expect: AMZ005
    """)


def test_a_helper_running_bound_methods_in_a_thread_keeps_each_text_apart():
    # the shape of an async messenger: each send runs in a worker thread through one helper
    check("""
        import asyncio
        from sp_api.api import Messaging

        PROMO = "Use code SAVE15 for 15% off your next order at www.shop.example"
        PLAIN = "Your order is on its way."


        class Messenger:
            def __init__(self):
                self.api = Messaging()

            async def _in_thread(self, fn, *args):
                return await asyncio.to_thread(fn, *args)

            def _send_delivery(self, order_id, text):
                return self.api.create_confirm_delivery_details(order_id, body={"text": text})

            def _send_confirm(self, order_id, text):
                return self.api.create_confirm_order_details(order_id, body={"text": text})  # expect: AMZ006

            async def delivery(self, order_id):
                return await self._in_thread(self._send_delivery, order_id, PLAIN)

            async def confirm(self, order_id):
                return await self._in_thread(self._send_confirm, order_id, PROMO)
    """)


def test_a_retry_helper_reports_each_callers_sink():
    check("""
        import time
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def with_retry(fn, *args, attempts=3):
            for i in range(attempts):
                try:
                    return fn(*args)
                except ConnectionError:
                    time.sleep(2 ** i)
            raise RuntimeError("gave up")


        def save_status(conn, value):
            conn.execute("INSERT INTO s VALUES (?)", (value,))  # expect: AMZ003


        def save_buyer(conn, order_id):
            conn.execute("INSERT INTO b VALUES (?)", (order_id,))


        def sync(conn):
            for order in Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]:
                with_retry(save_status, conn, order["BuyerInfo"]["BuyerEmail"])
                with_retry(save_buyer, conn, order["AmazonOrderId"])
    """)


def test_a_runner_given_more_functions_than_it_has_copies_still_reports_every_flow():
    # past MAX_SPECIALISATIONS copies the callers share the runner again: joined, never dropped
    from auditor.propagate import MAX_SPECIALISATIONS

    n = MAX_SPECIALISATIONS + 6
    helpers = "\n".join(f"def h{i}(v):\n    return len(v)\n" for i in range(n))
    calls = "\n".join(f"    run(h{i}, info['BuyerName'])" for i in range(n))
    source = (
        "from sp_api.api import Orders\n\n"
        "def run(fn, *args):\n    return fn(*args)\n\n"
        f"{helpers}\n"
        "def shout(v):\n    print(v)\n\n"
        f"def main():\n    info = Orders().get_order_buyer_info('1').payload\n{calls}\n"
        "    run(shout, info['BuyerEmail'])\n"
    )
    findings = audit(source)
    line = source.splitlines().index("    print(v)") + 1
    assert rule_lines(findings) == {("AMZ005", line)}


# ---------------------------------------------------------------- shared library objects (catalog: shared_objects)

FLASK_APP = {
    "shop/__init__.py": """
        import logging
        import requests
        from flask import Flask
        from sp_api.api import Orders


        class Notifier:
            def tell(self, text):
                requests.post("https://hooks.slack.com/services/T0/B0/x", json={"text": text})  # expect: AMZ004


        class Counter:
            def tell(self, text):
                return len(text)


        class Buyers:
            def __init__(self, orders):
                self.orders = orders

            def contact(self, order_id):
                return self.orders.get_order_buyer_info(order_id).payload


        def create_app():
            app = Flask(__name__)
            app.extensions["buyers"] = Buyers(Orders())
            app.extensions["notifier"] = Notifier()
            app.extensions["counter"] = Counter()
            from shop.routes import bp
            app.register_blueprint(bp)
            return app
    """,
    "shop/routes.py": """
        from flask import Blueprint, current_app

        bp = Blueprint("shop", __name__)


        @bp.post("/orders/<order_id>/notify")
        def notify(order_id):
            info = current_app.extensions["buyers"].contact(order_id)
            current_app.extensions["counter"].tell(info["BuyerEmail"])
            current_app.extensions["notifier"].tell(order_id)
            current_app.extensions["notifier"].tell(info["BuyerName"])
            current_app.logger.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
            return "ok"
    """,
}


def test_objects_kept_in_flask_app_extensions_are_read_back_through_current_app():
    # each key keeps its own object: the counter given the email is harmless, the notifier is not
    check_files(FLASK_APP)


def test_flask_g_keeps_what_a_request_hook_stores():
    check_files({
        "app.py": """
            import logging
            from flask import Flask, g
            from sp_api.api import Orders

            app = Flask(__name__)
            log = logging.getLogger(__name__)


            @app.before_request
            def load_buyer():
                info = Orders().get_order_buyer_info("1").payload
                g.buyer_email = info["BuyerEmail"]
                g.order_id = info["AmazonOrderId"]


            @app.get("/done")
            def done():
                log.info("order %s done", g.order_id)
                log.info("buyer %s done", g.buyer_email)  # expect: AMZ005
                log.info("order %s", g.get("order_id"))
                log.info("buyer %s", g.get("buyer_email", ""))  # expect: AMZ005
                log.info("buyer %s", g.pop("buyer_email", None))  # expect: AMZ005
                return "ok"
        """,
    })


def test_fastapi_app_state_is_read_back_through_the_request():
    check_files({
        "api/main.py": """
            import httpx
            from fastapi import FastAPI, Request
            from sp_api.api import Orders


            class Crm:
                def push(self, record):
                    httpx.post("https://api.hubspot.com/crm/v3/objects/contacts", json=record)  # expect: AMZ004


            class Audit:
                def push(self, record):
                    return sorted(record)


            app = FastAPI()
            app.state.crm = Crm()
            app.state.audit = Audit()


            @app.post("/orders/{order_id}/sync")
            def sync(order_id: str, request: Request):
                info = Orders().get_order_buyer_info(order_id).payload
                request.app.state.audit.push({"email": info["BuyerEmail"]})
                request.app.state.crm.push({"order": order_id})
                request.app.state.crm.push({"email": info["BuyerEmail"]})
                return {"ok": True}
        """,
    })


def test_a_runner_passes_on_star_args_whose_later_positions_have_no_type():
    # args[0] is an object (its type is kept as a part of *args); args[1] is plain data, which
    # must still reach the second parameter of the function run
    check("""
        import requests
        from sp_api.api import Orders


        class Session:
            def post(self, url, rows):
                return requests.post(url, json=rows)  # expect: AMZ004


        def run_with_retry(fn, *args, attempts=3, **kwargs):
            for _ in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except ConnectionError:
                    continue


        def upload(session, rows):
            return session.post("https://api.audience.example/upload", rows)


        def main():
            rows = [o["BuyerInfo"]["BuyerEmail"] for o in Orders().get_orders(CreatedAfter="x").payload["Orders"]]
            run_with_retry(upload, Session(), rows)
    """)


# ---------------------------------------------------------------- tables looked up by a parameter


def test_a_template_table_looked_up_by_the_callers_key_keeps_each_template_apart():
    # render() is shared; only the caller asking for the "promo" template sends a coupon
    check("""
        from sp_api.api import Messaging

        TEMPLATES = {
            "plain": "Hello {name}, your order {order_id} has shipped.",
            "promo": "Hello {name}, take 15% off your next order at www.shop.example with code SAVE15.",
        }


        def render(kind, **fields):
            return TEMPLATES[kind].format(**fields)


        def shipped(order_id):
            text = render("plain", name="there", order_id=order_id)
            Messaging().create_confirm_order_details(order_id, body={"text": text})


        def delivered(order_id):
            text = render("promo", name="there")
            Messaging().create_confirm_delivery_details(order_id, body={"text": text})  # expect: AMZ006
    """)


def test_a_handler_registry_looked_up_by_the_callers_key_runs_only_that_handler():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def note(value):
            log.info("note %s", value)  # expect: AMZ005


        def measure(value):
            return len(value)


        HANDLERS = {"note": note, "measure": measure}


        def dispatch(kind, value):
            return HANDLERS[kind](value)


        def main():
            info = Orders().get_order_buyer_info("1").payload
            dispatch("measure", info["BuyerEmail"])
            dispatch("note", info["AmazonOrderId"])
            dispatch("note", info["BuyerName"])
    """)


def test_a_runner_imported_under_another_name_still_keeps_callers_apart():
    # the alias hides run() from the name-based order, so main() is analysed first: what it
    # passed before run() was seen calling its parameters must not stay in the shared analysis
    check_files({
        "pkg/util.py": """
            def run(fn, sink):
                return sink(fn())
        """,
        "pkg/main.py": """
            import logging
            from sp_api.api import Orders
            from pkg.util import run as go

            log = logging.getLogger(__name__)
            INFO = Orders().get_order_buyer_info("1").payload


            def get_email():
                return INFO["BuyerEmail"]


            def get_status():
                return INFO["OrderStatus"]


            def count(v):
                return len(v)


            def log_it(v):
                log.info("v %s", v)


            def main():
                go(get_email, count)
                go(get_status, log_it)
        """,
    })



def test_a_template_table_keyed_by_enum_members_keeps_each_template_apart():
    check("""
        import enum
        from sp_api.api import Messaging


        class Kind(str, enum.Enum):
            PLAIN = "plain"
            PROMO = "promo"


        TEMPLATES = {
            Kind.PLAIN: "Your order has shipped.",
            Kind.PROMO: "Take 15% off your next order at www.shop.example with code SAVE15.",
        }


        def render(kind):
            return TEMPLATES[kind]


        def shipped(order_id):
            Messaging().create_confirm_order_details(order_id, body={"text": render(Kind.PLAIN)})


        def delivered(order_id):
            Messaging().create_confirm_delivery_details(order_id, body={"text": render(Kind.PROMO)})  # expect: AMZ006
    """)
