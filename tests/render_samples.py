"""Hand-built ScanResults for the renderer tests: realistic shapes, no engine needed."""

from __future__ import annotations

from dataclasses import replace

from auditor.model import Finding, Flow, Incomplete, Location, ScanResult, Skipped, SourceRef, Step

ROOT = "/home/dev/shop sync"  # a space, so URIs must be percent-encoded

ESC_SNIPPET = 'logger.info("\x1b[2J\x1b[31mpwned\x1b[0m <script>alert(1)</script>", order)'


def _loc(
    path: str, line: int, column: int, snippet: str = "", end_line: int = 0, end_column: int = 0
) -> Location:
    return Location(path, line, column, end_line, end_column, snippet)


# --- AMZ001: buyer email from the Orders API into a Mailchimp list, through a helper function.
_BUYER_SRC = _loc("app/orders.py", 12, 13, "info = orders.get_order_buyer_info(order_id)", 12, 58)
MARKETING = Finding(
    rule_id="AMZ001",
    rule_name="pii-to-marketing",
    severity="critical",
    level="error",
    message="buyer email from Orders.get_order_buyer_info is added to a Mailchimp list",
    location=_loc("app/sync/marketing.py", 40, 9, "client.lists.add_list_member(LIST_ID, member)", 40, 55),
    sink="mailchimp_marketing.Client.lists.add_list_member",
    destination="a Mailchimp list",
    flows=(
        Flow(
            source=SourceRef(
                "sp_api.orders.get_order_buyer_info", "buyer email", "Orders.get_order_buyer_info", _BUYER_SRC
            ),
            steps=(
                Step("source", "buyer info returned by Orders.get_order_buyer_info", _BUYER_SRC),
                Step(
                    "assign",
                    "email = info['BuyerEmail']",
                    _loc("app/orders.py", 13, 5, "email = info['BuyerEmail']"),
                ),
                Step(
                    "call",
                    "email passed to subscribe(email)",
                    _loc("app/orders.py", 20, 5, "subscribe(email)"),
                ),
                Step(
                    "param",
                    "parameter address",
                    _loc("app/sync/marketing.py", 31, 15, "def subscribe(address):"),
                ),
                Step(
                    "assign",
                    "member = {'email_address': address}",
                    _loc("app/sync/marketing.py", 38, 5, "member = {\n    'email_address': address,\n}"),
                ),
                Step(
                    "sink",
                    "member reaches mailchimp_marketing.Client.lists.add_list_member",
                    _loc("app/sync/marketing.py", 40, 9, "client.lists.add_list_member(LIST_ID, member)"),
                ),
            ),
        ),
        Flow(
            source=SourceRef(
                "sp_api.orders.get_order_address",
                "buyer name",
                "Orders.get_order_address",
                _loc("app/orders.py", 15, 12, "addr = orders.get_order_address(order_id)"),
            ),
            steps=(
                Step(
                    "source",
                    "address returned by Orders.get_order_address",
                    _loc("app/orders.py", 15, 12, "addr = orders.get_order_address(order_id)"),
                ),
                Step(
                    "sink",
                    "name reaches add_list_member",
                    _loc("app/sync/marketing.py", 40, 9, "client.lists.add_list_member(LIST_ID, member)"),
                ),
            ),
        ),
    ),
    fingerprint="3f2a9c1e7b5d4a60:1",
    function="app.sync.marketing.subscribe",
)

# --- AMZ002 gated behind a consent check: reported as a note.
_CONSENT_SRC = _loc("app/notify.py", 8, 11, "email = order['BuyerInfo']['BuyerEmail']")
CONSENT_NOTE = Finding(
    rule_id="AMZ002",
    rule_name="direct-contact",
    severity="high",
    level="note",
    message="buyer email is the recipient of smtplib.SMTP.sendmail (behind a consent check)",
    location=_loc("app/notify.py", 22, 13, "smtp.sendmail(FROM, [email], body)"),
    sink="smtplib.SMTP.sendmail",
    destination="an email to the buyer",
    flows=(
        Flow(
            source=SourceRef("sp_api.orders.get_order", "buyer email", "Orders.get_order", _CONSENT_SRC),
            steps=(
                Step("source", "order from Orders.get_order", _CONSENT_SRC),
                Step(
                    "sink",
                    "email reaches smtplib.SMTP.sendmail",
                    _loc("app/notify.py", 22, 13, "smtp.sendmail(FROM, [email], body)"),
                ),
            ),
        ),
    ),
    fingerprint="a1b2c3d4e5f60718:1",
    consent_guarded=True,
    function="app.notify.send_receipt",
)

# --- AMZ005 at module level, whose snippet carries an ESC sequence and <script>.
HOSTILE = Finding(
    rule_id="AMZ005",
    rule_name="pii-to-log",
    severity="medium",
    level="warning",
    message="whole order from Orders.get_order written to logging.Logger.info",
    location=_loc("app/notify.py", 5, 1, ESC_SNIPPET, 5, 70),
    sink="logging.Logger.info",
    destination="the application log",
    flows=(
        Flow(
            source=SourceRef(
                "sp_api.orders.get_order",
                "order (whole)",
                "Orders.get_order",
                _loc("app/notify.py", 3, 9, "order = api.get_order(ORDER_ID)"),
            ),
            steps=(
                Step(
                    "source",
                    "order from Orders.get_order",
                    _loc("app/notify.py", 3, 9, "order = api.get_order(ORDER_ID)"),
                ),
                Step(
                    "sink",
                    "order reaches logging.Logger.info \x1b]0;title\x07",
                    _loc("app/notify.py", 5, 1, ESC_SNIPPET),
                ),
            ),
        ),
    ),
    fingerprint="ffee000011112222:1",
)

SKIPPED = (
    Skipped("vendor/huge_dump.py", "file is larger than 5000000 bytes (max_file_bytes)"),
    Skipped("legacy/py2_module.py", "syntax error at line 3: Python 2 print statement"),
)
INCOMPLETE = (
    Incomplete("app/sync/marketing.py", "app.sync.marketing.bulk_sync", "call depth bound (8) reached"),
)


def sample_result() -> ScanResult:
    """Three findings in two files, two skipped files and one incomplete analysis, in engine order."""
    return ScanResult(
        root=ROOT,
        tool_version="0.1.0",
        files_scanned=14,
        findings=(CONSENT_NOTE, MARKETING, HOSTILE),
        skipped=SKIPPED,
        incomplete=INCOMPLETE,
        duration_seconds=1.2345,
        fail_on="low",
        extra={"cache": "hit 12/14"},
    )


def empty_result() -> ScanResult:
    return ScanResult(
        root=ROOT,
        tool_version="0.1.0",
        files_scanned=7,
        findings=(),
        skipped=(Skipped("broken.py", "unparseable: unexpected indent at line 2"),),
    )


def reordered(result: ScanResult) -> ScanResult:
    """The same scan with its findings, skipped files and incomplete entries in reverse order."""
    return replace(
        result,
        findings=tuple(reversed(result.findings)),
        skipped=tuple(reversed(result.skipped)),
        incomplete=tuple(reversed(result.incomplete)),
        duration_seconds=99.0,
    )
