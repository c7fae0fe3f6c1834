"""Linking: from per-file facts to one program with resolved names.

Builds the tables the propagation asks: which function or class a qualified name is, what a
module-level name in a module refers to (its own definitions, what it imported, or a library
name), and each class's method resolution order. Imports of project modules are matched by full
name or, for `src/` layouts and scans of a parent folder, by the longest unambiguous suffix.
"""

from __future__ import annotations

import builtins
import sys
from dataclasses import dataclass, field

from auditor import ir
from auditor.catalog import Catalog

BUILTIN_NAMES = frozenset(dir(builtins))
STDLIB = frozenset(sys.stdlib_module_names)


@dataclass
class Program:
    catalog: Catalog
    modules: dict[str, ir.Module] = field(default_factory=dict)
    functions: dict[str, ir.Function] = field(default_factory=dict)
    function_module: dict[str, str] = field(default_factory=dict)
    classes: dict[str, ir.ClassDef] = field(default_factory=dict)
    class_module: dict[str, str] = field(default_factory=dict)
    scopes: dict[str, dict[str, str]] = field(default_factory=dict)  # module -> name -> ref
    module_vars: dict[str, frozenset[str]] = field(default_factory=dict)  # names assigned at module level
    _suffix: dict[str, str | None] = field(default_factory=dict)
    package: str = ""
    package_folders: set[str] = field(default_factory=set)  # folders imported as packages (build)
    _mro: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _methods: dict[tuple[str, str], str | None] = field(default_factory=dict)
    _resolving: set[tuple[str, str]] = field(default_factory=set)
    _subclasses: dict[str, tuple[str, ...]] | None = None
    _ext_bases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    settings_modules: set[str] = field(default_factory=set)  # modules a framework's settings object is (resolve_import)

    # ------------------------------------------------------------------ building
    @classmethod
    def build(cls, modules: list[ir.Module], catalog: Catalog, package: str = "") -> Program:
        """`package`: the dotted name of the scan root when it is itself a package (`shop` when
        scanning shop/ that holds __init__.py), so `import shop.x` finds the scanned `x`."""
        prog = cls(catalog)
        prog.package = package
        for m in sorted(modules, key=lambda m: m.path):
            if m.name in prog.modules:  # two files map to one name (a.py and a/__init__.py)
                continue
            prog.modules[m.name] = m
            for f in m.functions:
                prog.functions[f.qualname] = f
                prog.function_module[f.qualname] = m.name
            for c in m.classes:
                prog.classes[c.qualname] = c
                prog.class_module[c.qualname] = m.name
        for name in prog.modules:
            parts = name.split(".")
            for i in range(1, len(parts)):
                suffix = ".".join(parts[i:])
                if suffix in prog.modules:
                    continue
                prog._suffix[suffix] = None if suffix in prog._suffix else name
        # folders other modules import from by dotted name (`from app.views import x` in main.py):
        # packages, even without __init__.py (PEP 420), not a script's folder (_scope)
        folders = {m.name.rpartition(".")[0] for m in prog.modules.values()} - {""}
        for m in prog.modules.values():
            for imp in m.imports:
                parts = imp.target.split(".")
                # only a name that is a scanned module in the folder (`email.mime.text` is the
                # standard library's even beside an email/ folder of scripts)
                if not any(".".join(parts[:k]) in prog.modules for k in range(2, len(parts) + 1)):
                    continue
                for i in range(1, len(parts)):
                    head = ".".join(parts[:i])
                    if head in folders and not m.name.startswith(head + ".") and ".".join(parts[: i + 1]) in prog.modules:
                        prog.package_folders.add(head)
        for m in prog.modules.values():
            prog.scopes[m.name] = prog._scope(m)
            body = prog.functions.get(f"{m.name}.<module>")
            prog.module_vars[m.name] = frozenset(_assigned_names(body.body)) if body else frozenset()
        return prog

    def _scope(self, m: ir.Module) -> dict[str, str]:
        scope: dict[str, str] = {}
        # a module in a folder that is not a package is a script or a script's sibling: Python
        # puts the script's folder first on sys.path, so `import extract.extract` in etl/main.py
        # is etl/extract/extract.py even when the scan root has an extract/extract.py too
        folder = m.name.rpartition(".")[0]
        near = folder if folder and folder not in self.modules and folder not in self.package_folders and not m.is_package else ""
        for imp in m.imports:
            target = imp.target
            # not a name already in the folder (a relative import, made absolute) nor the module itself
            if near and not target.startswith(near + ".") and self._near(near, target) and f"{near}.{target}" != m.name:
                target = f"{near}.{target}"
            if imp.star:
                found = self.find_module(target)
                if found is not None:
                    scope.setdefault(f"*{len(scope)}", f"star:{found}")
                continue
            scope[imp.local] = self.resolve_import(target, module_only=imp.module_only, importer=m.name)
        body = f"{m.name}.<module>"
        for f in m.functions:
            if f.parent is None and f.cls is None and f.name not in ("<module>", "<body>", "<lambda>"):
                scope[f.name] = f"fn:{f.qualname}"
        for c in m.classes:
            if c.parent is None and c.qualname.count(".") == m.name.count(".") + 1:
                scope[c.name] = f"cls:{c.qualname}"
        scope["<body>"] = body
        return scope

    def _near(self, folder: str, target: str) -> bool:
        """Whether `target` names a module (or a module's name) in `folder` itself."""
        full = f"{folder}.{target}"
        return full in self.modules or full.rpartition(".")[0] in self.modules

    # ------------------------------------------------------------------ resolution
    def find_module(self, name: str) -> str | None:
        if name in self.modules:
            return name
        if self.package and (name == self.package or name.startswith(self.package + ".")):
            inner = name[len(self.package) + 1 :] or "__root__"
            if inner in self.modules:
                return inner
        hit = self._suffix.get(name)
        if hit is not None and (name.count(".") >= 1 or name.split(".")[0] not in STDLIB):
            return hit
        return None

    def resolve_import(self, target: str, module_only: bool = False, importer: str = "") -> str:
        """A ref for an imported dotted name: mod:, fn:, cls:, glob:Module:name, or ext:."""
        mod = self.find_module(target)
        if mod is not None:
            return f"mod:{mod}"
        if not module_only and "." in target:
            head, _, last = target.rpartition(".")
            owner = self.find_module(head)
            if owner is not None:
                return f"glob:{owner}:{last}"
        name = self.catalog.canonical(target)
        if name in self.catalog.settings_objects:
            found = self.settings_module(importer)
            if found is not None:
                self.settings_modules.add(found)
                return f"mod:{found}"
        return f"ext:{name}"

    def settings_module(self, importer: str) -> str | None:
        """The project's settings module a framework's settings object reads (catalog
        settings_objects): the one module so named, or the one in the importer's top-level
        package; None when that is not one module."""
        named = sorted(n for n in self.modules if n.rpartition(".")[2] in self.catalog.settings_module_names)
        if len(named) > 1:
            top = importer.partition(".")[0]
            named = [n for n in named if n.partition(".")[0] == top]
        return named[0] if len(named) == 1 else None

    def lookup_global(self, module: str, name: str, _seen: frozenset[str] = frozenset()) -> str | None:
        """What `name` refers to at module level in `module` (following re-exports). Star imports
        are followed once per module: two modules that `import *` from each other (a real
        project's utils and helpers) end the search instead of recursing without end."""
        scope = self.scopes.get(module)
        if scope is None:
            return None
        ref = scope.get(name)
        if ref is None:
            seen = _seen | {module}
            for key, star in scope.items():
                if key.startswith("*") and star.startswith("star:") and star[5:] not in seen:
                    inner = self.lookup_global(star[5:], name, seen) if (module, name) not in self._resolving else None
                    if inner is not None:
                        return inner
            return None
        return ref

    def deref(self, ref: str) -> str:
        """Follow glob: refs that name a function, class or module of another module."""
        seen = 0
        while ref.startswith("glob:") and seen < 8:
            seen += 1
            _, owner, name = ref.split(":", 2)
            key = (owner, name)
            if key in self._resolving:
                break
            self._resolving.add(key)
            try:
                inner = self.lookup_global(owner, name)
            finally:
                self._resolving.discard(key)
            if inner is None or inner == ref:
                break
            if inner.startswith(("fn:", "cls:", "mod:", "ext:")):
                return inner
            ref = inner
        return ref

    def mro(self, cls: str) -> tuple[str, ...]:
        """User classes in method resolution order (depth-first, left to right, no repeats)."""
        cached = self._mro.get(cls)
        if cached is not None:
            return cached
        self._mro[cls] = (cls,)
        out: list[str] = [cls]
        for base in self.class_bases(cls):
            if base.startswith("cls:"):
                for b in self.mro(base[4:]):
                    if b not in out:
                        out.append(b)
        self._mro[cls] = tuple(out)
        return self._mro[cls]

    def field_names(self, cls: str) -> tuple[str, ...]:
        """A project dataclass's fields (annotated class-level names), its bases' first, in the
        order its generated __init__ takes them."""
        names: list[str] = []
        for c in reversed(self.mro(cls)):
            cd = self.classes.get(c)
            if cd is not None:
                names.extend(n for n in cd.fields if n not in names)
        return tuple(names)

    def class_bases(self, cls: str) -> list[str]:
        c = self.classes.get(cls)
        if c is None:
            return []
        module = self.class_module[cls]
        out: list[str] = []
        for b in c.bases:
            text = dotted_name(b)
            if text is None:
                continue
            head, _, rest = text.partition(".")
            ref = self.lookup_global(module, head)
            if ref is None:
                if head in BUILTIN_NAMES:
                    continue
                ref = f"ext:{head}"
            ref = self.deref(ref)
            if rest:
                if ref.startswith("mod:"):
                    ref = self.deref(self.lookup_global(ref[4:], rest.split(".")[0]) or f"ext:{ref[4:]}.{rest}")
                elif ref.startswith("ext:"):
                    ref = f"ext:{self.catalog.canonical(ref[4:] + '.' + rest)}"
            out.append(ref)
        return out

    def subclasses(self, cls: str) -> tuple[str, ...]:
        """The project classes that name cls as a direct base, in name order (`cls.__subclasses__()`)."""
        if self._subclasses is None:
            index: dict[str, list[str]] = {}
            for c in sorted(self.classes):
                for b in self.class_bases(c):
                    if b.startswith("cls:"):
                        index.setdefault(b[4:], []).append(c)
            self._subclasses = {k: tuple(v) for k, v in index.items()}
        return self._subclasses.get(cls, ())

    def ext_bases(self, cls: str) -> list[str]:
        """Library base classes anywhere in the hierarchy (django Model, pydantic BaseModel, ...);
        remembered, as the engine asks at every attribute of an instance."""
        cached = self._ext_bases.get(cls)
        if cached is None:
            cached = tuple(b[4:] for c in self.mro(cls) for b in self.class_bases(c) if b.startswith("ext:"))
            self._ext_bases[cls] = cached
        return list(cached)

    def method(self, cls: str, name: str) -> str | None:
        """The function defining method `name` for cls (the first class in its MRO that does);
        remembered, since the engine asks for special methods at every subscript and attribute."""
        key = (cls, name)
        if key in self._methods:
            return self._methods[key]
        found = None
        for c in self.mro(cls):
            cd = self.classes.get(c)
            if cd is None:
                continue
            found = next((q for mname, q in cd.methods if mname == name), None)
            if found is not None:
                break
        self._methods[key] = found
        return found

    def decorator_names(self, module: str, decorators: tuple[ir.Expr, ...]) -> list[str]:
        out: list[str] = []
        for d in decorators:
            e = d.func if isinstance(d, ir.Call) else d
            text = dotted_name(e)
            if text is None:
                continue
            head, _, rest = text.partition(".")
            ref = self.lookup_global(module, head)
            if ref is not None and ref.startswith("ext:"):
                out.append(ref[4:] + ("." + rest if rest else ""))
            elif ref is None and head in BUILTIN_NAMES:
                out.append("builtins." + text)
            else:
                out.append(text)
        return out


def _assigned_names(stmts: tuple[ir.Stmt, ...]) -> set[str]:
    """Names a block binds by assignment (module-level variables), through ifs, loops and trys."""
    out: set[str] = set()

    def target(t: ir.Target) -> None:
        if isinstance(t, ir.Name):
            out.add(t.id)
        elif isinstance(t, ir.Unpack):
            for e in t.elts:
                target(e)

    for st in stmts:
        if isinstance(st, ir.Assign):
            for t in st.targets:
                target(t)
        elif isinstance(st, ir.If):
            out |= _assigned_names(st.body) | _assigned_names(st.orelse)
        elif isinstance(st, ir.Loop):
            if st.target is not None:
                target(st.target)
            out |= _assigned_names(st.body) | _assigned_names(st.orelse)
        elif isinstance(st, ir.Try):
            out |= _assigned_names(st.body) | _assigned_names(st.orelse) | _assigned_names(st.final)
            for _, body in st.handlers:
                out |= _assigned_names(body)
        elif isinstance(st, ir.With):
            for _, t in st.items:
                if t is not None:
                    target(t)
            out |= _assigned_names(st.body)
    return out


def dotted_name(e: ir.Expr) -> str | None:
    """`a.b.c` as text; None for anything but names and attributes."""
    if isinstance(e, ir.Name):
        return e.id
    if isinstance(e, ir.Attr):
        base = dotted_name(e.base)
        return f"{base}.{e.attr}" if base else None
    return None


def shape_of(e: ir.Expr) -> str:
    """The dotted text of a callee for shape matching; unknown parts become '?'."""
    if isinstance(e, ir.Name):
        return e.id
    if isinstance(e, ir.Attr):
        return f"{shape_of(e.base)}.{e.attr}"
    if isinstance(e, ir.Call):
        return shape_of(e.func) + "()"
    if isinstance(e, ir.Sub):
        return shape_of(e.base) + "[]"
    return "?"
