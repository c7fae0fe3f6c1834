"""Lowering: one parsed libcst module into the small facts of auditor.ir.

This is the only module that knows libcst's node types. It resolves what can be resolved
locally (relative imports, qualified names of definitions, constant keys) and leaves everything
that needs the whole program (what a name refers to, what a call does) to the propagation.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields

import libcst as cst
from libcst._nodes.internal import CodegenState

from auditor import ir

_TRUE_FALSE_NONE = {"True", "False", "None"}
# a report type named in a request body written as text (`'{"reportType": "GET_LEDGER_DETAIL_VIEW_DATA"}'`)
_REPORT_TYPE_IN_TEXT = re.compile(r"reportTypes?\W{1,8}(GET_[A-Z0-9_]+(?:\W{1,6}GET_[A-Z0-9_]+)*)")
_REPORT_TYPE_NAMES = re.compile(r"GET_[A-Z0-9_]+")


def module_name_for(relpath: str) -> tuple[str, bool]:
    """Dotted module name for a POSIX path relative to the scan root, and whether it is a package."""
    parts = relpath[:-3].split("/") if relpath.endswith(".py") else relpath.split("/")
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    parts = [p for p in parts if p] or ["__root__"]
    return ".".join(p.replace("-", "_").replace(" ", "_") for p in parts), is_package


def resolve_relative(module: str, is_package: bool, level: int, target: str | None) -> str:
    """Absolute name for `from .{level} target import ...` inside `module`."""
    base = module.split(".")
    if not is_package:
        base = base[:-1]
    if level > 1:
        base = base[: max(0, len(base) - (level - 1))]
    if target:
        base = base + target.split(".")
    return ".".join(base)


def dotted(node: cst.BaseExpression | None) -> str | None:
    """`a.b.c` for a Name/Attribute chain, else None."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr.value}" if base else None
    return None


def _field_alias(value: cst.BaseExpression) -> str | None:
    """The key a class field is read from, from its default: `Field(None, alias="Name")`."""
    if not isinstance(value, cst.Call):
        return None
    for arg in value.args:
        if arg.keyword is not None and arg.keyword.value in ("alias", "validation_alias"):
            if isinstance(arg.value, cst.SimpleString):
                try:
                    text = _literal(arg.value)
                except (SyntaxError, ValueError):  # an escape CPython rejects: no alias known
                    return None
                return text if isinstance(text, str) and text else None
    return None


def _field_hidden(value: cst.BaseExpression) -> bool:
    """Whether a class field's default leaves it out of the generated repr: `field(repr=False)`."""
    return isinstance(value, cst.Call) and any(
        arg.keyword is not None and arg.keyword.value == "repr" and isinstance(arg.value, cst.Name) and arg.value.value == "False"
        for arg in value.args
    )


def _literal(node: cst.SimpleString) -> str | bytes | None:
    """A string literal's value. libcst's `evaluated_value` compiles every literal with
    `ast.literal_eval`; one with no escape, no carriage return and no bytes prefix is its text
    between the quotes (a fifth of the lowering's time on Django went to compiling them)."""
    v = node.value
    if "\\" not in v and "\r" not in v:
        prefix = node.prefix
        if prefix in ("", "u", "U", "r", "R"):
            q = len(node.quote)
            return v[len(prefix) + q : -q]
    return _evaluated(node)


def _evaluated(node: cst.SimpleString | cst.ConcatenatedString) -> str | bytes | None:
    """libcst's `evaluated_value` without the DeprecationWarning CPython gives for an invalid
    escape (`'\\y'`): the audited code's warnings are not the auditor's."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return node.evaluated_value


def _as_text_call(fn: str, e: ir.Expr) -> ir.Expr:
    """`repr(e)` or `str(e)`: how `{e!r}`, `%r` and `%s` print a value."""
    loc = getattr(e, "loc", ir.NOLOC)
    return ir.Call(ir.Name(fn, loc), (ir.Arg(None, e),), loc)


class _Positions(CodegenState):
    """The ranges libcst's PositionProvider computes, without its overhead.

    PositionProvider (through MetadataWrapper) generates the module's code while tracking the
    line and column, builds CodePosition/CodeRange objects for every node, and then walks the
    tree once more for batchable providers even when there are none; that walk rebuilds every
    node. Profiling showed it at three times the cost of parsing. This state runs the same
    codegen (so the ranges are identical, including the syntactic ranges some nodes record) but
    keeps no tokens and stores plain (line, column, end_line, end_column) tuples by node id.
    """

    __slots__ = ("line", "column", "ranges", "_stack")

    def __init__(self, module: cst.Module) -> None:
        super().__init__(default_indent=module.default_indent, default_newline=module.default_newline)
        self.line = 1
        self.column = 0
        self.ranges: dict[int, ir.Loc] = {}
        self._stack: list[tuple[int, int]] = []
        module._codegen(self)

    def _advance(self, value: str) -> None:
        if "\n" not in value and "\r" not in value:
            self.column += len(value)
            return
        segments = _NEWLINE_RE.split(value)
        self.line += len(segments) - 1
        self.column = len(segments[-1])

    def add_indent_tokens(self) -> None:
        for token in self.indent_tokens:
            self._advance(token)

    def add_token(self, value: str) -> None:
        if "\n" not in value and "\r" not in value:
            self.column += len(value)
        else:
            self._advance(value)

    def pop_trailing_newline(self) -> None:  # positions are already recorded; no tokens kept
        pass

    def before_codegen(self, node: cst.CSTNode) -> None:
        flag = _SYNTAX_ONLY.get(type(node))
        if flag is None:
            flag = _syntax_only(type(node))
        if not flag:
            self._stack.append((self.line, self.column))

    def after_codegen(self, node: cst.CSTNode) -> None:
        if _SYNTAX_ONLY[type(node)]:
            return
        line, col = self._stack.pop()
        key = id(node)
        if key not in self.ranges:  # a syntactic range recorded inside wins
            self.ranges[key] = (line, col + 1, self.line, self.column + 1)

    def record_syntactic_position(
        self,
        node: cst.CSTNode,
        *,
        start_node: cst.CSTNode | None = None,
        end_node: cst.CSTNode | None = None,
    ) -> _Syntactic:
        return _Syntactic(self, node, start_node, end_node)


class _Syntactic:
    """`with state.record_syntactic_position(node):` as a plain class (a generator-based
    context manager costs twice as much, and codegen enters one for most expressions)."""

    __slots__ = ("state", "node", "start_node", "end_node", "start")

    def __init__(
        self, state: _Positions, node: cst.CSTNode, start_node: cst.CSTNode | None, end_node: cst.CSTNode | None
    ) -> None:
        self.state = state
        self.node = node
        self.start_node = start_node
        self.end_node = end_node

    def __enter__(self) -> None:
        self.start = (self.state.line, self.state.column + 1)

    def __exit__(self, *exc: object) -> None:
        st = self.state
        start = st.ranges[id(self.start_node)][:2] if self.start_node is not None else self.start
        end = st.ranges[id(self.end_node)][2:] if self.end_node is not None else (st.line, st.column + 1)
        st.ranges[id(self.node)] = (*start, *end)


_NEWLINE_RE = re.compile(r"\r\n?|\n")


# Subtrees a walk for names and strings (`words`) or for statements (`init_attrs`) can skip.
_WHITESPACE: tuple[type, ...] = (
    cst.BaseParenthesizableWhitespace, cst.TrailingWhitespace, cst.EmptyLine, cst.Newline, cst.Comment,
)
_NO_WORDS: tuple[type, ...] = _WHITESPACE
_NO_STATEMENTS: tuple[type, ...] = (*_WHITESPACE, cst.BaseExpression)
_CHILD_FIELDS: dict[type, tuple[str, ...]] = {}
_WALK, _SEQUENCE = 1, 2
_VERDICTS: dict[tuple[type, ...], dict[type, int]] = {}


def _descendants(node: cst.CSTNode, skip: tuple[type, ...]) -> list[cst.CSTNode]:
    """`node` and every node below it, in pre-order by field, except subtrees of a `skip` type.

    libcst's `node.visit(visitor)` rebuilds every node it passes (its children are replaced by
    themselves); for the two small searches here that was half of the lowering's time. Field
    order is not always source order (`a if test else b` has `test` first): callers that need
    source order sort by position or only rely on statements, whose fields are in source order.
    What a field's value is (a node to walk, a sequence, anything else) is decided once per class.
    """
    verdicts = _VERDICTS.get(skip)
    if verdicts is None:
        verdicts = _VERDICTS[skip] = {}

    def verdict(cls: type) -> int:
        if issubclass(cls, tuple | list):
            v = _SEQUENCE
        else:
            v = _WALK if issubclass(cls, cst.CSTNode) and not issubclass(cls, skip) else 0
        verdicts[cls] = v
        return v

    out: list[cst.CSTNode] = []
    stack = [node]
    while stack:
        n = stack.pop()
        out.append(n)
        cls = type(n)
        names = _CHILD_FIELDS.get(cls)
        if names is None:
            names = _CHILD_FIELDS[cls] = tuple(f.name for f in dataclass_fields(n))
        kids: list[cst.CSTNode] = []
        for name in names:
            v = getattr(n, name)
            kind = verdicts.get(type(v))
            if kind is None:
                kind = verdict(type(v))
            if kind == _WALK:
                kids.append(v)
            elif kind == _SEQUENCE:
                for x in v:
                    k = verdicts.get(type(x))
                    if (verdict(type(x)) if k is None else k) == _WALK:
                        kids.append(x)
        stack.extend(reversed(kids))
    return out


# Whitespace, comments, punctuation and operators: three quarters of a tree's nodes, and nothing
# ever asks where they are (parentheses are kept: libcst ends some statements at one). Their
# text still moves the line and column; only no range is kept.
_SYNTAX_ONLY_BASES: tuple[type, ...] = (
    cst.BaseParenthesizableWhitespace, cst.TrailingWhitespace, cst.EmptyLine, cst.Newline, cst.Comment,
    cst.Comma, cst.Dot, cst.Colon, cst.Semicolon, cst.AssignEqual,
    cst.LeftSquareBracket, cst.RightSquareBracket, cst.LeftCurlyBrace, cst.RightCurlyBrace,
    cst.BaseBinaryOp, cst.BaseBooleanOp, cst.BaseCompOp, cst.BaseUnaryOp, cst.BaseAugOp,
)
_SYNTAX_ONLY: dict[type, bool] = {}


def _syntax_only(cls: type) -> bool:
    flag = _SYNTAX_ONLY[cls] = issubclass(cls, _SYNTAX_ONLY_BASES)
    return flag


# `Lowerer.expr`'s branches, in order. A node's branch is the first entry its class is a subclass
# of, found once per class: an `isinstance` that fails on a libcst class goes through
# ABCMeta.__instancecheck__, and a chain of them for every expression was a sixth of the lowering.
_NUMBERS = (cst.Integer, cst.Float, cst.Imaginary, cst.Ellipsis)
_SEQUENCES = (cst.List, cst.Tuple, cst.Set)
_COMPREHENSIONS = (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)
_EXPR_BRANCHES: tuple[type | tuple[type, ...], ...] = (
    cst.Name, cst.Attribute, cst.SimpleString, cst.ConcatenatedString, cst.FormattedString, _NUMBERS,
    cst.Call, cst.Subscript, cst.BinaryOperation, cst.BooleanOperation, cst.UnaryOperation,
    cst.Comparison, cst.IfExp, cst.Dict, _SEQUENCES, _COMPREHENSIONS, cst.Lambda, cst.Await,
    cst.NamedExpr, cst.Yield, cst.StarredElement,
)
_EXPR_HEAD: dict[type, type | tuple[type, ...] | None] = {}


def _expr_head(cls: type) -> type | tuple[type, ...] | None:
    head = _EXPR_HEAD[cls] = next((b for b in _EXPR_BRANCHES if issubclass(cls, b)), None)
    return head


@dataclass
class _FuncBuilder:
    qualname: str
    name: str
    cls: str | None
    parent: str | None
    globals_declared: list[str] = field(default_factory=list)
    nonlocals_declared: list[str] = field(default_factory=list)
    nested: list[str] = field(default_factory=list)
    is_generator: bool = False
    lambdas: int = 0
    stmt_count: int = 0
    calls: dict[str, None] = field(default_factory=dict)  # names called in the body, in order


class Lowerer:
    """Walks one module once and collects functions, classes and imports as IR."""

    def __init__(self, module: cst.Module, name: str, path: str, is_package: bool) -> None:
        self.name = name
        self.path = path
        self.is_package = is_package
        self.positions = _Positions(module).ranges
        self.module = module
        self.functions: list[ir.Function] = []
        self.classes: list[ir.ClassDef] = []
        self.imports: list[ir.Import] = []
        self.stack: list[_FuncBuilder] = []
        self.report_types: dict[str, None] = {}

    # ------------------------------------------------------------------ helpers
    def loc(self, node: cst.CSTNode) -> ir.Loc:
        return self.positions.get(id(node), ir.NOLOC)

    @property
    def fn(self) -> _FuncBuilder:
        return self.stack[-1]

    def run(self) -> ir.Module:
        body_q = f"{self.name}.<module>"
        self.stack.append(_FuncBuilder(body_q, "<module>", None, None))
        stmts = self.block(self.module.body)
        b = self.stack.pop()
        self.functions.append(
            ir.Function(
                qualname=body_q,
                name="<module>",
                params=(),
                code=ir.pack_body(stmts),
                decorators=(),
                loc=(1, 1, 1, 1),
                nested=tuple(b.nested),
                stmt_count=b.stmt_count,
                calls=tuple(b.calls),
            )
        )
        return ir.Module(
            name=self.name,
            path=self.path,
            is_package=self.is_package,
            imports=tuple(self.imports),
            functions=tuple(self.functions),
            classes=tuple(self.classes),
            report_types=tuple(sorted(self.report_types)),
        )

    # ------------------------------------------------------------------ statements
    def block(self, body: Sequence[cst.CSTNode]) -> tuple[ir.Stmt, ...]:
        out: list[ir.Stmt] = []
        for node in body:
            self.stmt(node, out)
        return tuple(out)

    def suite(self, node: cst.BaseSuite) -> tuple[ir.Stmt, ...]:
        if isinstance(node, cst.SimpleStatementSuite):  # `if verbose: print(order)`: small statements
            out: list[ir.Stmt] = []
            self.stmt(node, out)
            return tuple(out)
        return self.block(node.body)

    def stmt(self, node: cst.CSTNode, out: list[ir.Stmt]) -> None:
        self.fn.stmt_count += 1
        if isinstance(node, cst.SimpleStatementLine | cst.SimpleStatementSuite):
            for small in node.body:
                self.small(small, out)
        elif isinstance(node, cst.If):
            out.append(self.if_(node))
        elif isinstance(node, cst.For):
            out.append(
                ir.Loop(
                    self.target(node.target),
                    self.expr(node.iter),
                    self.suite(node.body),
                    self.suite(node.orelse.body) if node.orelse else (),
                    self.loc(node),
                    _breaks(node.body),
                )
            )
        elif isinstance(node, cst.While):
            out.append(
                ir.Loop(
                    None,
                    self.expr(node.test),
                    self.suite(node.body),
                    self.suite(node.orelse.body) if node.orelse else (),
                    self.loc(node),
                )
            )
        elif isinstance(node, cst.Try | cst.TryStar):
            handlers = tuple(
                (h.name.name.value if h.name and isinstance(h.name.name, cst.Name) else None, self.suite(h.body))
                for h in node.handlers
            )
            catches = tuple(
                tuple(self.expr(e.value) for e in h.type.elements) if isinstance(h.type, cst.Tuple)
                else (self.expr(h.type),) if h.type is not None else ()
                for h in node.handlers
            )
            out.append(
                ir.Try(
                    self.suite(node.body),
                    handlers,
                    self.suite(node.orelse.body) if node.orelse else (),
                    self.suite(node.finalbody.body) if node.finalbody else (),
                    self.loc(node),
                    catches,
                )
            )
        elif isinstance(node, cst.With):
            items = tuple(
                (self.expr(it.item), self.target(it.asname.name) if it.asname else None) for it in node.items
            )
            out.append(ir.With(items, self.suite(node.body), self.loc(node)))
        elif isinstance(node, cst.FunctionDef):
            out.append(self.funcdef(node))
        elif isinstance(node, cst.ClassDef):
            out.append(self.classdef(node))
        elif isinstance(node, cst.Match):
            # the subject is evaluated once; each case starts by binding what its pattern captures
            loc = self.loc(node)
            subject = ir.Name(ir.MATCH_SUBJECT, loc)
            out.append(ir.Assign((subject,), self.expr(node.subject), loc))
            cases = []
            for c in node.cases:
                binds: list[ir.Stmt] = []
                case_loc = self.loc(c.pattern)
                self.pattern_binds(c.pattern, subject, binds, case_loc)
                if c.guard is not None:
                    binds.append(ir.Eval(self.expr(c.guard), case_loc))
                cases.append(tuple(binds) + self.suite(c.body))
            out.append(ir.Branches(subject, tuple(cases), loc))
        # anything else (e.g. a bare indented block from an unknown node) carries no data

    def pattern_binds(self, p: cst.MatchPattern, value: ir.Expr, out: list[ir.Stmt], loc: ir.Loc) -> None:
        """Assignments for the names a case pattern captures, each from its part of the subject
        (`case {"ShippingAddress": addr}` binds addr = subject["ShippingAddress"])."""
        if isinstance(p, cst.MatchAs):
            if p.pattern is not None:
                self.pattern_binds(p.pattern, value, out, loc)
            if p.name is not None:
                out.append(ir.Assign((ir.Name(p.name.value, loc),), value, loc))
        elif isinstance(p, cst.MatchMapping):
            for el in p.elements:
                key = _literal(el.key) if isinstance(el.key, cst.SimpleString) else None
                part = ir.Sub(value, key, None, loc) if isinstance(key, str) else ir.Sub(value, None, None, loc)
                self.pattern_binds(el.pattern, part, out, loc)
            if p.rest is not None:
                out.append(ir.Assign((ir.Name(p.rest.value, loc),), value, loc))
        elif isinstance(p, cst.MatchSequence):
            for i, el in enumerate(p.patterns):
                if isinstance(el, cst.MatchStar):
                    if el.name is not None:
                        out.append(ir.Assign((ir.Name(el.name.value, loc),), value, loc))
                else:
                    self.pattern_binds(el.value, ir.Sub(value, str(i), None, loc), out, loc)
        elif isinstance(p, cst.MatchClass):
            for i, arg in enumerate(p.patterns):  # positional: the class's i-th match argument
                self.pattern_binds(arg.value, ir.Attr(value, f"{ir.MATCH_ARG}{i}", loc), out, loc)
            for kw in p.kwds:
                self.pattern_binds(kw.pattern, ir.Attr(value, kw.key.value, loc), out, loc)
        elif isinstance(p, cst.MatchOr):
            for alt in p.patterns:
                self.pattern_binds(alt.pattern, value, out, loc)

    def small(self, node: cst.BaseSmallStatement, out: list[ir.Stmt]) -> None:
        loc = self.loc(node)
        if isinstance(node, cst.Assign):
            targets = tuple(self.target(t.target) for t in node.targets)
            out.append(ir.Assign(targets, self.expr(node.value), loc))
        elif isinstance(node, cst.AnnAssign):
            if node.value is not None:
                out.append(ir.Assign((self.target(node.target),), self.expr(node.value), loc))
        elif isinstance(node, cst.AugAssign):
            out.append(ir.Assign((self.target(node.target),), self.expr(node.value), loc, aug=True))
        elif isinstance(node, cst.Expr):
            value = node.value
            if isinstance(value, cst.Yield):
                self.fn.is_generator = True
                inner = value.value
                if isinstance(inner, cst.From):
                    out.append(ir.Return(self.expr(inner.item), loc, is_yield=True, yields_from=True))
                else:
                    out.append(ir.Return(self.expr(inner) if inner else None, loc, is_yield=True))
            else:
                out.append(ir.Eval(self.expr(value), loc))
        elif isinstance(node, cst.Return):
            out.append(ir.Return(self.expr(node.value) if node.value else None, loc))
        elif isinstance(node, cst.Raise):
            # a bare `raise` re-raises what the enclosing handler caught
            exc = self.expr(node.exc) if node.exc is not None else ir.Name(ir.RERAISE, loc)
            cause = self.expr(node.cause.item) if node.cause is not None else None
            out.append(ir.Eval(exc, loc, raised=True, cause=cause))
        elif isinstance(node, cst.Assert):
            if node.msg is not None:
                out.append(ir.Eval(self.expr(node.msg), loc))
        elif isinstance(node, cst.Del):
            out.append(ir.Delete(self.del_targets(node.target), loc))
        elif isinstance(node, cst.Global):
            self.fn.globals_declared.extend(n.name.value for n in node.names)
        elif isinstance(node, cst.Nonlocal):
            self.fn.nonlocals_declared.extend(n.name.value for n in node.names)
        elif isinstance(node, cst.Import):
            for alias in node.names:
                full = dotted(alias.name) or ""
                if alias.asname and isinstance(alias.asname.name, cst.Name):
                    self.imports.append(ir.Import(alias.asname.name.value, full, loc))
                else:
                    head = full.split(".")[0]
                    self.imports.append(ir.Import(head, head, loc, module_only=True))
        elif isinstance(node, cst.ImportFrom):
            level = len(node.relative)
            mod = dotted(node.module) if node.module else None
            base = resolve_relative(self.name, self.is_package, level, mod) if level else (mod or "")
            if isinstance(node.names, cst.ImportStar):
                self.imports.append(ir.Import("*", base, loc, star=True))
            else:
                for alias in node.names:
                    nm = dotted(alias.name) or ""
                    local = (
                        alias.asname.name.value
                        if alias.asname and isinstance(alias.asname.name, cst.Name)
                        else nm
                    )
                    self.imports.append(ir.Import(local, f"{base}.{nm}" if base else nm, loc))

    def del_targets(self, node: cst.BaseDelTargetExpression) -> tuple[ir.Target, ...]:
        if isinstance(node, cst.Tuple | cst.List):
            return tuple(self.target(e.value) for e in node.elements)
        return (self.target(node),)

    def if_(self, node: cst.If) -> ir.If:
        orelse: tuple[ir.Stmt, ...] = ()
        if isinstance(node.orelse, cst.If):
            orelse = (self.if_(node.orelse),)
        elif isinstance(node.orelse, cst.Else):
            orelse = self.suite(node.orelse.body)
        return ir.If(
            self.expr(node.test), self.words(node.test), self.suite(node.body), orelse, self.loc(node),
            self.narrowing(node.test), _failed_status(node.test),
        )

    def narrowing(self, t: cst.BaseExpression) -> tuple[str, ir.Expr, bool, bool] | None:
        """`name in X`, `name == X`, `name not in X`, `name != X`: (name, X, membership, negated)."""
        if isinstance(t, cst.Comparison) and len(t.comparisons) == 1 and isinstance(t.left, cst.Name):
            op = t.comparisons[0].operator
            if isinstance(op, cst.In | cst.Equal | cst.NotIn | cst.NotEqual):
                member = isinstance(op, cst.In | cst.NotIn)
                return (t.left.value, self.expr(t.comparisons[0].comparator), member, isinstance(op, cst.NotIn | cst.NotEqual))
        return None

    def words(self, node: cst.CSTNode) -> tuple[str, ...]:
        """Identifiers, attribute names and string keys in an `if` test (for consent guards), in
        source order (the order libcst's visitors see them: leaves never overlap, so sorting by
        start position gives it)."""
        leaves = [n for n in _descendants(node, _NO_WORDS) if isinstance(n, cst.Name | cst.SimpleString)]
        leaves.sort(key=lambda n: self.loc(n)[:2])
        found: list[str] = []
        for n in leaves:  # strings are evaluated in source order too: the first bad escape is reported
            if isinstance(n, cst.Name):
                found.append(n.value)
            else:
                v = _literal(n)
                if isinstance(v, str) and len(v) < 64:
                    found.append(v)
        return tuple(dict.fromkeys(found))

    def string(self, v: str, loc: ir.Loc) -> ir.Const:
        """A string literal; one that names a report type (GET_FLAT_FILE_ORDERS_DATA) is noted."""
        if len(v) < 120 and ir.REPORT_TYPE_NAME.match(v):
            self.report_types[v.strip("_")] = None
        elif "reportType" in v:
            self.text_report_types(v)
        return ir.Const(v, loc, is_str=True)

    def text_report_types(self, text: str) -> None:
        """Report types a request body written as text names (an f-string of JSON)."""
        for m in _REPORT_TYPE_IN_TEXT.finditer(text):  # one or a list ("reportTypes=A,B")
            for name in _REPORT_TYPE_NAMES.findall(m.group(1)):
                self.report_types[name.strip("_")] = None

    # ------------------------------------------------------------------ definitions
    def params(self, params: cst.Parameters) -> tuple[ir.Param, ...]:
        out: list[ir.Param] = []

        def ann(p: cst.Param) -> str | None:
            if p.annotation is None:
                return None
            a = p.annotation.annotation
            if isinstance(a, cst.SimpleString):
                v = _literal(a)
                return v if isinstance(v, str) else None
            return _annotation_type(a)

        for p in (*params.posonly_params, *params.params):
            out.append(ir.Param(p.name.value, "pos", self.expr(p.default) if p.default else None, ann(p)))
        if isinstance(params.star_arg, cst.Param):
            out.append(ir.Param(params.star_arg.name.value, "vararg", None, ann(params.star_arg)))
        for p in params.kwonly_params:
            out.append(ir.Param(p.name.value, "kwonly", self.expr(p.default) if p.default else None, ann(p)))
        if params.star_kwarg is not None:
            out.append(ir.Param(params.star_kwarg.name.value, "kwarg", None, ann(params.star_kwarg)))
        return tuple(out)

    def child_qualname(self, name: str) -> str:
        parent = self.fn
        if parent.name == "<module>":
            return f"{self.name}.{name}"
        if parent.name == "<body>":  # class body: methods are Class.method
            return f"{parent.qualname[: -len('.<body>')]}.{name}"
        return f"{parent.qualname}.<locals>.{name}"

    def funcdef(self, node: cst.FunctionDef) -> ir.Def:
        name = node.name.value
        qualname = self.child_qualname(name)
        decorators = tuple(self.expr(d.decorator) for d in node.decorators)
        parent = self.fn
        cls = parent.qualname[: -len(".<body>")] if parent.name == "<body>" else None
        fn_parent = None if parent.name in ("<module>", "<body>") else parent.qualname
        parent.nested.append(qualname)
        self.stack.append(_FuncBuilder(qualname, name, cls, fn_parent))
        params = self.params(node.params)
        self.fn.calls.clear()  # defaults are not the body
        body = self.suite(node.body)
        b = self.stack.pop()
        self.functions.append(
            ir.Function(
                qualname=qualname,
                name=name,
                params=params,
                code=ir.pack_body(body),
                decorators=decorators,
                loc=self.loc(node.name),
                cls=cls,
                parent=fn_parent,
                is_async=node.asynchronous is not None,
                is_generator=b.is_generator,
                globals_declared=tuple(b.globals_declared),
                nonlocals_declared=tuple(b.nonlocals_declared),
                nested=tuple(b.nested),
                stmt_count=b.stmt_count,
                calls=tuple(b.calls),
            )
        )
        return ir.Def(name, qualname, False, decorators, self.loc(node))

    def classdef(self, node: cst.ClassDef) -> ir.Def:
        name = node.name.value
        qualname = self.child_qualname(name)
        decorators = tuple(self.expr(d.decorator) for d in node.decorators)
        calls = dict(self.fn.calls)
        bases = tuple(self.expr(a.value) for a in node.bases if a.keyword is None and not a.star)
        self.fn.calls = calls  # bases are not the enclosing body
        body_q = f"{qualname}.<body>"
        parent = self.fn
        fn_parent = None if parent.name in ("<module>", "<body>") else parent.qualname
        self.stack.append(_FuncBuilder(body_q, "<body>", None, fn_parent))
        n_funcs = len(self.functions)
        body = self.suite(node.body)
        b = self.stack.pop()
        methods = tuple(
            (f.name, f.qualname) for f in self.functions[n_funcs:] if f.cls == qualname
        )
        fields: list[str] = []
        attrs: list[str] = []
        aliases: list[tuple[str, str]] = []
        hidden: list[str] = []
        for stmt in node.body.body:
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                        fields.append(small.target.value)
                        if small.value is not None:
                            attrs.append(small.target.value)
                            alias = _field_alias(small.value)
                            if alias is not None:
                                aliases.append((small.target.value, alias))
                            if _field_hidden(small.value):
                                hidden.append(small.target.value)
                    elif isinstance(small, cst.Assign):
                        attrs.extend(t.target.value for t in small.targets if isinstance(t.target, cst.Name))
        init_attrs = self.init_attrs(node)
        self.functions.append(
            ir.Function(
                qualname=body_q,
                name="<body>",
                params=(),
                code=ir.pack_body(body),
                decorators=(),
                loc=self.loc(node.name),
                parent=fn_parent,
                nested=tuple(b.nested),
                stmt_count=b.stmt_count,
                calls=tuple(b.calls),
            )
        )
        self.classes.append(
            ir.ClassDef(
                qualname=qualname,
                name=name,
                bases=bases,
                decorators=decorators,
                methods=methods,
                fields=tuple(fields),
                init_attrs=init_attrs,
                body=body_q,
                loc=self.loc(node.name),
                parent=fn_parent,
                attrs=tuple(attrs),
                aliases=tuple(aliases),
                hidden=tuple(hidden),
            )
        )
        class_kwargs = tuple(
            ir.Arg(a.keyword.value if a.keyword is not None else None, self.expr(a.value), 2 if a.star == "**" else 0)
            for a in node.bases
            if (a.keyword is not None and a.keyword.value != "metaclass") or a.star == "**"
        )
        return ir.Def(name, qualname, True, decorators, self.loc(node), class_kwargs)

    @staticmethod
    def init_attrs(node: cst.ClassDef) -> tuple[str, ...]:
        """`self.x` assigned anywhere in the class's `__init__` (nested blocks and definitions
        included), in source order: statements never sit inside expressions, so the walk skips
        expressions, and a statement's fields are in source order."""
        found: list[str] = []
        for stmt in node.body.body:
            if isinstance(stmt, cst.FunctionDef) and stmt.name.value == "__init__":
                for n in _descendants(stmt, _NO_STATEMENTS):
                    if isinstance(n, cst.Assign):
                        for t in n.targets:
                            d = dotted(t.target)
                            if d and d.startswith("self.") and d.count(".") == 1:
                                found.append(d[5:])
                    elif isinstance(n, cst.AnnAssign):
                        d = dotted(n.target)
                        if d and d.startswith("self.") and d.count(".") == 1:
                            found.append(d[5:])
        return tuple(dict.fromkeys(found))

    # ------------------------------------------------------------------ targets
    def target(self, node: cst.BaseExpression) -> ir.Target:
        if isinstance(node, cst.Name):
            return ir.Name(node.value, self.loc(node))
        if isinstance(node, cst.Attribute):
            return ir.Attr(self.expr(node.value), node.attr.value, self.loc(node))
        if isinstance(node, cst.Subscript):
            e = self.expr(node)
            if isinstance(e, ir.Sub) and e.key == ":":
                return ir.Sub(e.base, ":", None, e.loc)  # `df.loc[:, "x"] = v` stores as any slice does
            if isinstance(e, ir.Sub):
                return e
            return ir.Opaque(self.loc(node))
        if isinstance(node, cst.Tuple | cst.List):
            elts: list[ir.Target] = []
            star = -1
            for i, el in enumerate(node.elements):
                if isinstance(el, cst.StarredElement):
                    star = i
                elts.append(self.target(el.value))
            return ir.Unpack(tuple(elts), star, self.loc(node))
        if isinstance(node, cst.StarredElement):
            return self.target(node.value)
        return ir.Opaque(self.loc(node))

    # ------------------------------------------------------------------ expressions
    def expr(self, node: cst.BaseExpression) -> ir.Expr:
        loc = self.loc(node)
        cls = type(node)
        head = _EXPR_HEAD[cls] if cls in _EXPR_HEAD else _expr_head(cls)
        if head is cst.Name:
            if node.value in _TRUE_FALSE_NONE:
                return ir.Const(node.value, loc)  # not a string: carries no text, but True is readable
            return ir.Name(node.value, loc)
        if head is cst.Attribute:
            if ir.REPORT_TYPE_NAME.match(node.attr.value):
                self.report_types[node.attr.value.strip("_")] = None
            return ir.Attr(self.expr(node.value), node.attr.value, loc)
        if head is cst.SimpleString:
            try:
                v = _literal(node)
            except Exception:  # noqa: BLE001 - malformed escapes: keep it opaque
                return ir.Const(None, loc, is_str=True)
            if isinstance(v, bytes):
                v = v.decode("latin-1")
            return self.string(v, loc)
        if head is cst.ConcatenatedString:
            # "a " "b": one literal, so a phrase split across lines is whole (evaluated_value is
            # None when a part is an f-string: then a template)
            try:
                v = _evaluated(node)
            except Exception:  # noqa: BLE001 - malformed escapes: parts as written
                v = None
            if isinstance(v, str):
                return self.string(v, loc)
            return ir.Combine((self.expr(node.left), self.expr(node.right)), loc, template=True)
        if head is cst.FormattedString:
            parts: list[ir.Expr] = []
            for part in node.parts:
                if isinstance(part, cst.FormattedStringText):
                    if "reportType" in part.value:
                        self.text_report_types(part.value)
                    # `{{` and `}}` in an f-string's text are the braces themselves (a template
                    # built as an f-string, then `.format`ted: `f"[{SHOP}] Dear {{name}}"`)
                    text = part.value.replace("{{", "{").replace("}}", "}")
                    parts.append(ir.Const(text, self.loc(part), is_str=True))
                elif isinstance(part, cst.FormattedStringExpression):
                    value = self.expr(part.expression)
                    if part.conversion in ("r", "a"):  # `{ctx!r}` prints its repr, not its str
                        value = _as_text_call("repr", value)
                    parts.append(value)
            return ir.Combine(tuple(parts), loc, template=True)
        if head is _NUMBERS:
            # an integer keeps its text (itemgetter(1) reads position 1); other numbers carry none
            text = node.value if isinstance(node, cst.Integer) and len(node.value) <= 20 else None
            return ir.Const(text, loc)
        if head is cst.Call:
            return self.call(node, loc)
        if head is cst.Subscript:
            base = self.expr(node.value)
            if len(node.slice) == 1 and isinstance(node.slice[0].slice, cst.Index):
                idx = node.slice[0].slice.value
                if isinstance(idx, cst.SimpleString):
                    v = _literal(idx)
                    if isinstance(v, str):
                        return ir.Sub(base, v, None, loc)
                if isinstance(idx, cst.Integer):
                    return ir.Sub(base, idx.value, None, loc)
                if isinstance(idx, cst.UnaryOperation) and isinstance(idx.expression, cst.Integer):
                    return ir.Sub(base, None, None, loc)  # negative index: some element
                return ir.Sub(base, None, self.expr(idx), loc)
            if len(node.slice) > 1:
                # `df.loc[rows, cols]`: the elements keep what they are, but the indexes stay
                # (a slice dimension as a number) for indexers that select columns by name
                dims = tuple(
                    self.expr(el.slice.value) if isinstance(el.slice, cst.Index) else ir.Const(None, loc) for el in node.slice
                )
                return ir.Sub(base, ":", ir.SeqLit(dims, "tuple", loc), loc)
            return ir.Sub(base, ":", None, loc)  # a slice keeps the elements
        if head is cst.BinaryOperation:
            is_str_op = isinstance(node.operator, cst.Add | cst.Modulo)
            right = self.expr(node.right)
            if isinstance(node.operator, cst.Modulo) and isinstance(node.left, cst.SimpleString):
                # `"ctx %r" % ctx`: an operand a `%r` formats prints its repr
                fmt = _evaluated(node.left)
                reprs = ir.repr_positions(fmt) if isinstance(fmt, str) else ()
                if isinstance(right, ir.SeqLit) and right.kind == "tuple" and not right.starred and isinstance(fmt, str):
                    # each item is formatted by its own conversion (the tuple is not printed whole)
                    right = ir.SeqLit(
                        tuple(_as_text_call("repr" if i in reprs else "str", x) for i, x in enumerate(right.elts)), right.kind, right.loc
                    )
                elif reprs == (0,) and not isinstance(right, ir.SeqLit | ir.DictLit):
                    right = _as_text_call("repr", right)
            return ir.Combine((self.expr(node.left), right), loc, template=is_str_op)
        if head is cst.BooleanOperation:
            return ir.Combine((self.expr(node.left), self.expr(node.right)), loc)
        if head is cst.UnaryOperation:
            if isinstance(node.operator, cst.Not):
                return ir.Opaque(loc, (self.expr(node.expression),))
            return self.expr(node.expression)
        if head is cst.Comparison:  # a bool carries no customer data; its operands run
            return ir.Opaque(loc, (self.expr(node.left), *(self.expr(c.comparator) for c in node.comparisons)))
        if head is cst.IfExp:
            return ir.Combine((ir.Opaque(loc, (self.expr(node.test),)), self.expr(node.body), self.expr(node.orelse)), loc)
        if head is cst.Dict:
            items: list[tuple[ir.Expr | None, ir.Expr]] = []
            for el in node.elements:
                if isinstance(el, cst.DictElement):
                    items.append((self.expr(el.key), self.expr(el.value)))
                elif isinstance(el, cst.StarredDictElement):
                    items.append((None, self.expr(el.value)))
            return ir.DictLit(tuple(items), loc)
        if head is _SEQUENCES:
            kind = {cst.List: "list", cst.Tuple: "tuple", cst.Set: "set"}[type(node)]
            elts: list[ir.Expr] = []
            starred: list[int] = []
            for i, el in enumerate(node.elements):
                if isinstance(el, cst.StarredElement):
                    starred.append(i)
                elts.append(self.expr(el.value))
            return ir.SeqLit(tuple(elts), kind, loc, tuple(starred))
        if head is _COMPREHENSIONS:
            return self.comp(node, loc)
        if head is cst.Lambda:
            return self.lambda_(node, loc)
        if head is cst.Await:
            return ir.Await(self.expr(node.expression), loc)
        if head is cst.NamedExpr:
            if isinstance(node.target, cst.Name):
                return ir.Walrus(node.target.value, self.expr(node.value), loc)
            return self.expr(node.value)
        if head is cst.Yield:
            self.fn.is_generator = True
            return ir.Opaque(loc)
        if head is cst.StarredElement:
            return self.expr(node.value)
        return ir.Opaque(loc)

    def call(self, node: cst.Call, loc: ir.Loc) -> ir.Call:
        args: list[ir.Arg] = []
        for a in node.args:
            star = 1 if a.star == "*" else 2 if a.star == "**" else 0
            kw = a.keyword.value if a.keyword is not None else None
            args.append(ir.Arg(kw, self.expr(a.value), star))
        func = self.expr(node.func)
        if isinstance(func, ir.Name):
            self.fn.calls[func.id] = None
        elif isinstance(func, ir.Attr):
            self.fn.calls[func.attr] = None
        return ir.Call(func, tuple(args), loc)

    def comp(self, node: cst.BaseComp | cst.DictComp, loc: ir.Loc) -> ir.Comp:
        gens: list[tuple[ir.Target, ir.Expr]] = []
        conds: list[ir.Expr] = []
        narrows: list[tuple[str, ir.Expr, bool, bool]] = []
        f: cst.CompFor | None = node.for_in
        while f is not None:
            gens.append((self.target(f.target), self.expr(f.iter)))
            conds.extend(self.expr(c.test) for c in f.ifs)
            narrows.extend(n for c in f.ifs if (n := self.narrowing(c.test)) is not None)
            f = f.inner_for_in

        def after_conds(e: ir.Expr) -> ir.Expr:
            # the conditions run first, for what they do (a call, a walrus the element uses)
            return ir.Combine((ir.Opaque(loc, tuple(conds)), e), loc) if conds else e

        if isinstance(node, cst.DictComp):
            return ir.Comp(after_conds(self.expr(node.value)), self.expr(node.key), tuple(gens), "dict", loc, tuple(narrows))
        kind = "list" if isinstance(node, cst.ListComp) else "set" if isinstance(node, cst.SetComp) else "gen"
        return ir.Comp(after_conds(self.expr(node.elt)), None, tuple(gens), kind, loc, tuple(narrows))

    def lambda_(self, node: cst.Lambda, loc: ir.Loc) -> ir.FuncRef:
        parent = self.fn
        parent.lambdas += 1
        base = parent.qualname if parent.name != "<body>" else parent.qualname[: -len(".<body>")]
        qualname = f"{base}.<lambda{parent.lambdas}>"
        fn_parent = None if parent.name in ("<module>", "<body>") else parent.qualname
        parent.nested.append(qualname)
        self.stack.append(_FuncBuilder(qualname, "<lambda>", None, fn_parent))
        params = self.params(node.params)
        self.fn.calls.clear()
        body = (ir.Return(self.expr(node.body), self.loc(node.body)),)
        b = self.stack.pop()
        self.functions.append(
            ir.Function(qualname, "<lambda>", params, ir.pack_body(body), (), loc, parent=fn_parent, calls=tuple(b.calls))
        )
        return ir.FuncRef(qualname, loc)


def lower_module(module: cst.Module, relpath: str) -> ir.Module:
    """Lower one parsed module; `relpath` is its POSIX path relative to the scan root."""
    name, is_package = module_name_for(relpath)
    return Lowerer(module, name, relpath, is_package).run()


def lower_source(source: str, relpath: str) -> ir.Module:
    """Parse and lower source text (raises libcst.ParserSyntaxError on bad syntax)."""
    return lower_module(cst.parse_module(source), relpath)


def _annotation_type(a: cst.BaseExpression) -> str | None:
    """The dotted type name an annotation gives a parameter: `Gateway`, `Optional[Gateway]`,
    `Gateway | None`, `Annotated[Gateway, Depends(...)]`; the head of other generics
    (`list[X]` is a list)."""
    for _ in range(8):
        if isinstance(a, cst.BinaryOperation) and isinstance(a.operator, cst.BitOr):
            left, right = a.left, a.right
            a = right if isinstance(left, cst.Name) and left.value == "None" else left
            continue
        if isinstance(a, cst.Subscript):
            head = dotted(a.value)
            if head in ir.WRAPPING_ANNOTATIONS and a.slice and isinstance(a.slice[0].slice, cst.Index):
                a = a.slice[0].slice.value
                continue
            return head
        return dotted(a)
    return None


def _breaks(node: cst.CSTNode) -> bool:
    """Whether a loop body has a `break` or `continue` of its own, which may skip the rest of an
    iteration or the loop (not one of a loop nested in it; a nested loop's `else:` is ours)."""
    if isinstance(node, cst.SimpleStatementLine | cst.SimpleStatementSuite):
        return any(isinstance(s, cst.Break | cst.Continue) for s in node.body)
    if isinstance(node, cst.For | cst.While):
        return node.orelse is not None and _breaks(node.orelse)
    if isinstance(node, cst.FunctionDef | cst.ClassDef):
        return False
    # only statements hold a break: blocks, if/else, try, with and match bodies. `node.children`
    # rebuilds every node below it (libcst's visitor), so expressions are never walked
    return any(_breaks(child) for child in _statement_children(node))


def _statement_children(node: cst.CSTNode) -> list[cst.CSTNode]:
    """The blocks and clauses directly under a compound statement or block (no expressions)."""
    out: list[cst.CSTNode] = []
    for name in ("body", "orelse", "handlers", "finalbody", "cases"):
        part = getattr(node, name, None)
        if isinstance(part, cst.CSTNode):
            out.append(part)
        elif isinstance(part, list | tuple):
            out.extend(p for p in part if isinstance(p, cst.CSTNode))
    return out


def _status_codes(e: cst.BaseExpression) -> tuple[int, ...] | None:
    """The HTTP status codes a comparison names: `200`, `(200, 201)`, `[200, 204]`."""
    if isinstance(e, cst.Integer):
        return (int(e.value),) if e.value.isdigit() else None
    if isinstance(e, cst.Tuple | cst.List | cst.Set):
        codes = [_status_codes(el.value) for el in e.elements]
        if codes and all(c is not None and len(c) == 1 for c in codes):
            return tuple(c[0] for c in codes if c)
    return None


def _failed_status(t: cst.BaseExpression) -> tuple[str, str, str, bool] | None:
    """`r.status_code != 200`, `r.status_code >= 400`: (r, attribute, "status", True) when the test
    holds on a failed request, `r.status_code == 200`: (..., False); `not r.ok` / `r.ok`: (r, "ok",
    "flag", True / False). A status that is not 2xx is a failure (429 and 5xx included). None
    when the test is anything else; the analysis asks the catalog which attributes count."""
    negated = False
    if isinstance(t, cst.UnaryOperation) and isinstance(t.operator, cst.Not):
        t, negated = t.expression, True
    if isinstance(t, cst.Attribute) and isinstance(t.value, cst.Name):
        return (t.value.value, t.attr.value, "flag", negated)
    if negated or not isinstance(t, cst.Comparison) or len(t.comparisons) != 1:
        return None
    left, comp = t.left, t.comparisons[0]
    if not (isinstance(left, cst.Attribute) and isinstance(left.value, cst.Name)):
        return None
    codes = _status_codes(comp.comparator)
    if not codes:
        return None
    ok = [200 <= c < 300 for c in codes]
    op = comp.operator
    holds_on_failure: bool | None = None
    if isinstance(op, cst.Equal | cst.In):
        holds_on_failure = True if not any(ok) else False if all(ok) else None
    elif isinstance(op, cst.NotEqual | cst.NotIn):
        holds_on_failure = True if all(ok) else None
    elif len(codes) == 1 and isinstance(op, cst.GreaterThanEqual | cst.GreaterThan):
        holds_on_failure = True if codes[0] >= 300 else None
    elif len(codes) == 1 and isinstance(op, cst.LessThan):
        holds_on_failure = False if codes[0] <= 300 else None
    if holds_on_failure is None:
        return None
    return (left.value.value, left.attr.value, "status", holds_on_failure)
