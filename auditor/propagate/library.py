"""Calls to library code: catalog sources and sinks, built-ins, and libraries that call back
into project code (executors, map/filter, folds)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor import ir
from auditor.catalog import ArgSpec, SchemaClass, Sink, Source, normalize_key
from auditor.link import STDLIB, dotted_name
from auditor.propagate.base import (
    BUFFER,
    BUFFERED,
    CHILD,
    EMPTY_MARK,
    EXCEPTION_OPTION,
    ORM_MODELS,
    REF_SEP,
    ROW,
    SAVED_FILE,
    STACKED,
    STORED_ROW,
    TOPIC,
    UNKNOWN_TEXT,
    SourceInfo,
    accessor_expr,
    arg_given,
    arg_index,
    fetched_params,
    flag_cleared,
    flag_given,
    flag_literal,
    flat_params,
    is_callable_ref,
    json_value,
    key_part,
    make_step,
    own_self,
    project_callable,
    record_fields,
    tuple_positions,
)
from auditor.propagate.logcfg import (
    CONTEXT,
    HANDLERS_REDACT,
    LOCALS_SHOWN,
    LOGGER,
    PLAIN,
    PLAIN_HANDLER,
    PROCESSOR_SITES,
    REDACTED,
    REDACTED_KEYS,
    class_named,
    config_literal,
    configured_loggers,
    module_dict,
    processor_certainty,
    rewrites_record,
)
from auditor.values import (
    COLUMNS,
    DATA,
    ELEM,
    EMPTY,
    HOLE,
    INDEX,
    KEYS,
    MAX_CONSTS,
    MAX_FIELDS,
    MAX_PATH,
    REPORT_TAG,
    SELF_PART,
    TOP,
    TOP_CONSTS,
    WITHOUT,
    Label,
    Labels,
    Value,
    derive,
    flatten,
    includes,
    join,
    join_all,
    known_consts,
    merge_labels,
    sanitize,
    set_path,
)

MAX_TEE = 8  # iterators of itertools.tee kept apart by position

# a template naming another (Jinja's include, extends, import, from ... import), by a literal name
# (group 2) or by an expression
_TEMPLATE_REF = re.compile(r"""\{%-?\s*(include|extends|import|from)\s+(?:["']([^"']+)["']|[^%]*)""")
# a macro block a template defines (`{% macro name(...) %}...{% endmacro %}`), and the names an
# import brings in: `import "m" as m` (called as `m.name(`) or `from "m" import a, b as c`
_MACRO_OPEN = re.compile(r"\{%[-+]?\s*macro\s+(\w+)\s*\(")
_MACRO_BLOCK = re.compile(r"\{%[-+]?\s*macro\s+(\w+)\s*\(.*?\{%[-+]?\s*endmacro\s*[-+]?%\}", re.S)
_IMPORT_AS = re.compile(r"""\{%[-+]?\s*import\s+["'][^"']+["']\s+as\s+(\w+)[^%]*%\}""")
_FROM_IMPORT = re.compile(r"""\{%[-+]?\s*from\s+["'][^"']+["']\s+import\s+(.*?)[-+]?%\}""", re.S)
# what an imported library runs besides its macros: its sets (a block set with its body) and imports
_LIBRARY_STATEMENT = re.compile(
    r"\{%[-+]?\s*set\s+\w+\s*[-+]?%\}.*?\{%[-+]?\s*endset\s*[-+]?%\}|\{%[-+]?\s*(?:set|import|from)\b.*?%\}", re.S
)
_JINJA_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)


def macros_called(text: str, imported: str, m: re.Match[str]) -> str | None:
    """The text of `imported` (a macro library) that `text` renders through the import `m`
    matched: an import brings macros, and only those called (and the macros they call) render,
    so the blocks of the others are left out; the rest of the library (its `{% set %}`s, its own
    imports) stays. None when that is not known: no macros, nested macro blocks, the import's
    name used otherwise than `name.macro(` (`m[part]()`), a name not among the macros."""
    blocks = {b.group(1): b for b in _MACRO_BLOCK.finditer(imported)}
    if not blocks or len(blocks) != len(_MACRO_OPEN.findall(imported)):
        return None  # (a macro in a macro: the first endmacro would end the outer one too)
    if any(_MACRO_OPEN.search(b.group(0), 1) for b in blocks.values()):
        return None
    tail = text[m.start():]
    if m.group(1) == "import":
        alias = _IMPORT_AS.match(tail)
        if alias is None:
            return None
        rest = text[: m.start()] + tail[alias.end():]
        code = " ".join(_JINJA_CODE.findall(rest))  # (not the text around: "I'm")
        uses = re.findall(rf"\b{re.escape(alias.group(1))}\b(\.(\w+)\s*\()?", code)
        if any(not call for call, _ in uses):
            return None
        names = {name for _, name in uses}
    else:
        what = _FROM_IMPORT.match(tail)
        if what is None:
            return None
        items = re.sub(r"\bwith(?:out)?\s+context\b", "", what.group(1))
        names = {item.split(" as ")[0].strip() for item in items.split(",") if item.strip()}
    if not names <= blocks.keys():
        return None
    todo = sorted(names)
    while todo:  # and the macros those call (`{{ contact() }}` inside `signoff`)
        body = " ".join(_JINJA_CODE.findall(blocks[todo.pop()].group(0)))
        for other in sorted(blocks.keys() - names):
            if re.search(rf"\b{re.escape(other)}\s*\(", body):
                names.add(other)
                todo.append(other)
    # the macros called and what the library runs on import (its sets and imports); its other
    # top-level text and comments are not rendered by an import
    outside = imported
    for b in sorted(blocks.values(), key=lambda b: -b.start()):
        outside = outside[: b.start()] + outside[b.end() :]
    kept = [st.group(0) for st in _LIBRARY_STATEMENT.finditer(outside)]
    called = [b.group(0) for name, b in sorted(blocks.items(), key=lambda nb: nb[1].start()) if name in names]
    return "".join(kept + called)


def salts_joined(e: ir.Expr, names: re.Pattern[str], joined: bool = False) -> list[ir.Expr]:
    """The values whose names match `names` that e joins its data with (`SALT + email`,
    `f"{cfg.HASH_PEPPER}{email}".encode()`, `"".join([salt, email])`): a name alone is not joined
    to anything."""
    if isinstance(e, ir.Name | ir.Attr):
        name = e.id if isinstance(e, ir.Name) else e.attr
        return [e] if joined and names.search(name) is not None else []
    if isinstance(e, ir.Combine):
        return [x for p in e.parts for x in salts_joined(p, names, True)]
    if isinstance(e, ir.Call) and isinstance(e.func, ir.Attr):
        if e.func.attr in ("join", "format") and isinstance(e.func.base, ir.Const):
            parts = [a.value for a in e.args]
            parts = [x for p in parts for x in (p.elts if isinstance(p, ir.SeqLit) else (p,))]
            return [x for p in parts for x in salts_joined(p, names, True)] if len(parts) > 1 else []
        return salts_joined(e.func.base, names, joined)  # (SALT + email).encode(), .lower()
    return []


def known_keys(v: Value, star: int) -> bool:
    """Whether an argument is a `**mapping` whose entries are all known by key."""
    return star == 2 and bool(v.fields) and not v.labels and ELEM not in v.fields


def named_parts(v: Value) -> Value:
    """A namedtuple's parts by field name only: one made by `namedtuple(...)` holds each field
    under its name and its position, and `_replace`/`_asdict` work by name (the positions of
    the replaced fields would keep the old values)."""
    if not v.fields or not any(k.isdigit() for k in v.fields) or not any(not k.isdigit() and k != ELEM and not k.startswith("@") for k in v.fields):
        return v
    return Value(v.labels, {k: f for k, f in v.fields.items() if not k.isdigit() and k != ELEM}, v.refs, v.consts)


GROUP_KEYS = "@groupkeys"  # on a polars grouping: the key columns, kept for its aggregation
ANY_COLUMN = "@anycolumn"  # on a polars expression: it may stand for any column (`pl.all()`)


def broker_message(kind: str, value: Value, key: Value) -> Value:
    """A broker's message of type `kind` (world.toml [brokers]): what was published as its value and
    its key, read by its `value()`/`key()` (message_values, message_keys)."""
    return Value(None, {"@value": value, "@key": key}, frozenset({f"ext:{kind}"} if kind else ()))


def topic_key(topic: str, part: str = "") -> str:
    """The heap key of what was published to a broker's topic (`*`: to a topic not known; `@all`:
    to any), as values or (`part` "key") as message keys."""
    return f"{TOPIC}{part}:{topic}" if part else f"{TOPIC}{topic}"


class LibraryMixin:
    """Calls to library code and the callbacks libraries run (a part of FunctionAnalyzer)."""

    def note_log_redaction(self, name: str, recv: Value | None, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> None:
        """`logging.config.dictConfig(LOGGING)`, `logger.addFilter(Redact())`, `logger.addHandler(h)`:
        what they say of the loggers they name (logcfg's heap keys, read by log sinks)."""
        writes: dict[str, set[str]] = {}
        if name in self.cat.log_configs:
            found = config_literal(self.prog, self.module, arg_exprs[0] if arg_exprs else None)
            if found is not None:
                writes = self.logging_config(*found)
        elif recv is not None and args and (logger := recv.fields.get(LOGGER)) is not None:
            if name in self.cat.log_add_handlers:
                writes = {PLAIN_HANDLER: set(logger.consts)}
            elif any(r.startswith("inst:") and self.redacting_class(r[5:]) for r in args[0][1].refs):
                writes = {REDACTED: set(logger.consts)}
        self.write_log_config(writes)

    def logging_config(self, config: ir.DictLit, module: str) -> dict[str, set[str]]:
        """What a dictConfig dict written in `module` says of the loggers it names, by heap key."""
        own, by_handlers, plain = configured_loggers(config, lambda e: self.redacting_class(class_named(self.prog, module, e)))
        return {REDACTED: own, HANDLERS_REDACT: by_handlers, PLAIN: plain}

    def write_log_config(self, writes: dict[str, set[str]]) -> None:
        for key, names in sorted(writes.items()):
            if names:
                self.heap_writes.append((key, Value(None, None, frozenset(), frozenset(names))))

    def note_settings_log_config(self) -> None:
        """A framework's settings module (Django's, read through `django.conf.settings`) holding a
        `LOGGING` dict: the framework configures logging with it at start-up, as dictConfig would."""
        if self.module not in self.prog.settings_modules:
            return
        for name in sorted(self.cat.log_settings_configs):
            config = module_dict(self.prog, self.module, name)
            if config is not None:
                self.write_log_config(self.logging_config(config, self.module))

    def note_processor_redaction(
        self, spec: ArgSpec, event_arg: int, args: list[tuple[str | None, Value, int]], recv: Value | None, loc: ir.Loc
    ) -> None:
        """`structlog.configure(processors=[..., redact, ...])`: the keys of the event dict that a
        project processor surely writes over with something holding none of the line's data (a
        constant, or the value sanitized), or pops, are redacted on the lines this configuration
        renders (REDACTED_KEYS, per configuration: PROCESSOR_SITES; read by the sinks with
        keyed_redaction). Not a write under another condition (logcfg.processor_certainty), a
        `setdefault`, or a key whose value the processor moves to another key."""
        if not arg_given(spec, args):
            return  # configure(cache_logger_on_first_use=True): the processors stay as they were
        procs = self.arg_value(spec, args, recv)
        refs = set(procs.refs) | {r for f in procs.fields.values() for r in f.refs}
        site = f"{self.path}:{loc[0]}:{loc[1]}"
        keys: set[str] = set()
        for r in sorted(refs):
            if not r.startswith("fn:"):
                continue
            q = r[3:]
            fn = self.prog.functions.get(q)
            sure, defaults = processor_certainty(fn, event_arg) if fn is not None else (False, frozenset())
            if not sure:
                continue
            self.e.depend("fn:" + q, self.q)
            summary = self.e.summaries.get(q)
            if summary is None:
                continue
            own = f"param:{q}:{event_arg}"
            found: set[str] = set()
            moved: set[str] = set()  # `event_dict["user_email"] = event_dict.pop("email")`
            for i, path, written in summary.effects:
                if i != event_arg or not path:
                    continue
                held = flatten(written)
                moved.update(lab.path[0] for lab in held if lab.is_param and lab.origin == own and lab.path and not lab.san)
                # (a path through keys popped before: the event dict without them)
                if all(p.startswith(WITHOUT) for p in path[:-1]) and path[-1] != ELEM and not path[-1].startswith("@"):
                    if all(lab.san for lab in held):  # (no label at all: a constant)
                        found.add(path[-1])
            # `event_dict.pop("email", None)`: the dict it returns is the event without those keys
            for lab in summary.ret.labels:
                if lab.is_param and lab.origin == own and len(lab.path) == 1 and lab.path[0].startswith(WITHOUT):
                    found.update(lab.path[0][len(WITHOUT) :].split("\x1f"))
            keys |= found - defaults - moved
        self.heap_writes.append((PROCESSOR_SITES, Value(None, None, frozenset(), frozenset({site}))))
        if keys:
            self.heap_writes.append((REDACTED_KEYS, Value(None, None, frozenset(), frozenset(f"{site}\x1f{k}" for k in keys))))

    def schema_declared(self, recv: Value) -> dict[str, tuple[str, str, Value | None]] | None:
        """The fields a schema instance's classes declare, as field name -> (the key read, the key
        written, what computes it if the object does not hold it), after its Meta options
        (world.toml schema_classes); None when not known (a class of no such base, or one that
        declares none: then the object is dumped whole)."""
        found: dict[str, tuple[str, str, Value | None]] | None = None
        for r in sorted(recv.refs):
            if not r.startswith("inst:"):
                continue
            cls = r[5:]
            bases = self.builtin_bases(cls)
            kind = next((k for k in self.cat.schema_classes if "ext:" + k.base in bases), None)
            if kind is None:
                return None
            mine = self.schema_class_fields(cls, kind)
            if mine is None:
                return None
            found = {**(found or {}), **mine}
        return found

    def schema_class_fields(self, cls: str, kind: SchemaClass) -> dict[str, tuple[str, str, Value | None]] | None:
        """schema_declared for one class: its MRO's declared fields (the nearest class's wins),
        narrowed to Meta.fields, grown by Meta.additional, less Meta.exclude. A field computed
        from the whole object (fields.Method("name"), fields.Function(fn)) carries what computes
        it: the schema's method, or the function; None when that is not known."""
        declared: dict[str, tuple[str, str, Value | None]] = {}
        meta: dict[str, frozenset[str] | None] = {}
        for c in self.prog.mro(cls):
            cd = self.prog.classes.get(c)
            if cd is None:
                continue
            for _name, q in cd.methods:
                fn = self.prog.functions.get(q)
                if fn is not None and fn.decorators and self.reshaping_hook(q, fn, kind):
                    return None  # a dump hook may add what it likes (post_dump(pass_original=True))
            for attr in cd.attrs:
                if attr in declared:
                    continue
                hv = self.class_heap(c, attr)
                types = {self.cat.canonical(r[4:]) for r in hv.refs if r.startswith("ext:")}
                if not any(t.startswith(kind.fields) for t in types):
                    continue
                read = known_consts(hv.fields.get(kind.attribute, EMPTY))
                key = known_consts(hv.fields.get(kind.key, EMPTY))
                out = next(iter(key)) if len(key) == 1 else attr
                computed = None
                if types & set(kind.whole_fields):
                    # fields.Method("status_label") runs the schema's method, fields.Function(fn)
                    # the function, with the whole object
                    given = hv.fields.get("0", EMPTY)
                    names = known_consts(given)
                    method = self.prog.method(cls, next(iter(names))) if len(names) == 1 else None
                    if method is not None:
                        computed = Value(None, None, frozenset({f"bm:{method}"}))
                    elif given.refs and all(r.startswith(("fn:", "pfn:")) for r in given.refs):
                        computed = Value(None, given.fields, given.refs)
                    else:
                        return None
                declared[attr] = (next(iter(read)) if len(read) == 1 else attr, out, computed)
            opts = f"{c}.{kind.meta}"
            if opts in self.prog.classes:
                for part in (kind.meta_fields, kind.meta_additional, kind.meta_exclude):
                    if part not in meta and part in self.prog.classes[opts].attrs:
                        names = known_consts(self.iter_elem(self.class_heap(opts, part)))
                        meta[part] = frozenset(n for n in names if HOLE not in n) if names else None
        if any(v is None for v in meta.values()):
            return None  # names not known here
        named = meta.get(kind.meta_fields)
        if named is not None:
            declared = {n: declared.get(n, (n, n, None)) for n in sorted(named)}
        for n in sorted(meta.get(kind.meta_additional) or ()):
            declared.setdefault(n, (n, n, None))
        for n in meta.get(kind.meta_exclude) or ():
            declared.pop(n, None)
        return declared if declared or named is not None or meta.get(kind.meta_additional) else None

    def reshaping_hook(self, q: str, fn: ir.Function, kind: SchemaClass) -> bool:
        """Whether a schema method is a dump hook that may add data of the object the declared
        fields leave out: a `pre_dump` (it reshapes the object first) or a `post_dump` given the
        original (`pass_original=True`); a `post_dump` that only sees the dumped dict (dropping
        empty values) adds nothing."""
        names = self.prog.decorator_names(self.prog.function_module[q], fn.decorators)
        for name, deco in zip(names, fn.decorators, strict=False):
            if name in kind.hooks:
                return True
            if name in kind.original_hooks and isinstance(deco, ir.Call) and any(a.name == kind.original_arg for a in deco.args):
                return True
        return False

    def class_heap(self, cls: str, attr: str) -> Value:
        """What a class body set its attribute to (the heap's `c:` entry), noted as read."""
        key = f"c:{cls}:{attr}"
        self.e.depend("heap:" + key, self.q)
        return self.e.heap.get(key, EMPTY)

    def schema_dump(
        self, obj: Value, only: frozenset[str], exclude: frozenset[str], loc: ir.Loc,
        declared: dict[str, tuple[str, str, Value | None]] | None = None, schema: Value | None = None,
    ) -> Value:
        """What a serializer schema dumps of one object: its data by field name (not its class),
        or the fields its class declares (read at their attribute, written at their data key, or
        computed by the schema's method or a function given the object); only the fields named,
        or without those excluded (world.toml schema_dumps)."""
        if declared is not None:
            kept = {n: v for n, v in declared.items() if (not only or n in only) and n not in exclude}
            parts: dict[str, Value] = {}
            for _n, (key, out, computed) in sorted(kept.items()):
                if computed is not None:
                    # (the schema's method runs on the schema; a function as it was given)
                    method = any(r.startswith("bm:") for r in computed.refs)
                    fv = Value(None, {SELF_PART: schema or EMPTY}, computed.refs) if method else computed
                    parts[out] = self.call_value(fv, None, [(None, obj, 0)], loc, "", [None])
                    continue
                v = obj
                for step in key.split("."):  # attribute="ship.AddressLine1": a nested path
                    v = self.key_source(self.read(v, step), v, step, loc)
                parts[out] = v
            return Value(None, parts or None)
        data = Value(obj.labels, obj.fields, frozenset(r for r in obj.refs if not r.startswith(("inst:", "cls:"))), obj.consts)
        if only:
            return Value(None, {k: self.key_source(self.read(obj, k), obj, k, loc) for k in sorted(only)})
        if exclude:
            fields = {k: f for k, f in data.fields.items() if k not in exclude}
            return Value(self.without_keys(data.labels, sorted(exclude)) or None, fields or None, data.refs, data.consts)
        return data

    def module_name_expr(self, e: ir.Expr | None) -> bool:
        """Whether e is `__name__` as Python sets it (no variable of the code so named): the dotted
        name of the module being analysed."""
        return isinstance(e, ir.Name) and e.id == "__name__" and e.id not in self.env

    def redacting_class(self, cls: str | None) -> bool:
        """Whether a project class is a logging filter that rewrites a record's text."""
        if cls is None:
            return False
        known = self.e.redacting_filters.get(cls)
        if known is None:
            m = self.prog.method(cls, "filter")
            fn = self.prog.functions.get(m) if m is not None else None
            known = self.e.redacting_filters[cls] = fn is not None and rewrites_record(fn, self.cat.log_record_fields)
        return known

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
        if name in cat.child_factories and args and args[0][0] is None and arg_exprs and arg_exprs[0] is not None:
            return self.child_element(name, args, loc, shape, arg_exprs)
        if recv is not None and cat.template_methods:
            self.run_template(name, recv, loc)
        buffered = EMPTY  # what an in-memory buffer or a queue holds (write_buffer): its reads return it
        if recv is not None and any(r.startswith(BUFFER) for r in recv.refs):
            last = name.rsplit(".", 1)[-1]
            if last in cat.channel_writes:
                self.write_buffer(recv, join_all([a[1] for a in args]))
            elif last in cat.channel_reads:
                buffered = self.read_buffer(recv)
        if buffered is not EMPTY:
            return join(self.call_ext_plain(name, recv, args, loc, shape, arg_exprs), buffered)
        if cat.expression_types:
            expr = self.expression_call(name, recv, args, loc)
            if expr is not None:
                return expr
        if name in cat.broker_publishes:
            self.publish(name, recv, args, loc, arg_exprs)
        elif recv is not None and name in cat.broker_polls:
            kind, many = cat.broker_polls[name]
            topics = self.iter_elem(self.read(recv, ELEM))  # the names the subscribed lists hold
            message = broker_message(kind, self.topics_read(topics), self.topics_read(topics, "key"))
            return Value(None, {ELEM: message}, frozenset({"ext:builtins.list"})) if many else message
        elif recv is not None and name in cat.broker_message_parts:
            return self.read(recv, "@" + cat.broker_message_parts[name])  # (a parameter's: the caller's message's)
        elif name in cat.broker_topic_objects:
            names = [a[1] for a in args if a[0] is None and a[2] == 0]
            return Value(None, {ELEM: join_all(names)}, frozenset({f"ext:{cat.result_type(name, None)}"}))
        if recv is not None and cat.record_validators:
            classes = sorted(r[4:] for r in recv.refs if r.startswith("cls:"))
            for call, spec in cat.record_validators if classes else ():
                if call == name:  # Order.model_validate(raw): Order(**raw)
                    data = self.arg_value(spec, args, recv)
                    return join_all([self.construct(c, [(None, data, 2)], loc, [None]) for c in classes])
        if name in cat.orm_adds:
            for _kw, v, _star in args:
                for obj in (v, v.fields.get(ELEM, EMPTY)):  # add(obj), add_all([obj, ...])
                    for m in sorted(r[5:] for r in obj.refs if r.startswith("inst:")):
                        for attr, part in obj.fields.items():
                            if not attr.startswith("@") and attr != ELEM and not attr.isdigit():
                                self.heap_writes.append((f"a:{m}:{attr}", part))
        if name in cat.orm_statements and args:  # select(Order): a statement of Order's rows
            models = frozenset(r for _kw, v, _star in args for r in v.refs if r.startswith("cls:"))
            if models:
                return Value(None, {ORM_MODELS: Value(None, None, models)}, frozenset({f"ext:{name}()"}))
        if recv is not None and ORM_MODELS in recv.fields and name.rsplit(".", 1)[-1] in cat.orm_statement_methods:
            return recv  # stmt.where(...): the same models
        rows = name in cat.orm_statement_rows
        if (name in cat.orm_queries or name in cat.orm_statement_queries or rows) and args:
            first = args[0][1]
            models = sorted(r[4:] for r in first.refs | first.fields.get(ORM_MODELS, EMPTY).refs if r.startswith("cls:"))
            if models:  # session.query(Order): Order's rows, read back as a manager's (manager_call)
                insts = [Value(None, {STORED_ROW: EMPTY_MARK}, frozenset({f"inst:{m}"})) for m in models]
                if rows:  # session.scalar(stmt), session.get(Order, id): one of them
                    return join_all(insts)
                return join_all([
                    Value(None, {ELEM: inst, "0": inst}, frozenset({f"mgr:{m}:query"})) for m, inst in zip(models, insts, strict=True)
                ])
        if self.e.unknown_files and args and self.looks_up_columns(name):
            self.column_lookup(recv, args, loc)
        items = cat.key_callbacks.get(name)
        if items is not None:
            self.run_key_callback(items, recv, args, loc)
        tags = self.note_report_types(name, args, recv) if name in cat.report_type_args else None
        out = self.call_ext_plain(name, recv, args, loc, shape, arg_exprs)
        if tags is not None or name in cat.report_lookups:
            out = self.report_record(name, args, recv, out, tags)
        if any(flag_given(spec, args, arg_exprs) for spec in cat.exception_options.get(name, ())):
            # loguru's `logger.opt(exception=True)`: a logger whose calls write the handled exception
            out = Value(out.labels, {**out.fields, EXCEPTION_OPTION: Value(None, None, frozenset(), frozenset({"1"}))}, out.refs, out.consts)
        if name in cat.unknown_path_calls:
            unknown = self.unknown_file(name, recv, args, loc)
            if unknown is not None:
                # the file's rows, not the files its path or query was read from (a setting)
                kept = {lab: t for lab, t in out.labels.items() if lab.origin not in self.e.unknown_files}
                if len(kept) != len(out.labels):
                    out = Value(kept, out.fields, out.refs, out.consts)
                return join(out, unknown)
        return out

    def written(self, src: Source, args: list[tuple[str | None, Value, int]], recv: Value | None) -> bool:
        """Whether a file source's call opens the file to write (Source.unless_arg: a write mode)."""
        if src.unless_arg is None or not src.unless_pattern:
            return False
        uv = self.arg_value(src.unless_arg, args, recv)
        return any(re.search(src.unless_pattern, c) for c in uv.consts)

    def report_columns(self, names: Iterable[str]) -> list[str]:
        """The Amazon report column names (fields.toml report_column) among these, sorted."""
        return sorted(c for c in names if normalize_key(c) in self.cat.key_sources)

    def looks_up_columns(self, name: str) -> bool:
        """Whether a library call may look a column up in rows (column_lookup): a lookup method on
        them, or a function outside the standard library and the catalog named for it."""
        head, _, last = name.rpartition(".")
        if last in self.cat.column_lookup_methods:
            return True
        top = head.split(".", 1)[0]
        if not head or top in STDLIB or top in self.cat.column_lookup_skip or self.cat.sinks_for([name]) or self.cat.sources_for(name):
            return False
        words = last.lower()
        return any(w in words for w in self.cat.column_lookup_words)

    def run_key_callback(self, items: ArgSpec, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc) -> None:
        """sorted(rows, key=fn): fn runs with each element of rows (what it does there, a column it
        reads or a sink it calls, is this call's); its result only orders them."""
        fnv = next((v for kw, v, _s in args if kw == "key"), None)
        if fnv is None or self.in_callback or not any(self.callback_ref(r) for r in fnv.refs):
            return
        self.note_called(fnv)
        self.in_callback = True
        try:
            self.call_value(self.callback_value(fnv), None, [(None, self.iter_elem(self.arg_value(items, args, recv)), 0)], loc, "", [None])
        finally:
            self.in_callback = False

    def column_lookup(self, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc) -> None:
        """`header.index("buyer-name")`, `find_column(row, "buyer-email")`: a library call given a
        report column's name and rows of a file from an unknown path looks the column up in them,
        which reads them by that name (TablesMixin.confirm_files)."""
        named = self.report_columns(c for a in args for c in known_consts(a[1]))
        if not named:
            return
        held = [recv] if recv is not None else []
        held += [a[1] for a in args if not (a[1].consts and not a[1].labels and not a[1].fields)]
        for v in held:
            self.confirm_files(v.labels or flatten(v), named[0], self.path, loc, STACKED in v.fields)

    def unknown_file(self, name: str, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc) -> Value | None:
        """open(path) or pd.read_csv(path) with a path the code does not know statically (no
        constant text: sys.argv, a setting, a dialog): maybe an order report (Source.unknown_path).
        Its content gets a label of its own origin, which counts only once code reads one of its
        rows by a report column name (TablesMixin.key_source, Engine.confirm_unknown_file)."""
        for src in self.cat.sources_for(name):
            if not (src.unknown_path or src.by_columns):
                continue
            pv = self.arg_value(src.path_arg, args, recv)
            # a helper given the path or query (`query(sql)`): a copy per constant its callers pass
            # (Engine.specialise_call), each with its own label, so the orders' query is not the
            # products' query
            self.note_param_use(pv, self.e.keyed_params)
            if (pv.consts - {TOP} or SAVED_FILE in pv.refs) and not src.by_columns:
                continue  # a path with known text is the report's or not by its name
            if any(r.startswith((BUFFER, "ext:io.")) for r in pv.refs) or any(
                lab.is_pii and lab.origin not in self.e.unknown_files for lab in flatten(pv)
            ):
                continue  # not a path: a buffer, or text that is data already (its labels say what)
            if self.written(src, args, recv):
                continue
            key = f"{src.id}?@{self.path}:{loc[0]}:{loc[1]}" + (f"#{self.q}" if self.q in self.e.copy_of else "")
            self.e.unknown_files.setdefault(key, SourceInfo(src.id, src.data, src.origin, self.path, loc))
            step = make_step(self.path, loc, "source", f"{src.data} from {src.origin} (one because its rows are read by report column names)")
            for kw, v, _s in args:
                if kw in src.column_args:  # read_csv(path, usecols=["order-id", "buyer-email"])
                    named = self.report_columns(self.column_names_of(v))
                    if named:
                        self.e.confirm_unknown_file(key, self.path, loc, named[0])
            return Value({Label("whole", src.data, key): (step,)})
        return None

    def write_buffer(self, buf: Value, data: Value) -> None:
        """Text written into an in-memory buffer (`buf.write(line)`, a csv writer over `buf`): kept
        per place the buffer was made, in this function (parameters and all) and on the heap
        (for a buffer another function reads)."""
        for site in sorted(r for r in buf.refs if r.startswith(BUFFER)):
            old = self.buffers.get(site)
            self.buffers[site] = data if old is None else join(old, data)
            # on the heap too, for a reader elsewhere (a consumer started before, a function the
            # buffer is handed to); what holds this function's parameters is passed to callers
            # only for a buffer made elsewhere (heap_effects): one made here is each call's own
            self.heap_writes.append(("b:" + site, data))

    def read_buffer(self, buf: Value) -> Value:
        """What was written into an in-memory buffer (`buf.getvalue()`), here or elsewhere."""
        out = buf.fields.get(BUFFERED, EMPTY)  # what the function that made and returned it wrote
        for site in sorted(r for r in buf.refs if r.startswith(BUFFER)):
            self.e.depend("heap:b:" + site, self.q)
            out = join_all([out, self.buffers.get(site, EMPTY), self.e.heap.get("b:" + site, EMPTY)])
        return out

    def with_buffered(self, v: Value) -> Value:
        """v with what was written into the buffers it holds (`sftp.putfo(buf, ...)`, `files={"f":
        ("a.csv", buf)}`): the rows a csv writer put there are the buffer's content."""
        out = self.buffered_content(v)
        return v if out.is_empty() else join(v, out)

    def buffered_content(self, v: Value, depth: int = 0) -> Value:
        """What was written into the buffers v and its parts hold (with_buffered)."""
        out = self.read_buffer(v) if any(r.startswith(BUFFER) for r in v.refs) else EMPTY
        if depth < 3:
            for f in v.fields.values():
                out = join(out, self.buffered_content(f, depth + 1))
        return out

    def report_record(self, name: str, args: list[tuple[str | None, Value, int]], recv: Value | None, out: Value, tags: Labels | None) -> Value:
        """What a library call returns, when it requests reports (`create_report(reportType=...)`,
        `tags` from note_report_types) or looks one up by its id (`get_report(report_id)`): the
        report's record, marked with the report's types, so the report id read from it, and the
        document id got for it, say which report they are (document_types)."""
        ids = [self.arg_value(spec, args, recv) for spec in self.cat.report_lookups.get(name, ())]
        if any(not v.is_empty() for v in ids):
            # the record of the report the id names is what the id says of it (its types, or a
            # caller's id for the caller to tell), not what the client holds
            # (an id that is also text not known statically, `sys.argv[1] or rid`, names no type)
            known = not any(v.consts or self.unknown_parts(v) for v in ids)
            kept = {lab: t for v in ids for lab, t in flatten(v).items() if (known and lab.kind == REPORT_TAG) or lab.is_param}
            return Value(kept or None, out.fields, out.refs, out.consts)
        # (a request's response is Amazon's record of the report, not its arguments: its labels
        # are the types alone)
        return Value(tags, out.fields, out.refs, out.consts) if tags else out

    def call_ext_plain(
        self,
        name: str,
        recv: Value | None,
        args: list[tuple[str | None, Value, int]],
        loc: ir.Loc,
        shape: str,
        arg_exprs: list[ir.Expr | None],
    ) -> Value:
        cat = self.cat
        if recv is not None and name.rsplit(".", 1)[-1] in cat.index_free:
            recv = self.without_index(recv)  # series.to_numpy(), .tolist(): the values, not the index
        first_str = None
        if args and args[0][2] == 0 and len(args[0][1].consts) == 1:
            first_str = next(iter(args[0][1].consts))
        rtype = cat.result_type(name, first_str)
        refs = frozenset({f"ext:{cat.canonical(rtype)}"}) if len(rtype) < 160 and rtype.count("(") < 4 else frozenset()
        out = Value(None, None, refs)
        if name in cat.logger_getters:
            # the logger keeps its name, for redaction configured on it (logcfg)
            names = frozenset({first_str}) if first_str is not None else frozenset() if args else frozenset({"root"})
            if not names and len(args) == 1 and arg_exprs and self.module_name_expr(arg_exprs[0]):
                # getLogger(__name__): the module's own logger, or "__main__"'s when the module is
                # also run as a script (`if __name__ == "__main__":`)
                names = frozenset({self.module, "__main__"}) if self.e.runs_as_main(self.module) else frozenset({self.module})
            if names:
                out = Value(None, {LOGGER: Value(None, None, frozenset(), names)}, refs)
        elif name in cat.log_configs or (recv is not None and (name in cat.log_add_filters or name in cat.log_add_handlers)):
            self.note_log_redaction(name, recv, args, arg_exprs)
        elif name in cat.log_locals_configs and flag_literal(cat.log_locals_configs[name], args, arg_exprs) == "True":
            self.heap_writes.append((LOCALS_SHOWN, Value(None, None, frozenset(), frozenset({name}))))
        elif name in cat.log_processor_configs:
            self.note_processor_redaction(*cat.log_processor_configs[name], args, recv, loc)
        elif recv is not None and name in cat.log_unbinders and CONTEXT in recv.fields:
            gone = {c for kw, v, _s in args if kw is None for c in known_consts(v)}
            context = recv.fields[CONTEXT]
            if context.fields and gone:
                context = Value(context.labels, {k: f for k, f in context.fields.items() if k not in gone}, context.refs, context.consts)
            out = Value(None, {**recv.fields, CONTEXT: context}, refs)
        elif recv is not None and (name in cat.log_binders or name in cat.log_rebinders):
            # log.bind(ship_to=name): the same logger, carrying the keywords as its context
            context = EMPTY if name in cat.log_rebinders else recv.fields.get(CONTEXT, EMPTY)
            for kw, v, star in args:
                context = set_path(context, (kw,), v) if kw else join(context, v if star == 2 else Value(flatten(v)))
            # (the logger's other parts stay: its name, loguru's opt(exception=True))
            out = Value(None, {**recv.fields, CONTEXT: context}, refs)
        sinks = cat.sinks_for([name])
        for sink in sinks:
            if not sink.result:
                self.check_sink(sink, name, args, recv or EMPTY, loc, arg_exprs)
        if not sinks and shape:
            sinks = cat.sinks_for_shape(shape)
            for sink in sinks:
                self.check_sink(sink, shape, args, recv or EMPTY, loc, arg_exprs, by_shape=True)
        if name in cat.schema_dumps and recv is not None:
            data_spec, only_part, exclude_part, many_flag = cat.schema_dumps[name]
            obj = self.arg_value(data_spec, args, recv)
            only = frozenset(c for c in known_consts(self.iter_elem(recv.fields.get(only_part, EMPTY))) if HOLE not in c)
            exclude = frozenset(c for c in known_consts(self.iter_elem(recv.fields.get(exclude_part, EMPTY))) if HOLE not in c)
            many = flag_literal(many_flag, args, arg_exprs) == "True" or (ELEM in obj.fields and not any(k != ELEM and not k.isdigit() for k in obj.fields))
            declared = self.schema_declared(recv)
            if many:
                return join(out, Value(None, {ELEM: self.schema_dump(self.iter_elem(obj), only, exclude, loc, declared, recv)}))
            return join(out, self.schema_dump(obj, only, exclude, loc, declared, recv))
        if name in cat.value_methods and recv is not None:
            # fut.result(): what the future holds, parts and all (not the future's own type)
            return Value(recv.labels, recv.fields, frozenset(r for r in recv.refs if not (r.startswith("ext:") and name.startswith(r[4:] + "."))), recv.consts)
        if name in cat.replace_methods and recv is not None:
            given: list[tuple[str | None, Value, int]] = []
            for kw, v, star in args:
                fnv = project_callable(v)
                if fnv is not None:  # df.assign(e=lambda d: d["buyer-email"].str.lower()): called with the table
                    v = self.call_value(fnv, None, [(None, recv, 0)], loc, "", [None])
                given.append((kw, v, star))
            # (what else is given, positionally or as a mapping not known key by key, is in it too)
            rest = join_all([v for kw, v, star in given if not kw and not known_keys(v, star)])
            return join_all([self.with_keywords(named_parts(recv), given), rest, Value(None, None, refs)])
        if name in cat.lookup_methods and recv is not None:
            found = self.looked_up(cat.lookup_methods[name], recv, args, loc)
            if found is not None:
                return join(found, out)
        if name in cat.update_methods and recv is not None:
            obj = recv
            for spec in cat.update_methods[name]:
                upd = self.arg_value(spec, args, recv)
                for k, part in sorted(upd.fields.items()):
                    if k == ELEM:  # entries under keys not known here: any field may be one of them
                        obj = join(obj, Value(flatten(part)))
                    elif not k.startswith("@"):
                        obj = set_path(obj, (k,), part)
                if upd.labels:
                    obj = join(obj, Value(upd.labels))
            # the receiver's class, not a library result (whose attributes would all be its data)
            return obj
        if name in cat.groupings and recv is not None:
            # groupby(..., as_index=False): the keys stay columns, not the result's index
            keyed = not cat.grouping_unindexed or flag_literal(ArgSpec(None, cat.grouping_unindexed), args, arg_exprs) != "False"
            by_at = arg_index(ArgSpec(0, "by"), args, arg_exprs)
            by_expr = arg_exprs[by_at] if by_at is not None else None
            series = by_expr is not None and accessor_expr(by_expr, cat.series_accessors)
            return self.grouping(recv, self.arg_value(ArgSpec(0, "by"), args, recv), refs, loc, keyed, series)
        sourced = False
        for src in cat.sources_for(name):
            if src.by_columns:
                continue  # only ever a source once its rows are read by report columns (unknown_file)
            if src.path_pattern:
                pv = self.arg_value(src.path_arg, args, recv) if src.path_arg else EMPTY
                # a helper given the path or URL (`call("GET", url)`, `load(path)`): its callers
                # get a copy per constant they pass, so one caller's order report or orders
                # endpoint is not every caller's (Engine.specialise_call, like a table key)
                self.note_param_use(pv, self.e.keyed_params)
                # a path the data was saved to (Sink.saves_to) names a file of that data
                if not any(re.search(src.path_pattern, c) for c in pv.consts) and SAVED_FILE not in pv.refs:
                    continue
            # a document id the caller hands in (`process(doc_id)`) may be of a report it requested
            given = any(lab.is_param and not lab.flat and not lab.path and lab.origin.startswith(f"param:{self.q}:") for a in args for lab in a[1].labels)
            if src.report_types:
                tagged = self.document_types([a[1] for a in args])
                if tagged is not None:
                    # the document of reports requested here or by a caller, of those types
                    if not any(re.search(src.report_types, t) for t in tagged):
                        continue
                elif not self.report_types_allow(src.report_types, own=not given):
                    continue
            if self.written(src, args, recv):
                continue
            out = join(out, self.source_value(src, loc))
            sourced = True
        for src in cat.sources_for(name):
            link = self.arg_value(src.path_arg, args, recv) if src.path_arg else EMPTY
            if self.document_link(link):
                # requests.get(payload["url"]) of a report document: the response is the report
                out = join(out, self.fetched_document(link))
                sourced = True
                break
            if not src.document_link:
                continue
            # an HTTP helper given the URL: the report, when its caller passes a document's link
            fetched = fetched_params(link.labels)
            if fetched:
                out = join(out, Value(fetched))
                break
        if sourced:
            for sink in sinks:
                if sink.result:  # the call saves what it returns (get_report_document(..., file=path))
                    saved = [(None, out, 0), *(a for a in args if a[0] is not None)]
                    self.check_sink(sink, name, saved, recv or EMPTY, loc, [None] * len(saved))
                if sink.saves_to is not None:
                    self.mark_saved_file(sink.saves_to, args, arg_exprs)
            return out  # what an API returns is the API's data, not its arguments
        sources = [src for src in cat.sources_for(name) if src.path_arg]
        paths = [src.path_arg for src in sources if not self.written(src, args, recv)]
        if sources and not paths and not sinks:
            # a file opened to write (`open(path, "w")`, `ZipFile(buf, "w")`) with the path or
            # buffer a parameter: the caller's name as text (`fh.name`), not a file read, over
            # that path or buffer (what is written goes there: a sink's not_over)
            pv = self.arg_value(sources[0].path_arg, args, recv)
            if pv.labels and all(lab.is_param for lab in pv.labels):
                return join(out, Value(flat_params(pv.labels), {"0": pv}))
        if paths and not sinks:  # (a request to a URL is a sink: its response is not the URL's)
            pv = self.arg_value(paths[0], args, recv)
            if pv.labels and all(lab.is_param for lab in pv.labels):
                # open(path), pd.read_csv(path) with the path a parameter: the file's content is
                # not the path's parts (its report columns are read as such: key_source); for a
                # caller passing a report document's link, it is the report (FETCHED)
                return join(out, Value(merge_labels(flat_params(pv.labels), fetched_params(pv.labels))))
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
            kinds = self.personal_kinds(dropped)
            if kinds:
                # the table without its personal columns; a column the code added by name and did
                # not drop (assign(email=...)) is still what it holds. Its rows held whole (a
                # report's) are minimised only when the buyer's email and name columns are among
                # those dropped (world.toml identifying_data): without buyer-email alone,
                # buyer-name is still there
                table = recv or EMPTY
                kept = {k: f for k, f in table.fields.items() if k not in dropped and k != ELEM and not k.startswith("@")}
                rest = Value(table.labels, {k: f for k, f in table.fields.items() if k not in kept})
                if cat.identifying_data <= kinds:
                    return join(out, Value(sanitize(flatten(rest), "drop"), kept or None, table.refs))
                named = Value(None, {k: f for k, f in table.fields.items() if k not in kept and k not in dropped})
                return join(out, Value(merge_labels(table.labels, sanitize(flatten(named), "drop")), kept or None, table.refs))
            if dropped and recv is not None and recv.fields:
                # only names holding no personal data dropped (a merge's `_merge` indicator, a
                # helper column): the same table without them, its columns still known apart
                rest = {k: f for k, f in recv.fields.items() if k not in dropped}
                return join(out, Value(recv.labels, rest or None, recv.refs, recv.consts))
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
                for call, spec, index_spec, axis_spec, other_axes in cat.index_renames:
                    if call == name and INDEX in table.fields:
                        # the index named: the column reset_index makes of it has that name
                        given = spec if arg_given(spec, args) else index_spec
                        if not arg_given(given, args) or self.arg_value(axis_spec, args, recv).consts & other_axes:
                            continue  # (the columns' axis named, not the index)
                        new_names = self.index_names(self.arg_value(given, args, recv))
                        if new_names is None:  # a function, or names not known: any column may be the keys
                            return join(out, Value(flatten(table), None, table.refs))
                        fields = dict(table.fields)
                        for n in sorted(new_names):
                            fields[n] = join(fields.get(n, EMPTY), table.fields[INDEX])
                        table = Value(table.labels, fields, table.refs, table.consts)
                if name in cat.index_resets and INDEX in table.fields:  # the index is now columns
                    rest = {k: f for k, f in table.fields.items() if k != INDEX}
                    dropped = bool(cat.index_reset_drop) and flag_literal(ArgSpec(None, cat.index_reset_drop), args, arg_exprs) == "True"
                    if dropped or COLUMNS in table.fields:  # dropped, or the key columns are the table's already
                        table = Value(table.labels, rest, table.refs, table.consts)
                    else:  # one column of it (`per_buyer["orders"].reset_index()`): the keys join it
                        table = Value(merge_labels(table.labels, flatten(table.fields[INDEX])), rest or None, table.refs, table.consts)
                return table
            for call, spec, values, pairs in cat.table_rows:
                # (a value named, `orient="records"`, or a literal flag, `named=True`)
                if call == name and (spec is None or (self.arg_value(spec, args, recv).consts | {flag_literal(spec, args, arg_exprs) or ""}) & values):
                    # iterrows: (index, row); the index of a table aggregated by key columns is
                    # those keys (`for email, row in per_buyer.iterrows()`), given apart from the
                    # row, whose values (`row["orders"]`) do not carry it
                    row = Value(None, {"0": table.fields.get(INDEX, EMPTY), "1": self.without_index(table, False)}) if pairs else table
                    return join(out, Value(None, {ELEM: row}))
            for call, spec, values in cat.table_column_dicts:
                if call == name and (not arg_given(spec, args) or self.arg_value(spec, args, recv).consts & values):
                    # a dict of the columns by name (iterated, their names)
                    return Value(table.labels, {k: f for k, f in table.fields.items() if k != ROW}, frozenset({"ext:builtins.dict"}))
        merge = cat.table_merges.get(name)
        if merge is not None:  # each table's columns, kept apart as they were
            specs, listed = merge
            tables = [recv] if recv is not None else []
            for spec in specs:
                v = self.arg_value(spec, args, recv)
                tables.append(self.iter_elem(v) if listed else v)
            joined = join_all([Value(t.labels, t.fields, frozenset()) for t in tables if t is not None])
            fields = dict(joined.fields)
            if not joined.labels and fields and all(not k.startswith("@") and k != ELEM and not k.isdigit() for k in fields):
                # every table is columns known by name or holds no data: a column read by another
                # name is one of the tables' that hold none (a returns report's `reason`)
                fields[COLUMNS] = EMPTY_MARK
            stack = cat.table_stacks.get(name)
            if (
                stack is not None
                and self.e.unknown_files
                # an axis given, other than the rows by name: side by side (axis=1; the IR does not
                # keep an int's value, so axis=0 written out counts as side by side too)
                and not any(a[0] == stack[0] and not (isinstance(x, ir.Const) and x.value in stack[1]) for a, x in zip(args, arg_exprs, strict=False))
                and any(lab.origin in self.e.unknown_files for lab in flatten(joined))
            ):
                # rows stacked (not axis=1, side by side): a report column read from this table is
                # each file's (TablesMixin.confirm_files)
                fields[STACKED] = EMPTY_MARK
            return Value(joined.labels, fields, refs)
        short_name = name.rsplit(".", 1)[-1]
        if recv is not None and short_name in cat.element_callbacks and args and any(is_callable_ref(r) or r.startswith("pfn:") for r in args[0][1].refs):
            # Series.map(fn): fn gets the receiver's elements; Executor.map(fn, orders) and
            # Pool.map(fn, orders): the elements of the iterables that follow (fn(x, y) for two)
            # the function value keeps its parts: a bound method's receiver, a partial's arguments
            fnv = Value(None, args[0][1].fields, frozenset(r for r in args[0][1].refs if is_callable_ref(r) or r.startswith("pfn:")))
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
            if recv is not None and any(spec.receiver for spec in san.args):
                labels = merge_labels(labels, flatten(recv))  # h.hexdigest() of what h.update() was given
            kind = san.kind
            if san.salt_names is not None and any(
                # a secret: a value from somewhere (the environment, a setting, a parameter), not
                # text of the code's (a prefix), nor data of Amazon's (an order id)
                not (sv := self.eval(salt)).is_empty() and not sv.consts and all(lab.is_param for lab in sv.labels)
                for x in arg_exprs if x is not None for salt in salts_joined(x, san.salt_names)
            ):
                kind = san.salted_kind  # sha256(PEPPER + email): keyed by the secret joined to the data
            return join(out, Value(sanitize(flat_params(labels), kind)))
        if any(not s.needs_arg or any(arg_given(spec, args) for spec in s.needs_arg) for s in sinks):
            echo = next((s.echo_keys for s in sinks if s.echo_keys), ())
            if echo:  # the partner's answer holds what was sent under these keys (a member's email)
                sent: Labels = {}
                for a in args:
                    sent = merge_labels(sent, flatten(a[1]))
                # (a dict as a literal is, as the SDK's JSON answer is: its other keys hold none of it)
                return Value(None, {k: Value(flat_params(sent)) for k in echo})
            for sink in sinks:
                spec = sink.runs.get(name)
                if spec is not None and not self.in_callback:
                    # a job queue keeping a function and its arguments (rq's enqueue) still runs
                    # the function with them: what it does is done with the caller's data (its
                    # result is the job's, not returned here)
                    self.run_job(sink, spec, args, loc, arg_exprs)
            return out  # a sink's result is not its data; df.to_csv() without a path is the text
        if name in cat.fold_calls and not self.in_callback:
            folded = self.run_fold(cat.fold_calls[name], args, loc, arg_exprs)
            if folded is not None:
                return join(out, folded)
        if short_name in cat.callback_results and not self.in_callback:
            fi = next((i for i, a in enumerate(args) if a[2] == 0 and any(self.callback_ref(r) for r in a[1].refs)), None)
            if fi is not None:
                return join(out, self.run_for_future(args, fi, loc, arg_exprs))
        if not name.startswith("builtins.") and short_name not in cat.mutators and name not in cat.keepers:
            # (a function stored into a library container, `handlers[event].append(fn)`, is kept,
            # not called: a registry's dispatch calls it with the right arguments; so is one a
            # partial binds arguments to)
            if short_name in cat.receiver_callbacks and recv is not None and any(project_callable(v) is not None for _kw, v, _s in args):
                # fut.add_done_callback(fn): a project function runs with the future itself (a
                # library one, `print`, shows the future, not what it holds)
                exprs = [*arg_exprs, *[None] * (len(args) - len(arg_exprs))]
                args, arg_exprs = [*args, (None, recv, 0)], [*exprs, None]
            out = join(out, self.invoke_callbacks(args, loc, arg_exprs))
        if name in cat.path_joins:
            # p.joinpath(name) joins onto its receiver; a starred part (`Path(*parts)`) is any of
            # its elements, in a place not known
            given = ([(None, recv, 0)] if recv is not None else []) + [a for a in args if a[0] is None]
            parts = [a[1].consts if a[2] == 0 else TOP_CONSTS for a in given]
            consts: frozenset[str] = frozenset({""})
            for i, opts in enumerate(parts):
                opts = opts or frozenset({"\x00"})
                consts = frozenset((a + "/" + b if i else b) for a in consts for b in opts)
                if len(consts) > 8 or TOP_CONSTS & opts:
                    consts = TOP_CONSTS
                    break
            # the parts' data stays in the path (a file named by the buyer's email; a helper's
            # `Path(path)` is still the parameter it was given), and so does a saved report's mark
            held: Labels = {}
            saved = False
            for _kw, v, star in given:
                part = v if star == 0 else self.iter_elem(v)
                held = merge_labels(held, flatten(part))
                saved = saved or SAVED_FILE in part.refs
            return join(out, Value(held or None, None, refs | {SAVED_FILE} if saved else refs, consts))
        if name in cat.builtins_clean:
            return out
        short = name.rsplit(".", 1)[-1]
        if name.startswith(("builtins.", "itertools.", "functools.", "operator.")):
            special = self.builtin(short, args, loc, arg_exprs)
            if special is not None:
                # getattr(o, "m") is the method; partial(fn, x) is the function with x bound, not
                # also a library object that calling would run as an unknown library call
                if name == "functools.partial":  # p.args / p.keywords hold its arguments
                    held: Labels = {}
                    for a in args[1:]:
                        held = merge_labels(held, flatten(a[1]))
                    return join(Value(held), special)
                # (and itemgetter("k") is a function reading k, not also a library object)
                if name in ("builtins.getattr", "operator.itemgetter", "operator.attrgetter"):
                    return special
                return join(out, special)
        if name in cat.builtins_elements:
            return join(out, join_all([self.iter_elem(a[1]) for a in args[:1]]))
        if name == "json.loads" and args and len(args[0][1].consts) == 1 and not any(lab.kind != "text" for lab in flatten(args[0][1])):
            parsed = json_value(next(iter(args[0][1].consts)))
            if parsed is not None:
                return parsed
        if name in cat.gathers:  # asyncio.gather(f(), g()): a list of their results, in order
            positional = [self.iter_elem(v) if star else v for kw, v, star in args if kw is None]
            if any(star for kw, _v, star in args if kw is None):  # gather(*tasks): each task's result
                return join(out, Value(None, {ELEM: join_all(positional)}))
            parts = {str(i): v for i, v in enumerate(positional)}
            return join(out, Value(None, {**parts, ELEM: join_all(positional)}))
        if name in cat.exception_info:  # sys.exc_info(): (type, the handled exception, traceback)
            exc = self.handled()
            return out if exc is None else join(out, Value(None, {"1": exc, ELEM: exc}))
        if name in cat.exception_texts:  # traceback.format_exc(): the handled exception's text
            exc = self.handled()
            if exc is not None and not any(flag_cleared(spec, args, arg_exprs) for spec in cat.exception_chain_flags.get(name, ())):
                exc = self.with_causes(exc)  # with the exceptions it was raised from, unless chain=False
            return out if exc is None else join(out, Value(self.as_text(exc, loc)))
        if name in cat.field_lists and args:  # fields(Rec): one descriptor per field, its name known
            classes = {r.split(":", 1)[1] for r in args[0][1].refs if r.startswith(("cls:", "inst:"))}
            names = self.prog.field_names(next(iter(classes))) if len(classes) == 1 else ()
            if names:
                parts = {str(i): Value(None, {"name": Value(None, None, frozenset(), frozenset({n}))}) for i, n in enumerate(names)}
                return Value(None, {**parts, ELEM: join_all(list(parts.values()))})
        if name in cat.replace_calls and args:
            return self.with_keywords(args[0][1], args[1:])
        as_method = name in cat.data_methods and recv is not None  # row._asdict(): the receiver's
        if as_method or (name in cat.data_calls and args and not any(a[0] in ("default", "cls") for a in args)):
            # (json.dumps(obj, default=str) prints the object as its class says: as identity_calls)
            arg = named_parts(recv) if as_method else args[0][1]  # type: ignore[assignment]
            # a parameter stays the caller's value, as data (DATA): asdict(self) in a method
            labels: Labels = {}
            for lab, t in arg.labels.items():
                if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH:
                    lab = derive(lab, "key", DATA)
                labels = merge_labels(labels, {lab: t})
            # (parsed text, `json.loads(path.read_text())`, is plain data: not the text's library type)
            untyped = ("inst:", "cls:", "ext:") if f"ext:{name}()" in cat.plain_data else ("inst:", "cls:")
            data = Value(labels, arg.fields, frozenset(r for r in arg.refs if not r.startswith(untyped)), arg.consts)
            if name in cat.value_tuples:  # astuple(obj): the fields' values, in order, as elements
                return join(out, Value(None, {ELEM: self.any_part(data)}))
            return join(out, data)
        if name in cat.identity_calls or name in cat.data_calls:
            return join(out, args[0][1]) if args else out
        if name in cat.record_factories:
            names = record_fields(self.arg_value(ArgSpec(1, "field_names"), args, recv))
            if names:  # a record type: calling it makes a record with these fields (call_value "rec:")
                return Value(None, None, frozenset({"rec:" + ",".join(names)}))
        if name in cat.counting_dicts and args and args[0][0] is None and args[0][2] == 0 and not self.dict_like(args[0][1]):
            # Counter(names): a dict of the names, each counted (the counts are no data)
            return join(out, Value(None, {KEYS: self.iter_elem(args[0][1]), ELEM: EMPTY}, refs))
        built = cat.table_constructors.get(name)
        if built is not None:
            table = self.table_of_rows(self.arg_value(built[0], args, recv), self.arg_value(built[1], args, recv))
            if table is not None:
                return join(out, table)
        if name in cat.text_buffers or name in cat.channels:  # a place it was made, for what is written into it (write_buffer)
            site = f"{BUFFER}{self.path}:{loc[0]}:{loc[1]}"
            self.own_buffers.add(site)
            refs = refs | {site}
        is_ctor = short[:1].isupper() or name in cat.constructors
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
        if cat.api_response(name):
            return out  # Amazon's response to what was sent, not the data sent
        # an unknown library function: its result is made from its inputs (read_csv(doc) is the doc's
        # rows), so labels keep their field paths instead of being flattened into text
        labels = {}
        for a in args:
            v = a[1]
            if v.fields and any(k.startswith("@cap:") for k in v.fields):
                # a closure (`defaultdict(lambda: [0, 0])`) is code, not data: what it captured
                # is not in the result (a call of it, invoke_callbacks, is what it returns)
                v = Value(v.labels, {k: f for k, f in v.fields.items() if not k.startswith("@cap:")}, v.refs, v.consts)
            labels = merge_labels(labels, flatten(v))
        if recv is not None and name in cat.returns and any(r.startswith("ext:") and r[4:] in cat.returned_types for r in recv.refs):
            # a library object a method of one makes, of types the catalog knows, named by its
            # arguments (`book.add_worksheet(channel)`, `tracer.start_span(name)`; not a module's
            # function, `pd.read_csv(doc)`, whose rows are the document's): it is the receiver's, and
            # holds the arguments' text, but is not them: a write into it is no write into the
            # caller's value they came from
            labels = {(derive(lab, "flat") if lab.is_param else lab): t for lab, t in labels.items()}
        if recv is not None:
            labels = merge_labels(labels, flatten(recv))
        return join(out, Value(labels, None, refs))

    def table_of_rows(self, rows: Value, columns: Value) -> Value | None:
        """pd.DataFrame(rows, columns=COLUMNS) with the names known: each column is the rows' part
        at its position (tuples) or under its name (dicts); None when the names or the rows' parts
        are not known (the table is then what it was built from)."""
        names = record_fields(columns, identifiers=False) if columns.fields else ()  # ("order-id")
        row = self.iter_elem(rows)
        if not names and columns.is_empty() and not row.labels and row.fields and ELEM not in row.fields:
            # pd.DataFrame(records) of dicts the code built with named keys: those are the columns
            names = tuple(k for k in row.fields if not k.startswith("@") and not k.isdigit())
        if names and row.labels:  # rows a helper is given: analysed per the shape callers' rows have
            self.note_shape_use(row)
        if names and not any(k.isdigit() for k in row.fields) and any(lab.kind == "whole" and not lab.flat for lab in row.labels):
            # pd.DataFrame(records, columns=[...]) of records held whole (report rows, API orders):
            # those keys of each record, and no other column
            return Value(None, {n: self.read(row, n) for n in names} | {COLUMNS: EMPTY_MARK})
        if not names and columns.is_empty() and any(lab.kind in ("whole", "param") and not lab.flat for lab in row.labels):
            # pd.DataFrame(rows) of records held whole (report rows, API orders, or the records a
            # helper's caller passes): each column is that part of the records, as in a table read
            # from the report itself, so a column read or dropped by name is that column
            named = {k: f for k, f in row.fields.items() if not k.startswith("@") and k != ELEM}
            return Value(row.labels, named or None)
        if not names or row.labels or not row.fields:
            return None
        if all(str(i) in row.fields for i in range(len(names))):
            return Value(None, {n: row.fields[str(i)] for i, n in enumerate(names)} | {COLUMNS: EMPTY_MARK})
        if ELEM not in row.fields and not any(k.isdigit() for k in row.fields):
            # rows with named parts (dicts): pandas keeps the named columns only, and a key of the
            # rows not named is not in the table (DataFrame(rows, columns=["id", "total"]))
            return Value(None, {n: row.fields.get(n, EMPTY) for n in names} | {COLUMNS: EMPTY_MARK})
        return None

    def child_element(self, name: str, args: list[tuple[str | None, Value, int]], loc: ir.Loc, shape: str, arg_exprs: list[ir.Expr | None]) -> Value:
        """`ET.SubElement(parent, tag, attrib)`: an element inside its parent's tree. The parent
        grows by it (as `parent.append(child)`), and the child remembers the parent's name
        (CHILD) when it is a variable or an attribute of one, for the text later stored on it."""
        child = self.call_ext_plain(name, None, args[1:], loc, shape, arg_exprs[1:])
        parent_expr = arg_exprs[0]
        self.mutate(args[0][1], "append", [(None, child, 0)], loc, parent_expr)  # type: ignore[arg-type]
        dotted: list[str] = []
        e = parent_expr
        while isinstance(e, ir.Attr):
            dotted.insert(0, e.attr)
            e = e.base
        if not isinstance(e, ir.Name):
            return child
        # (the name is this function's: a child a helper returns is not under the caller's name)
        return Value(child.labels, child.fields, child.refs | {f"{CHILD}{self.q}:" + ".".join([e.id, *dotted])}, child.consts)

    def expression_names(self, v: Value) -> frozenset[str] | None:
        """The columns an argument of a polars call names: a name, a list of names, or an
        expression's; None when not known (a variable holding anything else)."""
        if any(r.startswith("ext:") and r[4:] in self.cat.expression_types for r in v.refs):
            return None if ANY_COLUMN in v.fields else known_consts(v)
        names = known_consts(v) | known_consts(self.iter_elem(v))
        return names or None

    def expression_call(self, name: str, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc) -> Value | None:
        """polars (world.toml [polars]): an expression is the columns it names, whatever is chained
        on it; `select` and a grouping's aggregation give a table of the columns named (and the
        grouping's keys). None for any other call."""
        cat = self.cat
        typed = frozenset({f"ext:{cat.result_type(name, None)}"})  # (world.toml returns: polars.Expr, polars.GroupBy)
        if name in cat.expression_makers:
            names = frozenset(c for _kw, v, star in args if star == 0 for c in known_consts(v) | known_consts(self.iter_elem(v)))
            if not names and name not in cat.expression_nameless:
                return Value(None, {ANY_COLUMN: EMPTY_MARK}, typed)  # `pl.col(cols)`: any column
            return Value(None, None, typed, names)
        if recv is not None and recv.refs and all(r.startswith("ext:") and r[4:].split("(")[0] in cat.expression_types for r in recv.refs):
            # `pl.col("qty").sum()`, `(pl.col("q") * pl.col("p")).alias("revenue")`: the same columns
            exprs = [v for _kw, v, _s in args if any(r.startswith("ext:") and r[4:] in cat.expression_types for r in v.refs)]
            anything = ANY_COLUMN in recv.fields or any(ANY_COLUMN in v.fields for v in exprs)
            return Value(None, {ANY_COLUMN: EMPTY_MARK} if anything else None, recv.refs, frozenset().union(recv.consts, *[known_consts(v) for v in exprs]))
        grouping = name in cat.expression_group_by
        if recv is None or not (grouping or name in cat.expression_selects or name in cat.expression_aggregates):
            return None
        names: set[str] = set()
        for _kw, v, _star in args:
            found = self.expression_names(v)
            if found is None:
                return None if not grouping else Value(recv.labels, recv.fields, typed)
            names |= found
        if grouping:  # the table, with the key columns kept for the aggregation
            return Value(recv.labels, {**recv.fields, GROUP_KEYS: Value(None, None, frozenset(), frozenset(names))}, typed)
        keys = recv.fields.get(GROUP_KEYS)
        if name in cat.expression_aggregates and keys is None:
            return None  # a grouping whose keys are not known: every column
        table = Value(recv.labels, {k: f for k, f in recv.fields.items() if k != GROUP_KEYS}, recv.refs, recv.consts)
        names |= set(keys.consts) if keys is not None else set()
        result = frozenset({f"ext:{cat.expression_table}"})
        if name in cat.expression_aggregates and name.rsplit(".", 1)[-1] != "agg":
            return Value(table.labels, table.fields, result)  # .sum(): every column
        return join(Value(None, None, result), self.read_keys(table, frozenset(names), loc))

    def publish(self, name: str, recv: Value | None, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> None:
        """`producer.produce(topic, value=...)` (world.toml [brokers]): the value (and key) is what
        a consumer of the topic reads (TOPIC heap keys: the topic's, and every topic's, for a
        consumer whose topics are not known); the delivery callback is called with the message."""
        topic_spec, value_spec, key_spec, callback, kind = self.cat.broker_publishes[name]
        topic = self.arg_value(topic_spec, args, recv)
        if topic_spec.receiver:  # a topic object's send: its topics
            topic = self.read(topic, ELEM)
        value = self.arg_value(value_spec, args, recv)
        key = self.arg_value(key_spec, args, recv) if key_spec is not None else EMPTY
        if topic.labels:  # a wrapper's parameter (`def emit(topic, payload)`): a copy per topic callers name
            self.note_param_use(topic, self.e.keyed_params)
        names = known_consts(topic)
        targets = sorted(names) if names and not topic.labels and TOP not in names else ["*"]
        for part, data in (("", value), ("key", key)):
            if not data.is_empty():
                for t in [*targets, "@all"]:
                    self.heap_writes.append((topic_key(t, part), data))
        if callback is not None:
            fv = self.arg_value(callback, args, recv)
            if any(self.callback_ref(r) for r in fv.refs):
                message = broker_message(kind, value, key)
                self.note_called(fv)
                self.call_value(self.callback_value(fv), None, [(None, EMPTY, 0), (None, message, 0)], loc, "", [None, None])

    def topics_read(self, topics: Value, part: str = "") -> Value:
        """What was published to these topics (names known: theirs and what went to a topic not
        known; not known: every topic's), as values (`part` "key": as keys)."""
        names = known_consts(topics)
        out = EMPTY
        for t in [*sorted(names), "*"] if names and TOP not in names else ["@all"]:
            k = topic_key(t, part)
            self.e.depend("heap:" + k, self.q)
            out = join(out, self.e.heap.get(k, EMPTY))
        return out

    def run_job(self, sink: Sink, spec: ArgSpec, args: list[tuple[str | None, Value, int]], loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> None:
        """The function a job queue keeps (Sink.runs: the argument `spec`), called as its worker
        will: with the positional arguments after it and the keywords that are not the queue's
        own options."""
        fv = self.arg_value(spec, args, None)
        if not any(self.callback_ref(r) for r in fv.refs):
            return
        exprs = [*arg_exprs, *[None] * (len(args) - len(arg_exprs))]
        positional = [i for i, a in enumerate(args) if a[0] is None]
        fi = next((i for i, a in enumerate(args) if a[0] == spec.keyword), None)
        if fi is None and spec.position is not None and spec.position < len(positional):
            fi = positional[spec.position]
        rest: list[int] = []
        for i, (kw, _v, _star) in enumerate(args):
            if i == fi:
                continue
            if kw is None and (fi is None or i > fi):  # the positional arguments after the function
                rest.append(i)
            elif kw is not None and kw not in sink.job_options and kw != spec.keyword:
                rest.append(i)
        # (args= and kwargs= are the function's arguments given as a tuple and a dict: rq's own)
        given = [(None, v, 1) if kw == "args" else (None, v, 2) if kw == "kwargs" else (kw, v, star) for kw, v, star in (args[i] for i in rest)]
        self.note_called(fv)
        self.in_callback = True
        try:
            self.call_value(self.callback_value(fv), None, given, loc, "", [exprs[i] for i in rest])
        finally:
            self.in_callback = False

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

    def looked_up(
        self, spec: tuple[tuple[tuple[str, ...], ...], ArgSpec], recv: Value, args: list[tuple[str | None, Value, int]], loc: ir.Loc
    ) -> Value | None:
        """`env.get_template(name)` of an environment built over a mapping the code wrote
        (world.toml lookup_methods): the entry under that name (any entry for a name not known),
        or None when the receiver holds no such mapping (a loader reading files)."""
        path, name_spec = spec
        store: Value | None = recv
        for step in path:
            store = next((store.fields[k] for k in step if store is not None and k in store.fields), None)
            if store is None:
                return None
        entries = {k: f for k, f in store.fields.items() if not k.startswith("@") and k != ELEM}
        if not entries or store.labels:
            return None
        key = self.arg_value(name_spec, args, recv)
        if key.labels:  # a helper's `render(name)`: a copy per name its callers pass
            self.note_param_use(key, self.e.keyed_params)
        names = known_consts(key)
        if not names or any(r.startswith("ext:") for r in key.refs) or not names <= entries.keys():
            return join_all([*entries.values(), *(f for k, f in store.fields.items() if k == ELEM)])
        # and the templates those include, extend or import (`{% include "footer.txt" %}`), by name
        # when the name is written there, else any
        # an imported macro library gives its text without the macros not called (`{% import
        # "macros.j2" as m %}` with `m.greeting()`: not the footer macro beside it)
        todo: list[str | Value] = list(sorted(names))
        seen: set[str] = set(names)
        parts: dict[str, Value] = {}
        while todo:
            item = todo.pop()
            for text in sorted(item.consts if isinstance(item, Value) else entries[item].consts):
                for m in _TEMPLATE_REF.finditer(text):
                    found = {m.group(2)} if m.group(2) is not None else set(entries)
                    for n in sorted(found - seen):
                        if n not in entries:
                            continue
                        imported = entries[n]
                        if m.group(1) in ("import", "from") and m.group(2) is not None and not imported.fields and all(lab.kind == "text" for lab in imported.labels):
                            for t in sorted(imported.consts):
                                called = macros_called(text, t, m)
                                part = t if called is None else called
                                if part not in parts:
                                    parts[part] = self.text_part(part, imported)
                                    todo.append(parts[part])
                            continue
                        seen.add(n)
                        todo.append(n)
        return join_all([*(entries[n] for n in sorted(seen)), *(parts[b] for b in sorted(parts))])

    def text_part(self, text: str, whole: Value) -> Value:
        """A part of a constant text (a macro library without the macros not called): the text,
        with those of the whole text's buyer-message labels (a link, an email address) whose
        patterns it matches itself."""
        pids = {pid for pid, _ in self.e.text_labels(text)}
        labels = {lab: t for lab, t in whole.labels.items() if lab.origin[5:].split("@", 1)[0] in pids}
        return Value(labels or None, None, frozenset(), frozenset({text}))

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
        items = self.arg_value(items_spec, args, None)
        elem = self.iter_elem(items)
        given = arg_given(init_spec, args)
        acc = self.arg_value(init_spec, args, None) if given else elem
        fi = next((i for i, a in enumerate(args) if a[1] is fnv), None)
        expr = arg_exprs[fi] if fi is not None and fi < len(arg_exprs) else None
        pos = tuple_positions(items)
        if pos and given and includes(join_all([items.fields[k] for k in pos]), items.fields.get(ELEM, EMPTY)):
            # a tuple or list the code wrote item by item (`chain(pseudonymise, strip_pii, typed)`):
            # fn runs on each item in order, each step given what the one before returned
            self.in_callback = True
            try:
                for j, k in enumerate(pos):
                    if j:  # without the step before's constants: a count (acc + 1) would grow them every analysis
                        acc = Value(acc.labels, acc.fields, acc.refs)
                    acc = self.call_value(callee, None, [(None, acc, 0), (None, items.fields[k], 0)], loc, "", [None, None], callee_expr=expr)
            finally:
                self.in_callback = False
            return acc
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

    def only_own_attributes(self, v: Value) -> bool:
        """Whether the names v holds are all it may be: its labels are only this method's receiver
        read at an attribute (`self.FIELDS`, which an instance could override, as the heap would
        then show) or a parameter itself (whose constants are those its callers pass); an element
        of a parameter (`fields or DEFAULT`) or other data may be any name."""
        own = f"param:{self.q}:0"
        exact = self.e.copy_exact_text.get(self.q, frozenset())
        for lab in v.labels:
            if not lab.is_param or not lab.origin.startswith(f"param:{self.q}:"):
                return False
            if lab.flat and lab.param_owner()[1] not in exact:
                # text built from a parameter (`"on_" + hook`) is known only in a copy whose
                # callers all pass plain constants there
                return False
            if lab.path and not (self.fn.cls and lab.origin == own):
                return False
        return True

    def mark_saved_file(self, spec: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> None:
        """`get_report_document(doc, file=str(path))`: the local variable `path` now names a file
        holding the data (SAVED_FILE), so the function it is returned or passed to reads the data
        when it opens that path. Only a variable written directly or through str()/os.fspath()."""
        i = arg_index(spec, args, arg_exprs)
        if i is None:
            return
        e = arg_exprs[i]
        while isinstance(e, ir.Call) and len(e.args) == 1 and dotted_name(e.func) in ("str", "os.fspath"):
            e = e.args[0].value
        if isinstance(e, ir.Name) and e.id in self.env:
            self.env[e.id] = join(self.env[e.id], Value(None, None, frozenset({SAVED_FILE})))

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
                named = self.named_pairs(p)
                if named is not None:  # dict(zip(FIELDS, row)), dict([("sku", s), ("qty", q)])
                    for k, v in named:
                        out = set_path(out, (k,), v)
                    continue
                pair = p.fields.get(ELEM) if p.fields and not self.dict_like(p) else None
                if pair is not None and "0" in pair.fields and "1" in pair.fields:
                    # dict(pool.map(lookup, keys)) of (key, value) pairs: the values under keys
                    # not known, as a comprehension makes them (not the pairs, keys and all)
                    out = join(out, Value(None, {ELEM: pair.fields["1"], KEYS: key_part(pair.fields["0"])}))
                    continue
                out = join(out, p)
            return self.with_keywords(out, args)  # dict(envelope, record=...)
        if short in ("str", "repr", "format", "bytes", "ascii"):
            if not pos:
                return EMPTY
            # a path's text still names the file saved there (Sink.saves_to)
            saved = frozenset({SAVED_FILE}) & pos[0].refs if short == "str" else frozenset()
            return Value(flat_params(self.as_text(pos[0], loc, "__repr__" if short in ("repr", "ascii") else "__str__")), None, saved)
        if short == "enumerate":
            return Value(None, {ELEM: Value(None, {"1": self.iter_elem(pos[0])})}) if pos else EMPTY
        if short in ("zip", "zip_longest"):
            fields = {ELEM: Value(None, {str(i): self.iter_elem(p) for i, p in enumerate(pos)})}
            # zip(FIELDS, row) with FIELDS constants and row a parameter: its i-th pair is
            # (FIELDS[i], row[i]) as the caller passes it, and it stops after the last name. A
            # list of this function's own may have been reordered in place (pop, sort, slices),
            # which its positions do not show: its elements stay any of them
            names = self.constant_positions(pos[0]) if len(pos) == 2 and not pos[1].fields else []
            for i, name in enumerate(names):
                part = self.read(pos[1], str(i))
                kc = known_consts(name)
                if len(kc) == 1 and not part.fields and any(lab.kind == "whole" or lab.is_param and not lab.flat for lab in part.labels):
                    # a piece of a record's line (`line.split("\t")`, here or in the caller)
                    # beside its column's name: that field of the record, as the record read at
                    # that name is
                    part = Value(self.read(Value(part.labels), next(iter(kc))).labels, None, part.refs, part.consts)
                fields[str(i)] = Value(None, {"0": name, "1": part})
            if names:
                fields[ELEM] = join_all([f for k, f in fields.items() if k != ELEM])
            return Value(None, fields)
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
            default = pos[2] if len(pos) > 2 else EMPTY
            if len(pos) >= 2 and self.fn.name not in ("__getattr__", "__getattribute__"):
                # `getattr(plugin, f"on_{hook}")`: a copy per name callers pass (not in a
                # __getattr__, which every attribute read of the wrapper calls: see
                # test_getattr_delegation_reads_only_the_attribute_asked)
                self.note_param_use(pos[1], self.e.keyed_params)
            known = len(pos) >= 2 and self.only_own_attributes(pos[1])
            if known and len(pos[1].consts) == 1:
                return join(self.get_attr(pos[0], next(iter(pos[1].consts)), loc, bind=True), default)
            names = known_consts(pos[1]) if known and not pos[1].refs else frozenset()
            if names and len(names) <= MAX_CONSTS and all(n.isidentifier() for n in names):
                # `getattr(self, name) for name in self.PUBLIC_FIELDS`: only the attributes named
                return join(join_all([self.get_attr(pos[0], n, loc, bind=True) for n in sorted(names)]), default)
            if pos and any(r[4:] in self.cat.text_enums for r in pos[0].refs if r.startswith("ext:")):
                # `getattr(ReportType, name)` for a name not known here: any member, any text
                return join(UNKNOWN_TEXT, default)
            return Value(flat_params(flatten(pos[0]))) if pos else EMPTY
        if short == "reduce":
            return Value(flat_params(flatten(pos[1]))) if len(pos) > 1 else EMPTY
        if short in ("setattr", "__setattr__") and len(args) == 3 and all(a[0] is None and a[2] == 0 for a in args) and arg_exprs[0] is not None:
            names = known_consts(pos[1])
            if len(names) == 1 and next(iter(names)).isidentifier():
                self.store(ir.Attr(arg_exprs[0], next(iter(names)), loc), pos[2], loc)
            elif names and len(names) <= MAX_FIELDS and all(n.isidentifier() for n in names) and not pos[1].labels:
                # `for column, key in (("name", "Name"), ...): setattr(pickup, column, ...)`: one of
                # these attributes holds it (each may: a weak store into each)
                for n in sorted(names):
                    self.store(ir.Attr(arg_exprs[0], n, loc), pos[2], loc, weak=True)
            else:  # a computed name: any attribute may hold the value (`for k, v in d.items(): setattr(self, k, v)`)
                table = self.get_attr(pos[0], "__dict__", loc)
                self.store(ir.Attr(arg_exprs[0], "__dict__", loc), join(table, Value(pos[2].labels)), loc)
            return EMPTY
        if short in ("itemgetter", "attrgetter") and pos and len(pos) == len(args):
            # itemgetter("order-id"), itemgetter(1) is a function reading that key or position
            # (CallsMixin.call_value, "get:")
            keys = [k for p, x in zip(pos, arg_exprs, strict=False) if (k := self.constant_key(p, x)) is not None]
            if len(keys) == len(pos) and not any(REF_SEP in k for k in keys):
                return Value(None, None, frozenset({f"get:{short[0]}:{REF_SEP.join(keys)}"}))
        if short == "partial":
            if not pos:
                return EMPTY
            bound = pos[1:]
            inner = [r for r in pos[0].refs if r.startswith("pfn:")]
            if len(inner) == 1 and len(pos[0].refs) == 1:
                # a partial of a partial (`send = partial(_sms, to=phone)` with `_sms =
                # partial(client.messages.create, from_=...)`): one partial of the function, its
                # arguments first, then these; these keywords over its
                n, _, target = inner[0][4:].partition(":")
                first = int(n)
                fields = {k: f for k, f in pos[0].fields.items() if k.startswith(("@arg:", "@kw:", "@argname:", "@kwname:", SELF_PART))}
                fields.update({f"@arg:{first + i}": v for i, v in enumerate(bound)})
                for kw, v, _s in args:
                    if kw:
                        fields[f"@kw:{kw}"] = v
                        fields.pop(f"@kwname:{kw}", None)
                return Value(None, fields, frozenset({f"pfn:{first + len(bound)}:{target}"}))
            fields = {f"@arg:{i}": v for i, v in enumerate(bound)}
            for kw, v, _s in args:
                if kw:
                    fields[f"@kw:{kw}"] = v
            # a local variable bound (`partial(process, results=done)`): the function it runs
            # fills that variable when the partial is called in this function (calls.call_value)
            positional = [x for a, x in zip(args, arg_exprs, strict=False) if a[0] is None and a[2] == 0][1:]
            named = [(f"@argname:{i}", x) for i, x in enumerate(positional)]
            named += [(f"@kwname:{a[0]}", x) for a, x in zip(args, arg_exprs, strict=False) if a[0]]
            for key, x in named:
                if isinstance(x, ir.Name):
                    fields[key] = Value(None, None, frozenset(), frozenset({f"{self.q}{REF_SEP}{x.id}"}))
            refs = frozenset(f"pfn:{len(bound)}:{r}" for r in pos[0].refs if r.startswith(("fn:", "bm:", "ext:", "cls:")))
            fields.update(own_self(pos[0]) or {})
            return Value(None, fields, refs)
        if short == "chain":
            return Value(None, {ELEM: join_all([self.iter_elem(p) for p in pos])})
        if short == "from_iterable" and pos:  # chain.from_iterable(iterables): their elements
            return Value(None, {ELEM: self.iter_elem(self.iter_elem(pos[0]))})
        if short in ("islice", "compress", "cycle") and pos:
            return Value(None, {ELEM: self.iter_elem(pos[0])})  # some of the iterable's elements
        if short == "tee" and pos:  # n iterators over the same elements
            it = Value(None, {ELEM: self.iter_elem(pos[0])})
            n = next(iter(pos[1].consts)) if len(pos) > 1 and len(pos[1].consts) == 1 else None
            count = int(n) if n is not None and n.isdigit() and int(n) <= MAX_TEE else 0
            return Value(None, {**{str(i): it for i in range(count)}, ELEM: it})
        if short == "pairwise" and pos:  # (a, b) pairs of neighbouring elements
            e = self.iter_elem(pos[0])
            return Value(None, {ELEM: Value(None, {"0": e, "1": e, ELEM: e})})
        if short == "batched" and pos:  # tuples of up to n elements
            return Value(None, {ELEM: Value(None, {ELEM: self.iter_elem(pos[0])})})
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

    def with_keywords(self, obj: Value, args: list[tuple[str | None, Value, int]]) -> Value:
        """obj with the keyword arguments as its parts (`dataclasses.replace(rec, name="")`,
        `dict(env, record=...)`): a parameter's value is the caller's without those keys (as
        `d.pop(k)`), then the new ones."""
        given: list[tuple[str, Value]] = []
        for kw, v, star in args:
            if kw:
                given.append((kw, v))
            elif known_keys(v, star):
                # `row._replace(**{**blanks, "email": h})`: each entry of a dict known key by key
                given.extend((k, part) for k, part in sorted(v.fields.items()) if not k.startswith("@"))
        keywords = [kw for kw, _v in given]
        if keywords and obj.labels:
            obj = Value(self.without_keys(obj.labels, keywords) or None, obj.fields, obj.refs, obj.consts)
        for kw, v in given:
            obj = set_path(obj, (kw,), v)
        return obj

    def index_names(self, v: Value) -> frozenset[str] | None:
        """The names rename_axis gives an index: a name, a list of names (one per level), or a
        mapping's new names; None when they are not known (a function, a name computed here)."""
        if v.consts and not v.fields and not v.labels and TOP not in v.consts:
            return v.consts
        if v.fields and not v.labels:
            named = [f for k, f in v.fields.items() if k != ELEM and not k.startswith("@") and not k.isdigit()]
            parts = named or [self.iter_elem(v)]  # a mapping's new names, or a list's names
            names = frozenset(c for f in parts for c in known_consts(f))
            if names and TOP not in names and not any(f.labels or f.refs for f in parts):
                return names
        return None

    def counting(self, v: Value) -> bool:
        """Whether v may be a dict type that counts what it is given (world.toml counting_dicts)."""
        return any(r.split("(")[0].removeprefix("ext:") in self.cat.counting_dicts for r in v.refs)

    def dict_like(self, v: Value) -> bool:
        """Whether v is a mapping (a dict the code wrote, a dict type), not an iterable of items."""
        return bool(v.refs & self.cat.dict_types) or any(not k.isdigit() and k != ELEM for k in v.fields)

    @staticmethod
    def constant_positions(v: Value) -> list[Value]:
        """The parts at positions 0, 1, ... of a tuple or list the code wrote whose every position
        is one constant string (a tuple of field names); empty when any is not."""
        parts = [v.fields[k] for k in tuple_positions(v)]
        if not all(not p.labels and not p.fields and len(known_consts(p)) == 1 for p in parts):
            return []
        elem = v.fields.get(ELEM, EMPTY)
        if elem.labels or elem.fields or TOP in elem.consts or not elem.consts <= {c for p in parts for c in p.consts}:
            return []  # names added after the literal (`keys.append("email")`): positions not known
        return parts

    def named_pairs(self, v: Value) -> list[tuple[str, Value]] | None:
        """(key, value) for each position of a sequence of pairs whose keys are constants (what
        dict() makes of zip(FIELDS, row)); None when any position or key is not known."""
        if "0" not in v.fields:
            return None
        out: list[tuple[str, Value]] = []
        while (pair := v.fields.get(str(len(out)))) is not None:
            key = pair.fields.get("0")
            if key is None or key.labels or key.fields or len(known_consts(key)) != 1 or "1" not in pair.fields:
                return None
            out.append((next(iter(known_consts(key))), pair.fields["1"]))
        elem = v.fields.get(ELEM)
        if elem is not None and not (
            known_consts(elem.fields.get("0", EMPTY)) <= {k for k, _ in out} and includes(join_all([p for _, p in out]), elem.fields.get("1", EMPTY))
        ):
            return None  # more pairs than the positions name (a list grown later)
        return out

    @staticmethod
    def constant_key(v: Value, x: ir.Expr | None) -> str | None:
        """The one constant a key argument is: a string (its value) or an integer written in the code."""
        if len(known_consts(v)) == 1 and not v.labels:
            return next(iter(known_consts(v)))
        if isinstance(x, ir.Const) and not x.is_str and x.value is not None and x.value.isdigit():
            return x.value
        return None

    def run_predicate(self, pred: Value, elem: Value, loc: ir.Loc, arg_exprs: list[ir.Expr | None]) -> None:
        """filter(pred, items), takewhile(pred, items): the predicate sees every element (and may
        log it); what it returns only decides which elements pass."""
        if pred.refs:
            self.call_value(pred, None, [(None, elem, 0)], loc, "", [None], callee_expr=arg_exprs[0] if arg_exprs else None)
