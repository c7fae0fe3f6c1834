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

from dataclasses import dataclass

TStep = tuple[str, int, int, str, str]  # (path, line, column, kind, message)
Trace = tuple[TStep, ...]

MAX_TRACE = 48
MAX_DEPTH = 5
MAX_FIELDS = 48
MAX_CONSTS = 8
MAX_PATH = 6
ELEM = "[*]"


@dataclass(frozen=True, slots=True)
class Label:
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
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, t in b.items():
        old = out.get(k)
        out[k] = t if old is None else better(old, t)
    return out


class Value:
    """An abstract value; treated as immutable once built."""

    __slots__ = ("labels", "fields", "refs", "consts")

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


def join(a: Value, b: Value, depth: int = 0) -> Value:
    if a is b or b.is_empty():
        return a
    if a.is_empty():
        return b
    fields = a.fields
    if b.fields:
        if depth >= MAX_DEPTH:
            return Value(
                merge_labels(merge_labels(a.labels, flatten(a)), flatten(b)),
                None,
                a.refs | b.refs,
                _consts(a.consts | b.consts),
            )
        fields = dict(a.fields)
        for k, v in b.fields.items():
            old = fields.get(k)
            fields[k] = v if old is None else join(old, v, depth + 1)
        if len(fields) > MAX_FIELDS:
            rest = Value()
            for k in list(fields)[MAX_FIELDS:]:
                rest = join(rest, fields.pop(k), depth + 1)
            fields[ELEM] = join(fields.get(ELEM, EMPTY), rest, depth + 1)
    return Value(merge_labels(a.labels, b.labels), fields, a.refs | b.refs, _consts(a.consts | b.consts))


def _consts(c: frozenset[str]) -> frozenset[str]:
    return c if len(c) <= MAX_CONSTS else frozenset()


def join_all(values: list[Value]) -> Value:
    out = EMPTY
    for v in values:
        out = join(out, v)
    return out


def flatten(v: Value, depth: int = 0) -> Labels:
    """Every label in the value and its parts: what a sink or string building sees."""
    if not v.fields:
        return v.labels
    out = v.labels
    if depth > MAX_DEPTH + 2:
        return out
    for f in v.fields.values():
        out = merge_labels(out, flatten(f, depth + 1))
    return out


def map_labels(v: Value, fn: object, depth: int = 0) -> Value:
    """Apply fn(label, trace) -> Labels to every label, in the value and its fields."""
    labels: Labels = {}
    for lab, t in v.labels.items():
        labels = merge_labels(labels, fn(lab, t))  # type: ignore[operator]
    fields = {k: map_labels(f, fn, depth + 1) for k, f in v.fields.items()} if depth < MAX_DEPTH + 2 else {}
    return Value(labels, fields, v.refs, v.consts)


def add_step(v: Value, step: TStep) -> Value:
    """Record that the value passed through a program point (labels and parts alike)."""
    if not v.labels and not v.fields:
        return v

    def fn(lab: Label, t: Trace) -> Labels:
        if t and t[-1][:3] == step[:3]:
            return {lab: t}
        return {lab: cap_trace(t + (step,))}

    return map_labels(v, fn)


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
    if len(fields) > MAX_FIELDS:
        return Value(merge_labels(v.labels, flatten(new)), v.fields, v.refs, v.consts)
    return Value(v.labels, fields, v.refs, v.consts)


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
        frozenset((k, signature(f, depth + 1)) for k, f in v.fields.items()) if depth < MAX_DEPTH + 2 else None
    )
    return (frozenset(v.labels), fields, v.refs, v.consts)
