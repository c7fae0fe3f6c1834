"""Summaries applied at a call site: the callee's return value, its stores into parameters and
the sinks its parameters reach, instantiated with the caller's arguments."""

from __future__ import annotations

from dataclasses import replace

from auditor import ir
from auditor.propagate.base import (
    BUFFER,
    CALLABLE_REFS,
    HANDLED_PARAM,
    STACKED,
    Hit,
    ParamSink,
    Summary,
    catalog_callable,
    exception_types,
    flat_params,
    make_step,
    nested_in,
    original,
    short_callee,
    url_host,
    with_consent,
)
from auditor.values import (
    ANY,
    COLUMNS,
    DATA,
    DOCUMENT_TYPES,
    ELEM,
    EMPTY,
    FETCHED,
    HOLE,
    KEYS,
    MAX_PATH,
    NO_TEXT,
    ONE_OF,
    TEXT,
    URL_PART,
    WALK_DEPTH,
    WITHOUT,
    Label,
    Labels,
    Trace,
    Value,
    cap_trace,
    derive,
    flatten,
    join,
    join_all,
    known_consts,
    map_labels,
    map_traces,
    merge_labels,
    no_text,
    refold,
    sanitize,
    set_path,
)


class SummariesMixin:
    """A callee's summary instantiated at a call site (a part of FunctionAnalyzer)."""

    def apply(
        self, q: str, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc, exprs: list[ir.Expr | None],
        receiver: str | None = None, thrown: Value | None = None, returns_only: bool = False,
    ) -> Value:
        """Apply q's summary at a call; `receiver` names the copy of q for a group of receiver
        classes (Engine.receiver_groups); `thrown`, for a generator context manager, is what the
        with block raised (the parameter after q's own); `returns_only`: what it returns and
        raises, not its sinks or stores (a function named as a sanitizer, masked_by_name)."""
        fn = self.prog.functions[q]
        actuals, where = self.bind(fn, recv, args)
        types = None
        if thrown is not None:
            actuals = [*actuals, thrown]
            types = "|".join(exception_types(thrown.refs))
        self.pass_key_filters(fn.qualname, actuals)
        q = self.e.specialise_call(q, actuals, receiver, types)
        if q in self.e.type_sensitive:
            tagged = self.document_types(actuals)
            if tagged is not None:  # the id of a report requested here (or by a caller): its types
                q = self.e.specialise_types(q, tagged | {DOCUMENT_TYPES})
            else:
                report_types = self.known_report_types()
                if report_types is not None:
                    q = self.e.specialise_types(q, report_types)
        self.e.depend("fn:" + q, self.q)
        self.note_param_refs(q, actuals)
        summary = self.e.summaries.get(q)
        if summary is None:
            return EMPTY
        if summary.uses_handled:  # the exception this caller is handling (FunctionAnalyzer.handled)
            # (none for a function a library runs: a thread, a pool or an exit hook runs it later,
            # where nothing is being handled)
            handled = None if self.in_callback else self.handled()
            actuals = [*actuals, *[EMPTY] * (len(fn.params) + HANDLED_PARAM - len(actuals)), handled or EMPTY]
        memo: dict[object, object] = {}
        self.requested_types |= summary.report_types
        ret = self.instantiate(summary.ret, q, actuals, loc, memo=memo)
        for lab, key, path, rloc in sorted(summary.column_reads, key=lambda r: (r[2], r[3], r[1], r[0].path)):
            # q reads a report column of what this call passes: a file of a path not known
            # statically among it is an order report, by q's read; the caller's own rows pass it on
            part = self.instantiate(Value({lab: ()}), q, actuals, loc, memo=memo)
            held = part.labels or flatten(part)
            for lb in held:
                if lb.is_param and not lb.flat:
                    self.column_reads.add((lb, key, path, rloc))
            self.confirm_files(held, key, path, rloc, STACKED in part.fields)
        for key, val in sorted(summary.raised.items()):
            self.raise_value(self.instantiate(val, q, actuals, loc, memo=memo), key)
        if returns_only and any(lab.is_param for lab in flatten(summary.ret)):
            # a function named as a sanitizer: what it puts in a sink is taken as masked when it
            # is text built from its parameter; the parameter itself, or a part of it, is not
            self.apply_param_sinks(q, summary, actuals, loc, memo, raw_only=True)
            return ret
        # One that returns nothing of its parameters masks nothing it gives back (a job named
        # `anonymise(order)` blanking rows in a database): what it logs is as it logs it, and what
        # it stores of its parameters as it stores it, except text it builds of them (a copy it
        # masks, `self.rows.append(email[:2] + "***")`), which its name says is masked
        masking = self.cat.sanitizer_for_function_name(self.prog.functions[q].name) if returns_only else None
        self.apply_param_sinks(q, summary, actuals, loc, memo)
        # effects: stores the callee made into its parameters land on our variables
        if summary.effects:
            for i, path, val in summary.effects:
                if i >= len(actuals):
                    continue
                if masking is not None:
                    val = built_masked(val, masking.kind)
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
            inst = self.instantiate(val if masking is None else built_masked(val, masking.kind), q, actuals, loc, memo=memo)
            kind, _, rest = key.partition(":")
            owner, _, name = rest.rpartition(":")
            self.heap_writes.append((key, inst))
            if kind == "b":  # rows a helper wrote through a csv writer over our buffer (write_buffer)
                self.buffers[rest] = join(self.buffers.get(rest, EMPTY), inst)
            if kind == "g" and owner == self.module and self.is_module and name in self.env:
                self.env[name] = join(self.env[name], inst)  # module code reads its globals from env
        return ret

    def pass_key_filters(self, callee: str, actuals: list[Value]) -> None:
        """Handing our parameter (or an element of it) to a function that filters a dict by key
        makes our parameter filtered too: `for row in rows: strip_personal(row)` is analysed per
        set of keys the rows name, so strip_personal's copy for those keys is the one called. So
        for one that looks a table up by it or calls it (a key or callback handed on)."""
        # a parameter handed on to one the callee looks a table up by or calls is used so too,
        # when our callers pass different keys or functions there: they call a copy of us per
        # key or function (Engine.specialise_call)
        for i in sorted(self.e.keyed_params.get(callee, ())):
            if i < len(actuals):
                if len(known_consts(actuals[i])) > 1:
                    self.note_param_use(actuals[i], self.e.keyed_params)
                # an element of our parameter (`for key in path: node = step(node, key)`): callers
                # call a copy of us per tuple of constant keys they pass, as when we look it up
                self.note_param_use(actuals[i], self.e.keyed_elems, (ELEM,))
                # a value of our dict parameter (`for column, path in field_map.items()`): callers
                # call a copy of us per map of constants they pass
                self.note_param_use(actuals[i], self.e.valued_params, (ANY,))
                self.note_position_use(actuals[i])
        for i in sorted(self.e.keyed_elems.get(callee, ())):
            # our parameter at a position of a tuple the callee looks up key by key
            # (`val(order, field, "Amount")` for `for key in path: node = node.get(key)`): callers
            # call a copy of us per constant they pass, where the tuple is constant too
            if i < len(actuals):
                for k, part in sorted(actuals[i].fields.items()):
                    if k.isdigit() and known_consts(part):
                        self.note_param_use(part, self.e.keyed_params)
        for i in sorted(self.e.listed_params.get(callee, ())):
            if i < len(actuals):  # our parameter handed on as a list of column names is one too
                self.note_param_use(actuals[i], self.e.listed_params)
        for i in sorted(self.e.report_params.get(callee, ())):
            if i < len(actuals):  # our parameter handed on as a report type is one too
                self.note_param_use(actuals[i], self.e.report_params)
        for i in sorted(self.e.keyed_positions.get(callee, ())):
            # the callee hands these positions of its `*args` on so: what we pass there too
            if i < len(actuals):
                for k, part in sorted(actuals[i].fields.items()):
                    if k.isdigit():
                        if len(known_consts(part)) > 1:
                            self.note_param_use(part, self.e.keyed_params)
                        self.note_position_use(part)
        for i in sorted(self.e.called_params.get(callee, ())):
            if i < len(actuals) and sum(r.startswith(CALLABLE_REFS) or catalog_callable(self.cat, r) for r in actuals[i].refs) > 1:
                self.note_param_use(actuals[i], self.e.called_params)
        filtered = self.e.filtered_params.get(callee)
        if not filtered:
            return
        for i in filtered:
            if i < len(actuals):
                self.note_shape_use(actuals[i])

    def note_position_use(self, v: Value) -> None:
        """v is a position of our `*args` (`fn(*args)` binding args[1] to a keyed parameter):
        callers then call a copy of us per the constants they pass at each position."""
        prefix = f"param:{self.q}:"
        for lab in v.labels:
            if lab.is_param and len(lab.path) == 1 and lab.path[0].isdigit() and lab.origin.startswith(prefix):
                i = int(lab.origin[len(prefix):])
                if i < len(self.fn.params) and self.fn.params[i].kind == "vararg":
                    seen = self.e.keyed_positions.setdefault(self.fn.qualname, set())
                    if i not in seen:
                        seen.add(i)
                        self.forget_callers(i)

    def note_shape_use(self, v: Value) -> None:
        """v is one of our parameters, or an element of one: a copy of this function is then made
        per the keys (or positions) its callers' dicts (or their list's elements) hold
        (Engine.filtered_params, filtered_elems), so what the shape decides is known in the copy."""
        if not v.labels or v.fields:
            return
        prefix = f"param:{self.q}:"
        labs = list(v.labels)
        if not all(lab.is_param and not lab.flat and lab.origin.startswith(prefix) for lab in labs):
            return
        owners = {lab.origin for lab in labs}
        paths = {lab.path for lab in labs}
        if len(owners) != 1:
            return
        j = int(next(iter(owners))[len(prefix):])
        if paths == {()}:
            self.note_param_use(Value({Label("param", "", f"{prefix}{j}"): ()}), self.e.filtered_params)
        elif paths <= {(ELEM,), (KEYS,)} and (ELEM,) in paths:
            self.note_param_use(Value({Label("param", "", f"{prefix}{j}"): ()}), self.e.filtered_elems)

    def apply_effect(self, expr: ir.Expr | None, actual: Value, path: tuple[str, ...], val: Value) -> None:
        target = self.element_target(actual, path[:-1]) if path and path[-1] == ELEM else "other"
        if target == "objects":
            # an element added to what is here an object of a class of the project that holds no
            # elements (`sink.push(order)` seen by the callee before it knew `sink` is a ShopifySink,
            # whose push is its own method): nothing is added
            return
        if isinstance(expr, ir.Name | ir.Attr | ir.Sub):
            root, rpath, _ = self.lvalue(expr)
            if root is not None and root in self.env:
                self.env[root] = set_path(self.env[root], rpath + path, val, strong=False)
                self.note_assigned(root)
                if self.is_module:
                    self.heap_writes.append((f"g:{self.module}:{root}", self.env[root]))
        self.record_param_effect(actual, path, val)
        if path and path[0] != ELEM and target != "unknown":  # heap entries are read by attribute name, never by "[*]"
            # (into elements of an attribute whose elements are not known here, the caller that
            # knows them writes it: the heap only grows, so a write meanwhile would stay)
            v = None
            for ref in actual.refs:
                if ref.startswith("inst:"):
                    if v is None:  # the same part for every class the argument may be
                        v = set_path(EMPTY, path[1:], val, False) if len(path) > 1 else val
                    self.heap_writes.append((f"a:{ref[5:]}:{path[0]}", v))
            self.deep_effect(actual, path, val)

    def deep_effect(self, actual: Value, path: tuple[str, ...], val: Value) -> None:
        """A store the callee made into an attribute of an object our argument holds
        (`self._ledger.mark_seen(email)` in a service, the ledger writing `self._entries`): the
        heap entry of that object's class gets it too, as a store at the first level does. The
        caller holds the service, not the ledger, so without this the ledger's attribute never
        sees what the service's callers pass."""
        if len(path) < 2 or all(lab.is_param for lab in flatten(val)):
            return  # (only data: a parameter's part is stripped from the heap, and types stored
            # this deep are left to the first level, as before: Django's package has many)
        key, nxt = path[0], path[1]
        if key == ELEM or key.startswith("@") or nxt == ELEM or nxt.startswith("@"):
            return  # (heap entries are read by attribute name)
        part = self.get_attr(actual, key, self.fn.loc)
        rest = set_path(EMPTY, path[2:], val, False) if len(path) > 2 else val
        for ref in sorted(part.refs):
            if ref.startswith("inst:"):
                self.heap_writes.append((f"a:{ref[5:]}:{nxt}", rest))

    def element_target(self, actual: Value, path: tuple[str, ...]) -> str:
        """What the part of the caller's argument at path (an element of a collection, the
        callee adding elements to it) is: "objects" of project classes that are no containers
        (no list, dict or set base, no __iter__, __getitem__ or __setitem__), "unknown" (only a
        parameter of ours, no class known yet), or "other"."""
        if len(path) < 2 or len(path) > 4 or path[-1] not in (ELEM, KEYS):
            return "other"
        part = actual
        for k in path:
            if k == KEYS:
                # a key of what the caller passes (the callee iterating a parameter that may be a
                # dict): keys are hashable, so nothing is ever added to one
                return "objects"
            part = self.iter_elem(part) if k == ELEM else self.get_attr(part, k, self.fn.loc)
        if part.fields or any(not lab.is_param or lab.flat for lab in part.labels):
            return "other"
        if not part.refs:
            return "unknown" if part.labels else "other"
        # (a parameter's label says no more than its classes do: what its callers pass are those)
        for r in part.refs:
            if not r.startswith("inst:"):
                return "other"
            cls = r[5:]
            if any(self.prog.method(cls, m) for m in ("__iter__", "__getitem__", "__setitem__")):
                return "other"
            if any(b.startswith(("ext:builtins.", "ext:collections.", "ext:queue.")) for b in self.builtin_bases(cls)):
                return "other"
        return "objects"

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
            call_step = make_step(self.path, loc, "call", f"passed into {short_callee(original(callee))}()")
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
                if owner in self.ancestors or self.closes_over(callee, owner):
                    # ours or an enclosing function's; or the callee's enclosing function's, which
                    # it captured (`retry(send)` with `send` a closure over its definer's `row`):
                    # that function resolves it where it hands the closure on
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
                    if key == TEXT:  # the callee printed it: the caller's value as text (as_text)
                        part = Value(self.as_text(part, loc))
                        continue
                    if key in (URL_PART, FETCHED):
                        # the callee requests or fetches it: a report document's link is Amazon's
                        # storage, and what it gives is the report; our own parameter handed on
                        # keeps the mark for our callers to decide
                        ours = {p: pt for p, pt in part.labels.items() if p.is_param and not p.flat and len(p.path) < MAX_PATH}
                        if ours:  # (not also as they are: the mark decides for them)
                            part = Value({p: pt for p, pt in part.labels.items() if p not in ours}, part.fields, part.refs, part.consts)
                        if key == URL_PART:
                            part = EMPTY if self.document_link(part) else part
                        else:
                            part = self.fetched_document(part) if self.document_link(part) else EMPTY
                        if ours:
                            part = join(part, Value({derive(p, "key", key): pt for p, pt in ours.items()}))
                        continue
                    if key == DATA:  # asdict(param) in the callee: the caller's value, not its class
                        part = Value(part.labels, part.fields, frozenset(r for r in part.refs if not r.startswith(("inst:", "cls:"))), part.consts)
                        continue
                    if key == NO_TEXT:  # a mapping the callee filled a template with: its data only
                        part = map_labels(part, no_text)
                        continue
                    if key.startswith(WITHOUT):  # the callee removed these keys (d.pop("email")): not there
                        gone = key[len(WITHOUT) :].split("\x1f")
                        # our own parameter handed on: our callers remove them; a record held whole
                        labs = self.without_keys(part.labels, gone)
                        kept_fields = {f: fv for f, fv in part.fields.items() if f not in gone} if part.fields else None
                        part = Value(labs or None, kept_fields or None, part.refs, part.consts)
                        continue
                    if key.startswith(ONE_OF):  # one of several keys the callee read (values.one_of_path)
                        data = rows or bool(part.fields or part.refs)
                        names = key[len(ONE_OF):].split("\x1f")
                        reads = [self.read(part, k) for k in names]
                        part = join_all([self.key_source(r, part, k, loc, False) if data else r for r, k in zip(reads, names, strict=True)])
                        rows = False
                        continue
                    if key == ANY:  # `d[k]` in the callee, for a k not known: any part of d
                        rows = rows or bool(part.fields or part.refs)
                        part = self.any_part(part)
                        continue
                    if (
                        key not in part.fields
                        and key.isidentifier()
                        and any(not held.is_param for held in flatten(part))
                        and any(r.startswith("inst:") and self.is_property(r[5:], key) for r in part.refs)
                    ):
                        # `record.ship_to.full_address` in the callee, with a property there on
                        # the caller's object holding data: what the property returns (an object
                        # a generic caller passes keeps the path, read where its data is known)
                        read = self.get_attr(part, key, loc)
                    elif COLUMNS in part.fields and key not in part.fields and key in self.cat.table_attributes:
                        # `vips.index`, `df.values` in the callee on the caller's table: an
                        # attribute of the table, read as the caller would (its data, its index)
                        read = self.get_attr(part, key, loc)
                    else:
                        # (a column of an aggregated table keeps its index: as subscript reads it)
                        read = self.table_column(part, key)
                        if key == ELEM and any(r.startswith(BUFFER) for r in part.refs):
                            # `results.get()` in the callee on the caller's queue: what was put there
                            read = join(read, self.read_buffer(part))
                    data = rows or bool(part.fields or part.refs)
                    part = self.key_source(read, part, key, loc, False) if data else read
                    rows = data and key == ELEM
                if lab.flat:
                    part = Value(flat_params(flatten(part)))
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

    def closes_over(self, callee: str, owner: str) -> bool:
        """Whether function `callee` (perhaps a copy) is nested in function `owner`, itself not a
        copy: the copies of one definer share its closures, whose captures are then all of theirs
        joined, so a label of one copy would be resolved with another copy's values."""
        fn = self.prog.functions.get(callee)
        outer = self.prog.functions.get(owner)
        return fn is not None and outer is not None and owner == original(owner) and nested_in(self.prog, fn, outer.qualname)

    def written_over(self, ps: ParamSink, callee: str, actuals: list[Value], loc: ir.Loc, memo: dict[object, object] | None) -> bool:
        """A sink writing through a parameter (ParamSink.over), at a call: over an in-memory buffer
        the caller made, the data goes into the buffer; through our own parameter, the decision
        is our callers' (a new ParamSink). True when so handled; False for a sink as any other."""
        target_label, sink = ps.over  # type: ignore[misc]
        target = self.instantiate(Value({target_label: ()}), callee, actuals, loc, memo=memo)
        data = self.instantiate(Value({ps.label: ps.trace}), callee, actuals, loc, memo=memo) if ps.label is not None else Value(dict(ps.payload))
        under = target.fields.get("0") or (target.fields.get(sink.over_arg) if sink.over_arg else None)
        if under is not None and any(r[4:] in sink.not_over for r in under.refs if r.startswith("ext:")):
            self.write_buffer(under, data)
            # (a writer over a buffer or a file, `io.StringIO() if dry_run else open(path)`: both)
            return not any(r.startswith("ext:") and r[4:] not in sink.not_over for r in under.refs)
        if under is not None or target.fields:
            return False
        mine = sorted(lab for lab in target.labels if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"))
        if not mine:
            return False
        for lab, t in flatten(data).items():
            if lab.is_param:
                self.param_sinks.append(ParamSink(lab, t, ps.site, ps.requires, over=(mine[0], sink)))
            elif self.label_hits(ps.site.rule, lab):
                self.param_sinks.append(ParamSink(None, (), ps.site, ps.requires, ((lab, t),), (mine[0], sink)))
        return True

    def sent_via(self, ps: ParamSink, callee: str, actuals: list[Value], loc: ir.Loc, memo: dict[object, object] | None) -> ParamSink | None:
        """A request sent with a client the callee was given (ParamSink.via), at a call: the client
        we pass was made with a base URL on permitted hosts (None: nothing goes outside), or one
        that is not (the sink as any other, naming the host), or is our own parameter's (our
        callers' to say); a client whose URL is not known keeps the finding."""
        client = self.instantiate(Value({ps.via: ()}), callee, actuals, loc, memo=memo)  # type: ignore[dict-item]
        urls = [client.fields[f] for f in self.cat.client_url_fields if f in client.fields]
        hosts = {url_host(c) for u in urls for c in u.consts}
        if urls and hosts and None not in hosts and not any(u.labels and any(lab.kind != "text" for lab in u.labels) for u in urls):
            outside = sorted(h for h in hosts if h and not self.cat.host_permitted(h))
            if not outside:
                return None
            site = replace(ps.site, destination=ps.site.destination.replace("a URL not known statically", ", ".join(outside[:3])))
            return replace(ps, site=site, via=None)
        mine = sorted(lab for lab in client.labels if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"))
        ours = mine and not urls and not self.e.entry_param(Value({mine[0]: ()}))
        return replace(ps, via=mine[0] if ours else None)

    def apply_param_sinks(
        self, callee: str, summary: Summary, actuals: list[Value], loc: ir.Loc, memo: dict[object, object] | None = None,
        raw_only: bool = False,
    ) -> None:
        """The callee's parameters that reach sinks, with what the caller passes; `raw_only`: only
        where the parameter itself or a part of it arrives, not text built from it."""
        for ps in summary.param_sinks:
            if raw_only and ps.label is not None and ps.label.flat:
                continue
            if ps.via is not None:
                decided = self.sent_via(ps, callee, actuals, loc, memo)
                if decided is None:
                    continue
                ps = decided
            if ps.over is not None and self.written_over(ps, callee, actuals, loc, memo):
                continue
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
            site = ps.site if not consent or ps.site.consent else with_consent(ps.site)
            if ps.payload:
                if ps.via is not None:  # where the client our caller gives sends, its to say
                    if req_ok or req_params:
                        self.param_sinks.append(ParamSink(None, ps.trace, site, tuple(req_params) if not req_ok else (), ps.payload, via=ps.via))
                elif req_ok:
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
                        self.param_sinks.append(ParamSink(lab, t, site, tuple(req_params) if not req_ok else (), via=ps.via))
                elif not self.label_hits(site.rule, lab):
                    continue
                elif ps.via is not None:  # where the client our caller gives sends, its to say
                    if req_ok or req_params:
                        self.param_sinks.append(ParamSink(None, (), site, tuple(req_params) if not req_ok else (), ((lab, t),), via=ps.via))
                elif req_ok:
                    self.hits.append(Hit(site, lab, t, consent))
                elif req_params:
                    waiting.append((lab, t))
            if waiting:
                self.param_sinks.append(ParamSink(None, (), site, tuple(req_params), tuple(waiting)))


def built_masked(v: Value, kind: str, depth: int = 0) -> Value:
    """v with the text built of a parameter masked (`email[:2] + "***"`, an f-string of it): a part
    whose constants hold the parameter's text as a hole, or the label flattened into text. The
    parameter itself, or a part of it, stays as it is, with a constant beside it or not
    (`info.get("BuyerEmail", "unknown")`)."""
    labels: Labels = {}
    joined = any(HOLE in c for c in v.consts)  # text made of the label and constants around it
    for lab, t in v.labels.items():
        built = lab.is_param and (lab.flat or joined)
        labels = merge_labels(labels, sanitize({lab: t}, kind) if built else {lab: t})
    fields = {k: built_masked(f, kind, depth + 1) for k, f in v.fields.items()} if depth < WALK_DEPTH else dict(v.fields)
    return Value(labels, fields, v.refs, v.consts)
