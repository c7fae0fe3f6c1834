"""Issue 5: the same findings cold, warm and with any --jobs; a cache that is never trusted blindly."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from auditor import ir, scan
from auditor.cache import SummaryCache
from auditor.config import Config
from auditor.lower import lower_source
from auditor.options import ScanOptions
from auditor.scan import run_scan

REPO = Path(__file__).resolve().parents[1]
DEMO = REPO / "fixtures" / "demo"


def _opts(root: Path, **kw: object) -> ScanOptions:
    # the trees below live in tmp_path; scan every file as the fixtures corpus does
    return ScanOptions(paths=(root,), config=Config(respect_gitignore=False), **kw)  # type: ignore[arg-type]


def _key(result: object) -> list[tuple]:
    return [
        (f.rule_id, f.location.path, f.location.line, f.location.column, f.fingerprint, f.message)
        for f in result.findings  # type: ignore[attr-defined]
    ]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    root = tmp_path / "demo"
    shutil.copytree(DEMO, root)
    return root


@pytest.fixture
def many(tmp_path: Path) -> Path:
    """The demo project plus enough extra modules to go through the worker pool."""
    root = tmp_path / "many"
    shutil.copytree(DEMO, root)
    pkg = root / "order_sync"
    for i in range(scan.PARALLEL_MIN_FILES + 6):
        (pkg / f"extra_{i}.py").write_text(
            "from .amazon_client import fetch_buyer_info\n"
            "import logging\n"
            "log = logging.getLogger(__name__)\n\n"
            f"def report_{i}(order_id):\n"
            "    buyer = fetch_buyer_info(order_id)\n"
            f"    log.info('{i}: %s', buyer['BuyerEmail'])\n"
        )
    return root


def test_same_findings_cold_warm_and_any_jobs(many: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cold = run_scan(_opts(many, jobs=2, cache_dir=cache_dir))
    assert cold.findings, "the demo project has findings"
    assert any(p.suffix == ".pickle" for p in cache_dir.rglob("*")), "the cold scan filled the cache"
    warm = run_scan(_opts(many, jobs=2, cache_dir=cache_dir))
    one = run_scan(_opts(many, jobs=1, use_cache=False))
    two = run_scan(_opts(many, jobs=2, use_cache=False))
    three = run_scan(_opts(many, jobs=3, use_cache=False))
    assert _key(cold) == _key(warm) == _key(one) == _key(two) == _key(three)
    assert cold.files_scanned == warm.files_scanned == one.files_scanned
    assert cold.skipped == warm.skipped == one.skipped


def test_demo_findings_identical_cold_warm_jobs(demo: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "cache"
    cold = run_scan(_opts(demo, jobs=1, cache_dir=cache_dir))
    warm = run_scan(_opts(demo, jobs=1, cache_dir=cache_dir))
    j2 = run_scan(_opts(demo, jobs=2, use_cache=False))
    assert cold.findings and _key(cold) == _key(warm) == _key(j2)


def test_warm_scan_parses_nothing(many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir = tmp_path / "cache"
    cold = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))

    def boom(*a: object, **k: object) -> None:
        raise AssertionError("a warm scan must not parse")

    monkeypatch.setattr(scan, "summarize_file", boom)
    warm = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    assert _key(warm) == _key(cold)


def test_one_changed_file_is_reparsed_and_its_findings_change(many: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache_dir = tmp_path / "cache"
    run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    target = many / "order_sync" / "extra_0.py"
    target.write_text(target.read_text().replace("buyer['BuyerEmail']", "order_id"))
    parsed: list[str] = []
    real = scan.summarize_file

    def spy(path: str, rel: str, mx: int) -> object:
        parsed.append(rel)
        return real(path, rel, mx)

    monkeypatch.setattr(scan, "summarize_file", spy)
    after = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    assert parsed == ["order_sync/extra_0.py"]
    fresh = run_scan(_opts(many, jobs=1, use_cache=False))
    assert _key(after) == _key(fresh)
    assert not any(f.location.path == "order_sync/extra_0.py" for f in after.findings)


def test_scan_stats_say_what_was_parsed_and_what_came_from_the_cache(many: Path, tmp_path: Path) -> None:
    """`--verbose` reports these: a CI user seeing a slow scan needs to know whether the cache
    worked. The counts are exact; the stage times are there for each stage that ran."""
    cache_dir = tmp_path / "cache"
    n = len(list(many.rglob("*.py")))
    cold = run_scan(_opts(many, jobs=1, cache_dir=cache_dir)).stats
    assert (cold.parsed, cold.cached, cold.outcome_cached) == (n, 0, False)
    assert [stage for stage, _s in cold.seconds] == ["discover", "read", "parse", "analyse", "judge"]
    assert all(sec >= 0 for _stage, sec in cold.seconds)
    warm = run_scan(_opts(many, jobs=1, cache_dir=cache_dir)).stats
    assert (warm.parsed, warm.cached, warm.outcome_cached) == (0, n, True)
    assert [stage for stage, _s in warm.seconds] == ["discover", "read", "judge"]
    target = many / "order_sync" / "extra_0.py"
    target.write_text(target.read_text() + "\n\ndef added(x):\n    return x\n")
    one = run_scan(_opts(many, jobs=1, cache_dir=cache_dir)).stats
    assert (one.parsed, one.cached, one.outcome_cached) == (1, n - 1, False)
    off = run_scan(_opts(many, jobs=1, use_cache=False)).stats
    assert (off.parsed, off.cached, off.outcome_cached) == (n, 0, False)


def test_verbose_prints_cache_use_and_stage_times(many: Path, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from auditor.cli import app

    runner = CliRunner()
    args = ["scan", str(many), "--cache-dir", str(tmp_path / "cache"), "--jobs", "1", "-o", str(tmp_path / "r.txt")]
    first = runner.invoke(app, [*args, "-v"])
    n = len(list(many.rglob("*.py")))
    assert f"auditor: cache: {n} files parsed, 0 read from the cache\n" in first.stderr
    assert "auditor: time: discover " in first.stderr and ", analyse " in first.stderr
    again = runner.invoke(app, [*args, "-v"])
    assert (
        f"auditor: cache: 0 files parsed, {n} read from the cache; nothing changed: the analysis came from the cache\n"
        in again.stderr
    )
    quiet = runner.invoke(app, args)
    assert "cache:" not in quiet.stderr and "time:" not in quiet.stderr
    edited = sorted(many.rglob("*.py"))[0]
    edited.write_text(edited.read_text() + "\n\ndef added():\n    return 1\n")
    one = runner.invoke(app, [*args, "-v"])
    assert f"auditor: cache: 1 file parsed, {n - 1} read from the cache\n" in one.stderr


# ------------------------------------------------------------------ the cache itself


def _module(text: str = "x = 1\n", rel: str = "m.py") -> ir.Module:
    return lower_source(text, rel)


def test_round_trip_and_key_depends_on_content_and_path(tmp_path: Path) -> None:
    c = SummaryCache(tmp_path / "c")
    a = c.key_for_bytes(b"x = 1\n", "m.py")
    assert a != c.key_for_bytes(b"x = 2\n", "m.py")
    assert a != c.key_for_bytes(b"x = 1\n", "pkg/m.py")
    m = _module()
    c.put(a, m)
    assert c.get(a) == m
    assert (tmp_path / "c" / ".gitignore").read_text() == "*\n"


DAY = 24 * 3600


def _age(path: Path, days: float, now: float) -> None:
    os.utime(path, (now - days * DAY, now - days * DAY))


def test_entries_unused_for_a_month_are_pruned_once_a_day(tmp_path: Path) -> None:
    """Every version of every file gets an entry, so a cache kept between CI runs would only grow:
    entries no scan used for PRUNE_AFTER_DAYS go, and so do temporary files a killed scan left."""
    from auditor.cache import PRUNE_AFTER_DAYS

    c = SummaryCache(tmp_path / "c")
    old_key, new_key = c.key_for_bytes(b"x = 1\n", "m.py"), c.key_for_bytes(b"x = 2\n", "m.py")
    c.put(old_key, _module())
    c.put(new_key, _module("x = 2\n"))
    c.put_result("r" * 64, {"findings": []})
    now = time.time()
    _age(c._file(old_key), PRUNE_AFTER_DAYS + 1, now)
    _age(c._file("r" * 64, "r"), PRUNE_AFTER_DAYS + 1, now)
    _age(c._file(new_key), PRUNE_AFTER_DAYS - 1, now)
    leftover = c._file(new_key).parent / ".tmp-abandoned"
    leftover.write_bytes(b"half an entry")
    _age(leftover, 2, now)
    top_tmp = tmp_path / "c" / ".tmp-gitignore"
    top_tmp.write_text("*\n")
    _age(top_tmp, 2, now)
    fresh_tmp = c._file(new_key).parent / ".tmp-being-written"
    fresh_tmp.write_bytes(b"another scan is writing this")
    foreign = c._file(new_key).parent / "notes.txt"
    foreign.write_text("not ours")
    _age(foreign, 400, now)
    assert c.prune(now) == 4
    assert not c._file(old_key).exists() and not c._file("r" * 64, "r").exists()
    assert not leftover.exists() and not top_tmp.exists()
    assert (tmp_path / "c" / ".gitignore").exists()
    assert c.get(new_key) is not None and fresh_tmp.exists() and foreign.exists()
    # a second scan the same day does not look again
    c.put(old_key, _module())
    _age(c._file(old_key), PRUNE_AFTER_DAYS + 1, now)
    assert c.prune(now + 3600) == 0 and c._file(old_key).exists()
    assert c.prune(now + DAY + 1) == 2  # the old entry, and the temporary file now a day old
    assert not c._file(old_key).exists() and not fresh_tmp.exists()


def test_a_hit_keeps_an_entry_from_being_pruned(tmp_path: Path) -> None:
    from auditor.cache import PRUNE_AFTER_DAYS

    c = SummaryCache(tmp_path / "c")
    key = c.key_for_bytes(b"x = 1\n", "m.py")
    c.put(key, _module())
    now = time.time()
    _age(c._file(key), PRUNE_AFTER_DAYS + 5, now)
    assert c.get(key) is not None  # used today
    assert c._file(key).stat().st_mtime > now - DAY
    assert c.prune(now) == 0 and c.get(key) is not None


def test_a_scan_prunes_old_versions_and_keeps_what_it_used(many: Path, tmp_path: Path) -> None:
    from auditor.cache import PRUNE_AFTER_DAYS

    cache_dir = tmp_path / "cache"
    first = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    target = many / "order_sync" / "extra_0.py"
    target.write_text(target.read_text() + "\n\ndef added(x):\n    return x\n")
    now = time.time()
    for p in cache_dir.rglob("*.pickle"):  # everything a month old, and no prune for a day
        _age(p, PRUNE_AFTER_DAYS + 1, now)
    _age(cache_dir / ".last-prune", 2, now)
    second = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    left = {p.name for p in cache_dir.rglob("*.pickle")}
    n = len(list(many.rglob("*.py")))
    # every file's current entry (read or written by this scan) and this scan's result: the old
    # version of extra_0.py and the first scan's result are gone
    assert len(left) == n + 1
    assert second.stats.parsed == 1
    assert _key(run_scan(_opts(many, jobs=1, cache_dir=cache_dir))) == _key(second) == _key(first)


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b""),
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: p.write_bytes(b"garbage\x00\xff" * 10),
        lambda p: p.write_bytes(pickle.dumps(_module())),  # no header: from an older layout
        lambda p: p.write_bytes(p.read_bytes().replace(b"f:", b"r:", 1)),  # wrong kind
    ],
)
def test_corrupt_entry_is_ignored_and_rebuilt(tmp_path: Path, damage: object) -> None:
    root = tmp_path / "proj"
    root.mkdir()
    (root / "m.py").write_text("import logging\nlogging.info('hi')\n")
    cache_dir = tmp_path / "c"
    first = run_scan(_opts(root, jobs=1, cache_dir=cache_dir))
    entries = [p for p in cache_dir.rglob("*.pickle") if p.parent.name != "results"]
    assert len(entries) == 1
    damage(entries[0])  # type: ignore[operator]
    for r in (cache_dir / "results").glob("*.pickle"):
        r.unlink()  # force the per-file entry to be read
    c = SummaryCache(cache_dir)
    key = c.key(root / "m.py", "m.py")
    assert key is not None and c.get(key) is None
    again = run_scan(_opts(root, jobs=1, cache_dir=cache_dir))
    assert _key(again) == _key(first) and again.files_scanned == 1
    assert SummaryCache(cache_dir).get(key) is not None, "the bad entry was rebuilt"


def test_entry_under_another_key_is_not_trusted(tmp_path: Path) -> None:
    c = SummaryCache(tmp_path / "c")
    k1 = c.key_for_bytes(b"a = 1\n", "m.py")
    k2 = c.key_for_bytes(b"b = 2\n", "m.py")
    c.put(k1, _module("a = 1\n"))
    c._file(k2).parent.mkdir(parents=True, exist_ok=True)
    c._file(k2).write_bytes(c._file(k1).read_bytes())  # a misplaced entry, e.g. from a bad copy
    assert c.get(k2) is None


def test_stale_result_is_not_reused_after_an_edit(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    shutil.copytree(DEMO, root)
    cache_dir = tmp_path / "c"
    before = run_scan(_opts(root, jobs=1, cache_dir=cache_dir))
    store = root / "order_sync" / "store.py"
    store.write_text(store.read_text() + "\n\ndef dump(conn, buyer):\n    conn.execute('x', (buyer['BuyerEmail'],))\n")
    after = run_scan(_opts(root, jobs=1, cache_dir=cache_dir))
    fresh = run_scan(_opts(root, jobs=1, use_cache=False))
    assert _key(after) == _key(fresh)
    assert len(after.findings) >= len(before.findings)


def test_read_only_cache_dir_scans_without_caching(tmp_path: Path) -> None:
    root = tmp_path / "proj"
    shutil.copytree(DEMO, root)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    result = run_scan(_opts(root, jobs=1, cache_dir=blocker / "cache"))
    assert result.findings and result.files_scanned == 9


def _scan_in_child(root: str, cache_dir: str, out: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    r = run_scan(_opts(Path(root), jobs=1, cache_dir=Path(cache_dir)))
    out.put(_key(r))


def test_two_scans_at_once_share_a_cache(many: Path, tmp_path: Path) -> None:
    cache_dir = tmp_path / "shared"
    ctx = multiprocessing.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_scan_in_child, args=(str(many), str(cache_dir), q)) for _ in range(3)]
    for p in procs:
        p.start()
    results = [q.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
        assert p.exitcode == 0
    expected = _key(run_scan(_opts(many, jobs=1, use_cache=False)))
    assert all(r == expected for r in results)
    assert not list(cache_dir.rglob(".tmp-*")), "no temporary files left behind"
    warm = run_scan(_opts(many, jobs=1, cache_dir=cache_dir))
    assert _key(warm) == expected


def test_progress_callback_sees_every_file(many: Path) -> None:
    seen: list[tuple[str, int, int]] = []
    run_scan(_opts(many, jobs=2, use_cache=False), progress=lambda s, d, t: seen.append((s, d, t)))
    parse = [(d, t) for s, d, t in seen if s == "parse"]
    assert parse[-1][0] == parse[-1][1] > scan.PARALLEL_MIN_FILES
    assert [s for s, _d, _t in seen if s != "parse"][-2:] == ["analyse", "report"]


def test_progress_only_on_a_terminal_outside_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    from auditor.progress import progress_wanted

    class Tty:
        def isatty(self) -> bool:
            return True

    class Pipe:
        def isatty(self) -> bool:
            return False

    for var in ("CI", "GITHUB_ACTIONS", "GITLAB_CI", "BUILDKITE", "JENKINS_URL", "TF_BUILD", "TEAMCITY_VERSION"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert progress_wanted(False, Tty())
    assert not progress_wanted(True, Tty())
    assert not progress_wanted(False, Pipe())
    monkeypatch.setenv("CI", "true")
    assert not progress_wanted(False, Tty())


def test_function_bodies_are_kept_pickled_and_read_back_whole() -> None:
    """Bodies are stored as bytes (memory: Django's whole tree holds ~45 MB instead of ~430 MB of
    statement objects) and unpickled when analysed; once dropped from the small LRU (cleared here),
    a body reads back equal, and a summary round-trips through the cache's pickle unchanged."""
    mod = lower_source(
        "import logging\n"
        "def notify(order):\n"
        "    email = order['BuyerEmail']\n"
        "    if email:\n"
        "        logging.info('mail %s', email)\n"
        "    return email\n",
        "shop/notify.py",
    )
    fn = next(f for f in mod.functions if f.name == "notify")
    assert isinstance(fn.code, bytes)
    first = fn.body
    assert [type(s).__name__ for s in first] == ["Assign", "If", "Return"]
    ir._unpack_body.cache_clear()
    again = fn.body
    assert again == first and again is not first
    back = pickle.loads(pickle.dumps(mod, protocol=pickle.HIGHEST_PROTOCOL))
    assert next(f for f in back.functions if f.name == "notify").body == first
