"""The command line: `auditor scan`, `auditor rules`, `auditor init`, `auditor baseline create`, `auditor --version`.

Exit codes are a contract (CI gates depend on them):
  0  no finding at or above --fail-on (findings with level "note" never fail the gate)
  1  at least one such finding
  2  usage, configuration or input error; one line on stderr: "auditor: error: <what to fix>"
  3  internal error (a bug in auditor); one line on stderr, the traceback with --verbose
130  interrupted
"""

from __future__ import annotations

import os
import sys
import tempfile
import textwrap
import traceback
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Literal, NoReturn, get_args

import typer

try:  # typer >= 0.2x vendors click; older typers depend on it
    from typer import _click as click
except ImportError:  # pragma: no cover - depends on the installed typer
    import click  # type: ignore[no-redef]

from auditor import __version__
from auditor.errors import AuditorError, UsageError
from auditor.model import SEVERITY_ORDER, ScanResult
from auditor.options import ScanOptions
from auditor.progress import progress_reporter, progress_wanted
from auditor.render._common import plural
from auditor.rules import RULES, Rule, get_rule

# The report formats live in one place: the renderer registry (auditor.render.RENDERERS); --format
# accepts whatever is registered there when the command runs. This is the fallback for --help only.
_BASE_FORMATS: tuple[str, ...] = ("text", "json", "sarif")

# --fail-on: a severity (the gate fails on findings at or above it) or "never".
FailOn = Literal["critical", "high", "medium", "low", "info", "never"]
FAIL_ON_CHOICES: tuple[str, ...] = get_args(FailOn)
assert set(FAIL_ON_CHOICES) == set(SEVERITY_ORDER) | {"never"}, "FailOn out of sync with SEVERITY_ORDER"

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130

PROG = "auditor"

app = typer.Typer(
    name=PROG,
    help="Static data-flow auditor: finds where Amazon buyer data goes where Amazon's policies forbid.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


# ---------------------------------------------------------------------------------------------------
# helpers


def safe(text: object) -> str:
    """One printable line: whitespace runs become one space, other unprintable characters (ANSI
    escapes, bidi overrides, lone surrogates from undecodable file names) become visible escapes."""
    out = []
    for ch in " ".join(str(text).split()):
        if ch.isprintable():
            out.append(ch)
        else:
            code = ord(ch)
            out.append(
                f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"
            )
    return "".join(out)


def error_line(message: str) -> str:
    """The one stderr line of a usage/config/input error."""
    return f"{PROG}: error: {safe(message).replace('Value error, ', '')}"


def _fail(message: str, code: int = EXIT_USAGE) -> NoReturn:
    typer.echo(error_line(message), err=True)
    raise typer.Exit(code)


@contextmanager
def _user_errors(verbose: bool = False) -> Iterator[None]:
    """Turn AuditorError into exit 2 and anything unexpected into exit 3, each with one stderr line."""
    try:
        yield
    except (typer.Exit, click.exceptions.ClickException):
        raise
    except KeyboardInterrupt:  # typer would turn it into a silent exit 130; say so on stderr
        typer.echo(f"{PROG}: interrupted", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except AuditorError as exc:
        _fail(exc.message, exc.exit_code)
    except Exception as exc:  # a bug: say so plainly, keep the exit code distinct from "findings"
        if verbose:
            traceback.print_exc(file=sys.stderr)
        detail = safe(f"{type(exc).__name__}: {exc}")
        hint = "" if verbose else " (run with --verbose for the traceback)"
        typer.echo(f"{PROG}: internal error: {detail}{hint}", err=True)
        raise typer.Exit(EXIT_INTERNAL) from None


def gate_exit_code(result: ScanResult, fail_on: str) -> int:
    """0 if no finding fails the gate, 1 otherwise. Notes (level "note") never fail it."""
    if fail_on == "never":
        return EXIT_OK
    threshold = SEVERITY_ORDER[fail_on]
    for finding in result.findings:
        if finding.level == "note":
            continue
        # An unknown severity (a custom rule's typo) fails closed.
        if SEVERITY_ORDER.get(finding.severity, max(SEVERITY_ORDER.values())) >= threshold:
            return EXIT_FINDINGS
    return EXIT_OK


def available_formats() -> tuple[str, ...]:
    """The report formats the renderer registry knows right now."""
    from auditor import render as render_module

    _ensure_markdown(render_module)

    return tuple(render_module.formats())


def _ensure_markdown(render_module: object) -> None:
    """`--format markdown` (issue 4): registered on import; re-added if a test emptied the registry."""
    registry = getattr(render_module, "RENDERERS", None)
    if isinstance(registry, dict) and "markdown" not in registry:
        try:
            from auditor.render.markdown import render_markdown
        except ImportError:  # pragma: no cover
            return
        registry["markdown"] = render_markdown


def _check_format(value: str) -> str:
    fmt = value.strip().lower()
    try:
        known = available_formats()
    except ImportError:  # the renderers are broken: fail later, with the internal-error message
        return fmt
    if fmt not in known:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(known)}")
    return fmt


def use_color(fmt: str, *, no_color: bool, to_file: bool) -> bool:
    """Colour only text on a terminal, unless --no-color or NO_COLOR (non-empty, per no-color.org)."""
    if fmt != "text" or no_color or to_file or os.environ.get("NO_COLOR"):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def write_atomic(path: Path, text: str) -> None:
    """Write `text` (UTF-8) to `path` via a temp file in the same directory and `os.replace`."""
    target = Path(os.path.realpath(path))  # write through a symlink, not over it
    if target.is_dir():
        raise UsageError(f"cannot write output: {path} is a directory")
    directory = target.parent
    if not directory.is_dir():
        raise UsageError(f"cannot write output: directory {directory} does not exist")
    try:
        mode = os.stat(target).st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    except OSError as exc:
        raise UsageError(f"cannot write output {path}: {exc.strerror or exc}") from None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write output {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise UsageError(f"cannot write output {path}: {exc.strerror or exc}") from None
        raise


def _emit_report(text: str, output: Path | None) -> None:
    if text and not text.endswith("\n"):
        text += "\n"
    if output is None or str(output) == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:  # `auditor scan | head`: the reader left; the exit code still counts
            try:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, sys.stdout.fileno())
                os.close(devnull)
            except (OSError, AttributeError, ValueError):
                pass
    else:
        write_atomic(output, text)


def _report_to_stderr(result: ScanResult, fail_on: str) -> None:
    """--verbose: what could not be analysed, and a one-line summary, on stderr."""
    for item in result.skipped:
        typer.echo(f"{PROG}: skipped {safe(item.path)}: {safe(item.reason)}", err=True)
    for inc in result.incomplete:
        where = f"{inc.path}:{inc.function}" if inc.function else inc.path
        typer.echo(f"{PROG}: incomplete {safe(where)}: {safe(inc.reason)}", err=True)
    gating = "" if fail_on == "never" else f", fail-on {fail_on}"
    typer.echo(
        f"{PROG}: {plural(result.files_scanned, 'file')} scanned, {len(result.skipped)} skipped, "
        f"{plural(len(result.findings), 'finding')}{gating} ({result.duration_seconds:.2f}s)",
        err=True,
    )
    st = result.stats
    if st.seconds:  # a scan ran (a diff scan reports its head scan's)
        reuse = "; nothing changed: the analysis came from the cache" if st.outcome_cached else ""
        typer.echo(f"{PROG}: cache: {plural(st.parsed, 'file')} parsed, {st.cached} read from the cache{reuse}", err=True)
        times = ", ".join(f"{stage} {sec:.2f}s" for stage, sec in st.seconds)
        typer.echo(f"{PROG}: time: {times}", err=True)


# ---------------------------------------------------------------------------------------------------
# commands


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"{PROG} {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", help="Show the version and exit.", callback=_version_callback, is_eager=True
        ),
    ] = False,
) -> None:
    """Static data-flow auditor for Amazon buyer data in Python code (never runs the code)."""


@app.command("scan")
def scan_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or directories to scan (default: the current directory).", show_default=False
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            callback=_check_format,
            help=f"Report format: {', '.join(_BASE_FORMATS)} or another registered renderer.",
        ),
    ] = "text",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write the report to FILE (atomically) instead of stdout."),
    ] = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 if a finding has this severity or higher ('never': always 0). "
            "Default: the config's fail-on, else low.",
            show_default=False,
        ),
    ] = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Parallel workers (default: the number of CPUs)."),
    ] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the cache.")] = False,
    cache_dir: Annotated[
        Path | None,
        typer.Option("--cache-dir", help="Cache directory (default: <root>/.auditor_cache)."),
    ] = None,
    strict_consent: Annotated[
        bool,
        typer.Option("--strict-consent", help="Report consent-gated flows as full findings, not notes."),
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary on stderr.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="List skipped files, a summary, cache use and the time of each stage on stderr.")
    ] = False,
    no_color: Annotated[bool, typer.Option("--no-color", help="Never colour the text report.")] = False,
    config_file: Annotated[
        Path | None,
        typer.Option(
            "--config",
            # (`\\[`: typer reads help as Rich markup, where a bare "[tool.auditor]" is a tag and vanishes)
            help="Configuration file (auditor.toml or a pyproject.toml with \\[tool.auditor]); "
            "default: found by walking up from the scanned path.",
        ),
    ] = None,
    baseline_file: Annotated[
        Path | None,
        typer.Option("--baseline", help="Report only findings not recorded in this baseline file."),
    ] = None,
    no_baseline: Annotated[
        bool, typer.Option("--no-baseline", help="Ignore the baseline named in the configuration.")
    ] = False,
    diff_base: Annotated[
        str | None,
        typer.Option(
            "--diff-base",
            metavar="REF",
            help="Pull-request mode: report only findings that are not present at the merge base with REF.",
        ),
    ] = None,
) -> None:
    """Scan Python code for Amazon buyer data flowing where Amazon's policies forbid."""
    with _user_errors(verbose):
        if quiet and verbose:
            raise UsageError("--quiet and --verbose cannot be used together")
        targets = tuple(paths) if paths else (Path("."),)
        for target in targets:
            if not os.path.exists(target):
                raise UsageError(f"path does not exist: {target}")
        options = build_options(
            targets,
            config_file=config_file,
            baseline_file=baseline_file,
            jobs=jobs,
            cache_dir=cache_dir,
            no_cache=no_cache,
            strict_consent=strict_consent,
            fail_on=fail_on,
            show_progress=progress_wanted(quiet),
            use_baseline=not no_baseline,
        )
        fail_on = options.fail_on
        from auditor import scan as scan_module  # late: keeps `auditor rules` fast and patchable

        with progress_reporter(options.show_progress) as progress:
            extra = {"progress": progress} if progress is not None else {}
            result = scan_module.run_scan(options, **extra)
        if diff_base is not None:
            from auditor.diffscan import run_diff_scan

            result = run_diff_scan(options, diff_base, head=result)
        from auditor import render as render_module

        color = use_color(fmt, no_color=no_color, to_file=output is not None and str(output) != "-")
        text = render_module.render(result, fmt, color=color)
        _emit_report(text, output)
        if verbose:
            _report_to_stderr(result, fail_on)
        code = gate_exit_code(result, fail_on)
    raise typer.Exit(code)


def build_options(
    targets: tuple[Path, ...],
    *,
    config_file: Path | None = None,
    baseline_file: Path | None = None,
    jobs: int | None = None,
    cache_dir: Path | None = None,
    no_cache: bool = False,
    strict_consent: bool = False,
    fail_on: str | None = None,
    show_progress: bool = False,
    use_baseline: bool = True,
) -> ScanOptions:
    """ScanOptions from the command line and the configuration (the command line wins)."""
    from auditor.config import Config, resolve_config

    config = resolve_config(targets, config_file)
    baseline = baseline_file
    if baseline is None and use_baseline:
        baseline = config.baseline_path()
    return ScanOptions(
        paths=targets,
        jobs=jobs if jobs is not None else (os.cpu_count() or 1),
        cache_dir=cache_dir,
        use_cache=not no_cache,
        strict_consent=strict_consent or bool(config.strict_consent),
        fail_on=fail_on or config.fail_on or "low",
        show_progress=show_progress,
        config=config if config != Config() else None,
        baseline=baseline if use_baseline else None,
    )


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


@app.command("report")
def report_command(
    results: Annotated[Path, typer.Argument(help="A JSON result file written by `auditor scan --format json`.")],
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Where to write the report (default: stdout).")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="Output format: html, sarif, markdown, text or json.")] = "html",
) -> None:
    """Render a saved JSON result as an HTML report (or another format) without scanning again."""
    from auditor.render import load_result, render

    with _user_errors():
        try:
            text = results.read_text(encoding="utf-8")
        except OSError as exc:
            _fail(f"cannot read {results}: {exc.strerror or exc}")
        try:
            result = load_result(text)
        except ValueError as exc:
            _fail(f"{results}: not an auditor JSON result: {exc}")
        fmt = _check_format(fmt)
        _emit_report(render(result, fmt), output)


@app.command("rules")
def rules_command(
    rule_id: Annotated[
        str | None,
        typer.Argument(help="A rule id (AMZ003) or name (pii-to-storage) to explain.", show_default=False),
    ] = None,
) -> None:
    """List the rules, or explain one."""
    if rule_id is None:
        typer.echo(format_rule_list(RULES), nl=False)
        return
    rule = get_rule(rule_id)
    if rule is None:
        known = ", ".join(r.id for r in RULES)
        _fail(f"unknown rule: {rule_id} (known rules: {known})")
    typer.echo(format_rule(rule), nl=False)


def format_rule_list(rules: Sequence[Rule]) -> str:
    """One line per rule: id, name, severity, title, policy clause refs."""
    header = ("ID", "NAME", "SEVERITY", "TITLE", "POLICY")
    rows = [header] + [
        (r.id, r.name, r.severity, r.title, ", ".join(c.ref for c in r.clauses)) for r in rules
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header) - 1)]
    lines = []
    for row in rows:
        cells = [cell.ljust(widths[i]) for i, cell in enumerate(row[:-1])] + [row[-1]]
        lines.append("  ".join(cells).rstrip())
    lines.append("")
    lines.append(f"Run '{PROG} rules <ID>' for the description, the policy clauses and the fix.")
    return "\n".join(lines) + "\n"


def format_rule(rule: Rule, width: int = 100) -> str:
    """Everything about one rule: what it finds, why, how to fix it, and each policy clause."""

    def para(text: str, indent: str = "  ") -> list[str]:
        return textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=indent) or [indent]

    out = [f"{rule.id}  {rule.name}  (severity: {rule.severity}, {rule.cwe})", rule.title, ""]
    out += ["Description:", *para(rule.description), ""]
    out += ["Why:", *para(rule.why), ""]
    out += ["Remediation:", *para(rule.remediation), ""]
    out.append("Policy clauses:")
    for clause in rule.clauses:
        out.append(f"  {clause.ref}  {clause.title}")
        out += para(f"Section: {clause.section}", "       ")
        out += para(clause.paraphrase, "       ")
        out.append(f"       {clause.url}")
    out.append("")
    if rule.cleared_by:
        out.append(f"Cleared by: {', '.join(rule.cleared_by)}")
    out.append(f"Docs: {rule.help_uri}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------------
# issue 4: init, baseline


@app.command("init")
def init_command(
    directory: Annotated[
        Path, typer.Argument(help="Where to write the config (default: the current directory).")
    ] = Path("."),
    pyproject: Annotated[
        bool, typer.Option("--pyproject", help="Append a \\[tool.auditor] section to pyproject.toml instead.")
    ] = False,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing auditor.toml.")] = False,
) -> None:
    """Write a commented starter configuration (auditor.toml)."""
    with _user_errors():
        from auditor.config import STARTER_CONFIG, starter_for_pyproject

        if not directory.is_dir():
            raise UsageError(f"not a directory: {directory}")
        if pyproject:
            target = directory / "pyproject.toml"
            existing = target.read_text(encoding="utf-8") if target.exists() else ""
            if "[tool.auditor" in existing:
                raise UsageError(f"{target} already has a [tool.auditor] section")
            sep = "\n" if existing and not existing.endswith("\n\n") else ""
            write_atomic(target, existing + sep + starter_for_pyproject())
        else:
            target = directory / "auditor.toml"
            if target.exists() and not force:
                raise UsageError(f"{target} already exists (use --force to overwrite)")
            write_atomic(target, STARTER_CONFIG)
        typer.echo(f"{PROG}: wrote {target}", err=True)


baseline_app = typer.Typer(help="Record the current findings so that scans report only new ones.", no_args_is_help=True)
app.add_typer(baseline_app, name="baseline")


@baseline_app.command("create")
def baseline_create_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Files or directories to scan (default: the current directory).", show_default=False),
    ] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="The baseline file to write.")
    ] = Path(".auditor-baseline.json"),
    config_file: Annotated[Path | None, typer.Option("--config", help="Configuration file.")] = None,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, help="Parallel workers.")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Do not read or write the cache.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Tracebacks for internal errors.")] = False,
) -> None:
    """Scan and record every current finding (inline-suppressed ones excluded) in a baseline file.

    Justifications already written in OUTPUT are kept for findings that still match."""
    with _user_errors(verbose):
        from auditor import __version__
        from auditor.baseline import load_baseline, render_baseline

        targets = tuple(paths) if paths else (Path("."),)
        for target in targets:
            if not os.path.exists(target):
                raise UsageError(f"path does not exist: {target}")
        options = build_options(targets, config_file=config_file, jobs=jobs, no_cache=no_cache, use_baseline=False)
        from auditor import scan as scan_module

        result = scan_module.run_scan(options)
        previous = load_baseline(output) if output.exists() else []
        write_atomic(output, render_baseline(result.findings, previous, __version__))
        typer.echo(f"{PROG}: recorded {len(result.findings)} finding(s) in {output}", err=True)
    raise typer.Exit(EXIT_OK)


# ---------------------------------------------------------------------------------------------------
# entry point


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with `argv` (default: sys.argv[1:]) and return the exit code."""
    command = typer.main.get_command(app)
    try:
        rv = command.main(
            args=list(argv) if argv is not None else None, prog_name=PROG, standalone_mode=False
        )
    except click.exceptions.NoArgsIsHelpError as exc:  # `auditor` alone: the help (rich prints it itself)
        if exc.format_message().strip():
            typer.echo(exc.format_message())
        return EXIT_USAGE
    except click.exceptions.UsageError as exc:
        hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
        typer.echo(error_line(exc.format_message()) + hint, err=True)
        return EXIT_USAGE
    except click.exceptions.ClickException as exc:
        typer.echo(error_line(exc.format_message()), err=True)
        return exc.exit_code if exc.exit_code not in (EXIT_OK, EXIT_FINDINGS) else EXIT_USAGE
    except (typer.Abort, KeyboardInterrupt):
        typer.echo(f"{PROG}: interrupted", err=True)
        return EXIT_INTERRUPTED
    return rv if isinstance(rv, int) else EXIT_OK


def main(argv: Sequence[str] | None = None) -> NoReturn:
    """Console-script entry point (`auditor`, `python -m auditor`)."""
    sys.exit(run(argv))
