"""A logging.Filter that rewrites a record's text, put on a logger, redacts what is logged there
(the reference: "a logging.Filter with redaction on the logger" clears AMZ005); catalog
world.toml [logging]. Blind corpus hunt39 o08."""

from __future__ import annotations

from auditor.testing import check, check_files

FILTERS = '''
import logging, re
EMAIL = re.compile(r"[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+")
class Redact(logging.Filter):
    def filter(self, record):
        record.msg = EMAIL.sub("[email]", str(record.msg))
        if record.args:
            record.args = tuple(EMAIL.sub("[email]", str(a)) for a in record.args)
        return True
class OnlyErrors(logging.Filter):
    def filter(self, record):
        return record.levelno >= logging.ERROR
'''


def test_a_dict_config_redacts_the_loggers_it_puts_a_redacting_filter_on() -> None:
    check(FILTERS + '''
import logging.config
from sp_api.api import Orders
logging.config.dictConfig({
    "version": 1,
    "filters": {"redact": {"()": Redact}, "errors": {"()": OnlyErrors}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "safe_file": {"class": "logging.FileHandler", "filename": "a.log", "filters": ["redact"]},
    },
    "loggers": {
        "shop.orders": {"handlers": ["console"], "filters": ["redact"]},
        "shop.audit": {"handlers": ["safe_file"], "propagate": False},
        "shop.shared": {"handlers": ["safe_file"]},
        "shop.errors": {"handlers": ["console"], "filters": ["errors"]},
    },
    # the root logger's own filter: records propagated to it from other loggers skip it (Python's
    # rule), so shop.shared's reach the console unredacted
    "root": {"handlers": ["console"], "filters": ["redact"]},
})
email = Orders().get_order_buyer_info("1").payload["BuyerEmail"]
logging.getLogger("shop.orders").info("buyer %s", email)
logging.getLogger("shop.audit").info("buyer %s", email)
logging.info("buyer %s", email)
logging.getLogger("shop.shared").info("buyer %s", email)  # expect: AMZ005
logging.getLogger("shop.errors").error("buyer %s", email)  # expect: AMZ005
logging.getLogger("shop.orders.retry").info("buyer %s", email)  # expect: AMZ005
logging.getLogger("shop.labels").info("buyer %s", email)  # expect: AMZ005
def helper(log, value):
    log.info("buyer %s", value)  # expect: AMZ005
helper(logging.getLogger("shop.labels"), email)
''')


def test_a_config_in_another_module_and_a_filter_added_to_a_logger_redact_too() -> None:
    check_files({
        "app/__init__.py": "",
        "app/logfilters.py": FILTERS,
        "app/settings.py": '''
from . import logfilters
LOGGING = {
    "version": 1,
    "filters": {"redact": {"()": logfilters.Redact}},
    "loggers": {"app.orders": {"filters": ["redact"]}},
}
''',
        "app/main.py": '''
import logging
import logging.config
from sp_api.api import Orders
from . import settings
from .logfilters import OnlyErrors, Redact
logging.config.dictConfig(settings.LOGGING)
orders_log = logging.getLogger("app.orders")
added = logging.getLogger("app.added")
added.addFilter(Redact())
errors = logging.getLogger("app.errors")
errors.addFilter(OnlyErrors())
def run():
    info = Orders().get_order_buyer_info("1").payload
    orders_log.info("buyer %s", info["BuyerEmail"])
    added.warning("buyer %s", info["BuyerName"])
    errors.error("buyer %s", info["BuyerName"])  # expect: AMZ005
''',
    })


def test_a_filter_named_by_its_import_path_and_extra_fields_without_data() -> None:
    """dictConfig's `"()": "shop.logs.Redact"` names the project's class by its import path
    (hunt41 q09); a string naming no class of the project redacts nothing. `extra=` is not seen by
    a message filter: its data stays reported, and a line whose extra fields hold none (the staff
    member's id) is cleared by the filter like any other; so is the exception `exc_info=` logs."""
    check_files({
        "shop/__init__.py": "",
        "shop/logs.py": FILTERS,
        "shop/app.py": '''
import logging
import logging.config
from sp_api.api import Orders
logging.config.dictConfig({
    "version": 1,
    "filters": {"redact": {"()": "shop.logs.Redact"}, "vendor": {"()": "vendor.logs.Redact"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"shop.audit": {"handlers": ["console"], "filters": ["redact"]},
                "shop.vendor": {"handlers": ["console"], "filters": ["vendor"]}},
})
audit = logging.getLogger("shop.audit")
info = Orders().get_order_buyer_info("1").payload
def opened(staff_id):
    audit.info("opened %s", info["BuyerName"], extra={"staff": staff_id})
    audit.info("opened %s", info["BuyerName"], extra={"buyer": info["BuyerEmail"]})  # expect: AMZ005
    try:
        raise ValueError(f"no consent for {info['BuyerEmail']}")
    except ValueError:
        audit.info("opened %s", staff_id, exc_info=True)  # expect: AMZ005
        audit.info("opened %s", info["BuyerName"], stack_info=True)
    logging.getLogger("shop.vendor").info("opened %s", info["BuyerName"])  # expect: AMZ005
''',
    })
