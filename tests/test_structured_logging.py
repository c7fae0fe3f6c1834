"""structlog and loguru: bound context, configured processors that redact keys, and tracebacks
that show their variables (hunt48 x09, written fresh here)."""

from __future__ import annotations

from auditor.testing import check, check_files


def test_a_bound_logger_writes_its_context_where_it_logs() -> None:
    """`log.bind(ship_to=name)` makes a logger that writes the name with every line it logs: the
    finding is the line that logs (through an attribute set in another method, too), not the bind;
    a bound logger never used to log, or one rebound with `new()`, writes nothing of it."""
    check(
        """
        import structlog
        from loguru import logger
        from sp_api.api import Orders

        log = structlog.get_logger("worker")
        o = Orders().get_order("1").payload

        def order_logger(order):
            return log.bind(order_id=order["AmazonOrderId"], ship_to=order["ShippingAddress"]["Name"])

        class Worker:
            def __init__(self):
                self.log = log

            def process(self, order):
                self.log = order_logger(order)
                self.buy_label()

            def buy_label(self):
                self.log.info("label_purchased", carrier="ups")  # expect: AMZ005

        Worker().process(o)
        safe = log.bind(order_id=o["AmazonOrderId"])
        safe.info("ok")
        named = safe.bind(name=o["BuyerInfo"]["BuyerName"])
        named.new(order_id=o["AmazonOrderId"]).info("fresh context")
        named.info("with the name")  # expect: AMZ005
        logger.bind(buyer=o["BuyerInfo"]["BuyerName"]).warning("late")  # expect: AMZ005
        logger.bind(order_id=o["AmazonOrderId"]).info("on time")
        unused = log.bind(email=o["BuyerInfo"]["BuyerEmail"])
        """
    )


def test_a_configured_processor_redacts_the_keys_it_writes_over() -> None:
    """A structlog processor in `structlog.configure(processors=[...])` that writes a constant or
    a masked value at some keys of the event dict, or pops them, redacts those keys on every line:
    a keyword (or a bound entry) so named is not reported; other keys, a processor that only
    changes a value's case, and one that is never configured redact nothing."""
    check(
        """
        import structlog
        from sp_api.api import Orders

        REDACTED_KEYS = ("buyer_email", "phone")

        def mask(v):
            return v[:2] + "***"

        def redact(_logger, _name, event_dict):
            for key in REDACTED_KEYS:
                if key in event_dict:
                    event_dict[key] = mask(event_dict[key])
            return event_dict

        def drop_contact(_logger, _name, event_dict):
            event_dict.pop("email", None)
            event_dict["address"] = "[redacted]"
            return event_dict

        def lower(_logger, _name, event_dict):
            event_dict["name"] = event_dict["name"].lower()
            return event_dict

        def unused(_logger, _name, event_dict):
            event_dict["ship_to"] = "[x]"
            return event_dict

        structlog.configure(processors=[redact, drop_contact, lower, structlog.processors.JSONRenderer()])
        log = structlog.get_logger()
        o = Orders().get_order("1").payload
        log.info("a", buyer_email=o["BuyerInfo"]["BuyerEmail"], email=o["BuyerInfo"]["BuyerEmail"])
        log.info("b", address=o["ShippingAddress"])
        log.bind(phone=o["ShippingAddress"]["Phone"]).info("c")
        log.info("d", name=o["BuyerInfo"]["BuyerName"])  # expect: AMZ005
        log.info("e", ship_to=o["ShippingAddress"])  # expect: AMZ005
        log.bind(mobile=o["ShippingAddress"]["Phone"]).info("f")  # expect: AMZ005
        """
    )


def test_a_traceback_that_shows_variables_writes_the_try_blocks_data() -> None:
    """loguru's `logger.add(path, diagnose=True)` writes, with an exception's traceback, the
    values of the variables on the failing line: `logger.exception(...)` in a handler writes what
    the try block's variables hold (a report row), not only the message (an order id). A row of a
    report without buyer data writes none, and without such a handler only the message counts."""
    check(
        """
        import csv, io
        from loguru import logger
        from sp_api.api import Reports

        logger.add("worker.log", serialize=True, diagnose=True)

        def rows(report_type):
            reports = Reports()
            report_id = reports.create_report(reportType=report_type).payload["reportId"]
            doc_id = reports.get_report(report_id).payload["reportDocumentId"]
            doc = reports.get_report_document(doc_id, download=True).payload["document"]
            return csv.DictReader(io.StringIO(doc), delimiter="\\t")

        def to_ship():
            totals = {}
            for row in rows("GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING"):
                try:
                    totals[row["sku"]] = int(row["quantity-to-ship"])
                except ValueError:
                    logger.exception("bad row for order {}", row.get("order-id"))  # expect: AMZ005
            return totals

        def on_hand():
            levels = {}
            for row in rows("GET_FBA_MYI_UNSUPPRESSED_INVENTORY_DATA"):
                try:
                    levels[row["sku"]] = int(row["afn-fulfillable-quantity"])
                except ValueError:
                    logger.exception("bad row for sku {}", row.get("sku"))
            return levels
        """
    )
    check(
        """
        import csv, io
        from loguru import logger
        from sp_api.api import Reports

        logger.add("worker.log", serialize=True, diagnose=False)
        doc = Reports().get_report_document("GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING", download=True).payload["document"]
        for row in csv.DictReader(io.StringIO(doc), delimiter="\\t"):
            try:
                qty = int(row["quantity-to-ship"])
            except ValueError:
                logger.exception("bad row for order {}", row.get("order-id"))
        """
    )


def test_a_filter_on_the_modules_own_logger_redacts_it() -> None:
    """`log = logging.getLogger(__name__); log.addFilter(Redact())`: the filter is on the logger
    the module writes to (its name is the module's), so its lines are redacted; a filter that
    keeps the message as it was redacts nothing."""
    check(
        """
        import logging, re
        from sp_api.api import Orders

        _EMAIL = re.compile(r"[\\\\w.+-]+@[\\\\w-]+")

        class RedactFilter(logging.Filter):
            def filter(self, record):
                text = record.getMessage()
                record.msg = _EMAIL.sub("[email]", text)
                record.args = ()
                return True

        log = logging.getLogger(__name__)
        log.addFilter(RedactFilter())
        o = Orders().get_order("1").payload
        log.info("awarded points to %s", o["BuyerInfo"]["BuyerEmail"])
        """
    )
    check(
        """
        import logging
        from sp_api.api import Orders

        class Prefix(logging.Filter):
            def filter(self, record):
                record.msg = "[run] %s" % record.msg
                return True

        log = logging.getLogger(__name__)
        log.addFilter(Prefix())
        o = Orders().get_order("1").payload
        log.info("awarded points to %s", o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        """
    )


def test_the_reviews_probes_of_bound_loggers() -> None:
    """A logger made by `new()`, `unbind()`, loguru's `patch()` or `opt(...).bind(...)` keeps
    what it carries, and a log method read off a bound logger and called later (`emit =
    blog.info`, `getattr(blog, level)`) writes its context too (review of the thirtieth pass)."""
    check(
        """
        import structlog
        from loguru import logger
        from sp_api.api import Orders

        log = structlog.get_logger()
        o = Orders().get_order("1").payload
        log.new(ship_to=o["ShippingAddress"]).info("fresh")  # expect: AMZ005
        blog = log.bind(order_id=o["AmazonOrderId"], email=o["BuyerInfo"]["BuyerEmail"])
        blog.unbind("email").info("shipped")
        blog.info("with the email")  # expect: AMZ005
        logger.bind(name=o["BuyerInfo"]["BuyerName"]).patch(lambda r: None).info("patched")  # expect: AMZ005
        emit = blog.info
        emit("through a method value")  # expect: AMZ005
        level = "warning" if o["OrderStatus"] == "Unshipped" else "info"
        getattr(blog, level)("by level")  # expect: AMZ005
        try:
            raise ValueError(o["BuyerInfo"]["BuyerEmail"])
        except ValueError:
            logger.opt(exception=True).bind(order_id=o["AmazonOrderId"]).error("failed")  # expect: AMZ005
        """
    )


def test_a_processor_that_only_may_redact_a_key_redacts_nothing() -> None:
    """A processor's write counts only when it happens on every line that has the key: not under
    another condition, not a `setdefault` (which never overwrites), not a key whose value it moves
    to another key; and a key counts only where every `structlog.configure` redacts it (a
    development configuration beside production's). `bind_contextvars` is merged in where the
    configuration says, so a processor is not taken to redact it (review of the thirtieth pass)."""
    check(
        """
        import os
        import structlog
        from sp_api.api import Orders

        def debug_only(_logger, method_name, event_dict):
            if method_name == "debug":
                event_dict["email"] = "[redacted]"
            return event_dict

        def early_exit(_logger, method_name, event_dict):
            if method_name != "info":
                return event_dict
            event_dict["phone"] = "[redacted]"
            return event_dict

        def defaults(_logger, _name, event_dict):
            event_dict.setdefault("customer", "anonymous")
            return event_dict

        def rename(_logger, _name, event_dict):
            if "mail" in event_dict:
                event_dict["user_mail"] = event_dict.pop("mail")
            return event_dict

        structlog.configure(processors=[debug_only, early_exit, defaults, rename, structlog.processors.JSONRenderer()])
        log = structlog.get_logger()
        o = Orders().get_order("1").payload
        log.info("a", email=o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        log.info("b", phone=o["ShippingAddress"]["Phone"])  # expect: AMZ005
        log.info("c", customer=o["BuyerInfo"]["BuyerName"])  # expect: AMZ005
        log.info("d", mail=o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        """
    )
    check(
        """
        import os
        import structlog
        from sp_api.api import Orders

        def redact(_logger, _name, event_dict):
            if event_dict.get("email"):
                event_dict["email"] = "[redacted]"
            return event_dict

        if os.environ.get("ENV") == "prod":
            structlog.configure(processors=[redact, structlog.contextvars.merge_contextvars, structlog.processors.JSONRenderer()])
        else:
            structlog.configure(processors=[structlog.dev.ConsoleRenderer()])
        log = structlog.get_logger()
        o = Orders().get_order("1").payload
        log.info("a", email=o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        structlog.contextvars.bind_contextvars(email=o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        """
    )


def test_a_scripts_module_logger_is_also_the_main_logger() -> None:
    """A module that is also run as a script (`if __name__ == "__main__":`) logs under
    "__main__" then: a filter configured on its module name does not cover those lines (review
    of the thirtieth pass)."""
    check_files(
        {
            "worker.py": """
                import logging, logging.config, re
                from sp_api.api import Orders

                class Redact(logging.Filter):
                    def filter(self, record):
                        record.msg = re.sub(r"\\\\S+@\\\\S+", "[email]", record.getMessage())
                        record.args = ()
                        return True

                logging.config.dictConfig({
                    "version": 1,
                    "filters": {"redact": {"()": Redact}},
                    "loggers": {"worker": {"filters": ["redact"]}},
                })
                log = logging.getLogger(__name__)

                def main():
                    o = Orders().get_order("1").payload
                    log.info("buyer %s", o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005

                if __name__ == "__main__":
                    main()
            """,
        }
    )


def test_the_second_reviews_probes_of_processors() -> None:
    """A processor's write under a `match` case, or under a test of another key's value, does
    not redact; one after `if "email" not in event_dict: return event_dict` does; a
    `structlog.configure(...)` without `processors=` keeps those configured before (second review
    of the thirtieth pass)."""
    check(
        """
        import structlog
        from sp_api.api import Orders

        def by_level(_logger, method_name, event_dict):
            match method_name:
                case "debug":
                    event_dict["email"] = "[redacted]"
            return event_dict

        def by_event(_logger, _m, event_dict):
            if event_dict.get("event") == "order.shipped":
                event_dict["phone"] = "[redacted]"
            return event_dict

        def early(_logger, _m, event_dict):
            if "name" not in event_dict:
                return event_dict
            event_dict["name"] = "[redacted]"
            return event_dict

        structlog.configure(processors=[by_level, by_event, early, structlog.processors.JSONRenderer()])
        structlog.configure(cache_logger_on_first_use=True)
        log = structlog.get_logger()
        o = Orders().get_order("1").payload
        log.info("a", email=o["BuyerInfo"]["BuyerEmail"])  # expect: AMZ005
        log.info("b", phone=o["ShippingAddress"]["Phone"])  # expect: AMZ005
        log.info("c", name=o["BuyerInfo"]["BuyerName"])
        """
    )
