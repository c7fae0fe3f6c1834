"""Limits, the records the propagation produces (sources, sites, hits, summaries) and small
helpers shared by the engine and the analyser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from auditor import ir
from auditor.catalog import ArgSpec, Catalog, Sink
from auditor.link import Program
from auditor.values import (
    ELEM,
    EMPTY,
    FETCHED,
    HOLE,
    MAX_CONSTS,
    MAX_FIELDS,
    MAX_PATH,
    SELF_PART,
    TOP_CONSTS,
    Label,
    Labels,
    Trace,
    TStep,
    Value,
    derive,
    flatten,
    join,
    join_all,
    known_consts,
    map_labels,
    merge_labels,
    signature,
)

MAX_SPECIALISATIONS = 24
MAX_RECEIVER_GROUPS = 16  # a call whose receiver classes split more ways shares one analysis
MAX_KEY_CONSTS = 4  # a table key a caller passes with more possible constants shares one analysis
PAIRED = "@paired"  # in an items() pair: the dict, all of whose keys are named (FunctionAnalyzer.pairs)
REF_SEP = "\x1f"  # between the parts of a reference: the keys of an itemgetter ("get:i:k1\x1fk2"), a partial's bound variable ("fn\x1fname")
CALLABLE_REFS = ("fn:", "bm:", "pfn:")  # references to code a parameter may be called as
OBJECT_REFS = ("ext:", "inst:", *CALLABLE_REFS)  # what an object is, for resolving its methods
ENV_CHOICE = "choice:environment"  # on a setting's name the environment may replace (objects.member)
CHILD = "child:"  # on an XML element made under a parent (SubElement(root, ...)): the function and the parent's name
PART_SEP = "\x1e"  # between the keys of a part's part in a "part:" reference (note_param_refs)
MAX_EFFECTS = 48  # stores into parameters remembered per function
MAX_KEYED_EFFECTS = 16  # a store at a key that is one of at most this many constants lands at each
MAX_PARAM_SINKS = 256
WORK_PER_FUNCTION = 4  # total re-analyses allowed, on average per function, before the fixpoint stops
MAX_EFFECT_PATH = 3
MAX_HEAP_SHRINKS = 2  # times a function's part of a heap entry may shrink before it only grows (Engine.heap_write)
MAX_CAPTURES = 24
MAX_ANALYSES = 12  # per function; beyond it the function is reported as analysed incompletely
ROUND = 3  # analyses every function gets before any gets more (see Engine._queue)
MAX_LOOP_NEST = 3
MAX_STATEMENTS = 20_000
META_ATTRS = frozenset({"__class__", "__name__", "__qualname__", "__module__", "__doc__"})
MAX_RAISED = 8  # exception types a summary keeps apart; more fold into "?" (caught by any handler)
RULES_PII = ("AMZ001", "AMZ002", "AMZ003", "AMZ004", "AMZ005")
HOST_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/?#:@\s]+@)?([^/?#:\s]*)", re.I)




@dataclass(frozen=True, slots=True)
class SourceInfo:
    catalog_id: str
    data: str
    origin: str
    path: str
    loc: ir.Loc


@dataclass(frozen=True, slots=True)
class Site:
    """A sink call: where and what it is."""

    rule: str
    sink_id: str
    callee: str
    destination: str
    path: str
    loc: ir.Loc
    function: str
    consent: bool


@dataclass(frozen=True, slots=True)
class Hit:
    site: Site
    label: Label
    trace: Trace
    consent: bool


@dataclass(frozen=True, slots=True)
class ParamSink:
    """A parameter (label) that reaches a sink inside the function, with its trace to the sink.

    `requires`: parameters that must carry buyer data for the hit to count (a text only matters
    when the message goes to the buyer). `payload`: concrete labels that become hits when the
    requirement holds (a constant promo text sent to a parameter's phone number). `over`: the
    parameter the sink writes through and the sink, when what that object is over decides (a csv
    writer or a PDF canvas a caller made over an in-memory buffer takes the data instead: the sink's
    not_over types). `via`: the parameter holding the client the request is sent with, whose base
    URL the caller's client was made with decides where it goes (a permitted carrier's: nowhere).
    """

    label: Label | None
    trace: Trace
    site: Site
    requires: tuple[Label, ...] = ()
    payload: tuple[tuple[Label, Trace], ...] = ()
    over: tuple[Label, Sink] | None = None
    via: Label | None = None


@dataclass
class Summary:
    ret: Value = field(default_factory=Value)
    param_sinks: list[ParamSink] = field(default_factory=list)
    effects: list[tuple[int, tuple[str, ...], Value]] = field(default_factory=list)
    raised: dict[str, Value] = field(default_factory=dict)  # exceptions it lets out, by type ("?": unknown)
    # what it writes into module globals, class attributes and enclosing functions' variables
    # from its parameters (`FAILED.append(order)`), and into its own module's globals: the caller
    # writes it again with its arguments (FunctionAnalyzer.heap_effects)
    heap_effects: list[tuple[str, Value]] = field(default_factory=list)
    # parameters (with the path read from them) it reads a report column of: (parameter label,
    # column, path, loc of the read). A file of a path not known statically that the caller passes
    # there is an order report (Engine.confirm_unknown_file), even when the value read stays here
    column_reads: frozenset[tuple[Label, str, str, tuple[int, int, int, int]]] = frozenset()
    # the report types it requests (create_report(reportType=...)), itself or through its callees:
    # a report document its caller then fetches is of those types (report_types_allow)
    report_types: frozenset[str] = frozenset()
    # whether it reads the exception its caller is handling (FunctionAnalyzer.handled): callers
    # then pass it as the parameter at len(params) + HANDLED_PARAM
    uses_handled: bool = False

    def sig(self) -> object:
        return (
            self.column_reads,
            self.report_types,
            self.uses_handled,
            frozenset((k, signature(v)) for k, v in self.heap_effects),
            signature(self.ret),
            frozenset((k, signature(v)) for k, v in self.raised.items()),
            frozenset((p.label, p.site, p.requires, frozenset(x[0] for x in p.payload)) for p in self.param_sinks),
            frozenset((i, path, signature(v)) for i, path, v in self.effects),
        )


def url_host(url: str) -> str | None:
    """The host a URL names; a part built at run time (an f-string's `{company}`) shows as `*`,
    and a host that is only such a part is not known."""
    m = HOST_RE.match(url.strip())
    if m:
        host = m.group(2).lower().replace("\x00", "*")
        return host if host.strip("*") else None
    bare = url.strip().split("/")[0].split(":")[0]
    if "." in bare and " " not in bare and "{" not in bare and "\x00" not in bare:
        return bare.lower()
    return None


def canon_text(v: Value, depth: int = 0) -> str:
    """A deterministic text for a value (no traces): keys for specialisations."""
    labels = sorted(f"{lab.kind}|{lab.data}|{lab.origin}|{'/'.join(lab.path)}|{','.join(sorted(lab.san))}|{lab.flat}" for lab in v.labels)
    fields = sorted(f"{k}={canon_text(f, depth + 1)}" for k, f in v.fields.items()) if depth < 4 else []
    return "{" + ";".join(labels) + "#" + ";".join(sorted(v.refs)) + "#" + ";".join(sorted(v.consts)) + "#" + ";".join(fields) + "}"


def canonical_env(env: dict[str, Value]) -> str:
    import hashlib

    text = "&".join(f"{k}:{canon_text(v)}" for k, v in sorted(env.items()))
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def env_signature(env: dict[str, Value]) -> object:
    return frozenset((k, signature(v)) for k, v in env.items())


def strip_params(v: Value) -> Value:
    """The concrete part of a value (what may be stored on the heap)."""

    def fn(lab: Label, t: Trace) -> Labels:
        return {} if lab.is_param else {lab: t}

    return map_labels(v, fn)


def make_step(path: str, loc: ir.Loc, kind: str, message: str) -> TStep:
    return (path, loc[0], loc[1], kind, message)


def nested_in(prog: Program, fn: ir.Function, qualname: str) -> bool:
    """Whether function fn is nested (at any depth) in the function named `qualname`."""
    parent = fn.parent
    while parent is not None:
        if parent == qualname:
            return True
        outer = prog.functions.get(parent)
        parent = outer.parent if outer is not None else None
    return False


@lru_cache(maxsize=65536)
def original(q: str) -> str:
    """The function a copy was made of (`mod.f@3` -> `mod.f`): what a report names. Copies are
    numbered in the order the analysis makes them, which an unrelated edit can change, so their
    names must not reach messages or fingerprints."""
    return q.split("@", 1)[0]


def short_callee(name: str) -> str:
    parts = [p for p in name.split(".") if not p.startswith("<")]
    return ".".join(parts[-2:]) if len(parts) >= 2 else (parts[-1] if parts else name)


MAX_UNROLL = 4  # a for loop over a tuple known item by item runs its body per item up to this many
MAX_NAME_TABLE = 32  # ... and over the items of a dict of names to names (a column mapping) up to this many


def name_pair(pair: Value) -> bool:
    """Whether an items() pair maps a name to a name (`"buyer-name": "Customer_Name"`): a table of
    names whose loop runs per entry, so a column renamed keeps its own data."""
    value = pair.fields.get("1")
    return value is not None and bool(value.consts) and not (value.labels or value.fields or value.refs)
MAX_PART_REFS = MAX_FIELDS  # named parts of a parameter whose types callers' arguments give (note_param_refs): as many as a value keeps


def json_value(text: str, depth: int = 0) -> Value | None:
    """A constant JSON document as a value with known parts (no data of its own)."""
    import json

    try:
        obj = json.loads(text) if depth == 0 else text
    except ValueError:
        return None
    if isinstance(obj, dict) and depth < 4:
        return Value(None, {str(k): json_value(v, depth + 1) or EMPTY for k, v in list(obj.items())[:48]})
    if isinstance(obj, list) and depth < 4:
        return Value(None, {ELEM: join_all([json_value(v, depth + 1) or EMPTY for v in obj[:48]])})
    if isinstance(obj, str):
        return Value(None, None, frozenset(), frozenset({obj[:400]}))
    return EMPTY


def accessor_expr(e: ir.Expr, accessors: frozenset[str]) -> bool:
    """Whether e goes through a pandas Series accessor (`df["purchase-date"].dt.date`,
    `df["buyer-email"].str.lower()`): a Series of values, not a column's name."""
    while isinstance(e, ir.Call | ir.Attr):
        if isinstance(e, ir.Attr) and e.attr in accessors and isinstance(e.base, ir.Sub | ir.Call):
            return True  # (on a column read or a call's result: `self.cat` is an attribute)
        e = e.func if isinstance(e, ir.Call) else e.base
    return False


def entry_of(e: ir.Expr) -> ir.Sub | None:
    """`d[k]` for `d.setdefault(k, [])` or `d.get(k)` (whose result the code then mutates in place:
    groups.setdefault(key, []).append(order)), when d and k can be evaluated again safely."""
    if not (isinstance(e, ir.Call) and isinstance(e.func, ir.Attr) and e.func.attr in ("setdefault", "get") and e.args):
        return None
    base, key = e.func.base, e.args[0]
    if key.name is not None or key.star or not plain_target(base):
        return None
    if isinstance(key.value, ir.Const):
        return ir.Sub(base, key.value.value, None, e.loc) if key.value.is_str and key.value.value else ir.Sub(base, None, key.value, e.loc)
    return ir.Sub(base, None, key.value, e.loc) if plain_target(key.value) else None


def exception_types(refs: frozenset[str]) -> list[str]:
    """The types among refs an exception is raised and caught under (project or library classes)."""
    return sorted(r for r in refs if r.startswith(("inst:", "ext:")))


def key_part(key: Value) -> Value:
    """What a dict keeps of a key not known statically: its data (as text) and its constants."""
    return Value(flat_params(flatten(key)), None, frozenset(), key.consts)


def project_callable(v: Value) -> Value | None:
    """v as a project function to call (a def, a lambda, a bound method, a partial), or None."""
    fns = frozenset(r for r in v.refs if r.startswith(("fn:", "bm:", "pfn:")))
    return Value(None, v.fields, fns) if fns else None


def plain_target(e: ir.Expr) -> bool:
    """A name or a chain of attributes and constant subscripts: evaluating it twice runs nothing."""
    while isinstance(e, (ir.Attr, ir.Sub)):
        if isinstance(e, ir.Sub) and e.index is not None:
            return False
        e = e.base
    return isinstance(e, ir.Name)


RECORD = Value(None, None, frozenset({"ext:builtins.dict()"}))
# an in-memory text buffer (io.StringIO) or a queue (catalog `channels`), by the place it was made:
# what is written or put into it (also through a csv writer over it) is what its getvalue() or
# get() reads, wherever and whenever that runs (LibraryMixin.write_buffer; catalog channel_writes
# and channel_reads name the methods)
BUFFER = "buf:"
TOPIC = "topic:"  # heap keys of what was published to a broker's topics (LibraryMixin.publish)
BUFFERED = "@buffered"  # on a buffer a function returns: what it wrote there (read_buffer)
SAVED_FILE = "file:saved"  # a path a catalog sink saved the data to (Sink.saves_to)
# on an ORM model instance a query or manager read back (not one the code constructed): its
# attributes are whatever was stored, even those its __init__ sets (ObjectsMixin._member_heap)
ORM_MODELS = "@models"  # on a SQLAlchemy statement (select(Order)): the model classes it reads
POPPED = "@popped"  # on a record held whole: the keys popped from it so far (ContainersMixin.remove_key)
GROWN = "@grown"  # on a list written with its items: what was appended since (spread into *args, past its positions)
STORED_ROW = "@row"
# on a table whose rows several files' rows were stacked into (pd.concat of monthly reports): a
# report column read from it is each file's (TablesMixin.confirm_files)
ROW = "@row"  # on rows taken by a table indexer (df.iloc[0], df.loc[mask]): iterated, they give their values
STACKED = "@stacked"


WRAPS_METHOD = "@wraps_method"  # on a decorator's wrapper read from a class: called as a method


EMPTY_MARK = Value(None, None, frozenset(), frozenset({""}))


UNKNOWN_TEXT = Value(None, None, frozenset(), TOP_CONSTS)  # a string that is not known statically


def constant_list(v: Value) -> list[str] | None:
    """The names a list of constant strings holds (`df[COLUMNS]` selects those columns), or None.
    The element part holds every name the list may hold, however it was built or grown (an
    append or `+=` anywhere joins there; past MAX_CONSTS names it is not known), so the names are
    exactly those; positions alone would miss an appended name."""
    elem = v.fields.get(ELEM)
    if elem is None or v.labels or v.consts or elem.labels or elem.refs or elem.fields:
        return None  # consts of its own: a concatenation (BASE + [...]) or a string, not one list
    if any(k != ELEM and not k.isdigit() for k in v.fields):
        return None  # a dict or an object, not a list
    names = set(known_consts(elem))
    if not names:
        return None  # an element not known (past MAX_CONSTS, or not a known string)
    for k, f in v.fields.items():  # COLS[0] = "buyer-email" changes a position, not the elements
        if k != ELEM:
            if not known_consts(f):
                return None
            names |= known_consts(f)
    return sorted(names) if names and "" not in names else None


def listed_names(v: Value) -> tuple[str, ...]:
    """The names a list of constant strings holds (constant_list), as a copy's shape, or empty."""
    return tuple(constant_list(v) or ())


def is_callable_ref(ref: str) -> bool:
    """A project function or bound method, or a library function named by its import path (not a
    call result)."""
    if ref.startswith(("fn:", "bm:")):
        return True
    return ref.startswith("ext:") and "(" not in ref and ref.rsplit(".", 1)[-1][:1].islower() and "." in ref


def catalog_callable(cat: Catalog, ref: str) -> bool:
    """A library function or bound method the catalog knows as a source or a sink
    (`orders_api.get_orders` handed to a retry wrapper): what it returns or takes matters."""
    if not is_callable_ref(ref) or ref.startswith(("fn:", "bm:")):
        return False
    name = cat.canonical(ref[4:])
    return bool(cat.sources_for(name) or cat.sinks_for([name]))


def arg_given(spec: ArgSpec, args: list[tuple[str | None, Value, int]]) -> bool:
    """Whether a call passes the argument spec names (a *args or **kwargs may hold it)."""
    if any(star for _k, _v, star in args):
        return True
    if spec.keyword is not None and any(kw == spec.keyword for kw, _v, _s in args):
        return True
    return spec.position is not None and sum(1 for kw, _v, _s in args if kw is None) > spec.position


def builtin_catches(handler: str, raised: str) -> bool:
    """Whether `except handler` catches `raised`, both Python built-in exceptions (`except
    LookupError` catches KeyError), by Python's own class hierarchy."""
    import builtins

    if not (handler.startswith("ext:builtins.") and raised.startswith("ext:builtins.")):
        return False
    h = getattr(builtins, handler[len("ext:builtins.") :], None)
    r = getattr(builtins, raised[len("ext:builtins.") :], None)
    return isinstance(h, type) and isinstance(r, type) and issubclass(h, BaseException) and issubclass(r, h)


def own_self(v: Value) -> dict[str, Value] | None:
    """The receiver a bound method in v carries, as the fields of a callee value."""
    own = v.fields.get(SELF_PART)
    return {SELF_PART: own} if own is not None else None


def with_consent(site: Site) -> Site:
    return Site(site.rule, site.sink_id, site.callee, site.destination, site.path, site.loc, site.function, True)


def fetched_params(labels: Labels) -> Labels:
    """What fetching these parameters gives (a helper's `requests.request(method, url)`,
    `pd.read_csv(url)`), for a caller passing a link Amazon issued: the data it points to
    (values.FETCHED). Flat: the response is not the caller's value, so its rows read by report
    column in the helper are those columns, whatever the caller passes."""
    return {
        derive(derive(lab, "key", FETCHED), "flat"): t for lab, t in labels.items() if lab.is_param and len(lab.path) < MAX_PATH and not lab.flat
    }


def flat_params(labels: Labels) -> Labels:
    """Mark parameter labels as flattened: the parameter was turned into text on the way."""
    if not any(lab.is_param and not lab.flat for lab in labels):
        return labels
    out: Labels = {}
    for lab, t in labels.items():
        if lab.is_param and not lab.flat:
            lab = derive(lab, "flat")
        out = merge_labels(out, {lab: t})
    return out


def join_env(a: dict[str, Value], b: dict[str, Value]) -> dict[str, Value]:
    out = dict(a)
    for k, v in b.items():
        old = out.get(k)
        out[k] = v if old is None else join(old, v)
    return out



MAP_SEP = "\x1d"  # between a key and its constant in constant_map's entries


def constant_map(v: Value) -> tuple[str, ...]:
    """The entries of a dict the code wrote with every key named and every value one constant
    (a field map, `{"Order ID": "AmazonOrderId", "City": "ShippingAddress.City"}`), each as key,
    MAP_SEP, value, sorted; empty when it is anything more than that."""
    names = named_keys(v)
    out = []
    for k in names:
        part = v.fields[k]
        kc = known_consts(part)
        if len(kc) != 1 or part.labels or part.fields or HOLE in next(iter(kc)):
            return ()
        out.append(k + MAP_SEP + next(iter(kc)))
    return tuple(out)


def named_keys(v: Value) -> tuple[str, ...]:
    """The keys of a dict the code wrote with every key named (`{"order_id": ..., "email": ...}`),
    sorted; empty when any key is not known or the value is anything more than that dict."""
    if v.labels or not v.fields or any(not r.startswith("ext:builtins.dict") for r in v.refs):
        return ()
    names = sorted(v.fields)
    if len(names) > MAX_CONSTS or any(k == ELEM or k.startswith("@") or k.isdigit() for k in names):
        return ()
    return tuple(names)



def record_fields(v: Value, identifiers: bool = True) -> tuple[str, ...]:
    """The field names given to namedtuple(): "order_id name" or "order_id, name", or a list of
    constant names in known positions; empty when they are not known. With `identifiers` False,
    any names (a table's columns: "order-id")."""
    consts = known_consts(v)
    if consts and not v.fields:
        if len(consts) != 1:
            return ()
        names = [n for n in re.split(r"[,\s]+", next(iter(consts))) if n]
    else:
        pos = sorted((int(k), f) for k, f in v.fields.items() if k.isdigit())
        names = [next(iter(known_consts(f))) for _, f in pos if len(known_consts(f)) == 1]
        if not pos or len(names) != len(pos):
            return ()
    return tuple(names) if names and (not identifiers or all(n.isidentifier() for n in names)) else ()


def tuple_positions(v: Value) -> tuple[str, ...]:
    """The positions of a tuple or list the code wrote item by item ("0", "1", ...), or empty."""
    if v.labels or not v.fields or any(not r.startswith(("ext:builtins.tuple", "ext:builtins.list")) for r in v.refs):
        return ()
    pos = sorted((k for k in v.fields if k != ELEM), key=lambda k: int(k) if k.isdigit() else -1)
    if not pos or len(pos) > MAX_CONSTS or pos != [str(i) for i in range(len(pos))]:
        return ()
    return tuple(pos)


def constant_tuple(v: Value) -> tuple[str, ...]:
    """The constant strings of a short tuple the code wrote, in order (`_v(o, "Address", "City")`'s
    `*path`), or empty."""
    pos = tuple_positions(v)
    if not pos or len(pos) > 4:
        return ()
    out = []
    for k in pos:
        kc = known_consts(v.fields[k])
        if len(kc) != 1 or v.fields[k].labels or v.fields[k].fields:
            return ()
        out.append(next(iter(kc)))
    return tuple(out)


# a logger's part, when an option makes its log calls write the exception being handled
EXCEPTION_OPTION = "@exc_option"

# the exception a caller is handling when it calls a function is that function's parameter at
# len(params) + HANDLED_PARAM (after the one a generator manager gets for its `with` block)
HANDLED_PARAM = 1

def outside_text(cat: Catalog, v: Value) -> bool:
    """Whether v holds what a library call gave, other than a report request or lookup, a report
    type enum or a built-in that only rearranges (world.toml rearranging_builtins): text that may
    come from outside the code (`os.getenv("KIND") or "csv"`, `" ".join(sys.argv[1:])`)."""
    calls = cat.report_type_args.keys() | cat.report_lookups.keys()
    for r in v.refs:
        if r.startswith("ext:"):
            name = r[4:].split("(", 1)[0]
            if not (name in calls or name in cat.rearranging_builtins or any(name.startswith(e + ".") for e in cat.text_enums)):
                return True
    return False


def arg_index(spec: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> int | None:
    """Where among a call's arguments (and their expressions) this one is written, by keyword or
    position; None when the call does not write it (or only inside `*args`/`**kwargs`)."""
    for i, (kw, _v, star) in enumerate(args):
        if star or i >= len(arg_exprs):
            continue
        if (spec.keyword is not None and kw == spec.keyword) or (kw is None and spec.position is not None and i == spec.position):
            return i
    return None


def flag_literal(flag: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> str | None:
    """The literal a call gives this flag argument as (`as_index=False`: "False"), "" when it gives
    something else (a variable), None when it does not give it."""
    i = arg_index(flag, args, arg_exprs)
    if i is None:
        return None
    e = arg_exprs[i]
    return e.value if isinstance(e, ir.Const) else ""


def _flag_arg(flag: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> tuple[bool, bool]:
    """Whether a call gives this flag argument, and whether as False or None (a number literal is
    not known by value here: 0 counts as set)."""
    lit = flag_literal(flag, args, arg_exprs)
    return lit is not None, lit in ("False", "None")


def flag_given(flag: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> bool:
    """Whether a call sets this flag argument (`exc_info=True`, `opt(exception=True)`)."""
    given, cleared = _flag_arg(flag, args, arg_exprs)
    return given and not cleared


def flag_cleared(flag: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> bool:
    """Whether a call turns off this flag argument, on by default (`format_exc(chain=False)`)."""
    return _flag_arg(flag, args, arg_exprs)[1]


UNKNOWN_POSITION = "\x00?"  # in positional_consts: a position whose constant is not known


def positional_consts(v: Value) -> tuple[str, ...]:
    """The constant string at each position of the positional arguments a caller packs into
    `*args` (UNKNOWN_POSITION where there is none, or several: the receiver, a dict), when
    at least one is known; empty otherwise. Up to MAX_KEY_CONSTS positions."""
    pos = sorted((k for k in v.fields if k.isdigit()), key=int)
    if not pos or len(pos) > MAX_KEY_CONSTS or pos != [str(i) for i in range(len(pos))]:
        return ()
    out = []
    for k in pos:
        kc = known_consts(v.fields[k])
        out.append(next(iter(kc)) if len(kc) == 1 else UNKNOWN_POSITION)
    return tuple(out) if any(c != UNKNOWN_POSITION for c in out) else ()


def element_keys(v: Value) -> tuple[str, ...]:
    """The keys (or positions) every element of a list the code wrote names, or empty."""
    if not v.fields or v.labels or not all(k == ELEM or k.isdigit() for k in v.fields):
        return ()
    elem = v.fields.get(ELEM, EMPTY)
    return named_keys(elem) or tuple_positions(elem)


def object_types(v: Value) -> Value:
    """What objects v (or each of its elements: a list of notifiers) may be, without its data:
    the types a method reading it resolves calls by."""
    refs = frozenset(r for r in v.refs if r.startswith(OBJECT_REFS))
    elem = v.fields.get(ELEM)
    inner = frozenset(r for r in elem.refs if r.startswith(OBJECT_REFS)) if elem is not None else frozenset()
    return Value(None, {ELEM: Value(None, None, inner)} if inner else None, refs)


def dispatch_entry(item: Value) -> bool:
    """Whether item is an entry of a table of steps: a tuple whose first part is project code
    (a function, a class) and whose other parts are constants (`(publish.save, ("roster",))`)."""
    if item.labels or not item.fields or "0" not in item.fields:
        return False
    head = item.fields["0"]
    if head.labels or not head.refs or not all(r.startswith(("fn:", "cls:")) for r in head.refs):
        return False
    rest = [f for k, f in item.fields.items() if k.isdigit() and k != "0"]
    return all(not f.labels and not any(r.startswith(("fn:", "cls:")) for r in f.refs) for f in rest)
