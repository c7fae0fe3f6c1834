"""Calls to project code: resolving the callee (functions, methods, classes, callbacks, super),
binding arguments to parameters and choosing the copy analysed for a caller's context."""

from __future__ import annotations

import re

from auditor import ir
from auditor.link import shape_of
from auditor.propagate.base import (
    BUFFER,
    CALLABLE_REFS,
    EMPTY_MARK,
    GROWN,
    MAX_PART_REFS,
    PART_SEP,
    REF_SEP,
    STORED_ROW,
    catalog_callable,
    flat_params,
    nested_in,
    object_types,
    outside_text,
    own_self,
)
from auditor.values import (
    ANY_REPORT,
    DOCUMENT_TYPES,
    ELEM,
    EMPTY,
    MAX_REFS,
    REPORT_TAG,
    SELF_PART,
    Label,
    Labels,
    Value,
    flatten,
    join,
    join_all,
    known_consts,
    map_labels,
    merge_labels,
    report_tag,
    sanitize,
    set_path,
)


class CallsMixin:
    """Calls to project code: callee, bound arguments, copy per context (a part of FunctionAnalyzer)."""

    def call(self, e: ir.Call) -> Value:
        args = [(a.name, self.eval(a.value), a.star) for a in e.args]
        arg_exprs: list[ir.Expr | None] = [a.value for a in e.args]
        shape = shape_of(e.func)
        if isinstance(e.func, ir.Attr):
            base = e.func.base
            if isinstance(base, ir.Call) and isinstance(base.func, ir.Name) and base.func.id == "super" and not base.args:
                recv = self.super_value(e.func.attr)  # super().m(...): the next m along the receiver's MRO
            else:
                recv = self.eval(base)
            out = self.method_call(recv, e.func.attr, args, e.loc, shape, arg_exprs, e.func.base)
            if e.func.attr in self.cat.key_removers and args and args[0][0] is None and not args[0][2]:
                self.remove_key(e.func.base, args[0][1])  # d.pop("email", None)
            return out
        fv = self.eval(e.func)
        if isinstance(e.func, ir.Name) and e.func.id == "super":
            return self.super_value()
        out = self.call_value(fv, None, args, e.loc, shape, arg_exprs, local_callee=self.local_root(e.func))
        if "ext:builtins.print" in fv.refs:
            for (kw, v, _star), ex in zip(args, arg_exprs, strict=True):
                if kw == "file" and isinstance(ex, ir.Name | ir.Attr) and self.may_be(v, self.cat.text_buffers):
                    # print(row, file=buf) is buf.write(row): buf.getvalue() holds it
                    text = join_all([a[1] for a in args if a[0] is None])
                    self.method_call(v, "write", [(None, text, 0)], e.loc, shape_of(ex) + ".write", [None], ex)
        return out

    def sets_attr(self, cls: str, attr: str) -> bool:
        """Whether a class in cls's MRO names attr in its body (`record_sale = ShopA.record_sale`)
        or code stores it on the class or its instances (`ShopB.record_sale = ...`)."""
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            if cd is not None and attr in cd.attrs:
                return True
            for prefix in ("c", "a"):
                self.e.depend(f"heap:{prefix}:{c}:{attr}", self.q)
                if f"{prefix}:{c}:{attr}" in self.e.heap:
                    return True
        return False

    def local_root(self, e: ir.Expr) -> bool:
        """Whether e (`handler`, `writers[fmt]`) is read from a variable this function assigns
        itself, not from a parameter, an attribute of one, or a global."""
        while isinstance(e, ir.Sub):
            e = e.base
        return isinstance(e, ir.Name) and e.id in self.assigned and all(p.name != e.id for p in self.fn.params) and e.id not in self.fn.globals_declared

    def super_value(self, method: str | None = None) -> Value:
        """`super()` in a method of cls: the receiver as its bases. For `super().m(...)`, the class
        after cls in each receiver class's MRO that defines m, as Python resolves it (a mixin's
        `super().format_row(rec)` reaches the exporter it is mixed into, which the mixin does not
        name as a base); else cls's own bases."""
        selfv = self.env.get(self.fn.params[0].name, EMPTY) if self.fn.params else EMPTY
        cls = self.fn.cls
        if cls is None:
            return EMPTY
        refs = set()
        for r in sorted(selfv.refs) if method is not None else ():
            kind, _, owner = r.partition(":")
            mro = self.prog.mro(owner) if kind in ("inst", "cls") and owner in self.prog.classes else ()
            if cls not in mro:
                continue
            for c in mro[mro.index(cls) + 1 :]:
                cd = self.prog.classes.get(c)
                if cd is not None and any(n == method for n, _q in cd.methods):
                    refs.add(f"{kind}:{c}")
                    break
        if refs:
            return Value(selfv.labels, selfv.fields, frozenset(refs), frozenset())
        for b in self.prog.class_bases(cls):
            if b.startswith("cls:"):
                refs.add("inst:" + b[4:])
            elif b.startswith("ext:"):
                refs.add(b)
        return Value(selfv.labels, selfv.fields, frozenset(refs), frozenset())

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
        local_callee: bool = False,
    ) -> Value:
        """Call what fv may be; `attr` is the method name when fv was looked up on the receiver;
        `local_callee`: fv was read from a variable of this function's own (not a parameter, an
        attribute or a global), so a function value it holds was made in this call;
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
                if caps and local_callee and fn_ir is not None and fn_ir.parent == self.fn.qualname:
                    # called where it was defined: it reads its variables as they are now (a
                    # closure's variables are read when it runs), not as the function value kept
                    # them, cut to size inside a dict of handlers
                    caps = {k: self.env.get(k, v) for k, v in caps.items()}
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
            elif kind == "rec":
                resolved = True
                out = join(out, self.make_record(name.split(","), args))
            elif kind == "inst":
                m = self.prog.method(name, "__call__")
                if m is not None:
                    resolved = True
                    # obj(x) runs obj.__call__: a copy per group of receiver classes, as obj.m(x)
                    out = join(out, self.call_user(m, Value(fv.labels, fv.fields, frozenset({ref})), args, loc, arg_exprs, None, "__call__"))
            elif kind == "get":
                resolved = True
                out = join(out, self.getter_call(name, args[0][1] if args else EMPTY, loc))
            elif kind == "key":
                # a dict's reader method read off it (`get = row.get`): that call on the dict
                resolved = True
                subject = fv.fields.get(SELF_PART, EMPTY)
                sub_expr = callee_expr.base if isinstance(callee_expr, ir.Attr) else ir.Opaque(loc)
                out = join(out, self.method_call(subject, name, args, loc, shape, arg_exprs, sub_expr))
            elif kind == "mgr":
                resolved = True
                out = join(out, self.manager_call(name, args, loc))
            elif kind == "pfn":
                resolved = True
                n, _, inner = name.partition(":")
                bound = [(None, fv.fields.get(f"@arg:{i}", EMPTY), 0) for i in range(int(n))]
                kws = [(k[4:], v, 0) for k, v in fv.fields.items() if k.startswith("@kw:")]
                full = bound + list(args) + kws
                own = own_self(fv) if inner.startswith("bm:") else None
                # the bound arguments that are variables of this function (partial made here): what
                # the function stores into them lands there, as for arguments written at the call
                exprs = [self.bound_name(fv, f"@argname:{i}", loc) for i in range(int(n))]
                exprs += [*arg_exprs[: len(args)], *[None] * (len(args) - len(arg_exprs))]
                exprs += [self.bound_name(fv, f"@kwname:{kw}", loc) for kw, _v, _s in kws]
                out = join(out, self.call_value(Value(None, own, frozenset({inner})), recv, full, loc, shape, exprs))
            elif kind == "ext":
                resolved = True
                full_name = self.cat.canonical(name)
                # a library method read off an object holding data and called later (`emit =
                # blog.info; emit(...)`): for a sink that writes its receiver, the value it was
                # read from carries that object's data (a method that only reads it, `get =
                # order.get`, gives what it gives called directly: nothing more)
                held = recv
                if recv is None and fv.labels and any(spec.receiver for sink in self.cat.sinks_for([full_name]) for spec in sink.args):
                    held = Value(fv.labels)
                r = self.call_ext(full_name, held, args, loc, shape, arg_exprs)
                if not full_name.startswith("builtins.") and full_name.rsplit(".", 1)[-1] not in self.cat.text_methods:
                    r = self.unlinked(r)  # a library given a link may fetch it (smart_open, a client)
                out = join(out, r)
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
            out = join(out, Value(flat_params(labels)))
        return out

    def bound_name(self, fv: Value, key: str, loc: ir.Loc) -> ir.Expr | None:
        """The variable a partial bound at `key`, when the partial was made in this function."""
        names = known_consts(fv.fields.get(key, EMPTY))
        if len(names) != 1:
            return None
        owner, _, name = next(iter(names)).partition(REF_SEP)
        return ir.Name(name, loc) if owner == self.q and name else None

    def getter_call(self, name: str, subject: Value, loc: ir.Loc) -> Value:
        """What `itemgetter(k1, ...)(x)` or `attrgetter("a.b")(x)` returns: x's part at each key
        (a tuple of them for several keys), not x whole, so a sort or group key is that column."""
        how, _, keys = name.partition(":")
        parts = []
        for key in keys.split(REF_SEP):
            if how == "i":
                parts.append(self.read(subject, key))
            else:
                v = subject
                for attr in key.split("."):
                    v = self.get_attr(v, attr, loc)
                parts.append(v)
        if len(parts) == 1:
            return parts[0]
        return Value(None, {**{str(i): p for i, p in enumerate(parts)}, ELEM: join_all(parts)})

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
        by_name: bool = True,
        returns_only: bool = False,
    ) -> Value:
        """Call project function q; `bound_method`: recv is its first argument even though q is
        not a method of a class (a decorator's wrapper a class holds as a method)."""
        fn = self.prog.functions.get(q)
        if fn is None:
            return EMPTY
        if by_name and fn.name != "<lambda>" and self.cat.sanitizer_for_function_name(fn.name) is not None:
            # a function named as a sanitizer (mask_email, anonymise) still runs: what its body
            # returns is then what the name says (masked); what it drops (df.drop(columns=PII))
            # or replaces stays so. What it logs or stores on the way is taken as masked too, and
            # a copy it blanks (safe = order.copy(); safe["email"] = "***") is not the caller's
            out = self.call_user(q, recv, args, loc, arg_exprs, base_expr, attr, bound_method, by_name=False, returns_only=True)
            return self.masked_by_name(fn.name, out)
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
                    out = join(out, self.apply(q, part, args, loc, exprs, key, returns_only=returns_only))
                return out
        return self.apply(q, bound, args, loc, exprs, returns_only=returns_only)

    def masked_by_name(self, name: str, out: Value) -> Value:
        """What a project function or property named as a sanitizer (catalog name_patterns:
        mask_email, redact_address, masked_phone) returns: its result, sanitized as the name says."""
        san = self.cat.sanitizer_for_function_name(name)
        if san is None:
            return out
        return map_labels(out, lambda lab, t, kind=san.kind: sanitize({lab: t}, kind))

    def dispatched(self, q: str, attr: str, recv: Value) -> Value:
        """The receiver as method q sees it: without the project classes whose `attr` is another
        method (an override), since `obj.attr()` on those never runs q, nor those that have no
        `attr` at all (no library or built-in base that may provide it, no `__getattr__`): on
        those the call fails (`target.record_sale(o)` for a target that may be either of two
        shops' classes). All the classes of a super() receiver stay."""
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
                if m is None and c in self.prog.classes and not self.builtin_bases(c) and self.prog.method(c, "__getattr__") is None and not self.sets_attr(c, attr):
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

    def report_types_allow(self, pattern: str, own: bool = True) -> bool:
        """A report document holds buyer data if the report types the code requests can: this
        module's (and, for a document id the function is given, those its callers request); in a
        module that names none (a generic report helper's), only those this function requests
        (itself or through its callees, as a copy of the helper per report type does) unless the
        document is not `own` (its id is a parameter: the caller's request), else those its
        callers request (a copy per their types), else the program's; code that names no report
        type at all is assumed to."""
        if not own and self.context_types is not None and DOCUMENT_TYPES in self.context_types:
            # a copy for callers handing in the id of a report they requested, of these types
            return any(re.search(pattern, t) for t in self.context_types if t != DOCUMENT_TYPES)
        named = self.prog.modules[self.module].report_types
        if self.requested_types and own and not named and "*" not in self.requested_types:
            # a generic helper's module names no type: what its callers asked this copy for
            return any(re.search(pattern, t) for t in self.requested_types)
        # (a type requested that is not known statically, "*", may be any the module names)
        if not named:
            if not (own and self.requested_types):
                if self.context_types is not None:
                    # a copy for callers that request these types (Engine.type_sensitive)
                    return any(re.search(pattern, t) for t in self.context_types)
                self.mark_type_sensitive()
            named = tuple(t for m in self.prog.modules.values() for t in m.report_types)
        elif not own:
            # a `download(document_id)` helper in such a module: and what its callers request
            if self.context_types is not None:
                named = (*named, *sorted(self.context_types))
            else:
                self.mark_type_sensitive()
        return not named or any(re.search(pattern, t) for t in named)

    def mark_type_sensitive(self) -> None:
        """This function fetches report documents of types only its callers know: they call a
        copy per set of types they request (known_report_types); they re-run to do so."""
        if self.q not in self.e.type_sensitive:
            self.e.type_sensitive.add(self.q)
            self.e.enqueue(self.e.deps.get("fn:" + self.q, ()))

    def known_report_types(self) -> frozenset[str] | None:
        """The report types a document fetched by a callee that does not know them
        (Engine.type_sensitive) may be of, as this call knows them: those this function
        requests, else those its own callers do (a helper in between, `rows_of(document_id)`,
        is copied per its callers' types in turn); None when not known statically. The types
        are the function's, not the document's: a function requesting listings that downloads a
        document id some event names is judged by its listings."""
        if "*" in self.requested_types:
            return None  # it requests a type not known here (its caller's): the document's is that
        if self.requested_types:
            return frozenset(self.requested_types)
        if self.context_types is not None:
            return self.context_types
        self.mark_type_sensitive()  # a helper between: its own callers know
        return None

    def note_report_types(self, name: str, args: list[tuple[str | None, Value, int]], recv: Value | None) -> Labels | None:
        """A call that requests reports (`create_report(reportType=...)`, catalog
        report_type_args): the types it names are this function's (report_types_allow); a
        parameter given there makes callers call a copy per report type they pass.

        Returns the labels that mark what the call returns as a report of those types, or of
        any type (ANY_REPORT) when one is not known statically: the report id read from it, and
        the document id a report of it gives, are judged by them (document_types)."""
        tags: Labels = {}
        for spec in self.cat.report_type_args.get(name, ()):
            v = self.arg_value(spec, args, recv)
            self.note_param_use(v, self.e.keyed_params)
            self.note_param_use(v, self.e.report_params)
            texts = v.consts | self.iter_elem(v).consts
            names = {n.strip("_") for n in texts if ir.REPORT_TYPE_NAME.match(n)}
            # none known (sys.argv, **options, a parameter in the uncopied helper): any type
            self.requested_types.update(names or {"*"})
            if not names or len(names) != len(texts) or self.unknown_parts(v):
                # (text built at run time, `f"GET_{kind}_DATA"`, or another call's: any type)
                return {report_tag(ANY_REPORT): ()}
            for n in sorted(names):
                tags[report_tag(n)] = ()
        return tags or None

    def document_types(self, values: list[Value]) -> frozenset[str] | None:
        """The report types a document id among these values is of, when the requests that made
        it are known (report_tag labels) and nothing else is in it: no parameter (a caller's id),
        no constant text, nothing another call gave (`sys.argv[1] or rid`). None otherwise;
        values without such labels are not ids of a report."""
        types: set[str] = set()
        for v in values:
            labs = flatten(v)
            tags = {lab.data for lab in labs if lab.kind == REPORT_TAG}
            if not tags:
                continue
            if ANY_REPORT in tags or v.consts or any(lab.is_param for lab in labs) or self.unknown_parts(v):
                return None
            types |= tags
        return frozenset(types) if types else None

    def unknown_parts(self, v: Value) -> bool:
        """Whether v (or an element of it) holds what some call gave other than a report request
        or lookup, a report type enum or a built-in only rearranging them (`sorted(reports)`):
        `os.getenv("TYPE") or DEFAULT`, `args.document_id or rid`, a row read back, `input()`,
        `" ".join(sys.argv[1:])`. That is text not known statically, which may name any report."""
        return any(
            any(not r.startswith("ext:") for r in part.refs) or outside_text(self.cat, part) or self.e.entry_param(part)
            for part in (v, self.iter_elem(v))
        )

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
                        self.stored_rows.add(f"a:{cls}:{k}")
            elif kw is not None:
                self.heap_writes.append((f"a:{cls}:{kw}", v))
                self.stored_rows.add(f"a:{cls}:{kw}")
        if method in self.cat.orm_counts:
            return EMPTY  # a number of rows, or whether there are any
        inst = Value(None, {STORED_ROW: EMPTY_MARK}, frozenset({f"inst:{cls}"}))
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
            self.run_construction_hooks(cls, obj, loc)
            self.note_instance(cls, obj)
            return obj
        cdef = self.prog.classes.get(cls)
        names = self.prog.field_names(cls)
        aliases: dict[str, str] = {}
        for c in reversed(self.prog.mro(cls)):
            cd = self.prog.classes.get(c)
            if cd is not None:
                aliases.update(cd.aliases)
        pos = 0
        for kw, v, star in args:
            if star == 2:
                for n in names:  # (a field with an alias is read from the dict under the alias)
                    obj = set_path(obj, (n,), self.read(v, aliases.get(n, n)), strong=False)
                # a class whose fields are not known here (an ORM model's columns are not
                # annotations): the object holds what the dict does, read back by attribute name
                # (`Order(**row)`); a class with known fields (pydantic, a dataclass) keeps those
                obj = join(obj, Value(None if names else v.labels, dict(v.fields)))
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
        for n in names if obj.fields else ():
            # a field given an object (`OrderService(orders_api=Orders(...))` of a dataclass): its
            # type, for methods reading `self.orders_api`, as an `__init__` storing it would give.
            # Only the type: the data stays with this instance (its fields above)
            part = obj.fields.get(n)
            kinds = object_types(part) if part is not None else EMPTY
            if not kinds.is_empty():
                self.heap_writes.append((f"a:{cls}:{n}", kinds))
        for base in self.prog.ext_bases(cls) if cdef else []:
            for sink in self.cat.sinks_for([base]):
                self.check_sink(sink, base, args, EMPTY, loc, arg_exprs)
        if cdef and not names:
            for base in sorted(self.builtin_bases(cls) & self.cat.dict_types):
                # `class Box(dict)`, `Box(order)`: the instance holds what dict(order) would
                built = self.call_ext(base[4:], None, args, loc, base[4:], arg_exprs)
                obj = join(obj, Value(built.labels, built.fields))
        post = self.prog.method(cls, "__post_init__")
        if post is not None:
            self.apply(post, obj, [], loc, [])
        self.run_construction_hooks(cls, obj, loc)
        self.note_instance(cls, obj)
        return obj

    def note_instance(self, cls: str, obj: Value) -> None:
        """An instance of cls built here, for the functions no code calls by name that take one
        (Engine.want_instances; FunctionAnalyzer.run reads them back)."""
        self.e.depend("wanted:" + cls, self.q)
        if cls in self.e.wanted_instances:
            self.heap_writes.append((f"i:{cls}", obj))

    def run_construction_hooks(self, cls: str, obj: Value, loc: ir.Loc) -> None:
        """Methods a library runs on each new instance (world.toml construction_hooks: pydantic's
        `@model_validator(mode="after")`): run with the object built, where it is built, so what
        they do with it (log it) is seen. Class-level hooks (`mode="before"`, a classmethod given
        the raw input) are not run."""
        if not self.cat.construction_hooks:
            return
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            for _name, q in cd.methods if cd is not None else ():
                fn = self.prog.functions.get(q)
                if fn is None or not fn.decorators:
                    continue
                decos = self.prog.decorator_names(self.prog.function_module[q], fn.decorators)
                if any(d in self.cat.construction_hooks for d in decos) and not any(d.endswith(("classmethod", "staticmethod")) for d in decos):
                    self.apply(q, obj, [], loc, [])

    def make_record(self, names: list[str], args: list[tuple[str | None, Value, int]]) -> Value:
        """An instance of a namedtuple type: each argument under its field's name and position
        (`b.email`, `oid, name, email = b`), the elements joined for iteration."""
        fields: dict[str, Value] = {}
        pos = 0
        for kw, v, star in args:
            if star == 2:
                for n in names:
                    fields[n] = join(fields.get(n, EMPTY), self.read(v, n))
            elif star == 1:
                elem = self.iter_elem(v)
                for n in names[pos:]:
                    fields[n] = join(fields.get(n, EMPTY), elem)
            elif kw is not None:
                fields[kw] = v
            elif pos < len(names):
                fields[names[pos]] = v
                pos += 1
        for i, n in enumerate(names):
            if n in fields:
                fields[str(i)] = fields[n]
        fields[ELEM] = join_all([fields[n] for n in names if n in fields])
        return Value(None, fields, frozenset({"ext:builtins.tuple"}))

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

    def is_generator_manager(self, fn: ir.Function) -> bool:
        decos = self.prog.decorator_names(self.prog.function_module[fn.qualname], fn.decorators)
        return any(d in self.cat.generator_managers for d in decos)

    def generator_managers(self, ctx: ir.Call) -> list[tuple[str, bool]]:
        """The project generators decorated as context managers that `with ctx:` may call: a
        function, a method (`with self.session():`) or an object's `__call__` (`with uow():`),
        each with whether it is a plain function (what the with block raises is thrown into
        those only)."""
        out = []
        for r in sorted(self.eval(ctx.func).refs):
            q = r[3:] if r.startswith(("fn:", "bm:")) else self.prog.method(r[5:], "__call__") if r.startswith("inst:") else None
            fn = self.prog.functions.get(q) if q else None
            if fn is not None and fn.is_generator and self.is_generator_manager(fn):
                out.append((fn.qualname, r.startswith("fn:")))
        return out

    def note_self_call(self, method: str) -> None:
        """Record a method this method calls on its receiver; the first time, callers re-run so
        that receivers of several classes split by what it resolves to (Engine.receiver_groups)."""
        called = self.e.self_calls.setdefault(self.fn.qualname, set())
        if method not in called:
            called.add(method)
            self.forget_callers(0)

    def note_self_attr(self, attr: str) -> None:
        """Record a class-level constant this method reads on its receiver (`self.BASE_URI`); the
        first time, callers re-run so that subclasses setting it apart split (receiver_groups)."""
        read = self.e.self_attrs.setdefault(self.fn.qualname, set())
        if attr not in read:
            read.add(attr)
            self.forget_callers(0)

    def note_called(self, fv: Value) -> None:
        """Record which of this function's parameters it calls: callers then call a copy per
        function they pass (Engine.specialise_call). An element of a parameter counts too
        (`for step in steps: value = step(value)`): callers call a copy per tuple of functions."""
        if fv.labels:
            self.note_param_use(fv, self.e.called_params)
            self.note_param_use(fv, self.e.called_params, (ELEM,))

    def note_param_use(self, v: Value, uses: dict[str, set[int]], path: tuple[str, ...] = ()) -> None:
        """Record in `uses` the parameters of this function that v is (at `path`: an element of
        one); the first time, callers re-run so that they call a copy per value they pass
        (Engine.specialise_call)."""
        prefix = f"param:{self.q}:"
        for lab in v.labels:
            if lab.kind != "param" or lab.path != path:
                continue
            if lab.origin.startswith(prefix):
                seen = uses.setdefault(self.fn.qualname, set())
                i = int(lab.origin[len(prefix):])
                if i not in seen:
                    seen.add(i)
                    self.forget_callers(i)
            elif (uses is self.e.keyed_params or uses is self.e.called_params) and self.fn.parent is not None:
                # a parameter of an enclosing function, captured (`def template(name): def
                # register(fn): TEMPLATES[name] = ...`, `retry(lambda: send_fn(payload))`): that
                # function is copied per key or per function instead
                owner, i = lab.param_owner()
                outer = self.prog.functions.get(owner)
                if outer is not None and self.encloses(outer.qualname):
                    seen = uses.setdefault(outer.qualname, set())
                    if i not in seen:
                        seen.add(i)
                        self.forget_callers(i, owner)

    def encloses(self, qualname: str) -> bool:
        """Whether the function named so is one this function is nested in."""
        return nested_in(self.prog, self.fn, qualname)

    def forget_callers(self, i: int, q: str | None = None) -> None:
        """What callers passed as parameter i of this function (or of q, one it is nested in) so
        far is forgotten: they re-run and pass each copy only its own, and the function runs again
        without it. Called once per thing learnt (a parameter called or used as a key, a method
        called on the receiver), so this settles."""
        q = q or self.q
        if self.e.param_refs.pop((q, i), None):
            # and so is the summary made with it: a recursive call (a rate limiter retrying
            # `self.send_request(action)`) would read it back and keep every caller's result
            self.e.forgotten.add(q)
            self.e.enqueue([q])
        self.e.enqueue(self.e.deps.get("fn:" + q, ()))

    def callback_value(self, v: Value) -> Value:
        """What a library call runs of v: its callable refs, with a bound method's receiver, a
        partial's bound arguments and a closure's captured variables (a decorator's wrapper runs
        the function it wraps)."""
        own = {k: f for k, f in v.fields.items() if k == SELF_PART or k.startswith(("@arg:", "@kw:", "@cap:", "@argname:", "@kwname:"))}
        return Value(None, own or None, frozenset(r for r in v.refs if self.callback_ref(r)))

    def callback_ref(self, ref: str) -> bool:
        """Project functions, and library functions the catalog knows (sources, sinks)."""
        if ref.startswith(("fn:", "bm:")):
            return True
        if ref.startswith("pfn:"):  # functools.partial(fn, ...): what it wraps
            return self.callback_ref(ref.split(":", 2)[2])
        return catalog_callable(self.cat, ref)

    def bind(self, fn: ir.Function, recv: Value | None, args: list[tuple[str | None, Value, int]]) -> tuple[list[Value], list[int]]:
        """Actual values for each parameter, and for each call argument the parameter it went to."""
        params = fn.params
        actual: list[Value] = [EMPTY] * len(params)
        where: list[int] = []
        pi = 0
        extra: list[Value] = []
        if recv is not None and params:
            if params[0].kind == "vararg":
                # a method decorated by a `wrapper(*args, **kwargs)`: the receiver is args[0]
                extra.append(recv)
            else:
                actual[0] = recv
            pi = 1
        var_i = next((i for i, p in enumerate(params) if p.kind == "vararg"), None)
        kw_i = next((i for i, p in enumerate(params) if p.kind == "kwarg"), None)
        names = {p.name: i for i, p in enumerate(params) if p.kind in ("pos", "kwonly")}
        guessed_from: int | None = None  # the first parameter only guessed to come from our own *args
        more: list[Value] = []  # elements of a spread list past its known positions (of unknown number)
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
                rest = v.fields.get(GROWN)
                if rest is not None:
                    # a list literal grown later (`steps.append(...)`): past its known positions,
                    # what was appended, in the *args that takes them
                    more.append(rest)
                if any(lab.is_param for lab in v.labels):
                    # our own *args with the parts callers gave types to: the positions after
                    # them are still the caller's (`fn(*args)` where args[1] has no type), or
                    # left to the caller's keywords (`fn(*args, **kwargs)`: `send(to=...)`)
                    guessed_from = pi if guessed_from is None else guessed_from
                    while pi < len(params) and params[pi].kind == "pos":
                        actual[pi] = join(actual[pi], self.read(v, str(k)))
                        pi += 1
                        k += 1
                where.append(var_i if var_i is not None else pi)
            elif star == 1:
                elem = self.iter_elem(v)
                # our own *args handed on whole (`fn(*args)` in a decorator's wrapper): each
                # position is what callers pass there (args[0], args[1]), not any of them
                own = not v.fields and any(lab.is_param and not lab.flat for lab in v.labels)
                k = 0
                for i in range(pi, len(params)):
                    if params[i].kind == "pos":
                        actual[i] = join(actual[i], self.read(v, str(k)) if own else elem)
                        k += 1
                if var_i is not None:
                    actual[var_i] = join(actual[var_i], Value(None, {ELEM: elem}))
                where.append(var_i if var_i is not None else pi)
            elif star == 2:
                start = pi if guessed_from is None else guessed_from
                for n, i in names.items():
                    if i >= start:
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
        if var_i is not None and (extra or more):
            fields = {str(i): v for i, v in enumerate(extra)}
            fields[ELEM] = join_all(extra + more)
            actual[var_i] = join(actual[var_i], Value(None, fields))
        unknown = any(star for _k, _v, star in args)  # *args/**kwargs may or may not fill a parameter
        for i, p in enumerate(params):
            if p.default is not None and (unknown or (i not in where and (i != 0 or recv is None))):
                d = self.default_value(fn, p, self.fn.loc)
                if d is not None:
                    actual[i] = join(actual[i], d)
        return actual, where

    def default_value(self, fn: ir.Function, p: ir.Param, loc: ir.Loc) -> Value | None:
        """A parameter's default, as the defining module sees it: a constant string, a module
        name (`def load(path=REPORT)`) or an attribute of one (`base=settings.SHIPSTATION_BASE`);
        None for anything else."""
        return self.default_expr(fn, p.default, loc)

    def default_expr(self, fn: ir.Function, d: ir.Expr | None, loc: ir.Loc) -> Value | None:
        """default_value of one expression: an attribute chain is read part by part from the name
        it starts at, as the module sees it when the function is defined."""
        if isinstance(d, ir.Attr):
            base = self.default_expr(fn, d.base, loc)
            return self.get_attr(base, d.attr, loc) if base is not None and base.refs else None
        if isinstance(d, ir.Const) and d.is_str and d.value is not None:
            return Value(None, None, frozenset(), frozenset({d.value[:4000]}))
        if isinstance(d, ir.Name):
            if fn.parent is not None:
                # a nested function's default is the enclosing function's variable when it was
                # defined (`def on_delivery(err, msg, rec=record)` in a loop: a callback's data)
                v = self.closure_value(fn.qualname, d.id)
                if v is not None:
                    return v
            return self.global_value(self.prog.function_module[fn.qualname], d.id, loc)
        return None

    def part_refs(self, key: str, f: Value) -> list[tuple[str, str]]:
        """The types of a caller's part at `key` (note_param_refs), and of the callables a partial
        there binds (`steps = (partial(filter, keep), ...)`), under `key<PART_SEP>@arg:0`."""
        out = [(key, r) for r in sorted(f.refs)[:MAX_REFS] if r.startswith(("inst:", "ext:", "cls:", "fn:", "bm:", "pfn:", BUFFER))]
        if f.fields and any(r.startswith("pfn:") for r in f.refs):
            out += self.bound_callables(key + PART_SEP, f)
        return out

    @staticmethod
    def bound_callables(prefix: str, v: Value) -> list[tuple[str, str]]:
        """The functions a partial binds as arguments (`partial(filter, keep)`: keep), by where it
        binds them: a callee given the partial calls them when it calls the partial."""
        return [
            (prefix + k, r)
            for k, f in sorted(v.fields.items()) if k.startswith(("@arg:", "@kw:"))
            for r in sorted(f.refs)[:MAX_REFS] if r.startswith(CALLABLE_REFS)
        ]

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
            # (a built-in container made by a call, `list(map(Model.from_api, rows))`, is one too)
            # (up to MAX_PART_REFS parts of MAX_REFS types each, gathered over the callers)
            if v.fields and sum(1 for r in known if r.startswith("part:")) < MAX_PART_REFS * MAX_REFS:
                if all(r.startswith("ext:builtins.") for r in v.refs):
                    refs = refs | frozenset(
                        f"part:{path}={r}" for k, f in sorted(v.fields.items())[:MAX_PART_REFS]
                        if not k.startswith("@") and "=" not in k and PART_SEP not in k
                        for path, r in self.part_refs(k, f)
                    )
                elif any(r.startswith("pfn:") for r in v.refs):
                    refs = refs | frozenset(f"part:{path}={r}" for path, r in self.bound_callables("", v))
            # a bound method keeps the classes of its receiver ("self:<ref>"): handed to a helper
            # that calls it, `exporter.export` still runs for the subclass the exporter is
            own = v.fields.get(SELF_PART) if v.fields else None
            if own is not None and any(r.startswith("bm:") for r in v.refs):
                refs = refs | frozenset("self:" + r for r in sorted(own.refs)[:8] if r.startswith(("inst:", "cls:")))
            if not refs:
                continue
            if not refs <= known:
                self.param_ref_updates[key] = self.param_ref_updates.get(key, frozenset()) | refs
