"""The six public rules. Ids and meanings are public API: never change what an id means.

Each rule cites the Amazon policy clauses it enforces (ids R01..R29 and sources S1..S17 refer to
shared/reference/amazon-data-policy.md, the project's cited policy reference).
"""

from __future__ import annotations

from dataclasses import dataclass

from auditor.model import Severity


@dataclass(frozen=True, slots=True)
class PolicyClause:
    """One clause of an Amazon policy, as cited in the policy reference."""

    ref: str  # "R03"
    title: str
    section: str
    paraphrase: str
    url: str


@dataclass(frozen=True, slots=True)
class Rule:
    """A public rule: what it finds, why Amazon forbids it, how to fix it."""

    id: str
    name: str
    title: str
    severity: Severity
    security_severity: str  # SARIF/GitHub "security-severity" (0.0-10.0) as a string
    summary: str
    description: str
    why: str
    remediation: str
    clauses: tuple[PolicyClause, ...]
    cwe: str = "CWE-359"  # Exposure of Private Personal Information to an Unauthorized Actor
    cleared_by: tuple[str, ...] = ()  # sanitizer kinds that clear this rule (see catalog)

    @property
    def help_uri(self) -> str:
        """The rule's documentation anchor, stable for SARIF consumers."""
        return f"https://github.com/amazon-data-auditor/auditor/blob/main/docs/rules.md#{self.id.lower()}"


_DPP_MWS = "https://docs.developer.amazonservices.com/en_US/dev_guide/DG_DataProtectionPolicy.html"
_AUP_MWS = "https://docs.developer.amazonservices.com/en_US/dev_guide/DG_AcceptableUsePolicy.html"
_POLICIES = "https://developer-docs.amazon.com/sp-api/docs/policies-and-agreements"
_PROHIBITED = "https://sellercentral.amazon.com/gp/help/external/help.html?itemID=200386250"
_KEY_CONTROLS = "https://developer-docs.amazon.com/sp-api/docs/guidance-to-address-key-security-controls-in-sp-api-integration"
_MESSAGING = "https://developer-docs.amazon.com/sp-api/docs/messaging-api-v1-use-case-guide"

R01 = PolicyClause(
    "R01",
    "PII only for tax and seller-fulfilled shipping",
    "SP-API Key Security Control Guidance; DPP 'Additional Security Requirements Specific to PII'; AUP §4.1",
    "Buyer PII may be used only to ship the order, handle returns and customer service, and tax.",
    _KEY_CONTROLS,
)
R02 = PolicyClause(
    "R02",
    "Contact buyers only to complete an order or answer a question",
    "Seller Central Communication Guidelines (Permitted messages)",
    "Sellers may contact buyers only to complete orders or respond to customer-service questions.",
    _PROHIBITED,
)
R03 = PolicyClause(
    "R03",
    "No marketing to buyers, by any channel",
    "Communication Guidelines; Prohibited Seller Activities 'Inappropriate email communications'; AUP §4.2",
    "Buyers may not be contacted for marketing or promotion by email, post, phone or text; Amazon gives no consent exception.",
    _PROHIBITED,
)
R04 = PolicyClause(
    "R04",
    "No marketing content inside permitted messages",
    "Prohibited Seller Activities",
    "Marketing of any kind is prohibited even inside otherwise permitted buyer messages.",
    _PROHIBITED,
)
R05 = PolicyClause(
    "R05",
    "No diverting buyers off Amazon",
    "Prohibited Seller Activities 'Attempts to divert transactions or buyers'",
    "No links, URLs or calls to action that lead buyers to another website or sales process.",
    _PROHIBITED,
)
R06 = PolicyClause(
    "R06",
    "Messaging API text: no HTML, no email addresses, only order-related links",
    "Messaging API model (Create*Request.text)",
    "Buyer message text may hold no HTML or email addresses; links only when related to the order.",
    _MESSAGING,
)
R07 = PolicyClause(
    "R07",
    "No email addresses or phone numbers in buyer messages",
    "Communication Guidelines (2020 update)",
    "Sellers may not include email addresses or telephone numbers in buyer messages.",
    _PROHIBITED,
)
R08 = PolicyClause(
    "R08",
    "No disclosure to outside parties",
    "AUP 'Data sharing' #1; current AUP §4.6-4.8",
    "Do not disclose Amazon information to any outside party unless the law requires it.",
    _AUP_MWS,
)
R11 = PolicyClause(
    "R11",
    "No use of Amazon data for AI/ML models",
    "Solution Provider Portal Agreement (2026-08, secondary sources)",
    "Amazon data may not be used to train or improve ML or large language models.",
    _POLICIES,
)
R12 = PolicyClause(
    "R12",
    "Retain PII no longer than 30 days after delivery",
    "DPP §2.1 'Data Retention'; MWS DPP 'Data Retention and Recovery'",
    "Keep PII only as long as needed to fulfil orders or meet tax and legal duties, at most 30 days after delivery.",
    _DPP_MWS,
)
R14 = PolicyClause(
    "R14",
    "Mixed stores fall under the PII rules",
    "MWS DPP 'Additional Security Requirements Specific to PII'",
    "If PII is combined with non-PII, the entire data store must comply with the PII requirements.",
    _DPP_MWS,
)
R17 = PolicyClause(
    "R17",
    "Encrypt PII at rest",
    "DPP §2.4 'Encryption and Storage'",
    "All PII at rest must be encrypted with AES-128, AES-256 or RSA-2048 or stronger.",
    _DPP_MWS,
)
R18 = PolicyClause(
    "R18",
    "No PII in removable media or unsecured public cloud apps",
    "MWS DPP 'Encryption and Storage'",
    "PII must not be stored on removable media or in unsecured public cloud applications.",
    _DPP_MWS,
)
R22 = PolicyClause(
    "R22",
    "Logs must not contain PII",
    "DPP §2.6 'Logging and Monitoring'",
    "Logs themselves should not contain PII.",
    _DPP_MWS,
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="AMZ001",
        name="pii-to-marketing",
        title="Amazon customer data used for marketing",
        severity="critical",
        security_severity="9.0",
        summary="Customer data added to a marketing list, audience, marketing CRM or ad platform.",
        description=(
            "Amazon buyer data (email, name, phone, address, or a whole order) reaches a marketing "
            "destination: an email-marketing list (Mailchimp, Klaviyo, SendGrid Marketing, Brevo, "
            "Mailjet, ActiveCampaign), a CRM's contacts (HubSpot), or an advertising audience or "
            "conversion API (Facebook Custom Audiences / Conversions API, Google Ads customer match). "
            "Hashing does not clear it: hashed identifiers are how these platforms match people."
        ),
        why="Amazon forbids using buyer data for marketing of any kind and gives no consent exception.",
        remediation=(
            "Remove the sync. Build marketing lists only from customers who sign up with you directly, "
            "off Amazon; never from Amazon orders, reports or messages."
        ),
        clauses=(R03, R01, R08),
        cwe="CWE-359",
        cleared_by=(),
    ),
    Rule(
        id="AMZ002",
        name="direct-contact",
        title="Buyer contacted outside Buyer-Seller Messaging",
        severity="high",
        security_severity="8.0",
        summary="Buyer contact data used to email, text or call the buyer outside Amazon's Buyer-Seller Messaging.",
        description=(
            "A buyer's email address or phone number becomes the recipient of an email (smtplib, "
            "Django send_mail, Airflow send_email, SendGrid, SES, Mailgun), an SMS or a call (Twilio, Vonage, Plivo, "
            "MessageBird, SNS). Amazon allows contact only through Buyer-Seller Messaging and only "
            "to complete the order or answer a question."
        ),
        why="Contact outside Buyer-Seller Messaging bypasses Amazon's controls on what sellers may say and when.",
        remediation=(
            "Send order messages through the SP-API Messaging API (Messaging.create_*) or Seller "
            "Central; keep the content order-related."
        ),
        clauses=(R02, R03, R01),
        cwe="CWE-359",
        cleared_by=(),
    ),
    Rule(
        id="AMZ003",
        name="pii-to-storage",
        title="Customer data stored in clear",
        severity="high",
        security_severity="7.0",
        summary="Customer data written in clear to a database, cache, object store, spreadsheet or file.",
        description=(
            "Amazon buyer data is persisted without encryption: SQL (DB-API, SQLAlchemy, Django ORM, "
            "peewee), MongoDB, Redis, DynamoDB, Firestore, Elasticsearch/OpenSearch indexes, vector stores (Chroma), "
            "S3 (boto3, Airflow's S3Hook), Google Cloud Storage, BigQuery, Airflow XComs, "
            "Snowflake, Frappe/ERPNext documents, spreadsheets (gspread, openpyxl, "
            "xlsxwriter), or files (open, "
            "print(..., file=fh), csv, json.dump, pickle, shelve, pandas to_csv/to_excel/to_sql/to_parquet, polars write_csv/write_parquet, PDFs drawn "
            "with reportlab, XML trees written with ElementTree or lxml, tar and zip archives). A PDF or file built in "
            "memory (io.BytesIO) is reported where its bytes are stored. Whatever keeps "
            "it outlives the order and must be encrypted and purged within 30 days of delivery. "
            "Application-level encryption (Fernet, AES-GCM, KMS) or a keyed hash (HMAC, or a hash of the data joined "
            "with a secret salt or pepper) before the write clears it."
        ),
        why="PII must be encrypted at rest and kept no longer than needed to ship and meet tax duties.",
        remediation=(
            "Store only the fields you need; encrypt buyer fields with a key from a KMS (for example "
            "Fernet or AES-GCM) and delete them within 30 days of delivery."
        ),
        clauses=(R17, R12, R14, R18),
        cwe="CWE-312",
        cleared_by=("encrypt", "keyed_hash", "drop", "link"),
    ),
    Rule(
        id="AMZ004",
        name="pii-to-third-party",
        title="Customer data sent outside Amazon",
        severity="high",
        security_severity="8.0",
        summary="Customer data sent to a host or service outside Amazon and its permitted fulfilment partners.",
        description=(
            "Amazon buyer data leaves for a third party: an HTTP request (requests, httpx, urllib, "
            "aiohttp, http.client, or curl/wget run as a command) to a host that is neither Amazon's nor a "
            "permitted carrier (in the body, params, headers or the URL itself), a file uploaded over FTP or SFTP "
            "(ftplib, paramiko), an analytics service (Segment, Mixpanel, Google "
            "Analytics), another commerce platform, CRM or ERP (Shopify, WooCommerce, Salesforce, Odoo over "
            "XML-RPC), or an AI "
            "provider (OpenAI, Anthropic). Carrier label APIs (EasyPost, Shippo, ShipStation) are "
            "permitted. Masking or hashing clears it."
        ),
        why="Amazon forbids disclosing its customer data to any outside party unless the law requires it.",
        remediation=(
            "Do not send buyer data to outside services. Send identifiers such as the order id instead, "
            "or mask the fields first; add a host to permitted hosts only if it is a fulfilment partner."
        ),
        clauses=(R08, R01, R11),
        cwe="CWE-359",
        cleared_by=("mask", "hash", "keyed_hash", "encrypt", "drop"),
    ),
    Rule(
        id="AMZ005",
        name="pii-to-log",
        title="Customer data written to logs",
        severity="medium",
        security_severity="5.5",
        summary="Customer data written to logs, the console or an error tracker.",
        description=(
            "Amazon buyer data reaches a log line: the logging module or any logger (including "
            "framework loggers such as Flask's app.logger), print (to the console), sys.stdout/stderr, warnings.warn, "
            "loguru, structlog, an error tracker (Sentry capture_*, set_user, set_context), or a trace "
            "(OpenTelemetry span attributes and events). "
            "Logging a whole order, address or API response counts, and so does context bound to a "
            "structlog or loguru logger, reported where that logger logs; with loguru's diagnose=True "
            "an exception logged in a handler writes the variables of the try block too. Masking, "
            "redaction or hashing clears it, and so does a logging.Filter that rewrites each record's "
            "text, configured on the logger written to (dictConfig, Django's settings.LOGGING or addFilter), or a structlog "
            "processor configured to overwrite or drop the keys the data is logged under."
        ),
        why="Amazon's Data Protection Policy says logs must not contain PII.",
        remediation="Log the order id and status, not names, addresses or whole responses; mask fields if you must.",
        clauses=(R22,),
        cwe="CWE-532",
        cleared_by=("mask", "hash", "keyed_hash", "encrypt", "drop", "link"),
    ),
    Rule(
        id="AMZ006",
        name="buyer-redirect",
        title="Buyer message leads off Amazon",
        severity="high",
        security_severity="7.5",
        summary="A buyer-facing message contains an outside link, contact details or promotional language.",
        description=(
            "The text of a message to a buyer (SP-API Messaging create_* body text, or an email or SMS "
            "sent to the buyer) contains a link or web address outside Amazon, an email address, a "
            "phone number, promotional language (coupon, '% off', discount code, 'visit our "
            "website', 'follow us') or a reward for a review (a gift card or refund for a 5-star "
            "review, a request to change a review). The text is tracked like data from wherever "
            "it is defined."
        ),
        why="Amazon forbids diverting buyers off Amazon and any marketing inside buyer messages.",
        remediation=(
            "Keep buyer messages order-related: no outside links, no contact details, no coupons or "
            "promotions. Use Solicitations for review requests."
        ),
        clauses=(R05, R04, R06, R07),
        cwe="CWE-359",
        cleared_by=(),
    ),
)

RULES_BY_ID: dict[str, Rule] = {r.id: r for r in RULES}


def get_rule(rule_id: str) -> Rule | None:
    """Look a rule up by id (case-insensitive) or by name."""
    key = rule_id.strip()
    for rule in RULES:
        if rule.id.lower() == key.lower() or rule.name == key.lower():
            return rule
    return None
