"""Containers: reads and writes of dict keys and list elements, literals, comprehensions,
iteration and the methods of built-in containers."""

from __future__ import annotations

import itertools
import re
import string
from collections.abc import Callable, Iterable
from functools import lru_cache

from auditor import ir
from auditor.propagate.base import (
    BUFFER,
    EMPTY_MARK,
    ENV_CHOICE,
    GROWN,
    MAX_UNROLL,
    PAIRED,
    POPPED,
    RECORD,
    ROW,
    UNKNOWN_TEXT,
    WRAPS_METHOD,
    constant_list,
    entry_of,
    flat_params,
    key_part,
    make_step,
    plain_target,
)
from auditor.values import (
    ANY,
    COLUMNS,
    ELEM,
    EMPTY,
    GROUP_BY,
    GROUP_FRAME,
    GROUP_INDEXED,
    GROUP_NAMES,
    GROUP_SOURCE,
    HOLE,
    INDEX,
    KEYS,
    MAX_CONSTS,
    MAX_FIELDS,
    MAX_PATH,
    TOP,
    TOP_CONSTS,
    Label,
    Labels,
    Value,
    add_step,
    derive,
    flatten,
    includes,
    join,
    join_all,
    key_may_be,
    known_consts,
    merge_labels,
    no_text,
    refold,
    sanitize,
    set_path,
    without_key,
)


def library_ref(ref: str) -> bool:
    """Whether a ref says a value may be a library's object (not a builtin's: a str is a str)."""
    return ref.startswith("ext:") and not ref.startswith("ext:builtins.")


def read_from(key: Value, base: Value) -> bool:
    """Whether every label of `key` is a part of the parameter that `base` is (a key taken from
    the dict it then looks up)."""
    labels = flatten(key)
    own = [lab for lab in base.labels if lab.is_param and not lab.flat]
    return bool(labels) and bool(own) and all(
        lab.is_param and not lab.flat and any(lab.origin == b.origin and lab.path[: len(b.path)] == b.path for b in own) for lab in labels
    )


@lru_cache(maxsize=4096)
def format_fields(template: str) -> tuple[frozenset[str], bool] | None:
    """The keyword names and whether positions are used in a `str.format` template (`"{name}
    {0} {}"`, also inside format specs: `"{x:{width}}"`); None when it does not parse."""
    names: set[str] = set()
    positional = False
    pending = [template]
    try:
        while pending:
            for _text, field, spec, _conv in string.Formatter().parse(pending.pop()):
                if field is None:
                    continue
                root = re.split(r"[.\[]", field, maxsplit=1)[0]
                if root == "" or root.isdigit():
                    positional = True
                else:
                    names.add(root)
                if spec and "{" in spec:
                    pending.append(spec)
    except ValueError:
        return None
    return frozenset(names), positional


def dollar_fields(template: str) -> tuple[frozenset[str], bool] | None:
    """The placeholder names of a string.Template text (`$name`, `${name}`); None when it has a
    placeholder that does not parse (a `$` before nothing: substitute raises, safe_substitute
    leaves it, so what it may show is not known)."""
    t = string.Template(template)
    if not t.is_valid():
        return None
    return frozenset(t.get_identifiers()), False


PLACEHOLDERS: dict[str, Callable[[str], tuple[frozenset[str], bool] | None]] = {"format": format_fields, "dollar": dollar_fields}


def record_view(values: Labels, keys: Labels, method: str) -> Value:
    """`rec.items()`, `.keys()`, `.values()` of a record known only by its labels: its values hold
    `values`, its keys only `keys` (a record's keys are field names, not its data)."""
    vals = Value(values)
    if method == "keys":
        return Value(None, {ELEM: Value(keys)})
    if method == "values":
        return Value(None, {ELEM: vals})
    return Value(None, {ELEM: Value(values, {"0": Value(keys), "1": vals, ELEM: vals})})


# str methods without arguments whose result on a constant is known (Python's own)
_CASE_METHODS = frozenset({"lower", "upper", "strip", "lstrip", "rstrip", "casefold", "title", "capitalize", "swapcase"})
# ...and those whose result is known given constant text arguments, by how many they take
# (`base_url.rstrip("/")`, `field.replace("_", "-")`: a column name made from a field name)
_TEXT_ARG_METHODS = {"strip": 1, "lstrip": 1, "rstrip": 1, "removeprefix": 1, "removesuffix": 1, "replace": 2}
_SPLIT_METHODS = frozenset({"split", "rsplit", "splitlines"})


def formatted(templates: frozenset[str], args: list[tuple[str | None, Value, int]]) -> frozenset[str]:
    """`template.format(...)` of constant templates, each argument one of its few constants or,
    when not known, a hole (HOLE); empty when that is not a few texts (starred arguments, too
    many combinations, a template str.format rejects)."""
    if any(star for _kw, _v, star in args) or len(templates) > 4:
        return frozenset()
    options = [sorted(v.consts) if v.consts and TOP not in v.consts and len(v.consts) <= 4 and not any(HOLE in c for c in v.consts) else [HOLE] for _kw, v, _s in args]
    combos = 1
    for o in options:
        combos *= len(o)
    if combos * len(templates) > 8:
        return frozenset()
    out: set[str] = set()
    for picks in itertools.product(*options):
        positional = [p for (kw, _v, _s), p in zip(args, picks, strict=True) if kw is None]
        named = {kw: p for (kw, _v, _s), p in zip(args, picks, strict=True) if kw is not None}
        for t in templates:
            try:
                out.add(t.format(*positional, **named))
            except (IndexError, KeyError, ValueError, AttributeError, TypeError):
                return frozenset()
    return frozenset(out)


def plain_split(method: str, args: list[tuple[str | None, Value, int]]) -> bool:
    """Whether a split's arguments are known: no separator, or one constant non-empty separator
    (no count, no `keepends`)."""
    if len(args) > 1 or (method == "splitlines" and args):
        return False
    if not args:
        return True
    kw, v, star = args[0]
    return kw in (None, "sep") and not star and len(v.consts) == 1 and TOP not in v.consts and not v.labels and not v.fields and bool(next(iter(v.consts)))


def split_consts(texts: frozenset[str], method: str, args: list[tuple[str | None, Value, int]]) -> frozenset[str] | None:
    """The pieces `text.split(sep)` (rsplit, splitlines) gives for constant texts and a constant
    separator (or none); None where the separator or a count is not a plain constant."""
    if not plain_split(method, args):
        return None
    return frozenset(p for t in texts for p in split_text(t, method, args))


def split_text(text: str, method: str, args: list[tuple[str | None, Value, int]]) -> list[str]:
    """What `text.split(sep)` (rsplit, splitlines) gives, for arguments plain_split accepted."""
    if method == "splitlines":
        return text.splitlines()
    parts: list[str] = getattr(text, method)(next(iter(args[0][1].consts)) if args else None)
    return parts


_GROWING = frozenset({"append", "extend", "insert", "appendleft", "extendleft"})  # list methods adding items
# the references that say what a value is (a project function, class or instance, a library
# object or a module), not where it came from
_TYPE_REFS = ("ext:", "inst:", "cls:", "fn:", "mod:")


class ContainersMixin:
    """Dict keys, list elements, literals, iteration and container methods (a part of FunctionAnalyzer)."""

    def read(self, v: Value, key: str) -> Value:
        """v[key] / v.key: a known part, or what the labels say a field of Amazon data is."""
        part = v.fields.get(key)
        if part is not None and key != ELEM:
            return part  # a part set explicitly is exactly what was set there
        if part is None and key != ELEM and v.fields and (HOLE in key or any(HOLE in k for k in v.fields)):
            # a key built at run time (`raw[f"{db}_orders"]`, a part unknown): the parts it may be
            # (not the dict's own records, `@keys`: f"{local}@{domain}" would fit that name)
            matched = [f for k, f in v.fields.items() if k != ELEM and not k.startswith("@") and key_may_be(k, key)]
            if matched:
                return join_all(matched)
        if key == KEYS and v.fields and ELEM not in v.fields and not v.labels:
            # the keys of a dict whose keys are all named (a literal): those names, not its values
            names = frozenset(k for k in v.fields if not k.startswith("@"))
            if names and len(names) <= MAX_CONSTS:
                return Value(None, None, frozenset(), names)
        if part is None and key.isdigit() and v.fields and any(r in self.cat.table_types for r in v.refs):
            # a table's row taken apart by position (`for email, name, n in df.itertuples(index=False,
            # name=None)`): the position is one of its columns, or its index, not known which
            cols = [f for k, f in v.fields.items() if k == INDEX or not (k.startswith("@") or k == ELEM)]
            if cols:
                part = join_all(cols)
        if part is None and key != ELEM and (key.isdigit() or "0" not in v.fields or KEYS in v.fields) and not self.header_object(v):
            # (an email message's parts, `msg.attach(...)`, are its body, not its headers: a header
            # never set is none)
            # a dict with keys not known may hold the key; a list or tuple literal (positions "0",
            # "1", ...) has no named keys: `orders = [orders]` joined with one order is a list
            # or that order, and `order["AmazonOrderId"]` then reads the order, not a list element
            part = v.fields.get(ELEM)
            if part is not None and key.isdigit() and part.labels and all(
                lab.is_param and not lab.flat and lab.path[-1:] == (ELEM,)
                and Label("param", lab.data, lab.origin, lab.path[:-1], lab.san) in v.labels for lab in part.labels
            ):
                # a position of the caller's tuple (`fn(*args)` binding args[2]) is what the caller
                # passes there (the label derived below), not any of its elements: only the refs the
                # elements may have stay
                part = Value(None, part.fields, part.refs, part.consts)
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
                if key != ELEM and self.cat.partner_record(v.refs):
                    if info is None:
                        info = self.cat.classify_key(key)
                    if info and info.category == "public":
                        continue  # a carrier's record made from the parameter: its id is the carrier's
                if lab.flat and key != ELEM and not v.refs.isdisjoint(self.cat.table_types):
                    # a table read from a file the caller names (`pd.read_csv(buf)`): a column
                    # the catalog knows as public (a quantity, a SKU) is that column, not the file
                    if info is None:
                        info = self.cat.classify_key(key)
                    if info and info.category == "public":
                        continue
                    labels[lab] = t
                elif lab.flat or len(lab.path) >= MAX_PATH:
                    labels[lab] = t
                elif lab.path and lab.path[-1] == KEYS and key != ELEM and not key.startswith("@") and not key.isdigit():
                    # a key of the caller's dict (a string, a number, a tuple) has no named part:
                    # reading one from it gives nothing (and would double the labels of every row
                    # read); a tuple key's positions still read through
                    continue
                else:
                    labels = merge_labels(labels, {derive(lab, "key", key): t})
            elif lab.kind in ("field", "text") and key != ELEM and self.cat.partner_record(v.refs):
                # a carrier's shipment made from the address: its id or tracking code is the carrier's
                # (nor is it the shop's own text sent with it: the phone of the sender's address)
                if info is None:
                    info = self.cat.classify_key(key)
                if not (info and info.category == "public"):
                    labels[lab] = t
            else:
                labels[lab] = t
        if (
            part is None
            and v.fields
            and any(r.startswith("ext:") for r in v.refs)
            and not self.header_object(v)
            and (COLUMNS not in v.fields or "columns" in v.fields)
            and (info is None or key == ELEM)
        ):
            # a library object wrapping data (csv.DictReader(f), pd.DataFrame(rows)): its rows
            # and columns come from what it was built from. Not a table read from Amazon data
            # whole (`info` was looked up for its labels): its other columns are named parts the
            # code set (`df["email_norm"] = ...`), and reading "sku" is not reading them
            wrapped = Value(flatten(Value(None, v.fields)), None, v.refs if self.cat.partner_record(v.refs) else frozenset())
            part = self.read(wrapped, key)
        out = Value(labels)
        if labels and v.refs and key != ELEM and self.cat.partner_record(v.refs):
            # a part of a carrier's record (bought.selected_rate) is the carrier's too: its public
            # keys (.carrier, .rate) are not the address it was made from
            out = Value(labels, None, frozenset(f"{r}.{key}" for r in v.refs if r.startswith("ext:")))
        return join(out, part) if part is not None else out

    def header_object(self, v: Value) -> bool:
        """Whether v is an email message, whose headers are only what code set under their names
        (world.toml header_objects)."""
        return bool(v.refs) and all(r.startswith("ext:") and r[4:] in self.cat.header_objects for r in v.refs)

    def table_column(self, v: Value, key: str) -> Value:
        """v[key]; a column of an aggregated table keeps the table's index, as a part: written with
        the column (to_csv, print), but not among its values (to_numpy, tolist: index_free)."""
        out = self.read(v, key)
        index = v.fields.get(INDEX)
        return out if index is None or key == INDEX else join(out, Value(None, {INDEX: index}))

    def without_index(self, v: Value, params: bool = True) -> Value:
        """v without its index part (`series.to_numpy()`, `to_csv(index=False)`); with `params`,
        of a parameter, the caller's value without it (values.WITHOUT)."""
        labels = v.labels
        if params:
            labels = refold({without_key(lab, INDEX) if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH else lab: t for lab, t in labels.items()})
        return Value(labels, {k: f for k, f in v.fields.items() if k != INDEX} or None, v.refs, v.consts)

    def any_part(self, v: Value) -> Value:
        """v[k] for a key not known statically: any of v's parts (`row[col]` for a dict built with
        named keys), not only its elements."""
        params = {lab: t for lab, t in v.labels.items() if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH}
        if params:  # of a parameter: any part of the caller's value, its named keys too (ANY)
            rest = Value({lab: t for lab, t in v.labels.items() if lab not in params}, v.fields, v.refs, v.consts)
            out = join(self.read(rest, ELEM), Value({derive(lab, "key", ANY): t for lab, t in params.items()}))
        else:
            out = self.read(v, ELEM)
        if any(r.startswith("ext:") and r not in self.cat.dict_types for r in v.refs):
            return out  # a library object's named parts are what it was built from (read above)
        named = [f for k, f in v.fields.items() if k != ELEM and not k.startswith("@")]
        return join_all([out, *named]) if named else out

    def row_values(self, v: Value) -> Value:
        """The values of a row taken by a table indexer (ROW): any of its columns."""
        return join_all([self.read(v, ELEM), *(f for k, f in v.fields.items() if k != ELEM and not k.startswith("@"))])

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
                # each selected column under its name: the aggregation's table has it by that
                # name beside the key columns (groupby(keys, as_index=False)["purchase-date"].max())
                named = {c: self.key_source(self.read(frame, c), frame, c, e.loc) for c in sorted(cols)}
                frame = Value(None, {**named, COLUMNS: EMPTY_MARK}, frozenset(r for r in frame.refs if r.startswith("ext:")))
            return self.grouping_value(
                bv.fields[GROUP_BY], frame, bv.refs, known_consts(bv.fields.get(GROUP_NAMES, EMPTY)), GROUP_INDEXED in bv.fields,
                bv.fields.get(GROUP_SOURCE, bv.fields[GROUP_FRAME]),
            )
        if e.key == ":" and bv.consts and e.index is None:
            return Value(bv.labels, bv.fields, bv.refs)  # text[:5] is not the text: no constant
        indexers = sorted(r for r in bv.refs if r in self.cat.table_indexers)
        owner = frozenset(r.rsplit(".", 1)[0] for r in indexers)
        if e.key == ":":
            indexer = self.cat.table_indexers[indexers[0]] if indexers else None
            if indexer is None or not isinstance(e.index, ir.SeqLit) or len(e.index.elts) <= indexer:
                if indexer is not None:  # df.iloc[:10], df.loc[a:b]: rows, with every column by its name
                    if e.index is not None:
                        self.eval(e.index)
                    return Value(bv.labels, {**bv.fields, ROW: EMPTY_MARK}, owner)
                return bv  # a slice keeps the elements
            # df.loc[mask, cols]: the rows run (a mask may call something), the columns select
            dims = [self.eval(x) for x in e.index.elts]
            cols = dims[indexer]
            if any(r in self.cat.positional_indexers for r in indexers):
                return Value(bv.labels, {**bv.fields, ROW: EMPTY_MARK}, owner)  # df.iloc[:, 3]: a position names no column
            names = constant_list(cols)
            if names is None and known_consts(cols) and not cols.fields and not cols.labels:
                names = sorted(known_consts(cols))  # one column: its values
                out = join_all([self.key_source(self.read(bv, k), bv, k, e.loc) for k in names])
                return Value(out.labels, out.fields, owner)
            if names is None:  # columns not known: all of them
                return Value(bv.labels, bv.fields, owner)
            return self.select_columns(bv, names, owner, e.loc)
        if indexers:  # df.loc[mask], df.iloc[0]: rows, with every column by its name
            if e.index is not None:
                self.eval(e.index)
            return Value(bv.labels, {**bv.fields, ROW: EMPTY_MARK}, owner)
        if isinstance(e.index, ir.SeqLit) and e.index.elts and all(isinstance(x, ir.Const) and x.is_str and x.value for x in e.index.elts):
            # selecting named columns: only those columns come along
            keys = [x.value for x in e.index.elts if isinstance(x, ir.Const) and x.value]
            return self.select_columns(bv, keys, frozenset(r for r in bv.refs if r.startswith("ext:")), e.loc)
        if e.index is not None:
            iv = self.eval(e.index)
            if iv.labels:
                self.note_param_use(iv, self.e.keyed_params)
                self.note_param_use(iv, self.e.keyed_elems, (ELEM,))
                if not bv.refs.isdisjoint(self.cat.table_types):  # df[columns]: a copy per list of names
                    self.note_param_use(iv, self.e.listed_params)
            if not bv.refs.isdisjoint(self.cat.inserting_dicts) and plain_target(e.base) and flatten(iv) and not read_from(iv, bv):
                # by_buyer[(name, email)] on a defaultdict adds the key: iterating shows it (not
                # a key read from the dict itself, `for k in sorted(d): d[k]`: it is there already)
                self.stored_key = iv
                self.store_key(e.base, e.loc)
            tables = frozenset(r for r in bv.refs if r in self.cat.table_types)
            if tables and not iv.consts and not iv.fields and not any(lab.is_param for lab in iv.labels):
                if all(library_ref(r) for r in iv.refs):
                    # df[df["qty"] > 1], df[df["status"].ne("X")]: a boolean mask selects rows, with
                    # the table's columns (not a column, so not every part the code set)
                    return Value(bv.labels, bv.fields, tables)
            chosen = self.choice_entries(bv, iv)
            if not chosen.is_empty():  # REGISTRY[settings.kind]: the default's entry, or any
                return join(self.read_keys(bv, known_consts(iv), e.loc), chosen)
            names = constant_list(iv)
            if names is None and iv.fields and iv.labels and self.only_own_attributes(iv):
                # df[self.COLUMNS]: the list the classes hold (an instance's own list is on the
                # heap with it); the receiver's label only says an instance might hold another
                names = constant_list(Value(None, iv.fields, iv.refs, iv.consts))
            if names is not None:  # df[COLUMNS], a list of constant names however it was built
                return self.select_columns(bv, names, frozenset(r for r in bv.refs if r.startswith("ext:")), e.loc)
            kc = known_consts(iv)
            if kc and any(library_ref(r) for r in iv.refs):
                kc = frozenset()  # `os.environ.get("KIND") or "csv"`: a library's text too, any key
            if len(kc) > 1:  # `for k in ("City", "PostalCode"): addr[k]`: one of those keys
                return self.read_keys(bv, kc, e.loc)
            key = next(iter(kc)) if len(kc) == 1 else ELEM
        else:
            key = e.key if e.key is not None else ELEM
        if key == ":":
            return bv
        if any(r.startswith("inst:") for r in bv.refs):
            # obj[k] on a project class that defines __getitem__ is what that method returns
            kv = iv if e.index is not None else Value(None, None, frozenset(), frozenset({key}))
            found = self.dunder_all(bv, "__getitem__", [kv], e.loc, [e.base, e.index])
            if found is not None:
                if not bv.labels and all(r.startswith("inst:") and self.prog.method(r[5:], "__getitem__") for r in bv.refs):
                    return found
                return join(found, self.key_source(self.read(bv, key) if key != ELEM else self.any_part(bv), bv, key, e.loc))
        if ROW in bv.fields and (key.isdigit() or key == ELEM):
            return self.row_values(bv)  # a row's value by position (df.iloc[0][1]): any of its columns
        out = self.table_column(bv, key) if key != ELEM else self.any_part(bv)
        # (an entry of a library object is that library's too: a response's part; an entry of a
        # plain dict is not a dict, `dict(TEXTS)["late"].format(...)` formats the text, while a
        # defaultdict's or a Counter's entry keeps its type: a `defaultdict(Counter)`'s counts)
        ext_refs = frozenset(r for r in bv.refs if r.startswith("ext:") and r not in self.cat.plain_dicts)
        if ext_refs:
            out = join(out, Value(None, None, ext_refs))
        return self.key_source(out, bv, key, e.loc)

    def choice_entries(self, table: Value, key: Value) -> Value:
        """The entries of a registry of code (functions, classes) or of constant texts (a URL per
        partner) a key the environment may set can pick (ENV_CHOICE: `NOTIFIERS[settings.notifier]`):
        any of them; nothing otherwise."""
        if ENV_CHOICE not in key.refs or not table.fields:
            return EMPTY
        # (a table of code or of constant texts, a URL per partner: not data read by key, where
        # the default names the columns the code is written for)
        entries = [
            f for k, f in sorted(table.fields.items())
            if not k.startswith("@") and k != ELEM and all(lab.kind == "text" for lab in f.labels)
            and (any(r.startswith(("fn:", "cls:")) for r in f.refs) or f.consts)
        ]
        return join_all(entries)

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
                out = set_path(out, (KEYS,), key_part(kv), strong=False)
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
        unrolled = self.unrolled_dict(e) if e.key is not None and len(e.generators) == 1 else None
        if unrolled is not None and not unrolled[1]:
            return unrolled[0]
        saved = self.env
        self.env = dict(saved)
        saved_pairs = self.pairs
        self.pairs = dict(saved_pairs)
        if e.narrows:
            self.note_key_filters(e)
        # (a comprehension with a condition, lowered as the condition before the element, keeps
        # some elements only: their positions are not known)
        filtered = isinstance(e.elt, ir.Combine) and bool(e.elt.parts) and isinstance(e.elt.parts[0], ir.Opaque)
        # (a list sorted or reversed in place later loses its positions: world.toml reorderers)
        sequence = e.key is None and e.kind in ("list", "gen") and len(e.generators) == 1 and not e.narrows and not filtered
        for target, it in e.generators:
            seq = self.eval(it)
            known = self.each_element(seq) if sequence else None
            if known is not None and not known[1] and 0 < len(known[0]) <= MAX_UNROLL:
                # `*(d[k] for k in keys)`, `[d[k] for k in ("states", "buyers")]`: over a few
                # elements known one by one, the result is known position by position (spread
                # into a call or unpacked, each target gets its own)
                parts: dict[str, Value] = {}
                for i, ev in enumerate(known[0]):
                    self.env = dict(saved)
                    self.assign(target, ev, e.loc, kind="iterate")
                    parts[str(i)] = self.eval(e.elt)
                self.env, self.pairs = saved, saved_pairs
                return Value(None, {**parts, ELEM: join_all(list(parts.values()))})
            self.assign(target, self.iter_elem(seq), e.loc, kind="iterate")
        for narrowing in e.narrows:  # `{k: v for k, v in d.items() if k in SAFE}`
            self.narrow(*narrowing)
        self.pairs = saved_pairs
        elt = self.eval(e.elt)
        if e.key is not None:
            key = self.eval(e.key)
            self.env = saved
            dropped = self.param_without(e) if e.narrows and unrolled is None else None
            if dropped is not None:
                return dropped
            out = Value(None, {ELEM: elt, KEYS: key_part(key)})
            return join(unrolled[0], out) if unrolled is not None else out
        self.env = saved
        return Value(None, {ELEM: elt})

    def param_without(self, e: ir.Comp) -> Value | None:
        """`{k: v for k, v in row.items() if k not in PERSONAL}` with `row` a parameter's dict:
        the caller's dict without those keys (values.WITHOUT), as `row.pop(k)` for each, also
        where no copy per caller's keys knows them (a parameter handed on: `strip(env["record"])`
        in a helper given `env`). None for any other comprehension."""
        elt = e.elt
        if isinstance(elt, ir.Combine) and len(elt.parts) == 2 and isinstance(elt.parts[0], ir.Opaque):
            elt = elt.parts[1]  # (the conditions, evaluated first, then the element)
        if not (isinstance(e.key, ir.Name) and isinstance(elt, ir.Name) and len(e.generators) == 1 and len(e.narrows) == 1):
            return None
        target, it = e.generators[0]
        if not (isinstance(target, ir.Unpack) and target.star == -1 and [getattr(t, "id", None) for t in target.elts] == [e.key.id, elt.id]):
            return None
        if not (isinstance(it, ir.Call) and isinstance(it.func, ir.Attr) and it.func.attr == "items" and not it.args and isinstance(it.func.base, ir.Name)):
            return None
        name, other, member, negated = e.narrows[0]
        if name != e.key.id or not (member and negated):
            return None
        gone = self.compared_consts(other, member)
        base = self.env.get(it.func.base.id)
        if not gone or base is None:
            return None
        if not any(lab.is_param and not lab.flat for lab in base.labels):
            return None
        fields = {k: f for k, f in base.fields.items() if k not in gone} if base.fields else None
        return Value(self.without_keys(base.labels, sorted(gone)) or None, fields or None, base.refs, base.consts)

    def note_key_filters(self, e: ir.Comp) -> None:
        """`{k: v for k, v in row.items() if k not in PERSONAL}` (or `for k in row`, `row.keys()`)
        with `row` a parameter: the function is analysed per set of keys its callers' dicts name
        (Engine.filtered_params), where the filter is known key by key."""
        narrowed = {n[0] for n in e.narrows}
        for target, it in e.generators:
            key: str | None = None
            base: ir.Expr | None = None
            view = it.func.attr if isinstance(it, ir.Call) and isinstance(it.func, ir.Attr) and not it.args else None
            if isinstance(target, ir.Unpack) and len(target.elts) == 2 and isinstance(target.elts[0], ir.Name) and view == "items":
                key, base = target.elts[0].id, it.func.base  # type: ignore[union-attr]
            elif isinstance(target, ir.Name):
                key, base = target.id, (it.func.base if view == "keys" else it)  # type: ignore[union-attr]
            if key in narrowed and isinstance(base, ir.Name) and base.id in self.env:
                self.note_param_use(self.env[base.id], self.e.filtered_params)

    def unrolled_dict(self, e: ir.Comp) -> tuple[Value, bool] | None:
        """`{cls.name: cls for cls in (A, B)}`, `{k: make(v) for k, v in TABLE.items()}`: over a few
        elements known one by one, each giving one known key, the dict has those keys named, each
        with its own value (a registry keeps its entries apart); None when that is not so. The
        flag says the elements known are not all of them (`(tools or TOOLS).items()` with a
        parameter): the dict is then also what the comprehension gives in general."""
        target, it = e.generators[0]
        seq = self.eval(it)
        known = self.each_element(seq)
        if known is None or (not known[1] and any(len(ev.consts) > 1 and not ev.labels and not ev.fields for ev in known[0])):
            # a list of names built by code (`[f.name for f in fields(Rec)]`), or one of several
            # lists (`self.cfg.columns` of any of the config classes): each name it may hold, one
            # by one; a name it does not hold at run time is a key the dict lacks
            names = constant_list(seq)
            if names is None or len(names) > MAX_CONSTS:
                return None
            known = [Value(None, None, frozenset(), frozenset({n})) for n in names], False
        elems, partial = known
        saved = self.env
        fields: dict[str, Value] = {}
        try:
            for ev in elems:
                self.env = dict(saved)
                self.assign(target, ev, e.loc, kind="iterate")
                kept = self.narrows_hold(e.narrows)
                if kept is None:
                    return None
                if not kept:  # `if k not in DROP`, `if k in KEEP` decided for this key: left out
                    continue
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

    def compared_consts(self, other: ir.Expr, member: bool) -> frozenset[str]:
        """The constants a narrowing test compares a name with (`k in SAFE`: SAFE's elements;
        `k == "City"`: that one); empty when they are not all known constants."""
        v = self.eval(other)
        if member:
            v = self.iter_elem(v) if not v.consts else EMPTY  # `k in "text"` is a substring test
        consts = known_consts(v)
        return frozenset() if v.labels or v.refs or v.fields else consts

    def narrows_hold(self, narrows: tuple[tuple[str, ir.Expr, bool, bool], ...]) -> bool | None:
        """Whether a comprehension's `if k in KEEP` / `if k not in DROP` / `if k == "x"` clauses
        all hold for the element just bound, when the name is one known constant and the other
        side constants; None when one cannot be decided."""
        for name, other, member, negated in narrows:
            kc = known_consts(self.env.get(name, EMPTY))
            consts = self.compared_consts(other, member)
            if len(kc) != 1 or not consts:
                return None
            if (next(iter(kc)) in consts) == negated:
                return False
        return True

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
            if not names or len(names) > MAX_FIELDS:
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
        if not v.refs.isdisjoint(self.cat.text_sequences):
            out = join(out, UNKNOWN_TEXT)  # a command-line argument: any string
        if any(r.startswith(BUFFER) for r in v.refs):
            out = join(out, self.read_buffer(v))  # `for line in buf`: the lines written into it
        if ROW in v.fields:  # a row of a table (df.iloc[0]): its values, or rows of them
            out = join(out, self.row_values(v))
        if self.cat.partner_record(v.refs):
            # a carrier's list of records (`shipment.rates`): each is that carrier's record too
            out = join(out, Value(None, None, frozenset(r + "[*]" for r in v.refs if self.cat.partner_record(frozenset({r})))))
        names = [k for k in v.fields if k != ELEM and not k.startswith("@") and not k.isdigit()]
        if names and not v.labels and v.refs <= self.cat.dict_types:
            # a dict the code wrote with named keys: iterating it gives those names
            out = join(out, Value(None, None, frozenset(), frozenset(names) if len(names) <= MAX_CONSTS else TOP_CONSTS))
        return out

    def remove_key(self, target: ir.Expr, key: Value) -> None:
        """`d.pop("email")`, `del d["email"]` on a local dict or table: it no longer holds that
        key (without_keys: a parameter's dict is the caller's value without it; a record from
        Amazon held whole is minimised once every key its source lists is popped, so the keys
        popped so far are kept on it, POPPED)."""
        names = known_consts(key)
        if not isinstance(target, ir.Name) or len(names) != 1:
            return
        k = next(iter(names))
        if not k or k.isdigit() or k.startswith("@") or HOLE in k or k == ELEM:
            return
        cur = self.env.get(target.id)
        if cur is None or cur.is_empty():
            return
        popped = sorted(known_consts(cur.fields.get(POPPED, EMPTY)) | {k})
        labels = self.without_keys(cur.labels, popped)
        fields = {f: v for f, v in cur.fields.items() if f != k}
        if any(lab.kind == "whole" for lab in labels):  # keys popped so far, for a record held whole
            fields[POPPED] = Value(None, None, frozenset(), frozenset(popped))
        self.env[target.id] = Value(labels or None, fields or None, cur.refs, cur.consts)

    def personal_kinds(self, names: Iterable[str]) -> set[str]:
        """The kinds of personal data (fields.toml) these column or key names hold."""
        return {info.data for n in names if (info := self.cat.classify_key(n)) is not None and info.category == "personal"}

    def without_keys(self, labels: Labels, keys: list[str]) -> Labels:
        """Labels of a dict after these keys were removed from it: a parameter's become the
        caller's value without them (values.WITHOUT). A record from Amazon held whole keeps its
        labels until every key its source lists as holding the buyer's data is gone
        (Source.record_keys: an order without BuyerInfo, ShippingAddress and
        BuyerTaxInformation), when it is minimised (the `drop` sanitization)."""
        out: Labels = {}
        gone = set(keys)
        for lab, t in labels.items():
            if lab.is_param and not lab.flat and len(lab.path) < MAX_PATH:
                for k in keys:
                    lab = without_key(lab, k)
            elif lab.kind == "whole" and not lab.flat:
                info = self.e.sources.get(lab.origin)
                src = self.cat.source_by_id(info.catalog_id) if info is not None else None
                if src is not None and src.record_keys and set(src.record_keys) <= gone:
                    out = merge_labels(out, sanitize({lab: t}, "drop"))
                    continue
                if (src is None or not src.record_keys) and self.cat.identifying_data <= self.personal_kinds(gone):
                    # a report's row without its buyer-email and buyer-name columns (and what
                    # else was named): minimised, as a table whose columns were so dropped
                    out = merge_labels(out, sanitize({lab: t}, "drop"))
                    continue
            out = merge_labels(out, {lab: t})
        return out

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
        if method in self.cat.reorderers and isinstance(base_expr, ir.Name) and base_expr.id in self.env and any(k.isdigit() for k in recv.fields):
            # `vals.sort()` on a list known position by position: any item may be at any place now
            items = join_all([f for k, f in recv.fields.items() if k.isdigit() or k == ELEM])
            rest = {k: f for k, f in recv.fields.items() if not k.isdigit() and k != ELEM}
            self.env[base_expr.id] = Value(recv.labels, {**rest, ELEM: items}, recv.refs, recv.consts)
        if method == "__subclasses__" and not args and any(r.startswith("cls:") for r in recv.refs):
            # a registry built from a class's subclasses (`{k.name: k for k in cls.__subclasses__()}`):
            # the project classes that derive from it directly
            subs = frozenset(f"cls:{c}" for r in sorted(recv.refs) if r.startswith("cls:") for c in self.prog.subclasses(r[4:]))
            return Value(None, {ELEM: Value(None, None, subs)}, frozenset({"ext:builtins.list"}))
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
        if (
            method in self.cat.element_getters
            and all(a[0] in self.cat.element_getter_options for a in args)  # (q.get(timeout=5) is q.get())
            and not user_callee
            and (recv.fields or any(lab.is_param and not lab.flat for lab in recv.labels))
        ):
            # an element taken out of the container, or out of the caller's (a parameter's)
            return join(self.iter_elem(recv), Value(None, None, frozenset(r + "." + method + "()" for r in recv.refs if r.startswith("ext:"))))
        if method in self.cat.path_finders and not user_callee and args and args[0][2] == 0 and (recv.labels or recv.fields):
            found = self.find_path(recv, method, args[0][1], loc)
            if found is not None:
                return found
        if method in self.cat.item_views and not user_callee and recv.refs & self.cat.dict_types:
            method, args = "items", []  # counter.most_common(n): some of its pairs, as items() gives
        if (
            method in ("items", "keys", "values")
            and not args
            and not user_callee
            and recv.refs <= self.cat.dict_types | self.cat.plain_data
            and recv.fields
            and not any(lab.is_param for lab in recv.labels)  # a parameter: the caller's dict decides
        ):
            return self.dict_view(recv, method)
        if method in ("items", "values") and not args and not user_callee and any(lab.is_param and not lab.flat for lab in recv.labels):
            # d.values() of a dict parameter: any part of the caller's dict (its keys too); and
            # of `tools or TOOLS`, also the items of the dict the code built
            params = {lab: t for lab, t in recv.labels.items() if lab.is_param}
            # a value is any part of the caller's dict (ANY: a read of it is that part's, so
            # `for items in by_order.values(): item["SellerSKU"]` reads the SKUs), a key its keys
            pv = {derive(lab, "key", ANY) if not lab.flat and len(lab.path) < MAX_PATH else lab: t for lab, t in params.items()}
            kv = {derive(lab, "key", KEYS) if not lab.flat and len(lab.path) < MAX_PATH else lab: t for lab, t in params.items()}
            # a pair's key and value: named so, because a part set explicitly is all a read sees,
            # and the parts named below are only some keys
            pair = Value(merge_labels(kv, pv), {"0": Value(kv), "1": Value(pv), ELEM: Value(merge_labels(kv, pv))})
            elem = pair if method == "items" else Value(pv)
            out = Value(None, {ELEM: elem})
            if recv.fields and recv.refs <= self.cat.dict_types:
                out = join(out, self.dict_view(Value(None, recv.fields, recv.refs), method))
            held = {lab: t for lab, t in recv.labels.items() if not lab.is_param}
            if held:  # and of data this function has (a row of a file it opened): its pairs hold it
                out = join(out, record_view(held, {}, method))  # (a key is a column's name, not the data)
            return out
        if method in ("items", "keys") and not args and not user_callee and not recv.fields and recv.labels:
            whole = any(lab.kind == "whole" for lab in recv.labels)
            if whole and not any(lab.is_param for lab in recv.labels):
                # a record of Amazon data read whole (a report row, an order): its keys are field
                # names, not data; other labels (a dict keyed by emails) stay on the keys
                return record_view(recv.labels, {lab: t for lab, t in recv.labels.items() if lab.kind != "whole"}, method)
        expression = bool(recv.refs) and all(r.startswith("ext:") and r[4:] in self.cat.expression_types for r in recv.refs)
        if method in self.cat.clean_methods and not user_callee and not expression:
            # (a polars expression's `.count()`, `.sum()`: of the columns it names, [polars])
            if self.e.unknown_files and args and method in self.cat.column_lookup_methods:
                self.column_lookup(recv, args, loc)  # header.index("buyer-email"): a column looked up
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
            keys, default = self.reader_call(method, recv, args, arg_exprs, base_expr, loc)
            default = join(default, self.choice_entries(recv, args[0][1]))
            if len(keys) > 1:
                return join(self.read_keys(recv, keys, loc), default)
            key = next(iter(keys))
            v = self.read(recv, key)
            return self.key_source(join(v, default), recv, key, loc)
        # get/setdefault/pop on a dict of a library type (OrderedDict, defaultdict) the code
        # fills, or on plain data a loader gave (`json.loads(text)`): read as a dict of its own
        # is, below; as a library call its result would be an object of unknown type, and
        # `groups.setdefault(k, []).append(row)` would then put the whole row onto the list itself
        lib_dict = (
            not user_callee
            and method in self.cat.reader_methods
            and bool(recv.refs)
            and recv.refs <= self.cat.dict_types | self.cat.plain_data
            and bool(args)
            and args[0][2] == 0
        )
        if not user_callee and recv.refs and args:
            args = self.template_args(recv, method, args)
        if callable_refs and not lib_dict:
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
            keys, default = self.reader_call(method, recv, args, arg_exprs, base_expr, loc)
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
        remote = bool(recv.refs) and all(r.startswith("ext:") and r[4:] in self.cat.remote_objects for r in recv.refs)
        if method in self.cat.mutators and args and not remote:
            if isinstance(base_expr, ir.Combine) and not base_expr.template and len(base_expr.parts) == 3 and isinstance(base_expr.parts[0], ir.Opaque):
                # `(good if ok else bad).append(line)`: either branch grows (a weak update of
                # each); not the operands of an operator's result, `(a | b).add(x)`, a new object
                for part in base_expr.parts[1:]:
                    self.mutate(self.eval(part), method, args, loc, part)
                return out
            self.mutate(recv, method, args, loc, base_expr)
            return out
        if method == "format" and not user_callee:
            args = self.format_args(recv, args)
        arg_labels: Labels = {}
        for a in args:
            arg_labels = merge_labels(arg_labels, flatten(a[1]))
        if method in _SPLIT_METHODS and not user_callee and recv.labels and plain_split(method, args):
            # a parameter split at a constant (`path.split(".")`): a copy of this function per
            # text its callers pass, whose pieces are then known (below)
            self.note_param_use(recv, self.e.keyed_params)
        if recv.consts and method in _SPLIT_METHODS and TOP not in recv.consts and not user_callee:
            pieces = split_consts(recv.consts, method, args)
            if pieces is not None:
                # `"ShippingAddress.City".split(".")`: a list of those pieces, each a constant (a
                # dotted field path looked up part by part names the fields it reads)
                elem = Value(recv.labels, None, frozenset(), pieces if len(pieces) <= MAX_CONSTS else TOP_CONSTS)
                parts: dict[str, Value] = {ELEM: elem}
                if len(recv.consts) == 1 and not recv.labels and len(pieces) <= MAX_CONSTS:
                    # one text: each piece at its place, so `for part in path.split(".")` walks
                    # them in order (each_element), not one of them at every step
                    ordered = split_text(next(iter(recv.consts)), method, args)
                    parts.update((str(i), Value(None, None, frozenset(), frozenset({p}))) for i, p in enumerate(ordered))
                return join(out, Value(None, parts))
        labels = merge_labels(recv.labels, flat_params(arg_labels))
        fields = recv.fields if not args else {}
        consts = recv.consts if not args else frozenset()
        if method == "format" and not user_callee and recv.consts and TOP not in recv.consts:
            # "Track: https://track.{}/{}".format(host, number): the text as a whole, with
            # what is known only at run time as holes, decides whether a link leaves Amazon
            consts = formatted(recv.consts, args)
            labels = self.links_of_whole(labels, consts, loc) if consts else labels
        if consts and method in _CASE_METHODS and TOP not in consts and not user_callee:
            consts = frozenset(getattr(c, method)() for c in consts)  # "Promo".lower() is "promo"
        elif recv.consts and _TEXT_ARG_METHODS.get(method) == len(args) and TOP not in recv.consts and not user_callee:
            # the constants with it done, where each argument is one constant text
            texts = [next(iter(v.consts)) if kw is None and star == 0 and len(v.consts) == 1 and not v.labels and not v.fields else None for kw, v, star in args]
            if all(t is not None and t != TOP for t in texts):
                consts = frozenset(getattr(c, method)(*texts) for c in recv.consts)
        # (a setting the environment may choose stays one after `.strip().lower()`: ENV_CHOICE)
        return join(out, Value(labels, fields, recv.refs & {ENV_CHOICE}, consts))

    def mutate(self, recv: Value, method: str, args: list[tuple[str | None, Value, int]], loc: ir.Loc, base_expr: ir.Expr) -> None:
        """A mutator call on data the code holds (`rows.append(r)`, `d.update(other)`): the
        receiver, where it is stored, holds what was added (a weak update)."""
        added = join_all([a[1] if a[2] == 0 else self.iter_elem(a[1]) for a in args])
        if method in ("extend", "update", "writelines", "extendleft"):
            added = self.iter_elem(added) if method != "update" else added
        if method == "update":
            # an update copies a mapping's entries (`d.update(other)`, Salesforce's
            # `Contact.update(record_id, data)`): the receiver holds their data, but does not
            # become the mapping's class (a record id that is a `create()` result does not make
            # `Contact` one, whose `create()` would then be a `create().create()`, and so on)
            added = Value(added.labels, added.fields, frozenset(r for r in added.refs if not r.startswith(_TYPE_REFS)), added.consts)
        target = base_expr if isinstance(base_expr, ir.Name | ir.Attr | ir.Sub) else entry_of(base_expr)
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
        if method == "update" and args and args[0][2] == 0 and self.counting(recv) and not self.dict_like(args[0][1]):
            added = Value(None, {KEYS: self.iter_elem(args[0][1]), ELEM: EMPTY})  # counter.update(names): counted
            new_v = join(recv, added)
        elif method == "update" and args and args[0][2] == 0:
            new_v = join(recv, added)
        else:
            new_v = set_path(recv, (ELEM,), added, strong=False)
            if "0" in recv.fields and method in _GROWING and (added.labels or added.fields or added.refs):
                # (bind: its items past those written; names added to a list of names keep it
                # a list of names, known one by one)
                new_v = set_path(new_v, (GROWN,), added, strong=False)
        if root is not None:
            if root in self.env:
                if path and path[0] != ELEM:  # self.pending.append(x): other methods read it
                    step = make_step(self.path, loc, "store", f"stored into {self._target_text(target)}")
                    self.attribute_writes(self.env[root], target_path, add_step(added, step))
                self.env[root] = set_path(self.env[root], path, new_v) if path else new_v
                self.note_assigned(root)
                if self.is_module:
                    self.heap_writes.append((f"g:{self.module}:{root}", self.env[root]))
                    self.store_imported_mutation(root, target_path, added)
            else:
                if path and path[0] != ELEM:  # a closure's `self._handlers[t].append(fn)`
                    step = make_step(self.path, loc, "store", f"stored into {self._target_text(target)}")
                    self.attribute_writes(self.lookup(root, loc), target_path, add_step(added, step))
                self.store_global_mutation(root, path, target_path, added, base_expr)
        self.record_param_effect(self.effect_receiver(root, recv), target_path if root is None else (ELEM,) if method != "update" else (), added)
        if root is not None and path and root in self.env:
            # `self.groups.setdefault(k, []).append(row)`: the receiver is what setdefault
            # read (a heap value, no parameter label), so the store is recorded from the
            # variable, as `self.groups[k] = [row]` is (store)
            self.record_param_effect(self.effect_receiver(root, self.env[root]), target_path, added)

    def format_args(self, recv: Value, args: list[tuple[str | None, Value, int]], syntax: str = "format") -> list[tuple[str | None, Value, int]]:
        """`TEMPLATE.format(**{**SETTINGS, **ctx})` on templates known as constants: the code's own
        text (the shop's address, a link) in an argument no placeholder names is not in the
        result, so a settings dict handed whole does not put a link into a message whose template
        never names it; a `**mapping` is read by the names the placeholders give. Data (buyer
        data, a parameter's) stays counted wherever it is: a template known here as a constant
        may be replaced at run time (a config file over a dataclass default, a settings class
        read from the environment) and would then show it. Anything not known keeps every
        argument: a template that may be other text or does not parse, a library's mapping."""
        templates = known_consts(recv)
        if not templates or any(HOLE in t for t in templates) or any(lab.is_param for lab in recv.labels):
            return args
        names: set[str] = set()
        positional = False
        for t in templates:
            found = PLACEHOLDERS[syntax](t)
            if found is None:
                return args
            names |= found[0]
            positional = positional or found[1]
        kept: list[tuple[str | None, Value, int]] = []
        for kw, v, star in args:
            if star == 2 and v.refs - self.cat.dict_types or star != 2 and (kw in names if kw is not None else positional):
                kept.append((kw, v, star))
                continue
            if star == 2:  # the mapping is looked up by the names the placeholders give
                kept.append((kw, Value(None, {n: self.read(v, n) for n in sorted(names)}), star))
            # (a parameter's mapping: the caller's data, not the caller's own text, which the
            # names read above bring where the placeholders name it)
            data = {k: kt for lab, t in flatten(v).items() for k, kt in no_text(lab, t).items()}
            if data:
                kept.append((None, Value(data), 0))
        return kept

    def template_args(self, recv: Value, method: str, args: list[tuple[str | None, Value, int]]) -> list[tuple[str | None, Value, int]]:
        """`Template(text).safe_substitute(mapping, **kw)` (catalog template_types): the
        arguments as format_args keeps them for the template's text, the mapping read by the
        placeholders' names as a `**mapping` of str.format is."""
        for ref in sorted(recv.refs & self.cat.template_types.keys()):
            parts, methods, syntax = self.cat.template_types[ref]
            if method not in methods:
                continue
            text = join_all([recv.fields[p] for p in parts if p in recv.fields])
            spread = [(kw, v, 2 if i == 0 and kw is None and star == 0 else star) for i, (kw, v, star) in enumerate(args)]
            kept = self.format_args(text, spread, syntax)
            return args if kept is spread else kept
        return args

    def reader_call(
        self, method: str, recv: Value, args: list[tuple[str | None, Value, int]], arg_exprs: list[ir.Expr | None], base_expr: ir.Expr, loc: ir.Loc
    ) -> tuple[frozenset[str], Value]:
        """`recv.get(key, default)` and its kin: the keys named and the default's value. A key that
        is a parameter, or an element of one (`for key in path`), is noted (the function is
        analysed per key its callers pass); setdefault also stores the key."""
        if args[0][1].labels:
            self.note_param_use(args[0][1], self.e.keyed_params)
            self.note_param_use(args[0][1], self.e.keyed_elems, (ELEM,))
        keys = known_consts(args[0][1])
        default = self.list_default(recv, keys, args[1][1]) if len(args) > 1 else EMPTY
        if method == "setdefault":
            self.setdefault_store(base_expr, args, arg_exprs, loc)
        return keys, default

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
        if not arg_exprs or arg_exprs[0] is None or not plain_target(base_expr):
            return
        default = args[1][1] if len(args) > 1 else EMPTY
        k = arg_exprs[0]
        if isinstance(k, ir.Const) and k.is_str and k.value:
            self.store(ir.Sub(base_expr, k.value, None, loc), default, loc, weak=True)
        else:  # the key expression is not evaluated again: its value is known
            self.store(ir.Sub(base_expr, None, ir.Const(None, loc), loc), default, loc, weak=True)
            self.stored_key = args[0][1]
            self.store_key(base_expr, loc)

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
        if names and len(names) <= MAX_FIELDS and no_extra and not d.labels:
            pair[PAIRED] = Value(None, {k: d.fields[k] for k in names})  # every key is named
        return Value(None, {ELEM: Value(None, pair)})
