"""Analysis depth (issue 2): dict keys and attributes, collections, string building, json,
module globals and reassignment. Exact (rule, line) sets from `# expect:` markers."""

from __future__ import annotations

import pytest

from auditor.testing import audit, check
from auditor.values import MAX_FIELDS

# ---------------------------------------------------------------- dict keys tracked separately


def test_dict_key_personal_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        order = Orders().get_order("1").payload
        log.info("buyer %s", order["BuyerInfo"])  # expect: AMZ005
        log.info("ship to %s", order["ShippingAddress"]["AddressLine1"])  # expect: AMZ005
    """)


def test_dict_key_public_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        order = Orders().get_order("1").payload
        log.info("status %s", order["OrderStatus"])
        log.info("total %s", order["OrderTotal"])
        log.info("city %s", order["ShippingAddress"]["City"])
        log.info("buyer %s", order["BuyerInfo"])  # expect: AMZ005
    """)


def test_dict_get_method_keys_separate():
    check("""
        from sp_api.api import Orders

        order = Orders().get_order("1").payload
        print(order.get("OrderStatus"))
        print(order.get("BuyerInfo", {}).get("BuyerEmail"))  # expect: AMZ005
    """)


def test_own_dict_keys_tracked_separately():
    check("""
        from sp_api.api import Orders

        order = Orders().get_order("1").payload
        record = {"status": order["OrderStatus"], "email": order["BuyerInfo"]["BuyerEmail"]}
        print(record["status"])
        print(record["email"])  # expect: AMZ005
    """)


def test_dict_key_assignment_tracked_separately():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        row = {}
        row["order_id"] = info["AmazonOrderId"]
        row["email"] = info["BuyerEmail"]
        print(row["order_id"])
        print(row["email"])  # expect: AMZ005
        print(row)  # expect: AMZ005
    """)


def test_dict_key_overwritten_is_clean():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        row = {"email": info["BuyerEmail"]}
        row["email"] = "redacted@myshop.example"
        print(row["email"])
        print(row)
    """)


# ---------------------------------------------------------------- object attributes tracked separately


def test_object_attributes_tracked_separately_negative():
    check("""
        from sp_api.api import Orders


        class Record:
            pass


        info = Orders().get_order_buyer_info("1").payload
        obj = Record()
        obj.status = "pending"
        obj.order_id = info["AmazonOrderId"]
        obj.email = info["BuyerEmail"]
        print(obj.status, obj.order_id)
        print(obj.email)  # expect: AMZ005
    """)


def test_mws_parsed_attributes_tracked_separately():
    check("""
        import mws

        resp = mws.Orders("k", "s", "a").get_order(amazon_order_ids=["1"])
        order = resp.parsed.Orders.Order
        print(order.OrderStatus)
        print(order.BuyerEmail)  # expect: AMZ005
    """)


# ---------------------------------------------------------------- loops


def test_loop_over_orders_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        for o in orders:
            email = o["BuyerInfo"]["BuyerEmail"]
            log.info("buyer %s", email)  # expect: AMZ005
    """)


def test_loop_over_orders_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        for o in orders:
            log.info("order %s %s", o["AmazonOrderId"], o["OrderStatus"])
    """)


def test_list_built_in_loop_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        emails = []
        for o in orders:
            emails.append(o["BuyerInfo"]["BuyerEmail"])
        for e in emails:
            print(e)  # expect: AMZ005
    """)


def test_list_built_in_loop_negative():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        ids = []
        for o in orders:
            ids.append(o["AmazonOrderId"])
        for i in ids:
            print(i)
    """)


def test_loop_items_over_dict_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        for key, value in info.items():
            print(key, value)  # expect: AMZ005
    """)


# ---------------------------------------------------------------- unpacking


def test_tuple_unpacking_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        order_id, email = info["AmazonOrderId"], info["BuyerEmail"]
        print(email)  # expect: AMZ005
    """)


def test_tuple_unpacking_negative():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        order_id, email = info["AmazonOrderId"], info["BuyerEmail"]
        print(order_id)
    """)


def test_unpacking_from_returned_tuple():
    check("""
        from sp_api.api import Orders


        def split(order_id):
            info = Orders().get_order_buyer_info(order_id).payload
            return info["AmazonOrderId"], info["BuyerName"]


        ref, name = split("1")
        print(ref)
        print(name)  # expect: AMZ005
    """)


def test_starred_unpacking_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        first, *rest = ["header", info["BuyerEmail"], info["BuyerName"]]
        print(rest)  # expect: AMZ005
    """)


# ---------------------------------------------------------------- list, tuple and set elements


def test_tuple_and_set_elements_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        pair = (info["AmazonOrderId"], info["BuyerEmail"])
        seen = {info["BuyerName"]}
        print(pair)  # expect: AMZ005
        print(seen)  # expect: AMZ005
    """)


def test_list_index_elements_tracked_separately():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        row = [info["AmazonOrderId"], info["BuyerEmail"]]
        print(row[0])
        print(row[1])  # expect: AMZ005
    """)


def test_clean_collections_negative():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        pair = (info["AmazonOrderId"], info["PurchaseDate"])
        seen = {info["AmazonOrderId"]}
        print(pair)
        print(seen)
    """)


# ---------------------------------------------------------------- comprehensions


def test_list_comprehension_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        emails = [o["BuyerInfo"]["BuyerEmail"] for o in orders]
        print(emails)  # expect: AMZ005
    """)


def test_list_comprehension_negative():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        ids = [o["AmazonOrderId"] for o in orders if o["BuyerInfo"]["BuyerEmail"]]
        print(ids)
    """)


def test_dict_and_set_comprehension_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        by_id = {o["AmazonOrderId"]: o["ShippingAddress"] for o in orders}
        names = {o["ShippingAddress"]["Name"] for o in orders}
        print(by_id)  # expect: AMZ005
        print(names)  # expect: AMZ005
    """)


def test_dict_comprehension_negative():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        status = {o["AmazonOrderId"]: o["OrderStatus"] for o in orders}
        print(status)
    """)


def test_generator_expression_in_join_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        print(", ".join(o["BuyerInfo"]["BuyerEmail"] for o in orders))  # expect: AMZ005
        print(", ".join(o["AmazonOrderId"] for o in orders))
    """)


# ---------------------------------------------------------------- map / filter / lambda


def test_map_lambda_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        emails = list(map(lambda o: o["BuyerInfo"]["BuyerEmail"], orders))
        print(emails)  # expect: AMZ005
    """)


def test_map_lambda_negative():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        ids = list(map(lambda o: o["AmazonOrderId"], orders))
        print(ids)
    """)


def test_filter_keeps_elements_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        shipped = list(filter(lambda o: o["OrderStatus"] == "Shipped", orders))
        print(shipped)  # expect: AMZ005
    """)


def test_filter_negative():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        ids = [o["AmazonOrderId"] for o in orders]
        print(list(filter(lambda i: i.startswith("1"), ids)))
    """)


def test_lambda_assigned_and_called_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        pick_email = lambda d: d["BuyerEmail"]  # noqa: E731
        pick_id = lambda d: d["AmazonOrderId"]  # noqa: E731
        print(pick_email(info))  # expect: AMZ005
        print(pick_id(info))
    """)


def test_map_with_named_function_positive():
    check("""
        from sp_api.api import Orders


        def email_of(o):
            return o["BuyerInfo"]["BuyerEmail"]


        def id_of(o):
            return o["AmazonOrderId"]


        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        print(list(map(email_of, orders)))  # expect: AMZ005
        print(list(map(id_of, orders)))
    """)


# ---------------------------------------------------------------- string building


def test_fstring_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        msg = f"Order {info['AmazonOrderId']} for {info['BuyerEmail']}"
        print(msg)  # expect: AMZ005
    """)


def test_percent_format_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        msg = "buyer: %s" % info["BuyerName"]
        msg2 = "order %s buyer %s" % (info["AmazonOrderId"], info["BuyerEmail"])
        print(msg)  # expect: AMZ005
        print(msg2)  # expect: AMZ005
    """)


def test_str_format_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        msg = "buyer {} ({})".format(info["BuyerName"], info["AmazonOrderId"])
        msg2 = "buyer {email}".format(email=info["BuyerEmail"])
        print(msg)  # expect: AMZ005
        print(msg2)  # expect: AMZ005
    """)


def test_join_positive():
    check("""
        from sp_api.api import Orders

        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        line = ", ".join([addr["Name"], addr["AddressLine1"], addr["City"]])
        print(line)  # expect: AMZ005
    """)


def test_concat_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        msg = "buyer: " + info["BuyerEmail"]
        msg += " (" + info["AmazonOrderId"] + ")"
        print(msg)  # expect: AMZ005
    """)


def test_string_building_negative():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        oid = info["AmazonOrderId"]
        print(f"order {oid}")
        print("order %s" % oid)
        print("order {}".format(oid))
        print(", ".join([oid, info["OrderStatus"]]))
        print("order " + oid)
        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        print(", ".join([addr["City"], addr["StateOrRegion"], addr["PostalCode"]]))
    """)


def test_augmented_concat_accumulates_positive():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        body = ""
        for o in orders:
            body += o["ShippingAddress"]["Name"] + "\\n"
        print(body)  # expect: AMZ005
    """)


# ---------------------------------------------------------------- json.dumps / json.loads


def test_json_dumps_positive():
    check("""
        import json
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        order = Orders().get_order("1").payload
        blob = json.dumps(order, indent=2)
        log.debug(blob)  # expect: AMZ005
    """)


def test_json_dumps_negative():
    check("""
        import json
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        order = Orders().get_order("1").payload
        blob = json.dumps({"id": order["AmazonOrderId"], "status": order["OrderStatus"]})
        log.debug(blob)
    """)


def test_json_round_trip_positive():
    check("""
        import json
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        cached = json.loads(json.dumps(info))
        print(cached["BuyerEmail"])  # expect: AMZ005
    """)


def test_json_round_trip_keeps_key_precision():
    check("""
        import json
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        cached = json.loads(json.dumps(info))
        print(cached["AmazonOrderId"])
        print(cached)  # expect: AMZ005
    """)


def test_json_loads_of_unrelated_text_negative():
    check("""
        import json

        settings = json.loads('{"BuyerEmail": "placeholder@myshop.example"}')
        print(settings["BuyerEmail"])
    """)


# ---------------------------------------------------------------- module-level globals


def test_global_written_in_one_function_read_in_another_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        CURRENT = None


        def load(order_id):
            global CURRENT
            CURRENT = Orders().get_order_buyer_info(order_id).payload


        def report():
            log.info("buyer %s", CURRENT["BuyerEmail"])  # expect: AMZ005
    """)


def test_global_negative_only_public_field_stored():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        LAST_STATUS = None


        def load(order_id):
            global LAST_STATUS
            LAST_STATUS = Orders().get_order(order_id).payload["OrderStatus"]


        def report():
            log.info("status %s", LAST_STATUS)
    """)


def test_global_dict_cache_mutated_positive():
    check("""
        from sp_api.api import Orders

        CACHE = {}


        def remember(order_id):
            CACHE[order_id] = Orders().get_order_address(order_id).payload


        def dump():
            print(CACHE)  # expect: AMZ005
    """)


def test_global_list_mutated_negative():
    check("""
        from sp_api.api import Orders

        SEEN = []


        def remember(order_id):
            SEEN.append(Orders().get_order(order_id).payload["AmazonOrderId"])


        def dump():
            print(SEEN)
    """)


def test_global_across_modules_positive():
    files = {
        "shop/__init__.py": "",
        "shop/state.py": (
            "from sp_api.api import Orders\n"
            "\n"
            "BUYER = None\n"
            "\n"
            "\n"
            "def load(order_id):\n"
            "    global BUYER\n"
            "    BUYER = Orders().get_order_buyer_info(order_id).payload\n"
        ),
        "shop/report.py": ("from shop import state\n\n\ndef report():\n    print(state.BUYER)\n"),
    }
    findings = audit(files)
    assert {(f.rule_id, f.location.path, f.location.line) for f in findings} == {
        ("AMZ005", "shop/report.py", 5)
    }


# ---------------------------------------------------------------- reassignment


def test_reassignment_overwrites_negative():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        info = Orders().get_order_buyer_info("1").payload
        x = info["BuyerEmail"]
        x = "support@shop.example"
        log.info("contact %s", x)
    """)


def test_reassignment_to_personal_positive():
    check("""
        import logging
        from sp_api.api import Orders

        log = logging.getLogger(__name__)
        info = Orders().get_order_buyer_info("1").payload
        x = "support@shop.example"
        log.info("contact %s", x)
        x = info["BuyerEmail"]
        log.info("contact %s", x)  # expect: AMZ005
    """)


def test_use_before_overwrite_positive():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        x = info["BuyerEmail"]
        print(x)  # expect: AMZ005
        x = "support@shop.example"
        print(x)
    """)


def test_conditional_overwrite_keeps_taint_positive():
    check("""
        from sp_api.api import Orders


        def contact(order_id, internal):
            info = Orders().get_order_buyer_info(order_id).payload
            x = info["BuyerEmail"]
            if internal:
                x = "support@shop.example"
            print(x)  # expect: AMZ005
    """)


def test_overwrite_in_both_branches_negative():
    check("""
        from sp_api.api import Orders


        def contact(order_id, internal):
            info = Orders().get_order_buyer_info(order_id).payload
            x = info["BuyerEmail"]
            if internal:
                x = "support@shop.example"
            else:
                x = "sales@shop.example"
            print(x)
    """)


def test_self_attribute_overwritten_negative():
    check("""
        from sp_api.api import Orders


        class Job:
            def run(self, order_id):
                info = Orders().get_order_buyer_info(order_id).payload
                self.contact = info["BuyerEmail"]
                self.contact = "support@shop.example"
                print(self.contact)
    """)


# ---------------------------------------------------------------- more shapes of the same items


def test_dict_copies_and_spread_keep_key_precision():
    check("""
        from sp_api.api import Orders

        order = Orders().get_order("1").payload
        a = dict(order)
        b = {**order, "note": "x"}
        c = order.copy()
        print(a["OrderStatus"], b["OrderStatus"], c["OrderStatus"])
        print(a["BuyerInfo"])  # expect: AMZ005
        print(b["ShippingAddress"])  # expect: AMZ005
        print(c)  # expect: AMZ005
    """)


def test_dict_spread_then_explicit_key_is_clean():
    check("""
        from sp_api.api import Orders

        order = Orders().get_order("1").payload
        b = {**order, "note": "gift wrap"}
        print(b["note"])
        print(b)  # expect: AMZ005
    """)


def test_dict_update_adds_personal_key():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        row = {"order_id": info["AmazonOrderId"]}
        print(row)
        row.update({"email": info["BuyerEmail"]})
        print(row)  # expect: AMZ005
        print(row["order_id"])
    """)


def test_values_and_items_of_personal_dict():
    check("""
        from sp_api.api import Orders

        addr = Orders().get_order_address("1").payload["ShippingAddress"]
        print(list(addr.values()))  # expect: AMZ005
        print(list(addr.keys()))
    """)


def test_zip_enumerate_sorted():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        names = [o["ShippingAddress"]["Name"] for o in orders]
        ids = [o["AmazonOrderId"] for o in orders]
        for i, name in enumerate(sorted(names)):
            print(i, name)  # expect: AMZ005
        for oid, name in zip(ids, names):
            print(oid)
            print(name)  # expect: AMZ005
        for i, oid in enumerate(reversed(ids)):
            print(i, oid)
    """)


def test_list_extend_and_set_add():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        emails = set()
        emails.add(info["BuyerEmail"])
        ids = []
        ids.extend([info["AmazonOrderId"]])
        print(emails)  # expect: AMZ005
        print(ids)
    """)


def test_string_methods_keep_taint():
    check("""
        from string import Template

        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        print(info["BuyerEmail"].strip().lower())  # expect: AMZ005
        print(info["BuyerName"].replace(" ", "_"))  # expect: AMZ005
        print(Template("Hi $name").substitute(name=info["BuyerName"]))  # expect: AMZ005
        print(info["AmazonOrderId"].upper())
        print(len(info["BuyerEmail"]))
    """)


def test_narrowing_reassignment_is_clean():
    check("""
        from sp_api.api import Orders

        info = Orders().get_order_buyer_info("1").payload
        info = info["AmazonOrderId"]
        print(info)
    """)


def test_nonlocal_write_in_closure_positive():
    check("""
        from sp_api.api import Orders


        def sync(order_id):
            found = None

            def load():
                nonlocal found
                found = Orders().get_order_buyer_info(order_id).payload

            load()
            print(found)  # expect: AMZ005
    """)


def test_loop_variable_reassigned_each_iteration():
    check("""
        from sp_api.api import Orders

        orders = Orders().get_orders(CreatedAfter="2024-01-01").payload["Orders"]
        last = None
        for o in orders:
            last = o["AmazonOrderId"]
        print(last)
        for o in orders:
            last = o["BuyerInfo"]
        print(last)  # expect: AMZ005
    """)


# ---------------------------------------------------------------- more parts than a value keeps

# as many keys as a value keeps named parts (MAX_FIELDS): the next one is past the bound
_KEYS_TO_THE_BOUND = "\n".join(f'    registry["k{i}"] = {{"x": {{"y": {{"z": {i}}}}}}}' for i in range(MAX_FIELDS))


def _registry_program(handler_body: str, use: str) -> str:
    return (
        "import requests\nfrom sp_api.api import Orders\n\n\nclass Handler:\n    def push(self, data):\n"
        f"        {handler_body}\n\n\ndef build():\n    registry = {{}}\n{_KEYS_TO_THE_BOUND}\n"
        '    registry["handler"] = Handler()\n    return registry\n\n\n'
        "def run(order_id):\n    info = Orders().get_order_buyer_info(order_id).payload\n"
        f"    registry = build()\n{use}"
    )


def test_a_seventeenth_key_keeps_the_type_of_what_it_holds():
    """A value keeps MAX_FIELDS named parts; the next goes into its elements ("[*]") with its type, as a
    join puts it, so `registry["handler"].push(...)` still reaches Handler.push (it used to be
    folded into the dict's labels and its type dropped: the flow was lost)."""
    send = 'requests.post("https://a.klaviyo.com/api/profiles", json={"email": data})  # expect: AMZ004'
    by_key = '    registry["handler"].push(info["BuyerEmail"])\n'
    by_loop = "    for h in registry.values():\n        h.push(info['BuyerEmail'])\n"
    check(_registry_program(send, by_key))
    check(_registry_program(send, by_loop))


def test_a_seventeenth_key_holding_a_harmless_handler_reports_nothing():
    check(_registry_program("return len(data)", '    registry["handler"].push(info["BuyerEmail"])\n'))


@pytest.mark.xfail(
    strict=True,
    reason="bounded() keeps the first 16 parts of a large value and folds the rest into its labels, "
    "also the '[*]' a join leaves seventeenth, so the types it holds are dropped (their data is kept). "
    "Keeping it was built and measured: on Django's whole tree it cost 63 MB of peak memory (about "
    "1.47 GB in the benchmark, against the 1.5 GB target) and left more functions incomplete; see "
    "the eighth pass in docs/performance.md",
)
def test_a_join_past_the_part_bound_keeps_the_elements_with_their_types():
    """bounded() keeps 16 named parts of a large value and folds the rest into its labels; the
    elements part ("[*]") that a join leaves seventeenth stands for the parts already past the
    bound, types included."""
    from auditor.values import ELEM, MAX_FIELDS, Value, join

    deep = Value(None, {"x": Value(None, {"y": Value(None, {"z": Value(None, None, frozenset({"ext:str"}))})})})
    many = Value(None, {f"k{i}": deep for i in range(MAX_FIELDS)})
    joined = join(many, Value(None, {"handler": Value(None, None, frozenset({"inst:shop.Handler"}))}))
    assert list(joined.fields)[:MAX_FIELDS] == [f"k{i}" for i in range(MAX_FIELDS)]
    assert joined.fields[ELEM].refs == frozenset({"inst:shop.Handler"})


_PLAIN_KEYS_TO_THE_BOUND = "\n".join(f'    d["k{i}"] = "v{i}"' for i in range(MAX_FIELDS))
_PAST_THE_BOUND = (
    "import logging\nimport sqlite3\nfrom sp_api.api import Orders\n\nlog = logging.getLogger(__name__)\n\n\n"
    "def run(order_id):\n    info = Orders().get_order_buyer_info(order_id).payload\n    d = {}\n"
    f'{_PLAIN_KEYS_TO_THE_BOUND}\n    d["email"] = info["BuyerEmail"]\n'
)


def test_a_named_key_rewritten_after_the_bound_keeps_its_own_value():
    """Once a key past MAX_FIELDS has gone into "[*]", writing one of the named keys replaces that key;
    it is not moved into "[*]" with the buyer's email (a review found that false alarm)."""
    check(_PAST_THE_BOUND + '    d["k0"] = "x"\n    log.info("k0 %s", d["k0"])\n    d["k1"] += "!"\n    log.info("k1 %s", d["k1"])\n')
    check(
        _PAST_THE_BOUND
        + '    d["k2"] = "two"\n    conn = sqlite3.connect("x.db")\n    conn.execute("INSERT INTO t VALUES (?)", (d["k2"],))\n'
    )
    check(_PAST_THE_BOUND + '    log.info("k3 %s", d["k3"])\n    log.info("other %s", d["other"])  # expect: AMZ005\n')


@pytest.mark.xfail(
    strict=True,
    reason="parts past the MAX_FIELDS a value keeps share one '[*]' part: two handlers stored under the "
    "next two keys are not told apart, so calling the harmless one with the buyer's email is reported "
    "through the other's method (before 9a1ce0a both handlers' types were dropped and neither call was "
    "followed)",
)
def test_two_handlers_past_the_part_bound_are_told_apart():
    check(
        "import requests\nfrom sp_api.api import Orders\n\n\nclass Safe:\n    def push(self, data):\n"
        "        return len(data)\n\n\nclass Leak:\n    def push(self, data):\n"
        '        requests.post("https://a.klaviyo.com/api/profiles", json={"email": data})\n\n\n'
        "def run(order_id):\n    info = Orders().get_order_buyer_info(order_id).payload\n    d = {}\n"
        f'{_PLAIN_KEYS_TO_THE_BOUND}\n    d["safe"] = Safe()\n    d["leak"] = Leak()\n    d["safe"].push(info["BuyerEmail"])\n'
    )


def test_columns_selected_by_a_constant_list_keep_only_those_columns():
    """A list's element part holds every name it may hold (however it grew), so a list of
    constant names selects those columns, as a list written in the subscript does."""
    check(
        """
        import io
        import pandas as pd
        from sp_api.api import Reports
        TAX_COLUMNS = ["order-id", "purchase-date", "sku", "quantity-purchased", "item-price", "item-tax"]
        doc = Reports().get_report_document("d", download=True).payload["document"]
        raw = pd.read_csv(io.StringIO(doc), sep="\\t")
        raw[TAX_COLUMNS].to_csv("tax_lines.csv", index=False)
        """
    )


def test_columns_selected_by_a_list_that_grew_keep_the_new_column():
    """The reverted shortcut lost these; whatever replaces it must find them."""
    pre = (
        "import io, sys\nimport pandas as pd\nfrom sp_api.api import Reports\n"
        'doc = Reports().get_report_document("d", download=True).payload["document"]\n'
        'raw = pd.read_csv(io.StringIO(doc), sep="\\t")\n'
        'BASE = ["order-id", "sku"]\n'
    )
    check(pre + 'COLS = BASE + ["buyer-email"] if sys.argv else BASE\nraw[COLS].to_csv("a.csv")  # expect: AMZ003\n')
    check(pre + 'BASE += ["buyer-email"]\nraw[BASE].to_csv("a.csv")  # expect: AMZ003\n')
    nine = '"order-id", "order-item-id", "purchase-date", "sku", "quantity-purchased", "currency", "item-price", "item-tax", "shipping-price"'
    check(pre + f"COLS = [{nine}]\n" + 'COLS.append("buyer-email")\nraw[COLS].to_csv("a.csv")  # expect: AMZ003\n')


@pytest.mark.xfail(
    strict=True,
    reason="a dict parameter's named parts keep the types every caller put there, so a factory that "
    "returns its **config gives one caller's objects to another. Subtracting them where the value is "
    "the part was built (18f8e8e) and taken back after review: it also dropped a fallback the helper "
    "adds itself (cfg.get('notify') or crm) whenever another caller passed the same function",
)
def test_a_factory_dict_keeps_each_callers_objects():
    check(
        """
        import requests
        from sp_api.api import Orders
        info = Orders().get_order_buyer_info("1").payload
        class Mailer:
            def send(self, to):
                requests.post("https://mail.example.com/send", json={"to": to})
        class Null:
            def send(self, to):
                pass
        def make(**config):
            return config
        live = make(sink=Mailer())
        dry = make(sink=Null())
        dry["sink"].send(info["BuyerEmail"])
        live["sink"].send(info["AmazonOrderId"])
        """
    )


def test_a_fallback_a_helper_adds_is_still_called():
    """The review case that took the subtraction back: crm is the helper's own fallback."""
    check(
        """
        import requests
        from sp_api.api import Orders
        info = Orders().get_order_buyer_info("1").payload
        def crm(x):
            requests.post("https://crm.example.com", json=x)  # expect: AMZ004
        def notifier(cfg):
            return cfg.get("notify") or crm
        notifier({"notify": crm})
        notifier({})({"e": info["BuyerEmail"]})
        """
    )


# ---------------------------------------------------------------- tables that keep their columns (catalog: table_copies, table_rows)

_REPORT = (
    "import io\nimport pandas as pd\nimport requests\nfrom sp_api.api import Reports\n"
    'doc = Reports().get_report_document("d", download=True).payload["document"]\n'
    'df = pd.read_csv(io.StringIO(doc), sep="\\t")\n'
    'people = df[["buyer-email", "buyer-name"]].rename(columns={"buyer-email": "email"})\n'
    'people["amazon_order"] = df["order-id"]\n'
)


def test_a_deduplicated_table_keeps_its_columns_apart():
    check(
        _REPORT
        + 'people = people.drop_duplicates(subset="email").fillna("")\n'
        + 'requests.post("https://notes.example.com/n", json={"order": list(people["amazon_order"])})\n'
        + 'requests.post("https://crm.example.com/p", json={"who": list(people["email"])})  # expect: AMZ004\n'
        + 'people.sort_values("email").to_csv("people.csv")  # expect: AMZ003\n'
    )


def test_records_of_a_table_keep_its_columns_apart():
    check(
        _REPORT
        + 'for record in people.to_dict(orient="records"):\n'
        + '    requests.post("https://notes.example.com/n", json={"order": record["amazon_order"]})\n'
        + '    requests.post("https://crm.example.com/p", json={"who": record["email"]})  # expect: AMZ004\n'
        + 'for record in people.head(10).to_dict("records"):\n'
        + '    requests.post("https://crm.example.com/p", json={"who": record["buyer-name"]})  # expect: AMZ004\n'
        + 'summary = people.to_dict()\n'
        + 'requests.post("https://crm.example.com/s", json=summary)  # expect: AMZ004\n'
    )


# ---------------------------------------------------------------- items() of a dict with named keys


def test_items_of_a_dict_with_named_keys_give_its_values():
    check(
        """
        import logging
        from sp_api.api import Orders
        log = logging.getLogger(__name__)
        info = Orders().get_order_buyer_info("1").payload
        contact = {"email": info["BuyerEmail"], "order": info["AmazonOrderId"]}
        for field, value in contact.items():
            log.info("%s=%s", field, value)  # expect: AMZ005
        for field in contact.keys():
            log.info("field %s", field)
        """
    )


def test_a_field_map_iterated_with_items_reads_only_its_keys():
    check(
        """
        import sqlite3
        from sp_api.api import Orders
        FIELDS = {"status": "OrderStatus", "level": "ShipServiceLevel", "prime": "IsPrime"}
        payload = Orders().get_order("1", RestrictedResources=["buyerInfo"]).payload
        row = {column: payload.get(key) for column, key in FIELDS.items()}
        sqlite3.connect("o.db").execute("INSERT INTO o VALUES (?, ?, ?)", tuple(row.values()))
        for column, key in FIELDS.items():
            sqlite3.connect("o.db").execute("UPDATE o SET v = ?", (payload[key],))
        """
    )


# ---------------------------------------------------------------- rows of a list parameter read column by column

_BOARD = """
import csv, io, sqlite3
from sp_api.api import Reports
COLUMNS = ["order-id", "order-item-id", "sku", "product-name", "quantity-purchased", "ship-service-level", {last}]
def to_row(row):
    return [row.get(c, "").strip() for c in COLUMNS]
def build(rows):
    return [to_row(row) for row in rows]
doc = Reports().get_report_document("d", download=True).payload["document"]
board = build(list(csv.DictReader(io.StringIO(doc), delimiter="\\t")))
sqlite3.connect("b.db").executemany("INSERT INTO b VALUES (?, ?, ?, ?, ?, ?, ?)", board){mark}
"""


def test_seven_public_columns_of_a_parameters_rows_stay_public():
    # iterating a parameter gives its elements and, were it a dict, its keys; a key has no
    # named column, so the seven reads must not double into more labels than a value keeps
    check(_BOARD.format(last='"promise-date"', mark=""))


def test_a_personal_column_among_seven_of_a_parameters_rows_is_found():
    check(_BOARD.format(last='"buyer-email"', mark="  # expect: AMZ003"))


_RECORD = """
import logging
import requests
from sp_api.api import Orders
log = logging.getLogger(__name__)
SAFE = {{"order_id", "status"}}
info = Orders().get_order_buyer_info("1").payload
rec = {{"order_id": info["AmazonOrderId"], "status": "ok", "email": info["BuyerEmail"]}}
{body}
"""


@pytest.mark.parametrize(
    "body",
    [
        'requests.post("https://a.example.io/a", json={k: v for k, v in rec.items() if k in SAFE})',
        'requests.post("https://a.example.io/a", json={k: v for k, v in rec.items() if k not in ("email", "name")})',
        'for k, v in rec.items():\n    if k != "email":\n        requests.post("https://a.example.io/a", json={k: v})',
        'for k, v in rec.items():\n    if k == "status":\n        log.info("%s", v)',
    ],
    ids=["comprehension-in", "comprehension-not-in", "loop-not-equal", "loop-equal"],
)
def test_a_dict_filtered_by_key_through_items_keeps_only_those_values(body: str) -> None:
    check(_RECORD.format(body=body))


@pytest.mark.parametrize(
    "body",
    [
        'requests.post("https://a.example.io/a", json={k: v for k, v in rec.items()})  # expect: AMZ004',
        'requests.post("https://a.example.io/a", json={k: v for k, v in rec.items() if k == "email"})  # expect: AMZ004',
        'for k, v in rec.items():\n    if k not in SAFE:\n        log.info("%s", v)  # expect: AMZ005',
    ],
    ids=["copy", "comprehension-equal", "loop-not-in"],
)
def test_a_dict_filtered_by_key_through_items_keeps_the_values_it_lets_through(body: str) -> None:
    check(_RECORD.format(body=body))


def test_rows_from_iterrows_and_itertuples_keep_the_columns_apart():
    check(
        _REPORT
        + 'for _, row in people.iterrows():\n'
        + '    requests.post("https://notes.example.com/n", json={"order": row["amazon_order"]})\n'
        + '    requests.post("https://crm.example.com/p", json={"who": row["email"]})  # expect: AMZ004\n'
        + 'for row in people.itertuples():\n'
        + '    requests.post("https://notes.example.com/n", json={"order": row.amazon_order})\n'
        + '    requests.post("https://crm.example.com/p", json={"who": row})  # expect: AMZ004\n'
    )


def test_a_renamed_column_is_what_the_old_column_was():
    check(
        _REPORT
        + 'refs = df.rename(columns={"order-id": "ref", "buyer-name": "who"})\n'
        + 'requests.post("https://notes.example.com/n", json={"ref": list(refs["ref"])})\n'
        + 'requests.post("https://crm.example.com/p", json={"who": list(refs["who"])})  # expect: AMZ004\n'
        + 'requests.post("https://crm.example.com/p", json={"m": list(refs["buyer-email"])})  # expect: AMZ004\n'
    )


def test_a_key_rebound_in_the_loop_no_longer_narrows_its_old_value():
    check(
        """
        import requests
        from sp_api.api import Orders
        info = Orders().get_order_buyer_info("1").payload
        rec = {"status": "ok", "buyer": {"email": info["BuyerEmail"], "status": "new"}}
        for k, v in rec.items():
            if isinstance(v, dict):
                for k, sub in v.items():
                    pass
            if k == "status":
                requests.post("https://a.example.io/a", json={"v": v})  # expect: AMZ004
        """
    )


@pytest.mark.parametrize("read", ["for (oid, email) in counts:\n        print(email)", "for key in counts:\n        print(key[1])"])
def test_tuple_keys_of_a_dict_parameter_read_by_position(read: str) -> None:
    # a key has no named part, but a tuple key's positions are read through
    check(
        "from sp_api.api import Orders\n"
        f"def report(counts):\n    {read}  # expect: AMZ005\n"
        'orders = Orders().get_orders(CreatedAfter="x").payload["Orders"]\n'
        "c = {}\nfor o in orders:\n"
        '    c[(o["AmazonOrderId"], o["BuyerInfo"]["BuyerEmail"])] = 1\n'
        "report(c)\n"
    )


def test_a_value_past_the_part_bound_folds_its_largest_parts_first():
    """A function returning a small table of named columns beside a large dict of tables: the
    large part folds into its labels, the small one keeps its columns apart (before, every
    part's own parts folded, so the order reference read back was the buyer's tax id too)."""
    from auditor.values import KEPT_NODES, Value, bounded, flatten

    small = Value(None, {f"c{i}": Value(None, None, frozenset(), frozenset({f"v{i}"})) for i in range(6)})
    large = Value(None, {f"t{i}": small for i in range(8)})
    v = bounded(Value(None, {"0": small, "1": large}))
    # the large part keeps its own names (its tables), each folded into one leaf
    assert v.fields["0"] is small and set(v.fields["1"].fields) == {f"t{i}" for i in range(8)}
    assert not any(t.fields for t in v.fields["1"].fields.values())
    assert v.size <= KEPT_NODES and set(flatten(v)) == set(flatten(Value(None, {"0": small, "1": large})))
    check(
        """
        import logging
        import pandas as pd
        def transform(data):
            header = pd.DataFrame()
            header["Ref"] = data["amazon-order-id"]
            header["Vat"] = data["buyer-tax-registration-id"]
            frames = {name: {"raw": data, "header": header} for name in ("a", "b")}
            out = {f"out{i}": {"orders": data, "header": header, "masked": header} for i in range(4)}
            return header, frames, out
        header, frames, out = transform(pd.read_csv("amazon_orders.txt", sep="\\t"))
        logging.info("ref %s", header["Ref"])
        logging.info("vat %s", header["Vat"])  # expect: AMZ005
        """
    )


# an address record of eight fields, for the records past the part bound below
SHIP_TO = """@dataclass
        class ShipTo:
            name: str
            line1: str
            line2: str
            city: str
            state: str
            postal_code: str
            country: str
            phone: str
"""


def test_a_record_past_the_part_bound_keeps_its_own_fields_apart():
    """A list of (order, label) pairs, the order a dataclass with a nested address and lines:
    past the part bound the order's address and lines fold into one label set each, but its id
    and its lines' SKUs stay apart (before, the whole order folded into one label set, so every
    SKU column written from it counted as the buyer's address; blind corpus hunt35 j08)."""
    from auditor.values import KEPT_NODES, MAX_NODES, Value, bounded, flatten

    leaf = Value(None, None, frozenset(), frozenset({"x"}))
    address = Value(None, {f"a{i}": leaf for i in range(8)})
    lines = Value(None, {"[*]": Value(None, {f"l{i}": leaf for i in range(6)})})
    extra = Value(None, {f"e{i}": leaf for i in range(9)})
    order = Value(None, {"id": leaf, "date": leaf, "ship_to": address, "bill_to": address, "lines": lines, "extra": extra})
    pair = Value(None, {"0": order, "1": Value(None, {"carrier": leaf, "tracking": leaf})})
    assert pair.size > MAX_NODES
    v = bounded(pair)
    assert v.size <= KEPT_NODES and set(flatten(v)) == set(flatten(pair))
    kept = v.fields["0"]
    assert set(kept.fields) == {"id", "date", "ship_to", "bill_to", "lines", "extra"} and not kept.fields["ship_to"].fields
    check(
        """
        import logging
        from dataclasses import dataclass, field
        from sp_api.api import Orders

        {SHIP_TO}
        @dataclass
        class Line:
            sku: str
            asin: str
            qty: int
            title: str

        @dataclass
        class Pending:
            order_id: str
            purchase_date: str
            service: str
            ship_to: ShipTo
            lines: list = field(default_factory=list)

        def pending():
            api = Orders()
            for o in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                a = o["ShippingAddress"]
                items = api.get_order_items(o["AmazonOrderId"]).payload["OrderItems"]
                lines = [Line(i["SellerSKU"], i["ASIN"], int(i["QuantityOrdered"]), i["Title"]) for i in items]
                ship_to = ShipTo(a["Name"], a["AddressLine1"], a["AddressLine2"], a["City"], a["StateOrRegion"], a["PostalCode"], a["CountryCode"], a["Phone"])
                yield Pending(o["AmazonOrderId"], o["PurchaseDate"], o["ShipServiceLevel"], ship_to, lines)

        def export(shipped):
            for order, label in shipped:
                for line in order.lines:
                    logging.info("%s %s %s %s", order.order_id, line.sku, line.qty, label["tracking"])
                logging.info("to %s", order.ship_to.name)  # expect: AMZ005

        shipped = []
        for order in pending():
            shipped.append((order, {"carrier": "ups", "tracking": "1Z", "cost": 3, "service": "ground"}))
        export(shipped)
        """.replace("{SHIP_TO}", SHIP_TO)
    )


def test_two_lists_of_records_past_the_part_bound_keep_each_records_fields_apart():
    """A function returning (consumer, business), two lists of the same invoice record with a
    nested address and lines: past the part bound both lists are cut a level at a time, so each
    keeps its records' fields and only the address and the lines fold (before, the larger part
    was cut alone until the value fit, which folded one list's records whole, and a journal of
    per-country totals from them was the buyer's email; blind corpus hunt43 s06)."""
    from auditor.values import KEPT_NODES, MAX_NODES, Value, bounded, flatten

    leaf = Value(None, None, frozenset(), frozenset({"x"}))
    invoice = Value(None, {
        **{f"f{i}": leaf for i in range(11)},
        "address": Value(None, {"[*]": leaf}),
        "lines": Value(None, {"[*]": Value(None, {f"l{i}": leaf for i in range(5)})}),
    })
    pair = Value(None, {"0": Value(None, {"[*]": invoice}), "1": Value(None, {"[*]": invoice})})
    assert pair.size > MAX_NODES
    v = bounded(pair)
    assert v.size <= KEPT_NODES and set(flatten(v)) == set(flatten(pair))
    for part in ("0", "1"):
        kept = v.fields[part].fields["[*]"]
        assert set(kept.fields) == {*(f"f{i}" for i in range(11)), "address", "lines"}
        assert not kept.fields["lines"].fields["[*]"].fields
    check(
        """
        import logging
        from collections import defaultdict
        from dataclasses import dataclass, field
        import requests
        from sp_api.api import Orders

        @dataclass
        class Line:
            sku: str
            title: str
            quantity: int
            net: float
            vat: float

        @dataclass
        class Invoice:
            number: str
            order_id: str
            buyer_name: str
            buyer_email: str
            company: str
            vat_number: str
            address: list
            country: str
            currency: str
            lines: list = field(default_factory=list)

        def build(order, items):
            ship = order.get("ShippingAddress", {})
            buyer = order.get("BuyerInfo", {})
            address = [ship[k] for k in ("AddressLine1", "City", "PostalCode") if ship.get(k)]
            lines = [Line(i["SellerSKU"], i["Title"], int(i["QuantityOrdered"]), 1.0, 0.2) for i in items]
            return Invoice("INV-1", order["AmazonOrderId"], buyer.get("BuyerName", ""), buyer.get("BuyerEmail", ""),
                           buyer.get("CompanyName", ""), buyer.get("VatNumber", ""), address,
                           ship.get("CountryCode", "GB"), order["OrderTotal"]["CurrencyCode"], lines)

        def issue():
            api = Orders()
            consumer, business = [], []
            for order in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                inv = build(order, api.get_order_items(order["AmazonOrderId"]).payload["OrderItems"])
                if inv.vat_number:
                    business.append(inv)
                else:
                    consumer.append(inv)
            return consumer, business

        def journal(invoices):
            totals = defaultdict(float)
            for inv in invoices:
                totals[(inv.country, inv.currency)] += sum(line.net for line in inv.lines)
            rows = [{"Description": f"sales {c} {cur}", "Amount": n} for (c, cur), n in sorted(totals.items())]
            requests.put("https://api.xero.com/api.xro/2.0/ManualJournals", json={"JournalLines": rows})

        consumer, business = issue()
        journal(consumer)
        for inv in consumer:
            logging.info("invoice for %s", inv.buyer_email)  # expect: AMZ005
        journal(business)
        """
    )


def test_a_decorated_method_reads_one_field_of_a_large_record():
    """`wrapper(*args)` around a method given a record with many parts: the tuple of arguments
    is not folded, so the method's `order.order_id` is the id alone (hunt35 j01)."""
    check(
        """
        import functools
        import logging
        from dataclasses import dataclass, field
        from sp_api.api import Orders

        def retry(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                return fn(*args, **kwargs)
            return wrapper

        {SHIP_TO}
        @dataclass
        class Imported:
            order_id: str
            buyer_name: str
            buyer_email: str
            ship_to: ShipTo
            bill_to: ShipTo
            skus: list = field(default_factory=list)

        class Wms:
            def __init__(self, session, base, token):
                self.session = session
                self.base = base
                self.headers = {"Authorization": token, "Accept": "json"}

            @retry
            def reserve(self, order):
                logging.info("reserve %s %s", order.order_id, order.skus)
                logging.info("for %s", order.buyer_email)  # expect: AMZ005

        def build(oid):
            api = Orders()
            b = api.get_order_buyer_info(oid).payload
            a = api.get_order_address(oid).payload["ShippingAddress"]
            ship_to = ShipTo(a["Name"], a["AddressLine1"], a["AddressLine2"], a["City"], a["StateOrRegion"], a["PostalCode"], a["CountryCode"], a["Phone"])
            skus = [i["SellerSKU"] for i in api.get_order_items(oid).payload["OrderItems"]]
            return Imported(oid, b["BuyerName"], b["BuyerEmail"], ship_to, ship_to, skus)

        def run(session, oid):
            Wms(session, "https://wms.example.com", "t").reserve(build(oid))
        """.replace("{SHIP_TO}", SHIP_TO)
    )


def test_a_dict_zipped_from_constant_field_names_reads_each_field_by_position():
    """`dict(zip(FIELDS, record))` with FIELDS a tuple of names pairs each name with the value at
    its position (before, every name held every value, so the order id read back was the buyer's
    email; blind corpus hunt36 k03). Under a header read from the file, a name reads that field
    of the report's row, whichever position it is at."""
    check(
        """
        import csv
        import logging
        from sp_api.api import Orders

        FIELDS = ("order_id", "asin", "buyer_email", "buyer_name")

        def record(o):
            buyer = o["BuyerInfo"]
            return (o["AmazonOrderId"], o["ASIN"], buyer["BuyerEmail"], buyer["BuyerName"])

        def as_dicts(records):
            for rec in records:
                yield dict(zip(FIELDS, rec))

        recs = [record(o) for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]]
        for d in as_dicts(recs):
            logging.info("order %s asin %s", d["order_id"], d["asin"])
            logging.info("to %s", d["buyer_email"])  # expect: AMZ005
        pairs = dict([("id", recs[0][0]), ("who", recs[0][3])])
        logging.info("id %s", pairs["id"])
        logging.info("who %s", pairs["who"])  # expect: AMZ005
        grown = [("id", recs[0][0])]
        grown.append(("id", recs[0][2]))
        logging.info("id %s", dict(grown)["id"])  # expect: AMZ005
        with open("amazon_orders.txt") as fh:
            rows = csv.reader(fh, delimiter="\\t")
            header = next(rows)
            for row in rows:
                logging.info("id %s", dict(zip(header, row))["order-id"])
                logging.info("to %s", dict(zip(header, row))["buyer-email"])  # expect: AMZ005
        """
    )


def test_a_list_of_records_past_the_part_bound_keeps_each_records_fields_apart():
    """A list of orders (each with a nested address and line items) handed through a
    `wrapper(*args)` decorator: the tuple of arguments is cut below the orders' fields, so a SKU
    read from an order's items is the SKU alone (hunt36 k06). Unit: the list is cut at the
    deepest level that fits, not folded whole."""
    from auditor.values import ELEM, KEPT_NODES, Value, bounded, flatten

    leaf = Value(None, None, frozenset(), frozenset({"x"}))
    order = Value(None, {
        **{f"f{i}": leaf for i in range(16)},
        "ship_to": Value(None, {f"a{i}": leaf for i in range(7)}),
        "items": Value(None, {ELEM: Value(None, {f"i{i}": leaf for i in range(5)})}),
    })
    args = Value(None, {"0": Value(None, {ELEM: order}), "1": leaf, ELEM: Value(None, {ELEM: order})})
    v = bounded(args)
    assert v.size <= KEPT_NODES and set(flatten(v)) == set(flatten(args))
    kept = v.fields["0"].fields[ELEM]
    # cut at the deepest level that fits: the items' fields fold, the address keeps its own
    assert set(kept.fields) == {*(f"f{i}" for i in range(16)), "ship_to", "items"}
    assert not kept.fields["items"].fields[ELEM].fields and len(kept.fields["ship_to"].fields) == 7
    check(
        """
        import csv
        import functools
        import logging
        from dataclasses import dataclass, field
        from sp_api.api import Orders

        def audited(fn):
            @functools.wraps(fn)
            def wrapper(*args, **kwargs):
                result = fn(*args, **kwargs)
                logging.info("args=%r", args)  # expect: AMZ005
                return result
            return wrapper

        {SHIP_TO}
        @dataclass
        class Item:
            sku: str
            asin: str
            title: str
            qty: int

        @dataclass
        class Order:
            order_id: str
            purchase_date: str
            status: str
            buyer_email: str
            buyer_name: str
            ship_to: ShipTo
            items: list = field(default_factory=list)

        @audited
        def export_skus(orders, path):
            with open(path, "w") as fh:
                out = csv.writer(fh)
                for order in orders:
                    for item in order.items:
                        out.writerow([order.order_id, item.sku, item.asin, item.qty])

        @audited
        def export_buyers(orders, path):
            with open(path, "w") as fh:
                csv.writer(fh).writerows([(o.order_id, o.buyer_email) for o in orders])  # expect: AMZ003

        def load():
            api = Orders()
            out = []
            for o in api.get_orders(CreatedAfter="2024").payload["Orders"]:
                a, b = o["ShippingAddress"], o["BuyerInfo"]
                items = [Item(i["SellerSKU"], i["ASIN"], i["Title"], i["QuantityOrdered"]) for i in api.get_order_items(o["AmazonOrderId"]).payload["OrderItems"]]
                ship_to = ShipTo(a["Name"], a["AddressLine1"], a["AddressLine2"], a["City"], a["StateOrRegion"], a["PostalCode"], a["CountryCode"], a["Phone"])
                out.append(Order(o["AmazonOrderId"], o["PurchaseDate"], o["OrderStatus"], b["BuyerEmail"], b["BuyerName"], ship_to, items))
            return out

        orders = load()
        export_skus(orders, "skus.csv")
        export_buyers(orders, "buyers.csv")
        """.replace("{SHIP_TO}", SHIP_TO)
    )


def test_a_dict_made_of_key_value_pairs_holds_the_values_under_keys_not_known():
    """`dict(pool.map(geocode, addresses))` of (address, (lat, lon)) pairs: a value read back is
    the coordinates, not the address it is keyed by (before, the dict was the list of pairs, so
    `coords[k][0]` was the address; blind corpus hunt36 k10). The keys are still the dict's."""
    check(
        """
        import logging
        from concurrent.futures import ThreadPoolExecutor
        from sp_api.api import Orders

        def geocode(key):
            return key, (1.0, 2.0)

        def main():
            api = Orders()
            addrs = [api.get_order_address(o["AmazonOrderId"]).payload["ShippingAddress"]["AddressLine1"]
                     for o in api.get_orders(CreatedAfter="2024").payload["Orders"]]
            with ThreadPoolExecutor() as pool:
                coords = dict(pool.map(geocode, addrs))
            for a in addrs:
                logging.info("lat %s lon %s", coords[a][0], coords[a][1])
            logging.info("where %s", list(coords))  # expect: AMZ005
            by_name = dict([(a, len(a)) for a in addrs])
            logging.info("lengths %s", sorted(by_name.values()))
            logging.info("names %s", by_name)  # expect: AMZ005
        """
    )


@pytest.mark.parametrize(
    "body",
    [
        # names added after the literal: their positions are not known
        """
        keys = ["order_id"]
        values = [oid]
        keys.append("email")
        values.append(email)
        logging.info("to %s", dict(zip(keys, values))["email"])  # expect: AMZ005
        """,
        # a list of this function's own reordered in place, or sliced: its positions do not show it
        """
        row = ["job-1", oid, email]
        row.pop(0)
        logging.info("to %s", dict(zip(("order_id", "email"), row))["email"])  # expect: AMZ005
        """,
        """
        row = (oid, email)
        logging.info("to %s", dict(zip(("email",), row[1:]))["email"])  # expect: AMZ005
        """,
    ],
    ids=["names-appended", "row-popped", "row-sliced"],
)
def test_zipped_names_pair_by_position_only_where_positions_are_known(body: str) -> None:
    """Review probes of the twenty-fourth pass: zip(FIELDS, row) pairs by position only for
    names written once and a row its caller passes; otherwise each name may hold any value."""
    import textwrap

    check(
        """
        import logging
        from sp_api.api import Orders

        def main(oid):
            email = Orders().get_order_buyer_info(oid).payload["BuyerEmail"]
        """
        + textwrap.indent(textwrap.dedent(body), " " * 12)
    )


def test_a_smaller_part_is_not_cut_where_folding_a_larger_one_whole_is_enough():
    """Review probes of the twenty-fourth pass: a pair of a dict of sixteen small dicts and a
    small nested record keeps the record whole (its id apart from its email, its object's type)
    when folding the large dict whole brings the value back under the bound."""
    check(
        """
        import logging
        import requests
        from sp_api.api import Orders

        Z = {"units": "0", "sales": "0"}

        class Crm:
            def push(self, rec):
                requests.post("https://crm.example.com/api", json=rec)  # expect: AMZ004

        def main(oid):
            email = Orders().get_order_buyer_info(oid).payload["BuyerEmail"]
            totals = {"US": Z, "CA": Z, "MX": Z, "BR": Z, "UK": Z, "DE": Z, "FR": Z, "IT": Z,
                      "ES": Z, "NL": Z, "SE": Z, "PL": Z, "TR": Z, "AE": Z, "IN": Z, "JP": Z}
            info = {"order": {"id": oid, "email": email}, "out": {"crm": Crm()}}
            jobs = []
            jobs.append((totals, info))
            for t, i in jobs:
                logging.info("order %s", i["order"]["id"])
                logging.info("to %s", i["order"]["email"])  # expect: AMZ005
                i["out"]["crm"].push({"email": email})
        """
    )


def test_a_property_of_a_record_with_more_than_sixteen_fields_is_what_it_returns():
    """A pydantic model with eighteen fields keeps the last two in its element part; a property
    read from it in a helper (`order.units`) is what the property returns, not those fields (the
    buyer's phone; blind corpus hunt37 m10). The fields themselves are still read."""
    check(
        """
        import logging
        from typing import List, Optional
        from pydantic import BaseModel
        from sp_api.api import Orders

        class Line(BaseModel):
            sku: str
            quantity: int

        class SyncedOrder(BaseModel):
            tenant_id: str
            order_id: str
            status: str
            purchase_date: str
            latest_ship_date: Optional[str] = None
            currency: str = "USD"
            total: str = "0"
            lines: List[Line] = []
            buyer_name: Optional[str] = None
            buyer_email: Optional[str] = None
            ship_name: Optional[str] = None
            ship_line1: Optional[str] = None
            ship_city: Optional[str] = None
            ship_state: Optional[str] = None
            ship_zip: Optional[str] = None
            ship_country: Optional[str] = None
            ship_phone: Optional[str] = None
            ship_line2: Optional[str] = None

            @property
            def units(self) -> int:
                return sum(l.quantity for l in self.lines)

        def convert(o):
            s, b = o["ShippingAddress"], o["BuyerInfo"]
            return SyncedOrder(
                tenant_id="t", order_id=o["AmazonOrderId"], status=o["OrderStatus"], purchase_date=o["PurchaseDate"],
                latest_ship_date=o.get("LatestShipDate"), currency="USD", total="0",
                lines=[Line(sku=i["SellerSKU"], quantity=int(i["QuantityOrdered"])) for i in o["Items"]],
                buyer_name=b["BuyerName"], buyer_email=b["BuyerEmail"], ship_name=s["Name"], ship_line1=s["AddressLine1"],
                ship_city=s["City"], ship_state=s["StateOrRegion"], ship_zip=s["PostalCode"], ship_country=s["CountryCode"],
                ship_phone=s["Phone"], ship_line2=s["AddressLine2"],
            )

        def notify(order):
            logging.info("order %s: %d units", order.order_id, order.units)
            logging.info("call %s", order.ship_phone)  # expect: AMZ005

        for o in Orders().get_orders(CreatedAfter="2024").payload["Orders"]:
            notify(convert(o))
        """
    )


def test_the_types_of_a_registry_as_full_as_a_value_reach_a_helper_it_is_passed_to():
    """A dict of as many handler objects as a value keeps parts, passed to a helper that calls
    one by name: each named part's type is the callers' (note_param_refs keeps MAX_PART_REFS of
    them, as many as a value keeps); the review of the bound's change found the last one's lost."""
    entries = "\n".join(f'        "c{i:02d}": Null(),' for i in range(MAX_FIELDS - 1))
    check(
        "import requests\nfrom sp_api.api import Orders\n\n\nclass Null:\n    def push(self, email):\n"
        "        return len(email)\n\n\nclass Zendesk:\n    def push(self, email):\n"
        '        requests.post("https://acme.zendesk.com/api/v2/users", json={"user": {"email": email}})  # expect: AMZ004\n\n\n'
        f"def build():\n    channels = {{\n{entries}\n    }}\n"
        '    channels["zendesk"] = Zendesk()\n    return channels\n\n\n'
        "def notify(channels, name, email):\n    channels[name].push(email)\n\n\n"
        "def main(order_id):\n    info = Orders().get_order_buyer_info(order_id).payload\n"
        '    notify(build(), "zendesk", info["BuyerEmail"])\n'
    )


def test_a_parameters_elements_and_keys_fold_apart():
    """compact: labels of one parameter read at the same keys of its elements and of its keys
    (iterating a parameter gives both) fold into one label per first key, each at one of the
    keys read, not into the whole parameter (hunt44 t04)."""
    from auditor.values import ONE_OF, Label, compact

    labels = {Label("param", "rows", "param:f:0", (first, "@data", k)): () for first in ("[*]", "@keys") for k in "abcdefg"}
    out = compact(labels)
    assert sorted(lab.path[0] for lab in out) == ["@keys", "[*]"]
    assert all(lab.path[1:] == ("@data", ONE_OF + "\x1f".join("abcdefg")) for lab in out)
    # labels of one first key still fold as before: at one of the keys read
    one = compact({Label("param", "rows", "param:f:0", ("[*]", k)): () for k in "abcdefghijklmn"})
    assert [lab.path for lab in one] == [("[*]", ONE_OF + "\x1f".join("abcdefghijklmn"))]


def test_a_small_part_cut_deep_before_a_large_one_was_cut_shallower_gets_it_back():
    """bounded(): a small nested header beside a large list of items. Cutting level by level cut
    the header's invoice (its number beside the buyer's email) before the list was cut enough
    alone; the header gets back what still fits, so its number stays apart (review of the
    twenty-eighth pass, probe b02)."""
    from auditor.values import KEPT_NODES, Value, bounded, flatten

    def leaf(name: str) -> Value:
        return Value(None, None, frozenset(), frozenset({name}))

    item = Value(None, {**{f"f{i}": leaf(f"it{i}") for i in range(26)},
                        "price": Value(None, {"Amount": leaf("amt"), "CurrencyCode": leaf("cur")}),
                        "tax": Value(None, {"Amount": leaf("tamt"), "CurrencyCode": leaf("tcur")})})
    invoice = Value(None, {"number": leaf("inv_no"), "buyer_email": leaf("email"), "date": leaf("date")})
    v = Value(None, {"lines": Value(None, {"[*]": item}), "header": Value(None, {"doc": Value(None, {"invoice": invoice})})})
    b = bounded(v)
    assert b.size <= KEPT_NODES and set(flatten(b)) == set(flatten(v))
    kept = b.fields["header"].fields["doc"].fields["invoice"]
    assert kept.fields["number"].consts == frozenset({"inv_no"})
