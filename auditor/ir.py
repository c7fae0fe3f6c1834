"""The per-file facts: a small, picklable intermediate form of each module.

libcst trees are large; the analysis needs only data movement. Lowering (auditor.lower) turns
each file into these frozen records once, they are cached by content hash, and the whole-program
propagation (auditor.propagate) runs over them without ever touching libcst again.

Locations are (line, column, end_line, end_column), 1-based columns.
"""

from __future__ import annotations

import pickle
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache

# an SP-API/MWS report type name (GET_FLAT_FILE_ORDERS_DATA), as Module.report_types and the
# analysis of report requests read them
REPORT_TYPE_NAME = re.compile(r"^_?GET_[A-Z0-9_]+_?$")

Loc = tuple[int, int, int, int]
NOLOC: Loc = (0, 0, 0, 0)
# annotations that stand for their first argument's type: Optional[Gateway] is a Gateway (or
# None), FastAPI's Annotated[Gateway, Depends(get_gateway)] is a Gateway (a parameter's
# annotation when lowered, a module-level type alias when propagated)
WRAPPING_ANNOTATIONS = frozenset({"Optional", "Annotated", "Final", "typing.Optional", "typing.Annotated", "typing.Final"})


# ----------------------------------------------------------------------------- expressions
@dataclass(frozen=True, slots=True)
class Name:
    id: str
    loc: Loc


@dataclass(frozen=True, slots=True)
class Const:
    """A literal. Strings carry their text (keys, hosts, message text); an integer, True, False or
    None carries its own (a position, a flag) with no data; other numbers carry nothing."""

    value: str | None
    loc: Loc
    is_str: bool = False


@dataclass(frozen=True, slots=True)
class Attr:
    base: Expr
    attr: str
    loc: Loc


@dataclass(frozen=True, slots=True)
class Sub:
    """`base[key]`: key is a constant str/int when known, else `index` is the key expression."""

    base: Expr
    key: str | None
    index: Expr | None
    loc: Loc


@dataclass(frozen=True, slots=True)
class Arg:
    name: str | None  # keyword name, or None for positional
    value: Expr
    star: int = 0  # 1 for *args, 2 for **kwargs


@dataclass(frozen=True, slots=True)
class Call:
    func: Expr
    args: tuple[Arg, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Combine:
    """String building and operators: f-strings, `+`, `%`, comparisons, bool ops, ternaries.

    `template` is True when the parts are joined into one string (f-string, `+` of strings, `%`),
    so constant parts concatenate into a known constant text.
    """

    parts: tuple[Expr, ...]
    loc: Loc
    template: bool = False


@dataclass(frozen=True, slots=True)
class DictLit:
    items: tuple[tuple[Expr | None, Expr], ...]  # key None: `**spread`
    loc: Loc


@dataclass(frozen=True, slots=True)
class SeqLit:
    elts: tuple[Expr, ...]
    kind: str  # "list" | "tuple" | "set"
    loc: Loc
    starred: tuple[int, ...] = ()  # indexes of `*x` elements


@dataclass(frozen=True, slots=True)
class Comp:
    """A comprehension or generator expression: for-clauses bind targets from iterables in order."""

    elt: Expr
    key: Expr | None  # dict comprehensions
    generators: tuple[tuple[Target, Expr], ...]
    kind: str  # "list" | "set" | "gen" | "dict"
    loc: Loc
    narrows: tuple[tuple[str, Expr, bool, bool], ...] = ()  # `if k in SAFE` clauses (see If.narrow)


@dataclass(frozen=True, slots=True)
class FuncRef:
    """A lambda or a def used as a value: refers to a lowered function by qualified name."""

    qualname: str
    loc: Loc


@dataclass(frozen=True, slots=True)
class Walrus:
    target: str
    value: Expr
    loc: Loc


@dataclass(frozen=True, slots=True)
class Await:
    value: Expr
    loc: Loc


@dataclass(frozen=True, slots=True)
class Opaque:
    """Anything the analysis does not model: it carries no data. `parts` are evaluated for what
    they do (a call, a walrus binding) though the result is data-free: `if send(o) != 200`,
    `if (email := info.get("BuyerEmail")) is not None`, `not notify(o)`."""

    loc: Loc
    parts: tuple[Expr, ...] = ()


Expr = Name | Const | Attr | Sub | Call | Combine | DictLit | SeqLit | Comp | FuncRef | Walrus | Await | Opaque


# ----------------------------------------------------------------------------- targets
@dataclass(frozen=True, slots=True)
class Unpack:
    """`a, (b, *c) = ...`: element targets; `star` is the index of the starred one or -1."""

    elts: tuple[Target, ...]
    star: int
    loc: Loc


Target = Name | Attr | Sub | Unpack | Opaque


# ----------------------------------------------------------------------------- statements
@dataclass(frozen=True, slots=True)
class Assign:
    targets: tuple[Target, ...]
    value: Expr
    loc: Loc
    aug: bool = False  # `x += y` joins instead of replacing


@dataclass(frozen=True, slots=True)
class Eval:
    value: Expr
    loc: Loc
    raised: bool = False  # `raise value`: the handlers that catch it see the value
    # `raise value from cause`: the exception it chains to (a traceback prints it too); the
    # constant None for `from None`, which prints no chain
    cause: Expr | None = None


@dataclass(frozen=True, slots=True)
class Return:
    value: Expr | None
    loc: Loc
    is_yield: bool = False  # a generator's `yield x`: the caller iterates over it
    yields_from: bool = False  # `yield from xs`: the caller gets the elements of xs, one by one


@dataclass(frozen=True, slots=True)
class If:
    test: Expr
    test_words: tuple[str, ...]  # identifiers, attributes and string keys in the test (consent guards)
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    loc: Loc
    # `if key in SAFE:` / `if key == "City":`: (name, what it is compared with, True for `in`,
    # True for `not in` / `!=`); inside the body the name is one of those constants (or, negated,
    # one of the constants it may be other than those)
    narrow: tuple[str, Expr, bool, bool] | None = None
    # `if r.status_code != 200:` / `if not r.ok:`: (r, attribute, "status" for a comparison with
    # HTTP status codes or "flag" for a truth test, True when the body runs on a failed request,
    # False when the else branch does). Which attributes are a response's status is the catalog's
    # (world.toml response_status_attrs, response_ok_attrs); there r's body is an error, not data
    failed_status: tuple[str, str, str, bool] | None = None


@dataclass(frozen=True, slots=True)
class Loop:
    target: Target | None  # None for `while`
    iter: Expr  # the iterable, or the `while` test
    body: tuple[Stmt, ...]
    orelse: tuple[Stmt, ...]
    loc: Loc
    breaks: bool = False  # the body has a `break` or `continue` of its own (an item may be cut short)


RERAISE = "<raised>"  # the name a handler's caught exception is bound to, for a bare `raise`
MATCH_SUBJECT = "<match>"  # the name a match statement's subject is kept in while its cases bind
MATCH_ARG = "<match_arg>"  # `<match_arg>0`: the attribute a class pattern's first positional part reads


@dataclass(frozen=True, slots=True)
class Try:
    body: tuple[Stmt, ...]
    handlers: tuple[tuple[str | None, tuple[Stmt, ...]], ...]
    orelse: tuple[Stmt, ...]
    final: tuple[Stmt, ...]
    loc: Loc
    catches: tuple[tuple[Expr, ...], ...] = ()  # per handler, the exception types named (none: any)


@dataclass(frozen=True, slots=True)
class With:
    items: tuple[tuple[Expr, Target | None], ...]
    body: tuple[Stmt, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Def:
    """A nested `def`/`class` statement: binds `name` to the function or class."""

    name: str
    qualname: str
    is_class: bool
    decorators: tuple[Expr, ...]
    loc: Loc
    # a class statement's keywords (`class Sqlite(Repository, key="sqlite")`, not `metaclass`):
    # what its bases' __init_subclass__ is called with
    class_kwargs: tuple[Arg, ...] = ()


@dataclass(frozen=True, slots=True)
class Delete:
    targets: tuple[Target, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Branches:
    """Alternatives of which exactly one runs (match/case)."""

    subject: Expr
    cases: tuple[tuple[Stmt, ...], ...]
    loc: Loc


Stmt = Assign | Eval | Return | If | Loop | Try | With | Def | Delete | Branches


# ----------------------------------------------------------------------------- definitions
@dataclass(frozen=True, slots=True)
class Param:
    name: str
    kind: str  # "pos" | "kwonly" | "vararg" | "kwarg"
    default: Expr | None
    annotation: str | None  # dotted text of the annotation, if any


@dataclass(frozen=True, slots=True)
class Function:
    qualname: str  # "pkg.mod.Class.method", "pkg.mod.f.<locals>.inner", "pkg.mod.<module>"
    name: str
    params: tuple[Param, ...]
    code: bytes = field(repr=False)  # the body's statements, pickled (pack_body): read them through `body`
    decorators: tuple[Expr, ...]
    loc: Loc
    cls: str | None = None  # qualified name of the class for methods
    parent: str | None = None  # enclosing function for nested functions and lambdas
    is_async: bool = False
    is_generator: bool = False
    globals_declared: tuple[str, ...] = ()
    nonlocals_declared: tuple[str, ...] = ()
    nested: tuple[str, ...] = ()  # qualnames of functions defined directly inside
    stmt_count: int = 0
    calls: tuple[str, ...] = ()  # names the body calls (`f(...)`, `x.f(...)`): a guess at callees

    @property
    def body(self) -> tuple[Stmt, ...]:
        """The statements, unpickled when the analysis runs the function (and kept for a while)."""
        return _unpack_body(self.code)


# Statements are nearly all of a program's facts, and the propagation runs one function at a
# time: kept pickled, Django's whole tree holds ~45 MB of bytes instead of ~430 MB of objects.
# Unpickling a body costs 10-25 microseconds, against ~1.3 ms to analyse it on Django (0.5 s of a
# 65 s propagation on its package); on generated seller code, analysed about once per function,
# it is ~6% of a one-file scan (docs/performance.md, sixth pass). The few most recent stay
# unpickled for the re-analyses that follow a callee's change.
BODY_CACHE = 256


def pack_body(stmts: tuple[Stmt, ...]) -> bytes:
    return pickle.dumps(stmts, protocol=pickle.HIGHEST_PROTOCOL)


@lru_cache(maxsize=BODY_CACHE)
def _unpack_body(code: bytes) -> tuple[Stmt, ...]:
    return pickle.loads(code)  # noqa: S301 - bytes this process or its cache wrote (cache.py checks keys)


# The fields walk descends into, per IR class (None for a leaf: text, numbers, None); computed
# once per class, which is ~3x faster than asking every value for `__dataclass_fields__`.
_WALK_FIELDS: dict[type, tuple[str, ...] | None] = {}


def walk(stmts: tuple[Stmt, ...]) -> Iterator[object]:
    """Every IR node in these statements and their expressions (not in nested functions' bodies,
    which are functions of their own), in no particular order."""
    stack: list[object] = list(stmts)
    fields_of = _WALK_FIELDS
    while stack:
        n = stack.pop()
        t = type(n)
        if t is tuple or t is list:
            stack.extend(n)  # type: ignore[arg-type]
            continue
        try:
            fields = fields_of[t]
        except KeyError:
            dc = getattr(t, "__dataclass_fields__", None)
            fields = fields_of[t] = tuple(dc) if dc is not None else None
        if fields is not None:
            yield n
            stack.extend(getattr(n, f) for f in fields)


def names_in(stmts: tuple[Stmt, ...]) -> frozenset[str]:
    """Every identifier a Name node in these statements holds, read or written: a superset of
    the variables a nested function takes from the scopes around it."""
    return frozenset(n.id for n in walk(stmts) if isinstance(n, Name))


def _fresh(e: Expr, makes_copy: Callable[[Expr], bool]) -> bool:
    """Whether e makes a new container: a literal or comprehension, a call `makes_copy` says
    copies (`dict(x)`, `x.copy()`, `pd.DataFrame(rows)`), or a table's columns chosen by a list
    (`df[["a", "b"]]`, a new frame)."""
    if isinstance(e, DictLit | SeqLit | Comp):
        return True
    if isinstance(e, Sub):
        return isinstance(e.index, SeqLit) and e.index.kind == "list"
    return isinstance(e, Call) and makes_copy(e.func)


def fresh_locals(stmts: tuple[Stmt, ...], makes_copy: Callable[[Expr], bool]) -> frozenset[str]:
    """The local names every binding of which, in these statements, makes a new container
    (`out = df[["id", "date"]].copy()`): a store into one of their keys is not a store into
    anything the function was given. Names bound any other way (a loop, an unpacking, `with`,
    a handler, a walrus, a nested def) are not among them."""
    fresh: set[str] = set()
    other: set[str] = set()
    for n in walk(stmts):
        if isinstance(n, Assign):
            if not n.aug:  # (`x += y` keeps what x is)
                for t in n.targets:
                    if isinstance(t, Name):
                        (fresh if _fresh(n.value, makes_copy) else other).add(t.id)
        elif isinstance(n, Unpack):
            other.update(x.id for x in n.elts if isinstance(x, Name))
        elif isinstance(n, Loop):
            if isinstance(n.target, Name):
                other.add(n.target.id)
        elif isinstance(n, With):
            other.update(t.id for _ctx, t in n.items if isinstance(t, Name))
        elif isinstance(n, Try):
            other.update(name for name, _ in n.handlers if name)
        elif isinstance(n, Walrus):
            other.add(n.target)
        elif isinstance(n, Def):
            other.add(n.name)
    return frozenset(fresh - other)


@dataclass(frozen=True, slots=True)
class ClassDef:
    qualname: str
    name: str
    bases: tuple[Expr, ...]
    decorators: tuple[Expr, ...]
    methods: tuple[tuple[str, str], ...]  # (method name, function qualname)
    fields: tuple[str, ...]  # annotated class-level names in order (dataclass-style fields)
    init_attrs: tuple[str, ...]  # attributes assigned on self in __init__
    body: str  # qualname of the function holding the class body statements
    loc: Loc
    parent: str | None = None
    attrs: tuple[str, ...] = ()  # names the class body assigns at its top level (not under an if)
    # (field, the key it is read from in a dict given as **kwargs): `channel: str =
    # Field(alias="FulfillmentChannel")` (pydantic; attrs' and others' alias= too)
    aliases: tuple[tuple[str, str], ...] = ()
    hidden: tuple[str, ...] = ()  # fields left out of the generated repr (`field(repr=False)`)


@dataclass(frozen=True, slots=True)
class Import:
    local: str  # the name bound in the module ("np", "Orders")
    target: str  # the absolute dotted name ("numpy", "sp_api.api.Orders")
    loc: Loc
    star: bool = False  # `from x import *`
    module_only: bool = False  # `import a.b` binds `a` to module `a`


@dataclass(frozen=True, slots=True)
class Module:
    name: str  # dotted module name from the path ("shop.sync.orders")
    path: str  # POSIX path relative to the scan root
    is_package: bool
    imports: tuple[Import, ...]
    functions: tuple[Function, ...]  # includes "<module>" body and class bodies
    classes: tuple[ClassDef, ...]
    incomplete: tuple[tuple[str, str], ...] = ()  # (function, reason) cut short by a bound
    report_types: tuple[str, ...] = ()  # SP-API/MWS report type names the module mentions (GET_...)


# ----------------------------------------------------------------------------- fast pickling
# Summaries cross a process boundary (worker -> main) and go through the cache, so pickling speed
# matters. A slotted dataclass pickles through __getstate__/__setstate__, which call
# dataclasses.fields() and setattr once per field per object: measured at ~3 ms per module to
# load. Reducing to (class, field values) rebuilds each record with one constructor call.
def _fast_reduce(cls: type) -> None:
    import dataclasses
    import operator

    names = tuple(f.name for f in dataclasses.fields(cls))
    if len(names) == 1:
        get1 = operator.attrgetter(names[0])

        def reduce1(self: object) -> tuple:
            return (cls, (get1(self),))

        cls.__reduce__ = reduce1  # type: ignore[method-assign,assignment]
    else:
        get = operator.attrgetter(*names)

        def reduce(self: object) -> tuple:
            return (cls, get(self))

        cls.__reduce__ = reduce  # type: ignore[method-assign,assignment]


for _cls in (
    Name, Const, Attr, Sub, Arg, Call, Combine, DictLit, SeqLit, Comp, FuncRef, Walrus, Await, Opaque,
    Unpack, Assign, Eval, Return, If, Loop, Try, With, Def, Delete, Branches,
    Param, Function, ClassDef, Import, Module,
):
    _fast_reduce(_cls)
del _cls


_PERCENT_CONVERSION = re.compile(r"%(?:\([^)]*\))?[-#0 +]*(?:\d+|\*)?(?:\.(?:\d+|\*))?([a-zA-Z%])")


def repr_positions(fmt: str) -> tuple[int, ...]:
    """The positions of the arguments a printf-style format (`%`, logging) prints with `%r` or
    `%a`: those are written as their repr, the others as their str."""
    out: list[int] = []
    i = 0
    for m in _PERCENT_CONVERSION.finditer(fmt):
        if m.group(1) == "%":
            continue
        if m.group(1) in ("r", "a"):
            out.append(i)
        i += 1
    return tuple(out)
