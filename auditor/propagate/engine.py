"""The whole-program state and the worklist: summaries, the heap, copies of functions
analysed per caller context, and the order functions are analysed in."""

from __future__ import annotations

import heapq
import os
import re
from collections.abc import Iterable

from auditor import ir
from auditor.catalog import Catalog, TextPattern
from auditor.link import Program, dotted_name
from auditor.propagate.analyzer import FunctionAnalyzer
from auditor.propagate.base import (
    CALLABLE_REFS,
    MAX_ANALYSES,
    MAX_HEAP_SHRINKS,
    MAX_KEY_CONSTS,
    MAX_RECEIVER_GROUPS,
    MAX_SPECIALISATIONS,
    ROUND,
    WORK_PER_FUNCTION,
    Hit,
    SourceInfo,
    Summary,
    canonical_env,
    catalog_callable,
    constant_map,
    constant_tuple,
    element_keys,
    env_signature,
    listed_names,
    named_keys,
    outside_text,
    positional_consts,
    strip_params,
    url_host,
)
from auditor.values import (
    ELEM,
    EMPTY,
    Label,
    Value,
    includes,
    join,
    known_consts,
    signature,
)

# set (to anything) by the test suite: an internal error in one function's analysis is raised
# instead of being listed as that function's incomplete analysis while the scan goes on
RAISE_ENV = "AUDITOR_RAISE_INTERNAL_ERRORS"


class Engine:
    """Whole-program state and the worklist."""

    def __init__(self, program: Program, catalog: Catalog) -> None:
        self.program = program
        self.cat = catalog
        self.summaries: dict[str, Summary] = {}
        self.heap: dict[str, Value] = {}
        # each heap entry is what its writers wrote at their last analysis (heap_write)
        self.heap_parts: dict[str, dict[str, Value]] = {}  # key -> writer -> what it writes there
        self.written_by: dict[str, frozenset[str]] = {}  # function -> the heap keys it writes
        self.heap_shrinks: dict[tuple[str, str], int] = {}  # (key, writer) -> times its part shrank
        # facts of a function's code, remembered per function
        self._free_names: dict[str, frozenset[str]] = {}  # free_names
        self._fresh_locals: dict[str, frozenset[str]] = {}  # fresh_locals
        self.redacting_filters: dict[str, bool] = {}  # class -> whether its filter() rewrites a log record's text
        self.param_refs: dict[tuple[str, int], frozenset[str]] = {}
        self.closure: dict[str, dict[str, Value]] = {}
        self.deps: dict[str, set[str]] = {}
        self.hits: dict[str, list[Hit]] = {}
        self.sources: dict[str, SourceInfo] = {}
        # files read from a path not known statically (Source.unknown_path), by label origin: a
        # source only once some code reads one of their rows by a report column name. Until then
        # their labels flow like any source's, and findings that only they reach are not reported
        self.unknown_files: dict[str, SourceInfo] = {}
        # such a file -> the first place (path, line, column, column name) its rows were read so
        self.confirmed_files: dict[str, tuple[str, int, int, str]] = {}
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
        self._main_modules: dict[str, bool] = {}  # runs_as_main
        self.special_names: dict[str, str] = {}
        self.special_caps: dict[str, dict[str, Value]] = {}
        self.special_count: dict[str, int] = {}
        # parameters a function calls (directly or through a library that runs them), by the
        # function's own qualname and parameter index: see specialise_call
        self.called_params: dict[str, set[int]] = {}
        # parameters a function looks a table up by (`TEMPLATES[kind]`, `HANDLERS[event](...)`)
        self.keyed_params: dict[str, set[int]] = {}
        # dict parameters whose entries a function keeps or drops by key (`{k: v for k, v in
        # row.items() if k not in PERSONAL}`): a copy per set of keys its callers' dicts name
        self.filtered_params: dict[str, set[int]] = {}
        # list parameters whose elements a function hands to such a function (`for row in rows:
        # strip_personal(row)`): a copy per set of keys the elements name
        self.filtered_elems: dict[str, set[int]] = {}
        # such a copy -> per parameter, what the copy knows ("keys" of a dict, "elements" keys of a
        # list's elements, "consts" of a tuple in order) and those names
        self.copy_keys: dict[str, dict[int, tuple[str, tuple[str, ...]]]] = {}
        # parameters whose elements a function looks keys up by (`for key in path: node =
        # node.get(key)` with `*path`): a copy per tuple of constants its callers pass
        self.keyed_elems: dict[str, set[int]] = {}
        # dict parameters whose values a function looks keys up by (`for column, path in
        # field_map.items(): pluck(record, path)`): a copy per map of constants its callers pass
        self.valued_params: dict[str, set[int]] = {}
        # `*args` parameters whose positions a function hands to a parameter used so (a
        # decorator's `wrapper(*args, **kwargs)` around `_create(self, report_type)`): a copy per
        # the constants callers pass at each position (base.positional_consts)
        self.keyed_positions: dict[str, set[int]] = {}
        # list parameters a function uses as column or field names (`csv.DictWriter(buf,
        # fieldnames=columns)`, `df[columns]`): a copy per list of constant names its callers pass
        self.listed_params: dict[str, set[int]] = {}
        # a copy per constant for callers whose argument may also be text from outside the code:
        # those parameters, which hold any text (TOP) as well in the copy (base.outside_text)
        self.copy_any_text: dict[str, frozenset[int]] = {}
        # a copy's parameters that are exactly the constants its callers pass (a copy per key for
        # callers passing plain constants): a test against other constants cannot hold there
        self.copy_exact_text: dict[str, frozenset[int]] = {}
        # parameters a function requests reports of (`create_report(reportType=rt)`), itself or
        # through its callees: only there does a caller's `os.getenv(...) or DEFAULT` make a copy of
        # its own where the type may be any
        self.report_params: dict[str, set[int]] = {}
        self.property_memo: dict[tuple[str, str], bool] = {}  # FunctionAnalyzer.is_property
        self.environment_memo: dict[tuple[str, str], bool] = {}  # FunctionAnalyzer.environment_field
        self.alias_memo: dict[tuple[str, str], str | None] = {}  # analyzer.type_alias
        # functions (or copies) that fetch a report document whose type they do not know (its id
        # is their parameter, or, in a module naming no report type, they request none), and
        # helpers between that hand such an id on: a copy per set of types their callers
        # request, so a generic `download(document_id)` helper's inventory report is not its
        # orders report (FunctionAnalyzer.report_types_allow, known_report_types)
        self.type_sensitive: set[str] = set()
        self.copy_types: dict[str, frozenset[str]] = {}  # such a copy -> the types its callers request
        # methods a method calls on its own receiver (`self.transform()`), learnt while analysing it
        self.self_calls: dict[str, set[str]] = {}
        # class-level constants a method reads on its receiver (`self.BASE_URI`) that some class
        # body sets: receivers split by the class that sets them too (receiver_groups)
        self.self_attrs: dict[str, set[str]] = {}
        self.class_attr_names: frozenset[str] = frozenset(a for c in program.classes.values() for a in c.attrs)
        self.receiver_copies: set[str] = set()
        # functions whose summary was made with parameter values since forgotten (forget_callers)
        self.forgotten: set[str] = set()
        self.receiver_memo: dict[tuple[str, frozenset[str], int], list[tuple[str | None, frozenset[str]]] | None] = {}
        self.exception_classes: dict[str, bool] = {}  # FunctionAnalyzer.is_exception, per class
        # project classes some function no code calls by name takes as an annotated parameter:
        # the instances the program builds of them are kept in the heap ("i:<class>") for it
        self.wanted_instances: set[str] = set()
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
            try:
                self.analyze(q)
            except Exception as exc:  # noqa: BLE001 - one function's bug must not end the scan
                if os.environ.get(RAISE_ENV):
                    raise
                # what q wrote before failing stays; it is listed as incomplete, never silent
                detail = " ".join(str(exc).split())[:200]
                self.incomplete[q] = f"internal error while analysing it ({type(exc).__name__}: {detail}); please report it"
                self.analyses[q] = MAX_ANALYSES
        self.finish_unknown_files()

    def confirm_unknown_file(self, origin: str, path: str, loc: ir.Loc, column: str) -> None:
        """A file from a path not known statically had a row read by a report column name: it is
        an order report, and its data counts wherever it went (sources, at the end of run)."""
        evidence = (path, loc[0], loc[1], column)
        old = self.confirmed_files.get(origin)
        if old is None or evidence < old:
            self.confirmed_files[origin] = evidence

    def finish_unknown_files(self) -> None:
        """The files confirmed as reports become sources, their description naming the read that
        shows it; the others stay out of `sources`, so judge drops what only they reached."""
        for origin in sorted(self.confirmed_files):
            info = self.unknown_files[origin]
            path, line, _col, column = self.confirmed_files[origin]
            why = f"{info.origin} (read as one: its rows are read by report column '{column}' at {path}:{line})"
            self.sources[origin] = SourceInfo(info.catalog_id, info.data, why, info.path, info.loc)

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
        if q in self.forgotten:
            # made from what callers passed before q learnt how it uses a parameter: dropped, so
            # q's next analysis starts again from nothing (CallsMixin.forget_callers)
            self.forgotten.discard(q)
            self.summaries.pop(q, None)
            self.enqueue(self.deps.get("fn:" + q, ()))
        else:
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
        # what q writes now replaces what its earlier analyses wrote (made from what it knew
        # then: an attribute not yet written, a callee not yet analysed), so a transient value
        # does not stay in the heap for good
        old_keys = self.written_by.get(q, frozenset())
        for key in sorted(old_keys | grouped.keys()):
            # stripped once per key, not once per shared value: joining two equal copies can
            # differ from joining a value with itself (references past MAX_REFS are cut, parts
            # past MAX_DEPTH flattened), so heap entries must not share objects (strip_params
            # builds new ones); see test_joining_a_value_with_an_equal_copy_gives_the_value
            self.heap_write(key, strip_params(grouped[key]) if key in grouped else EMPTY, q)
        self.written_by[q] = frozenset(grouped)
        for nested in fn.nested if fn.name not in ("<module>", "<body>") else ():
            env = fa.closure_snapshot()
            old_env = self.closure.get(nested)
            if old_env is None or env_signature(old_env) != env_signature(env):
                self.closure[nested] = env
                self.enqueue([nested])
                # and who read a default of it naming one of these variables (default_value)
                self.enqueue(sorted(self.deps.get("closure:" + nested, ())))
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

    def free_names(self, q: str) -> frozenset[str]:
        """The names function q (and the functions inside it) may take from the scopes around
        it: what a function value defined there captures (FunctionAnalyzer.define)."""
        names = self._free_names.get(q)
        if names is None:
            fn = self.program.functions.get(q)
            found = set(ir.names_in(fn.body)) if fn is not None else set()
            for nested in fn.nested if fn is not None else ():
                found |= self.free_names(nested)
            names = self._free_names[q] = frozenset(found)
        return names

    def fresh_locals(self, fn: ir.Function) -> frozenset[str]:
        """ir.fresh_locals of fn's body, minus its parameters (remembered per function); what
        copies is the catalog's (world.toml copy_calls, copy_methods), by the names fn's module
        gives the callee."""
        names = self._fresh_locals.get(fn.qualname)
        if names is None:
            module = self.program.function_module.get(fn.qualname, "")

            def makes_copy(f: ir.Expr) -> bool:
                if isinstance(f, ir.Attr) and f.attr in self.cat.copy_methods:
                    return True  # x.copy() of a dict, a list, a set or a table
                name = dotted_name(f)
                if name is None:
                    return False
                head, _, rest = name.partition(".")
                ref = self.program.lookup_global(module, head)
                if ref is None:
                    full = f"builtins.{name}"  # dict(row), list(rows): not a name of the module's
                elif ref.startswith("ext:"):
                    full = f"{ref[4:]}.{rest}" if rest else ref[4:]
                else:
                    return False
                return self.cat.canonical(full) in self.cat.copy_calls

            names = self._fresh_locals[fn.qualname] = ir.fresh_locals(fn.body, makes_copy) - {p.name for p in fn.params}
        return names

    def specialise(self, q: str, captures: dict[str, Value]) -> str:
        """A copy of nested function q analysed with its captured variables fixed (a decorator's
        wrapper around one function, a closure returned for one value): context for closures."""
        return self._copy(q, q + "@" + canonical_env(captures), captures)

    def receiver_groups(self, q: str, recv: Value) -> list[tuple[str | None, Value]] | None:
        """The receiver of a call to method q split by what q's calls resolve to on each class
        (a template method's `self.transform()`), so each group runs its own copy of q and one
        subclass's result never reaches another's method. The group that resolves as q's own
        class does (and references other than instances) runs q itself; None if nothing splits."""
        fn = self.program.functions[q]
        called = self.self_calls.get(fn.qualname, set())
        attrs = self.self_attrs.get(fn.qualname, set())
        if not called and not attrs:
            return None
        memo_key = (q, recv.refs, len(called) + 1000 * len(attrs))
        cached = self.receiver_memo.get(memo_key, False)
        if cached is not False:
            groups = cached
        else:
            names = sorted(called)
            attr_names = sorted(attrs)
            prog = self.program

            def owner(cls: str, attr: str) -> str:
                # the class whose body sets the attribute (a subclass's own `BASE_URI = ...`)
                return next((c for c in prog.mro(cls) if attr in prog.classes[c].attrs), "")

            def resolution(cls: str) -> str:
                found = ",".join(prog.method(cls, n) or "" for n in names)
                return found + "|" + ",".join(owner(cls, a) for a in attr_names) if attr_names else found

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
        filtered = self.filtered_params.get(base)
        elems = self.filtered_elems.get(base)
        key_elems = self.keyed_elems.get(base)
        key_pos = self.keyed_positions.get(base)
        valued = self.valued_params.get(base)
        listed = self.listed_params.get(base)
        if (
            not called and not keyed and not filtered and not elems and not key_elems and not key_pos and not valued and not listed
            and receiver is None and thrown is None
        ):
            return q
        dict_keys: dict[int, tuple[str, tuple[str, ...]]] = {}
        any_text: list[int] = []
        exact_text: list[int] = []
        picks = [] if receiver is None else [f"self={receiver}"]
        if thrown is not None:
            picks.append(f"thrown={thrown}")
        for i, v in enumerate(actuals):
            if called and i in called:
                # a library function the catalog knows (a source handed to a rate limiter) gets
                # its own copy too: one caller's orders must not come back from another's call.
                # A tuple of functions (`pipe(value, *STEPS)`) is the functions it holds: a copy
                # per pipeline, so one pipeline's values never go through another's steps
                cand = v.refs
                if v.fields and all(k.isdigit() or k == ELEM for k in v.fields):
                    cand = cand | frozenset(r for f in v.fields.values() for r in f.refs)
                fns = sorted(r for r in cand if r.startswith(CALLABLE_REFS) or catalog_callable(self.cat, r))
                if fns:
                    picks.append(f"{i}={'|'.join(fns)}")
            if keyed and i in keyed:
                kc = known_consts(v)
                if 0 < len(kc) <= MAX_KEY_CONSTS:
                    # `os.getenv("KIND") or "csv"`: a copy of its own, where the text may be any (TOP)
                    outside = i in self.report_params.get(base, ()) and (outside_text(self.cat, v) or self.entry_param(v))
                    # (plain constants, or the constants with something else beside them: `|~`;
                    # a test against other constants can only be ruled out in the first kind)
                    plain = not outside and not v.labels and not v.refs
                    picks.append(f"{i}=str:{'|'.join(sorted(kc))}" + ("|?" if outside else "" if plain else "|~"))
                    if outside:
                        any_text.append(i)
                    elif plain:
                        exact_text.append(i)
            # what a copy per shape knows of the argument (analyzer.run builds the parameter from it)
            for uses, kind, shape in (
                (filtered, "keys", named_keys), (elems, "elements", element_keys), (key_elems, "consts", constant_tuple),
                (key_pos, "positions", positional_consts), (valued, "values", constant_map), (listed, "names", listed_names),
            ):
                if uses and i in uses:
                    names = shape(v)
                    if names:
                        dict_keys[i] = (kind, names)
                        picks.append(f"{i}={kind}:{'|'.join(names)}")
        if not picks:
            return q
        name = self._copy(q, f"{q}@({','.join(picks)})", self.special_caps.get(q, {}))
        if dict_keys and name != q:
            self.copy_keys[name] = dict_keys
        if any_text and name != q:
            self.copy_any_text[name] = frozenset(any_text)
        if exact_text and name != q:
            self.copy_exact_text[name] = frozenset(exact_text)
        if receiver is not None and name != q:
            self.receiver_copies.add(name)
        return name

    def entry_param(self, v: Value) -> bool:
        """Whether v holds a parameter of a module-level function or method no code calls by name
        (a Lambda handler's `event`, a CLI command's option): what the framework running it
        passes, text from outside the code."""
        for lab in v.labels:
            if lab.is_param:
                owner = self.program.functions.get(lab.param_owner()[0])
                # (a nested function, a decorator's wrapper, is called through the value it is)
                if owner is not None and owner.parent is None and owner.name not in self.called_names and owner.name not in ("<module>", "<body>"):
                    return True
        return False

    def specialise_types(self, q: str, types: frozenset[str]) -> str:
        """A copy of q (itself perhaps a copy) for callers requesting these report types, when q
        fetches report documents whose types it does not know (type_sensitive)."""
        name = self._copy(q, f"{q}@(reports={'|'.join(sorted(types))})", self.special_caps.get(q, {}))
        if name != q:
            self.copy_types[name] = types
            if q in self.copy_keys:
                self.copy_keys[name] = self.copy_keys[q]
            if q in self.receiver_copies:
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

    def want_instances(self, cls: str) -> None:
        """From now on, what code builds of cls goes into the heap (CallsMixin.note_instance):
        the functions that build one run again to write it."""
        if cls not in self.wanted_instances:
            self.wanted_instances.add(cls)
            self.enqueue(self.deps.get("wanted:" + cls, ()))

    def heap_write(self, key: str, val: Value, writer: str) -> None:
        """Set what `writer` (a function) writes into a heap entry (parameter labels stripped):
        the entry is what all its writers write; readers re-run when it changed."""
        parts = self.heap_parts.setdefault(key, {})
        before = parts.get(writer, EMPTY)
        if not includes(val, before):  # the writer's part shrank
            shrunk = self.heap_shrinks.get((key, writer), 0)
            if shrunk >= MAX_HEAP_SHRINKS:
                # a writer whose part shrank that often only adds to it from now on: parts that
                # keep shrinking and growing again are a cycle of updates that never settles
                val = join(before, val)
            else:
                self.heap_shrinks[(key, writer)] = shrunk + 1
        grew = includes(val, before)
        if val.is_empty():
            if before.is_empty():
                return
            del parts[writer]
        else:
            parts[writer] = val
        old = self.heap.get(key, EMPTY)
        if grew:  # grown (or the same): joined in as before
            if includes(old, val):
                return
            new = join(old, val)
        else:  # the writer no longer writes some of it: the entry again from every writer
            new = EMPTY
            for w in sorted(parts):
                new = join(new, parts[w])
        self.heap[key] = new
        if signature(new) != signature(old):  # bounds can fold what is new into what was there
            self.enqueue(self.deps.get("heap:" + key, ()))

    def text_pattern(self, lab: Label) -> TextPattern | None:
        """The buyer-message pattern a text label was found by (Engine.text_labels' keys)."""
        if lab.kind != "text" or not lab.origin.startswith("text:"):
            return None
        pid = lab.origin[5:].split("@", 1)[0]
        return next((p for p in self.cat.text_patterns if p.id == pid), None)

    def text_group(self, lab: Label) -> str | None:
        pat = self.text_pattern(lab)
        return pat.group if pat is not None else None

    def partial_link(self, lab: Label) -> bool:
        """Whether a label is text a partial-host pattern found (a link completed at run time)."""
        pat = self.text_pattern(lab)
        return pat is not None and pat.partial_host

    def runs_as_main(self, module: str) -> bool:
        """Whether a module's top level tests `__name__ == "__main__"` (it is also run as a
        script, where its `__name__` is "__main__"); remembered per module."""
        known = self._main_modules.get(module)
        if known is None:
            body = self.program.functions.get(f"{module}.<module>")
            known = body is not None and any(
                isinstance(s, ir.If) and "__name__" in s.test_words and "__main__" in s.test_words for s in body.body
            )
            self._main_modules[module] = known
        return known

    def text_labels(self, text: str) -> list[tuple[str, str]]:
        """(pattern id, description) for buyer-message patterns found in a constant string."""
        text = text[:4000]  # buyer messages are short; a 10 MB literal is not one
        cached = self._text_cache.get(text)
        if cached is not None:
            return cached
        found: list[tuple[str, str]] = []
        starts: set[tuple[str, int]] = set()  # (group, offset) where a pattern of that group matched
        for pat in self.cat.text_patterns:
            for m in pat.regex.finditer(text):
                s = m.group(0)
                if pat.group == "link":
                    if (pat.group, m.start()) in starts:
                        continue  # a link an earlier pattern found there
                    starts.add((pat.group, m.start()))
                    if self._exempt_link(s, partial=pat.partial_host, at_end=m.end() == len(text)):
                        continue
                if pat.group == "contact" and pat.id == "phone-number" and re.fullmatch(r"\d{3}-\d{7}-\d{7}", s):
                    continue
                found.append((pat.id, f"{pat.data} ({s[:60]!r})"))
                break
        self._text_cache[text] = found
        return found

    def _exempt_link(self, s: str, partial: bool = False, at_end: bool = False) -> bool:
        """Whether a link found in text is to Amazon or a carrier (buyer_text exempt_hosts). A
        host whose last labels a template fills in (`https://www.amazon.{}/`, or what the
        link-built pattern finds: `https://track.` before an f-string's hole) is exempt when its
        known labels may begin an exempt host; a sentence's full stop after a host is not part
        of it, and at the end of the text the stop may be where an f-string's hole begins
        (`https://sellercentral.amazon.` before `{tld}`): either reading exempts it."""
        host = url_host(s if "//" in s else "//" + s)
        if not host:
            return True
        host = host.lower()
        cut = re.search(r"[{%$*\x00]", host)
        if cut is not None:
            host, partial = host[: cut.start()], True
        if host.startswith("www."):
            host = host[4:]
        known = [p for p in host.split(".") if p]
        begins = not known or any(h.startswith(".".join(known[i:]) + ".") for i in range(len(known)) for h in self.cat.text_exempt_hosts)
        if partial:
            return begins
        whole = host.rstrip(".")
        return any(whole == h or whole.endswith("." + h) for h in self.cat.text_exempt_hosts) or (at_end and host.endswith(".") and begins)

