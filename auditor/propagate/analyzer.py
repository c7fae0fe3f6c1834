"""The analyser of one function: statements, names and expressions, flow-sensitively, against the
current summaries; the other parts of FunctionAnalyzer are its mixins."""

from __future__ import annotations

from typing import TYPE_CHECKING

from auditor import ir
from auditor.link import BUILTIN_NAMES, Program, dotted_name, shape_of
from auditor.propagate.base import (
    BUFFERED,
    HANDLED_PARAM,
    MAP_SEP,
    MAX_CAPTURES,
    MAX_EFFECTS,
    MAX_LOOP_NEST,
    MAX_NAME_TABLE,
    MAX_PARAM_SINKS,
    MAX_RAISED,
    MAX_STATEMENTS,
    MAX_UNROLL,
    PAIRED,
    PART_SEP,
    TOPIC,
    UNKNOWN_POSITION,
    UNKNOWN_TEXT,
    Hit,
    ParamSink,
    SourceInfo,
    Summary,
    builtin_catches,
    dispatch_entry,
    exception_types,
    flat_params,
    join_env,
    make_step,
    name_pair,
    original,
    short_callee,
)
from auditor.propagate.calls import CallsMixin
from auditor.propagate.containers import ContainersMixin
from auditor.propagate.library import LibraryMixin
from auditor.propagate.objects import ObjectsMixin
from auditor.propagate.sinks import SinksMixin
from auditor.propagate.summaries import SummariesMixin
from auditor.propagate.tables import TablesMixin
from auditor.values import (
    CAUSE,
    ELEM,
    EMPTY,
    HOLE,
    SELF_PART,
    TOP,
    TOP_CONSTS,
    Label,
    Labels,
    Value,
    add_step,
    derive,
    flatten,
    join,
    join_all,
    known_consts,
    merge_labels,
    set_path,
)

if TYPE_CHECKING:
    from auditor.propagate.engine import Engine


class FunctionAnalyzer(ObjectsMixin, ContainersMixin, TablesMixin, CallsMixin, LibraryMixin, SummariesMixin, SinksMixin):
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
        self.handled_try: tuple[ir.Stmt, ...] | None = None  # the try block whose exception a handler handles here
        self.hits: list[Hit] = []
        self.uses_handled = False  # whether it read the exception its caller is handling (handled)
        self.requested_types: set[str] = set()  # report types this function requests (Summary.report_types)
        # for a copy made per its callers' report types (Engine.type_sensitive): those types
        self.context_types = engine.copy_types.get(self.q)
        self.param_sinks: list[ParamSink] = []
        self.column_reads: set[tuple[Label, str, str, tuple[int, int, int, int]]] = set()  # Summary.column_reads
        self.effects: dict[tuple[int, tuple[str, ...]], Value] = {}
        self.heap_writes: list[tuple[str, Value]] = []
        self.param_ref_updates: dict[tuple[str, int], frozenset[str]] = {}
        self.member_memo: dict[tuple[str, str, bool, bool, bool], tuple[Value, bool]] = {}
        # everything a variable was ever bound to, for the closures of nested functions only
        self.track_assigned = bool(fn.nested)
        self.consent = 0
        self.in_callback = False
        self.stored_key = EMPTY  # the index value of the subscript store being made (lvalue)
        self.augmented = False  # the store being made is `x[k] += v` (changes what x[k] already is)
        self.loop_nest = 0
        self.table_unrolls = 0  # loops over a table of names being run per entry (loop)
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
        # parameters of a copy per key set (Engine.copy_keys), by name: they have no label of their
        # own, so a store into one is recorded for the caller through effect_receiver
        self.key_set_params: dict[str, int] = {}
        self.buffers: dict[str, Value] = {}  # text written into in-memory buffers here, by place made
        self.own_buffers: set[str] = set()  # buffers made in this function (a call's own)
        self.stored_rows: set[str] = set()  # heap keys of model fields an ORM manager write stores (manager_call)

    def _ancestors(self) -> frozenset[str]:
        out = {self.q}
        p = self.fn.parent
        while p:
            out.add(p)
            pf = self.prog.functions.get(p)
            p = pf.parent if pf else None
        return frozenset(out)

    def run(self) -> Summary:
        fn = self.fn
        decos = self.prog.decorator_names(self.module, fn.decorators)
        static = any(d.endswith("staticmethod") for d in decos)
        # a parameter holds its default where a call leaves it out (bind); a function no code calls
        # by name (an entry point: a CLI command, a job) may run with any of its defaults
        defaults = {}
        entry = fn.name not in self.e.called_names
        if entry:
            defaults = {i: d for i, p in enumerate(fn.params) if (d := self.default_value(fn, p, fn.loc)) is not None}
        senders = self.signal_senders() if fn.decorators and self.cat.signal_receivers else {}
        copy_keys = self.e.copy_keys.get(self.q, {})
        exact = self.e.copy_exact_text.get(self.q, frozenset())
        injected = {spec[0]: spec[1:] for d in decos if (spec := self.cat.injected_params.get(d)) is not None}
        stream = self.agent_stream() if self.cat.broker_agents and fn.decorators else None
        for i, p in enumerate(fn.params):
            lab = Label("param", p.name, f"param:{self.q}:{i}")
            step = make_step(self.path, fn.loc, "param", f"enters parameter '{p.name}' of {short_callee(original(self.q))}()")
            refs = self.e.param_refs.get((self.q, i), frozenset()) | senders.get(p.name, frozenset())
            if i in injected and not injected[i][1]:  # the library object a decorator's framework passes here (click's Context)
                refs = refs | {f"ext:{injected[i][0]}"}
            if i == 0 and fn.cls and not static and not (refs and self.q in self.e.receiver_copies):
                # (a copy for a group of receiver classes is called with exactly those)
                refs = refs | {f"inst:{fn.cls}"} if not any(d.endswith("classmethod") for d in decos) else refs | {f"cls:{fn.cls}"}
            if p.annotation:
                refs = refs | self._annotation_refs(p.annotation)
            consts = frozenset(r[4:] for r in refs if r.startswith("str:"))
            if consts:  # constant strings callers pass (file names, hosts, SQL), context-insensitive
                refs = frozenset(r for r in refs if not r.startswith("str:"))
            if i in self.e.copy_any_text.get(self.q, ()):
                consts = consts | {TOP}  # a copy for callers passing a constant or text from outside
            parts: dict[str, Value] | None = None
            if any(r.startswith("part:") for r in refs):  # the types of the named parts callers pass
                by_key: dict[str, set[str]] = {}
                for r in refs:
                    if r.startswith("part:"):
                        k, _, ref = r[5:].partition("=")
                        by_key.setdefault(k, set()).add(ref)
                refs = frozenset(r for r in refs if not r.startswith("part:"))
                # each part is still the caller's value at that key (the label a read would derive);
                # a part's part (`key<PART_SEP>@arg:0`, what a partial there binds) sits inside it
                parts = {}
                for k, v in sorted(by_key.items()):
                    outer, _, inner = k.partition(PART_SEP)
                    plab = derive(lab, "key", outer)
                    held = parts.get(outer) or Value({plab: (step,)})
                    if inner:
                        inner_part = Value({derive(plab, "key", inner): (step,)}, None, frozenset(v))
                        parts[outer] = Value(held.labels, {**(held.fields or {}), inner: inner_part}, held.refs)
                    else:
                        parts[outer] = Value(held.labels, held.fields, held.refs | frozenset(v))
            selfs = frozenset(r[5:] for r in refs if r.startswith("self:"))
            if selfs:  # the receivers of the bound methods callers pass (note_param_refs)
                refs = frozenset(r for r in refs if not r.startswith("self:"))
                parts = {**(parts or {}), SELF_PART: Value(None, None, selfs)}
            named = copy_keys.get(i)
            if named:
                self.key_set_params[p.name] = i
            if named and named[0] == "consts":  # for callers passing this tuple of constants: it
                items = [Value(None, None, frozenset(), frozenset({c})) for c in named[1]]
                self.env[p.name] = Value(None, {**{str(j): c for j, c in enumerate(items)}, ELEM: join_all(items)})
            elif named and named[0] == "positions":  # for callers passing these constants in `*args`
                fields = dict(parts or {})
                for j, c in enumerate(named[1]):
                    # the caller's argument there (with that constant only, where it is one)
                    part = fields.get(str(j)) or Value({derive(lab, "key", str(j)): (step,)})
                    fields[str(j)] = Value(part.labels, part.fields, part.refs, frozenset({c})) if c != UNKNOWN_POSITION else part
                self.env[p.name] = Value({lab: (step,)}, fields, refs)
            elif named and named[0] == "names":  # for callers passing this list of constant names: it
                self.env[p.name] = Value(None, {ELEM: Value(None, None, frozenset(), frozenset(named[1]))}, refs)
            elif named and named[0] == "values":  # for callers passing this map of constants: that map
                entries = [e.split(MAP_SEP, 1) for e in named[1]]
                self.env[p.name] = Value(None, {k: Value(None, None, frozenset(), frozenset({c})) for k, c in entries}, refs)
            elif named and named[0] == "keys":  # a copy for callers whose dict names exactly these keys: that dict
                parts = {k: (parts or {}).get(k) or Value({derive(lab, "key", k): (step,)}) for k in named[1]}
                self.env[p.name] = Value(None, parts, refs)
            elif named:  # for callers whose list's elements are such dicts: that list
                elem = derive(lab, "key", ELEM)
                parts = {k: Value({derive(elem, "key", k): (step,)}) for k in named[1]}
                if all(k.isdigit() for k in named[1]):  # a tuple: iterating it gives any item
                    parts[ELEM] = join_all(list(parts.values()))
                row = Value(None, parts)
                self.env[p.name] = Value(None, {ELEM: row}, refs)
            else:
                self.env[p.name] = Value({lab: (step,)}, parts, refs, consts if len(consts) <= 8 else frozenset())
            if i in defaults:
                self.env[p.name] = join(self.env[p.name], defaults[i])
            elif i in exact and consts and TOP not in consts and not parts:
                # a copy every caller of which passes one of these plain constants here: the
                # parameter is those constants and nothing else (a tuple built with it is constant)
                self.env[p.name] = Value(None, None, refs, consts)
            if entry and p.annotation and (i > 0 or fn.cls is None or static):
                # a method no code calls by name (run by a scheduler, a CLI, another program) given
                # an object of a project class: any instance of it the program builds
                for r in sorted(refs):
                    if r.startswith("inst:") and r[5:] in self.prog.classes:
                        self.e.want_instances(r[5:])
                        self.e.depend(f"heap:i:{r[5:]}", self.q)
                        built = self.e.heap.get(f"i:{r[5:]}")
                        # (only for the Amazon data they hold: an instance built from settings, or
                        # from a file not known to be a report, adds nothing a flow needs)
                        if built is not None and any(lab.kind in ("field", "whole") and lab.origin in self.e.sources for lab in flatten(built)):
                            self.env[p.name] = join(self.env[p.name], built)
            if i in injected and injected[i][1] and (obj := self.cat.shared_objects.get(injected[i][0])) is not None:
                # ...or an attribute of it (click's pass_obj: the Context's `obj`, what the group stored)
                self.env[p.name] = join(self.env[p.name], self.read_shared(obj, injected[i][1]))
            if i == 0 and stream is not None:  # a broker agent's stream: what its topic was sent
                self.env[p.name] = join(self.env[p.name], stream)
            self.assigned[p.name] = self.env[p.name]
        if fn.is_generator and self.is_generator_manager(fn):
            # what the caller's `with` block raises arrives at the yield: one more parameter
            n = len(fn.params)
            lab = Label("param", "the exception the with block raised", f"param:{self.q}:{n}")
            step = make_step(self.path, fn.loc, "param", f"raised in the with block of {short_callee(original(self.q))}()")
            refs = frozenset(exception_types(self.e.param_refs.get((self.q, n), frozenset())))
            self.thrown = Value({lab: (step,)}, None, refs)
        try:
            self.block(fn.body)
        except RecursionError:
            self.truncated = "expressions nested too deeply to analyse"
        if fn.nested:
            self.closure_param_effects()
        if self.is_module:
            self.note_settings_log_config()
        sinks: dict[tuple[object, ...], ParamSink] = {}
        for ps in self.param_sinks:
            key = (ps.label, ps.site, ps.requires, tuple(x[0] for x in ps.payload), ps.via)
            old = sinks.get(key)
            if old is None:
                if len(sinks) < MAX_PARAM_SINKS:
                    sinks[key] = ps
                else:
                    self.truncated = self.truncated or f"more than {MAX_PARAM_SINKS} parameter-to-sink flows; the rest were dropped"
            elif (len(ps.trace), ps.trace) < (len(old.trace), old.trace):
                sinks[key] = ps
        own = sorted(r for r in self.ret.refs if r in self.own_buffers)
        if own:  # a buffer made here and returned carries what was written into it (per call)
            self.ret = join(self.ret, Value(None, {BUFFERED: join_all([self.buffers.get(site, EMPTY) for site in own])}))
        summary = Summary(
            self.ret, list(sinks.values()), [(i, p, v) for (i, p), v in self.effects.items()], self.raised, self.heap_effects(),
            frozenset(self.column_reads), frozenset(self.requested_types), self.uses_handled,
        )
        self.env.pop(ir.RERAISE, None)
        return summary

    def closure_param_effects(self) -> None:
        """What our nested functions stored into a parameter of ours (`def one(o):
        dead.append(o)` inside `push_all(orders, dead)`): the caller sees it on its argument, as
        it would a store made here. Only while the name still holds the parameter's object, and
        not for a name a nested function declares `nonlocal`: it may rebind it to a new object
        (`acc = acc + [email]`), which the caller never sees."""
        rebound = {n for q in self.fn.nested if (f := self.prog.functions.get(q)) is not None for n in f.nonlocals_declared}
        for i, p in enumerate(self.fn.params):
            if p.name in rebound:
                continue
            key = f"nl:{self.fn.qualname}:{p.name}"
            self.e.depend("heap:" + key, self.q)
            nl = self.e.heap.get(key)
            if nl is None:
                continue
            origin = f"param:{self.q}:{i}"
            whole = next((lab for lab in self.env.get(p.name, EMPTY).labels if lab.origin == origin and not lab.path), None)
            if whole is not None:  # the parameter's object itself, as a store made here records it
                self.record_param_effect(Value({whole: ()}), (), nl)

    def agent_stream(self) -> Value | None:
        """`@app.agent(topic)` (world.toml [brokers] agents): the stream the function's first
        parameter iterates, the values published to the topic the decorator names."""
        lasts = {deco.rsplit(".", 1)[-1] for deco in self.cat.broker_agents}
        for d in self.fn.decorators:
            func = d.func if isinstance(d, ir.Call) else None
            called = func.attr if isinstance(func, ir.Attr) else func.id if isinstance(func, ir.Name) else ""
            if not isinstance(d, ir.Call) or called not in lasts:  # (only one named as an agent decorator is evaluated)
                continue
            # (named statically, or through what it is: `app.agent` of `app = faust.App(...)`)
            typed = [self.cat.canonical(r[4:]) for r in sorted(self.eval(d.func).refs) if r.startswith("ext:")]
            for deco in [*self.prog.decorator_names(self.module, (d,)), *typed]:
                spec = self.cat.broker_agents.get(deco)
                if spec is None:
                    continue
                given = [(a.name, self.eval(a.value), a.star) for a in d.args]
                topic = self.arg_value(spec, given, None)
                return Value(None, {ELEM: self.topics_read(self.read(topic, ELEM))})
        return None

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
                if key.startswith("b:") and key[2:] in self.own_buffers:
                    continue  # a buffer this function makes is each call's own (write_buffer)
                # (a model's field an ORM write stores a parameter's data in: `objects.create(
                # email=email)` in a helper, read back where the model's rows are, a signal's)
                shared = key.startswith(("g:", "c:", "nl:", "b:", "i:", TOPIC)) or key in self.stored_rows
                if (shared and val.has_param) == with_params and (with_params or key.startswith(own)):
                    if key in out:
                        out[key] = join(out[key], val)
                    elif len(out) < MAX_EFFECTS:
                        out[key] = val
        return sorted(out.items(), key=lambda kv: kv[0])

    def _annotation_refs(self, ann: str, module: str | None = None, depth: int = 0) -> frozenset[str]:
        module = module or self.module
        head, _, rest = ann.partition(".")
        ref = self.prog.lookup_global(module, head)
        if ref is None and head in self.prog.module_vars.get(module, ()):
            ref = f"glob:{module}:{head}"  # assigned at module level here, not imported
        if ref is None:
            return frozenset()
        ref = self.prog.deref(ref)
        if ref.startswith("glob:") and not rest and depth < 4:
            # a type alias at module level (`AmazonDep = Annotated[AmazonOrders, Depends(...)]`,
            # `Gateway = Optional[StripeGateway]`): the type it stands for
            _, owner, name = ref.split(":", 2)
            memo = self.e.alias_memo
            if (owner, name) not in memo:
                memo[(owner, name)] = type_alias(self.prog, owner, name)
            target = memo[(owner, name)]
            return self._annotation_refs(target, owner, depth + 1) if target else frozenset()
        if ref.startswith("cls:") and not rest:
            return frozenset({f"inst:{ref[4:]}"})
        if ref.startswith("ext:"):
            name = self.cat.canonical(ref[4:] + ("." + rest if rest else ""))
            if name.rpartition(".")[0] in self.cat.plain_annotation_modules:
                return frozenset()  # `Dict[str, Carrier]`: a dict, not a library object
            return frozenset({f"ext:{name}"})
        return frozenset()

    def closure_snapshot(self) -> dict[str, Value]:
        env = dict(self.e.closure.get(self.q, {}))
        for k, v in self.assigned.items():
            env[k] = v
        return env

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
                self.augmented = s.aug
                self.assign(t, v, s.loc)
                self.augmented = False
        elif isinstance(s, ir.Eval):
            v = self.eval(s.value)
            if s.raised:
                self.raise_value(self.chained(v, s.cause))
        elif isinstance(s, ir.Return):
            if s.is_yield and self.thrown is not None:
                # what the with blocks raise, under each type they raise (a handler for another
                # type does not see it); the copy of this manager per set of types keeps them apart
                types = exception_types(self.thrown.refs)
                for r in types:
                    self.raise_value(Value(self.thrown.labels, None, frozenset({r})), r)
                if not types:
                    self.raise_value(self.thrown, "?")
            if s.value is None:
                return
            v = self.eval(s.value)
            if s.yields_from:
                v = self.iter_elem(v)
            if s.is_yield:
                v = Value(None, {ELEM: v})
            if v.labels or v.fields:  # a step is only recorded on data (and its text only built then)
                v = add_step(v, make_step(self.path, s.loc, "return", f"returned from {short_callee(original(self.q))}()"))
            self.ret = join(self.ret, v)
        elif isinstance(s, ir.If):
            self.eval(s.test)
            guarded = any(self.cat.consent_words.search(w) for w in s.test_words)
            before = dict(self.env)
            if guarded:
                self.consent += 1
            if s.narrow is not None:
                self.narrow(*s.narrow)
            failed = self.failed_branch(s.failed_status)
            if failed is True:
                self.failed_response(s.failed_status[0])  # type: ignore[index]
            tested, negated = self.truth_tested(s.test)
            if tested is not None and negated:
                self.falsy(tested)
            self.block(s.body)
            if guarded:
                self.consent -= 1
            after_body = self.env
            self.env = dict(before)
            if failed is False:
                self.failed_response(s.failed_status[0])  # type: ignore[index]
            if tested is not None and not negated:
                self.falsy(tested)
            self.block(s.orelse)
            self.env = join_env(after_body, self.env)
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
                self.env = join_env(before, after)
                if name:
                    self.env[name] = caught
                self.env[ir.RERAISE] = caught
                # (a traceback that shows its variables shows those of a line of the try block)
                outer_try, self.handled_try = self.handled_try, s.body
                self.block(body)
                self.handled_try = outer_try
                # after the handler, the exception being handled is the enclosing handler's again
                if ir.RERAISE in before:
                    self.env[ir.RERAISE] = before[ir.RERAISE]
                else:
                    self.env.pop(ir.RERAISE, None)
                envs.append(self.env)
            for key in sorted(uncaught):  # no handler for these: they leave the try
                self.raise_value(uncaught[key], key)
            env = envs[0]
            for other in envs[1:]:
                env = join_env(env, other)
            self.env = env
            self.block(s.final)
        elif isinstance(s, ir.With):
            swallowed: list[frozenset[str] | None] = []
            managers: list[tuple[str, ir.Call]] = []
            exits: list[tuple[str, Value]] = []
            for ctx, target in s.items:
                v = self.eval(ctx)
                exits += [(m, v) for m in self.manager_methods(v, "__exit__", "__aexit__")]
                if isinstance(ctx, ir.Call) and ctx.args and any(self.cat.suppresses(r) for r in v.refs):
                    swallowed.append(self.catch_types(tuple(a.value for a in ctx.args if a.name is None and not a.star)))
                found = self.generator_managers(ctx) if isinstance(ctx, ir.Call) else []
                managers += [(q, ctx) for q, plain in found if plain]
                # a generator manager's `as` target is what it yields (the generator's element)
                entered = self.iter_elem(v) if found else self.enter(v, ctx)
                if target is not None:
                    self.assign(target, entered, s.loc)
            if not swallowed and not managers and not exits:
                self.block(s.body)
            else:  # `with suppress(ValueError):` ends what the block raises of those types
                outer, self.raised = self.raised, {}
                self.block(s.body)
                inner, self.raised = self.raised, outer
                for key in sorted(inner):
                    if not any(self.catches(types, key) for types in swallowed):
                        self.raise_value(inner[key], key)
                thrown = join_all([inner[k] for k in sorted(inner)])
                if inner:
                    for q, ctx in managers:  # the manager's yield raises it: its handlers see it
                        args = [(a.name, self.eval(a.value), a.star) for a in ctx.args]
                        self.apply(q, None, args, ctx.loc, [a.value for a in ctx.args], thrown=thrown)
                for q, v in exits:
                    # leaving the block calls the manager's __exit__(exc_type, exc, tb), with what
                    # the block raised (a span logging its order when the work failed)
                    args = [(None, EMPTY, 0), (None, thrown, 0), (None, EMPTY, 0)]
                    self.apply(q, v, args, s.loc, [None, None, None])
        elif isinstance(s, ir.Def):
            self.define(s)
        elif isinstance(s, ir.Delete):
            for t in s.targets:
                if isinstance(t, ir.Name):
                    self.env[t.id] = EMPTY
                elif isinstance(t, ir.Sub):  # del d["email"]
                    key = Value(None, None, frozenset(), frozenset({t.key})) if t.key is not None else self.eval(t.index) if t.index is not None else EMPTY
                    self.remove_key(t.base, key)
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
                env = join_env(env, other)
            self.env = env

    @staticmethod
    def truth_tested(test: ir.Expr) -> tuple[ir.Expr | None, bool]:
        """The variable or entry an `if` tests for truth (`if email:`, `if row.get("Phone"):`,
        `if not phone:`) and whether the test is negated; (None, False) for any other test."""
        negated = isinstance(test, ir.Opaque) and len(test.parts) == 1
        e = test.parts[0] if negated else test  # type: ignore[union-attr]
        if isinstance(e, ir.Name):
            return e, negated
        if isinstance(e, ir.Sub) and isinstance(e.base, ir.Name):
            return e, negated
        if (
            isinstance(e, ir.Call) and isinstance(e.func, ir.Attr) and e.func.attr == "get" and isinstance(e.func.base, ir.Name)
            and len(e.args) == 1 and e.args[0].name is None and not e.args[0].star
        ):
            return e, negated
        return None, False

    def falsy(self, e: ir.Expr) -> None:
        """Where a tested variable or entry is false (`else:` of `if email:`): it holds no data (an
        empty text, None, 0, an empty container), whatever it held before; its type stays."""
        if isinstance(e, ir.Name):
            v = self.env.get(e.id)
            if v is not None:
                self.env[e.id] = Value(None, None, v.refs, frozenset())
            return
        if isinstance(e, ir.Sub):
            base, key, index = e.base, e.key, e.index
        else:
            base, key, index = e.func.base, None, e.args[0].value  # type: ignore[union-attr]
        if key is None:  # the key a variable holds (`row[col]`, `row.get(col)` in a loop over names)
            kc = known_consts(self.env.get(index.id, EMPTY)) if isinstance(index, ir.Name) else frozenset()
            if isinstance(index, ir.Const) and index.is_str and index.value is not None:
                kc = frozenset({index.value})
            key = next(iter(kc)) if len(kc) == 1 else None
        v = self.env.get(base.id) if isinstance(base, ir.Name) else None
        if v is None or key is None or key not in v.fields:
            return
        self.env[base.id] = set_path(v, (key,), Value(None, None, v.fields[key].refs, frozenset()))

    def loop(self, s: ir.Loop) -> None:
        it = self.eval(s.iter)
        # (a dict's items are left to the joined loop, where narrowing by key keeps a pair
        # together, unless the dict maps names to names: a mapping table runs per entry)
        paired = PAIRED in it.fields.get(ELEM, EMPTY).fields
        known = self.each_element(it) if s.target is not None and not s.breaks else None
        if known is not None and paired and (self.table_unrolls or self.loop_nest > 1 or not all(name_pair(p) for p in known[0])):
            known = None  # (one table of names at a time, outside deep loops: the body runs per entry)
        names = (
            known is not None and not paired and not self.table_unrolls and self.loop_nest == 0 and len(s.body) <= 2
            and not any(isinstance(b, ir.Loop) for b in s.body)
            and all(len(item.consts) == 1 and not item.labels and not item.fields for item in known[0])
        )
        # (a short body over a list of names, `for key in PERSONAL: row.pop(key, None)`, runs per
        # name like a table of names: each key removed or masked in turn)
        # (a list of steps, `for step in STEPS: step(ctx)`, runs one step after the other, each
        # seeing what the ones before it stored into their shared state)
        steps = known is not None and all(item.refs and not item.labels and all(r.startswith(("fn:", "cls:")) for r in item.refs) for item in known[0])
        # (a table of steps with their arguments, `for step, keys in STEPS: step(cfg, *(d[k] for k
        # in keys))`, runs per entry too: each function with its own names, not any entry's)
        steps = steps or (known is not None and all(dispatch_entry(item) for item in known[0]))
        limit = MAX_NAME_TABLE if paired or names or steps else MAX_UNROLL
        if known is not None and not known[1] and 0 < len(known[0]) <= limit and s.target is not None:
            # over a short tuple known item by item (`for key in ("Address", "City")`, a copy's
            # `*path`), or the items of a table of names (`{"buyer-name": "Customer_Name"}`: a
            # column renamed per entry keeps its own data): each item in turn, and the loop runs
            # for every one of them
            self.table_unrolls += paired or names
            for item in known[0]:
                self.assign(s.target, item, s.loc, kind="iterate")
                self.block(s.body)
            self.table_unrolls -= paired or names
            self.block(s.orelse)
            return
        elem = self.iter_elem(it) if s.target is not None else EMPTY
        before = dict(self.env)
        self.loop_nest += 1
        rounds = 2 if self.loop_nest <= MAX_LOOP_NEST else 1
        for _ in range(rounds):
            if s.target is not None:
                self.assign(s.target, elem, s.loc, kind="iterate")
            self.block(s.body)
        self.loop_nest -= 1
        self.env = join_env(before, self.env)
        self.block(s.orelse)

    def enter(self, v: Value, ctx: ir.Expr) -> Value:
        """`with x as y`: y is what x.__enter__ returns (x itself unless a user class says otherwise)."""
        out = v
        for m in self.manager_methods(v, "__enter__", "__aenter__"):
            out = join(out, self.apply(m, v, [], ctx.loc if hasattr(ctx, "loc") else ir.NOLOC, []))
        return out

    def manager_methods(self, v: Value, name: str, async_name: str) -> list[str]:
        """For each project class a `with` manager may be an instance of, its method `name` (or
        `async_name`, for `async with`): __enter__ or __exit__."""
        out = []
        for ref in sorted(v.refs):
            if ref.startswith("inst:"):
                m = self.prog.method(ref[5:], name) or self.prog.method(ref[5:], async_name)
                if m:
                    out.append(m)
        return out

    def captures(self, q: str) -> dict[str, Value]:
        """What a function value defined here for function q keeps of the variables around it:
        only those q may read (a capture of the whole scope made the value large enough to be
        cut, and a list of rows it takes became whole rows), up to MAX_CAPTURES."""
        free = self.e.free_names(q)
        caps = {f"@cap:{k}": val for k, val in sorted(self.env.items()) if k in free and not val.is_empty()}
        return dict(list(caps.items())[:MAX_CAPTURES])

    def define(self, s: ir.Def) -> None:
        ref = f"cls:{s.qualname}" if s.is_class else f"fn:{s.qualname}"
        v = Value(None, None, frozenset({ref}))
        if not s.is_class and not self.is_module and not self.is_class_body:
            caps = self.captures(s.qualname)
            if caps:
                v = Value(None, caps, frozenset({ref}))
        if s.is_class:
            self.init_subclass(s)
        for d in reversed(s.decorators):
            v = self.decorate(v, d, s.loc)
        self.env[s.name] = v
        self.assigned[s.name] = v
        if self.is_module:
            self.heap_writes.append((f"g:{self.module}:{s.name}", v))
        elif self.is_class_body and self.fn.parent is None:
            cls = self.q[: -len(".<body>")]
            self.heap_writes.append((f"c:{cls}:{s.name}", v))

    def init_subclass(self, s: ir.Def) -> None:
        """Defining a class calls its bases' `__init_subclass__` (an implicit classmethod) with
        the class and the class statement's keywords: a registry filled there
        (`Repository.registry[key] = cls`) holds the class as a decorator's would."""
        for base in self.prog.mro(s.qualname)[1:]:
            m = self.prog.method(base, "__init_subclass__")
            if m is None:
                continue
            args = [(a.name, self.eval(a.value), a.star) for a in s.class_kwargs]
            cls = Value(None, None, frozenset({f"cls:{s.qualname}"}))
            self.apply(m, cls, args, s.loc, [None, *(a.value for a in s.class_kwargs)])
            return

    def decorate(self, v: Value, d: ir.Expr, loc: ir.Loc) -> Value:
        dv = self.eval(d)
        user = [r for r in dv.refs if r.startswith(("fn:", "bm:"))]
        if not user:
            return v  # library decorators register or wrap without changing the data flow
        r = self.call_value(dv, None, [(None, v, 0)], loc, "", [None])
        return r if r.refs else v

    def assign(self, t: ir.Target, val: Value, loc: ir.Loc, kind: str = "assign") -> None:
        if isinstance(t, ir.Name):
            if self.pairs:  # a value or a key rebound: the link between them is gone
                self.pairs = {vn: p for vn, p in self.pairs.items() if vn != t.id and p[0] != t.id}
            v = val
            if val.labels or val.fields:
                msg = f"assigned to '{t.id}'" if kind == "assign" else f"iterated into '{t.id}'"
                if t.id == ir.MATCH_SUBJECT:
                    msg = "matched against the cases"
                v = add_step(val, make_step(self.path, loc, kind, msg))
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
                    if iv.labels and self.fn.parent is not None:
                        # `REGISTRY[name] = fn` in the decorator a factory returns: the factory is
                        # copied per name its callers pass (CallsMixin.note_param_use)
                        own = f"param:{self.q}:"
                        captured = {lab: tr for lab, tr in iv.labels.items() if lab.is_param and not lab.origin.startswith(own)}
                        if captured:
                            self.note_param_use(Value(captured), self.e.keyed_params)
                k = cur.key if cur.key is not None and cur.key != ":" else ELEM
                if cur.key is None and cur.index is not None and len(iv.consts) == 1 and not (iv.labels or iv.fields or iv.refs):
                    k = next(iter(known_consts(iv)), ELEM)  # `row[col] = ...` with col one known name
                if k == ELEM or HOLE in k:  # a key built at run time may be another key: kept
                    strong = False
                path.append(k)
                cur = cur.base
            elif isinstance(cur, ir.Name):
                return cur.id, tuple(reversed(path)), strong
            else:
                return None, tuple(reversed(path)), strong

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

    def eval(self, e: ir.Expr) -> Value:
        if isinstance(e, ir.Name):
            return self.lookup(e.id, e.loc)
        if isinstance(e, ir.Const):
            return self.const(e)
        if isinstance(e, ir.Attr):
            if e.attr == "__dict__":
                return self.instance_dict(self.eval(e.base), e.loc)
            base = self.eval(e.base)
            if self.self_label is not None and e.attr in self.e.class_attr_names and self.self_label in base.labels:
                self.note_self_attr(e.attr)
            return self.get_attr(base, e.attr, e.loc, bind=True)
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
                caps = self.captures(e.qualname)
                return Value(None, caps, ref) if caps else Value(None, None, ref)
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
            labels[lab] = (make_step(self.path, e.loc, "source", f"text with {data}"),)
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
        if self.fn.parent is not None:
            v = self.closure_value(self.q, name)
            if v is not None:
                return v
        return self.global_value(self.module, name, loc)

    def closure_value(self, q: str, name: str) -> Value | None:
        """The variable `name` of the function around the nested function q, as q was defined
        there (None when it has none); this function re-runs when it changes."""
        self.e.depend("closure:" + q, self.q)
        closure = self.e.closure.get(q)
        return closure[name] if closure and name in closure else None

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
        return Value({lab: (make_step(self.path, loc, "source", f"{src.data} from {src.origin}"),)})  # type: ignore[attr-defined]

    def failed_branch(self, test: tuple[str, str, str, bool] | None) -> bool | None:
        """Which branch of an `if` on a response's status runs on a failed request (True: the
        body, False: the else branch), when the attribute is a response's status in the catalog."""
        if test is None:
            return None
        _name, attr, form, on_failure = test
        attrs = self.cat.response_status_attrs if form == "status" else self.cat.response_ok_attrs
        return on_failure if attr in attrs else None

    def failed_response(self, name: str) -> None:
        """In the branch of `if r.status_code != 200:` that runs on a failed request, r is a
        library response whose body is the API's error (`print(r.text)`), not the data it returns
        on success: it keeps what it is and loses what it holds."""
        cur = self.env.get(name)
        if cur is not None and cur.refs and all(r.startswith("ext:") for r in cur.refs):
            self.env[name] = Value(None, None, cur.refs)

    def narrow(self, name: str, other: ir.Expr, member: bool, negated: bool = False) -> None:
        """Inside `if key in ("City", "PostalCode"):` (or `== "City"`), key is one of those
        constants, when all of them are known: a row read with it is only those columns. Negated
        (`not in`, `!=`), key is one of the constants it may be other than those. A value paired
        with key by `for key, value in d.items()` is then only the parts of d at those keys."""
        cur = self.env.get(name)
        if cur is None:
            return
        consts = self.compared_consts(other, member)
        if not consts:
            return
        known = known_consts(cur)
        if negated:
            if not known:
                return
            consts = known - consts
        elif known and self.exact_text(name, cur) and not consts & known:
            # `if name in ("_data", ...): raise` in __getattr__'s copy for "OrderStatus": the
            # branch cannot run, and the name stays what it is
            return
        self.env[name] = Value(cur.labels, cur.fields, cur.refs, consts)
        for vname, (kname, d) in list(self.pairs.items()):
            if kname == name and vname in self.env and all(c in d.fields for c in consts):
                self.env[vname] = join_all([d.fields[c] for c in sorted(consts)])

    def exact_text(self, name: str, v: Value) -> bool:
        """Whether the constants v may be are all it may be: a constant of the code, or a
        parameter of a copy every caller of which passes plain constants (Engine.specialise_call)."""
        if not v.labels and not v.refs:
            return True
        exact = self.e.copy_exact_text.get(self.q, frozenset())
        return any(self.fn.params[i].name == name for i in exact if i < len(self.fn.params))

    def match_arg(self, v: Value, i: int, loc: ir.Loc) -> Value:
        """`case Order(oid, status)`: the i-th field of a project dataclass (its __match_args__);
        for a built-in type (`case str(s)`) or a class whose fields are not known, the value itself."""
        out = EMPTY
        whole = False
        for r in sorted(v.refs):
            if not r.startswith("inst:"):
                whole = True
                continue
            names = self.prog.field_names(r[5:])
            if i < len(names):
                out = join(out, self.get_attr(v, names[i], loc))
            else:
                whole = True
        return join(out, v) if whole or not v.refs else out

    def combine(self, e: ir.Combine) -> Value:
        vals = [self.eval(p) for p in e.parts]
        if not e.template:
            return join_all(vals)
        if len(vals) == 2 and self.sequence_concat(e, vals):
            # `strategies + [ShippoStrategy()]`: a list of both lists' elements (objects and all),
            # not text built from them
            return Value(None, {ELEM: join(self.iter_elem(vals[0]), self.iter_elem(vals[1]))}, frozenset({"ext:builtins.list"}))
        labels: Labels = {}
        for v in vals:
            labels = merge_labels(labels, self.as_text(v, e.loc))
        labels = flat_params(labels)
        consts: frozenset[str] = frozenset({""})
        for v in vals:
            opts = v.consts or frozenset({HOLE})
            # (two parts known only at run time side by side are one such part: `n + 1` in a
            # loop is not text growing by one part per round)
            consts = frozenset((a[:-1] if a.endswith(HOLE) and b.startswith(HOLE) else a) + b for a in consts for b in opts)
            if len(consts) > 8 or any(TOP_CONSTS & opts for _ in (0,)):
                consts = TOP_CONSTS
                break
        return Value(self.links_of_whole(labels, consts, e.loc), None, frozenset(), consts)

    def links_of_whole(self, labels: Labels, consts: frozenset[str], loc: ir.Loc) -> Labels:
        """Text built from pieces, known as a whole (its parts known only at run time as holes):
        the whole decides whether a link whose host a piece left open leaves Amazon
        (f"https://tools.{USPS_HOST}/..." with the host a constant is a carrier's), not the
        piece before the hole."""
        if TOP in consts or not any(self.e.partial_link(lab) for lab in labels):
            return labels
        labels = {lab: t for lab, t in labels.items() if not self.e.partial_link(lab)}
        for c in sorted(consts):
            whole = self.const(ir.Const(c, loc, True)).labels
            labels = merge_labels(labels, {lab: t for lab, t in whole.items() if self.e.text_group(lab) == "link"})
        return labels

    def sequence_concat(self, e: ir.Combine, vals: list[Value]) -> bool:
        """Whether `a + b` joins two lists or tuples: no operand is known text, and both are
        sequences, or one is and the other is a value not known (a parameter). A tuple literal
        beside a value not known may be the arguments of a `%` format, which is text."""
        if any(v.consts for v in vals):
            return False
        seq = [ELEM in v.fields or any(r.startswith(("ext:builtins.list", "ext:builtins.tuple")) for r in v.refs) for v in vals]
        if all(seq):
            return True
        if not any(seq):
            return False
        other = vals[seq.index(False)]
        lit = e.parts[seq.index(True)]
        if isinstance(lit, ir.SeqLit) and lit.kind == "tuple":
            return False
        return not other.fields and not other.refs

    def handled(self) -> Value | None:
        """The exception being handled here: the enclosing handler's, else (in a function) the one
        its caller is handling when it calls it, a parameter after its own and the `with` block's
        (HANDLED_PARAM): `def fail(msg): log.exception(msg)` called from an except block logs
        the caller's exception. None in module and class bodies outside a handler."""
        exc = self.env.get(ir.RERAISE)
        if exc is not None and not exc.is_empty():
            return exc
        if self.is_module or self.is_class_body:
            return None
        i = len(self.fn.params) + HANDLED_PARAM
        self.uses_handled = True
        return Value({Label("param", "the exception being handled", f"param:{self.q}:{i}"): ()})

    def chained(self, v: Value, cause: ir.Expr | None) -> Value:
        """A raised exception with the one it chains to (CAUSE): `from e`'s, else the exception
        being handled where it is raised (Python's implicit context); none for `from None`. A
        traceback prints the chain (with_causes); the exception as text is its message only."""
        if isinstance(cause, ir.Const) and cause.value == "None" and not cause.is_str:
            return v
        c = self.eval(cause) if cause is not None else self.env.get(ir.RERAISE)
        if c is None or c is v or c.is_empty() or not (flatten(c) or CAUSE in c.fields):
            return v
        return Value(v.labels, {**v.fields, CAUSE: c}, v.refs, v.consts)

    def with_causes(self, exc: Value, depth: int = 0) -> Value:
        """An exception as a traceback prints it: its own data and the chain of exceptions it was
        raised from, each as text."""
        cause = exc.fields.get(CAUSE)
        if cause is None or depth >= 3:
            return exc
        chained = self.with_causes(cause, depth + 1)
        return Value(merge_labels(exc.labels, self.as_text(chained, ir.NOLOC)), exc.fields, exc.refs, exc.consts)

    def raise_value(self, v: Value, key: str | None = None) -> None:
        """Record an exception leaving this point, under its type (a project class or library type;
        "?" when not known), so that only the handlers for that type see it."""
        if not flatten(v) and CAUSE not in v.fields and not any(r.startswith("inst:") for r in v.refs):
            return  # a library exception with a constant message carries nothing to leak
        if key is None:
            types = exception_types(v.refs)
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
            return any((t.startswith("cls:") and t[4:] in mro) or any(t == b or builtin_catches(t, b) for b in bases) for t in types)
        return any(t == key or builtin_catches(t, key) for t in types)


def type_alias(prog: Program, module: str, name: str) -> str | None:
    """The dotted type a module-level alias assigns once (`AmazonDep = Annotated[AmazonOrders,
    Depends(get_amazon)]`, `Client = Optional[Gateway]`, `Api = Orders`), or None."""
    body = prog.functions.get(f"{module}.<module>")
    found: list[ir.Expr] = []
    for st in body.body if body is not None else ():
        if isinstance(st, ir.Assign) and not st.aug and any(isinstance(t, ir.Name) and t.id == name for t in st.targets):
            found.append(st.value)
    if len(found) != 1:
        return None
    v = found[0]
    for _ in range(4):
        if isinstance(v, ir.Sub) and dotted_name(v.base) in ir.WRAPPING_ANNOTATIONS and v.index is not None:
            v = v.index.elts[0] if isinstance(v.index, ir.SeqLit) and v.index.elts else v.index
        elif isinstance(v, ir.Combine) and not v.template:
            # `Gateway | None`: the one type named beside None
            named = [p for p in v.parts if dotted_name(p) not in (None, "None")]
            if len(named) != 1:
                return None
            v = named[0]
        else:
            break
    return dotted_name(v)
