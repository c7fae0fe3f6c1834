"""Objects: attributes, instance and class members, and the heap entries that stores into
attributes, globals and enclosing functions' variables write."""

from __future__ import annotations

from auditor import ir
from auditor.link import BUILTIN_NAMES
from auditor.propagate.base import (
    CHILD,
    EMPTY_MARK,
    ENV_CHOICE,
    MAX_EFFECT_PATH,
    MAX_EFFECTS,
    MAX_KEYED_EFFECTS,
    META_ATTRS,
    STORED_ROW,
    WRAPS_METHOD,
    key_part,
    make_step,
    plain_target,
)
from auditor.values import (
    COLUMNS,
    ELEM,
    EMPTY,
    HOLE,
    KEYS,
    MAX_FIELDS,
    ONE_OF,
    SELF_PART,
    Label,
    Value,
    add_step,
    flatten,
    join,
    join_all,
    known_consts,
    set_path,
)

# a setting the environment may give another value (ENV_CHOICE): as a key of a registry of code
# or of constant texts it may pick any entry; read as text or as a key of data it is its default
ANY_CHOICE = Value(None, None, frozenset({ENV_CHOICE}))


class ObjectsMixin:
    """Attributes, members and the heap entries that stores write (a part of FunctionAnalyzer)."""

    def store(self, t: ir.Attr | ir.Sub, val: Value, loc: ir.Loc, weak: bool = False) -> None:
        self.stored_key = EMPTY
        root, path, strong = self.lvalue(t)
        strong = strong and not weak
        if isinstance(t, ir.Sub) and t.index is not None and path and path[-1] == ELEM:
            self.store_key(t.base, loc)  # d[email] = order_id: the dict holds the email as a key
        base_v = self.eval(t.base)
        if isinstance(t, ir.Attr) and any(r.startswith(f"{CHILD}{self.q}:") for r in base_v.refs):
            # `ET.SubElement(ship_to, "Name").text = name`: the child is part of its parent's
            # tree, which holds the text too (values have no identity: the parent, and its own
            # parents, are grown as `parent.append(child)` would)
            self.grow_parents(base_v, Value(None, {t.attr: val}), loc)
        key = path[-1] if path else ELEM
        if isinstance(t, ir.Sub) and t.key is not None and t.key.lower() in self.cat.sender_headers and base_v.refs & self.cat.sender_header_types:
            # msg["From"] = "orders@myshop.example": who sends it, not text of the message
            val = Value({lab: tr for lab, tr in val.labels.items() if lab.kind != "text"}, val.fields, val.refs, val.consts)
        into = f"used as a key of {self._target_text(t.base)}" if isinstance(t, ir.Sub) and t.key == KEYS else f"stored into {self._target_text(t)}"
        step_v = add_step(val, make_step(self.path, loc, "store", into)) if val.labels or val.fields else val
        # container subscript stores on library objects are calls (shelve[k] = v, ws["A1"] = v)
        if isinstance(t, ir.Sub):
            ext = sorted(r[4:] for r in base_v.refs if r.startswith("ext:"))
            if ext:
                names = [self.cat.canonical(f"{n}.__setitem__") for n in ext]
                for sink in self.cat.sinks_for(names):
                    # (named as the type it is a sink of: the same name whatever the refs' order)
                    name = next((n for n in names if n in sink.calls), names[0])
                    self.check_sink(sink, name, [(None, Value(None, None, frozenset(), frozenset({key})), 0), (None, val, 0)], base_v, loc, [None, None])
            if any(r.startswith("inst:") for r in base_v.refs):
                # obj[k] = v on a project class that defines __setitem__ runs it (a cache class
                # that writes through to redis or a file)
                kv = self.eval(t.index) if t.index is not None else Value(None, None, frozenset(), frozenset({t.key or ELEM}))
                self.dunder_all(base_v, "__setitem__", [kv, val], loc, [t.base, t.index, None])
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
        # effects on parameters: the caller sees them on its argument (not a key's own value
        # written back to it: `for col in COLS: row[col] = (row.get(col) or "").strip()`)
        if len(path) == 1 and not self.augmented and root is not None and root in self.e.fresh_locals(self.fn):
            # a key of a new container the function made (`out = df[cols].copy()`), not of its
            # parameter (but `out["contacts"] += [email]` changes the list a shallow copy shares)
            pass
        elif not (isinstance(t, ir.Sub) and isinstance(t.index, ir.Name) and path and path[-1] == ELEM and self.own_key_values(base_v, t.index, val)):
            receiver = self.effect_receiver(root, self.env.get(root, EMPTY)) if root is not None else base_v
            for p in self.effect_paths(t, path):
                self.record_param_effect(receiver, p, step_v)
        # instance attributes: remembered per class for reads in other methods (an element store,
        # `obj[i] = v`, has no attribute name to be read back by: heap entries are read by name)
        if len(path) >= 1 and path[0] != ELEM:
            attr = path[0]
            if root is None:
                obj = base_v
            elif root in self.env:
                obj = self.env[root]
            else:  # a variable of an enclosing function or a global (`self._handlers[t].append(fn)` in a closure)
                obj = self.lookup(root, loc)
            v = self.attribute_writes(obj, path, step_v)
            if root is not None and root not in self.env and (mod := self.module_of(root)) is not None:
                self.heap_writes.append((f"g:{mod}:{attr}", v))  # cols.BASE = ... with cols imported

    def effect_paths(self, t: ir.Attr | ir.Sub, path: tuple[str, ...]) -> list[tuple[str, ...]]:
        """Where a store lands for the caller: at each of the few constant keys the index may be
        (`for key in REDACTED: event_dict[key] = "***"` writes those keys, not any key), else at
        the path the store names."""
        if not (isinstance(t, ir.Sub) and path and path[-1] == ELEM):
            return [path]
        kv = self.stored_key
        keys = known_consts(kv)
        if not keys or len(keys) > MAX_KEYED_EFFECTS or kv.labels or kv.fields or kv.refs or any(HOLE in k or k.startswith("@") for k in keys):
            return [path]
        return [(*path[:-1], k) for k in sorted(keys)]

    def own_key_values(self, base_v: Value, index: ir.Name, val: Value) -> bool:
        """Whether `base[index] = val` writes, at each key the index may be, only what base (a
        parameter) held at that key: the caller's dict then holds at each key what it held."""
        keys = known_consts(self.lookup(index.id, index.loc))
        bases = [lab for lab in base_v.labels if lab.is_param and not lab.flat]
        if not keys or not bases or val.fields or not val.labels:
            return False
        read: set[str] = set()
        for lab in val.labels:
            if not lab.is_param or lab.flat or not lab.path:
                return False
            last = lab.path[-1]
            read |= set(last[len(ONE_OF):].split("\x1f")) if last.startswith(ONE_OF) else {last}
            if not any(b.origin == lab.origin and b.path == lab.path[:-1] for b in bases):
                return False
        # read at every key the index may be, as the loop over those keys does (`row["email"]`
        # written at each key is not that)
        return read == keys

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
                    self.heap_writes.append((f"x:{self.shared_scope(obj)}:{path[0]}", v))
                    return

    def shared_scope(self, obj: str) -> str:
        """The shared object `obj` as this module sees it: one per module for those the catalog
        scopes so (a click CLI's Context: two CLIs in one repository share nothing)."""
        return f"{obj}@{self.module}" if obj in self.cat.per_module_shared else obj

    def read_shared(self, obj: str, attr: str) -> Value:
        """What code stored under `attr` of the shared library object `obj` (store_shared)."""
        key = f"x:{self.shared_scope(obj)}:{attr}"
        self.e.depend("heap:" + key, self.q)
        return self.e.heap.get(key, EMPTY)

    def store_key(self, base: ir.Expr, loc: ir.Loc) -> None:
        """The key of the subscript lvalue just made (self.stored_key) joins base's keys part, so
        iterating the dict, its .keys() and the dict as a whole carry it."""
        key = key_part(self.stored_key)
        if key.labels and plain_target(base):
            self.store(ir.Sub(base, KEYS, None, loc), Value(key.labels), loc, weak=True)

    def get_attr(self, bv: Value, attr: str, loc: ir.Loc, bind: bool = False) -> Value:
        """bv.attr; with `bind`, a method read as a value (not called at once) is a bound method
        that remembers its receiver (`cb = self.handle`, `pool.submit(self.handle, order)`)."""
        if attr.startswith(ir.MATCH_ARG):
            return self.match_arg(bv, int(attr[len(ir.MATCH_ARG) :]), loc)
        if bv.refs and self.cat.expression_types and all(r.startswith("ext:") and r[4:] in self.cat.expression_types for r in bv.refs):
            return bv  # a polars expression's namespace (`pl.col("d").dt`): the same columns
        if attr in META_ATTRS:  # e.__class__.__name__ names a type, not data
            return Value(None, None, frozenset("cls:" + r[5:] for r in bv.refs if r.startswith("inst:"))) if attr == "__class__" else EMPTY
        if self.cat.metadata_attrs and any(r.startswith("ext:") and f"{r[4:]}.{attr}" in self.cat.metadata_attrs for r in bv.refs):
            # fh.name, reader.fieldnames, df.columns: what the object is, not the records it holds;
            # a path or a column built from a buyer's data (open(f"{email}.txt")) still is that;
            # a count (ws.max_row) is nothing of it
            if any(r.startswith("ext:") and f"{r[4:]}.{attr}" in self.cat.metadata_numbers for r in bv.refs):
                return EMPTY
            return Value({lab: t for lab, t in bv.labels.items() if lab.kind not in ("whole", "param")})
        if attr == "value" and bv.consts and not bv.refs and not bv.fields:
            return Value(bv.labels, None, frozenset(), bv.consts)  # an Enum member's value (a str has no .value)
        if attr not in bv.fields and any(f"{r}.{attr}" in self.cat.table_indexers for r in bv.refs if r in self.cat.table_types):
            # df.loc, df.iloc: an indexer of the table's rows, by its named columns (subscript)
            out = Value(bv.labels, bv.fields)
        elif ELEM in bv.fields and (
            all(k == ELEM or k.isdigit() for k in bv.fields)
            or (attr not in bv.fields and any(r.startswith("inst:") and self.prog.method(r[5:], attr) for r in bv.refs))
        ):
            # a list or a set: an attribute is a method (`handlers.append`), not an element; and a
            # method or property of a record whose fields past the sixteenth went into its
            # element part is what the method returns (member, below), not those fields
            out = self.read(Value(bv.labels, None, bv.refs, bv.consts), attr)
        elif self.class_constant(bv, attr):
            out = EMPTY  # (the class's value, read below: the caller's object has no value of its own there)
        else:
            out = self.read(bv, attr)
            if COLUMNS in bv.fields and attr not in bv.fields:
                # a table's attribute (df.values, df.to_numpy) is its data, whatever its named columns
                out = join(out, Value(flatten(Value(None, bv.fields))))
        if bind and attr in self.cat.key_readers and self.plain_dict(bv):
            # `get = row.get` (or `map(row.get, COLUMNS)`): called later with a key, it reads
            # that key of this dict (call_value "key:")
            out = join(out, Value(None, {SELF_PART: bv}, frozenset({"key:" + attr})))
        if attr in self.cat.field_name_attrs:
            names = self.record_field_names(bv, attr)
            if names:  # `Row._fields`: the record's field names, in order
                parts = {str(i): Value(None, None, frozenset(), frozenset({n})) for i, n in enumerate(names)}
                return Value(None, {**parts, ELEM: join_all(list(parts.values()))}, frozenset({"ext:builtins.tuple"}))
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
                if name in self.cat.text_enums:  # ReportType.GET_FLAT_FILE_ORDERS_DATA: that name
                    out = join(out, Value(None, None, frozenset(), frozenset({attr})))
                elif attr in ("value", "name") and name.rpartition(".")[0] in self.cat.text_enums:
                    out = join(out, Value(None, None, frozenset(), frozenset({name.rpartition(".")[2]})))
                obj = self.cat.shared_objects.get(name)
                if obj is not None:  # what code stored under this attribute of the shared object
                    out = join(out, self.read_shared(obj, attr))
            elif kind == "mgr":
                out = join(out, Value(None, None, frozenset({f"mgr:{name.rsplit(':', 1)[0]}:{attr}"})))
            elif kind in ("fn", "bm") and attr in self.cat.task_call_methods:
                out = join(out, Value(None, None, frozenset({f"task:{name}:{attr}"})))
        return out

    def environment_field(self, cls: str, attr: str) -> bool:
        """Whether attr is a declared field of a class whose instances read their fields from the
        environment (world.toml environment_models: pydantic's BaseSettings); once per class and name."""
        if not self.cat.environment_models:
            return False
        known = self.e.environment_memo.get((cls, attr))
        if known is None:
            known = any("ext:" + b in self.builtin_bases(cls) for b in self.cat.environment_models) and any(
                attr in cd.fields for c in self.prog.mro(cls) if (cd := self.prog.classes.get(c)) is not None
            )
            self.e.environment_memo[(cls, attr)] = known
        return known

    def grow_parents(self, child: Value, added: Value, loc: ir.Loc, depth: int = 0) -> None:
        """What was put into an XML child element (child_factories) lands in each parent it was
        made under (CHILD refs: a variable or an attribute of one), up the tree."""
        for r in sorted(r for r in child.refs if r.startswith(f"{CHILD}{self.q}:")):
            names = r[len(CHILD) + len(self.q) + 1 :].split(".")
            expr: ir.Expr = ir.Name(names[0], loc)
            for attr in names[1:]:
                expr = ir.Attr(expr, attr, loc)
            parent = self.eval(expr)
            self.mutate(parent, "append", [(None, added, 0)], loc, expr)
            if depth < 4:
                self.grow_parents(parent, added, loc, depth + 1)

    def plain_dict(self, bv: Value) -> bool:
        """Whether bv is data read by key (a dict the code built, an API response, a record a
        caller passes) and not an object whose methods are code: no project class, module, or
        library type other than a dict's."""
        if not bv.fields and not any(not lab.flat for lab in bv.labels):
            return False
        if any(lab.kind == "whole" and not lab.flat for lab in bv.labels):
            # Amazon's data held whole (an API response's payload, a report row): whatever library
            # type the response is, its payload is read by key
            return not any(r.startswith(("inst:", "cls:", "mod:")) for r in bv.refs)
        return all(r.startswith("ext:") and r in self.cat.dict_types | self.cat.plain_data for r in bv.refs)

    def record_field_names(self, bv: Value, attr: str) -> tuple[str, ...]:
        """The field names of the one named-tuple class bv is (or is an instance of): a project
        NamedTuple's annotated fields, or a namedtuple's (`rec:` refs); empty when not one such
        class, or when the class sets the attribute itself (`_fields = (...)` in its body)."""
        found: set[tuple[str, ...]] = set()
        for r in bv.refs:
            kind, _, name = r.partition(":")
            if kind in ("inst", "cls"):
                own = any(attr in cd.attrs for c in self.prog.mro(name) if (cd := self.prog.classes.get(c)) is not None)
                named_tuple = any(b in self.cat.record_bases for b in self.builtin_bases(name))
                # (a dataclass sets __match_args__ to its fields too, not _fields)
                if own or not (named_tuple or (attr in self.cat.match_args_attrs and self.is_dataclass(name))):
                    return ()
                found.add(self.prog.field_names(name))
            elif kind == "rec":
                found.add(tuple(name.split(",")))
            else:
                return ()
        return next(iter(found)) if len(found) == 1 else ()

    def is_dataclass(self, cls: str) -> bool:
        """Whether a project class is decorated as a dataclass (world.toml dataclass_decorators)."""
        cd = self.prog.classes.get(cls)
        names = self.prog.decorator_names(self.prog.class_module.get(cls, ""), cd.decorators) if cd is not None else []
        return any(self.cat.canonical(n) in self.cat.dataclass_decorators for n in names)

    def class_constant(self, bv: Value, attr: str) -> bool:
        """Whether `self.ATTR` on a receiver parameter (or `self.cfg.ATTR` on an object it holds)
        can only be what its classes' bodies set (`ADDRESS_COLUMNS = {...}`): every class it may
        be sets it in its body, and none of them
        declares it a field, sets it in `__init__` or has it stored on an instance. Then the
        caller's object holds nothing of its own there, and the value is the class's, known
        entry by entry (a loop over it runs per entry)."""
        if attr in bv.fields or not bv.refs or not bv.labels or not all(lab.is_param and not lab.flat for lab in bv.labels):
            return False
        for r in sorted(bv.refs):  # (in order: what it depends on must not vary between runs)
            kind, _, cls = r.partition(":")
            if kind not in ("inst", "cls") or cls not in self.prog.classes:
                return False
            found = False
            for c in self.prog.mro(cls):
                cd = self.prog.classes.get(c)
                if cd is None or attr in cd.fields or attr in cd.init_attrs:
                    return False
                self.e.depend(f"heap:a:{c}:{attr}", self.q)
                if f"a:{c}:{attr}" in self.e.heap:
                    return False
                found = found or attr in cd.attrs
            if not found:
                return False
        return True

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

    def is_property(self, cls: str, attr: str) -> bool:
        """Whether attr is a property (or cached_property) of cls, once per class and name."""
        memo = self.e.property_memo
        found = memo.get((cls, attr))
        if found is None:
            m = self.prog.method(cls, attr)
            decos = self.prog.decorator_names(self.prog.function_module[m], self.prog.functions[m].decorators) if m is not None else []
            found = memo[(cls, attr)] = any(d.endswith(("property", "cached_property")) for d in decos)
        return found

    def member(self, cls: str, attr: str, obj: Value, loc: ir.Loc, is_inst: bool, bind: bool = False) -> Value:
        m = self.prog.method(cls, attr)
        if m is not None:
            mf = self.prog.functions[m]
            decos = self.prog.decorator_names(self.prog.function_module[m], mf.decorators)
            if is_inst and any(d.endswith(("property", "cached_property")) for d in decos):
                # a property named as a sanitizer (masked_phone) masks what it gives, as a call does
                return self.masked_by_name(mf.name, self.apply(m, self.dispatched(m, attr, obj), [], loc, []))
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
        # an instance read back from storage holds what was stored, not only what it was built with
        concrete_obj = not any(lab.is_param for lab in obj.labels) and STORED_ROW not in obj.fields
        memo_key = (cls, attr, is_inst, attr in obj.fields, concrete_obj)
        memo = self.member_memo.get(memo_key)
        if memo is None:
            memo = self.member_memo[memo_key] = self._member_heap(cls, attr, obj, is_inst, concrete_obj)
        out, named = memo
        if is_inst and attr not in obj.fields and self.environment_field(cls, attr):
            # a settings model's field not given when it was made is read from the environment:
            # a default naming a choice (`exporter = "easypost"`, `notifiers = ["amazon"]`) is one
            # value it may have, and a registry of code looked up by it may give any entry
            # (choice_entries). As text (a URL, a mailbox) or a key of data (a column allowlist)
            # it stays the default: the destination and the columns the code is written for
            elem = out.fields.get(ELEM)
            if (elem.consts if elem is not None else out.consts):
                out = set_path(out, (ELEM,), ANY_CHOICE, strong=False) if elem is not None else join(out, ANY_CHOICE)
        if is_inst and not named and attr not in obj.fields and not attr.startswith("_") and not self._declared(cls, attr):
            # no attribute by that name: Python asks the class's __getattr__ (an attribute-style
            # view over a payload dict, `order.BuyerInfo.BuyerEmail`), with the name as text. A
            # private name is the wrapper's own state (`self._d` set by `object.__setattr__` or
            # in `__slots__`), not a payload key: asking would read the payload for its holder
            found = self.dunder(cls, "__getattr__", obj, [Value(None, None, frozenset(), frozenset({attr}))], loc, [])
            if found is not None:
                out = join(out, found)
        return out

    def dunder(self, cls: str, name: str, obj: Value, args: list[Value], loc: ir.Loc, exprs: list[ir.Expr | None]) -> Value | None:
        """What the special method `name` (__getattr__, __getitem__, __setitem__) of project class
        cls returns when Python calls it for obj; None when no class in cls's MRO defines it."""
        m = self.prog.method(cls, name)
        return None if m is None else self.apply(m, self.dispatched(m, name, obj), [(None, a, 0) for a in args], loc, exprs)

    def dunder_all(self, obj: Value, name: str, args: list[Value], loc: ir.Loc, exprs: list[ir.Expr | None]) -> Value | None:
        """dunder for each project class obj may be an instance of (each method applied once)."""
        methods = dict.fromkeys(m for r in sorted(obj.refs) if r.startswith("inst:") and (m := self.prog.method(r[5:], name)))
        if not methods:
            return None
        return join_all([self.apply(m, self.dispatched(m, name, obj), [(None, a, 0) for a in args], loc, exprs) for m in methods])

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

    def _member_heap(self, cls: str, attr: str, obj: Value, is_inst: bool, concrete_obj: bool) -> tuple[Value, bool]:
        """What the heap holds for cls's attr (its classes' and instances' stores, else a library
        base's attribute), and whether any class in the MRO sets attr by name."""
        out = EMPTY
        named = False
        overridden = False  # a class attribute: the first class in the MRO that always sets it wins
        in_class = False  # set in a class body (not only stored into on an instance)
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
                in_class |= prefix == "c"
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
        if out.is_empty() or (not out.refs and not in_class and not self._declared(cls, attr)):
            # a library base's attribute (also when the heap holds only what calls stored into
            # it: `self.stdout.write(text)` on a Django command writes into its stream)
            for base in self.prog.ext_bases(cls):
                name = self.cat.canonical(f"{base}.{attr}")
                if base in self.cat.orm_models and attr in self.cat.orm_managers:
                    out = join(out, Value(None, None, frozenset({f"mgr:{cls}:{attr}"})))
                out = join(out, Value(None, None, frozenset({f"ext:{self.cat.attributes.get(name, name)}"})))
        elif attr in self.cat.orm_managers or self.holds_manager(out):
            # a model's own manager (`objects = OrderManager()`, or one under another name,
            # `synced = OrderQuerySet.as_manager()`): the model's manager still, whose methods a
            # custom one inherits write the model's rows (`self.update_or_create(...)`)
            for base in self.prog.ext_bases(cls):
                if base in self.cat.orm_models:
                    name = self.cat.canonical(f"{base}.{attr if attr in self.cat.orm_managers else sorted(self.cat.orm_managers)[0]}")
                    out = join(out, Value(None, None, frozenset({f"mgr:{cls}:{attr}", f"ext:{self.cat.attributes.get(name, name)}"})))
        return out, named

    def holds_manager(self, v: Value) -> bool:
        """Whether v is an ORM manager (world.toml orm.manager_types, manager_makers)."""
        for r in v.refs:
            if r.startswith("inst:") and any(b in self.cat.orm_manager_types for b in self.prog.ext_bases(r[5:])):
                return True
            if r.startswith("ext:") and r[4:].removesuffix("()") in self.cat.orm_manager_makers:
                return True
        return False

    def _declared(self, cls: str, attr: str) -> bool:
        """Whether a class in cls's MRO names attr (a field, or an attribute __init__ assigns)."""
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            if cd is not None and (attr in cd.init_attrs or attr in cd.fields):
                return True
        return False

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

    def effect_receiver(self, root: str | None, v: Value) -> Value:
        """v, the variable `root` a store goes into; a parameter of a copy per key set (which has no
        label of its own) is given its parameter's label, so the caller sees the store."""
        i = self.key_set_params.get(root) if root is not None else None
        if i is None:
            return v
        return join(v, Value({Label("param", root, f"param:{self.q}:{i}"): ()}))

    def record_param_effect(self, recv: Value, path: tuple[str, ...], added: Value) -> None:
        """A store into (a part of) this function's parameter: the caller sees it on its argument."""
        for lab in recv.labels:
            if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"):
                i = int(lab.origin.rsplit(":", 1)[1])
                full = (lab.path + path)[:MAX_EFFECT_PATH]
                cut = next((n for n, k in enumerate(full) if k.startswith(ONE_OF)), None)
                if cut is not None:  # a store into one of several parts: into any element there
                    full = (*full[:cut], ELEM)
                old = self.effects.get((i, full))
                if old is None and len(self.effects) >= MAX_EFFECTS:
                    continue
                self.effects[(i, full)] = added if old is None else join(old, added)

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
