"""Project configuration: `[tool.auditor]` in pyproject.toml, or an `auditor.toml` file.

The file is found by walking up from the scanned path (the first directory holding an
`auditor.toml`, or a `pyproject.toml` with a `[tool.auditor]` table, wins; `auditor.toml` wins
over `pyproject.toml` in the same directory); `--config FILE` overrides the search. Every key is
checked: an unknown key or a wrong type is a `ConfigError` (exit 2) naming the file, the key and
the expected type. Keys use kebab-case like ruff; `auditor init` writes a commented starter file.

Custom models map onto the catalog dataclasses (`Source`, `Sink`, `Sanitizer`) and are added with
`Catalog.with_extra`; custom rules become `Rule`s handed to the judge.
"""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from auditor.catalog import ArgSpec, Catalog, Sanitizer, Sink, Source
from auditor.errors import ConfigError
from auditor.model import SEVERITY_ORDER, Finding
from auditor.rules import RULES_BY_ID, Rule

CONFIG_FILES = ("auditor.toml", "pyproject.toml")

# Tests are excluded by default (they hold fake buyer data on purpose); virtual environments,
# caches and build output are never walked (see auditor.discover).
DEFAULT_EXCLUDE: tuple[str, ...] = (
    "tests/**",
    "test/**",
    "**/test_*.py",
    "**/*_test.py",
    "**/conftest.py",
)

# Suppression housekeeping rules (reported like findings, see auditor.suppress).
SUPPRESSION_RULE_IDS = ("AUD100", "AUD101")
SANITIZER_KINDS = ("mask", "hash", "keyed_hash", "encrypt", "drop")
SEVERITIES = tuple(SEVERITY_ORDER)
FAIL_ON = (*SEVERITIES, "never")

LEVEL_BY_SEVERITY = {"critical": "error", "high": "error", "medium": "warning", "low": "note", "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0", "info": "1.0"}


@dataclass(frozen=True)
class CustomRule:
    id: str
    severity: str
    message: str
    name: str = ""
    description: str = ""
    remediation: str = ""

    def to_rule(self) -> Rule:
        name = self.name or self.id.lower()
        return Rule(
            id=self.id,
            name=name,
            title=self.message,
            severity=self.severity,  # type: ignore[arg-type]
            security_severity=SECURITY_SEVERITY[self.severity],
            summary=self.message,
            description=self.description or self.message,
            why=self.description or self.message,
            remediation=self.remediation or "See the project's auditor configuration.",
            clauses=(),
            cwe="",
        )


@dataclass(frozen=True)
class Config:
    """A validated configuration. `path` is None for the defaults (no file found)."""

    path: Path | None = None
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE
    extend_exclude: tuple[str, ...] = ()
    respect_gitignore: bool = True
    fail_on: str | None = None
    strict_consent: bool | None = None
    require_suppression_reason: bool = True
    baseline: str | None = None  # relative to the config file's directory
    enable: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    severity: dict[str, str] = field(default_factory=dict)
    permitted_hosts: tuple[tuple[str, str], ...] = ()
    consent_guards: tuple[str, ...] = ()
    sources: tuple[Source, ...] = ()
    sinks: tuple[Sink, ...] = ()
    sanitizers: tuple[Sanitizer, ...] = ()
    custom_rules: tuple[CustomRule, ...] = ()

    # ------------------------------------------------------------------ applying
    @property
    def directory(self) -> Path | None:
        return self.path.parent if self.path is not None else None

    def baseline_path(self) -> Path | None:
        if self.baseline is None:
            return None
        base = self.directory or Path(".")
        return base / self.baseline

    def has_models(self) -> bool:
        return bool(self.sources or self.sinks or self.sanitizers or self.permitted_hosts or self.consent_guards)

    def apply_catalog(self, catalog: Catalog) -> Catalog:
        if not self.has_models():
            return catalog
        return catalog.with_extra(
            sources=self.sources,
            sinks=self.sinks,
            sanitizers=self.sanitizers,
            permitted_hosts=self.permitted_hosts,
            consent_words=self.consent_guards,
        )

    def rules(self) -> dict[str, Rule]:
        """The custom rules, for the judge."""
        return {r.id: r.to_rule() for r in self.custom_rules}

    def rule_enabled(self, rule_id: str) -> bool:
        if rule_id in self.disable:
            return False
        if self.enable and rule_id not in self.enable:
            return rule_id in {r.id for r in self.custom_rules} or rule_id in SUPPRESSION_RULE_IDS
        return True

    def adjust(self, finding: Finding) -> Finding | None:
        """Drop a finding of a disabled rule; apply a severity override (the level follows)."""
        if not self.rule_enabled(finding.rule_id):
            return None
        sev = self.severity.get(finding.rule_id)
        if sev is None or sev == finding.severity:
            return finding
        level = "note" if finding.level == "note" and finding.consent_guarded else LEVEL_BY_SEVERITY[sev]
        return replace(finding, severity=sev, level=level)  # type: ignore[arg-type]

    def file_filter(self) -> Callable[[str], bool]:
        """A predicate on a path relative to the scan root: True to scan the file."""
        excludes = self.exclude + self.extend_exclude
        includes = self.include

        def keep(rel: str) -> bool:
            if includes and not any(glob_match(rel, p) for p in includes):
                return False
            return not any(glob_match(rel, p) for p in excludes)

        return keep


def glob_match(rel: str, pattern: str) -> bool:
    """Match a POSIX relative path against a glob; `**` is any depth, a pattern may match at any depth.

    `tests/**` matches `tests/a.py` and `pkg/tests/b/c.py`; `*.py` matches every Python file.
    """
    pat = pattern.strip()
    if pat.startswith("./"):
        pat = pat[2:]
    while pat.startswith("**/"):
        pat = pat[3:]
    pat = pat.replace("**", "*")
    if pat.endswith("/"):
        pat += "*"
    return fnmatch.fnmatchcase(rel, pat) or fnmatch.fnmatchcase(rel, "*/" + pat)


def git_ignored(root: Path, rels: list[str]) -> set[str]:
    """The paths (relative to `root`) that git ignores; empty outside a git work tree or without git."""
    import subprocess

    if not rels:
        return set()
    try:
        proc = subprocess.run(
            ["git", "-C", str(root), "check-ignore", "-z", "--stdin"],
            input="\0".join(rels).encode("utf-8", "surrogateescape"),
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError):
        return set()
    if proc.returncode not in (0, 1):
        return set()
    return {p for p in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if p}


# ---------------------------------------------------------------------------------------- finding


def find_config(start: Path) -> Path | None:
    """The config file governing `start` (a file or directory), walking up to the filesystem root."""
    here = Path(start).resolve()
    if not here.is_dir():
        here = here.parent
    for directory in (here, *here.parents):
        candidate = directory / "auditor.toml"
        if candidate.is_file():
            return candidate
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file():
            try:
                data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
                continue  # a broken pyproject without our table is not ours to report
            if isinstance(data.get("tool"), dict) and "auditor" in data["tool"]:
                return pyproject
    return None


def load_config(path: Path) -> Config:
    """Read and validate one config file (auditor.toml, or pyproject.toml's [tool.auditor])."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("auditor") if isinstance(data.get("tool"), dict) else None
        if table is None:
            raise ConfigError(f"{path}: no [tool.auditor] table")
        prefix = "tool.auditor"
    else:
        # auditor.toml: top-level keys, or (tolerated) the same [tool.auditor] table
        table = data["tool"]["auditor"] if isinstance(data.get("tool"), dict) and "auditor" in data["tool"] else data
        prefix = ""
    return _parse(_Checker(path, prefix), table, path)


def resolve_config(paths: tuple[Path, ...], explicit: Path | None) -> Config:
    """`--config FILE` if given, else the file found from the first scanned path, else defaults."""
    if explicit is not None:
        return load_config(explicit)
    found = find_config(paths[0] if paths else Path("."))
    return load_config(found) if found is not None else Config()


# ---------------------------------------------------------------------------------------- parsing


class _Checker:
    def __init__(self, path: Path, prefix: str) -> None:
        self.path = path
        self.prefix = prefix

    def key(self, *parts: str | int) -> str:
        out = self.prefix
        for p in parts:
            if isinstance(p, int):
                out += f"[{p}]"
            else:
                out = f"{out}.{p}" if out else p
        return out

    def fail(self, key: str, message: str) -> ConfigError:
        return ConfigError(f"{self.path}: {key}: {message}")

    def table(self, value: Any, *parts: str | int) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(self.key(*parts), f"expected a table, got {_tname(value)}")
        return value

    def unknown(self, table: dict[str, Any], allowed: tuple[str, ...], *parts: str | int) -> None:
        for k in table:
            if k not in allowed:
                hint = _close(k, allowed)
                raise self.fail(
                    self.key(*parts, k),
                    f"unknown key{hint} (known keys: {', '.join(allowed)})",
                )

    def string(self, value: Any, *parts: str | int, choices: tuple[str, ...] = ()) -> str:
        if not isinstance(value, str):
            raise self.fail(self.key(*parts), f"expected a string, got {_tname(value)}")
        if choices and value not in choices:
            raise self.fail(self.key(*parts), f"expected one of {', '.join(choices)}, got {value!r}")
        return value

    def boolean(self, value: Any, *parts: str | int) -> bool:
        if not isinstance(value, bool):
            raise self.fail(self.key(*parts), f"expected a boolean (true or false), got {_tname(value)}")
        return value

    def strings(self, value: Any, *parts: str | int) -> tuple[str, ...]:
        if isinstance(value, str) or not isinstance(value, list):
            raise self.fail(self.key(*parts), f"expected an array of strings, got {_tname(value)}")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(self.key(*parts, i), f"expected a string, got {_tname(item)}")
        return tuple(value)

    def array_of_tables(self, value: Any, *parts: str | int) -> list[dict[str, Any]]:
        if not isinstance(value, list):
            raise self.fail(self.key(*parts), f"expected an array of tables ([[...]]), got {_tname(value)}")
        for i, item in enumerate(value):
            self.table(item, *parts, i)
        return value


def _tname(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a float",
        str: "a string",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _close(key: str, allowed: tuple[str, ...]) -> str:
    import difflib

    match = difflib.get_close_matches(key, allowed, n=1)
    return f" (did you mean {match[0]!r}?)" if match else ""


TOP_KEYS = (
    "include",
    "exclude",
    "extend-exclude",
    "respect-gitignore",
    "fail-on",
    "strict-consent",
    "require-suppression-reason",
    "baseline",
    "rules",
    "permitted-hosts",
    "fulfilment-partners",
    "consent-guards",
    "sources",
    "sinks",
    "sanitizers",
)
RULES_KEYS = ("enable", "disable", "severity", "custom")
SOURCE_KEYS = ("id", "calls", "attributes", "names", "data", "origin")
SINK_KEYS = ("id", "rule", "calls", "args", "destination")
SANITIZER_KEYS = ("id", "kind", "calls", "name-patterns", "args")
CUSTOM_RULE_KEYS = ("id", "severity", "message", "name", "description", "remediation")


def _argspecs(c: _Checker, value: Any, *parts: str | int) -> tuple[ArgSpec, ...]:
    specs = c.strings(value, *parts)
    out = []
    for i, s in enumerate(specs):
        if not s.strip():
            raise c.fail(c.key(*parts, i), "expected an argument position (\"0\"), keyword (\"cmd\") or \"*\"")
        out.append(ArgSpec.parse(s.strip()))
    return tuple(out)


def _require(c: _Checker, entry: dict[str, Any], name: str, *parts: str | int) -> Any:
    if name not in entry:
        raise c.fail(c.key(*parts, name), "missing required key")
    return entry[name]


def _parse(c: _Checker, table: Any, path: Path) -> Config:
    t = c.table(table)
    c.unknown(t, TOP_KEYS)
    kw: dict[str, Any] = {"path": path}
    if "include" in t:
        kw["include"] = c.strings(t["include"], "include")
    if "exclude" in t:
        kw["exclude"] = c.strings(t["exclude"], "exclude")
    if "extend-exclude" in t:
        kw["extend_exclude"] = c.strings(t["extend-exclude"], "extend-exclude")
    if "respect-gitignore" in t:
        kw["respect_gitignore"] = c.boolean(t["respect-gitignore"], "respect-gitignore")
    if "fail-on" in t:
        kw["fail_on"] = c.string(t["fail-on"], "fail-on", choices=FAIL_ON)
    if "strict-consent" in t:
        kw["strict_consent"] = c.boolean(t["strict-consent"], "strict-consent")
    if "require-suppression-reason" in t:
        kw["require_suppression_reason"] = c.boolean(t["require-suppression-reason"], "require-suppression-reason")
    if "baseline" in t:
        kw["baseline"] = c.string(t["baseline"], "baseline")

    custom: list[CustomRule] = []
    if "rules" in t:
        rules = c.table(t["rules"], "rules")
        c.unknown(rules, RULES_KEYS, "rules")
        for i, entry in enumerate(c.array_of_tables(rules.get("custom", []), "rules", "custom")):
            c.unknown(entry, CUSTOM_RULE_KEYS, "rules", "custom", i)
            rid = c.string(_require(c, entry, "id", "rules", "custom", i), "rules", "custom", i, "id")
            if rid in RULES_BY_ID or rid in SUPPRESSION_RULE_IDS:
                raise c.fail(c.key("rules", "custom", i, "id"), f"{rid} is a built-in rule id; choose another")
            custom.append(
                CustomRule(
                    id=rid,
                    severity=c.string(
                        _require(c, entry, "severity", "rules", "custom", i), "rules", "custom", i, "severity", choices=SEVERITIES
                    ),
                    message=c.string(_require(c, entry, "message", "rules", "custom", i), "rules", "custom", i, "message"),
                    name=c.string(entry.get("name", ""), "rules", "custom", i, "name"),
                    description=c.string(entry.get("description", ""), "rules", "custom", i, "description"),
                    remediation=c.string(entry.get("remediation", ""), "rules", "custom", i, "remediation"),
                )
            )
        known_ids = set(RULES_BY_ID) | {r.id for r in custom} | set(SUPPRESSION_RULE_IDS)
        for key in ("enable", "disable"):
            if key in rules:
                ids = c.strings(rules[key], "rules", key)
                for i, rid in enumerate(ids):
                    if rid not in known_ids:
                        raise c.fail(c.key("rules", key, i), f"unknown rule id {rid!r} (known: {', '.join(sorted(known_ids))})")
                kw[key] = ids
        if "severity" in rules:
            sev = c.table(rules["severity"], "rules", "severity")
            for rid, value in sev.items():
                if rid not in known_ids:
                    raise c.fail(c.key("rules", "severity", rid), f"unknown rule id (known: {', '.join(sorted(known_ids))})")
                c.string(value, "rules", "severity", rid, choices=SEVERITIES)
            kw["severity"] = dict(sev)
    kw["custom_rules"] = tuple(custom)

    hosts: list[tuple[str, str]] = []
    for key, why in (("permitted-hosts", "permitted by the project configuration"), ("fulfilment-partners", "a fulfilment partner (project configuration)")):
        if key in t:
            value = t[key]
            if isinstance(value, dict):  # host = "why"
                for host, reason in value.items():
                    hosts.append((host.lower(), c.string(reason, key, host)))
            else:
                hosts.extend((h.lower(), why) for h in c.strings(value, key))
    kw["permitted_hosts"] = tuple(hosts)
    if "consent-guards" in t:
        kw["consent_guards"] = c.strings(t["consent-guards"], "consent-guards")

    rule_ids = set(RULES_BY_ID) | {r.id for r in custom}
    sources: list[Source] = []
    for i, e in enumerate(c.array_of_tables(t.get("sources", []), "sources")):
        c.unknown(e, SOURCE_KEYS, "sources", i)
        sid = c.string(_require(c, e, "id", "sources", i), "sources", i, "id")
        data = c.string(e.get("data", "customer data"), "sources", i, "data")
        origin = c.string(e.get("origin", sid), "sources", i, "origin")
        calls = c.strings(e.get("calls", []), "sources", i, "calls")
        attrs = c.strings(e.get("attributes", []), "sources", i, "attributes")
        names = c.strings(e.get("names", []), "sources", i, "names")
        if not (calls or attrs or names):
            raise c.fail(c.key("sources", i), "expected at least one of calls, attributes or names")
        if calls:
            sources.append(Source(id=sid, calls=calls, data=data, origin=origin, kind="whole"))
        if attrs or names:  # a library attribute read or a module-level name imported from a module
            sources.append(Source(id=sid, calls=attrs + names, data=data, origin=origin, kind="attribute"))
    kw["sources"] = tuple(sources)

    sinks: list[Sink] = []
    for i, e in enumerate(c.array_of_tables(t.get("sinks", []), "sinks")):
        c.unknown(e, SINK_KEYS, "sinks", i)
        sid = c.string(_require(c, e, "id", "sinks", i), "sinks", i, "id")
        rule = c.string(_require(c, e, "rule", "sinks", i), "sinks", i, "rule")
        if rule not in rule_ids:
            raise c.fail(c.key("sinks", i, "rule"), f"unknown rule id {rule!r} (define it under [[rules.custom]] or use one of {', '.join(sorted(RULES_BY_ID))})")
        calls = c.strings(_require(c, e, "calls", "sinks", i), "sinks", i, "calls")
        args = _argspecs(c, e.get("args", ["*"]), "sinks", i, "args")
        sinks.append(
            Sink(
                id=sid,
                rule=rule,
                calls=calls,
                shapes=(),
                args=args,
                destination=c.string(e.get("destination", sid), "sinks", i, "destination"),
            )
        )
    kw["sinks"] = tuple(sinks)

    sanitizers: list[Sanitizer] = []
    for i, e in enumerate(c.array_of_tables(t.get("sanitizers", []), "sanitizers")):
        c.unknown(e, SANITIZER_KEYS, "sanitizers", i)
        sid = c.string(_require(c, e, "id", "sanitizers", i), "sanitizers", i, "id")
        kind = c.string(e.get("kind", "mask"), "sanitizers", i, "kind", choices=SANITIZER_KINDS)
        calls = c.strings(e.get("calls", []), "sanitizers", i, "calls")
        pats = c.strings(e.get("name-patterns", []), "sanitizers", i, "name-patterns")
        if not (calls or pats):
            raise c.fail(c.key("sanitizers", i), "expected at least one of calls or name-patterns")
        sanitizers.append(
            Sanitizer(id=sid, kind=kind, calls=calls, name_patterns=pats, args=_argspecs(c, e.get("args", ["*"]), "sanitizers", i, "args"))
        )
    kw["sanitizers"] = tuple(sanitizers)
    return Config(**kw)


# ---------------------------------------------------------------------------------------- init

STARTER_CONFIG = """\
# auditor configuration (https://github.com/amazon-data-auditor/auditor/blob/main/docs/ci.md)
# Put this in auditor.toml, or under [tool.auditor] in pyproject.toml (same keys).
# Unknown keys and wrong types are errors (exit 2), so a typo never silently disables a check.

# Files to scan, as globs relative to the scanned directory ("**" is any depth). Empty: every .py file.
include = []
# Files to skip. Tests are skipped by default; virtual environments and caches are never scanned.
exclude = ["tests/**", "test/**", "**/test_*.py", "**/*_test.py", "**/conftest.py"]
# More files to skip, on top of `exclude`.
extend-exclude = []
# Skip files that git ignores.
respect-gitignore = true

# Exit 1 when a finding has this severity or higher: critical, high, medium, low, info or never.
fail-on = "low"
# Report consent-gated flows (`if customer.opted_in: ...`) as full findings instead of notes.
strict-consent = false
# `# auditor: ignore[AMZ003] reason`: a suppression without a reason is rejected (rule AUD101).
require-suppression-reason = true
# Findings recorded by `auditor baseline create` are accepted (path relative to this file).
# baseline = ".auditor-baseline.json"

# Hosts your code may send buyer data to (globs), e.g. your own services and fulfilment partners.
permitted-hosts = []
fulfilment-partners = []
# Names of your own consent checks (function or attribute names), e.g. "has_marketing_opt_in".
consent-guards = []

[rules]
# Only these rules (empty: all). Rule ids: `auditor rules`.
enable = []
disable = []

[rules.severity]
# AMZ005 = "medium"

# A custom rule, for your own sinks:
# [[rules.custom]]
# id = "CMD001"
# severity = "critical"
# message = "Web input reaches a shell command"

# Your in-house wrappers and any other kind of data:
# [[sources]]
# id = "mycompany.buyer"
# calls = ["mycompany.amazon.fetch_buyer"]   # a call returning the data
# attributes = ["flask.request.form"]        # an attribute read
# names = ["mycompany.settings.BUYER_EXPORT"] # a module-level name
# data = "buyer record"
#
# [[sinks]]
# id = "mycompany.crm.push"
# rule = "AMZ004"                             # or a custom rule id
# calls = ["mycompany.crm.push"]
# args = ["0", "payload"]                     # positions or keywords carrying data, "*" for all
# destination = "our CRM"
#
# [[sanitizers]]
# id = "mycompany.mask"
# kind = "mask"                               # mask, hash, keyed_hash, encrypt or drop
# calls = ["mycompany.privacy.mask_email"]
"""


def starter_for_pyproject() -> str:
    """The starter config as a [tool.auditor] section (tables renamed under tool.auditor)."""
    out = ["[tool.auditor]"]
    for line in STARTER_CONFIG.splitlines():
        stripped = line.lstrip("# ")
        if line.startswith("[") or (line.startswith("# [") and stripped.startswith("[")):
            bracket = "[[" if stripped.startswith("[[") else "["
            inner = stripped.strip("[]")
            new = f"{bracket}tool.auditor.{inner}{bracket.replace('[', ']')}"
            line = ("# " if line.startswith("#") else "") + new
        out.append(line)
    return "\n".join(out) + "\n"
