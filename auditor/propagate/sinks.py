"""Sinks: whether a catalog sink applies at a call, which of its arguments carry data, and the
hits and parameter sinks it records."""

from __future__ import annotations

import re

from auditor import ir
from auditor.catalog import ArgSpec, Sink
from auditor.propagate.base import (
    BUFFER,
    EXCEPTION_OPTION,
    Hit,
    ParamSink,
    Site,
    arg_given,
    arg_index,
    constant_list,
    flag_given,
    flag_literal,
    make_step,
    original,
    short_callee,
    url_host,
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
)
from auditor.values import (
    CAUSE,
    ELEM,
    EMPTY,
    INDEX,
    LINK,
    MAX_PATH,
    TEXT,
    URL_PART,
    Label,
    Labels,
    Value,
    cap_trace,
    derive,
    flatten,
    join_all,
    known_consts,
    merge_labels,
    sanitize,
)

# a DB-API parameter in a statement: %(name)s, :name, %s or ?
_SQL_PLACEHOLDER = re.compile(r"%\((\w+)\)s|(?<![:\w]):([A-Za-z_]\w*)|%s|\?")


def sealed(v: Value) -> Value:
    """v stored encrypted (an encrypting column type's write)."""
    return Value(sanitize(flatten(v), "encrypt"))


def masked_value(v: Value) -> Value:
    """v with its data masked (what a redacting processor writes in its place)."""
    return Value(sanitize(flatten(v), "mask") or None, None, v.refs, v.consts)


class SinksMixin:
    """Catalog sinks at a call: which arguments, which hits (a part of FunctionAnalyzer)."""

    def as_text(self, v: Value, loc: ir.Loc, method: str = "__str__") -> Labels:
        """The labels of v made into text: its own, and what the __str__ (or __repr__) of the
        project classes it may be returns (a model whose __str__ fetches the buyer's address)."""
        if CAUSE in v.fields:  # an exception's text is not the exceptions it chains to
            v = Value(v.labels, {k: f for k, f in v.fields.items() if k != CAUSE} or None, v.refs, v.consts)
        classes = sorted(r[5:] for r in v.refs if r.startswith("inst:"))
        if not classes:
            return flatten(v)
        texts = [self.prog.method(cls, method) or (self.prog.method(cls, "__repr__") if method == "__str__" else None) for cls in classes]
        # a parameter (typed by some callers) is made text when the caller's argument is known:
        # an object whose class says how it prints is that text, anything else its data (TEXT)
        # (a dataclass hiding a field from its repr prints as the caller's object says, too)
        hides = any(q is None and self.hidden_fields(c) for c, q in zip(classes, texts, strict=True))
        labels: Labels = {}
        for lab, t in v.labels.items():
            if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH and (None not in texts or hides):
                lab = derive(lab, "key", TEXT)
            labels = merge_labels(labels, {lab: t})
        every_part = message = False
        hidden: frozenset[str] | None = None  # fields no printed class shows (`field(repr=False)`)
        for cls, q in zip(classes, texts, strict=True):
            if q is not None:
                text = self.apply(q, self.dispatched(q, self.prog.functions[q].name, v), [], loc, [])
                labels = merge_labels(labels, flatten(text))
            elif self.is_exception(cls):
                message = True  # str(exc) is the message it was built with, not its attributes
            else:
                every_part = True  # a dataclass's repr shows its fields (a plain object's does not: kept safe)
                own = self.hidden_fields(cls)
                hidden = own if hidden is None else hidden & own
        if every_part:
            if hidden:  # the parameter's own labels were made text above (TEXT): its caller's object decides
                own = {lab: t for lab, t in v.labels.items() if not (hides and lab.is_param and not lab.flat and len(lab.path) < MAX_PATH)}
                v = Value(own, {k: f for k, f in v.fields.items() if k not in hidden}, v.refs, v.consts)
            return merge_labels(labels, flatten(v))
        if message:
            args = {k: f for k, f in v.fields.items() if k.isdigit()}
            labels = merge_labels(labels, flatten(Value(None, args)))
        return labels

    @staticmethod
    def as_url(v: Value) -> Value:
        """v given as a request's URL: the parameters it is marked so (URL_PART), and a link
        Amazon issued that is the whole URL is where the request goes (its storage), not data
        sent (in a partner's query string it is sent)."""
        whole = v.consts <= {""}
        if not any((lab.is_param and not lab.flat and len(lab.path) < MAX_PATH) or (whole and LINK in lab.san) for lab in v.labels):
            return v
        labels = {
            derive(lab, "key", URL_PART) if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH else lab: t
            for lab, t in v.labels.items()
            if not (whole and LINK in lab.san)
        }
        return Value(labels, v.fields, v.refs, v.consts)

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
                if not found and spec.position is None:
                    # create_report(**kw) with kw = {"reportType": ...}: the dict's entry
                    parts = [self.read(av, spec.keyword) for kw, av, s in args if s == 2]
                    v = join_all([p for p in parts if not p.is_empty()]) if parts else v
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
                # and what a caller's object holds at every field read (`self.log`, set in __init__
                # from a parameter: the heap keeps its shape, the caller's label its data; a helper
                # adding a Bcc to a caller's message still sends to the caller's To)
                params = {lab: t for lab, t in v.labels.items() if lab.is_param and not lab.flat}
                if params:
                    parts += [Value({derive(lab, "key", f): t for lab, t in params.items()}) for f in spec.fields]
                return join_all(parts)
        return v

    def names_a_parameter(self, spec: ArgSpec, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None]) -> bool:
        """Whether the argument is written as one of this function's parameters (`file=out`)."""
        i = arg_index(spec, args, arg_exprs)
        e = arg_exprs[i] if i is not None else None
        return isinstance(e, ir.Name) and e.id in {p.name for p in self.fn.params}

    def may_be(self, v: Value, types: tuple[str, ...]) -> bool:
        """Whether a value may be an instance of one of these library types (or a subclass)."""
        for r in v.refs:
            if r.startswith("ext:") and r[4:] in types:
                return True
            if r.startswith("inst:") and any("ext:" + t in self.builtin_bases(r[5:]) for t in types):
                return True
        return False

    def hidden_fields(self, cls: str) -> frozenset[str]:
        """Fields a class (or a base) leaves out of its generated repr (`field(repr=False)`)."""
        return frozenset(f for c in self.prog.mro(cls) if (cd := self.prog.classes.get(c)) is not None for f in cd.hidden)

    def sink_data(
        self, sink: Sink, name: str, spec: ArgSpec, args: list[tuple[str | None, Value, int]], recv: Value, loc: ir.Loc
    ) -> Value:
        """What a sink's argument writes: all of it, or only the keys its receiver was built with
        (Sink.row_keys: a DictWriter's fieldnames) when those are known."""
        v = self.with_buffered(self.arg_value(spec, args, recv))
        keyed = sink.row_keys.get(name)
        if keyed is None:
            return v
        kspec, rows = keyed
        names_v = recv.fields.get(str(kspec.position)) if kspec.position is not None else None
        if names_v is None and kspec.keyword is not None:
            names_v = recv.fields.get(kspec.keyword)
        names = constant_list(names_v) if names_v is not None else None
        if not names:
            if names_v is not None:  # our parameter's list: callers passing constant names get a copy
                self.note_param_use(names_v, self.e.listed_params)
            return v
        if rows:
            return Value(None, {ELEM: self.read_keys(self.iter_elem(v), frozenset(names), loc)})
        return self.read_keys(v, frozenset(names), loc)

    def encrypted_columns(self, recv: Value, args: list[tuple[str | None, Value, int]], orm_add: bool = False) -> list[tuple[str | None, Value, int]]:
        """A model manager's write (`Order.objects.create(buyer_name=...)`, `defaults={...}`), or a
        session's (`session.add(obj)`, orm_add): what goes into a field the model declares with an
        encrypting type is stored encrypted (a log of the instance still shows it); what goes into
        a relation (`order=record`, a foreign key) is stored as the related row's key."""
        models = sorted(r[4:].rsplit(":", 1)[0] for r in recv.refs if r.startswith("mgr:"))
        out = []
        for kw, v, star in args:
            if models and (kw == "defaults" or star == 2):
                if v.fields:
                    v = Value(v.labels, {k: self.column_value(models, k, f) for k, f in v.fields.items()}, v.refs, v.consts)
            elif models and kw is not None:
                v = self.column_value(models, kw, v)
            elif orm_add and kw is None and star == 0 and v.fields and any(r.startswith("inst:") for r in v.refs):
                # session.add(pickup): an instance's attributes go into its model's columns
                insts = sorted(r[5:] for r in v.refs if r.startswith("inst:"))
                v = Value(v.labels, {k: sealed(f) if self.encrypted_field(insts, k) else f for k, f in v.fields.items()}, v.refs, v.consts)
            out.append((kw, v, star))
        return out

    def column_value(self, models: list[str], field: str, v: Value) -> Value:
        """What a manager's write of v into `field` of these models stores."""
        if self.encrypted_field(models, field):
            return sealed(v)
        if self.declared_as(models, field, self.cat.orm_relation_fields):
            return EMPTY
        return v

    def encrypted_field(self, models: list[str], field: str) -> bool:
        """Whether, in every model a write may go to, the class declaring the field (the first in
        the method resolution order) declares it with an encrypting type only (a Django field
        type, or a column declared with one: `Column(StringEncryptedType(...))`)."""
        return self.declared_as(models, field, self.cat.orm_encrypted_fields)

    def declared_as(self, models: list[str], field: str, kinds: frozenset[str]) -> bool:
        """Whether, in every model a write may go to, the class declaring the field (the first in
        the method resolution order) declares it with a type of `kinds` only (a Django field type,
        or a column declared with one: `Column(StringEncryptedType(...))`)."""
        for m in models:
            for c in self.prog.mro(m):  # (re-run when a class body's declaration is known)
                self.e.depend(f"heap:c:{c}:{field}", self.q)
            held = next((h for c in self.prog.mro(m) if (h := self.e.heap.get(f"c:{c}:{field}")) is not None), None)
            if held is None:
                return False
            types = {r[4:].removesuffix("()") for r in held.refs if r.startswith("ext:")}
            if types and types <= self.cat.orm_column_declarations:
                # (the type made with its arguments: a key read from the environment is not a type)
                declared = held.fields.get("0", EMPTY)
                if not {r[4:].removesuffix("()") for r in declared.refs if r.startswith("ext:")} & kinds:
                    return False
            elif not types or not types <= kinds:
                return False
        return True

    def sealed_parameters(self, sink: Sink, args: list[tuple[str | None, Value, int]], recv: Value) -> list[tuple[str | None, Value, int]]:
        """`execute("INSERT ... VALUES (pgp_sym_encrypt(%(name)s, %(key)s))", params)`: the
        parameters the statement hands to an encrypting SQL function (Sink.sql_sealed) are stored
        encrypted, by name (`%(name)s`, `:name`) or by position (`%s`, `?`), in every text the
        statement may be."""
        texts = known_consts(self.arg_value(sink.sql_arg, args, recv))  # type: ignore[arg-type]
        if not texts:
            return args
        funcs = "|".join(re.escape(f) for f in sink.sql_sealed)
        sealed: set[str] | None = None
        places = 0
        for text in texts:
            found: set[str] = set()
            clear: set[str] = set()
            for n, m in enumerate(_SQL_PLACEHOLDER.finditer(text)):
                places = max(places, n + 1)
                key = m.group(1) or m.group(2) or str(n)
                inside = re.search(rf"(?i)\b(?:{funcs})\s*\(\s*$", text[: m.start()])
                (found if inside else clear).add(key)
            # a name also written in clear (`... SET email_plain = %(email)s`) is stored in clear
            found -= clear
            sealed = found if sealed is None else sealed & found
        if not sealed:
            return args
        out = []
        positional = [i for i, (kw, _v, star) in enumerate(args) if kw is None and not star]
        at = {positional[s.position] for s in sink.sql_params if s.position is not None and s.position < len(positional)}
        names = {s.keyword for s in sink.sql_params if s.keyword is not None}
        for i, (kw, v, star) in enumerate(args):
            if (i in at or (kw is not None and kw in names)) and v.fields and not v.labels:
                positions = [k for k in v.fields if k != ELEM]
                if ELEM in v.fields and (not all(k.isdigit() for k in positions) or len(positions) < places):
                    # elements not all known by position (a comprehension, a list appended to)
                    out.append((kw, v, star))
                    continue
                fields = {k: Value(sanitize(flatten(f), "encrypt")) if k in sealed else f for k, f in v.fields.items()}
                if ELEM in fields:  # a tuple literal's elements joined: its positions as they now are
                    fields[ELEM] = join_all([f for k, f in fields.items() if k != ELEM])
                v = Value(v.labels, fields, v.refs, v.consts)
            out.append((kw, v, star))
        return out

    def handled_exception(
        self, sink: Sink, name: str, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None], recv: Value | None = None
    ) -> Value | None:
        """The exception being handled, when this call writes it as well as its arguments
        (`logger.exception("failed")`, `logger.error("failed", exc_info=True)` in an except block,
        loguru's `logger.opt(exception=True).error(...)`: world.toml exception_options)."""
        exc = self.handled()
        if exc is None:
            return None
        exc = self.with_causes(exc)  # the traceback: the exception and the chain it was raised from
        method = name.rsplit(".", 1)[-1]
        if method in sink.handled_exception or (recv is not None and EXCEPTION_OPTION in recv.fields):
            return exc
        if method in sink.handled_exception_bare:
            # capture_exception(err) sends err, not the handled one (sys.exc_info() given there
            # is the handled one as a value: LibraryMixin, world exception_info)
            return None if any(kw is None for kw, _v, _s in args) else exc
        return exc if sink.exception_flag is not None and flag_given(sink.exception_flag, args, arg_exprs) else None

    def redacted_logger(self, sink: Sink, name: str, recv: Value, args: list[tuple[str | None, Value, int]]) -> bool:
        """Whether a log call's message and arguments go to loggers all of which redact them
        (logcfg): a redacting filter on the logger, or on all its handlers when it does not
        propagate and no handler was added in code; not where a configuration leaves it plain.
        What a filter of the message does not see stays (an exception's traceback here; `extra=`
        and the exception `exc_info=` logs, in check_sink)."""
        if name.rsplit(".", 1)[-1] in sink.handled_exception:
            return False
        logger = recv.fields.get(LOGGER)
        names = logger.consts if logger is not None else frozenset({"root"}) if name in self.cat.root_log_calls else frozenset()
        if not names:
            return False
        heap: dict[str, frozenset[str]] = {}
        for key in (REDACTED, HANDLERS_REDACT, PLAIN, PLAIN_HANDLER):
            self.e.depend("heap:" + key, self.q)
            heap[key] = self.e.heap.get(key, EMPTY).consts
        redacted = (heap[REDACTED] | (heap[HANDLERS_REDACT] - heap[PLAIN_HANDLER])) - heap[PLAIN]
        return names <= redacted

    def traceback_locals(self, loc: ir.Loc) -> Value:
        """What the variables of the try block whose exception is handled hold, as a traceback
        that shows them writes them (their text), once a handler that does was configured."""
        self.e.depend("heap:" + LOCALS_SHOWN, self.q)
        if LOCALS_SHOWN not in self.e.heap or self.handled_try is None:
            return EMPTY
        names = sorted({n.id for n in ir.walk(self.handled_try) if isinstance(n, ir.Name)})
        return Value(self.as_text(join_all([self.env[n] for n in names if n in self.env]), loc))

    def processor_redacted(self, args: list[tuple[str | None, Value, int]], recv: Value) -> tuple[list[tuple[str | None, Value, int]], Value]:
        """The arguments and the receiver of a structured log call as a configured processor
        leaves them: a keyword, or an entry of the logger's bound context, named as a key it
        redacts holds the value masked (logcfg.REDACTED_KEYS)."""
        self.e.depend("heap:" + REDACTED_KEYS, self.q)
        self.e.depend("heap:" + PROCESSOR_SITES, self.q)
        pairs = [p.split("\x1f", 1) for p in sorted(known_consts(self.e.heap.get(REDACTED_KEYS, EMPTY)))]
        sites = known_consts(self.e.heap.get(PROCESSOR_SITES, EMPTY))
        # a key counts where every configuration redacts it (a development one beside production's)
        keys = frozenset.intersection(*[frozenset(k for s, k in pairs if s == site) for site in sorted(sites)]) if sites else frozenset()
        if not keys:
            return args, recv
        masked = [(kw, masked_value(v) if kw in keys else v, star) for kw, v, star in args]
        context = recv.fields.get(CONTEXT)
        if context is not None and context.fields and keys & context.fields.keys():
            context = Value(context.labels, {k: masked_value(f) if k in keys else f for k, f in context.fields.items()}, context.refs, context.consts)
            recv = Value(recv.labels, {**recv.fields, CONTEXT: context}, recv.refs, recv.consts)
        return masked, recv

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
        if sink.needs_arg and not any(arg_given(spec, args) for spec in sink.needs_arg):
            return  # yaml.dump(order) makes a string; only yaml.dump(order, fh) writes a file
        if sink.index_arg and INDEX in recv.fields and flag_literal(ArgSpec(None, sink.index_arg), args, arg_exprs) == "False":
            # df.to_csv(path, index=False): the index is not written. (Not for a helper's
            # parameter: its caller's index may have become a column by reset_index() there.)
            recv = self.without_index(recv, params=False)
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
        if sink.unless_arg is not None and arg_given(sink.unless_arg, args):
            v = self.arg_value(sink.unless_arg, args, recv)
            if v.refs and not self.names_a_parameter(sink.unless_arg, args, arg_exprs) and all(
                self.may_be(Value(None, None, frozenset({r})), sink.unless_types) for r in v.refs if not r.startswith(BUFFER)
            ):
                return
        if sink.sql_arg is not None and sink.sql_pattern:
            sql = known_consts(self.arg_value(sink.sql_arg, args, recv))
            if sql and not any(re.search(sink.sql_pattern, s.replace("\x00", " ")) for s in sql):
                return
            if not sql and by_shape:
                return
        over: tuple[Label, Sink] | None = None
        if sink.not_over:
            under = recv.fields.get("0") or (recv.fields.get(sink.over_arg) if sink.over_arg else None)
            if under is not None and any(r[4:] in sink.not_over for r in under.refs if r.startswith("ext:")):
                # a csv writer over an io.StringIO: the rows are the buffer's text (getvalue())
                self.write_buffer(under, join_all([self.sink_data(sink, name, spec, args, recv, loc) for spec in sink.args]))
                return
            if under is None:
                # a writer a caller passes (`def write_rows(w, rows): w.writerow(...)`): what it
                # is over is the caller's to say, so the finding waits for the call (ParamSink.over)
                mine = sorted(lab for lab in recv.labels if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"))
                over = (mine[0], sink) if mine else None
        destination = sink.destination
        via: Label | None = None
        if sink.url_args:
            hosts: set[str | None] = set()
            issued = False
            for spec in sink.url_args:
                v = self.arg_value(spec, args, recv)
                if spec.receiver and spec.fields and not any(f in recv.fields for f in spec.fields):
                    # a client our caller made (`def create_label(client, ...)`, `client.post("/path")`):
                    # the base URL it was made with says where this goes (ParamSink.via)
                    # (not a function no code calls, whose client is whatever runs it gives)
                    mine = sorted(lab for lab in recv.labels if lab.is_param and not lab.flat and lab.origin.startswith(f"param:{self.q}:"))
                    if mine and not self.e.entry_param(Value({mine[0]: ()})):
                        via = mine[0]
                        continue
                if not v.consts and not v.labels and v.refs and all(self.cat.url_issued(r) for r in v.refs):
                    issued = True  # a URL Amazon's API gave (a presigned feed or report document URL)
                    continue
                if self.document_link(v):
                    issued = True  # a report document's own link, read from its payload
                    continue
                for c in v.consts:
                    if c.startswith("/") and spec.receiver is False:
                        continue
                    hosts.add(url_host(c))
            known = {h for h in hosts if h}
            if known or None in hosts or issued:
                via = None
            if (issued and not hosts) or (known and all(self.cat.host_permitted(h) for h in known) and None not in hosts):
                return
            outside = sorted(h for h in known if not self.cat.host_permitted(h))
            if outside:
                destination = f"{sink.destination} ({', '.join(outside[:3])})"
            else:
                destination = f"{sink.destination} (a URL not known statically)"
        consent = self.consent > 0
        data_labels: Labels = {}
        # a parameter given as the URL: at a caller passing a report document's own link, the
        # request fetches the report from Amazon's storage (URL_PART), not sends it out
        urls = {id(self.arg_value(spec, args, recv)) for spec in sink.url_args if not spec.receiver}
        data_args = [(k, self.as_url(v) if id(v) in urls else v, star) for k, v, star in args]
        if sink.rule == "AMZ005" and data_args and data_args[0][0] is None and len(data_args[0][1].consts) == 1:
            # log.info("ctx %r", ctx): an argument a `%r` formats is written as its repr
            reprs = ir.repr_positions(next(iter(data_args[0][1].consts)))
            positional = [i for i, a in enumerate(data_args) if a[0] is None and a[2] == 0][1:]
            for j in reprs:
                if j < len(positional):
                    k, v, star = data_args[positional[j]]
                    data_args[positional[j]] = (k, Value(self.as_text(v, loc, "__repr__")), star)
        if sink.keyed_redaction:
            data_args, recv = self.processor_redacted(data_args, recv)
        if self.cat.orm_encrypted_fields:
            data_args = self.encrypted_columns(recv, data_args, name in self.cat.orm_adds)
        if sink.sql_sealed and sink.sql_arg is not None and sink.sql_params and name.rsplit(".", 1)[-1] not in sink.sql_rows:
            data_args = self.sealed_parameters(sink, data_args, recv)
        # recipients given explicitly (`send_message(msg, to_addrs=[...])`) are where the message
        # goes, not its headers; unless None, or our parameter, which a caller may leave None
        given = self.arg_value(sink.explicit, args, recv) if sink.explicit is not None and arg_given(sink.explicit, args) else EMPTY
        explicit = not given.is_empty() and not any(lab.is_param for lab in flatten(given))
        specs = (sink.explicit,) if explicit else sink.args
        data = [self.sink_data(sink, name, spec, data_args, recv, loc) for spec in specs]
        handled = self.handled_exception(sink, name, args, arg_exprs, recv)
        if handled is not None:
            data.append(handled)
            if sink.shows_locals and self.handled_try is not None:
                data.append(self.traceback_locals(loc))
        for v in data:
            # a log or the console formats an object with its __str__
            data_labels = merge_labels(data_labels, self.as_text(v, loc) if sink.rule == "AMZ005" else flatten(v))
        if sink.rule == "AMZ005" and data_labels and self.redacted_logger(sink, name, recv, args):
            # a filter on the logger rewrites the record's text, not what it does not see (`extra=`)
            unfiltered: Labels = {}
            for kw, v, _s in args:
                if kw in self.cat.log_unfiltered_args:
                    unfiltered = merge_labels(unfiltered, self.as_text(v, loc))
            if handled is not None:  # exc_info=: the exception's text, which the filter does not see
                unfiltered = merge_labels(unfiltered, self.as_text(handled, loc))
            data_labels = merge_labels(sanitize(data_labels, "mask"), unfiltered)
        if sink.rule:
            site = Site(sink.rule, sink.id, name, destination, self.path, loc, original(self.q), consent)
            sink_step = make_step(self.path, loc, "sink", f"reaches {destination} ({short_callee(name)})")
            for lab, t in data_labels.items():
                if lab.is_param:
                    if not lab.origin.startswith(f"param:{self.q}:") and lab.param_owner()[0] not in self.ancestors:
                        continue
                    self.param_sinks.append(ParamSink(lab, cap_trace(t + (sink_step,)), site, over=over, via=via))
                elif not self.label_hits(sink.rule, lab):
                    continue
                elif over is not None or via is not None:
                    self.param_sinks.append(ParamSink(None, (), site, (), ((lab, cap_trace(t + (sink_step,))),), over, via))
                else:
                    self.hits.append(Hit(site, lab, cap_trace(t + (sink_step,)), consent))
        if sink.text_args and sink.text_when:
            text_labels: Labels = {}
            for spec in sink.text_args:
                text_labels = merge_labels(text_labels, flatten(self.arg_value(spec, args, recv)))
            text_labels = {lab: t for lab, t in text_labels.items() if lab.kind == "text" or lab.is_param}
            if not text_labels:
                return
            site = Site("AMZ006", sink.id, name, f"a message to the buyer ({sink.destination.removeprefix('a ').removeprefix('an ')})" if sink.text_when == "recipient" else sink.destination, self.path, loc, original(self.q), consent)
            sink_step = make_step(self.path, loc, "sink", f"sent to the buyer in {sink.destination} ({short_callee(name)})")
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
