"""Analysis depth (issue 2): across functions and modules, return values, arguments, objects.

Every test states which rule fires on which line (`# expect: AMZ00n` markers) and compares the
exact set; negative cases keep a firing control line where that makes the clean line meaningful.
Themes continue in test_analysis_depth_data.py, test_analysis_depth_flow.py and
test_analysis_depth_findings.py.
"""

from __future__ import annotations

from auditor.testing import check, check_files

AMAZON = """
from sp_api.api import Orders


def buyer_info(order_id):
    return Orders().get_order_buyer_info(order_id).payload


def order_id_of(order_id):
    return Orders().get_order_buyer_info(order_id).payload["AmazonOrderId"]
"""


# ---------------------------------------------------------------- across modules: absolute imports


def test_absolute_import_from_module_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            import logging

            from shop.amazon import buyer_info

            log = logging.getLogger(__name__)


            def run(order_id):
                info = buyer_info(order_id)
                log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_absolute_import_from_module_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            import logging

            from shop.amazon import buyer_info, order_id_of

            log = logging.getLogger(__name__)


            def run(order_id):
                info = buyer_info(order_id)
                log.info("order %s", info["AmazonOrderId"])
                log.info("order %s", order_id_of(order_id))
        """,
        }
    )


def test_import_module_attribute_call_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            import shop.amazon


            def run(order_id):
                info = shop.amazon.buyer_info(order_id)
                print(info["BuyerName"])  # expect: AMZ005
        """,
        }
    )


def test_same_function_name_in_other_module_is_not_confused():
    # shop/fake.py has a buyer_info() that returns test data: importing it must stay clean.
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/fake.py": """
            def buyer_info(order_id):
                return {"BuyerEmail": "test-buyer@myshop.example", "AmazonOrderId": order_id}
        """,
            "shop/sync.py": """
            from shop.fake import buyer_info


            def run(order_id):
                info = buyer_info(order_id)
                print(info["BuyerEmail"])
        """,
        }
    )


# ---------------------------------------------------------------- relative imports


def test_relative_import_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            from .amazon import buyer_info


            def run(order_id):
                print(buyer_info(order_id)["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_relative_import_of_module_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            from . import amazon


            def run(order_id):
                info = amazon.buyer_info(order_id)
                print(info["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_relative_import_parent_package_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/jobs/__init__.py": "",
            "shop/jobs/nightly.py": """
            import requests

            from ..amazon import buyer_info


            def run(order_id):
                info = buyer_info(order_id)
                requests.post("https://hooks.crm.example.com/buyers", json=info)  # expect: AMZ004
        """,
        }
    )


def test_relative_import_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/jobs/__init__.py": "",
            "shop/jobs/nightly.py": """
            import requests

            from ..amazon import buyer_info, order_id_of


            def run(order_id):
                info = buyer_info(order_id)
                requests.post("https://hooks.crm.example.com/orders", json={"id": info["AmazonOrderId"]})
                requests.post("https://hooks.crm.example.com/orders", json={"id": order_id_of(order_id)})
        """,
        }
    )


# ---------------------------------------------------------------- aliases


def test_import_module_as_alias_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            import shop.amazon as amz


            def run(order_id):
                print(amz.buyer_info(order_id)["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_from_import_as_alias_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            from shop.amazon import buyer_info as fetch_buyer


            def run(order_id):
                info = fetch_buyer(order_id)
                print(info["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_from_import_as_alias_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/amazon.py": AMAZON,
            "shop/sync.py": """
            from shop.amazon import buyer_info as fetch_buyer
            from shop.amazon import order_id_of as ref


            def run(order_id):
                print(fetch_buyer(order_id)["OrderStatus"])
                print(ref(order_id))
        """,
        }
    )


def test_alias_of_sdk_class_positive():
    check("""
        from sp_api.api import Orders as AmazonOrders
        import logging as lg

        info = AmazonOrders().get_order_buyer_info("1").payload
        lg.getLogger("x").info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
        lg.getLogger("x").info("order %s", info["AmazonOrderId"])
    """)


# ---------------------------------------------------------------- packages


def test_package_reexport_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/clients/__init__.py": "from .amazon import buyer_info\n",
            "shop/clients/amazon.py": AMAZON,
            "shop/views.py": """
            from shop.clients import buyer_info


            def show(order_id):
                info = buyer_info(order_id)
                print(info)  # expect: AMZ005
        """,
        }
    )


def test_package_reexport_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/clients/__init__.py": "from .amazon import order_id_of\n",
            "shop/clients/amazon.py": AMAZON,
            "shop/views.py": """
            from shop.clients import order_id_of


            def show(order_id):
                print(order_id_of(order_id))
        """,
        }
    )


def test_sink_in_other_module_reached_through_helper_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/notify.py": """
            import logging

            log = logging.getLogger("shop")


            def note(text):
                log.warning("note: %s", text)  # expect: AMZ005
        """,
            "shop/sync.py": """
            from sp_api.api import Orders

            from shop.notify import note


            def run(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                note(info["BuyerEmail"])
        """,
        }
    )


def test_sink_in_other_module_reached_through_helper_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/notify.py": """
            import logging

            log = logging.getLogger("shop")


            def note(text):
                log.warning("note: %s", text)
        """,
            "shop/sync.py": """
            from sp_api.api import Orders

            from shop.notify import note


            def run(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                note(info["AmazonOrderId"])
                note("sync done")
        """,
        }
    )


# ---------------------------------------------------------------- return values


def test_return_value_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def buyer_email(order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            email = info["BuyerEmail"]
            return email


        def run():
            log.info("buyer %s", buyer_email("1"))  # expect: AMZ005
    """)


def test_return_value_negative_function_returns_public_field():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def status_of(order_id):
            order = Orders().get_order(order_id).payload
            return order["OrderStatus"]


        def run():
            log.info("status %s", status_of("1"))
    """)


def test_return_value_negative_tainted_argument_not_returned():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def label(info):
            return "order-label"


        def identity(x):
            return x


        info = Orders().get_order_buyer_info("1").payload
        log.info("label %s", label(info))
        log.info("buyer %s", identity(info["BuyerEmail"]))  # expect: AMZ005
    """)


def test_return_value_per_call_site():
    # One helper, two call sites: only the one given buyer data is reported.
    check("""
        from sp_api.api import Orders


        def shout(x):
            return x.upper()


        info = Orders().get_order_buyer_info("1").payload
        a = shout(info["BuyerName"])
        b = shout("thanks")
        print(a)  # expect: AMZ005
        print(b)
    """)


# ---------------------------------------------------------------- positional and keyword arguments


def test_positional_argument_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def record(order_id, who):
            log.info("order %s for %s", order_id, who)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        record(info["AmazonOrderId"], info["BuyerEmail"])
    """)


def test_positional_argument_negative_other_parameter_used():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def record(who, order_id):
            log.info("order %s", order_id)


        info = Orders().get_order_buyer_info("1").payload
        record(info["BuyerEmail"], info["AmazonOrderId"])
    """)


def test_keyword_argument_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def record(order_id, who=None):
            log.info("buyer %s", who)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        record(who=info["BuyerEmail"], order_id=info["AmazonOrderId"])
    """)


def test_keyword_argument_negative_matched_by_name_not_position():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def record(order_id, who=None):
            log.info("order %s", order_id)


        info = Orders().get_order_buyer_info("1").payload
        record(who=info["BuyerEmail"], order_id=info["AmazonOrderId"])
    """)


def test_default_argument_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def greet(order_id, who="customer"):
            log.info("hello %s (%s)", who, order_id)


        info = Orders().get_order_buyer_info("1").payload
        greet(info["AmazonOrderId"])
    """)


# ---------------------------------------------------------------- *args and **kwargs


def test_star_args_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def log_all(*parts):
            log.info(" ".join(str(p) for p in parts))  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        log_all("buyer", info["BuyerEmail"])
    """)


def test_star_args_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def log_all(*parts):
            log.info(" ".join(str(p) for p in parts))


        info = Orders().get_order_buyer_info("1").payload
        log_all("order", info["AmazonOrderId"], info["OrderStatus"])
    """)


def test_star_args_unpacked_at_call_site_positive():
    check("""
        from sp_api.api import Orders


        def show(name, email):
            print(email)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        show(*[info["BuyerName"], info["BuyerEmail"]])
    """)


def test_kwargs_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def event(name, **fields):
            log.info("%s %s", name, fields)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        event("synced", email=info["BuyerEmail"])
    """)


def test_kwargs_negative_other_key_read():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def event(name, **fields):
            log.info("%s %s", name, fields["order_id"])


        info = Orders().get_order_buyer_info("1").payload
        event("synced", order_id=info["AmazonOrderId"], email=info["BuyerEmail"])
    """)


def test_double_star_dict_at_call_site_positive():
    check("""
        from sp_api.api import Orders


        def show(order_id, email):
            print(email)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        show(**{"order_id": info["AmazonOrderId"], "email": info["BuyerEmail"]})
    """)


def test_double_star_dict_at_call_site_negative():
    check("""
        from sp_api.api import Orders


        def show(order_id, email):
            print(order_id)


        info = Orders().get_order_buyer_info("1").payload
        show(**{"order_id": info["AmazonOrderId"], "email": info["BuyerEmail"]})
    """)


# ---------------------------------------------------------------- self attributes across methods


def test_self_attribute_set_in_one_method_read_in_another_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class OrderSync:
            def load(self, order_id):
                self.info = Orders().get_order_buyer_info(order_id).payload

            def report(self):
                log.info("buyer %s", self.info["BuyerEmail"])  # expect: AMZ005
    """)


def test_self_attribute_negative_other_attribute():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class OrderSync:
            def load(self, order_id):
                order = Orders().get_order(order_id).payload
                self.status = order["OrderStatus"]
                self.buyer = order["BuyerInfo"]

            def report(self):
                log.info("status %s", self.status)

            def debug(self):
                log.debug("buyer %s", self.buyer)  # expect: AMZ005
    """)


def test_self_attribute_from_init_argument_positive():
    check("""
        import requests
        from sp_api.api import Orders


        class Exporter:
            def __init__(self, address):
                self.address = address
                self.url = "https://erp.example.net/api/addresses"

            def push(self):
                requests.post(self.url, json=self.address)  # expect: AMZ004


        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        Exporter(addr).push()
    """)


def test_self_attribute_per_instance_negative():
    check("""
        import requests
        from sp_api.api import Orders


        class Exporter:
            def __init__(self, payload):
                self.payload = payload

            def push(self):
                requests.post("https://erp.example.net/api/stock", json=self.payload)


        Exporter({"sku": "MUG-1", "qty": 3}).push()
    """)


# ---------------------------------------------------------------- constructors and dataclasses


def test_constructor_positive():
    check("""
        from sp_api.api import Orders


        class Customer:
            def __init__(self, email, status):
                self.email = email
                self.status = status


        info = Orders().get_order_buyer_info("1").payload
        c = Customer(info["BuyerEmail"], "new")
        print(c.email)  # expect: AMZ005
        print(c.status)
    """)


def test_constructor_negative():
    check("""
        from sp_api.api import Orders


        class Customer:
            def __init__(self, email, order_id):
                self.email = email
                self.order_id = order_id


        info = Orders().get_order_buyer_info("1").payload
        c = Customer(email=info["BuyerEmail"], order_id=info["AmazonOrderId"])
        print(c.order_id)
    """)


def test_dataclass_positive():
    check("""
        from dataclasses import dataclass

        from sp_api.api import Orders


        @dataclass
        class Buyer:
            order_id: str
            email: str


        info = Orders().get_order_buyer_info("1").payload
        b = Buyer(info["AmazonOrderId"], info["BuyerEmail"])
        print(b.email)  # expect: AMZ005
        print(b)  # expect: AMZ005
    """)


def test_dataclass_negative():
    check("""
        from dataclasses import dataclass

        from sp_api.api import Orders


        @dataclass
        class Buyer:
            order_id: str
            email: str


        info = Orders().get_order_buyer_info("1").payload
        b = Buyer(email=info["BuyerEmail"], order_id=info["AmazonOrderId"])
        print(b.order_id)
    """)


# ---------------------------------------------------------------- inheritance and overriding


def test_inherited_method_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def send(self, who):
                log.info("notify %s", who)  # expect: AMZ005


        class EmailNotifier(Notifier):
            pass


        info = Orders().get_order_buyer_info("1").payload
        EmailNotifier().send(info["BuyerEmail"])
    """)


def test_overridden_method_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def send(self, who):
                log.info("notify %s", who)


        class QuietNotifier(Notifier):
            def send(self, who):
                log.info("notified")


        info = Orders().get_order_buyer_info("1").payload
        QuietNotifier().send(info["BuyerEmail"])
    """)


def test_overriding_method_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def send(self, who):
                log.info("notified")


        class VerboseNotifier(Notifier):
            def send(self, who):
                log.info("notify %s", who)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        VerboseNotifier().send(info["BuyerEmail"])
    """)


def test_attribute_set_in_base_init_read_in_subclass_positive():
    check("""
        from sp_api.api import Orders


        class BaseJob:
            def __init__(self, order_id):
                self.info = Orders().get_order_buyer_info(order_id).payload
                self.order_id = order_id


        class ReportJob(BaseJob):
            def run(self):
                print(self.info["BuyerName"])  # expect: AMZ005
                print(self.order_id)
    """)


def test_super_call_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Base:
            def handle(self, payload):
                log.info("payload %s", payload)  # expect: AMZ005


        class Child(Base):
            def handle(self, payload):
                super().handle(payload)


        Child().handle(Orders().get_order("1").payload)
    """)


def test_inherited_method_across_modules_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/base.py": """
            import logging

            log = logging.getLogger(__name__)


            class Handler:
                def handle(self, data):
                    log.info("handling %s", data)  # expect: AMZ005
        """,
            "shop/orders.py": """
            from sp_api.api import Orders

            from shop.base import Handler


            class OrderHandler(Handler):
                pass


            def run():
                OrderHandler().handle(Orders().get_order("1").payload)
        """,
        }
    )


# ---------------------------------------------------------------- calls through an attribute holding an object


def test_call_through_attribute_holding_object_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def notify(self, who):
                log.info("notify %s", who)  # expect: AMZ005


        class Sync:
            def __init__(self):
                self.notifier = Notifier()

            def run(self, order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                self.notifier.notify(info["BuyerEmail"])
    """)


def test_call_through_attribute_holding_object_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def notify(self, who):
                log.info("notified a buyer")


        class Sync:
            def __init__(self):
                self.notifier = Notifier()

            def run(self, order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                self.notifier.notify(info["BuyerEmail"])
    """)


def test_sdk_client_held_in_attribute_positive():
    check("""
        import mailchimp_marketing
        from sp_api.api import Orders


        class Marketing:
            def __init__(self):
                self.client = mailchimp_marketing.Client()
                self.orders = Orders()

            def subscribe(self, order_id):
                info = self.orders.get_order_buyer_info(order_id).payload
                self.client.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
                self.client.lists.add_list_member("l1", {"email_address": "owner@myshop.example"})
    """)


# ---------------------------------------------------------------- more shapes of the same items


def test_module_level_source_variable_imported_from_other_module_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/state.py": """
            from sp_api.api import Orders

            INFO = Orders().get_order_buyer_info("1").payload
            ORDER_ID = INFO["AmazonOrderId"]
        """,
            "shop/report.py": """
            from shop.state import INFO, ORDER_ID

            print(ORDER_ID)
            print(INFO["BuyerEmail"])  # expect: AMZ005
        """,
        }
    )


def test_package_init_relative_module_import_positive():
    check_files(
        {
            "shop/__init__.py": "from . import amazon\n",
            "shop/amazon.py": AMAZON,
            "main.py": """
            import shop

            print(shop.amazon.buyer_info("1")["BuyerName"])  # expect: AMZ005
            print(shop.amazon.order_id_of("1"))
        """,
        }
    )


def test_staticmethod_and_classmethod_positive_and_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Audit:
            @staticmethod
            def record(value):
                log.info("value %s", value)  # expect: AMZ005

            @classmethod
            def fetch(cls, order_id):
                return Orders().get_order_buyer_info(order_id).payload

            @classmethod
            def ref(cls, order_id):
                return Orders().get_order_buyer_info(order_id).payload["AmazonOrderId"]


        Audit.record(Audit.fetch("1")["BuyerEmail"])
        Audit.record(Audit.ref("1"))
    """)


def test_template_method_dispatches_to_override_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Exporter:
            def run(self, order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                self.emit(info)

            def emit(self, info):
                log.info("exported %s", info["AmazonOrderId"])


        class DebugExporter(Exporter):
            def emit(self, info):
                log.debug("exported %s", info)  # expect: AMZ005


        DebugExporter().run("1")
    """)


def test_property_returns_personal_field_positive():
    check("""
        from sp_api.api import Orders


        class OrderView:
            def __init__(self, order_id):
                self._info = Orders().get_order_buyer_info(order_id).payload

            @property
            def email(self):
                return self._info["BuyerEmail"]

            @property
            def ref(self):
                return self._info["AmazonOrderId"]


        v = OrderView("1")
        print(v.ref)
        print(v.email)  # expect: AMZ005
    """)


def test_attribute_holding_object_assigned_from_outside_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        class Notifier:
            def notify(self, who):
                log.info("notify %s", who)  # expect: AMZ005


        class Sync:
            notifier = None

            def run(self, order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                self.notifier.notify(info["BuyerEmail"])


        sync = Sync()
        sync.notifier = Notifier()
        sync.run("1")
    """)


def test_dataclass_asdict_and_replace():
    check("""
        import dataclasses
        from dataclasses import dataclass

        from sp_api.api import Orders


        @dataclass
        class Buyer:
            order_id: str
            email: str = ""


        info = Orders().get_order_buyer_info("1").payload
        b = Buyer(info["AmazonOrderId"], info["BuyerEmail"])
        print(dataclasses.asdict(b))  # expect: AMZ005
        print(dataclasses.asdict(b)["order_id"])
        clean = dataclasses.replace(b, email="x@myshop.example")
        print(clean.email)
    """)


def test_functools_partial_positive_and_negative():
    check("""
        import functools
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def record(kind, value):
            log.info("%s %s", kind, value)  # expect: AMZ005


        def record_kind(kind, value):
            log.info("%s", kind)


        info = Orders().get_order_buyer_info("1").payload
        functools.partial(record, "buyer")(info["BuyerEmail"])
        functools.partial(record_kind, "buyer")(info["BuyerEmail"])
    """)


def test_scanning_a_package_folder_resolves_imports_of_the_package_itself(tmp_path):
    """`auditor scan shop/` where shop/ is a package whose modules import `shop.x`."""
    from auditor.options import ScanOptions
    from auditor.scan import run_scan

    pkg = tmp_path / "shop"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "amazon.py").write_text(
        "from sp_api.api import Orders\n\n\ndef buyer(oid):\n    return Orders().get_order_buyer_info(oid).payload\n"
    )
    (pkg / "sync.py").write_text(
        "import logging\nfrom shop.amazon import buyer\n\nlog = logging.getLogger(__name__)\n\n\n"
        "def run(oid):\n    log.info('%s', buyer(oid)['BuyerEmail'])\n"
    )
    result = run_scan(ScanOptions(paths=(pkg,), jobs=1, use_cache=False))
    assert [(f.rule_id, f.location.path, f.location.line) for f in result.findings] == [("AMZ005", "sync.py", 8)]


def test_a_decorated_function_imported_from_its_module_runs_its_wrapper():
    """`from events.outbound import post_new_order` calls the wrapper the decorator made (a retry
    that logs its arguments), not the bare function; it used to skip the wrapper."""
    check_files(
        {
            "events/registry.py": """
                import functools
                import logging
                log = logging.getLogger(__name__)
                def retry(times=3, exceptions=(Exception,)):
                    def wrap(fn):
                        @functools.wraps(fn)
                        def inner(*args, **kwargs):
                            for attempt in range(1, times + 1):
                                try:
                                    return fn(*args, **kwargs)
                                except exceptions as exc:
                                    log.warning("retry %d of %r: %s", attempt, args, exc)  # expect: AMZ005
                        return inner
                    return wrap
                def audited(fn):
                    return fn
            """,
            "events/outbound.py": """
                import requests
                from events.registry import audited, retry
                @retry(times=4)
                def post_new_order(order):
                    requests.post("https://hooks.example.com/new", json={"id": order["AmazonOrderId"]})
                @audited
                def post_status(order):
                    requests.post("https://hooks.example.com/status", json={"status": order["OrderStatus"]})
            """,
            "events/main.py": """
                from sp_api.api import Orders
                from events.outbound import post_new_order, post_status
                order = Orders().get_order("1").payload
                post_new_order(order)
                post_status(order)
            """,
        }
    )
