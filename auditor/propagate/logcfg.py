"""Which loggers redact what they write: filters that rewrite a record's text, put on a logger by
`logging.config.dictConfig` or `addFilter` (catalog world.toml [logging]).

The configuration is read from the code as written (a dict literal, at the call or in a module
global), not from values: `"propagate": False` is a literal the analysis does not keep.
"""

from __future__ import annotations

from collections.abc import Callable

from auditor import ir
from auditor.link import Program

LOGGER = "@logger"  # a logger's part: the names it may have (`logging.getLogger("fulfil.orders")`)
CONTEXT = "@context"  # a bound logger's part: the context it writes with every line (`log.bind(...)`)
# heap keys, each holding logger names as constants:
REDACTED = "log:redacted"  # a redacting filter on the logger itself (dictConfig or addFilter)
HANDLERS_REDACT = "log:handlers-redact"  # every handler of the logger redacts, and it does not propagate
PLAIN = "log:plain"  # configured somewhere without redaction (another dictConfig, a development one)
PLAIN_HANDLER = "log:plain-handler"  # given a handler by addHandler, which may not redact
REDACTED_KEYS = "log:redacted-keys"  # "site\x1fkey": a key of a structured log line a configuration's processor redacts
PROCESSOR_SITES = "log:processor-sites"  # the places log processors are configured (structlog.configure)
LOCALS_SHOWN = "log:locals"  # a handler writing a traceback's variables was added (loguru's diagnose=True)


def dict_items(e: ir.Expr | None) -> dict[str, ir.Expr]:
    """The entries of a dict literal with constant string keys (others are left out)."""
    if not isinstance(e, ir.DictLit):
        return {}
    return {k.value: v for k, v in e.items if isinstance(k, ir.Const) and k.is_str and k.value is not None}


def str_list(e: ir.Expr | None) -> set[str]:
    """The constant strings of a list or tuple literal (`["redact_pii"]`), or of one string."""
    if isinstance(e, ir.Const) and e.is_str and e.value is not None:
        return {e.value}
    if isinstance(e, ir.SeqLit):
        return {x.value for x in e.elts if isinstance(x, ir.Const) and x.is_str and x.value is not None}
    return set()


def configured_loggers(config: ir.DictLit, redacting: Callable[[ir.Expr | None], bool]) -> tuple[set[str], set[str], set[str]]:
    """What a dictConfig dict says of the loggers it names: (those with a redacting filter on the
    logger itself, those whose every handler redacts and that do not propagate (the root logger
    propagates nowhere), those with neither). `redacting` tells whether a filter's factory
    (`"()"`) is a redacting filter class."""
    top = dict_items(config)
    filters = {name for name, f in dict_items(top.get("filters")).items() if redacting(dict_items(f).get("()"))}
    handlers = {name for name, h in dict_items(top.get("handlers")).items() if str_list(dict_items(h).get("filters")) & filters}
    own_filter: set[str] = set()
    by_handlers: set[str] = set()
    plain: set[str] = set()
    loggers = [(name, spec, False) for name, spec in dict_items(top.get("loggers")).items()]
    if "root" in top:
        loggers.append(("root", top["root"], True))
    for name, spec, is_root in loggers:
        items = dict_items(spec)
        own = str_list(items.get("handlers"))
        stays = is_root or (isinstance(p := items.get("propagate"), ir.Const) and p.value == "False")
        if str_list(items.get("filters")) & filters:
            own_filter.add(name)
        elif own and own <= handlers and stays:
            by_handlers.add(name)
        else:
            plain.add(name)
    return own_filter, by_handlers, plain


def rewrites_record(fn: ir.Function, fields: frozenset[str]) -> bool:
    """Whether a filter's `filter(self, record)` rewrites every one of the record's text fields
    (`record.msg = scrub(record.msg)` and `record.args = tuple(scrub(a) for a in record.args)`, or
    `record.args = ()`) with a value that does not hold the old one as it was: a filter that only
    adds a prefix (`record.msg = f"[{RUN_ID}] {record.msg}"`) or rewrites the message but not its
    arguments redacts nothing."""
    if len(fn.params) < 2:
        return False
    record = fn.params[1].name

    def rendered(e: object) -> bool:
        """The message as it renders with its arguments (`record.getMessage()`), as text or
        through a method of it (`.strip()`): the data the arguments held, as they were."""
        if not isinstance(e, ir.Call):
            return False
        if isinstance(e.func, ir.Attr):
            if e.func.attr == "getMessage" and isinstance(e.func.base, ir.Name) and e.func.base.id == record:
                return True
            return rendered(e.func.base)
        return isinstance(e.func, ir.Name) and e.func.id in ("str", "repr") and any(rendered(a.value) for a in e.args)

    def field(e: object) -> bool:  # the field itself, or text built around it
        if isinstance(e, ir.Attr):
            return isinstance(e.base, ir.Name) and e.base.id == record
        if isinstance(e, ir.Combine):
            return any(field(p) for p in e.parts)
        return False

    def pairs(n: ir.Assign) -> list[tuple[ir.Target, ir.Expr]]:
        """What each target is given: `record.msg, record.args = text, ()` pairs them up."""
        out: list[tuple[ir.Target, ir.Expr]] = []
        for t in n.targets:
            if isinstance(t, ir.Unpack) and t.star < 0 and isinstance(n.value, ir.SeqLit) and not n.value.starred and len(t.elts) == len(n.value.elts):
                out += zip(t.elts, n.value.elts, strict=True)
            else:
                out.append((t, n.value))
        return out

    def given(t: ir.Target, name: str) -> bool:
        return isinstance(t, ir.Attr) and t.attr == name and isinstance(t.base, ir.Name) and t.base.id == record

    assigned = [(t, value) for n in ir.walk(fn.body) if isinstance(n, ir.Assign) and not n.aug for t, value in pairs(n)]
    # the arguments scrubbed somewhere (not only emptied): the message rendered after that is
    # the scrubbed one (the filter's order is not followed; a filter that scrubs them does so first)
    scrubbed = any(given(t, "args") and not field(v) and not (isinstance(v, ir.SeqLit) and not v.elts) for t, v in assigned)
    done = {name for name in fields for t, v in assigned if given(t, name) and not field(v) and (scrubbed or not rendered(v))}
    return done >= fields


def config_literal(prog: Program, module: str, e: ir.Expr | None) -> tuple[ir.DictLit, str] | None:
    """The dict literal an argument written in `module` is: at the call, or a module's global
    (`LOGGING`, `config.LOGGING`, the last top-level assignment), with the module it is in."""
    if isinstance(e, ir.DictLit):
        return e, module
    name = None
    if isinstance(e, ir.Name):
        name = e.id
        ref = prog.lookup_global(module, e.id)
        if ref is not None and ref.startswith("glob:"):
            _, module, name = ref.split(":", 2)
    elif isinstance(e, ir.Attr) and isinstance(e.base, ir.Name):
        ref = prog.deref(prog.lookup_global(module, e.base.id) or "")
        if ref.startswith("mod:"):
            module, name = ref[4:], e.attr
    found = module_dict(prog, module, name) if name else None
    return (found, module) if found is not None else None


def module_dict(prog: Program, module: str, name: str) -> ir.DictLit | None:
    """The dict literal last assigned to the global `name` at the top level of `module`, or None,
    also when the module may change it otherwise: assigned under a condition (`if DEBUG: LOGGING
    = {...}`), stored into (`LOGGING["loggers"][...] = ...`) or given to a method (`.update`)."""
    body = prog.functions.get(f"{module}.<module>")
    found = None
    top = set()
    for st in body.body if body is not None else ():
        if isinstance(st, ir.Assign) and isinstance(st.value, ir.DictLit) and any(isinstance(t, ir.Name) and t.id == name for t in st.targets):
            found = st.value
            top.add(id(st))
    if found is None or body is None:
        return found

    def rooted(e: object) -> bool:  # `LOGGING`, `LOGGING[...]`, `LOGGING["a"]["b"]`
        while isinstance(e, (ir.Sub, ir.Attr)):
            e = e.base
        return isinstance(e, ir.Name) and e.id == name

    # (a store into a leaf setting, `LOGGING["handlers"]["file"]["filename"] = ...`, changes no
    # redaction: world.toml logging.config_leaves, config_changers)
    cat = prog.catalog
    for n in ir.walk(body.body):
        if isinstance(n, ir.Assign) and id(n) not in top and any(
            rooted(t) and not (isinstance(t, ir.Sub) and t.key in cat.log_config_leaves) for t in n.targets
        ):
            return None
        if isinstance(n, ir.Call) and isinstance(n.func, ir.Attr) and n.func.attr in cat.log_config_changers and rooted(n.func.base):
            return None
    return found


def class_named(prog: Program, module: str, e: ir.Expr | None) -> str | None:
    """The project class a name in a module's code refers to (`RedactPIIFilter`, `logfilters.Redact`),
    or one named by its import path in a string (dictConfig's `"()": "shop.logs.Redact"`)."""
    ref: str | None = None
    if isinstance(e, ir.Const) and e.is_str and e.value:
        owner, _, name = e.value.rpartition(".")
        ref = prog.lookup_global(owner, name) if owner in prog.modules else None
    elif isinstance(e, ir.Name):
        ref = prog.lookup_global(module, e.id)
    elif isinstance(e, ir.Attr) and isinstance(e.base, ir.Name):
        base = prog.deref(prog.lookup_global(module, e.base.id) or "")
        if base.startswith("mod:"):
            ref = prog.lookup_global(base[4:], e.attr)
    ref = prog.deref(ref) if ref is not None else None
    return ref[4:] if ref is not None and ref.startswith("cls:") else None


def processor_certainty(fn: ir.Function, index: int) -> tuple[bool, frozenset[str]]:
    """Whether a log processor's writes into its event dict (parameter `index`) happen on every
    line that has the key: each store, pop or delete is at the top of the body, in a loop, or
    under tests of the event dict itself (`if key in event_dict`, `if event_dict.get(key)`), not
    under another condition (`if method_name == "debug"`). Also the keys it only `setdefault`s,
    which never overwrite what a line already has."""
    if index >= len(fn.params):
        return False, frozenset()
    event = fn.params[index].name
    defaults: set[str] = set()
    assigned: set[str] = set()

    def on_event(e: object) -> bool:
        return isinstance(e, ir.Name) and e.id == event

    def calls_on_event(e: object, method: str) -> list[ir.Call]:
        return [n for n in ir.walk((ir.Eval(e, fn.loc),)) if isinstance(n, ir.Call) and isinstance(n.func, ir.Attr) and n.func.attr == method and on_event(n.func.base)]  # type: ignore[arg-type]

    def leaves(stmts: tuple[ir.Stmt, ...]) -> bool:  # returns or raises somewhere in it
        return any(isinstance(n, ir.Return) or (isinstance(n, ir.Eval) and n.raised) for n in ir.walk(stmts))

    def sure(stmts: tuple[ir.Stmt, ...], guarded: bool) -> bool:
        for s in stmts:
            if isinstance(s, ir.Assign) and any(isinstance(t, ir.Sub) and on_event(t.base) for t in s.targets):
                if guarded:
                    return False
                assigned.update(t.key for t in s.targets if isinstance(t, ir.Sub) and t.key is not None)
            elif isinstance(s, ir.Delete) and any(isinstance(t, ir.Sub) and on_event(t.base) for t in s.targets):
                if guarded:
                    return False
            elif isinstance(s, ir.Eval) and (calls_on_event(s.value, "pop") or calls_on_event(s.value, "setdefault")):
                if guarded and calls_on_event(s.value, "pop"):
                    return False
                for c in calls_on_event(s.value, "setdefault"):
                    key = c.args[0].value if c.args else None
                    if not (isinstance(key, ir.Const) and key.is_str and key.value is not None):
                        return False
                    defaults.add(key.value)
            elif isinstance(s, ir.If):
                own = presence_test(s)
                if not sure(s.body, guarded or not own) or not sure(s.orelse, guarded or not own):
                    return False
                if not own and (leaves(s.body) or leaves(s.orelse)):
                    guarded = True  # `if method_name == "debug": return event_dict`: the rest is conditional
            elif isinstance(s, ir.Loop):
                if not sure(s.body, guarded or s.target is None) or not sure(s.orelse, True):
                    return False
            elif isinstance(s, ir.Try):
                if not sure(s.body, guarded) or not all(sure(b, True) for _n, b in s.handlers) or not sure(s.orelse, True) or not sure(s.final, guarded):
                    return False
            elif isinstance(s, ir.With):
                if not sure(s.body, guarded):
                    return False
            elif isinstance(s, ir.Branches):  # match/case: each case is a condition
                if any(not sure(b, True) for b in s.cases):
                    return False
        return True

    def presence_test(s: ir.If) -> bool:
        """`if key in event_dict:` (or `not in`, before an early return), `if
        event_dict.get(key):`, `if event_dict[key]:` (and `is not None`): a test of whether the
        line has the key, not of another value."""
        if s.narrow is not None:
            _name, other, member, _negated = s.narrow
            return member and on_event(other)
        test = s.test
        if isinstance(test, ir.Opaque) and len(test.parts) == 2 and isinstance(test.parts[0], ir.Const) and test.parts[0].is_str and on_event(test.parts[1]):
            return True  # `if "email" in event_dict` / `not in`
        if isinstance(test, ir.Opaque) and test.parts and all(isinstance(p, ir.Const) and not p.is_str and p.value == "None" for p in test.parts[1:]):
            test = test.parts[0]
        if isinstance(test, ir.Call) and isinstance(test.func, ir.Attr) and test.func.attr == "get":
            return on_event(test.func.base)
        return isinstance(test, ir.Sub) and on_event(test.base)

    ok = sure(fn.body, False)
    return ok, frozenset(defaults - assigned)
