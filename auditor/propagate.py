"""Propagation: the inter-procedural fixpoint that moves taint from sources to sinks.

Each function is interpreted once over its IR with its parameters bound to placeholder labels;
the result is a summary (what it returns, which parameters reach which sinks, what it stores
into its parameters). Calls instantiate the callee's summary with the actual arguments, so a
helper used with an email in one place and an order id in another stays precise. Module globals
and instance attributes written in one function and read in another go through a small heap.
A worklist re-analyses a function when something it read changed, until nothing changes.

Findings are recorded as hits: a concrete label (a real source) meeting a sink, with its trace.
"""

from __future__ import annotations

import heapq
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from auditor import ir
from auditor.catalog import ArgSpec, Catalog, Sink, normalize_key
from auditor.link import BUILTIN_NAMES, Program, dotted_name, shape_of
from auditor.values import (
    ELEM,
    EMPTY,
    GROUP_BY,
    GROUP_FRAME,
    KEYS,
    MAX_CONSTS,
    MAX_FIELDS,
    MAX_PATH,
    SELF_PART,
    TOP_CONSTS,
    WALK_DEPTH,
    Label,
    Labels,
    Trace,
    TStep,
    Value,
    add_step,
    cap_trace,
    derive,
    flatten,
    includes,
    join,
    join_all,
    known_consts,
    map_labels,
    map_traces,
    merge_labels,
    refold,
    sanitize,
    set_path,
    signature,
)

MAX_SPECIALISATIONS = 24
MAX_RECEIVER_GROUPS = 16  # a call whose receiver classes split more ways shares one analysis
MAX_KEY_CONSTS = 4  # a table key a caller passes with more possible constants shares one analysis
PAIRED = "@paired"  # in an items() pair: the dict, all of whose keys are named (FunctionAnalyzer.pairs)
_CALLABLE_REFS = ("fn:", "bm:", "pfn:")  # references to code a parameter may be called as
MAX_EFFECTS = 48  # stores into parameters remembered per function
MAX_PARAM_SINKS = 256
WORK_PER_FUNCTION = 4  # total re-analyses allowed, on average per function, before the fixpoint stops
MAX_EFFECT_PATH = 3
MAX_CAPTURES = 24
MAX_ANALYSES = 12  # per function; beyond it the function is reported as analysed incompletely
ROUND = 3  # analyses every function gets before any gets more (see Engine._queue)
MAX_LOOP_NEST = 3
MAX_STATEMENTS = 20_000
_META_ATTRS = frozenset({"__class__", "__name__", "__qualname__", "__module__", "__doc__"})
MAX_RAISED = 8  # exception types a summary keeps apart; more fold into "?" (caught by any handler)
RULES_PII = ("AMZ001", "AMZ002", "AMZ003", "AMZ004", "AMZ005")
_HOST_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/?#:@\s]+@)?([^/?#:\s]*)", re.I)


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
    requirement holds (a constant promo text sent to a parameter's phone number).
    """

    label: Label | None
    trace: Trace
    site: Site
    requires: tuple[Label, ...] = ()
    payload: tuple[tuple[Label, Trace], ...] = ()


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

    def sig(self) -> object:
        return (
            frozenset((k, signature(v)) for k, v in self.heap_effects),
            signature(self.ret),
            frozenset((k, signature(v)) for k, v in self.raised.items()),
            frozenset((p.label, p.site, p.requires, frozenset(x[0] for x in p.payload)) for p in self.param_sinks),
            frozenset((i, path, signature(v)) for i, path, v in self.effects),
        )


def _host(url: str) -> str | None:
    """The host a URL names; a part built at run time (an f-string's `{company}`) shows as `*`,
    and a host that is only such a part is not known."""
    m = _HOST_RE.match(url.strip())
    if m:
        host = m.group(2).lower().replace("\x00", "*")
        return host if host.strip("*") else None
    bare = url.strip().split("/")[0].split(":")[0]
    if "." in bare and " " not in bare and "{" not in bare and "\x00" not in bare:
        return bare.lower()
    return None


class Engine:
    """Whole-program state and the worklist."""

    def __init__(self, program: Program, catalog: Catalog) -> None:
        self.program = program
        self.cat = catalog
        self.summaries: dict[str, Summary] = {}
        self.heap: dict[str, Value] = {}
        self.param_refs: dict[tuple[str, int], frozenset[str]] = {}
        self.closure: dict[str, dict[str, Value]] = {}
        self.deps: dict[str, set[str]] = {}
        self.hits: dict[str, list[Hit]] = {}
        self.sources: dict[str, SourceInfo] = {}
        self.incomplete: dict[str, str] = {}
        self.analyses: dict[str, int] = {}
        # the worklist, by rank in the initial order (callees before callers), so a callee that
        # changed settles before the callers that read it; but every function gets its first ROUND
        # analyses before any gets more, so a cycle that keeps changing cannot take the whole
        # budget from the rest of the program
        self._queue: list[tuple[bool, float, str]] = []
        self._rank: dict[str, float] = {}
        self.copy_of: dict[str, str] = {}  # copy made by _copy -> the function it copies
        self._queued: set[str] = set()
        self._text_cache: dict[str, list[tuple[str, str]]] = {}
        self.special_names: dict[str, str] = {}
        self.special_caps: dict[str, dict[str, Value]] = {}
        self.special_count: dict[str, int] = {}
        # parameters a function calls (directly or through a library that runs them), by the
        # function's own qualname and parameter index: see specialise_call
        self.called_params: dict[str, set[int]] = {}
        # parameters a function looks a table up by (`TEMPLATES[kind]`, `HANDLERS[event](...)`)
        self.keyed_params: dict[str, set[int]] = {}
        # methods a method calls on its own receiver (`self.transform()`), learnt while analysing it
        self.self_calls: dict[str, set[str]] = {}
        self.receiver_copies: set[str] = set()
        self.receiver_memo: dict[tuple[str, frozenset[str], int], list[tuple[str | None, frozenset[str]]] | None] = {}
        self.exception_classes: dict[str, bool] = {}  # FunctionAnalyzer.is_exception, per class
        # every name some code calls (`f(...)`, `obj.f(...)`): a function not among them is an entry point
        self.called_names: frozenset[str] = frozenset(n for f in program.functions.values() for n in f.calls)

    # ------------------------------------------------------------------ worklist
    def enqueue(self, names: Iterable[str]) -> None:
        for q in sorted(names):
            if q not in self._queued and q in self.program.functions:
                self._queued.add(q)
                self._push(q)

    def _push(self, q: str) -> None:
        if self.analyses.get(q, 0) >= MAX_ANALYSES:  # it will not be analysed again: not queued
            self._queued.discard(q)
            self.incomplete.setdefault(q, f"stopped after {MAX_ANALYSES} re-analyses (recursion or a cycle of updates)")
            return
        rank = self._rank.get(q)
        if rank is None:
            # a copy (Engine._copy) runs where its original would: before the callers that made it
            base = self.copy_of.get(q)
            rank = self._rank[q] = self._rank[base] - 0.5 if base in self._rank else len(self._rank)
        heapq.heappush(self._queue, (self.analyses.get(q, 0) >= ROUND, rank, q))

    def depend(self, key: str, q: str) -> None:
        self.deps.setdefault(key, set()).add(q)

    def run(self) -> None:
        self.enqueue_ordered(self.initial_order())
        budget = WORK_PER_FUNCTION * len(self.program.functions) + 200
        done = 0
        while self._queue:
            q = heapq.heappop(self._queue)[2]
            self._queued.discard(q)
            done += 1
            # copies made on the way (Engine._copy: per callback, table key or receiver group)
            # bring their own share of the budget
            if done > budget + WORK_PER_FUNCTION * len(self.special_names):
                for rest in [q, *(x for _n, _r, x in sorted(self._queue))]:
                    self.incomplete.setdefault(rest, "the whole-program fixpoint hit its work budget before this function settled")
                self._queue.clear()
                self._queued.clear()
                break
            n = self.analyses.get(q, 0) + 1
            self.analyses[q] = n
            if n > MAX_ANALYSES:
                self.incomplete.setdefault(q, f"stopped after {MAX_ANALYSES} re-analyses (recursion or a cycle of updates)")
                continue
            self.analyze(q)

    def initial_order(self) -> list[str]:
        """Module and class bodies first (they bind globals), then functions callees-first along a
        call graph guessed from called names, so most summaries exist before their callers run."""
        funcs = self.program.functions
        # class bodies before module bodies: a module reading `cls.name` over its classes early
        # would otherwise see a base class's value, which the heap then keeps
        bodies = sorted((q for q, f in funcs.items() if f.name in ("<module>", "<body>")), key=lambda q: (funcs[q].name == "<module>", q))
        rest = sorted(q for q, f in funcs.items() if f.name not in ("<module>", "<body>"))
        by_name: dict[str, list[str]] = {}
        for q in rest:
            by_name.setdefault(funcs[q].name, []).append(q)
        # one sorted list per distinct set of called names, shared by the functions calling them
        # (a function among its own candidates is skipped below: it is already `seen`)
        union: dict[frozenset[str], list[str]] = {}
        callees: dict[str, list[str]] = {}
        for q in rest:
            names = frozenset(funcs[q].calls)
            kids = union.get(names)
            if kids is None:
                kids = union[names] = sorted({c for n in names for c in by_name.get(n, ())})
            callees[q] = kids
        seen: set[str] = set()
        order: list[str] = []
        for root in rest:
            if root in seen:
                continue
            stack: list[tuple[str, int]] = [(root, 0)]
            seen.add(root)
            while stack:
                q, i = stack.pop()
                kids = callees[q]
                if i < len(kids):
                    stack.append((q, i + 1))
                    k = kids[i]
                    if k not in seen:
                        seen.add(k)
                        stack.append((k, 0))
                else:
                    order.append(q)
        return bodies + order

    def enqueue_ordered(self, names: list[str]) -> None:
        for q in names:
            if q not in self._queued:
                self._queued.add(q)
                self._push(q)

    def analyze(self, q: str) -> None:
        fn = self.program.functions[q]
        fa = FunctionAnalyzer(self, fn, q)
        summary = fa.run()
        self.hits[q] = fa.hits
        old = self.summaries.get(q)
        self.summaries[q] = summary
        if old is None or old.sig() != summary.sig():
            self.enqueue(self.deps.get("fn:" + q, ()))
        # A call's effect on an attribute is written once per class the receiver may be, the same
        # value each time, so the writes of many keys join the same pairs: each pair is joined
        # once (keyed by identity; every value stays alive in the list or in `joined` meanwhile)
        grouped: dict[str, Value] = {}
        joined: dict[tuple[int, int], Value] = {}
        for key, val in fa.heap_writes:
            old_w = grouped.get(key)
            if old_w is None:
                grouped[key] = val
                continue
            pair = (id(old_w), id(val))
            new = joined.get(pair)
            if new is None:
                new = joined[pair] = join(old_w, val)
            grouped[key] = new
        for key in sorted(grouped):
            # stripped once per key, not once per shared value: joining two equal copies can
            # differ from joining a value with itself (references past MAX_REFS are cut, parts
            # past MAX_DEPTH flattened), so heap entries must not share objects (strip_params
            # builds new ones); see test_joining_a_value_with_an_equal_copy_gives_the_value
            self.heap_write(key, strip_params(grouped[key]))
        for nested in fn.nested if fn.name not in ("<module>", "<body>") else ():
            env = fa.closure_snapshot()
            old_env = self.closure.get(nested)
            if old_env is None or _env_sig(old_env) != _env_sig(env):
                self.closure[nested] = env
                self.enqueue([nested])
                for key, special in self.special_names.items():
                    if key.startswith(nested + "@") and special != nested:
                        caps = self.special_caps.get(special, {})
                        merged = dict(env)
                        merged.update(caps)
                        self.closure[special] = merged
                        self.enqueue([special])
        for (callee, i), refs in fa.param_ref_updates.items():
            old_refs = self.param_refs.get((callee, i), frozenset())
            if not refs <= old_refs:
                self.param_refs[(callee, i)] = old_refs | refs
                self.enqueue([callee])
        if fa.truncated:
            self.incomplete.setdefault(q, fa.truncated)

    def specialise(self, q: str, captures: dict[str, Value]) -> str:
        """A copy of nested function q analysed with its captured variables fixed (a decorator's
        wrapper around one function, a closure returned for one value): context for closures."""
        return self._copy(q, q + "@" + _canon_env(captures), captures)

    def receiver_groups(self, q: str, recv: Value) -> list[tuple[str | None, Value]] | None:
        """The receiver of a call to method q split by what q's calls resolve to on each class
        (a template method's `self.transform()`), so each group runs its own copy of q and one
        subclass's result never reaches another's method. The group that resolves as q's own
        class does (and references other than instances) runs q itself; None if nothing splits."""
        fn = self.program.functions[q]
        called = self.self_calls.get(fn.qualname)
        if not called:
            return None
        memo_key = (q, recv.refs, len(called))
        cached = self.receiver_memo.get(memo_key, False)
        if cached is not False:
            groups = cached
        else:
            names = sorted(called)
            prog = self.program

            def resolution(cls: str) -> str:
                return ",".join(prog.method(cls, n) or "" for n in names)

            own = resolution(fn.cls) if fn.cls else ""
            by_key: dict[str | None, list[str]] = {}
            for r in sorted(recv.refs):
                key = resolution(r[5:]) if r.startswith("inst:") else own
                by_key.setdefault(None if key == own else key, []).append(r)
            groups = None
            if (len(by_key) > 1 or None not in by_key) and len(by_key) <= MAX_RECEIVER_GROUPS:
                groups = [(k, frozenset(v)) for k, v in sorted(by_key.items(), key=lambda kv: kv[0] or "")]
            self.receiver_memo[memo_key] = groups
        if groups is None:
            return None
        return [(k, Value(recv.labels, recv.fields, refs, recv.consts)) for k, refs in groups]

    def specialise_call(self, q: str, actuals: list[Value], receiver: str | None = None, thrown: str | None = None) -> str:
        """A copy of q for what its callers pass: the functions it calls (`run(fn, *args)`,
        `retry(send, order)`), the constant keys it looks a table up by (`TEMPLATES[kind]`), and
        the receiver group (receiver_groups) and the exception types a `with` block throws into
        a generator manager, so one caller's callback, template, subclass or error never mixes
        with another's. Only parameters q was seen calling or using as a key count (a
        decorator or a registry that only keeps the function needs no copies); other parameters
        stay context-insensitive; past MAX_SPECIALISATIONS copies callers share q."""
        base = self.program.functions[q].qualname
        called = self.called_params.get(base)
        keyed = self.keyed_params.get(base)
        if not called and not keyed and receiver is None and thrown is None:
            return q
        picks = [] if receiver is None else [f"self={receiver}"]
        if thrown is not None:
            picks.append(f"thrown={thrown}")
        for i, v in enumerate(actuals):
            if called and i in called:
                fns = sorted(r for r in v.refs if r.startswith(_CALLABLE_REFS))
                if fns:
                    picks.append(f"{i}={'|'.join(fns)}")
            if keyed and i in keyed:
                kc = known_consts(v)
                if 0 < len(kc) <= MAX_KEY_CONSTS:
                    picks.append(f"{i}=str:{'|'.join(sorted(kc))}")
        if not picks:
            return q
        name = self._copy(q, f"{q}@({','.join(picks)})", self.special_caps.get(q, {}))
        if receiver is not None and name != q:
            self.receiver_copies.add(name)
        return name

    def _copy(self, q: str, key: str, captures: dict[str, Value]) -> str:
        name = self.special_names.get(key)
        if name is not None:
            return name
        n = self.special_count.get(q, 0)
        if n >= MAX_SPECIALISATIONS:
            return q
        self.special_count[q] = n + 1
        name = f"{q}@{n + 1}"
        self.special_names[key] = name
        self.copy_of[name] = q
        prog = self.program
        prog.functions[name] = prog.functions[q]
        prog.function_module[name] = prog.function_module[q]
        env = dict(self.closure.get(q, {}))
        env.update(captures)
        self.closure[name] = env
        self.special_caps[name] = captures
        self.enqueue([name])
        return name

    def heap_write(self, key: str, val: Value) -> None:
        """Join a concrete value (parameter labels stripped) into a heap entry; readers re-run."""
        if val.is_empty():
            return
        old = self.heap.get(key, EMPTY)
        if includes(old, val):
            return
        new = join(old, val)
        self.heap[key] = new
        if signature(new) != signature(old):  # bounds can fold what is new into what was there
            self.enqueue(self.deps.get("heap:" + key, ()))

    def text_labels(self, text: str) -> list[tuple[str, str]]:
        """(pattern id, description) for buyer-message patterns found in a constant string."""
        text = text[:4000]  # buyer messages are short; a 10 MB literal is not one
        cached = self._text_cache.get(text)
        if cached is not None:
            return cached
        found: list[tuple[str, str]] = []
        for pat in self.cat.text_patterns:
            for m in pat.regex.finditer(text):
                s = m.group(0)
                if pat.group == "link" and self._exempt_link(s):
                    continue
                if pat.group == "contact" and pat.id == "phone-number" and re.fullmatch(r"\d{3}-\d{7}-\d{7}", s):
                    continue
                found.append((pat.id, f"{pat.data} ({s[:60]!r})"))
                break
        self._text_cache[text] = found
        return found

    def _exempt_link(self, s: str) -> bool:
        host = _host(s if "//" in s else "//" + s)
        if not host:
            return True
        host = host.lower()
        if host.startswith("www."):
            host = host[4:]
        return any(host == h or host.endswith("." + h) for h in self.cat.text_exempt_hosts)


def _canon(v: Value, depth: int = 0) -> str:
    """A deterministic text for a value (no traces): keys for specialisations."""
    labels = sorted(f"{lab.kind}|{lab.data}|{lab.origin}|{'/'.join(lab.path)}|{','.join(sorted(lab.san))}|{lab.flat}" for lab in v.labels)
    fields = sorted(f"{k}={_canon(f, depth + 1)}" for k, f in v.fields.items()) if depth < 4 else []
    return "{" + ";".join(labels) + "#" + ";".join(sorted(v.refs)) + "#" + ";".join(sorted(v.consts)) + "#" + ";".join(fields) + "}"


def _canon_env(env: dict[str, Value]) -> str:
    import hashlib

    text = "&".join(f"{k}:{_canon(v)}" for k, v in sorted(env.items()))
    return hashlib.sha1(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]


def _env_sig(env: dict[str, Value]) -> object:
    return frozenset((k, signature(v)) for k, v in env.items())


def strip_params(v: Value) -> Value:
    """The concrete part of a value (what may be stored on the heap)."""

    def fn(lab: Label, t: Trace) -> Labels:
        return {} if lab.is_param else {lab: t}

    return map_labels(v, fn)


def _step(path: str, loc: ir.Loc, kind: str, message: str) -> TStep:
    return (path, loc[0], loc[1], kind, message)


@lru_cache(maxsize=65536)
def original(q: str) -> str:
    """The function a copy was made of (`mod.f@3` -> `mod.f`): what a report names. Copies are
    numbered in the order the analysis makes them, which an unrelated edit can change, so their
    names must not reach messages or fingerprints."""
    return q.split("@", 1)[0]


def _short(name: str) -> str:
    parts = [p for p in name.split(".") if not p.startswith("<")]
    return ".".join(parts[-2:]) if len(parts) >= 2 else (parts[-1] if parts else name)


MAX_PART_REFS = 16  # named parts of a parameter whose types callers' arguments give (note_param_refs)


class FunctionAnalyzer:
    """Interprets one function's IR, flow-sensitively, against the current summaries."""

    def __init__(self, engine: Engine, fn: ir.Function, q: str | None = None) -> None:
        self.e = engine
        self.cat = engine.cat
        self.prog = engine.program
        self.fn = fn
        self.q = q or fn.qualname
        self.module = self.prog.function_module[self.q]
        self.path = self.prog.modules[self.module].path
        self.env: dict[str, Value] = {}
        self.assigned: dict[str, Value] = {}
        self.ret = EMPTY
        self.raised: dict[str, Value] = {}  # exceptions raised here or by callees, not yet caught, by type
        self.hits: list[Hit] = []
        self.param_sinks: list[ParamSink] = []
        self.effects: dict[tuple[int, tuple[str, ...]], Value] = {}
        self.heap_writes: list[tuple[str, Value]] = []
        self.param_ref_updates: dict[tuple[str, int], frozenset[str]] = {}
        self.member_memo: dict[tuple[str, str, bool, bool, bool], Value] = {}
        # everything a variable was ever bound to, for the closures of nested functions only
        self.track_assigned = bool(fn.nested)
        self.consent = 0
        self.in_callback = False
        self.stored_key = EMPTY  # the index value of the subscript store being made (lvalue)
        self.loop_nest = 0
        self.steps = 0
        self.truncated = ""
        self.is_module = fn.name == "<module>"
        self.is_class_body = fn.name == "<body>"
        self.owner_class = fn.cls
        self.ancestors = self._ancestors()
        # the label of the receiver parameter, to notice `self.m()` calls (note_self_call)
        self.self_label = Label("param", fn.params[0].name, f"param:{self.q}:0") if fn.cls and fn.params else None
        self.thrown: Value | None = None  # a generator context manager's exception from the with block
        self.pairs: dict[str, tuple[str, Value]] = {}  # value variable -> (key variable, dict) of items()

    def _ancestors(self) -> frozenset[str]:
        out = {self.q}
        p = self.fn.parent
        while p:
            out.add(p)
            pf = self.prog.functions.get(p)
            p = pf.parent if pf else None
        return frozenset(out)

    # ------------------------------------------------------------------ entry
    def run(self) -> Summary:
        fn = self.fn
        decos = self.prog.decorator_names(self.module, fn.decorators)
        static = any(d.endswith("staticmethod") for d in decos)
        # a parameter holds its default where a call leaves it out (bind); a function no code calls
        # by name (an entry point: a CLI command, a job) may run with any of its defaults
        defaults = {}
        if fn.name not in self.e.called_names:
            defaults = {i: d for i, p in enumerate(fn.params) if (d := self.default_value(fn, p, fn.loc)) is not None}
        senders = self.signal_senders() if fn.decorators and self.cat.signal_receivers else {}
        for i, p in enumerate(fn.params):
            lab = Label("param", p.name, f"param:{self.q}:{i}")
            step = _step(self.path, fn.loc, "param", f"enters parameter '{p.name}' of {_short(original(self.q))}()")
            refs = self.e.param_refs.get((self.q, i), frozenset()) | senders.get(p.name, frozenset())
            if i == 0 and fn.cls and not static and not (refs and self.q in self.e.receiver_copies):
                # (a copy for a group of receiver classes is called with exactly those)
                refs = refs | {f"inst:{fn.cls}"} if not any(d.endswith("classmethod") for d in decos) else refs | {f"cls:{fn.cls}"}
            if p.annotation:
                refs = refs | self._annotation_refs(p.annotation)
            consts = frozenset(r[4:] for r in refs if r.startswith("str:"))
            if consts:  # constant strings callers pass (file names, hosts, SQL), context-insensitive
                refs = frozenset(r for r in refs if not r.startswith("str:"))
            parts: dict[str, Value] | None = None
            if any(r.startswith("part:") for r in refs):  # the types of the named parts callers pass
                by_key: dict[str, set[str]] = {}
                for r in refs:
                    if r.startswith("part:"):
                        k, _, ref = r[5:].partition("=")
                        by_key.setdefault(k, set()).add(ref)
                refs = frozenset(r for r in refs if not r.startswith("part:"))
                # each part is still the caller's value at that key (the label a read would derive)
                parts = {k: Value({derive(lab, "key", k): (step,)}, None, frozenset(v)) for k, v in sorted(by_key.items())}
            selfs = frozenset(r[5:] for r in refs if r.startswith("self:"))
            if selfs:  # the receivers of the bound methods callers pass (note_param_refs)
                refs = frozenset(r for r in refs if not r.startswith("self:"))
                parts = {**(parts or {}), SELF_PART: Value(None, None, selfs)}
            self.env[p.name] = Value({lab: (step,)}, parts, refs, consts if len(consts) <= 8 else frozenset())
            if i in defaults:
                self.env[p.name] = join(self.env[p.name], defaults[i])
            self.assigned[p.name] = self.env[p.name]
        if fn.is_generator and self.is_generator_manager(fn):
            # what the caller's `with` block raises arrives at the yield: one more parameter
            n = len(fn.params)
            lab = Label("param", "the exception the with block raised", f"param:{self.q}:{n}")
            step = _step(self.path, fn.loc, "param", f"raised in the with block of {_short(original(self.q))}()")
            refs = frozenset(_exception_types(self.e.param_refs.get((self.q, n), frozenset())))
            self.thrown = Value({lab: (step,)}, None, refs)
        try:
            self.block(fn.body)
        except RecursionError:
            self.truncated = "expressions nested too deeply to analyse"
        sinks: dict[tuple[object, ...], ParamSink] = {}
        for ps in self.param_sinks:
            key = (ps.label, ps.site, ps.requires, tuple(x[0] for x in ps.payload))
            old = sinks.get(key)
            if old is None:
                if len(sinks) < MAX_PARAM_SINKS:
                    sinks[key] = ps
                else:
                    self.truncated = self.truncated or f"more than {MAX_PARAM_SINKS} parameter-to-sink flows; the rest were dropped"
            elif (len(ps.trace), ps.trace) < (len(old.trace), old.trace):
                sinks[key] = ps
        summary = Summary(
            self.ret, list(sinks.values()), [(i, p, v) for (i, p), v in self.effects.items()], self.raised, self.heap_effects()
        )
        self.env.pop(ir.RERAISE, None)
        return summary

    def signal_senders(self) -> dict[str, frozenset[str]]:
        """The parameter a model-signal receiver gets the model instance in, with its type:
        `@receiver(post_save, sender=Order)` makes `instance` an Order (catalog signal_receivers)."""
        out: dict[str, frozenset[str]] = {}
        for d in self.fn.decorators:
            if not isinstance(d, ir.Call):
                continue
            names = self.prog.decorator_names(self.module, (d,))
            for deco, sender_kw, param in self.cat.signal_receivers:
                if deco not in names:
                    continue
                for a in d.args:
                    text = dotted_name(a.value) if a.name == sender_kw else None
                    if text is not None:
                        out[param] = out.get(param, frozenset()) | self._annotation_refs(text)
        return out

    def heap_effects(self) -> list[tuple[str, Value]]:
        """The heap writes each caller makes again after the call (see apply): those that hold
        this function's parameters (`FAILED.append(order)` in a helper, a closure's
        `rows.append(o)`; the heap keeps no parameter placeholders), and what it put into its own
        module's globals (module code reads those from its variables, from the call on)."""
        if self.is_module or self.is_class_body:
            return []
        out: dict[str, Value] = {}
        own = f"g:{self.module}:"
        # those with parameters first: without them a caller loses the flow; the own-module ones
        # only make module code see the write from the call on instead of not at all
        for with_params in (True, False):
            for key, val in self.heap_writes:
                if (key.startswith(("g:", "c:", "nl:")) and val.has_param) == with_params and (with_params or key.startswith(own)):
                    if key in out:
                        out[key] = join(out[key], val)
                    elif len(out) < MAX_EFFECTS:
                        out[key] = val
        return sorted(out.items(), key=lambda kv: kv[0])

    def _annotation_refs(self, ann: str) -> frozenset[str]:
        head, _, rest = ann.partition(".")
        ref = self.prog.lookup_global(self.module, head)
        if ref is None:
            return frozenset()
        ref = self.prog.deref(ref)
        if ref.startswith("cls:") and not rest:
            return frozenset({f"inst:{ref[4:]}"})
        if ref.startswith("ext:"):
            name = self.cat.canonical(ref[4:] + ("." + rest if rest else ""))
            return frozenset({f"ext:{name}"})
        return frozenset()

    def closure_snapshot(self) -> dict[str, Value]:
        env = dict(self.e.closure.get(self.q, {}))
        for k, v in self.assigned.items():
            env[k] = v
        return env

    # ------------------------------------------------------------------ statements
    def block(self, stmts: tuple[ir.Stmt, ...]) -> None:
        guarded = 0
        for s in stmts:
            self.steps += 1
            if self.steps > MAX_STATEMENTS:
                self.truncated = f"function too large: stopped after {MAX_STATEMENTS} statement visits"
                break
            self.stmt(s)
            if (
                isinstance(s, ir.If)
                and not s.orelse
                and s.body
                and isinstance(s.body[-1], ir.Return)
                and any(self.cat.consent_words.search(w) for w in s.test_words)
            ):
                # `if not consent: return` -- everything after it runs only with consent
                self.consent += 1
                guarded += 1
        self.consent -= guarded

    def stmt(self, s: ir.Stmt) -> None:
        if isinstance(s, ir.Assign):
            val = self.eval(s.value)
            for t in s.targets:
                v = val
                if s.aug and isinstance(t, ir.Name | ir.Attr | ir.Sub):
                    # `cols += ["buyer-email"]` extends: the new elements join the list's elements
                    cur = self.eval(t)
                    grown = {ELEM: val.fields[ELEM]} if ELEM in val.fields else None
                    if cur.fields.get(ELEM, EMPTY).consts and not (grown and grown[ELEM].consts) and not val.is_empty():
                        grown = {ELEM: join(grown[ELEM], UNKNOWN_TEXT) if grown else UNKNOWN_TEXT}
                    v = join(cur, Value(flatten(val), grown, frozenset(), frozenset()))
                self.assign(t, v, s.loc)
        elif isinstance(s, ir.Eval):
            v = self.eval(s.value)
            if s.raised:
                self.raise_value(v)
        elif isinstance(s, ir.Return):
            if s.is_yield and self.thrown is not None:
                # what the with blocks raise, under each type they raise (a handler for another
                # type does not see it); the copy of this manager per set of types keeps them apart
                types = _exception_types(self.thrown.refs)
                for r in types:
                    self.raise_value(Value(self.thrown.labels, None, frozenset({r})), r)
                if not types:
                    self.raise_value(self.thrown, "?")
            if s.value is None:
                return
            v = self.eval(s.value)
            if s.is_yield:
                v = Value(None, {ELEM: v})
            if v.labels or v.fields:  # a step is only recorded on data (and its text only built then)
                v = add_step(v, _step(self.path, s.loc, "return", f"returned from {_short(original(self.q))}()"))
            self.ret = join(self.ret, v)
        elif isinstance(s, ir.If):
            self.eval(s.test)
            guarded = any(self.cat.consent_words.search(w) for w in s.test_words)
            before = dict(self.env)
            if guarded:
                self.consent += 1
            if s.narrow is not None:
                self.narrow(*s.narrow)
            self.block(s.body)
            if guarded:
                self.consent -= 1
            after_body = self.env
            self.env = dict(before)
            self.block(s.orelse)
            self.env = _join_env(after_body, self.env)
        elif isinstance(s, ir.Loop):
            self.loop(s)
        elif isinstance(s, ir.Try):
            before = dict(self.env)
            outer_raised, self.raised = self.raised, {}
            self.block(s.body)
            uncaught = self.raised
            self.raised = outer_raised
            self.block(s.orelse)
            after = self.env
            envs = [after]
            for k, (name, body) in enumerate(s.handlers):
                # the first handler whose types match takes an exception; `exc` is what it carries
                types = self.catch_types(s.catches[k]) if k < len(s.catches) else None
                taken = [key for key in sorted(uncaught) if self.catches(types, key)]
                caught = join_all([uncaught.pop(key) for key in taken])
                self.env = _join_env(before, after)
                if name:
                    self.env[name] = caught
                self.env[ir.RERAISE] = caught
                self.block(body)
                envs.append(self.env)
            for key in sorted(uncaught):  # no handler for these: they leave the try
                self.raise_value(uncaught[key], key)
            env = envs[0]
            for other in envs[1:]:
                env = _join_env(env, other)
            self.env = env
            self.block(s.final)
        elif isinstance(s, ir.With):
            swallowed: list[frozenset[str] | None] = []
            managers: list[tuple[str, ir.Call]] = []
            for ctx, target in s.items:
                v = self.eval(ctx)
                if isinstance(ctx, ir.Call) and ctx.args and any(self.cat.suppresses(r) for r in v.refs):
                    swallowed.append(self.catch_types(tuple(a.value for a in ctx.args if a.name is None and not a.star)))
                if isinstance(ctx, ir.Call):
                    managers += [(q, ctx) for q in self.generator_managers(ctx)]
                entered = self.enter(v, ctx)
                if target is not None:
                    self.assign(target, entered, s.loc)
            if not swallowed and not managers:
                self.block(s.body)
            else:  # `with suppress(ValueError):` ends what the block raises of those types
                outer, self.raised = self.raised, {}
                self.block(s.body)
                inner, self.raised = self.raised, outer
                for key in sorted(inner):
                    if not any(self.catches(types, key) for types in swallowed):
                        self.raise_value(inner[key], key)
                if inner:
                    thrown = join_all([inner[k] for k in sorted(inner)])
                    for q, ctx in managers:  # the manager's yield raises it: its handlers see it
                        args = [(a.name, self.eval(a.value), a.star) for a in ctx.args]
                        self.apply(q, None, args, ctx.loc, [a.value for a in ctx.args], thrown=thrown)
        elif isinstance(s, ir.Def):
            self.define(s)
        elif isinstance(s, ir.Delete):
            for t in s.targets:
                if isinstance(t, ir.Name):
                    self.env[t.id] = EMPTY
        elif isinstance(s, ir.Branches):
            self.eval(s.subject)
            before = dict(self.env)
            envs = []
            for case in s.cases:
                self.env = dict(before)
                self.block(case)
                envs.append(self.env)
            env = before
            for other in envs:
                env = _join_env(env, other)
            self.env = env

    def loop(self, s: ir.Loop) -> None:
        it = self.eval(s.iter)
        elem = self.iter_elem(it) if s.target is not None else EMPTY
        before = dict(self.env)
        self.loop_nest += 1
        rounds = 2 if self.loop_nest <= MAX_LOOP_NEST else 1
        for _ in range(rounds):
            if s.target is not None:
                self.assign(s.target, elem, s.loc, kind="iterate")
            self.block(s.body)
        self.loop_nest -= 1
        self.env = _join_env(before, self.env)
        self.block(s.orelse)

    def enter(self, v: Value, ctx: ir.Expr) -> Value:
        """`with x as y`: y is what x.__enter__ returns (x itself unless a user class says otherwise)."""
        out = v
        for ref in sorted(v.refs):
            if ref.startswith("inst:"):
                m = self.prog.method(ref[5:], "__enter__") or self.prog.method(ref[5:], "__aenter__")
                if m:
                    r = self.apply(m, v, [], ctx.loc if hasattr(ctx, "loc") else ir.NOLOC, [])
                    out = join(out, r)
        return out

    def define(self, s: ir.Def) -> None:
        ref = f"cls:{s.qualname}" if s.is_class else f"fn:{s.qualname}"
        v = Value(None, None, frozenset({ref}))
        if not s.is_class and not self.is_module and not self.is_class_body:
            caps = {f"@cap:{k}": val for k, val in sorted(self.env.items())[:MAX_CAPTURES] if not val.is_empty()}
            if caps:
                v = Value(None, caps, frozenset({ref}))
        for d in reversed(s.decorators):
            v = self.decorate(v, d, s.loc)
        self.env[s.name] = v
        self.assigned[s.name] = v
        if self.is_module:
            self.heap_writes.append((f"g:{self.module}:{s.name}", v))
        elif self.is_class_body and self.fn.parent is None:
            cls = self.q[: -len(".<body>")]
            self.heap_writes.append((f"c:{cls}:{s.name}", v))

    def decorate(self, v: Value, d: ir.Expr, loc: ir.Loc) -> Value:
        dv = self.eval(d)
        user = [r for r in dv.refs if r.startswith(("fn:", "bm:"))]
        if not user:
            return v  # library decorators register or wrap without changing the data flow
        r = self.call_value(dv, None, [(None, v, 0)], loc, "", [None])
        return r if r.refs else v

    # ------------------------------------------------------------------ assignment
    def assign(self, t: ir.Target, val: Value, loc: ir.Loc, kind: str = "assign") -> None:
        if isinstance(t, ir.Name):
            if self.pairs:  # a value or a key rebound: the link between them is gone
                self.pairs = {vn: p for vn, p in self.pairs.items() if vn != t.id and p[0] != t.id}
            v = val
            if val.labels or val.fields:
                msg = f"assigned to '{t.id}'" if kind == "assign" else f"iterated into '{t.id}'"
                if t.id == ir.MATCH_SUBJECT:
                    msg = "matched against the cases"
                v = add_step(val, _step(self.path, loc, kind, msg))
            self.env[t.id] = v
            if self.track_assigned:
                old = self.assigned.get(t.id)
                self.assigned[t.id] = v if old is None else join(old, v)
            if t.id.startswith("<"):
                return  # the auditor's own names (a match subject): never a global
            if self.is_module or t.id in self.fn.globals_declared:
                self.heap_writes.append((f"g:{self.module}:{t.id}", v))
            elif t.id in self.fn.nonlocals_declared and self.fn.parent:
                self.heap_writes.append((f"nl:{self.fn.parent}:{t.id}", v))
            elif self.is_class_body and self.fn.parent is None:
                self.heap_writes.append((f"c:{self.q[: -len('.<body>')]}:{t.id}", v))
        elif isinstance(t, ir.Attr | ir.Sub):
            self.store(t, val, loc)
        elif isinstance(t, ir.Unpack):
            for i, el in enumerate(t.elts):
                key = ELEM if (t.star >= 0 and i >= t.star) else str(i)
                part = self.read(val, key) if key != ELEM else Value(None, {ELEM: self.iter_elem(val)})
                self.assign(el, part, loc, kind)
            pair = val.fields.get(PAIRED) if val.fields else None
            if pair is not None and len(t.elts) == 2 and t.star < 0 and all(isinstance(x, ir.Name) for x in t.elts):
                # `for k, v in d.items()`: v is d's part at k (narrow keeps the link)
                self.pairs[t.elts[1].id] = (t.elts[0].id, pair)  # type: ignore[union-attr]

    def lvalue(self, t: ir.Expr) -> tuple[str | None, tuple[str, ...], bool]:
        """(root variable, path of keys, strong) for `a.b["c"]`; strong is False past unknown keys."""
        path: list[str] = []
        strong = True
        cur: ir.Expr = t
        while True:
            if isinstance(cur, ir.Attr):
                path.append(cur.attr)
                cur = cur.base
            elif isinstance(cur, ir.Sub):
                if cur.index is not None:
                    iv = self.eval(cur.index)
                    if cur is t:
                        self.stored_key = iv
                k = cur.key if cur.key is not None and cur.key != ":" else ELEM
                if k == ELEM:
                    strong = False
                path.append(k)
                cur = cur.base
            elif isinstance(cur, ir.Name):
                return cur.id, tuple(reversed(path)), strong
            else:
                return None, tuple(reversed(path)), strong

    def store(self, t: ir.Attr | ir.Sub, val: Value, loc: ir.Loc, weak: bool = False) -> None:
        self.stored_key = EMPTY
        root, path, strong = self.lvalue(t)
        strong = strong and not weak
        if isinstance(t, ir.Sub) and t.index is not None and path and path[-1] == ELEM:
            self.store_key(t.base, loc)  # d[email] = order_id: the dict holds the email as a key
        base_v = self.eval(t.base)
        key = path[-1] if path else ELEM
        into = f"used as a key of {self._target_text(t.base)}" if isinstance(t, ir.Sub) and t.key == KEYS else f"stored into {self._target_text(t)}"
        step_v = add_step(val, _step(self.path, loc, "store", into)) if val.labels or val.fields else val
        # container subscript stores on library objects are calls (shelve[k] = v, ws["A1"] = v)
        if isinstance(t, ir.Sub):
            ext = [r[4:] for r in base_v.refs if r.startswith("ext:")]
            if ext:
                names = [self.cat.canonical(f"{n}.__setitem__") for n in ext]
                for sink in self.cat.sinks_for(names):
                    self.check_sink(sink, names[0], [(None, Value(None, None, frozenset(), frozenset({key})), 0), (None, val, 0)], base_v, loc, [None, None])
        if root is not None and (root in self.env or self._is_local_name(root)):
            cur = self.env.get(root, EMPTY)
            self.env[root] = set_path(cur, path, step_v, strong)
            self.note_assigned(root)
            if self.is_module or root in self.fn.globals_declared:
                self.heap_writes.append((f"g:{self.module}:{root}", self.env[root]))
        elif root is not None and (nl := self.enclosing_key(root)) is not None:
            if nl:  # rows[k] = o in a closure
                self.heap_writes.append((nl, set_path(EMPTY, path, step_v, False)))
        elif root is not None:
            # a module global mutated in place
            ref = self.prog.lookup_global(self.module, root)
            if ref is None or ref.startswith("glob:") or root in self.fn.globals_declared:
                gkey = f"g:{self.module}:{root}"
                self.heap_writes.append((gkey, set_path(EMPTY, path, step_v, False)))
        if self.cat.shared_objects:
            self.store_shared(t, base_v, step_v)
        # effects on parameters: the caller sees them on its argument
        root_v = self.env.get(root, EMPTY) if root is not None else base_v
        for lab in list(root_v.labels):
            if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"):
                i = int(lab.origin.rsplit(":", 1)[1])
                full = (lab.path + path)[:MAX_EFFECT_PATH]
                old = self.effects.get((i, full))
                if old is None and len(self.effects) >= MAX_EFFECTS:
                    continue
                self.effects[(i, full)] = step_v if old is None else join(old, step_v)
        # instance attributes: remembered per class for reads in other methods (an element store,
        # `obj[i] = v`, has no attribute name to be read back by: heap entries are read by name)
        if len(path) >= 1 and path[0] != ELEM:
            attr = path[0]
            obj = self.env.get(root, EMPTY) if root is not None else base_v
            v = self.attribute_writes(obj, path, step_v)
            if root is not None and root not in self.env and (mod := self.module_of(root)) is not None:
                self.heap_writes.append((f"g:{mod}:{attr}", v))  # cols.BASE = ... with cols imported

    def attribute_writes(self, obj: Value, path: tuple[str, ...], val: Value) -> Value:
        """`obj.attr... = val` (or a mutation under obj.attr) remembered per class of obj, for
        reads in other methods; the value written under the attribute, returned."""
        v = set_path(EMPTY, path[1:], val, False) if len(path) > 1 else val
        for ref in obj.refs:
            if ref.startswith("inst:") or ref.startswith("cls:"):
                cls = ref.split(":", 1)[1]
                self.heap_writes.append((f"a:{cls}:{path[0]}", v))
            elif ref.startswith("mod:"):
                self.heap_writes.append((f"g:{ref[4:]}:{path[0]}", val))
        return v

    def store_shared(self, t: ir.Attr | ir.Sub, base_v: Value, val: Value) -> None:
        """A store under an attribute of a shared library object (`app.extensions["svc"] = s`,
        `g.client = c`): kept for every other name of that object to read (get_attr). base_v is
        the value of t's base, already evaluated."""
        path: list[str] = []
        node: ir.Expr = t
        while isinstance(node, ir.Attr | ir.Sub):
            path.insert(0, node.attr if isinstance(node, ir.Attr) else node.key if node.key is not None else ELEM)
            node = node.base
            if not isinstance(node, ir.Name | ir.Attr) or path[0] == ELEM:
                continue
            for r in sorted((base_v if len(path) == 1 else self.eval(node)).refs):
                obj = self.cat.shared_objects.get(r[4:]) if r.startswith("ext:") else None
                if obj is not None:
                    v = set_path(EMPTY, tuple(path[1:]), val, False) if len(path) > 1 else val
                    self.heap_writes.append((f"x:{obj}:{path[0]}", v))
                    return

    def read_shared(self, obj: str, attr: str) -> Value:
        """What code stored under `attr` of the shared library object `obj` (store_shared)."""
        key = f"x:{obj}:{attr}"
        self.e.depend("heap:" + key, self.q)
        return self.e.heap.get(key, EMPTY)

    def store_key(self, base: ir.Expr, loc: ir.Loc) -> None:
        """The key of the subscript lvalue just made (self.stored_key) joins base's keys part, so
        iterating the dict, its .keys() and the dict as a whole carry it."""
        key = _key_part(self.stored_key)
        if key.labels and _plain_target(base):
            self.store(ir.Sub(base, KEYS, None, loc), Value(key.labels), loc, weak=True)

    def note_assigned(self, root: str) -> None:
        if self.track_assigned:
            self.assigned[root] = join(self.assigned.get(root, EMPTY), self.env[root])

    def _is_local_name(self, name: str) -> bool:
        if name in self.prog.module_vars.get(self.module, ()) and not self.is_module:
            return False
        return self.prog.lookup_global(self.module, name) is None and name not in BUILTIN_NAMES and not self._closure_has(name)

    def _closure_has(self, name: str) -> bool:
        return name in self.e.closure.get(self.q, {})

    def _target_text(self, t: ir.Expr) -> str:
        s = shape_of(t)
        if isinstance(t, ir.Sub) and t.key is not None:
            s = s[:-2] + f"[{t.key!r}]"
        return f"'{s}'"

    # ------------------------------------------------------------------ expressions
    def eval(self, e: ir.Expr) -> Value:
        if isinstance(e, ir.Name):
            return self.lookup(e.id, e.loc)
        if isinstance(e, ir.Const):
            return self.const(e)
        if isinstance(e, ir.Attr):
            if e.attr == "__dict__":
                return self.instance_dict(self.eval(e.base), e.loc)
            return self.get_attr(self.eval(e.base), e.attr, e.loc, bind=True)
        if isinstance(e, ir.Sub):
            return self.subscript(e)
        if isinstance(e, ir.Call):
            return self.call(e)
        if isinstance(e, ir.Combine):
            return self.combine(e)
        if isinstance(e, ir.DictLit):
            return self.dict_lit(e)
        if isinstance(e, ir.SeqLit):
            return self.seq_lit(e)
        if isinstance(e, ir.Comp):
            return self.comp(e)
        if isinstance(e, ir.FuncRef):
            ref = frozenset({f"fn:{e.qualname}"})
            if not self.is_module and not self.is_class_body and self.env:
                caps = {f"@cap:{k}": val for k, val in sorted(self.env.items())[:MAX_CAPTURES] if not val.is_empty()}
                return Value(None, caps, ref)
            return Value(None, None, ref)
        if isinstance(e, ir.Walrus):
            v = self.eval(e.value)
            self.env[e.target] = v
            return v
        if isinstance(e, ir.Await):
            return self.eval(e.value)
        if isinstance(e, ir.Opaque):
            for part in e.parts:
                self.eval(part)
        return EMPTY

    def const(self, e: ir.Const) -> Value:
        if not e.is_str or not e.value:
            return EMPTY
        text = e.value
        labels: Labels = {}
        for pid, data in self.e.text_labels(text):
            key = f"text:{pid}@{self.path}:{e.loc[0]}:{e.loc[1]}"
            self.e.sources.setdefault(key, SourceInfo(f"buyer_text.{pid}", data, "text in the code", self.path, e.loc))
            lab = Label("text", data, key)
            labels[lab] = (_step(self.path, e.loc, "source", f"text with {data}"),)
        return Value(labels, None, frozenset(), frozenset({text[:4000]}))

    def lookup(self, name: str, loc: ir.Loc) -> Value:
        v = self.env.get(name)
        if v is not None:
            key = f"nl:{self.fn.qualname}:{name}"
            if self.fn.nested:
                self.e.depend("heap:" + key, self.q)
                nl = self.e.heap.get(key)
                if nl is not None:
                    return join(v, nl)
            return v
        closure = self.e.closure.get(self.q)
        if self.fn.parent is not None:
            self.e.depend("closure:" + self.q, self.q)
            if closure and name in closure:
                return closure[name]
        return self.global_value(self.module, name, loc)

    def global_value(self, module: str, name: str, loc: ir.Loc) -> Value:
        key = f"g:{module}:{name}"
        self.e.depend("heap:" + key, self.q)
        heap_v = self.e.heap.get(key, EMPTY)
        ref = self.prog.lookup_global(module, name)
        if ref is None and heap_v.is_empty() and f"{module}.{name}" in self.prog.modules and module != self.module:
            return Value(None, None, frozenset({f"mod:{module}.{name}"}))  # a submodule: `import a.b; a.b.f()`
        if ref is None:
            if heap_v.is_empty() and name in BUILTIN_NAMES and module == self.module:
                return Value(None, None, frozenset({f"ext:builtins.{name}"}))
            return heap_v
        ref = self.prog.deref(ref)
        if ref.startswith("glob:"):
            _, owner, gname = ref.split(":", 2)
            if (owner, gname) != (module, name):
                return join(heap_v, self.global_value(owner, gname, loc))
            return heap_v
        if ref.startswith(("fn:", "cls:")) and not heap_v.is_empty():
            return heap_v  # decorated at module level: the heap holds the decorated value
        if ref.startswith("fn:") and heap_v.is_empty():
            # imported from the module that decorated it: that module's heap holds the wrapper
            owner = self.prog.function_module.get(ref[3:])
            fn_ir = self.prog.functions.get(ref[3:])
            if owner is not None and fn_ir is not None and fn_ir.decorators and owner != module:
                dkey = f"g:{owner}:{fn_ir.name}"
                self.e.depend("heap:" + dkey, self.q)
                decorated = self.e.heap.get(dkey, EMPTY)
                if not decorated.is_empty():
                    return decorated
        base = Value(None, None, frozenset({ref}))
        if ref.startswith("ext:"):
            base = self.ext_value(ref[4:], loc)
        return join(base, heap_v)

    def ext_value(self, name: str, loc: ir.Loc) -> Value:
        """A library name used as a value; attribute sources (custom config) taint it here."""
        v = Value(None, None, frozenset({f"ext:{name}"}))
        for src in self.cat.sources_for(name):
            if src.kind == "attribute":
                v = join(v, self.source_value(src, loc))
        return v

    def source_value(self, src: object, loc: ir.Loc) -> Value:
        key = f"{src.id}@{self.path}:{loc[0]}:{loc[1]}"  # type: ignore[attr-defined]
        self.e.sources.setdefault(key, SourceInfo(src.id, src.data, src.origin, self.path, loc))  # type: ignore[attr-defined]
        # Amazon API results are personal as a whole and classified field by field on reads; other
        # inputs (a web form, a custom attribute source) stay what the model says they are
        kind = "whole" if src.kind == "whole" else "field"  # type: ignore[attr-defined]
        lab = Label(kind, src.data, key)  # type: ignore[attr-defined]
        return Value({lab: (_step(self.path, loc, "source", f"{src.data} from {src.origin}"),)})  # type: ignore[attr-defined]

    def get_attr(self, bv: Value, attr: str, loc: ir.Loc, bind: bool = False) -> Value:
        """bv.attr; with `bind`, a method read as a value (not called at once) is a bound method
        that remembers its receiver (`cb = self.handle`, `pool.submit(self.handle, order)`)."""
        if attr.startswith(ir.MATCH_ARG):
            return self.match_arg(bv, int(attr[len(ir.MATCH_ARG) :]), loc)
        if attr in _META_ATTRS:  # e.__class__.__name__ names a type, not data
            return Value(None, None, frozenset("cls:" + r[5:] for r in bv.refs if r.startswith("inst:"))) if attr == "__class__" else EMPTY
        if attr == "value" and bv.consts and not bv.refs and not bv.fields:
            return Value(bv.labels, None, frozenset(), bv.consts)  # an Enum member's value (a str has no .value)
        if ELEM in bv.fields and all(k == ELEM or k.isdigit() for k in bv.fields):
            # a list or a set: an attribute is a method (`handlers.append`), not an element
            out = self.read(Value(bv.labels, None, bv.refs, bv.consts), attr)
        else:
            out = self.read(bv, attr)
        table = bv.fields.get("__dict__")
        if table is not None and attr not in bv.fields:
            out = join(out, self.read(table, attr))  # set through __dict__ or setattr with a computed name
        for ref in sorted(bv.refs):
            kind, _, name = ref.partition(":")
            if kind == "mod":
                out = join(out, self.global_value(name, attr, loc))
            elif kind in ("inst", "cls"):
                out = join(out, self.member(name, attr, bv, loc, kind == "inst", bind))
            elif kind == "ext":
                full = self.cat.canonical(f"{name}.{attr}")
                if len(full) > 200:
                    continue
                tname = self.cat.attributes.get(full, full)
                out = join(out, self.ext_value(tname, loc) if tname == full else Value(None, None, frozenset({f"ext:{tname}"})))
                obj = self.cat.shared_objects.get(name)
                if obj is not None:  # what code stored under this attribute of the shared object
                    out = join(out, self.read_shared(obj, attr))
            elif kind == "mgr":
                out = join(out, Value(None, None, frozenset({f"mgr:{name.rsplit(':', 1)[0]}:{attr}"})))
            elif kind in ("fn", "bm") and attr in self.cat.task_call_methods:
                out = join(out, Value(None, None, frozenset({f"task:{name}:{attr}"})))
        return out

    def instance_dict(self, v: Value, loc: ir.Loc) -> Value:
        """`vars(obj)`, `obj.__dict__`: a dict of the attributes the object's classes set on it
        (in `__init__` or as dataclass fields) and those it is known to hold, besides what code
        put there through `__dict__` itself; what else the value is (a module's, a library
        object's `__dict__`) is read as any attribute."""
        out = self.get_attr(v, "__dict__", loc)
        names: set[str] = {k for k in v.fields if not k.startswith("@") and k.isidentifier()}
        for r in sorted(v.refs):
            if r.startswith("inst:"):
                for c in self.prog.mro(r[5:]):
                    cd = self.prog.classes.get(c)
                    if cd is not None:
                        names.update(cd.init_attrs)
                        names.update(cd.fields)
        if not names:
            return out
        return join(out, Value(None, {n: self.get_attr(v, n, loc) for n in sorted(names)[:MAX_FIELDS]}))

    def member(self, cls: str, attr: str, obj: Value, loc: ir.Loc, is_inst: bool, bind: bool = False) -> Value:
        m = self.prog.method(cls, attr)
        if m is not None:
            mf = self.prog.functions[m]
            decos = self.prog.decorator_names(self.prog.function_module[m], mf.decorators)
            if is_inst and any(d.endswith(("property", "cached_property")) for d in decos):
                return self.apply(m, self.dispatched(m, attr, obj), [], loc, [])
            plain = not any(d.endswith(("classmethod", "staticmethod")) for d in decos)
            wrapper = self.method_wrapper(m, mf) if mf.decorators and plain else None
            if wrapper is not None:  # @cached on a method, cached = disk_cached(dir): its wrapper runs
                if bind and is_inst:
                    bound = frozenset("bm:" + r[3:] if r.startswith("fn:") else r for r in wrapper.refs)
                    return Value(None, {**wrapper.fields, SELF_PART: self.dispatched(m, attr, obj)}, bound)
                return wrapper
            if bind and not any(d.endswith("staticmethod") for d in decos):
                if is_inst:
                    return Value(None, {SELF_PART: self.dispatched(m, attr, obj)}, frozenset({f"bm:{m}"}))
                if any(d.endswith("classmethod") for d in decos):
                    return Value(None, {SELF_PART: Value(None, None, frozenset({f"cls:{cls}"}))}, frozenset({f"bm:{m}"}))
            return Value(None, None, frozenset({f"fn:{m}"}))
        # the heap does not change while one function is analysed: one lookup per attribute
        concrete_obj = not any(lab.is_param for lab in obj.labels)
        memo_key = (cls, attr, is_inst, attr in obj.fields, concrete_obj)
        out = self.member_memo.get(memo_key)
        if out is None:
            out = self._member_heap(cls, attr, obj, is_inst, concrete_obj)
            self.member_memo[memo_key] = out
        return out

    @staticmethod
    def wraps_method(fv: Value) -> bool:
        """Whether fv is a decorator's wrapper read from a class (method_wrapper marks it)."""
        return WRAPS_METHOD in fv.fields

    def method_wrapper(self, m: str, mf: ir.Function) -> Value | None:
        """What a project decorator made of method m (its class body wrote it to the heap), when
        that is another project function (a wrapper); None for the method itself."""
        if mf.cls is None:
            return None
        key = f"c:{mf.cls}:{mf.name}"
        self.e.depend("heap:" + key, self.q)
        hv = self.e.heap.get(key)
        if hv is None:
            return None
        wrapped = frozenset(r for r in hv.refs if r.startswith(("fn:", "bm:")) and r != f"fn:{m}")
        return Value(None, {**hv.fields, WRAPS_METHOD: EMPTY_MARK}, wrapped) if wrapped else None

    def _member_heap(self, cls: str, attr: str, obj: Value, is_inst: bool, concrete_obj: bool) -> Value:
        out = EMPTY
        named = False
        overridden = False  # a class attribute: the first class in the MRO that always sets it wins
        for c in self.prog.mro(cls):
            for prefix in ("c", "a"):
                if prefix == "c" and overridden:
                    continue
                key = f"{prefix}:{c}:{attr}"
                self.e.depend("heap:" + key, self.q)
                hv = self.e.heap.get(key)
                if hv is None:
                    continue
                named = True
                if prefix == "c" and not overridden:
                    # set at the top of the class body: the bases' value is hidden; set under an
                    # `if`, the bases' value may still be the one
                    cd = self.prog.classes.get(c)
                    overridden = cd is not None and attr in cd.attrs
                if prefix == "a" and is_inst:
                    cd = self.prog.classes.get(c)
                    if attr in obj.fields:
                        hv = Value(None, None, hv.refs, hv.consts)  # the instance knows its own value
                    elif cd is not None and attr in cd.init_attrs and concrete_obj:
                        hv = Value(None, None, hv.refs, hv.consts)
                out = join(out, hv)
        if not named and is_inst and attr != "__dict__" and not self._declared(cls, attr):
            # an attribute no code sets by name: set through __dict__ or setattr with a computed name
            for c in self.prog.mro(cls):
                key = f"a:{c}:__dict__"
                self.e.depend("heap:" + key, self.q)
                table = self.e.heap.get(key)
                if table is not None:
                    out = join(out, self.read(table, attr))
        if out.is_empty():
            for base in self.prog.ext_bases(cls):
                name = self.cat.canonical(f"{base}.{attr}")
                if base in self.cat.orm_models and attr in self.cat.orm_managers:
                    out = join(out, Value(None, None, frozenset({f"mgr:{cls}:{attr}"})))
                out = join(out, Value(None, None, frozenset({f"ext:{self.cat.attributes.get(name, name)}"})))
        return out

    def narrow(self, name: str, other: ir.Expr, member: bool, negated: bool = False) -> None:
        """Inside `if key in ("City", "PostalCode"):` (or `== "City"`), key is one of those
        constants, when all of them are known: a row read with it is only those columns. Negated
        (`not in`, `!=`), key is one of the constants it may be other than those. A value paired
        with key by `for key, value in d.items()` is then only the parts of d at those keys."""
        cur = self.env.get(name)
        if cur is None:
            return
        v = self.eval(other)
        if member:
            v = self.iter_elem(v) if not v.consts else EMPTY  # `k in "text"` is a substring test
        consts = known_consts(v)
        if not consts or v.labels or v.refs or v.fields:
            return
        if negated:
            known = known_consts(cur)
            if not known:
                return
            consts = known - consts
        self.env[name] = Value(cur.labels, cur.fields, cur.refs, consts)
        for vname, (kname, d) in list(self.pairs.items()):
            if kname == name and vname in self.env and all(c in d.fields for c in consts):
                self.env[vname] = join_all([d.fields[c] for c in sorted(consts)])

    def match_arg(self, v: Value, i: int, loc: ir.Loc) -> Value:
        """`case Order(oid, status)`: the i-th field of a project dataclass (its __match_args__);
        for a built-in type (`case str(s)`) or a class whose fields are not known, the value itself."""
        out = EMPTY
        whole = False
        for r in sorted(v.refs):
            if not r.startswith("inst:"):
                whole = True
                continue
            names: list[str] = []
            for c in reversed(self.prog.mro(r[5:])):
                cd = self.prog.classes.get(c)
                if cd is not None:
                    names.extend(n for n in cd.fields if n not in names)
            if i < len(names):
                out = join(out, self.get_attr(v, names[i], loc))
            else:
                whole = True
        return join(out, v) if whole or not v.refs else out

    def _declared(self, cls: str, attr: str) -> bool:
        """Whether a class in cls's MRO names attr (a field, or an attribute __init__ assigns)."""
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            if cd is not None and (attr in cd.init_attrs or attr in cd.fields):
                return True
        return False

    def read(self, v: Value, key: str) -> Value:
        """v[key] / v.key: a known part, or what the labels say a field of Amazon data is."""
        part = v.fields.get(key)
        if part is not None and key != ELEM:
            return part  # a part set explicitly is exactly what was set there
        if part is None and key != ELEM and (key.isdigit() or "0" not in v.fields or KEYS in v.fields):
            # a dict with keys not known may hold the key; a list or tuple literal (positions "0",
            # "1", ...) has no named keys: `orders = [orders]` joined with one order is a list
            # or that order, and `order["AmazonOrderId"]` then reads the order, not a list element
            part = v.fields.get(ELEM)
            if part is not None and not key.isdigit() and any(lab.kind == "whole" for lab in part.labels):
                # a record rebuilt under keys not known ({k.replace("-", "_"): v for k, v in
                # row.items()}): what it holds under this name is that field of the Amazon data
                part = Value(self.read(Value(part.labels), key).labels, part.fields, part.refs, part.consts)
        labels: Labels = {}
        info = None
        for lab, t in v.labels.items():
            if lab.kind == "whole":
                if info is None:
                    info = self.cat.classify_key(key) if key != ELEM else False
                if not info:
                    labels[lab] = t
                elif info.category == "personal":
                    labels = merge_labels(labels, {derive(lab, "field", info.data): t})
                elif info.category == "container":
                    labels = merge_labels(labels, {derive(lab, "whole", info.data): t})
            elif lab.kind == "param":
                if lab.flat or len(lab.path) >= MAX_PATH:
                    labels[lab] = t
                elif lab.path and lab.path[-1] == KEYS and key != ELEM and not key.startswith("@") and not key.isdigit():
                    # a key of the caller's dict (a string, a number, a tuple) has no named part:
                    # reading one from it gives nothing (and would double the labels of every row
                    # read); a tuple key's positions still read through
                    continue
                else:
                    labels = merge_labels(labels, {derive(lab, "key", key): t})
            elif lab.kind == "field" and key != ELEM and self.cat.partner_record(v.refs):
                # a carrier's shipment made from the address: its id or tracking code is the carrier's
                if info is None:
                    info = self.cat.classify_key(key)
                if not (info and info.category == "public"):
                    labels[lab] = t
            else:
                labels[lab] = t
        if part is None and v.fields and any(r.startswith("ext:") for r in v.refs):
            # a library object wrapping data (csv.DictReader(f), pd.DataFrame(rows)): its rows
            # and columns come from what it was built from
            wrapped = Value(flatten(Value(None, v.fields)), None, v.refs if self.cat.partner_record(v.refs) else frozenset())
            part = self.read(wrapped, key)
        out = Value(labels)
        if labels and v.refs and key != ELEM and self.cat.partner_record(v.refs):
            # a part of a carrier's record (bought.selected_rate) is the carrier's too: its public
            # keys (.carrier, .rate) are not the address it was made from
            out = Value(labels, None, frozenset(f"{r}.{key}" for r in v.refs if r.startswith("ext:")))
        return join(out, part) if part is not None else out

    def any_part(self, v: Value) -> Value:
        """v[k] for a key not known statically: any of v's parts (`row[col]` for a dict built with
        named keys), not only its elements."""
        out = self.read(v, ELEM)
        named = [f for k, f in v.fields.items() if k != ELEM and not k.startswith("@")]
        return join_all([out, *named]) if named else out

    def read_keys(self, v: Value, keys: frozenset[str], loc: ir.Loc) -> Value:
        """v[k] where k is one of a few known keys: what any of them gives."""
        out = join_all([self.key_source(self.read(v, k), v, k, loc) for k in sorted(keys)])
        ext_refs = frozenset(r for r in v.refs if r.startswith("ext:"))
        return join(out, Value(None, None, ext_refs)) if ext_refs else out

    def subscript(self, e: ir.Sub) -> Value:
        bv = self.eval(e.base)
        if GROUP_FRAME in bv.fields:  # df.groupby("state")["price"]: the same groups over fewer columns
            cols = self.column_names_of(self.eval(e.index) if e.index is not None else Value(None, None, frozenset(), frozenset({e.key or ""})))
            frame = bv.fields[GROUP_FRAME]
            if cols:
                frame = self.read_keys(frame, cols, e.loc)
            return self.grouping_value(bv.fields[GROUP_BY], frame, bv.refs)
        if e.key == ":" and bv.consts and e.index is None:
            return Value(bv.labels, bv.fields, bv.refs)  # text[:5] is not the text: no constant
        if e.key == ":":
            indexer = next((self.cat.table_indexers[r] for r in sorted(bv.refs) if r in self.cat.table_indexers), None)
            if indexer is None or not isinstance(e.index, ir.SeqLit) or len(e.index.elts) <= indexer:
                return bv  # a slice keeps the elements
            # df.loc[mask, cols]: the rows run (a mask may call something), the columns select
            dims = [self.eval(x) for x in e.index.elts]
            owner = frozenset(r.rsplit(".", 1)[0] for r in bv.refs if r in self.cat.table_indexers)
            cols = dims[indexer]
            names = constant_list(cols)
            if names is None and known_consts(cols) and not cols.fields and not cols.labels:
                names = sorted(known_consts(cols))  # one column: its values
                out = join_all([self.key_source(self.read(bv, k), bv, k, e.loc) for k in names])
                return Value(out.labels, out.fields, owner)
            if names is None:  # columns not known: all of them
                return Value(bv.labels, bv.fields, owner)
            return self.select_columns(bv, names, owner, e.loc)
        if isinstance(e.index, ir.SeqLit) and e.index.elts and all(isinstance(x, ir.Const) and x.is_str and x.value for x in e.index.elts):
            # selecting named columns: only those columns come along
            keys = [x.value for x in e.index.elts if isinstance(x, ir.Const) and x.value]
            return self.select_columns(bv, keys, frozenset(r for r in bv.refs if r.startswith("ext:")), e.loc)
        if e.index is not None:
            iv = self.eval(e.index)
            if iv.labels:
                self.note_param_use(iv, self.e.keyed_params)
            if not bv.refs.isdisjoint(self.cat.inserting_dicts) and _plain_target(e.base) and flatten(iv):
                # by_buyer[(name, email)] on a defaultdict adds the key: iterating shows it
                self.stored_key = iv
                self.store_key(e.base, e.loc)
            names = constant_list(iv)
            if names is not None:  # df[COLUMNS], a list of constant names however it was built
                return self.select_columns(bv, names, frozenset(r for r in bv.refs if r.startswith("ext:")), e.loc)
            kc = known_consts(iv)
            if len(kc) > 1:  # `for k in ("City", "PostalCode"): addr[k]`: one of those keys
                return self.read_keys(bv, kc, e.loc)
            key = next(iter(kc)) if len(kc) == 1 else ELEM
        else:
            key = e.key if e.key is not None else ELEM
        if key == ":":
            return bv
        out = self.read(bv, key) if key != ELEM else self.any_part(bv)
        ext_refs = frozenset(r for r in bv.refs if r.startswith("ext:"))
        if ext_refs:
            out = join(out, Value(None, None, ext_refs))
        return self.key_source(out, bv, key, e.loc)

    def select_columns(self, bv: Value, names: list[str], refs: frozenset[str], loc: ir.Loc) -> Value:
        """df[["order-id", "sku"]]: a table of only those columns (typed as refs says)."""
        return Value(None, {k: self.key_source(self.read(bv, k), bv, k, loc) for k in names}, refs)

    def key_source(self, out: Value, base: Value, key: str, loc: ir.Loc) -> Value:
        """Report column names (buyer-email, ship-address-1) are Amazon data in any row or frame."""
        if key == ELEM or key in base.fields:
            return out
        data = self.cat.key_sources.get(normalize_key(key))
        if data is None or any(lab.is_pii for lab in out.labels):
            return out  # already Amazon data
        if any(lab.is_param and not lab.flat for lab in out.labels):
            # the caller's dict or response: its value decides. A row of a file opened from a
            # path the caller gives (call_ext) holds the path only flattened: it is a report's
            return out
        src_key = f"key:{key}@{self.path}:{loc[0]}:{loc[1]}"
        self.e.sources.setdefault(src_key, SourceInfo("order_report.column", data, f"order report column '{key}'", self.path, loc))
        lab = Label("field", data, src_key)
        return join(out, Value({lab: (_step(self.path, loc, "source", f"{data} read from column '{key}'"),)}))

    def combine(self, e: ir.Combine) -> Value:
        vals = [self.eval(p) for p in e.parts]
        if not e.template:
            return join_all(vals)
        labels: Labels = {}
        for v in vals:
            labels = merge_labels(labels, self.as_text(v, e.loc))
        labels = _flat_params(labels)
        consts: frozenset[str] = frozenset({""})
        for v in vals:
            opts = v.consts or frozenset({"\x00"})
            consts = frozenset(a + b for a in consts for b in opts)
            if len(consts) > 8 or any(TOP_CONSTS & opts for _ in (0,)):
                consts = TOP_CONSTS
                break
        return Value(labels, None, frozenset(), consts)

    def dict_lit(self, e: ir.DictLit) -> Value:
        out = Value()
        for k, v in e.items:
            vv = self.eval(v)
            if k is None:
                out = join(out, vv)
                continue
            kv = self.eval(k)
            kc = known_consts(kv) if not kv.labels else frozenset()
            if isinstance(k, ir.Const) and k.is_str and k.value is not None:
                out = set_path(out, (k.value,), vv)
            elif len(kc) == 1 and not kv.fields:
                # a key that can only be one constant (`Kind.PROMO` of a str Enum, a module
                # constant): named like a literal key, so `d[kind]` reads only its value
                out = set_path(out, (next(iter(kc)),), vv)
            else:
                out = set_path(out, (ELEM,), vv, strong=False)
                out = set_path(out, (KEYS,), _key_part(kv), strong=False)
        return out

    def seq_lit(self, e: ir.SeqLit) -> Value:
        fields: dict[str, Value] = {}
        elem = EMPTY
        unknown = False  # an element that is not a known string: the list's strings are not all known
        for i, el in enumerate(e.elts):
            v = self.eval(el)
            if i in e.starred:
                v = self.iter_elem(v)
                elem = join(elem, v)
                unknown = unknown or not v.consts
                continue
            if i < 16 and not e.starred:
                fields[str(i)] = v
            elem = join(elem, v)
            unknown = unknown or not v.consts
        if unknown and elem.consts:
            elem = join(elem, UNKNOWN_TEXT)
        if not elem.is_empty():
            fields[ELEM] = elem
        return Value(None, fields)

    def comp(self, e: ir.Comp) -> Value:
        unrolled = self.unrolled_dict(e) if e.key is not None and len(e.generators) == 1 and not e.narrows else None
        if unrolled is not None and not unrolled[1]:
            return unrolled[0]
        saved = self.env
        self.env = dict(saved)
        saved_pairs = self.pairs
        self.pairs = dict(saved_pairs)
        for target, it in e.generators:
            self.assign(target, self.iter_elem(self.eval(it)), e.loc, kind="iterate")
        for narrowing in e.narrows:  # `{k: v for k, v in d.items() if k in SAFE}`
            self.narrow(*narrowing)
        self.pairs = saved_pairs
        elt = self.eval(e.elt)
        if e.key is not None:
            key = self.eval(e.key)
            self.env = saved
            out = Value(None, {ELEM: elt, KEYS: _key_part(key)})
            return join(unrolled[0], out) if unrolled is not None else out
        self.env = saved
        return Value(None, {ELEM: elt})

    def unrolled_dict(self, e: ir.Comp) -> tuple[Value, bool] | None:
        """`{cls.name: cls for cls in (A, B)}`, `{k: make(v) for k, v in TABLE.items()}`: over a few
        elements known one by one, each giving one known key, the dict has those keys named, each
        with its own value (a registry keeps its entries apart); None when that is not so. The
        flag says the elements known are not all of them (`(tools or TOOLS).items()` with a
        parameter): the dict is then also what the comprehension gives in general."""
        target, it = e.generators[0]
        known = self.each_element(self.eval(it))
        if known is None:
            return None
        elems, partial = known
        saved = self.env
        fields: dict[str, Value] = {}
        try:
            for ev in elems:
                self.env = dict(saved)
                self.assign(target, ev, e.loc, kind="iterate")
                key = self.eval(e.key) if e.key is not None else EMPTY
                kc = known_consts(key)
                if len(kc) != 1 or key.labels or key.fields or not next(iter(kc)) or next(iter(kc)).startswith("@"):
                    return None
                name = next(iter(kc))
                val = self.eval(e.elt)
                fields[name] = join(fields[name], val) if name in fields else val
        finally:
            self.env = saved
        return (Value(None, fields), partial) if fields else None

    def each_element(self, v: Value) -> tuple[list[Value], bool] | None:
        """The elements of a short literal sequence, or the (key, value) pairs of a dict whose keys
        are all named, one by one, and whether there may be others (a parameter's); None when
        they are not known apart."""
        elem = v.fields.get(ELEM)
        if elem is None or v.labels or v.refs and not v.refs <= self.cat.dict_types:
            return None
        pair = elem.fields.get(PAIRED)
        if pair is not None and set(v.fields) == {ELEM}:
            names = sorted(pair.fields)
            if not names or len(names) > MAX_CONSTS:
                return None
            pairs = [Value(None, {"0": Value(None, None, frozenset(), frozenset({k})), "1": pair.fields[k]}) for k in names]
            return pairs, bool(elem.labels)
        pos = [k for k in v.fields if k != ELEM]
        if not pos or len(pos) > MAX_CONSTS or not all(k.isdigit() for k in pos) or sorted(map(int, pos)) != list(range(len(pos))):
            return None
        items = [v.fields[str(i)] for i in range(len(pos))]
        if not includes(join_all(items), elem):
            return None  # grown past the positions written (x.append(B)): not known one by one
        return items, False

    def iter_elem(self, v: Value) -> Value:
        """What iterating v gives: its elements, and for an instance of a project class with
        __iter__ (a pager yielding orders), what that method yields."""
        out = self.read(v, ELEM)
        keys = v.fields.get(KEYS)
        if keys is not None:  # iterating a dict gives its keys
            out = join(out, keys)
        elif any(lab.is_param and not lab.flat for lab in v.labels):
            out = join(out, self.read(v, KEYS))  # a parameter: the keys of the caller's dict too
        for r in sorted(v.refs):
            if r.startswith("inst:"):
                q = self.prog.method(r[5:], "__iter__")
                if q is not None:
                    it = self.apply(q, self.dispatched(q, "__iter__", v), [], self.fn.loc, [])
                    if not (it.refs & v.refs):  # `return self` (an iterator with __next__): its elements are above
                        out = join(out, self.read(it, ELEM))
        if not v.refs.isdisjoint(self.cat.record_iterators):
            out = join(out, RECORD)  # a csv.DictReader row, of a file known or not, is a record of columns
        names = [k for k in v.fields if k != ELEM and not k.startswith("@") and not k.isdigit()]
        if names and not v.labels and v.refs <= self.cat.dict_types:
            # a dict the code wrote with named keys: iterating it gives those names
            out = join(out, Value(None, None, frozenset(), frozenset(names) if len(names) <= MAX_CONSTS else TOP_CONSTS))
        return out

    # ------------------------------------------------------------------ calls
    def call(self, e: ir.Call) -> Value:
        args = [(a.name, self.eval(a.value), a.star) for a in e.args]
        arg_exprs: list[ir.Expr | None] = [a.value for a in e.args]
        shape = shape_of(e.func)
        if isinstance(e.func, ir.Attr):
            recv = self.eval(e.func.base)
            return self.method_call(recv, e.func.attr, args, e.loc, shape, arg_exprs, e.func.base)
        fv = self.eval(e.func)
        if isinstance(e.func, ir.Name) and e.func.id == "super":
            return self.super_value()
        out = self.call_value(fv, None, args, e.loc, shape, arg_exprs)
        if "ext:builtins.print" in fv.refs:
            for (kw, v, _star), ex in zip(args, arg_exprs, strict=True):
                if kw == "file" and isinstance(ex, ir.Name | ir.Attr) and self.may_be(v, self.cat.text_buffers):
                    # print(row, file=buf) is buf.write(row): buf.getvalue() holds it
                    text = join_all([a[1] for a in args if a[0] is None])
                    self.method_call(v, "write", [(None, text, 0)], e.loc, shape_of(ex) + ".write", [None], ex)
        return out

    def super_value(self) -> Value:
        selfv = self.env.get(self.fn.params[0].name, EMPTY) if self.fn.params else EMPTY
        cls = self.fn.cls
        if cls is None:
            return EMPTY
        refs = set()
        for b in self.prog.class_bases(cls):
            if b.startswith("cls:"):
                refs.add("inst:" + b[4:])
            elif b.startswith("ext:"):
                refs.add(b)
        return Value(selfv.labels, selfv.fields, frozenset(refs), frozenset())

    def method_call(
        self,
        recv: Value,
        method: str,
        args: list[tuple[str | None, Value, int]],
        loc: ir.Loc,
        shape: str,
        arg_exprs: list[ir.Expr | None],
        base_expr: ir.Expr,
    ) -> Value:
        if self.self_label is not None and self.self_label in recv.labels:
            self.note_self_call(method)
        fv = self.get_attr(recv, method, loc) if recv.refs else EMPTY
        callable_refs = frozenset(r for r in fv.refs if r.startswith(("fn:", "bm:", "cls:", "ext:", "task:", "mgr:", "inst:")))
        user_callee = any(r.startswith(("fn:", "bm:", "cls:", "task:")) for r in callable_refs)
        if (
            method == "__init__"
            and not user_callee
            and self.fn.params
            and isinstance(base_expr, ir.Call)
            and isinstance(base_expr.func, ir.Name)
            and base_expr.func.id == "super"
        ):
            # super().__init__(message) into a library base (Exception): the object keeps its
            # arguments as its positional parts, which is what str(exc) shows
            me = ir.Name(self.fn.params[0].name, loc)
            for i, (_kw, v, _star) in enumerate(a for a in args if a[0] is None and a[2] == 0):
                self.store(ir.Sub(me, str(i), None, loc), v, loc)
        if GROUP_FRAME in recv.fields and not user_callee:
            return self.aggregate(recv, method, args)
        if method in self.cat.element_getters and not args and not user_callee and recv.fields:
            return join(self.iter_elem(recv), Value(None, None, frozenset(r + "." + method + "()" for r in recv.refs if r.startswith("ext:"))))
        if method in self.cat.path_finders and not user_callee and args and args[0][2] == 0 and (recv.labels or recv.fields):
            found = self.find_path(recv, method, args[0][1], loc)
            if found is not None:
                return found
        if (
            method in ("items", "keys", "values")
            and not args
            and not user_callee
            and recv.refs <= self.cat.dict_types
            and recv.fields
            and not any(lab.is_param for lab in recv.labels)  # a parameter: the caller's dict decides
        ):
            return self.dict_view(recv, method)
        if method in ("items", "values") and not args and not user_callee and any(lab.is_param and not lab.flat for lab in recv.labels):
            # d.values() of a dict parameter: any part of the caller's dict (its keys too); and
            # of `tools or TOOLS`, also the items of the dict the code built
            out = Value(None, {ELEM: Value(_flat_params({lab: t for lab, t in recv.labels.items() if lab.is_param}))})
            if recv.fields and recv.refs <= self.cat.dict_types:
                out = join(out, self.dict_view(Value(None, recv.fields, recv.refs), method))
            return out
        if method in self.cat.clean_methods and not user_callee:
            if callable_refs:
                self.call_value(Value(None, None, callable_refs), recv, args, loc, shape, arg_exprs, base_expr, method)
            return EMPTY
        if (
            method in self.cat.reader_methods
            and not user_callee
            and (recv.labels or recv.fields)
            and args
            and args[0][2] == 0
            and known_consts(args[0][1])
        ):
            if callable_refs:  # still a library call: its sinks are checked, its result is the field
                self.call_value(Value(None, None, callable_refs), recv, args, loc, shape, arg_exprs, base_expr, method)
            if args[0][1].labels:  # node.get(key) with key a parameter: per key its callers pass
                self.note_param_use(args[0][1], self.e.keyed_params)
            keys = known_consts(args[0][1])
            default = self.list_default(recv, keys, args[1][1]) if len(args) > 1 else EMPTY
            if method == "setdefault":
                self.setdefault_store(base_expr, args, arg_exprs, loc)
            if len(keys) > 1:
                return join(self.read_keys(recv, keys, loc), default)
            key = next(iter(keys))
            v = self.read(recv, key)
            return self.key_source(join(v, default), recv, key, loc)
        if callable_refs:
            # a decorator's wrapper keeps what it captured (the function it wraps)
            caps = {k: f for k, f in fv.fields.items() if k.startswith("@cap:") or k == WRAPS_METHOD} or None
            out = self.call_value(Value(None, caps, callable_refs), recv, args, loc, shape, arg_exprs, base_expr, method)
            if not user_callee and method in self.cat.reader_methods and args and args[0][2] == 0 and recv.fields:
                # handlers.get(event, []) on a library dict (a defaultdict) the code filled: any
                # of its values, as for a dict of its own
                default = args[1][1] if len(args) > 1 else EMPTY
                return join(out, join(self.any_part(recv), default))
            if user_callee or method not in self.cat.mutators or not args:
                return out
        else:
            # a method on data (or on something the auditor cannot see): shapes, readers, mutators
            out = self.shape_sinks(shape, recv, args, loc, arg_exprs)
        if method in self.cat.reader_methods and args and args[0][2] == 0:
            if args[0][1].labels:  # node.get(key) with key a parameter: per key its callers pass
                self.note_param_use(args[0][1], self.e.keyed_params)
            keys = known_consts(args[0][1])
            default = self.list_default(recv, keys, args[1][1]) if len(args) > 1 else EMPTY
            if method == "setdefault":
                self.setdefault_store(base_expr, args, arg_exprs, loc)
            if len(keys) == 1:
                key = next(iter(keys))
                v = self.read(recv, key)
                return self.key_source(join(v, default), recv, key, loc)
            if keys:
                return join(self.read_keys(recv, keys, loc), default)
            return join(self.any_part(recv), default)
        if method == "update" and args and isinstance(base_expr, ir.Attr) and base_expr.attr == "__dict__":
            # obj.__dict__.update(d): obj's attributes are d's keys (a model filled from an API dict)
            self.store(base_expr, join(recv, join_all([a[1] for a in args if a[2] != 1])), loc)
            return out
        if method in self.cat.mutators and args:
            added = join_all([a[1] if a[2] == 0 else self.iter_elem(a[1]) for a in args])
            if method in ("extend", "update", "writelines", "extendleft"):
                added = self.iter_elem(added) if method != "update" else added
            target = base_expr if isinstance(base_expr, ir.Name | ir.Attr | ir.Sub) else _entry_of(base_expr)
            self.stored_key = EMPTY
            root, path, _ = self.lvalue(target) if target is not None else (None, (), False)
            if isinstance(target, ir.Sub) and target.index is not None:
                self.store_key(target.base, loc)  # groups.setdefault(email, []).append(o)
            target_path = path + ((ELEM,) if method != "update" else ())
            # extend([]), extend(EXTRA) with EXTRA = []: nothing added (an appended value that is
            # nothing known, `cols.append(c)` for c in a frame's columns, is a name not known)
            nothing = method in ("extend", "extendleft") and all(a[1].is_empty() for a in args)
            if method != "update" and not added.consts and not nothing and self.read(recv, ELEM).consts:
                added = join(added, UNKNOWN_TEXT)  # COLS.append(c) with c not known: COLS is not all known
            if method == "update" and args and args[0][2] == 0:
                new_v = join(recv, added)
            else:
                new_v = set_path(recv, (ELEM,), added, strong=False)
            if root is not None:
                if root in self.env:
                    if path and path[0] != ELEM:  # self.pending.append(x): other methods read it
                        step = _step(self.path, loc, "store", f"stored into {self._target_text(target)}")
                        self.attribute_writes(self.env[root], target_path, add_step(added, step))
                    self.env[root] = set_path(self.env[root], path, new_v) if path else new_v
                    self.note_assigned(root)
                    if self.is_module:
                        self.heap_writes.append((f"g:{self.module}:{root}", self.env[root]))
                        self.store_imported_mutation(root, target_path, added)
                else:
                    self.store_global_mutation(root, path, target_path, added, base_expr)
            self.record_param_effect(recv, target_path if root is None else (ELEM,) if method != "update" else (), added)
            return out
        arg_labels: Labels = {}
        for a in args:
            arg_labels = merge_labels(arg_labels, flatten(a[1]))
        labels = merge_labels(recv.labels, _flat_params(arg_labels))
        fields = recv.fields if not args else {}
        return join(out, Value(labels, fields, frozenset(), recv.consts if not args else frozenset()))

    def list_default(self, recv: Value, keys: frozenset[str], default: Value) -> Value:
        """The default of `settings.get("sinks", ["log"])`: where the mapping may hold the key
        with a value not known statically (a config loaded from JSON, a parameter), the list's
        names are not all the names the result may hold (`REGISTRY[name]` for each is any entry)."""
        elem = default.fields.get(ELEM)
        if elem is None or not elem.consts or (keys and all(k in recv.fields for k in keys)):
            return default
        if recv.fields and ELEM not in recv.fields and KEYS not in recv.fields:
            return default  # a dict the code built with named keys only: the default is all
        return set_path(default, (ELEM,), UNKNOWN_TEXT, strong=False)

    def find_path(self, recv: Value, method: str, path: Value, loc: ir.Loc) -> Value | None:
        """`el.find("o:ShippingAddress/o:Name", NS)` on XML holding Amazon data: the parts the
        path names, read one tag at a time (namespace prefixes and `{uri}` dropped, `.` and `//`
        skipped); findall/iterfind give a list of them. None when the path is not one known
        string (a parameter's: then per path its callers pass) or the result is not data."""
        if path.labels:
            self.note_param_use(path, self.e.keyed_params)
        consts = known_consts(path)
        if len(consts) != 1:
            return None
        tags = [re.sub(r"^\{[^}]*\}|^[\w.-]+:", "", t) for t in next(iter(consts)).split("/")]
        tags = [t for t in tags if t and t != "." and not t.startswith(("@", "*", "["))]
        if not tags or any(not t.replace("-", "").replace("_", "").isalnum() for t in tags):
            return None
        v = recv
        for t in tags:
            v = self.key_source(self.read(v, t), v, t, loc)
        return Value(None, {ELEM: v}) if self.cat.path_finders[method] else v

    def setdefault_store(self, base_expr: ir.Expr, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None], loc: ir.Loc) -> None:
        """`d.setdefault(email, {...})` is also `d[email] = {...}`: the dict holds the key (its
        keys, items() and iteration carry it) and the default under it."""
        if not arg_exprs or arg_exprs[0] is None or not _plain_target(base_expr):
            return
        default = args[1][1] if len(args) > 1 else EMPTY
        k = arg_exprs[0]
        if isinstance(k, ir.Const) and k.is_str and k.value:
            self.store(ir.Sub(base_expr, k.value, None, loc), default, loc, weak=True)
        else:  # the key expression is not evaluated again: its value is known
            self.store(ir.Sub(base_expr, None, ir.Const(None, loc), loc), default, loc, weak=True)
            self.stored_key = args[0][1]
            self.store_key(base_expr, loc)

    def column_names_of(self, v: Value) -> frozenset[str]:
        """Column names a value holds: a constant, or a list of constants; empty when not known."""
        names = known_consts(v) | known_consts(self.iter_elem(v))
        return frozenset(n for n in names if n)

    def grouping(self, frame: Value, by: Value, refs: frozenset[str], loc: ir.Loc) -> Value:
        """df.groupby(by): the groups remember their keys' columns and the table (see aggregate)."""
        cols = self.column_names_of(by)
        pos = [f for k, f in sorted(by.fields.items()) if k.isdigit()]
        if not cols and pos and ELEM in by.fields:
            # groupby([df["purchase-date"].dt.date, "ship-state"]): names select columns, the rest
            # (a Series) are keys themselves
            names = frozenset(n for f in pos for n in known_consts(f) if n)
            keys = join_all([self.read_keys(frame, names, loc) if names else EMPTY, *(f for f in pos if not known_consts(f))])
        else:
            keys = self.read_keys(frame, cols, loc) if cols else frame
        return self.grouping_value(keys, frame, refs)

    @staticmethod
    def grouping_value(keys: Value, frame: Value, refs: frozenset[str]) -> Value:
        # iterating gives (key, sub-table) pairs; a read or a flattening sees everything
        pair = Value(None, {"0": keys, "1": frame, ELEM: join(keys, frame)})
        return Value(None, {GROUP_BY: keys, GROUP_FRAME: frame, ELEM: pair}, refs)

    def aggregate(self, g: Value, method: str, args: list[tuple[str | None, Value, int]]) -> Value:
        """An aggregation of groups: the keys, and the columns it covers unless it only counts
        (groupby("ship-state").agg(orders=("order-id", "nunique")) holds states and counts)."""
        keys, frame = g.fields[GROUP_BY], g.fields[GROUP_FRAME]
        cat = self.cat
        counting = cat.counting_aggregations
        table = Value(None, None, frozenset({f"ext:{cat.aggregation_result}"} if cat.aggregation_result else ()))
        every = join(join(keys, frame), table)
        ran = EMPTY
        for _kw, v, _star in args:  # apply(fn), agg(fn), transform(fn), filter(fn): fn gets each group
            fnv = _project_callable(v)
            if fnv is not None:
                ran = join(ran, self.call_value(fnv, None, [(None, frame, 0)], self.fn.loc, "", [None]))
        if method in counting:
            return join(keys, table)
        if method in cat.numbering_aggregations:
            return table  # a number per row
        if method in cat.per_row_aggregations:  # per row, without the keys
            funcs = known_consts(args[0][1]) if args else frozenset()
            return table if funcs and funcs <= counting and ran.is_empty() else join(join(frame, ran), table)
        if not ran.is_empty():
            return join(every, ran)
        if method not in cat.named_aggregations:
            return every  # sum, first, shift: every column
        kept: set[str] = set()
        for kw, v, star in args:
            if star:
                return every
            if kw is not None:  # named aggregation: orders=("order-id", "nunique")
                col, func = known_consts(v.fields.get("0", EMPTY)), v.fields.get("1", EMPTY)
            elif v.fields and ELEM not in v.fields:  # {"item-price": "sum", "order-id": "nunique"}
                for col_name, f in v.fields.items():
                    if not (f.consts and known_consts(f) | known_consts(self.iter_elem(f)) <= counting) or f.refs:
                        kept.add(col_name)
                continue
            else:  # agg("sum") or agg(["count", "nunique"]): every column
                funcs = known_consts(v) | known_consts(self.iter_elem(v))
                if funcs and funcs <= counting and not v.refs:
                    continue
                return every
            if len(col) != 1:
                return every
            if not (known_consts(func) and known_consts(func) <= counting and not func.refs):
                kept |= col
        parts = self.read_keys(frame, frozenset(kept), self.fn.loc) if kept else EMPTY
        return join(join(keys, parts), table)

    def dict_view(self, d: Value, method: str) -> Value:
        """d.items(), d.keys(), d.values() of a dict the code built: keys and values kept apart, so
        {oid: items for oid in ids}.items() gives the ids as keys, and a dict with named keys gives
        their names (constants) as keys and their values as values (`for field, key in
        FIELDS.items(): payload.get(key)` reads only those keys)."""
        keys = self.read(d, KEYS) if KEYS in d.fields or d.labels else EMPTY
        names = sorted(k for k in d.fields if k != ELEM and not k.startswith("@"))
        if names:
            keys = join(keys, Value(None, None, frozenset(), frozenset(names) if len(names) <= MAX_CONSTS else TOP_CONSTS))
        if method == "keys":
            return Value(None, {ELEM: keys}) if not keys.is_empty() else EMPTY
        if method == "values":
            return Value(None, {ELEM: self.any_part(d)})
        values = join_all([self.read(d, ELEM), *(d.fields[k] for k in names)])
        pair = {"0": keys, "1": values, ELEM: join(keys, values)}
        named = join_all([d.fields[k] for k in names]) if names else EMPTY
        # keys not known statically written earlier (an analysis before the class bodies said what
        # cls.name is) that add nothing to the named keys and values leave the dict named
        extra_keys = d.fields.get(KEYS)
        keys_named = extra_keys is not None and not extra_keys.labels and not extra_keys.refs and bool(known_consts(extra_keys)) and known_consts(extra_keys) <= set(names)
        # values under keys not known (d[argv[1]] = v leaves no key behind) are not named
        no_extra = (ELEM not in d.fields and (extra_keys is None or keys_named)) or (keys_named and includes(named, d.fields[ELEM]))
        if names and len(names) <= MAX_CONSTS and no_extra and not d.labels:
            pair[PAIRED] = Value(None, {k: d.fields[k] for k in names})  # every key is named
        return Value(None, {ELEM: Value(None, pair)})

    def enclosing_key(self, root: str) -> str | None:
        """The heap key of the enclosing function's variable this nested function mutates (the
        enclosing function reads it back with its own value, see lookup, wherever the nested
        function is called from), or None for a global. "" while the enclosing function's
        variables are not known yet (the first analysis runs before it): nothing is written then,
        the next analysis decides."""
        if self.fn.parent is None or root in self.fn.globals_declared:
            return None
        parent = self.prog.functions.get(self.fn.parent)
        if parent is None or root in parent.globals_declared:
            return None
        closure = self.e.closure.get(self.q)
        if closure is None:
            return ""
        return f"nl:{self.fn.parent}:{root}" if root in closure else None

    def global_ref(self, root: str) -> str | None:
        """What a module-level name of this module refers to, aliases followed (`glob:`, `mod:`,
        `fn:` ...), or None."""
        ref = self.prog.lookup_global(self.module, root)
        return self.prog.deref(ref) if ref is not None else None

    def imported_global(self, root: str) -> str | None:
        """"module:name" of the other module's global a name was imported as (`from cols import
        BASE`), or None: a mutation of it at module level changes that global."""
        ref = self.global_ref(root)
        if ref is not None and ref.startswith("glob:"):
            _, owner, name = ref.split(":", 2)
            if owner != self.module:
                return f"{owner}:{name}"
        return None

    def store_imported_mutation(self, root: str, target_path: tuple[str, ...], added: Value) -> None:
        """`from cols import BASE` then `BASE.append(x)` at module level: cols.BASE grows too."""
        key = self.imported_global(root)
        if key is not None:
            self.heap_writes.append((f"g:{key}", set_path(EMPTY, target_path, added, False)))

    def module_of(self, root: str) -> str | None:
        """The module a name is bound to (`import cols`), or None."""
        ref = self.global_ref(root)
        return ref[4:] if ref is not None and ref.startswith("mod:") else None

    def store_global_mutation(self, root: str, path: tuple[str, ...], target_path: tuple[str, ...], added: Value, base_expr: ir.Expr) -> None:
        if (nl := self.enclosing_key(root)) is not None:
            if nl:  # rows.append(o) in a closure
                self.heap_writes.append((nl, set_path(EMPTY, target_path, added, False)))
        elif (mod := self.module_of(root)) is not None and path:
            # cols.BASE.append(x): the global BASE of module cols
            self.heap_writes.append((f"g:{mod}:{path[0]}", set_path(EMPTY, target_path[1:], added, False)))
        elif self.is_module and (imported := self.imported_global(root)) is not None:
            self.heap_writes.append((f"g:{imported}", set_path(EMPTY, target_path, added, False)))
        elif root in self.fn.globals_declared or self.prog.lookup_global(self.module, root) is None or self.is_module:
            self.heap_writes.append((f"g:{self.module}:{root}", set_path(EMPTY, target_path, added, False)))
        else:
            ref = self.prog.deref(self.prog.lookup_global(self.module, root) or "")
            if ref.startswith("glob:"):
                _, owner, name = ref.split(":", 2)
                self.heap_writes.append((f"g:{owner}:{name}", set_path(EMPTY, target_path, added, False)))

    def record_param_effect(self, recv: Value, path: tuple[str, ...], added: Value) -> None:
        for lab in recv.labels:
            if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"):
                i = int(lab.origin.rsplit(":", 1)[1])
                full = (lab.path + path)[:MAX_EFFECT_PATH]
                old = self.effects.get((i, full))
                if old is None and len(self.effects) >= MAX_EFFECTS:
                    continue
                self.effects[(i, full)] = added if old is None else join(old, added)

    def call_value(
        self,
        fv: Value,
        recv: Value | None,
        args: list[tuple[str | None, Value, int]],
        loc: ir.Loc,
        shape: str,
        arg_exprs: list[ir.Expr | None],
        base_expr: ir.Expr | None = None,
        attr: str | None = None,
        callee_expr: ir.Expr | None = None,
    ) -> Value:
        """Call what fv may be; `attr` is the method name when fv was looked up on the receiver;
        `callee_expr` the expression fv came from (`batch.add` given to a pool: what the method
        stores into its receiver lands on `batch`)."""
        self.note_called(fv)
        out = EMPTY
        resolved = False
        refs = sorted(fv.refs)
        if any(r.startswith("ext:") and self.cat.sanitizer_for(self.cat.canonical(r[4:])) for r in refs):
            # one candidate is a known sanitizer: the others are type guesses, not other behaviours
            refs = [r for r in refs if not r.startswith("ext:") or self.cat.sanitizer_for(self.cat.canonical(r[4:]))]
        for ref in refs:
            kind, _, name = ref.partition(":")
            if kind == "fn":
                resolved = True
                caps = {k[5:]: v for k, v in fv.fields.items() if k.startswith("@cap:")}
                target = name
                fn_ir = self.prog.functions.get(name)
                if caps and fn_ir is not None and fn_ir.parent is not None:
                    target = self.e.specialise(name, caps)
                # a decorator's wrapper found under a method's name is not that class's method:
                # the receiver is not filtered by what the name resolves to
                wrapped_method = attr is not None and fn_ir is not None and fn_ir.cls is None and recv is not None and self.wraps_method(fv)
                r = self.call_user(target, recv, args, loc, arg_exprs, base_expr, None if wrapped_method else attr, wrapped_method)
                out = join(out, r)
            elif kind == "bm":
                # a bound method: its own receiver, not the object it was read from
                resolved = True
                fn_ir = self.prog.functions.get(name)
                if fn_ir is not None:
                    selfv = fv.fields.get(SELF_PART)
                    if selfv is None:  # passed through a parameter: only its class is known
                        selfv = Value(None, None, frozenset({f"inst:{fn_ir.cls}"} if fn_ir.cls else ()))
                    rexpr = callee_expr.base if isinstance(callee_expr, ir.Attr) else None
                    target = name
                    caps = {k[5:]: v for k, v in fv.fields.items() if k.startswith("@cap:")}
                    if caps and fn_ir.parent is not None:  # a decorator's wrapper bound to the object
                        target = self.e.specialise(name, caps)
                    out = join(out, self.call_user(target, selfv, args, loc, arg_exprs, rexpr, fn_ir.name, fn_ir.cls is None))
            elif kind == "cls":
                resolved = True
                out = join(out, self.construct(name, args, loc, arg_exprs))
            elif kind == "inst":
                m = self.prog.method(name, "__call__")
                if m is not None:
                    resolved = True
                    # obj(x) runs obj.__call__: a copy per group of receiver classes, as obj.m(x)
                    out = join(out, self.call_user(m, Value(fv.labels, fv.fields, frozenset({ref})), args, loc, arg_exprs, None, "__call__"))
            elif kind == "mgr":
                resolved = True
                out = join(out, self.manager_call(name, args, loc))
            elif kind == "pfn":
                resolved = True
                n, _, inner = name.partition(":")
                bound = [(None, fv.fields.get(f"@arg:{i}", EMPTY), 0) for i in range(int(n))]
                kws = [(k[4:], v, 0) for k, v in fv.fields.items() if k.startswith("@kw:")]
                full = bound + list(args) + kws
                own = _own_self(fv) if inner.startswith("bm:") else None
                out = join(out, self.call_value(Value(None, own, frozenset({inner})), recv, full, loc, shape, [None] * len(bound) + list(arg_exprs)))
            elif kind == "ext":
                resolved = True
                out = join(out, self.call_ext(self.cat.canonical(name), recv, args, loc, shape, arg_exprs))
            elif kind == "task":
                resolved = True
                q, _, how = name.rpartition(":")
                targs = args
                if self.task_binds_self(q):
                    targs = [(None, EMPTY, 0), *args]
                if how == "apply_async":
                    targs = []
                    for kw, v, _star in args:
                        if kw == "args" or kw is None:
                            targs.append((None, v, 1))
                        elif kw == "kwargs":
                            targs.append((None, v, 2))
                out = join(out, self.call_user(q, None, targs, loc, arg_exprs, None))
        if not resolved:
            out = join(out, self.shape_sinks(shape, recv or EMPTY, args, loc, arg_exprs))
            out = join(out, self.invoke_callbacks(args, loc, arg_exprs))
            labels: Labels = {}
            for a in args:
                labels = merge_labels(labels, flatten(a[1]))
            out = join(out, Value(_flat_params(labels)))
        return out

    def call_user(
        self,
        q: str,
        recv: Value | None,
        args: list[tuple[str | None, Value, int]],
        loc: ir.Loc,
        arg_exprs: list[ir.Expr | None],
        base_expr: ir.Expr | None,
        attr: str | None = None,
        bound_method: bool = False,
    ) -> Value:
        """Call project function q; `bound_method`: recv is its first argument even though q is
        not a method of a class (a decorator's wrapper a class holds as a method)."""
        fn = self.prog.functions.get(q)
        if fn is None:
            return EMPTY
        san = self.cat.sanitizer_for_function_name(fn.name) if fn.name != "<lambda>" else None
        if san is not None:
            labels: Labels = {}
            for a in args:
                labels = merge_labels(labels, flatten(a[1]))
            return Value(sanitize(_flat_params(labels), san.kind))
        # custom models may name project functions as sources or sinks
        for src in self.cat.sources_for(q):
            return self.source_value(src, loc)
        for sink in self.cat.sinks_for([q]):
            self.check_sink(sink, q, args, recv or EMPTY, loc, arg_exprs)
        bound = recv
        if recv is not None and fn.cls is None and not bound_method:
            bound = None  # a plain function stored on an object
        if recv is not None and fn.cls is not None:
            decos = self.prog.decorator_names(self.prog.function_module[q], fn.decorators)
            if any(d.endswith("staticmethod") for d in decos):
                bound = None
            elif any(d.endswith("classmethod") for d in decos):
                bound = Value(None, None, frozenset(f"cls:{r[5:]}" if r.startswith("inst:") else r for r in recv.refs))
            elif not any(r.startswith(("inst:", "cls:")) for r in recv.refs) and recv.is_empty():
                bound = None
            elif all(r.startswith("cls:") for r in recv.refs if r.startswith(("inst:", "cls:"))) and recv.refs:
                bound = None  # Class.method(obj, ...): unbound call
            if bound is not None and attr is not None:
                bound = self.dispatched(q, attr, bound)
        exprs = ([base_expr] if bound is not None else []) + list(arg_exprs)
        if bound is not None and attr is not None and self._is_super(bound):
            # super().m(): m was looked up from the bases, but it runs on this very object, whose
            # classes are our own receiver's (a subclass's override of what m calls still runs)
            own = self.env.get(self.fn.params[0].name, EMPTY).refs
            inst = frozenset(r for r in own if r.startswith("inst:"))
            if inst:
                bound = Value(bound.labels, bound.fields, inst | frozenset(r for r in bound.refs if not r.startswith("inst:")), bound.consts)
        if bound is not None and attr is not None and not self._is_super(bound):
            groups = self.e.receiver_groups(q, bound)
            if groups is not None:
                out = EMPTY
                for key, part in groups:
                    out = join(out, self.apply(q, part, args, loc, exprs, key))
                return out
        return self.apply(q, bound, args, loc, exprs)

    def dispatched(self, q: str, attr: str, recv: Value) -> Value:
        """The receiver as method q sees it: without the project classes whose `attr` is another
        method (an override), since `obj.attr()` on those never runs q. Classes that do not define
        `attr` in the project stay (a library base may provide it), and so do all the classes of a
        super() receiver."""
        if self._is_super(recv):
            # super(): the classes are the bases of one object (a mixin's method runs for an
            # instance of a class that also has the other bases), not alternatives
            return recv
        fn = self.prog.functions.get(q)
        keep: list[str] = []
        for r in recv.refs:
            kind, _, c = r.partition(":")
            if kind in ("inst", "cls"):
                m = self.prog.method(c, attr)
                if m is not None and self.prog.functions.get(m) is not fn:
                    continue
            keep.append(r)
        if len(keep) == len(recv.refs):
            return recv
        return Value(recv.labels, recv.fields, frozenset(keep), recv.consts)

    def _is_super(self, recv: Value) -> bool:
        """Whether recv is what super() gave in this method, also after it was assigned: this
        method's own `self` seen as some of the class's bases only."""
        cls = self.fn.cls
        if cls is None or not self.fn.params:
            return False
        if Label("param", self.fn.params[0].name, f"param:{self.q}:0") not in recv.labels:
            return False
        inst = {r for r in recv.refs if r.startswith("inst:")}
        return bool(inst) and inst <= {"inst:" + b[4:] for b in self.prog.class_bases(cls) if b.startswith("cls:")}

    def report_types_allow(self, pattern: str) -> bool:
        """A report document holds buyer data if the report types the code requests can: this
        module's, else the program's; code that names no report type at all is assumed to."""
        named = self.prog.modules[self.module].report_types
        if not named:
            named = tuple(t for m in self.prog.modules.values() for t in m.report_types)
        return not named or any(re.search(pattern, t) for t in named)

    def task_binds_self(self, q: str) -> bool:
        """`@app.task(bind=True)`: Celery passes the task object as the first argument."""
        fn = self.prog.functions.get(q)
        if fn is None:
            return False
        for d in fn.decorators:
            if isinstance(d, ir.Call):
                for a in d.args:
                    if a.name == "bind" and isinstance(a.value, ir.Const) and a.value.value == "True":
                        return True
        return False

    def manager_call(self, name: str, args: list[tuple[str | None, Value, int]], loc: ir.Loc) -> Value:
        """`Model.objects.<method>(...)` of an ORM model: what it stores, and what it reads back.

        Writes remember the model's fields on the heap (a:Model:field), so a later
        `Model.objects.get(...).buyer_email` carries what was stored there; the sink itself is
        checked through the catalog under the library's name.
        """
        cls, _, method = name.rpartition(":")
        cls = cls.split(":", 1)[0]
        for kw, v, star in args:
            if kw == "defaults" or star == 2:
                for k, part in v.fields.items():
                    if k != ELEM:
                        self.heap_writes.append((f"a:{cls}:{k}", part))
            elif kw is not None:
                self.heap_writes.append((f"a:{cls}:{kw}", v))
        inst = Value(None, None, frozenset({f"inst:{cls}"}))
        if method in self.cat.orm_many:
            return Value(None, {ELEM: inst, "0": inst}, frozenset({f"mgr:{cls}:{method}"}))
        return join(inst, Value(None, {"0": inst}))

    def construct(self, cls: str, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> Value:
        obj = Value(None, None, frozenset({f"inst:{cls}"}))
        init = self.prog.method(cls, "__init__")
        if init is not None:
            self.e.depend("fn:" + init, self.q)
            summary = self.e.summaries.get(init)
            actuals, _ = self.bind(self.prog.functions[init], obj, args)
            self.note_param_refs(init, actuals)
            if summary is not None:
                for i, path, val in summary.effects:
                    if i == 0:
                        inst = self.instantiate(val, init, actuals, loc)
                        obj = set_path(obj, path, inst, strong=False) if path else join(obj, inst)
                self.apply_param_sinks(init, summary, actuals, loc)
            post = self.prog.method(cls, "__post_init__")
            if post is not None:
                self.apply(post, obj, [], loc, [])
            return obj
        cdef = self.prog.classes.get(cls)
        names: list[str] = []
        for c in reversed(self.prog.mro(cls)):
            cd = self.prog.classes.get(c)
            if cd is not None:
                names.extend(n for n in cd.fields if n not in names)
        pos = 0
        for kw, v, star in args:
            if star == 2:
                for n in names:
                    obj = set_path(obj, (n,), self.read(v, n), strong=False)
                obj = join(obj, Value(None, dict(v.fields)))
            elif star == 1:
                elem = self.iter_elem(v)
                for n in names[pos:]:
                    obj = set_path(obj, (n,), elem, strong=False)
            elif kw is not None:
                obj = set_path(obj, (kw,), v)
            else:
                key = names[pos] if pos < len(names) else str(pos)
                obj = set_path(obj, (key,), v)
                pos += 1
        for base in self.prog.ext_bases(cls) if cdef else []:
            for sink in self.cat.sinks_for([base]):
                self.check_sink(sink, base, args, EMPTY, loc, arg_exprs)
        post = self.prog.method(cls, "__post_init__")
        if post is not None:
            self.apply(post, obj, [], loc, [])
        return obj

    def call_ext(
        self,
        name: str,
        recv: Value | None,
        args: list[tuple[str | None, Value, int]],
        loc: ir.Loc,
        shape: str,
        arg_exprs: list[ir.Expr | None],
    ) -> Value:
        cat = self.cat
        if recv is not None and cat.template_methods:
            self.run_template(name, recv, loc)
        first_str = None
        if args and args[0][2] == 0 and len(args[0][1].consts) == 1:
            first_str = next(iter(args[0][1].consts))
        rtype = cat.result_type(name, first_str)
        refs = frozenset({f"ext:{cat.canonical(rtype)}"}) if len(rtype) < 160 and rtype.count("(") < 4 else frozenset()
        out = Value(None, None, refs)
        sinks = cat.sinks_for([name])
        for sink in sinks:
            if not sink.result:
                self.check_sink(sink, name, args, recv or EMPTY, loc, arg_exprs)
        if not sinks and shape:
            sinks = cat.sinks_for_shape(shape)
            for sink in sinks:
                self.check_sink(sink, shape, args, recv or EMPTY, loc, arg_exprs, by_shape=True)
        if name in cat.replace_methods and recv is not None:
            obj = recv
            for kw, v, _s in args:
                fnv = _project_callable(v)
                if fnv is not None:  # df.assign(e=lambda d: d["buyer-email"].str.lower()): called with the table
                    v = self.call_value(fnv, None, [(None, recv, 0)], loc, "", [None])
                if kw:
                    obj = set_path(obj, (kw,), v)
                else:
                    obj = join(obj, v)
            return join(obj, Value(None, None, refs))
        if name in cat.groupings and recv is not None:
            return self.grouping(recv, self.arg_value(ArgSpec(0, "by"), args, recv), refs, loc)
        sourced = False
        for src in cat.sources_for(name):
            if src.path_pattern:
                pv = self.arg_value(src.path_arg, args, recv) if src.path_arg else EMPTY
                if not any(re.search(src.path_pattern, c) for c in pv.consts):
                    continue
            if src.report_types and not self.report_types_allow(src.report_types):
                continue
            if src.unless_arg is not None and src.unless_pattern:
                uv = self.arg_value(src.unless_arg, args, recv)
                if any(re.search(src.unless_pattern, c) for c in uv.consts):
                    continue
            out = join(out, self.source_value(src, loc))
            sourced = True
        if sourced:
            for sink in sinks:
                if sink.result:  # the call saves what it returns (get_report_document(..., file=path))
                    saved = [(None, out, 0), *(a for a in args if a[0] is not None)]
                    self.check_sink(sink, name, saved, recv or EMPTY, loc, [None] * len(saved))
            return out  # what an API returns is the API's data, not its arguments
        paths = [src.path_arg for src in cat.sources_for(name) if src.path_arg]
        if paths and not sinks:  # (a request to a URL is a sink: its response is not the URL's)
            pv = self.arg_value(paths[0], args, recv)
            if pv.labels and all(lab.is_param for lab in pv.labels):
                # open(path), pd.read_csv(path) with the path a parameter: the file's content is
                # not the path's parts (its report columns are read as such: key_source)
                return join(out, Value(_flat_params(pv.labels)))
        if recv is not None and cat.column_selectors:
            kept = self.selected_columns(name, args, recv)
            if kept is not None:
                return join(out, self.read_keys(recv, kept, loc))
        san = cat.sanitizer_for(name)
        if san is not None and san.kind == "drop":
            dropped: set[str] = set()
            for spec in san.args:
                v = self.arg_value(spec, args, recv)
                dropped |= set(v.consts) | set(self.iter_elem(v).consts)
            if any((info := cat.classify_key(n)) is not None and info.category == "personal" for n in dropped):
                # the table without its personal columns; a column the code added by name and did
                # not drop (assign(email=...)) is still what it holds
                table = recv or EMPTY
                kept = {k: f for k, f in table.fields.items() if k not in dropped and k != ELEM and not k.startswith("@")}
                rest = Value(table.labels, {k: f for k, f in table.fields.items() if k not in kept})
                return join(out, Value(sanitize(flatten(rest), "drop"), kept or None, table.refs))
            san = None
        if recv is not None and cat.shared_objects and name.rsplit(".", 1)[-1] in cat.reader_methods and args and len(args[0][1].consts) == 1:
            # g.get("buyer"): an attribute of a shared object read by name
            for r in sorted(recv.refs):
                obj = cat.shared_objects.get(r[4:]) if r.startswith("ext:") else None
                if obj is not None:
                    out = join(out, self.read_shared(obj, next(iter(args[0][1].consts))))
        if recv is not None and (recv.fields or recv.labels):
            table = Value(recv.labels, recv.fields, frozenset(r for r in recv.refs if r.startswith("ext:")))
            for call, spec in cat.table_renames:
                if call == name:
                    table = self.renamed(table, self.arg_value(spec, args, recv), loc)
            if name in cat.table_copies:  # the same table type and columns, parts not flattened
                return table
            for call, spec, values, pairs in cat.table_rows:
                if call == name and (spec is None or self.arg_value(spec, args, recv).consts & values):
                    row = Value(None, {"0": EMPTY, "1": table}) if pairs else table  # iterrows: (index, row)
                    return join(out, Value(None, {ELEM: row}))
        short_name = name.rsplit(".", 1)[-1]
        if recv is not None and short_name in cat.element_callbacks and args and any(_is_callable_ref(r) or r.startswith("pfn:") for r in args[0][1].refs):
            # Series.map(fn): fn gets the receiver's elements; Executor.map(fn, orders) and
            # Pool.map(fn, orders): the elements of the iterables that follow (fn(x, y) for two)
            # the function value keeps its parts: a bound method's receiver, a partial's arguments
            fnv = Value(None, args[0][1].fields, frozenset(r for r in args[0][1].refs if _is_callable_ref(r) or r.startswith("pfn:")))
            fexpr = arg_exprs[0] if arg_exprs else None
            r = self.call_value(fnv, None, [(None, self.iter_elem(recv), 0)], loc, "", [None], callee_expr=fexpr)
            rest = [a for a in args[1:] if a[0] is None and a[2] == 0]
            if short_name in cat.tuple_callbacks:  # Pool.apply(fn, (a, b)): one call, fn(a, b)
                elems = [(None, a[1], 1) for a in rest[:1]]
                elems += [(None, v, 1 if kw == "args" else 2) for kw, v, _s in args if kw in ("args", "kwds", "kwargs")]
            elif short_name in cat.star_element_callbacks:
                elems = [(None, self.iter_elem(a[1]), 1) for a in rest[:1]]
            else:
                elems = [(None, self.iter_elem(a[1]), 0) for a in rest]
            if elems:
                r = join(r, self.call_value(fnv, None, elems, loc, "", [None] * len(elems), callee_expr=fexpr))
            return join(out, Value(None, {ELEM: r}, refs))
        if san is not None:
            labels: Labels = {}
            for a in args:
                labels = merge_labels(labels, flatten(a[1]))
            return join(out, Value(sanitize(_flat_params(labels), san.kind)))
        if any(not s.needs_arg or any(_given(spec, args) for spec in s.needs_arg) for s in sinks):
            return out  # a sink's result is not its data; df.to_csv() without a path is the text
        if name in cat.fold_calls and not self.in_callback:
            folded = self.run_fold(cat.fold_calls[name], args, loc, arg_exprs)
            if folded is not None:
                return join(out, folded)
        if short_name in cat.callback_results and not self.in_callback:
            fi = next((i for i, a in enumerate(args) if a[2] == 0 and any(self.callback_ref(r) for r in a[1].refs)), None)
            if fi is not None:
                return join(out, self.run_for_future(args, fi, loc, arg_exprs))
        if not name.startswith("builtins.") and short_name not in cat.mutators:
            # (a function stored into a library container, `handlers[event].append(fn)`, is kept,
            # not called: a registry's dispatch calls it with the right arguments)
            out = join(out, self.invoke_callbacks(args, loc, arg_exprs))
        if name in cat.path_joins:
            parts = [a[1].consts for a in args if a[2] == 0]
            consts: frozenset[str] = frozenset({""})
            for i, opts in enumerate(parts):
                opts = opts or frozenset({"\x00"})
                consts = frozenset((a + "/" + b if i else b) for a in consts for b in opts)
                if len(consts) > 8 or TOP_CONSTS & opts:
                    consts = TOP_CONSTS
                    break
            return join(out, Value(None, None, refs, consts))
        if name in cat.builtins_clean:
            return out
        short = name.rsplit(".", 1)[-1]
        if name.startswith("builtins.") or name.startswith("itertools.") or name.startswith("functools."):
            special = self.builtin(short, args, loc, arg_exprs)
            if special is not None:
                # getattr(o, "m") is the method; partial(fn, x) is the function with x bound, not
                # also a library object that calling would run as an unknown library call
                if name == "functools.partial":  # p.args / p.keywords hold its arguments
                    held: Labels = {}
                    for a in args[1:]:
                        held = merge_labels(held, flatten(a[1]))
                    return join(Value(held), special)
                return special if name == "builtins.getattr" else join(out, special)
        if name in cat.builtins_elements:
            return join(out, join_all([self.iter_elem(a[1]) for a in args[:1]]))
        if name == "json.loads" and args and len(args[0][1].consts) == 1 and not any(lab.kind != "text" for lab in flatten(args[0][1])):
            parsed = _json_value(next(iter(args[0][1].consts)))
            if parsed is not None:
                return parsed
        if name in cat.replace_calls and args:
            obj = args[0][1]
            for kw, v, _s in args[1:]:
                if kw:
                    obj = set_path(obj, (kw,), v)
            return obj
        if name in cat.identity_calls:
            return join(out, args[0][1]) if args else out
        is_ctor = short[:1].isupper()
        if is_ctor:
            fields: dict[str, Value] = {}
            pos = 0
            for kw, v, star in args:
                if kw is not None:
                    fields[kw] = v
                elif star == 0:
                    fields[str(pos)] = v
                    pos += 1
                else:
                    fields[ELEM] = join(fields.get(ELEM, EMPTY), v)
            return join(out, Value(None, fields, refs))
        # an unknown library function: its result is made from its inputs (read_csv(doc) is the doc's
        # rows), so labels keep their field paths instead of being flattened into text
        labels = {}
        for a in args:
            labels = merge_labels(labels, flatten(a[1]))
        if recv is not None:
            labels = merge_labels(labels, flatten(recv))
        return join(out, Value(labels, None, refs))

    def renamed(self, table: Value, mapping: Value, loc: ir.Loc) -> Value:
        """table with the columns a constant mapping names renamed: the new column is what the old
        one was (read from the table, so a report column keeps its classification)."""
        moves = {old: next(iter(v.consts)) for old, v in (mapping.fields or {}).items()
                 if not old.startswith("@") and old != ELEM and len(v.consts) == 1 and not v.labels}
        if not moves:
            return table
        fields = {k: f for k, f in table.fields.items() if k not in moves}
        for old, new in sorted(moves.items()):
            fields[new] = self.key_source(self.read(table, old), table, old, loc)
        return Value(table.labels, fields, table.refs, table.consts)

    def selected_columns(self, name: str, args: list[tuple[str | None, Value, int]], recv: Value) -> frozenset[str] | None:
        """The columns a column-selecting call keeps (df.pivot_table(index="sku", values="qty")),
        or None when it is not one or a column is not known statically."""
        for call, specs, needs in self.cat.column_selectors:
            if call != name or (needs is not None and not _given(needs, args)):
                continue  # pivot_table without values= aggregates every other column
            keys: set[str] = set()
            for spec in specs:
                if not _given(spec, args):
                    continue
                v = self.arg_value(spec, args, recv)
                names = known_consts(v) | known_consts(self.iter_elem(v))
                if not names:
                    return None
                keys |= names
            return frozenset(keys) if keys else None
        return None

    def as_text(self, v: Value, loc: ir.Loc, method: str = "__str__") -> Labels:
        """The labels of v made into text: its own, and what the __str__ (or __repr__) of the
        project classes it may be returns (a model whose __str__ fetches the buyer's address)."""
        classes = sorted(r[5:] for r in v.refs if r.startswith("inst:"))
        if not classes:
            return flatten(v)
        labels = v.labels
        every_part = message = False
        for cls in classes:
            q = self.prog.method(cls, method) or (self.prog.method(cls, "__repr__") if method == "__str__" else None)
            if q is not None:
                text = self.apply(q, self.dispatched(q, self.prog.functions[q].name, v), [], loc, [])
                labels = merge_labels(labels, flatten(text))
            elif self.is_exception(cls):
                message = True  # str(exc) is the message it was built with, not its attributes
            else:
                every_part = True  # a dataclass's repr shows its fields (a plain object's does not: kept safe)
        if every_part:
            return merge_labels(labels, flatten(v))
        if message:
            args = {k: f for k, f in v.fields.items() if k.isdigit()}
            labels = merge_labels(labels, flatten(Value(None, args)))
        return labels

    def builtin_bases(self, cls: str) -> set[str]:
        """Library and built-in base classes anywhere in cls's hierarchy, as ext: refs
        (`class SyncError(ValueError)`: link keeps built-in bases out of ext_bases)."""
        bases = {"ext:" + b for b in self.prog.ext_bases(cls)}
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            module = self.prog.class_module.get(c)
            for b in cd.bases if cd is not None else ():
                if isinstance(b, ir.Name) and b.id in BUILTIN_NAMES and module and self.prog.lookup_global(module, b.id) is None:
                    bases.add("ext:builtins." + b.id)
        return bases

    def is_exception(self, cls: str) -> bool:
        """Whether cls derives from an exception class (by its bases' names; remembered per class)."""
        known = self.e.exception_classes.get(cls)
        if known is None:
            known = self.e.exception_classes[cls] = any(b.endswith(("Exception", "Error", "Warning")) for b in self.builtin_bases(cls))
        return known

    def run_template(self, name: str, recv: Value, loc: ir.Loc) -> None:
        """A library method that runs the subclass's own method on the object (Thread.start() runs
        run()): call that method of each project class the receiver may be."""
        for call, runs in self.cat.template_methods:
            if call != name:
                continue
            for r in sorted(recv.refs):
                if r.startswith("inst:"):
                    q = self.prog.method(r[5:], runs)
                    if q is not None:
                        self.call_user(q, recv, [], loc, [], None, runs)

    def raise_value(self, v: Value, key: str | None = None) -> None:
        """Record an exception leaving this point, under its type (a project class or library type;
        "?" when not known), so that only the handlers for that type see it."""
        if not flatten(v) and not any(r.startswith("inst:") for r in v.refs):
            return  # a library exception with a constant message carries nothing to leak
        if key is None:
            types = _exception_types(v.refs)
            key = types[0] if len(types) == 1 else "?"
        if key not in self.raised and len(self.raised) >= MAX_RAISED:
            key = "?"
        old = self.raised.get(key)
        self.raised[key] = v if old is None else join(old, v)

    def catch_types(self, exprs: tuple[ir.Expr, ...]) -> frozenset[str] | None:
        """The type refs an `except` names; None when it catches anything (bare, Exception, or
        a name the auditor cannot resolve)."""
        refs: set[str] = set()
        for e in exprs:
            found = {r for r in self.eval(e).refs if r.startswith(("cls:", "ext:"))}
            if not found or found & {"ext:builtins.Exception", "ext:builtins.BaseException"}:
                return None
            refs |= found
        return frozenset(refs) if exprs else None

    def catches(self, types: frozenset[str] | None, key: str) -> bool:
        if types is None or key == "?":
            return True
        if key.startswith("inst:"):
            mro = self.prog.mro(key[5:])
            bases = self.builtin_bases(key[5:])
            return any((t.startswith("cls:") and t[4:] in mro) or any(t == b or _builtin_catches(t, b) for b in bases) for t in types)
        return any(t == key or _builtin_catches(t, key) for t in types)

    def invoke_callbacks(self, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> Value:
        """A function passed to a library call (executors, background tasks, threads, callbacks) is
        assumed to be called by it with the arguments that follow it."""
        out = EMPTY
        if self.in_callback:
            return out
        for idx, (kw, v, star) in enumerate(args):
            if star or not any(self.callback_ref(r) for r in v.refs):
                continue
            if kw not in (None, "target", "func", "fn", "callback", "function"):
                continue
            rest = [(None, a[1], a[2]) for a in args[idx + 1 :] if a[0] is None]
            rest_exprs: list[ir.Expr | None] = [arg_exprs[j] if j < len(arg_exprs) else None for j in range(idx + 1, len(args)) if args[j][0] is None]
            for j, (k2, a2, _s) in enumerate(args):
                ex = arg_exprs[j] if j < len(arg_exprs) else None
                if k2 == "args" and isinstance(ex, ir.SeqLit) and not ex.starred:
                    # Thread(target=produce, args=(q,)): each argument, with its expression, so
                    # what the function puts into q is seen on the caller's q
                    for n, el in enumerate(ex.elts):
                        rest.append((None, a2.fields.get(str(n)) or a2.fields.get(ELEM, EMPTY), 0))
                        rest_exprs.append(el)
                elif k2 == "args":
                    rest.append((None, a2, 1))
                    rest_exprs.append(None)
                elif k2 == "kwargs":
                    rest.append((None, a2, 2))
                    rest_exprs.append(None)
            self.note_called(v)
            callee = self.callback_value(v)
            self.in_callback = True
            try:
                expr = arg_exprs[idx] if idx < len(arg_exprs) else None
                out = join(out, self.call_value(callee, None, rest, loc, "", rest_exprs, callee_expr=expr))
            finally:
                self.in_callback = False
        return out

    def run_fold(
        self, specs: tuple[ArgSpec, ArgSpec, ArgSpec], args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]
    ) -> Value | None:
        """reduce(fn, items, initial): fn runs with the running value and an element, twice (the
        second time with what the first returned, so a step's result reaches the next step), and
        the result is what it returns; None when fn is not a function the analysis can run."""
        fn_spec, items_spec, init_spec = specs
        fnv = self.arg_value(fn_spec, args, None)
        if not any(self.callback_ref(r) for r in fnv.refs):
            return None
        self.note_called(fnv)
        callee = self.callback_value(fnv)
        elem = self.iter_elem(self.arg_value(items_spec, args, None))
        acc = self.arg_value(init_spec, args, None) if _given(init_spec, args) else elem
        fi = next((i for i, a in enumerate(args) if a[1] is fnv), None)
        expr = arg_exprs[fi] if fi is not None and fi < len(arg_exprs) else None
        self.in_callback = True
        try:
            first = self.call_value(callee, None, [(None, acc, 0), (None, elem, 0)], loc, "", [None, None], callee_expr=expr)
            # without the first pass's constants: a count (acc + 1) would grow them every analysis
            grown = Value(first.labels, first.fields, first.refs)
            second = self.call_value(callee, None, [(None, join(acc, grown), 0), (None, elem, 0)], loc, "", [None, None], callee_expr=expr)
        finally:
            self.in_callback = False
        return join(first, second)

    def run_for_future(self, args: list[tuple[str | None, Value, int]], fi: int, loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> Value:
        """pool.submit(fn, *args, **kwargs): fn runs with the arguments after it, and the future is
        what it returns (fut.result()) and what it raises (fut.exception()), not its arguments."""
        self.note_called(args[fi][1])
        callee = self.callback_value(args[fi][1])
        rest = args[fi + 1 :]
        saved, self.raised = self.raised, {}
        self.in_callback = True
        try:
            expr = arg_exprs[fi] if fi < len(arg_exprs) else None
            out = self.call_value(callee, None, rest, loc, "", [None] * len(rest), callee_expr=expr)
        finally:
            self.in_callback = False
            raised, self.raised = self.raised, saved
        if raised:
            # awaiting to_thread/run_in_executor, or fut.result(), raises it again: it still leaves
            # here too, as it did when the function ran in place
            for k in sorted(raised):
                self.raise_value(raised[k], k)
            out = join(out, Value(None, {"@raised": join_all([raised[k] for k in sorted(raised)])}))
        return out

    def is_generator_manager(self, fn: ir.Function) -> bool:
        decos = self.prog.decorator_names(self.prog.function_module[fn.qualname], fn.decorators)
        return any(d in self.cat.generator_managers for d in decos)

    def generator_managers(self, ctx: ir.Call) -> list[str]:
        """The project generators decorated as context managers that `with ctx:` may call."""
        out = []
        for r in sorted(self.eval(ctx.func).refs):
            fn = self.prog.functions.get(r[3:]) if r.startswith("fn:") else None
            if fn is not None and fn.is_generator and self.is_generator_manager(fn):
                out.append(r[3:])
        return out

    def note_self_call(self, method: str) -> None:
        """Record a method this method calls on its receiver; the first time, callers re-run so
        that receivers of several classes split by what it resolves to (Engine.receiver_groups)."""
        called = self.e.self_calls.setdefault(self.fn.qualname, set())
        if method not in called:
            called.add(method)
            self.forget_callers(0)

    def note_called(self, fv: Value) -> None:
        """Record which of this function's parameters it calls: callers then call a copy per
        function they pass (Engine.specialise_call)."""
        if fv.labels:
            self.note_param_use(fv, self.e.called_params)

    def note_param_use(self, v: Value, uses: dict[str, set[int]]) -> None:
        """Record in `uses` the parameters of this function that v is; the first time, callers
        re-run so that they call a copy per value they pass (Engine.specialise_call)."""
        prefix = f"param:{self.q}:"
        for lab in v.labels:
            if lab.kind == "param" and not lab.path and lab.origin.startswith(prefix):
                seen = uses.setdefault(self.fn.qualname, set())
                i = int(lab.origin[len(prefix):])
                if i not in seen:
                    seen.add(i)
                    self.forget_callers(i)

    def forget_callers(self, i: int) -> None:
        """What callers passed as parameter i so far is forgotten: they re-run and pass each copy
        only its own, and this function runs again without it. Called once per thing learnt (a
        parameter called or used as a key, a method called on the receiver), so this settles."""
        if self.e.param_refs.pop((self.q, i), None):
            self.e.enqueue([self.q])
        self.e.enqueue(self.e.deps.get("fn:" + self.q, ()))

    def callback_value(self, v: Value) -> Value:
        """What a library call runs of v: its callable refs, with a bound method's receiver, a
        partial's bound arguments and a closure's captured variables (a decorator's wrapper runs
        the function it wraps)."""
        own = {k: f for k, f in v.fields.items() if k == SELF_PART or k.startswith(("@arg:", "@kw:", "@cap:"))}
        return Value(None, own or None, frozenset(r for r in v.refs if self.callback_ref(r)))

    def callback_ref(self, ref: str) -> bool:
        """Project functions, and library functions the catalog knows (sources, sinks)."""
        if ref.startswith(("fn:", "bm:")):
            return True
        if ref.startswith("pfn:"):  # functools.partial(fn, ...): what it wraps
            return self.callback_ref(ref.split(":", 2)[2])
        if not _is_callable_ref(ref):
            return False
        name = self.cat.canonical(ref[4:])
        return bool(self.cat.sources_for(name) or self.cat.sinks_for([name]))

    def builtin(self, short: str, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> Value | None:
        pos = [a[1] for a in args if a[2] == 0 and a[0] is None]
        if short == "iter" and len(pos) == 2 and any(self.callback_ref(r) for r in pos[0].refs):
            # iter(fn, sentinel): fn's results until the sentinel (batches read with islice)
            got = self.call_value(pos[0], None, [], loc, "", [], callee_expr=arg_exprs[0] if arg_exprs else None)
            return Value(None, {ELEM: got})
        if short in ("list", "tuple", "set", "frozenset", "sorted", "reversed", "iter"):
            if not pos:
                return EMPTY
            return Value(None, {ELEM: self.iter_elem(pos[0])})
        if short in ("dict",):
            out = EMPTY
            for p in pos:
                out = join(out, p)
            for kw, v, _s in args:
                if kw:
                    out = set_path(out, (kw,), v)
            return out
        if short in ("str", "repr", "format", "bytes", "ascii"):
            return Value(_flat_params(self.as_text(pos[0], loc, "__repr__" if short in ("repr", "ascii") else "__str__"))) if pos else EMPTY
        if short == "enumerate":
            return Value(None, {ELEM: Value(None, {"1": self.iter_elem(pos[0])})}) if pos else EMPTY
        if short == "zip":
            return Value(None, {ELEM: Value(None, {str(i): self.iter_elem(p) for i, p in enumerate(pos)})})
        if short in ("map", "starmap"):
            if len(pos) < 2:
                return EMPTY
            elem = self.iter_elem(pos[1])
            r = self.call_value(pos[0], None, [(None, elem, 0)], loc, "", [None], callee_expr=arg_exprs[0] if arg_exprs else None)
            return Value(None, {ELEM: r})
        if short == "filter":
            if len(pos) > 1:
                self.run_predicate(pos[0], self.iter_elem(pos[1]), loc, arg_exprs)
            return pos[1] if len(pos) > 1 else EMPTY
        if short == "vars":
            return self.instance_dict(pos[0], loc) if pos else EMPTY
        if short == "getattr":
            if len(pos) >= 2 and len(pos[1].consts) == 1:
                return self.get_attr(pos[0], next(iter(pos[1].consts)), loc, bind=True)
            return Value(_flat_params(flatten(pos[0]))) if pos else EMPTY
        if short == "reduce":
            return Value(_flat_params(flatten(pos[1]))) if len(pos) > 1 else EMPTY
        if short == "setattr" and len(args) == 3 and all(a[0] is None and a[2] == 0 for a in args) and arg_exprs[0] is not None:
            names = known_consts(pos[1])
            if len(names) == 1 and next(iter(names)).isidentifier():
                self.store(ir.Attr(arg_exprs[0], next(iter(names)), loc), pos[2], loc)
            else:  # a computed name: any attribute may hold the value (`for k, v in d.items(): setattr(self, k, v)`)
                table = self.get_attr(pos[0], "__dict__", loc)
                self.store(ir.Attr(arg_exprs[0], "__dict__", loc), join(table, Value(pos[2].labels)), loc)
            return EMPTY
        if short == "partial":
            if not pos:
                return EMPTY
            bound = pos[1:]
            fields = {f"@arg:{i}": v for i, v in enumerate(bound)}
            for kw, v, _s in args:
                if kw:
                    fields[f"@kw:{kw}"] = v
            refs = frozenset(f"pfn:{len(bound)}:{r}" for r in pos[0].refs if r.startswith(("fn:", "bm:", "ext:", "cls:")))
            fields.update(_own_self(pos[0]) or {})
            return Value(None, fields, refs)
        if short == "chain":
            return Value(None, {ELEM: join_all([self.iter_elem(p) for p in pos])})
        if short in ("islice", "compress", "cycle") and pos:
            return Value(None, {ELEM: self.iter_elem(pos[0])})  # some of the iterable's elements
        if short in ("takewhile", "dropwhile", "filterfalse") and len(pos) > 1:
            elem = self.iter_elem(pos[1])
            self.run_predicate(pos[0], elem, loc, arg_exprs)
            return Value(None, {ELEM: elem})
        if short == "groupby" and pos:
            # itertools.groupby(rows, key=f): (f(row), rows) pairs; the key is what f returns
            rows = self.iter_elem(pos[0])
            keyf = next((v for kw, v, _s in args if kw == "key"), pos[1] if len(pos) > 1 else None)
            key = self.call_value(keyf, None, [(None, rows, 0)], loc, "", [None]) if keyf is not None and keyf.refs else rows
            group = Value(None, {ELEM: rows})
            return Value(None, {ELEM: Value(None, {"0": key, "1": group, ELEM: join(key, group)})})
        return None

    def run_predicate(self, pred: Value, elem: Value, loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> None:
        """filter(pred, items), takewhile(pred, items): the predicate sees every element (and may
        log it); what it returns only decides which elements pass."""
        if pred.refs:
            self.call_value(pred, None, [(None, elem, 0)], loc, "", [None], callee_expr=arg_exprs[0] if arg_exprs else None)

    # ------------------------------------------------------------------ summaries
    def bind(self, fn: ir.Function, recv: Value | None, args: list[tuple[str | None, Value, int]]) -> tuple[list[Value], list[int]]:
        """Actual values for each parameter, and for each call argument the parameter it went to."""
        params = fn.params
        actual: list[Value] = [EMPTY] * len(params)
        where: list[int] = []
        pi = 0
        if recv is not None and params:
            actual[0] = recv
            pi = 1
        var_i = next((i for i, p in enumerate(params) if p.kind == "vararg"), None)
        kw_i = next((i for i, p in enumerate(params) if p.kind == "kwarg"), None)
        names = {p.name: i for i, p in enumerate(params) if p.kind in ("pos", "kwonly")}
        extra: list[Value] = []
        for kw, v, star in args:
            if star == 1 and "0" in v.fields:
                # a tuple or list literal: its known positions spread over the parameters in order
                k = 0
                while str(k) in v.fields:
                    part = v.fields[str(k)]
                    if pi < len(params) and params[pi].kind == "pos":
                        actual[pi] = join(actual[pi], part)
                        pi += 1
                    else:
                        extra.append(part)
                    k += 1
                if any(lab.is_param for lab in v.labels):
                    # our own *args with the parts callers gave types to: the positions after
                    # them are still the caller's (`fn(*args)` where args[1] has no type)
                    while pi < len(params) and params[pi].kind == "pos":
                        actual[pi] = join(actual[pi], self.read(v, str(k)))
                        pi += 1
                        k += 1
                where.append(var_i if var_i is not None else pi)
            elif star == 1:
                elem = self.iter_elem(v)
                for i in range(pi, len(params)):
                    if params[i].kind == "pos":
                        actual[i] = join(actual[i], elem)
                if var_i is not None:
                    actual[var_i] = join(actual[var_i], Value(None, {ELEM: elem}))
                where.append(var_i if var_i is not None else pi)
            elif star == 2:
                for n, i in names.items():
                    if i >= pi:
                        actual[i] = join(actual[i], self.read(v, n))
                if kw_i is not None:
                    actual[kw_i] = join(actual[kw_i], v)
                where.append(kw_i if kw_i is not None else -1)
            elif kw is not None:
                i = names.get(kw)
                if i is not None:
                    actual[i] = v
                    where.append(i)
                elif kw_i is not None:
                    actual[kw_i] = set_path(actual[kw_i], (kw,), v)
                    where.append(kw_i)
                else:
                    where.append(-1)
            else:
                while pi < len(params) and params[pi].kind != "pos":
                    break
                if pi < len(params) and params[pi].kind == "pos":
                    actual[pi] = v
                    where.append(pi)
                    pi += 1
                else:
                    extra.append(v)
                    where.append(var_i if var_i is not None else -1)
        if var_i is not None and extra:
            fields = {str(i): v for i, v in enumerate(extra)}
            fields[ELEM] = join_all(extra)
            actual[var_i] = join(actual[var_i], Value(None, fields))
        unknown = any(star for _k, _v, star in args)  # *args/**kwargs may or may not fill a parameter
        for i, p in enumerate(params):
            if p.default is not None and (unknown or (i not in where and (i != 0 or recv is None))):
                d = self.default_value(fn, p, self.fn.loc)
                if d is not None:
                    actual[i] = join(actual[i], d)
        return actual, where

    def default_value(self, fn: ir.Function, p: ir.Param, loc: ir.Loc) -> Value | None:
        """A parameter's default, as the defining module sees it: a constant string or a module
        name (`def load(path=REPORT)`); None for anything else."""
        d = p.default
        if isinstance(d, ir.Const) and d.is_str and d.value is not None:
            return Value(None, None, frozenset(), frozenset({d.value[:4000]}))
        if isinstance(d, ir.Name):
            return self.global_value(self.prog.function_module[fn.qualname], d.id, loc)
        return None

    def note_param_refs(self, q: str, actuals: list[Value]) -> None:
        for i, v in enumerate(actuals):
            refs = frozenset(r for r in v.refs if not r.startswith("task:"))
            key = (q, i)
            known = self.e.param_refs.get(key, frozenset())
            kc = known_consts(v)
            if kc and sum(1 for r in known if r.startswith("str:")) < 8:
                refs = refs | frozenset("str:" + c for c in sorted(kc)[:8] if len(c) < 400)
            # what a plain dict's named parts are (dispatch(event, orders=Orders()) into **context):
            # "part:<key>=<ref>", one level deep, for the objects whose methods the callee calls
            if v.fields and not v.refs and sum(1 for r in known if r.startswith("part:")) < MAX_PART_REFS:
                refs = refs | frozenset(
                    f"part:{k}={r}" for k, f in sorted(v.fields.items())[:MAX_PART_REFS]
                    if k != ELEM and not k.startswith("@") and "=" not in k
                    for r in sorted(f.refs)[:4] if r.startswith(("inst:", "ext:", "cls:", "fn:", "bm:"))
                )
            # a bound method keeps the classes of its receiver ("self:<ref>"): handed to a helper
            # that calls it, `exporter.export` still runs for the subclass the exporter is
            own = v.fields.get(SELF_PART) if v.fields else None
            if own is not None and any(r.startswith("bm:") for r in v.refs):
                refs = refs | frozenset("self:" + r for r in sorted(own.refs)[:8] if r.startswith(("inst:", "cls:")))
            if not refs:
                continue
            if not refs <= known:
                self.param_ref_updates[key] = self.param_ref_updates.get(key, frozenset()) | refs

    def apply(
        self, q: str, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc, exprs: list[ir.Expr | None],
        receiver: str | None = None, thrown: Value | None = None,
    ) -> Value:
        """Apply q's summary at a call; `receiver` names the copy of q for a group of receiver
        classes (Engine.receiver_groups); `thrown`, for a generator context manager, is what the
        with block raised (the parameter after q's own)."""
        fn = self.prog.functions[q]
        actuals, where = self.bind(fn, recv, args)
        types = None
        if thrown is not None:
            actuals = [*actuals, thrown]
            types = "|".join(_exception_types(thrown.refs))
        q = self.e.specialise_call(q, actuals, receiver, types)
        self.e.depend("fn:" + q, self.q)
        self.note_param_refs(q, actuals)
        summary = self.e.summaries.get(q)
        if summary is None:
            return EMPTY
        memo: dict[object, object] = {}
        ret = self.instantiate(summary.ret, q, actuals, loc, memo=memo)
        for key, val in sorted(summary.raised.items()):
            self.raise_value(self.instantiate(val, q, actuals, loc, memo=memo), key)
        self.apply_param_sinks(q, summary, actuals, loc, memo)
        # effects: stores the callee made into its parameters land on our variables
        if summary.effects:
            for i, path, val in summary.effects:
                if i >= len(actuals):
                    continue
                inst = self.instantiate(val, q, actuals, loc, memo=memo)
                expr = None
                if recv is not None and i == 0:
                    expr = exprs[0] if exprs else None
                else:
                    arg_pos = [k for k, w in enumerate(where) if w == i]
                    if arg_pos:
                        k = arg_pos[0] + (1 if recv is not None else 0)
                        expr = exprs[k] if k < len(exprs) else None
                self.apply_effect(expr, actuals[i], path, inst)
        for key, val in summary.heap_effects:
            inst = self.instantiate(val, q, actuals, loc, memo=memo)
            kind, _, rest = key.partition(":")
            owner, _, name = rest.rpartition(":")
            self.heap_writes.append((key, inst))
            if kind == "g" and owner == self.module and self.is_module and name in self.env:
                self.env[name] = join(self.env[name], inst)  # module code reads its globals from env
            if kind == "g" and owner == self.module and self.is_module and name in self.env:
                self.env[name] = join(self.env[name], inst)  # module code reads its globals from env
        return ret

    def apply_effect(self, expr: ir.Expr | None, actual: Value, path: tuple[str, ...], val: Value) -> None:
        if isinstance(expr, ir.Name | ir.Attr | ir.Sub):
            root, rpath, _ = self.lvalue(expr)
            if root is not None and root in self.env:
                self.env[root] = set_path(self.env[root], rpath + path, val, strong=False)
                self.note_assigned(root)
                if self.is_module:
                    self.heap_writes.append((f"g:{self.module}:{root}", self.env[root]))
        self.record_param_effect(actual, path, val)
        if path and path[0] != ELEM:  # heap entries are read by attribute name, never by "[*]"
            v = None
            for ref in actual.refs:
                if ref.startswith("inst:"):
                    if v is None:  # the same part for every class the argument may be
                        v = set_path(EMPTY, path[1:], val, False) if len(path) > 1 else val
                    self.heap_writes.append((f"a:{ref[5:]}:{path[0]}", v))

    def instantiate(
        self, v: Value, callee: str, actuals: list[Value], loc: ir.Loc, depth: int = 0, memo: dict[object, object] | None = None
    ) -> Value:
        """Replace the callee's parameter labels in v by what the actual arguments hold.

        `memo` is shared by every instantiation of one call (return value, effects, sinks): one
        parameter label stands in many parts of a summary, and what it reads from the actual
        argument is the same each time."""
        if not v.has_param:
            return v
        if memo is None:
            memo = {}
        # the same part often stands in the return value and in the effects; the entry keeps v
        # alive, so its id cannot be reused by another value during this call
        done_key = (id(v), depth)
        done = memo.get(done_key)
        if done is not None and done[0] is v:
            return done[1]
        call_step = memo.get("@step")  # type: ignore[assignment]
        if call_step is None:
            call_step = _step(self.path, loc, "call", f"passed into {_short(original(callee))}()")
            memo["@step"] = call_step  # type: ignore[assignment]
        kept: list[tuple[Label, Trace]] = []  # labels that stay as they are (not this callee's parameters)
        extra = EMPTY
        prefix = f"param:{callee}:"
        for lab, t in v.labels.items():
            if not lab.is_param:
                kept.append((lab, t))
                continue
            if not lab.origin.startswith(prefix):
                owner, _ = lab.param_owner()
                if owner in self.ancestors:
                    kept.append((lab, t))
                continue
            part = memo.get(lab)  # type: ignore[assignment]
            if part is None:
                i = int(lab.origin[len(prefix):])
                if i >= len(actuals):
                    continue
                part = actuals[i]
                rows = False  # an element of data the caller passed (a row of a csv reader) is data
                for key in lab.path:
                    read = self.read(part, key)
                    data = rows or bool(part.fields or part.refs)
                    part = self.key_source(read, part, key, loc) if data else read
                    rows = data and key == ELEM
                if lab.flat:
                    part = Value(_flat_params(flatten(part)))
                for kind in sorted(lab.san):
                    part = map_labels(part, lambda lb, tr, k=kind: sanitize({lb: tr}, k))
                memo[lab] = part
            # the same label with the same trace stands in many parts: extend its traces once
            mkey = ("@map", lab, id(t))
            mapped = memo.get(mkey)  # type: ignore[assignment]
            if mapped is not None and mapped[0] is t:
                part = mapped[1]
            else:
                part = map_traces(part, lambda tr, tail=t: cap_trace(tr + (call_step,) + tail))
                memo[mkey] = (t, part)  # type: ignore[assignment]
            extra = join(extra, part)
        fields = {}
        if depth < WALK_DEPTH:
            fields = {k: self.instantiate(f, callee, actuals, loc, depth + 1, memo) for k, f in v.fields.items()}
        elif v.fields:  # deeper parts: their labels, folded here (as the walks in values.py do)
            extra = join(extra, self.instantiate(Value(flatten(v)), callee, actuals, loc, depth + 1, memo))
        refs = v.refs
        for lab in v.labels:
            if lab.is_param and not lab.path and not lab.flat and lab.origin.startswith(prefix):
                # the value is the parameter itself: what it refers to is what the caller passed,
                # not every function any caller ever passed there
                refs = refs - self.e.param_refs.get((callee, int(lab.origin[len(prefix):])), frozenset())
        base = Value(refold(dict(kept)), fields, refs, v.consts)
        out = join(base, extra)
        memo[done_key] = (v, out)
        return out

    def apply_param_sinks(
        self, callee: str, summary: Summary, actuals: list[Value], loc: ir.Loc, memo: dict[object, object] | None = None
    ) -> None:
        for ps in summary.param_sinks:
            req_ok = not ps.requires
            req_params: list[Label] = []
            for r in ps.requires:
                inst = self.instantiate(Value({r: ()}), callee, actuals, loc, memo=memo)
                for lab in flatten(inst):
                    if lab.is_pii:
                        req_ok = True
                    elif lab.is_param:
                        req_params.append(lab)
            consent = ps.site.consent or self.consent > 0
            site = ps.site if not consent or ps.site.consent else _with_consent(ps.site)
            if ps.payload:
                if req_ok:
                    for lab, t in ps.payload:
                        self.hits.append(Hit(site, lab, t, consent))
                elif req_params:
                    self.param_sinks.append(ParamSink(None, ps.trace, site, tuple(req_params), ps.payload))
                continue
            if ps.label is None:
                continue
            inst = self.instantiate(Value({ps.label: ps.trace}), callee, actuals, loc, memo=memo)
            waiting: list[tuple[Label, Trace]] = []  # text this call supplies, for a recipient its caller gives
            for lab, t in flatten(inst).items():
                if lab.is_param:
                    if req_ok or req_params:
                        self.param_sinks.append(ParamSink(lab, t, site, tuple(req_params) if not req_ok else ()))
                elif not self.label_hits(site.rule, lab):
                    continue
                elif req_ok:
                    self.hits.append(Hit(site, lab, t, consent))
                elif req_params:
                    waiting.append((lab, t))
            if waiting:
                self.param_sinks.append(ParamSink(None, (), site, tuple(req_params), tuple(waiting)))

    def label_hits(self, rule: str, lab: Label) -> bool:
        if rule == "AMZ006":
            return lab.kind == "text"
        if not lab.is_pii:
            return False
        from auditor.rules import RULES_BY_ID

        r = RULES_BY_ID.get(rule)
        cleared = r.cleared_by if r is not None else self.custom_cleared(rule)
        return not (lab.san & set(cleared))

    def custom_cleared(self, rule: str) -> tuple[str, ...]:
        return ("mask", "hash", "keyed_hash", "encrypt")

    # ------------------------------------------------------------------ sinks
    def shape_sinks(self, shape: str, recv: Value, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> Value:
        if not shape or shape == "?":
            return EMPTY
        for sink in self.cat.sinks_for_shape(shape):
            self.check_sink(sink, shape, args, recv, loc, arg_exprs, by_shape=True)
        return EMPTY

    def arg_value(self, spec: ArgSpec | None, args: list[tuple[str | None, Value, int]], recv: Value | None) -> Value:
        if spec is None:
            return EMPTY
        if spec.every:
            v = join_all([a[1] for a in args])
        elif spec.receiver:
            v = recv or EMPTY
        else:
            v = EMPTY
            found = False
            if spec.keyword is not None:
                for kw, av, _s in args:
                    if kw == spec.keyword:
                        v, found = av, True
            if not found and spec.position is not None:
                pos = [a for a in args if a[0] is None]
                if spec.position < len(pos):
                    if pos[spec.position][2] == 0:
                        v, found = pos[spec.position][1], True
                stars = [a for a in args if a[2] != 0]
                if not found and stars:
                    v = join_all([self.iter_elem(a[1]) if a[2] == 1 else a[1] for a in stars])
        if spec.fields:
            parts = [v.fields[f] for f in spec.fields if f in v.fields]
            if parts:
                return join_all(parts)
        return v

    def names_a_parameter(self, spec: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> bool:
        """Whether the argument is written as one of this function's parameters (`file=out`)."""
        params = {p.name for p in self.fn.params}
        for i, (kw, _v, star) in enumerate(args):
            if star or i >= len(arg_exprs):
                continue
            if (spec.keyword is not None and kw == spec.keyword) or (kw is None and spec.position is not None and i == spec.position):
                e = arg_exprs[i]
                return isinstance(e, ir.Name) and e.id in params
        return False

    def may_be(self, v: Value, types: tuple[str, ...]) -> bool:
        """Whether a value may be an instance of one of these library types (or a subclass)."""
        for r in v.refs:
            if r.startswith("ext:") and r[4:] in types:
                return True
            if r.startswith("inst:") and any("ext:" + t in self.builtin_bases(r[5:]) for t in types):
                return True
        return False

    def check_sink(
        self,
        sink: Sink,
        name: str,
        args: list[tuple[str | None, Value, int]],
        recv: Value,
        loc: ir.Loc,
        arg_exprs: list[ir.Expr | None],
        by_shape: bool = False,
    ) -> None:
        if sink.needs_arg and not any(_given(spec, args) for spec in sink.needs_arg):
            return  # yaml.dump(order) makes a string; only yaml.dump(order, fh) writes a file
        if sink.match_pattern is not None:
            texts = self.arg_value(sink.match_arg, args, recv).consts
            if not any(re.search(sink.match_pattern, c) for c in texts):
                return  # requests.post is an email only when it calls the email API
        # print(..., file=fh) is a file only when fh is one here: a parameter's types are those of
        # every caller's argument, so a helper's print(v, file=out) stays the console
        if sink.when_arg is not None:
            v = self.arg_value(sink.when_arg, args, recv)
            if not self.may_be(v, sink.when_types) or self.names_a_parameter(sink.when_arg, args, arg_exprs):
                return
        if sink.unless_arg is not None and _given(sink.unless_arg, args):
            v = self.arg_value(sink.unless_arg, args, recv)
            if v.refs and not self.names_a_parameter(sink.unless_arg, args, arg_exprs) and all(self.may_be(Value(None, None, frozenset({r})), sink.unless_types) for r in v.refs):
                return
        if sink.sql_arg is not None and sink.sql_pattern:
            sql = known_consts(self.arg_value(sink.sql_arg, args, recv))
            if sql and not any(re.search(sink.sql_pattern, s.replace("\x00", " ")) for s in sql):
                return
            if not sql and by_shape:
                return
        if sink.not_over:
            under = recv.fields.get("0")
            if under is not None and any(r[4:] in sink.not_over for r in under.refs if r.startswith("ext:")):
                return
        destination = sink.destination
        if sink.url_args:
            hosts: set[str | None] = set()
            issued = False
            for spec in sink.url_args:
                v = self.arg_value(spec, args, recv)
                if not v.consts and not v.labels and v.refs and all(self.cat.url_issued(r) for r in v.refs):
                    issued = True  # a URL Amazon's API gave (a presigned feed or report document URL)
                    continue
                for c in v.consts:
                    if c.startswith("/") and spec.receiver is False:
                        continue
                    hosts.add(_host(c))
            known = {h for h in hosts if h}
            if (issued and not hosts) or (known and all(self.cat.host_permitted(h) for h in known) and None not in hosts):
                return
            outside = sorted(h for h in known if not self.cat.host_permitted(h))
            if outside:
                destination = f"{sink.destination} ({', '.join(outside[:3])})"
            else:
                destination = f"{sink.destination} (a URL not known statically)"
        consent = self.consent > 0
        data_labels: Labels = {}
        for spec in sink.args:
            v = self.arg_value(spec, args, recv)
            # a log or the console formats an object with its __str__
            data_labels = merge_labels(data_labels, self.as_text(v, loc) if sink.rule == "AMZ005" else flatten(v))
        if sink.rule:
            site = Site(sink.rule, sink.id, name, destination, self.path, loc, original(self.q), consent)
            sink_step = _step(self.path, loc, "sink", f"reaches {destination} ({_short(name)})")
            for lab, t in data_labels.items():
                if lab.is_param:
                    if not lab.origin.startswith(f"param:{self.q}:") and lab.param_owner()[0] not in self.ancestors:
                        continue
                    self.param_sinks.append(ParamSink(lab, cap_trace(t + (sink_step,)), site))
                elif self.label_hits(sink.rule, lab):
                    self.hits.append(Hit(site, lab, cap_trace(t + (sink_step,)), consent))
        if sink.text_args and sink.text_when:
            text_labels: Labels = {}
            for spec in sink.text_args:
                text_labels = merge_labels(text_labels, flatten(self.arg_value(spec, args, recv)))
            text_labels = {lab: t for lab, t in text_labels.items() if lab.kind == "text" or lab.is_param}
            if not text_labels:
                return
            site = Site("AMZ006", sink.id, name, f"a message to the buyer ({sink.destination.removeprefix('a ').removeprefix('an ')})" if sink.text_when == "recipient" else sink.destination, self.path, loc, original(self.q), consent)
            sink_step = _step(self.path, loc, "sink", f"sent to the buyer in {sink.destination} ({_short(name)})")
            if sink.text_when == "always":
                recipient_ok, req = True, []
            else:
                recipient_ok = any(lab.is_pii for lab in data_labels)
                req = [lab for lab in data_labels if lab.is_param]
            concrete = tuple((lab, cap_trace(t + (sink_step,))) for lab, t in text_labels.items() if lab.kind == "text")
            params = [(lab, cap_trace(t + (sink_step,))) for lab, t in text_labels.items() if lab.is_param]
            if recipient_ok:
                for lab, t in concrete:
                    self.hits.append(Hit(site, lab, t, consent))
                for lab, t in params:
                    self.param_sinks.append(ParamSink(lab, t, site))
            elif req:
                if concrete:
                    self.param_sinks.append(ParamSink(None, (), site, tuple(req), concrete))
                for lab, t in params:
                    self.param_sinks.append(ParamSink(lab, t, site, tuple(req)))


def _json_value(text: str, depth: int = 0) -> Value | None:
    """A constant JSON document as a value with known parts (no data of its own)."""
    import json

    try:
        obj = json.loads(text) if depth == 0 else text
    except ValueError:
        return None
    if isinstance(obj, dict) and depth < 4:
        return Value(None, {str(k): _json_value(v, depth + 1) or EMPTY for k, v in list(obj.items())[:48]})
    if isinstance(obj, list) and depth < 4:
        return Value(None, {ELEM: join_all([_json_value(v, depth + 1) or EMPTY for v in obj[:48]])})
    if isinstance(obj, str):
        return Value(None, None, frozenset(), frozenset({obj[:400]}))
    return EMPTY


def _entry_of(e: ir.Expr) -> ir.Sub | None:
    """`d[k]` for `d.setdefault(k, [])` or `d.get(k)` (whose result the code then mutates in place:
    groups.setdefault(key, []).append(order)), when d and k can be evaluated again safely."""
    if not (isinstance(e, ir.Call) and isinstance(e.func, ir.Attr) and e.func.attr in ("setdefault", "get") and e.args):
        return None
    base, key = e.func.base, e.args[0]
    if key.name is not None or key.star or not _plain_target(base):
        return None
    if isinstance(key.value, ir.Const):
        return ir.Sub(base, key.value.value, None, e.loc) if key.value.is_str and key.value.value else ir.Sub(base, None, key.value, e.loc)
    return ir.Sub(base, None, key.value, e.loc) if _plain_target(key.value) else None


def _exception_types(refs: frozenset[str]) -> list[str]:
    """The types among refs an exception is raised and caught under (project or library classes)."""
    return sorted(r for r in refs if r.startswith(("inst:", "ext:")))


def _key_part(key: Value) -> Value:
    """What a dict keeps of a key not known statically: its data (as text) and its constants."""
    return Value(_flat_params(flatten(key)), None, frozenset(), key.consts)


def _project_callable(v: Value) -> Value | None:
    """v as a project function to call (a def, a lambda, a bound method, a partial), or None."""
    fns = frozenset(r for r in v.refs if r.startswith(("fn:", "bm:", "pfn:")))
    return Value(None, v.fields, fns) if fns else None


def _plain_target(e: ir.Expr) -> bool:
    """A name or a chain of attributes and constant subscripts: evaluating it twice runs nothing."""
    while isinstance(e, (ir.Attr, ir.Sub)):
        if isinstance(e, ir.Sub) and e.index is not None:
            return False
        e = e.base
    return isinstance(e, ir.Name)


RECORD = Value(None, None, frozenset({"ext:builtins.dict()"}))
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


def _is_callable_ref(ref: str) -> bool:
    """A project function or bound method, or a library function named by its import path (not a
    call result)."""
    if ref.startswith(("fn:", "bm:")):
        return True
    return ref.startswith("ext:") and "(" not in ref and ref.rsplit(".", 1)[-1][:1].islower() and "." in ref


def _given(spec: ArgSpec, args: list[tuple[str | None, Value, int]]) -> bool:
    """Whether a call passes the argument spec names (a *args or **kwargs may hold it)."""
    if any(star for _k, _v, star in args):
        return True
    if spec.keyword is not None and any(kw == spec.keyword for kw, _v, _s in args):
        return True
    return spec.position is not None and sum(1 for kw, _v, _s in args if kw is None) > spec.position


def _builtin_catches(handler: str, raised: str) -> bool:
    """Whether `except handler` catches `raised`, both Python built-in exceptions (`except
    LookupError` catches KeyError), by Python's own class hierarchy."""
    import builtins

    if not (handler.startswith("ext:builtins.") and raised.startswith("ext:builtins.")):
        return False
    h = getattr(builtins, handler[len("ext:builtins.") :], None)
    r = getattr(builtins, raised[len("ext:builtins.") :], None)
    return isinstance(h, type) and isinstance(r, type) and issubclass(h, BaseException) and issubclass(r, h)


def _own_self(v: Value) -> dict[str, Value] | None:
    """The receiver a bound method in v carries, as the fields of a callee value."""
    own = v.fields.get(SELF_PART)
    return {SELF_PART: own} if own is not None else None


def _with_consent(site: Site) -> Site:
    return Site(site.rule, site.sink_id, site.callee, site.destination, site.path, site.loc, site.function, True)


def _flat_params(labels: Labels) -> Labels:
    """Mark parameter labels as flattened: the parameter was turned into text on the way."""
    if not any(lab.is_param and not lab.flat for lab in labels):
        return labels
    out: Labels = {}
    for lab, t in labels.items():
        if lab.is_param and not lab.flat:
            lab = derive(lab, "flat")
        out = merge_labels(out, {lab: t})
    return out


def _join_env(a: dict[str, Value], b: dict[str, Value]) -> dict[str, Value]:
    out = dict(a)
    for k, v in b.items():
        old = out.get(k)
        out[k] = v if old is None else join(old, v)
    return out
