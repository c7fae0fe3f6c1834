"""Tables: report columns as sources, column selection, grouping and aggregation of data frames."""

from __future__ import annotations

from collections.abc import Iterable

from auditor import ir
from auditor.catalog import normalize_key
from auditor.propagate.base import (
    EMPTY_MARK,
    STACKED,
    SourceInfo,
    arg_given,
    make_step,
    project_callable,
)
from auditor.values import (
    COLUMNS,
    ELEM,
    EMPTY,
    GROUP_BY,
    GROUP_FRAME,
    GROUP_INDEXED,
    GROUP_NAMES,
    GROUP_SOURCE,
    INDEX,
    LINK,
    Label,
    Value,
    flatten,
    join,
    join_all,
    known_consts,
    map_labels,
    sanitize,
    unsanitized,
)


class TablesMixin:
    """Report columns, column selection and grouping of data frames (a part of FunctionAnalyzer)."""

    def select_columns(self, bv: Value, names: list[str], refs: frozenset[str], loc: ir.Loc) -> Value:
        """df[["order-id", "sku"]]: a table of only those columns (typed as refs says), and its index."""
        fields = {k: self.key_source(self.read(bv, k), bv, k, loc) for k in names}
        if INDEX in bv.fields:
            fields[INDEX] = bv.fields[INDEX]
        return Value(None, fields, refs)

    def key_source(self, out: Value, base: Value, key: str, loc: ir.Loc, confirm: bool = True) -> Value:
        """Report column names (buyer-email, ship-address-1) are Amazon data in any row or frame.

        `confirm`: the read is this function's own (not a callee's read applied through its
        summary, which names its own place: Summary.column_reads)."""
        if key == ELEM or key in base.fields:
            return out
        norm = normalize_key(key)
        if (norm in self.cat.document_link_keys and self.document_source(base)) or (
            norm in self.cat.issued_link_keys and any(lab.is_pii for lab in out.labels)
        ):
            # where the document is, not its rows: logged or saved it is not the report (LINK
            # clears AMZ003 and AMZ005), handed to a partner it gives them the report
            return Value(sanitize(out.labels, LINK), out.fields, out.refs, out.consts)
        data = self.cat.key_sources.get(norm)
        if data is not None and confirm:
            for lab in base.labels:
                if lab.is_param and not lab.flat:  # the caller's rows: its file, if any, is a report
                    self.column_reads.add((lab, key, self.path, loc))
            # the rows or table itself, or (a reader wrapping the file, with no labels of its own)
            # what the read gives
            self.confirm_files(base.labels or out.labels, key, self.path, loc, STACKED in base.fields)
        if data is None or any(lab.is_pii for lab in out.labels):
            return out  # already Amazon data
        if any(lab.is_param and not lab.flat for lab in out.labels):
            # the caller's dict or response: its value decides. A row of a file opened from a
            # path the caller gives (call_ext) holds the path only flattened: it is a report's
            return out
        src_key = f"key:{key}@{self.path}:{loc[0]}:{loc[1]}"
        self.e.sources.setdefault(src_key, SourceInfo("order_report.column", data, f"order report column '{key}'", self.path, loc))
        lab = Label("field", data, src_key)
        return join(out, Value({lab: (make_step(self.path, loc, "source", f"{data} read from column '{key}'"),)}))

    def confirm_files(self, labels: Iterable[Label], key: str, path: str, loc: ir.Loc, stacked: bool = False) -> None:
        """Rows read by report column `key` (at path, loc) hold these labels: the one file of a path
        not known statically among them is an order report. A value holding several (a merged
        table, `{**product, **order}`) cannot say whose column it is: none is confirmed by it,
        unless it is their rows stacked into one table (`stacked`, pd.concat): then each is."""
        if not self.e.unknown_files:
            return
        files = {lab.origin for lab in labels if lab.origin in self.e.unknown_files}
        if len(files) == 1 or stacked:
            for origin in sorted(files):
                self.e.confirm_unknown_file(origin, path, loc, key)

    def document_link(self, v: Value) -> bool:
        """Whether v is a link Amazon issued (a report document's `payload["url"]`, an Amazon
        Custom `CustomizedURL`): where the data is in Amazon's storage, not a host outside Amazon."""
        # told by its labels: read from a payload (key_source), stored and read back, or made text
        # again (`link.strip()`, `str(link)`), it is the link as long as nothing else is in it
        return v.consts <= {""} and bool(v.labels) and all(LINK in lab.san for lab in v.labels)

    @staticmethod
    def unlinked(v: Value) -> Value:
        """v with links' labels made the data they point to again (Amazon's report document or
        customization links, sanitized `link`): what a call the catalog does not know returns
        from a link may be what it fetched."""
        if not any(LINK in lab.san for lab in flatten(v)):
            return v
        return map_labels(v, lambda lab, t: {unsanitized(lab, LINK): t})

    def fetched_document(self, link: Value) -> Value:
        """What fetching a report document's own link gives: the document, of the report types this
        module asks for (a helper that fetched the document's metadata could not tell which)."""
        labels = {}
        for lab, t in link.labels.items():
            info = self.e.sources.get(lab.origin)
            src = self.cat.source_by_id(info.catalog_id) if info is not None else None
            if src is None or not src.report_types or self.report_types_allow(src.report_types):
                labels[unsanitized(lab, LINK)] = t
        return Value(labels)

    def document_source(self, v: Value) -> bool:
        """Whether every label of v is a report document's (Source.document_link)."""
        if not v.labels:
            return False
        for lab in v.labels:
            info = self.e.sources.get(lab.origin)
            src = self.cat.source_by_id(info.catalog_id) if info is not None else None
            if src is None or not src.document_link:
                return False
        return True

    def column_names_of(self, v: Value) -> frozenset[str]:
        """Column names a value holds: a constant, or a list of constants; empty when not known."""
        names = known_consts(v) | known_consts(self.iter_elem(v))
        return frozenset(n for n in names if n)

    def grouping(self, frame: Value, by: Value, refs: frozenset[str], loc: ir.Loc, keyed: bool = True, series: bool = False) -> Value:
        """df.groupby(by): the groups remember their keys' columns and the table (see aggregate).
        `series`: by is written as a Series (through a .dt or .str accessor), not column names."""
        cols = self.column_names_of(by)
        pos = [f for k, f in sorted(by.fields.items()) if k.isdigit()]
        if not cols and pos and ELEM in by.fields:
            # groupby([df["purchase-date"].dt.date, "ship-state"]): names select columns, the rest
            # (a Series) are keys themselves
            names = frozenset(n for f in pos for n in known_consts(f) if n)
            keys = join_all([self.read_keys(frame, names, loc) if names else EMPTY, *(f for f in pos if not known_consts(f))])
        elif series and not cols:
            # groupby(df["purchase-date"].dt.date): a Series is the keys itself, not a column name
            # that could be any column's
            keys = by
        else:
            keys = self.read_keys(frame, cols, loc) if cols else frame
        return self.grouping_value(keys, frame, refs, cols, keyed)

    @staticmethod
    def grouping_value(
        keys: Value, frame: Value, refs: frozenset[str], cols: frozenset[str] = frozenset(), keyed: bool = True, source: Value | None = None,
    ) -> Value:
        # iterating gives (key, sub-table) pairs; a read or a flattening sees everything
        pair = Value(None, {"0": keys, "1": frame, ELEM: join(keys, frame)})
        fields = {GROUP_BY: keys, GROUP_FRAME: frame, ELEM: pair}
        if source is not None:  # groups over some columns of a table: its key columns are the table's
            fields[GROUP_SOURCE] = source
        if cols:
            fields[GROUP_NAMES] = Value(None, None, frozenset(), cols)
            if keyed:  # the keys become the result's index (not with as_index=False)
                fields[GROUP_INDEXED] = EMPTY_MARK
        return Value(None, fields, refs)

    def aggregated(self, g: Value, kept: dict[str, str], table: Value) -> Value:
        """What an aggregation that counts or names its columns gives: the key columns and the
        columns it keeps (output name -> the column it is made from), each under its name when the
        keys are named (a later groupby("sku") of it reads the SKUs, not the buyer emails beside
        them), else the keys and columns joined."""
        keys, frame = g.fields[GROUP_BY], g.fields[GROUP_FRAME]
        named = self.named_keys(g)
        if named is None:
            parts = self.read_keys(frame, frozenset(kept.values()), self.fn.loc) if kept else EMPTY
            return join(join(keys, parts), table)
        loc = self.fn.loc
        fields = {k: f for k, f in named.fields.items() if k != INDEX}
        index = named.fields.get(INDEX, EMPTY)
        for out, src in sorted(kept.items()):
            fields[out] = join(fields.get(out, EMPTY), self.key_source(self.read(frame, src), frame, src, loc))
        fields[COLUMNS] = EMPTY_MARK  # its other columns are counts
        if not index.is_empty():
            fields[INDEX] = index  # the keys are its index, written with any of its columns
        return Value(None, fields, table.refs)

    def named_keys(self, g: Value) -> Value | None:
        """The key columns of groups made by named columns, each under its name, and (unless
        as_index=False) the index they become; None when the keys are not named."""
        names = known_consts(g.fields.get(GROUP_NAMES, EMPTY))
        if not names:
            return None
        frame, loc = g.fields.get(GROUP_SOURCE, g.fields[GROUP_FRAME]), self.fn.loc
        by_name = {c: self.key_source(self.read(frame, c), frame, c, loc) for c in sorted(names)}
        if GROUP_INDEXED in g.fields:
            by_name[INDEX] = join_all(list(by_name.values()))
        return Value(None, by_name)

    def aggregate(self, g: Value, method: str, args: list[tuple[str | None, Value, int]]) -> Value:
        """An aggregation of groups: the keys, and the columns it covers unless it only counts
        (groupby("ship-state").agg(orders=("order-id", "nunique")) holds states and counts)."""
        keys, frame = g.fields[GROUP_BY], g.fields[GROUP_FRAME]
        cat = self.cat
        counting = cat.counting_aggregations
        table = Value(None, None, frozenset({f"ext:{cat.aggregation_result}"} if cat.aggregation_result else ()))
        named = self.named_keys(g)
        if named is not None:  # the key columns by name (a later read of one is that column), and the index
            keys = named
        every = join(join(keys, frame), table)
        ran = EMPTY
        for _kw, v, _star in args:  # apply(fn), agg(fn), transform(fn), filter(fn): fn gets each group
            fnv = project_callable(v)
            if fnv is not None:
                ran = join(ran, self.call_value(fnv, None, [(None, frame, 0)], self.fn.loc, "", [None]))
        if method in counting:
            return self.aggregated(g, {}, table)
        if method in cat.numbering_aggregations:
            return table  # a number per row
        if method in cat.per_row_aggregations:  # per row, without the keys
            funcs = known_consts(args[0][1]) if args else frozenset()
            return table if funcs and funcs <= counting and ran.is_empty() else join(join(frame, ran), table)
        if not ran.is_empty():
            return join(every, ran)
        if method not in cat.named_aggregations:
            return every  # sum, first, shift: every column
        kept: dict[str, str] = {}  # output column -> the column it aggregates
        for kw, v, star in args:
            if star:
                return every
            if kw is not None:  # named aggregation: orders=("order-id", "nunique")
                col, func = known_consts(v.fields.get("0", EMPTY)), v.fields.get("1", EMPTY)
            elif v.fields and ELEM not in v.fields:  # {"item-price": "sum", "order-id": "nunique"}
                for col_name, f in v.fields.items():
                    if not (f.consts and known_consts(f) | known_consts(self.iter_elem(f)) <= counting) or f.refs:
                        kept[col_name] = col_name
                continue
            else:  # agg("sum") or agg(["count", "nunique"]): every column
                funcs = known_consts(v) | known_consts(self.iter_elem(v))
                if funcs and funcs <= counting and not v.refs:
                    continue
                return every
            if len(col) != 1:
                return every
            if not (known_consts(func) and known_consts(func) <= counting and not func.refs):
                kept[kw] = next(iter(col))
        return self.aggregated(g, kept, table)

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
            if call != name or (needs is not None and not arg_given(needs, args)):
                continue  # pivot_table without values= aggregates every other column
            keys: set[str] = set()
            for spec in specs:
                if not arg_given(spec, args):
                    continue
                v = self.arg_value(spec, args, recv)
                names = known_consts(v) | known_consts(self.iter_elem(v))
                if not names:
                    return None
                keys |= names
            return frozenset(keys) if keys else None
        return None
