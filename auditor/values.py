"""Abstract values: what the propagation knows about one Python value.

A value carries taint *labels* on the whole (each with the trace that brought it there),
*fields* for the parts it knows separately (dict keys, attributes, tuple positions, "[*]" for
elements), *refs* naming what it may be (a function, a class, an instance, an SDK client type)
and *consts*, the constant strings it may equal (hosts, SQL, message text).

Labels:
- "whole": Amazon data that is personal as a whole (an order, a response); reading a field of it
  is classified by the catalog (BuyerEmail personal, OrderStatus public).
- "field": a personal value (an email, a name).
- "text": buyer-message text that leads off Amazon (AMZ006).
- "param": a placeholder for a function's parameter (origin "param:<function>:<index>") with the
  access path read from it; a function summary is written in these and instantiated per call.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from operator import attrgetter
from typing import NamedTuple

TStep = tuple[str, int, int, str, str]  # (path, line, column, kind, message)
Trace = tuple[TStep, ...]

MAX_TRACE = 48
MAX_DEPTH = 4
# how deep the walks over a value (flatten, trace steps, renames, signature) descend; a literal
# nests as deep as the code writes it (a JSON:API body is 8 levels), and below this its parts
# fold into the labels of the part where the walk stops
WALK_DEPTH = 12
MAX_FIELDS = 32  # named parts a value keeps (a row of an order report's columns, renamed); past it, new keys go into "[*]"
SMALL_TUPLE = 5  # parts of a tuple of constants that counts as one part (four positions and [*])
MAX_NODES = 40  # parts in one value; beyond it deeper parts fold into their parent's labels
KEPT_NODES = 32  # ... a level at a time, the largest first, until this many are left
MAX_LABELS = 12  # labels on one value; beyond it labels of one origin fold together
MAX_SPLIT_FOLD = 6  # ... apart by the first key they differ at, when they differ at no more than this many (compact)
MAX_REFS = 16  # what a value may be: beyond it, project references win and library type guesses go
MAX_CONSTS = 64  # constant strings a value may be (a report's column list); beyond it, not known (TOP)
MAX_PATH = 6
ELEM = "[*]"
SELF_PART = "@self"  # a bound method's receiver, kept as a part of the method value
KEYS = "@keys"  # the keys of a dict built with keys not known statically ({o["BuyerEmail"]: o ...})
ANY = "@any"  # in a parameter's path: any part of the caller's value (`d[k]` for a k not known)
COLUMNS = "@columns"  # on a joined table: its named parts are all its columns holding data (a merge)
TEXT = "@text"  # in a parameter's path: the caller's value as text (its class's __str__, or its data)
URL_PART = "@url"  # in a parameter's path: the caller's value as the URL a request goes to (not when it is a report document's link)
FETCHED = "@fetched"  # in a parameter's path: what fetching the caller's value gives, when it is a report document's link
DATA = "@data"  # in a parameter's path: the caller's value as plain data, not an object (asdict)
NO_TEXT = "@notext"  # in a parameter's path: the caller's data without the code's own text in it (a template's mapping)
WITHOUT = "@without:"  # in a parameter's path: the caller's value without these keys ("\x1f"-joined; `d.pop("email")`)
ONE_OF = "@oneof:"  # in a parameter's path: one of these keys ("\x1f"-joined), labels read at many folded
MAX_ONE_OF = 32  # keys one such path element names; past it, labels fold at their common prefix
GROUP_BY = "@by"  # df.groupby(by): the key columns
GROUP_FRAME = "@frame"  # df.groupby(by): the table grouped
INDEX = "@index"  # on a table aggregated by named columns: its index (the keys), written with any column
GROUP_INDEXED = "@byindex"  # set when the keys become the aggregated table's index (not as_index=False)
GROUP_SOURCE = "@grouped"  # df.groupby(by)["price"]: the table grouped, its key columns read from it (not the selection)
GROUP_NAMES = "@bycols"  # df.groupby(["sku", "buyer-email"]): the key columns' names (constants)
CAUSE = "@cause"  # an exception's part: the exception it chains to (`raise X from e`, or raised in a handler)
TOP = "\x00*"  # "too many constant strings to list": absorbs everything joined with it


class Label(NamedTuple):
    """One piece of tracked data on a value.

    A tuple: hashing and equality run in C. Labels are dict keys in every join, and a frozen
    dataclass's Python `__hash__`/`__eq__` were called tens of millions of times on a large
    tree. The hash is the tuple's own, the same as the dataclass computed from these fields in
    this order, so iteration over sets of labels is unchanged."""

    kind: str  # "whole" | "field" | "text" | "param"
    data: str  # what it is in words ("buyer email"); for params, the parameter name
    origin: str  # source key, or "param:<qualname>:<index>"
    path: tuple[str, ...] = ()  # params: keys read from the parameter
    san: frozenset[str] = frozenset()  # sanitizer kinds applied on the way
    flat: bool = False  # params: the parameter was flattened into a string on the way

    @property
    def is_param(self) -> bool:
        return self.kind == "param"

    @property
    def is_pii(self) -> bool:
        return self.kind in ("whole", "field")

    def param_owner(self) -> tuple[str, int]:
        _, q, i = self.origin.rsplit(":", 2) if self.origin.count(":") >= 2 else ("", "", "-1")
        return q, int(i)


Labels = dict[Label, Trace]

REPORT_TAG = "report"  # a Label kind: the thing carrying it is a report requested of type `data`
ANY_REPORT = "*"  # a report_tag's type when the request's type is not known statically
# in the report types of a copy (Engine.copy_types): the types are those of the document its
# callers hand in, known from their request (report_tag), not the types those callers request
DOCUMENT_TYPES = "@document"


def report_tag(report_type: str) -> Label:
    """The label that marks a report request's result, and the ids read from it, as of that type."""
    return Label(REPORT_TAG, report_type, "rtype:" + report_type)

_DERIVED: dict[tuple[Label, str, str], Label] = {}
_DERIVED_MAX = 1 << 14


def derive(lab: Label, how: str, arg: str = "") -> Label:
    """The label a read or a flattening makes of `lab`, built once per distinct input.

    The same few labels are derived again at every analysis (a parameter's path extended by the
    key read, a response's field classified), and building a frozen dataclass costs a setattr
    per field. how: "key" (a parameter read at key `arg`), "field"/"whole" (a part of Amazon
    data classified as `arg`), "flat" (a parameter turned into text)."""
    k = (lab, how, arg)
    out = _DERIVED.get(k)
    if out is None:
        if len(_DERIVED) >= _DERIVED_MAX:
            _DERIVED.clear()
        if how == "key":
            out = Label("param", lab.data, lab.origin, lab.path + (arg,), lab.san)
        elif how == "flat":
            out = Label(lab.kind, lab.data, lab.origin, lab.path, lab.san, True)
        else:
            out = Label(how, arg, lab.origin, (), lab.san)
        _DERIVED[k] = out
    return out


def better(a: Trace, b: Trace) -> Trace:
    """The shorter trace, ties broken by content, so joins are order-independent."""
    if len(a) != len(b):
        return a if len(a) < len(b) else b
    return a if a <= b else b


def cap_trace(t: Trace) -> Trace:
    if len(t) <= MAX_TRACE:
        return t
    half = MAX_TRACE // 2
    return t[:half] + t[-half:]


def merge_labels(a: Labels, b: Labels) -> Labels:
    """a and b joined (a itself when b adds nothing: label dicts are never changed once built)."""
    if not b or a is b:
        return a
    if not a:
        return b
    out: Labels | None = None
    for k, t in b.items():
        old = a.get(k)
        if old is None:
            new = t
        elif old is t:
            continue
        else:
            new = better(old, t)
            if new is old:
                continue
        if out is None:
            out = dict(a)
        out[k] = new
    if out is None:
        return a
    if len(out) > MAX_LABELS:
        return compact(out)
    return out


_GROUP = attrgetter("origin", "kind", "san")


def foldable(labels: Iterable[Label]) -> bool:
    """Whether two of these labels share an origin, kind and sanitization (so `compact` would
    fold them)."""
    labs = labels if isinstance(labels, (dict, list, tuple)) else list(labels)
    return len(set(map(_GROUP, labs))) != len(labs)


def refold(labels: Labels) -> Labels:
    """Distinct labels as merging them one by one through merge_labels would leave them. Up to
    MAX_LABELS labels, or past it when no two share an origin and kind (texts of many literals),
    nothing can fold and the dict is returned as it is, rather than copied once per label;
    otherwise one by one, since folding part-way gives another set than folding once at the end."""
    if len(labels) <= MAX_LABELS or not foldable(labels):
        return labels
    out: Labels = {}
    for lab, t in labels.items():
        out = merge_labels(out, {lab: t})
    return out


def compact(labels: Labels) -> Labels:
    """Fold labels that differ only in detail, to keep a value's label set small.

    Parameter labels of one parameter fold into one at their common path prefix; labels of one
    source fold into one per kind. Sanitizers kept are those all folded labels had, so folding
    never hides a flow. Which labels fold into which depends on the labels alone, and the same
    label sets come back at most merges (on Django's tree 25k distinct sets in 391k calls), so
    the plan is computed once per set (compact_plan) and only the traces are joined here."""
    plan = compact_plan(tuple(labels))
    if plan is None:
        return labels
    traces = list(labels.values())
    out: Labels = {}
    for lab, parts in plan:
        trace = traces[parts[0]]
        for i in parts[1:]:
            trace = better(trace, traces[i])
        out[lab] = trace
    return out


FoldPlan = tuple[tuple[Label, tuple[int, ...]], ...]


@lru_cache(maxsize=1 << 16)
def compact_plan(labs: tuple[Label, ...]) -> FoldPlan | None:
    """What compact makes of these labels: each new label with the positions of the labels it
    folds, in order (their traces are joined in that order); None when nothing folds."""
    if not foldable(labs):
        # nothing to fold (every label its own origin, as texts in many literals are): checked
        # in C, since a value with hundreds of such labels is compacted at every merge
        return None
    groups: dict[tuple[str, str, frozenset[str]], list[int]] = {}
    for i, lab in enumerate(labs):
        # apart by sanitization too: a table's encrypted columns folded with its clear ones
        # would lose the encryption of every column (the fold keeps what all labels had)
        groups.setdefault((lab.origin, lab.kind, lab.san), []).append(i)
    out: dict[Label, tuple[int, ...]] = {}
    splits: list[tuple[Label, int, list[str], list[int]]] = []
    may_split = len(groups) < MAX_LABELS - 1  # (else no room for a group folded apart)
    for (_origin, kind, _san), items in groups.items():
        if len(items) == 1:
            out[labs[items[0]]] = (items[0],)
            continue
        group = [labs[i] for i in items]
        n = len(common_path(group))
        path = one_of_path(group, n) if kind == "param" else None
        folded = _fold_label(group, path if path is not None else group[0].path[:n])
        out[folded] = tuple(items)
        if may_split and kind == "param" and (path is None or any(len(lab.path) > len(path) for lab in group)) and all(lab.path for lab in group):
            # where one label would say more than they do (the whole parameter; or one of some
            # keys, each whole, where some were read deeper: `rec.address["CountryCode"]` is not
            # the whole address), a few first keys fold apart, each at its own path: a
            # parameter's elements and its keys (`for row in rows`: rows['[*]'] and rows['@keys'])
            # read at the same keys, a record's public fields beside its address's country
            firsts = sorted({lab.path[n] for lab in group}) if all(len(lab.path) > n for lab in group) else []
            if 1 < len(firsts) <= MAX_SPLIT_FOLD:
                splits.append((folded, n, firsts, items))
    # ...as long as the labels stay within MAX_LABELS: past it every merge would fold them again
    room = MAX_LABELS - len(out)
    for key, n, firsts, items in splits:
        if len(firsts) - 1 > room:
            continue
        room -= len(firsts) - 1
        del out[key]
        for first in firsts:
            sub = [i for i in items if labs[i].path[n] == first]
            if len(sub) == 1:
                out[labs[sub[0]]] = (sub[0],)
            else:
                group = [labs[i] for i in sub]
                out[_fold_label(group)] = tuple(sub)
    return tuple(out.items())


def _fold_label(labs: list[Label], path: tuple[str, ...] | None = None) -> Label:
    """One label for labels of one origin and kind (compact): at `path`, else at one of the keys
    they were read at (one_of_path), else at their common path."""
    first = labs[0]
    if path is None:
        n = len(common_path(labs))
        if first.kind == "param":
            path = one_of_path(labs, n)
        if path is None:
            path = first.path[:n]
    san = frozenset.intersection(*(lab.san for lab in labs))
    data = min(lab.data for lab in labs) if first.kind != "param" else first.data
    return Label(first.kind, data, first.origin, path, san, any(lab.flat for lab in labs))


def without_key(lab: Label, key: str) -> Label:
    """A parameter's label after the callee removed a key from it (`d.pop("email")`, `del
    d["email"]`): the caller's value without that key (WITHOUT; consecutive removals merge)."""
    path = lab.path
    if path and path[-1].startswith(WITHOUT):
        keys = set(path[-1][len(WITHOUT) :].split("\x1f")) | {key}
        path = (*path[:-1], WITHOUT + "\x1f".join(sorted(keys)))
    else:
        path = (*path, WITHOUT + key)
    return Label(lab.kind, lab.data, lab.origin, path, lab.san, lab.flat)


def common_path(labs: list[Label]) -> tuple[str, ...]:
    """The longest path every one of these labels' paths starts with."""
    path = labs[0].path
    for lab in labs[1:]:
        n = 0
        while n < min(len(path), len(lab.path)) and path[n] == lab.path[n]:
            n += 1
        path = path[:n]
    return path


def one_of_path(labs: list[Label], n: int | None = None) -> tuple[str, ...] | None:
    """The path of parameter labels read at different keys of one part (`row.get(col) for col in
    COLUMNS` over 13 report columns): that part, then one of those keys (ONE_OF), so the caller
    reads each key of its argument rather than the whole part. Labels read deeper below those
    keys (`node["OrderTotal"]["Amount"]`) count as the whole key. None if one of them is the part
    itself, or an element, or a role of it. `n` is the length of their common path, if known."""
    first = labs[0].path
    if not first or any(not lab.path for lab in labs):
        return None
    if n is None:
        n = len(common_path(labs))
    keys: set[str] = set()
    for lab in labs:
        if len(lab.path) <= n:
            return None  # the part itself is among them
        key = lab.path[n]
        if key.startswith(ONE_OF):
            keys.update(key[len(ONE_OF):].split("\x1f"))
        elif key == ELEM or key.startswith("@"):
            return None
        else:
            keys.add(key)
    if len(keys) > MAX_ONE_OF:
        return None
    return (*first[:n], ONE_OF + "\x1f".join(sorted(keys)))


class Value:
    """An abstract value; treated as immutable once built."""

    __slots__ = ("labels", "fields", "refs", "consts", "_size", "_has_param", "_flat")

    def __init__(
        self,
        labels: Labels | None = None,
        fields: dict[str, Value] | None = None,
        refs: frozenset[str] = frozenset(),
        consts: frozenset[str] = frozenset(),
    ) -> None:
        self.labels: Labels = labels or {}
        self.fields: dict[str, Value] = fields or {}
        self.refs = refs
        self.consts = consts
        self._size = -1
        self._has_param: bool | None = None
        self._flat: Labels | None = None

    @property
    def size(self) -> int:
        """Number of parts (computed once, on demand). A short tuple of constants (`("OrderTotal",
        "Amount")`, a path in a table of field paths; `("excel", False)`, a route in a table of
        routes) counts as one part: folding it would lose the positions a helper's copy per
        constant tuple is chosen by, or the names a dispatch looks up, and it holds no data."""
        if self._size < 0:
            n = 1
            constant = not self.labels and len(self.fields) <= SMALL_TUPLE
            for k, f in self.fields.items():
                n += f._size if f._size >= 0 else f.size
                if constant and (f.labels or f.fields or f.refs or not (k.isdigit() or k == ELEM)):
                    constant = False
            self._size = 1 if constant else n
        return self._size

    @property
    def has_param(self) -> bool:
        """Whether a parameter placeholder is anywhere inside (computed once, on demand)."""
        if self._has_param is None:
            self._has_param = any(lab.kind == "param" for lab in self.labels) or any(
                f.has_param for f in self.fields.values()
            )
        return self._has_param

    def is_empty(self) -> bool:
        return not (self.labels or self.fields or self.refs or self.consts)

    def __repr__(self) -> str:  # for debugging and test failure messages
        parts = []
        if self.labels:
            parts.append("labels=" + ",".join(sorted(f"{lab.kind}:{lab.data}{list(lab.path) or ''}" for lab in self.labels)))
        if self.fields:
            parts.append("fields={" + ",".join(f"{k}:{v!r}" for k, v in self.fields.items()) + "}")
        if self.refs:
            parts.append("refs=" + ",".join(sorted(self.refs)))
        if self.consts:
            parts.append("consts=" + repr(sorted(self.consts)[:3]))
        return "V(" + " ".join(parts) + ")"


EMPTY = Value()


def bounded(v: Value) -> Value:
    """Keep a value small: past MAX_NODES parts, its parts are cut a level at a time from the
    deepest, the largest parts first at each level, until KEPT_NODES are left; what is cut folds
    into the labels of its ancestor at that level.

    A small part beside a large one keeps its own parts (a tuple of a table of named columns and
    a nested dict of eight tables). A list of orders keeps each order's id apart from its
    address, whose fields become one label set (before, a part folded whole, so every order id
    read from the list was the buyer's address too). Two lists of the same records (`return
    consumer, business`) both keep their records' fields, and only the records' own nested parts
    fold (before, the larger list was cut alone until the value fit, which folded its records
    whole). The element part of a tuple with known positions (`*args`) repeats them: it is cut
    first, as deep as is enough or whole."""
    if not v.fields or (v._size if v._size >= 0 else v.size) <= MAX_NODES:
        return v
    items = list(v.fields.items())
    kept = dict(items[:MAX_FIELDS])
    size = 1 + sum(f._size if f._size >= 0 else f.size for f in kept.values())
    # a tuple's element part (with known positions, `*args`) repeats them: it is cut first, as
    # deep as is enough or whole, before any position is
    elem = kept.get(ELEM) if "0" in kept else None
    if elem is not None and elem.fields and elem.size > 1:
        for depth in range(MAX_DEPTH - 1, -1, -1):
            cut = _cut(elem, depth)
            if size - elem.size + cut.size <= KEPT_NODES:
                break
        kept[ELEM] = cut
        size -= elem.size - cut.size
    order = sorted((k for k in kept if k != ELEM or elem is None), key=lambda k: -kept[k].size)
    cut_at: dict[str, int] = {}  # part -> the level it was last cut at
    height = {k: _height(kept[k]) for k in order}  # a cut at a level it does not reach leaves a part as it is
    for depth in range(MAX_DEPTH - 1, -1, -1):
        for k in order:
            if size <= KEPT_NODES:
                break
            f = kept[k]
            if not f.fields or f.size <= 1 or height[k] <= depth:  # (a tuple of constants counts as one part: nothing to gain)
                continue
            height[k] = depth
            cut = _cut(f, depth)
            if cut is not f:
                kept[k] = cut
                cut_at[k] = depth
                size -= f.size - cut.size
    # a smaller part cut at a deep level before a larger one was cut shallower may not have needed
    # it: smallest first, each gets back the deepest version of itself that still fits (with one
    # part cut, each level before its last was not enough: nothing to give back)
    if len(cut_at) > 1 and size < KEPT_NODES:
        whole = dict(items[:MAX_FIELDS])
        for k in reversed(order):
            if k not in cut_at:
                continue
            for depth in range(MAX_DEPTH, cut_at[k], -1):
                cand = whole[k] if depth == MAX_DEPTH else _cut(whole[k], depth)
                if cand.size > kept[k].size and size - kept[k].size + cand.size <= KEPT_NODES:
                    size += cand.size - kept[k].size
                    kept[k] = cand
                    break
    labels = v.labels
    for _, f in items[MAX_FIELDS:]:
        labels = merge_labels(labels, flatten(f))
    return Value(labels, kept, v.refs, v.consts)


def _height(v: Value) -> int:
    """How many levels of parts v has below it (0: none), as far as a cut can reach."""
    if not v.fields:
        return 0
    best = 1
    for f in v.fields.values():
        if f.fields:
            best = max(best, 1 + _height(f))
            if best > MAX_DEPTH:
                break
    return best


def _cut(f: Value, depth: int) -> Value:
    """f with its parts below `depth` levels folded into the labels of their ancestor at that
    level (0: f itself one leaf). A tuple of constants (size 1) stays as it is."""
    if not f.fields or f.size <= 1:
        return f
    if depth == 0:
        return Value(flatten(f), None, f.refs, f.consts)
    fields = {k: _cut(g, depth - 1) for k, g in f.fields.items()}
    if all(fields[k] is g for k, g in f.fields.items()):
        return f  # nothing as deep: the same value (no copy, so a caller can tell nothing was cut)
    return Value(f.labels, fields, f.refs, f.consts)


def join(a: Value, b: Value, depth: int = 0) -> Value:
    v = _join(a, b, depth)
    return bounded(v) if v.fields else v


def _join(a: Value, b: Value, depth: int = 0) -> Value:
    # the hottest function of a scan: emptiness tested inline rather than through is_empty()
    if a is b or not (b.labels or b.fields or b.refs or b.consts):
        return a
    if not (a.labels or a.fields or a.refs or a.consts):
        return b
    fields = a.fields
    if b.fields:
        if depth >= MAX_DEPTH:
            return Value(
                merge_labels(merge_labels(a.labels, flatten(a)), flatten(b)),
                None,
                _refs(a.refs | b.refs),
                _consts(a.consts | b.consts),
            )
        changed = False  # `fields` is a's own dict until the first change copies it
        for k, v in b.fields.items():
            old = a.fields.get(k)
            new = v if old is None else _join(old, v, depth + 1)
            if new is not old:
                if not changed:
                    fields = dict(a.fields)
                    changed = True
                fields[k] = new
        if len(fields) > MAX_FIELDS:
            if not changed:
                fields = dict(a.fields)
                changed = True
            rest = Value()
            for k in list(fields)[MAX_FIELDS:]:
                rest = _join(rest, fields.pop(k), depth + 1)
            fields[ELEM] = _join(fields.get(ELEM, EMPTY), rest, depth + 1)
    labels = a.labels if not b.labels or a.labels is b.labels else merge_labels(a.labels, b.labels)
    refs = a.refs if b.refs <= a.refs and len(a.refs) <= MAX_REFS else _refs(a.refs | b.refs)
    consts = a.consts if b.consts <= a.consts and _consts(a.consts) == a.consts else _consts(a.consts | b.consts)
    if fields is a.fields and labels is a.labels and refs is a.refs and consts is a.consts:
        return a  # b adds nothing: no new value (joins in a fixpoint mostly add nothing)
    return Value(labels, fields, refs, consts)


def _refs(r: frozenset[str]) -> frozenset[str]:
    """At most MAX_REFS things a value may be: project references first, shortest names first."""
    if len(r) <= MAX_REFS:
        return r
    ranked = sorted(r, key=lambda x: (x.startswith("ext:"), len(x), x))
    return frozenset(ranked[:MAX_REFS])


def _consts(c: frozenset[str]) -> frozenset[str]:
    if TOP in c or len(c) > MAX_CONSTS:
        return TOP_CONSTS
    return c


TOP_CONSTS = frozenset({TOP})


def known_consts(v: Value) -> frozenset[str]:
    """The constant strings a value may be, or nothing when they are unknown or too many."""
    return frozenset() if TOP in v.consts else v.consts


HOLE = "\x00"  # in a constant string: a part only known at run time (f"{db}_orders" is "\x00_orders")


_PERCENT_SPEC = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[sdifrxXeEgGc]")


@lru_cache(maxsize=4096)
def _template_parts(text: str) -> tuple[str, ...]:
    """The fixed parts of a key built at run time, between its holes. `"%s_mail" % a` is built as
    "%s_mail" + a hole: its conversion specs are holes too."""
    return tuple(_PERCENT_SPEC.sub(HOLE, text).split(HOLE))


def _fits(parts: tuple[str, ...], text: str) -> bool:
    """Whether text is the fixed parts in order with anything between (holes match any text):
    the first part a prefix, the last a suffix, the others found leftmost in order (linear)."""
    first, last = parts[0], parts[-1]
    if len(text) < len(first) + len(last) or not text.startswith(first) or not text.endswith(last):
        return False
    pos, end = len(first), len(text) - len(last)
    for part in parts[1:-1]:
        pos = text.find(part, pos, end)
        if pos < 0:
            return False
        pos += len(part)
    return True


def key_may_be(a: str, b: str) -> bool:
    """Whether two dict keys, either with parts known only at run time (HOLE), may be one key:
    `raw[f"{db}_orders"]` is `raw["AM_orders"]`, not `raw["AM_products"]`; two keys built at run
    time may be one unless their fixed starts or ends differ."""
    if a == b:
        return True
    if HOLE in a and HOLE not in b:
        return _fits(_template_parts(a), b)
    if HOLE in b and HOLE not in a:
        return _fits(_template_parts(b), a)
    pa, pb = _template_parts(a), _template_parts(b)
    return (pa[0].startswith(pb[0]) or pb[0].startswith(pa[0])) and (pa[-1].endswith(pb[-1]) or pb[-1].endswith(pa[-1]))


def includes(a: Value, b: Value, depth: int = 0) -> bool:
    """Whether joining b into a would add nothing (traces aside): the cheap fixpoint test."""
    if b is a or b.is_empty():
        return True
    if not b.refs <= a.refs:
        return False
    if b.consts and not (TOP in a.consts or b.consts <= a.consts):
        return False
    for lab in b.labels:
        if lab not in a.labels:
            return False
    if b.fields:
        if depth >= MAX_DEPTH:
            return all(lab in a.labels or any(lab in f.labels for f in a.fields.values()) for lab in flatten(b))
        full = len(a.fields) > MAX_FIELDS  # joining a new key into a full value folds it into [*]
        for k, f in b.fields.items():
            af = a.fields.get(k)
            if af is None and full:
                af = a.fields.get(ELEM)
            if af is None or not includes(af, f, depth + 1):
                return False
    return True


def join_all(values: list[Value]) -> Value:
    out = EMPTY
    for v in values:
        out = join(out, v)
    return out


def flatten(v: Value, depth: int = 0) -> Labels:
    """Every label in the value and its parts: what a sink or string building sees (computed once
    per value: values are immutable, and the same value is flattened at every use)."""
    if not v.fields:
        return v.labels
    if depth == 0 and v._flat is not None:
        return v._flat
    out = v.labels
    if depth <= WALK_DEPTH:
        fields = v.fields
        if SELF_PART in fields or CAUSE in fields:
            # a bound method's receiver: its text is the method's name, not its data; an
            # exception's cause is printed only by a traceback (FunctionAnalyzer.with_causes)
            fields = {k: f for k, f in fields.items() if k != SELF_PART and k != CAUSE}
        for f in fields.values():
            sub = flatten(f, depth + 1) if f.fields else f.labels  # a leaf's labels, without a call
            if sub:
                out = merge_labels(out, sub)
    else:
        out = merge_labels(out, _deep_labels(v))
    if depth == 0:
        v._flat = out
    return out


def _deep_labels(v: Value) -> Labels:
    """The labels of all of v's parts however deep, without recursion: what the walks below fold
    into a part nested deeper than they descend (a literal `{"data": [{"attributes": {...}}]}`
    nests as deep as the code writes it), so no label is lost there."""
    out: Labels = {}
    stack = [f for k, f in v.fields.items() if k != SELF_PART and k != CAUSE]
    while stack:
        f = stack.pop()
        if f.labels:
            out = merge_labels(out, f.labels)
        stack.extend(g for k, g in f.fields.items() if k != SELF_PART)
    return out


def map_labels(v: Value, fn: object, depth: int = 0) -> Value:
    """Apply fn(label, trace) -> Labels to every label, in the value and its fields (parts deeper
    than the walk goes are folded into their ancestor's labels first)."""
    labels: Labels = {}
    deep = depth >= WALK_DEPTH and bool(v.fields)
    for lab, t in (flatten(v) if deep else v.labels).items():
        labels = merge_labels(labels, fn(lab, t))  # type: ignore[operator]
    fields = {k: map_labels(f, fn, depth + 1) for k, f in v.fields.items()} if not deep else {}
    return Value(labels, fields, v.refs, v.consts)


def map_traces(v: Value, fn: Callable[[Trace], Trace], depth: int = 0, memo: dict[int, tuple[Trace, Trace]] | None = None) -> Value:
    """`map_labels` for the common case of changing traces only (fn maps a trace to a trace, the
    labels stay; the new dict is built as `refold` says).
    Labels in a value often share one trace (the parts of one response): each trace is mapped
    once, and the parts keep sharing the result."""
    if memo is None:
        memo = {}

    def mapped(t: Trace) -> Trace:
        hit = memo.get(id(t))
        if hit is None or hit[0] is not t:
            hit = memo[id(t)] = (t, fn(t))  # the entry keeps t alive: its id is not reused meanwhile
        return hit[1]

    deep = depth >= WALK_DEPTH and bool(v.fields)  # deeper parts fold into the labels
    labels = refold({lab: mapped(t) for lab, t in (flatten(v) if deep else v.labels).items()})
    fields = {k: map_traces(f, fn, depth + 1, memo) for k, f in v.fields.items()} if not deep else {}
    return Value(labels, fields, v.refs, v.consts)


def add_step(v: Value, step: TStep) -> Value:
    """Record that the value passed through a program point (labels and parts alike)."""
    if not v.labels and not v.fields:
        return v
    where = step[:3]

    def fn(t: Trace) -> Trace:
        if t and t[-1][:3] == where:
            return t
        return cap_trace(t + (step,))

    return map_traces(v, fn)


def set_path(v: Value, path: tuple[str, ...], new: Value, strong: bool = True, depth: int = 0) -> Value:
    """A copy of v with the part at `path` replaced (strong) or joined (weak) with `new`."""
    if not path:
        return new if strong else join(v, new)
    if depth >= MAX_DEPTH:
        return join(v, Value(flatten(new), None, frozenset(), frozenset()))
    key = path[0]
    fields = dict(v.fields)
    old = fields.get(key, EMPTY)
    fields[key] = set_path(old, path[1:], new, strong and key != ELEM, depth + 1)
    if len(fields) > MAX_FIELDS and key not in v.fields:
        # a new part past the bound goes where a join puts it: into "[*]", which reads of keys
        # that are not parts fall back to, so its types (a handler object in a registry) stay
        # known; a part the value already has is replaced in place (16 named parts and "[*]")
        part = fields.pop(key)
        fields[ELEM] = join(fields.get(ELEM, EMPTY), part)
    return bounded(Value(v.labels, fields, v.refs, v.consts))


LINK = "link"  # the sanitization of a link Amazon issued: where its data is, not the data (TablesMixin.document_link)


def unsanitized(lab: Label, kind: str) -> Label:
    """lab without the sanitization `kind` (a link fetched is the data it points to)."""
    return Label(lab.kind, lab.data, lab.origin, lab.path, lab.san - {kind}, lab.flat) if kind in lab.san else lab


def no_text(lab: Label, t: Trace) -> Labels:
    """The label, unless it is the code's own text; a parameter keeps the mark for its callers."""
    if lab.kind == "text":
        return {}
    if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH:
        return {derive(lab, "key", NO_TEXT): t}
    return {lab: t}


def sanitize(labels: Labels, kind: str) -> Labels:
    out: Labels = {}
    for lab, t in labels.items():
        if lab.kind == "text":
            out[lab] = t
            continue
        new = Label(lab.kind, lab.data, lab.origin, lab.path, lab.san | {kind}, lab.flat)
        out = merge_labels(out, {new: t})
    return out


def signature(v: Value, depth: int = 0) -> object:
    """Everything but the traces: a summary has changed only when this has."""
    fields = (
        frozenset((k, signature(f, depth + 1)) for k, f in v.fields.items()) if depth < WALK_DEPTH else frozenset(flatten(v))
    )
    return (frozenset(v.labels), fields, v.refs, v.consts)
