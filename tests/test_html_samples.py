"""Hand-built ScanResults for the HTML report tests (also used by tests/browser), plus the size check.

The demo project "shop-sync" reads buyer data through the SP-API and sends it to marketing tools,
email, a database, an analytics host, the logs and a buyer message, across several modules.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime

from auditor.model import Finding, Flow, Incomplete, Location, ScanResult, Skipped, SourceRef, Step
from auditor.render.html import render_html
from auditor.render.html_view import GitInfo, ReportMeta

ROOT = "/home/dev/shop-sync"


def fixed_meta(**changes: object) -> ReportMeta:
    values: dict[str, object] = {
        "generated_at": datetime(2025, 11, 26, 9, 30, tzinfo=UTC),
        "git": GitInfo(commit="3f9c2a1be4d07c5a9e1f2b3c4d5e6f708192a3b4", branch="main"),
    }
    values.update(changes)
    return ReportMeta(**values)  # type: ignore[arg-type]


def loc(path: str, line: int, snippet: str, expr: str = "") -> Location:
    """A location whose column range covers expr inside snippet (or the whole stripped line)."""
    target = expr or snippet.strip()
    col = snippet.index(target) + 1
    return Location(path, line, col, line, col + len(target), snippet)


def source(data: str, origin: str, location: Location, catalog_id: str = "") -> SourceRef:
    return SourceRef(catalog_id or "sp_api." + origin.lower(), data, origin, location)


BUYER_INFO = loc(
    "sp/orders.py",
    18,
    "    info = orders.get_order_buyer_info(order_id).payload",
    "orders.get_order_buyer_info(order_id)",
)
ORDER = loc(
    "sp/orders.py", 31, "    order = orders.get_order(order_id).payload", "orders.get_order(order_id)"
)
ADDRESS = loc(
    "sp/orders.py",
    44,
    "    address = orders.get_order_address(order_id).payload",
    "orders.get_order_address(order_id)",
)


def _email_flow(sink: Location, via: tuple[Step, ...] = ()) -> Flow:
    return Flow(
        source("buyer email", "Orders.get_order_buyer_info", BUYER_INFO),
        (
            Step("source", "buyer email read from the Orders API", BUYER_INFO),
            Step("return", "returned by fetch_buyer()", loc("sp/orders.py", 19, "    return info", "info")),
            *via,
            Step("sink", "reaches the sink", sink),
        ),
    )


def finding(
    rule_id: str,
    rule_name: str,
    severity: str,
    message: str,
    sink_loc: Location,
    sink: str,
    destination: str,
    flows: tuple[Flow, ...],
    function: str,
    level: str = "error",
    consent_guarded: bool = False,
) -> Finding:
    return Finding(
        rule_id=rule_id,
        rule_name=rule_name,
        severity=severity,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        message=message,
        location=sink_loc,
        sink=sink,
        destination=destination,
        flows=flows,
        fingerprint=f"{rule_id}:{sink_loc.path}:{function}:{sink}",
        consent_guarded=consent_guarded,
        function=function,
    )


def sample_result() -> ScanResult:
    mc_sink = loc(
        "sync/marketing.py", 42, '    client.lists.add_list_member(LIST_ID, {"email_address": email})'
    )
    kl_sink = loc("sync/marketing.py", 77, '        klaviyo.Profiles.create_profile({"email": buyer_email})')
    fb_sink = loc("sync/ads.py", 30, "    audience.add_users(schema, [[sha256(email), sha256(phone)]])")
    smtp_sink = loc("notify/email.py", 25, "    smtp.sendmail(FROM, buyer_email, body)")
    db_sink = loc(
        "store/db.py", 58, '    cur.execute(INSERT_BUYER, (name, address["AddressLine1"], address["City"]))'
    )
    http_sink = loc("integrations/analytics.py", 12, "    requests.post(ANALYTICS_URL, json=order)")
    log_sink = loc("sync/marketing.py", 51, '    logger.info("synced order %s", order)')
    msg_sink = loc(
        "messaging/followup.py",
        22,
        '    messaging.create_unexpected_problem(order_id, body={"text": text})',
    )
    note_sink = loc(
        "sync/newsletter.py", 19, '        mailchimp.lists.add_list_member(NEWS_ID, {"email_address": email})'
    )
    assign_email = Step(
        "assign",
        'email = info["BuyerEmail"]',
        loc("sync/marketing.py", 38, '    email = info["BuyerEmail"]', 'info["BuyerEmail"]'),
    )
    call_step = Step(
        "call",
        "passed to sync_one(buyer_email=...)",
        loc("sync/marketing.py", 70, '    sync_one(buyer_email=info["BuyerEmail"])', 'info["BuyerEmail"]'),
    )
    phone_flow = Flow(
        source("buyer phone", "Orders.get_order_address", ADDRESS),
        (
            Step("source", "buyer phone read from the Orders API", ADDRESS),
            Step(
                "assign",
                'phone = address["Phone"]',
                loc("sync/ads.py", 26, '    phone = address["Phone"]', 'address["Phone"]'),
            ),
            Step("sink", "hashed and sent to a Facebook Custom Audience", fb_sink),
        ),
    )
    order_flow = Flow(
        source("order (whole)", "Orders.get_order", ORDER),
        (Step("source", "whole order from the Orders API", ORDER), Step("sink", "logged", log_sink)),
    )
    findings = (
        finding("AMZ001", "pii-to-marketing", "critical", "Buyer email is added to a Mailchimp list", mc_sink,
                "mailchimp_marketing.Client.lists.add_list_member", "a Mailchimp list",
                (_email_flow(mc_sink, (assign_email,)),), "sync.marketing.sync_buyers_to_mailchimp"),
        finding("AMZ001", "pii-to-marketing", "critical", "Buyer email is added to a Klaviyo profile", kl_sink,
                "klaviyo_api.Profiles.create_profile", "Klaviyo profiles",
                (_email_flow(kl_sink, (call_step,)),), "sync.marketing.sync_one"),
        finding("AMZ001", "pii-to-marketing", "critical", "Hashed buyer email and phone go to a Facebook Custom Audience",
                fb_sink, "facebook_business.adobjects.customaudience.CustomAudience.add_users",
                "a Facebook Custom Audience", (_email_flow(fb_sink), phone_flow), "sync.ads.push_audience"),
        finding("AMZ002", "direct-contact", "high", "Buyer is emailed directly with smtplib", smtp_sink,
                "smtplib.SMTP.sendmail", "an email to the buyer", (_email_flow(smtp_sink),), "notify.email.send_thanks"),
        finding("AMZ003", "pii-to-storage", "high", "Buyer name and address are stored in clear in PostgreSQL",
                db_sink, "psycopg2.extensions.cursor.execute", "a SQL database",
                (Flow(source("buyer address", "Orders.get_order_address", ADDRESS),
                      (Step("source", "shipping address from the Orders API", ADDRESS),
                       Step("sink", "written by cursor.execute", db_sink))),), "store.db.save_buyer"),
        finding("AMZ004", "pii-to-third-party", "high", "Whole order is posted to an analytics host", http_sink,
                "requests.post", "an HTTP request to api.metrics.example",
                (Flow(source("order (whole)", "Orders.get_order", ORDER),
                      (Step("source", "whole order from the Orders API", ORDER),
                       Step("sink", "sent as JSON", http_sink))),), "integrations.analytics.track"),
        finding("AMZ005", "pii-to-log", "medium", "Whole order is written to the log", log_sink,
                "logging.Logger.info", "the application log", (order_flow,), "sync.marketing.sync_buyers_to_mailchimp"),
        finding("AMZ006", "buyer-redirect", "high", "Buyer message contains an outside link and a coupon", msg_sink,
                "sp_api.api.Messaging.create_unexpected_problem", "a buyer message",
                (Flow(source("off-Amazon link", "PROMO_TEXT", loc("messaging/followup.py", 5,
                      "PROMO_TEXT = \"Visit shop.example.com for 20% off\"", "\"Visit shop.example.com for 20% off\""),
                      "text.off_amazon_link"),
                      (Step("source", "promotional text defined here", loc("messaging/followup.py", 5,
                            "PROMO_TEXT = \"Visit shop.example.com for 20% off\"",
                            "\"Visit shop.example.com for 20% off\"")),
                       Step("sink", "used as the message text", msg_sink))),), "messaging.followup.send_followup"),
        finding("AMZ001", "pii-to-marketing", "critical", "Buyer email is added to a newsletter list when opted in",
                note_sink, "mailchimp_marketing.Client.lists.add_list_member", "a Mailchimp list",
                (_email_flow(note_sink),), "sync.newsletter.subscribe", level="note", consent_guarded=True),
    )  # fmt: skip
    return ScanResult(
        root=ROOT,
        tool_version="0.1.0",
        files_scanned=23,
        findings=findings,
        skipped=(
            Skipped(
                "legacy/py2_export.py",
                "syntax error at line 14: Python 2 print statement; port it to Python 3",
            ),
            Skipped(
                "data/fixtures_dump.py",
                "larger than the 5 MB limit (12.4 MB); raise --max-file-bytes to scan it",
            ),
        ),
        incomplete=(Incomplete("store/db.py", "store.db.bulk_export", "call depth bound (8) reached"),),
        duration_seconds=1.84,
        fail_on="high",
    )


def empty_result() -> ScanResult:
    return ScanResult(root=ROOT, tool_version="0.1.0", files_scanned=12, findings=(), duration_seconds=0.31)


HOSTILE_SNIPPET = (
    "    print(\"<script>alert(1)</script>\", '</textarea>')  # \"quoted\" 'javascript:alert(1)'"
)
HOSTILE_PATH = "javascript:alert(1)//<script>alert(1)</script>.py"


def hostile_result() -> ScanResult:
    """Strings and comments a scanned project could contain, in every field the report shows."""
    sink = Location(HOSTILE_PATH, 3, 5, 3, 55, HOSTILE_SNIPPET)
    src = Location(
        "</textarea><script>alert(3)</script>.py", 1, 1, 1, 10, "x = '</script><script>alert(4)</script>'"
    )
    flow = Flow(
        SourceRef(
            "<script>alert(5)</script>", "</script>\"'&<b>", "Orders.<img src=x onerror=alert(6)>", src
        ),
        (Step("source", "<script>alert(7)</script>", src), Step("sink", '"><script>alert(8)</script>', sink)),
    )
    f = Finding(
        rule_id="AMZ005",
        rule_name="pii-to-log",
        severity="medium",
        level="error",
        message="<script>alert(9)</script> \"quotes\" 'single' & </textarea>",
        location=sink,
        sink="print<script>alert(10)</script>",
        destination='"><script>alert(11)</script>',
        flows=(flow,),
        fingerprint="x",
        function="<b>f</b>",
    )
    custom = Finding(
        rule_id="<script>alert(12)</script>",
        rule_name="custom",
        severity="low",
        level="error",
        message="custom rule",
        location=sink,
        sink="s",
        destination="d",
        flows=(flow,),
        fingerprint="y",
    )
    return ScanResult(
        root="/tmp/<script>alert(13)</script>",
        tool_version="0.1.0",
        files_scanned=1,
        findings=(f, custom),
        skipped=(Skipped("</textarea>.py", "<script>alert(14)</script>"),),
        extra={"suppressed": "<script>"},
    )


def large_result(n: int = 3000) -> ScanResult:
    """n findings over 150 files in 15 modules, three-step flows, every rule."""
    rules = [
        ("AMZ001", "pii-to-marketing", "critical"),
        ("AMZ002", "direct-contact", "high"),
        ("AMZ003", "pii-to-storage", "high"),
        ("AMZ004", "pii-to-third-party", "high"),
        ("AMZ005", "pii-to-log", "medium"),
        ("AMZ006", "buyer-redirect", "high"),
    ]
    findings = []
    for i in range(n):
        rule_id, name, sev = rules[i % len(rules)]
        path = f"pkg{i % 15}/module_{i % 150}.py"
        src = Location(f"pkg{i % 15}/api_{i % 7}.py", 10 + i % 50, 5, 10 + i % 50, 40,
                       f"    info_{i} = orders.get_order_buyer_info(order_{i}).payload")  # fmt: skip
        mid = Location(path, 20 + i % 80, 5, 20 + i % 80, 30, f'    email_{i} = info_{i}["BuyerEmail"]')
        sink = Location(
            path, 100 + i % 300, 5, 100 + i % 300, 60, f'    client.send(email_{i}, note="row {i}")'
        )
        flow = Flow(
            SourceRef("sp_api.orders", ("buyer email", "buyer name", "buyer address")[i % 3],
                      f"Orders.get_order_buyer_info_{i % 5}", src),
            (Step("source", "read", src), Step("assign", "assigned", mid), Step("sink", "sent", sink)),
        )  # fmt: skip
        findings.append(
            Finding(
                rule_id,
                name,
                sev,
                "error",
                f"Finding number {i}: buyer data reaches a sink",
                sink,  # type: ignore[arg-type]
                f"vendor{i % 40}.Client.send",
                f"destination {i % 25}",
                (flow,),
                f"fp{i}",
                function=f"pkg{i % 15}.module_{i % 150}.handler_{i % 9}",
            )  # fmt: skip
        )
    return ScanResult(root=ROOT, tool_version="0.1.0", files_scanned=150, findings=tuple(findings))


def test_render_is_deterministic_given_meta() -> None:
    assert render_html(sample_result(), meta=fixed_meta()) == render_html(sample_result(), meta=fixed_meta())


def test_large_report_time_and_size() -> None:
    result = large_result(3000)
    started = time.perf_counter()
    html = render_html(result, meta=fixed_meta())
    elapsed = time.perf_counter() - started
    size = len(html.encode("utf-8"))
    print(f"\n3000 findings: render_html {elapsed:.2f} s, {size / 1_000_000:.2f} MB")
    assert html.count('class="finding ') == 3000
    assert elapsed < 20
    assert size < 25_000_000
