"""The HTML report in a real headless Chromium: no console errors, no network, working filters.

Needs the Debian ``chromium`` package and Playwright's Python package (.ci/install-browser.sh);
Playwright's own browser download is not used.
"""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_html_samples import empty_result, fixed_meta, hostile_result, sample_result

from auditor.render.html import render_html

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "test-output"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not Path(CHROMIUM).exists() or importlib.util.find_spec("playwright") is None,
        reason="needs /usr/bin/chromium and the playwright package: run .ci/install-browser.sh",
    ),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


class Page:
    """An opened report with everything the page asked the network for and logged as an error."""

    def __init__(self, browser: object, html: str, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(html, encoding="utf-8")
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(self.url, wait_until="load")

    def visible_ids(self) -> list[str]:
        return self.page.eval_on_selector_all(
            "#findings details.finding, #consent details.finding",
            "els => els.filter(e => !e.hidden && e.offsetParent !== null).map(e => e.id)",
        )

    def wait_status(self, text: str) -> None:
        """Wait for the (debounced) filter to report text in its live status line."""
        self.page.wait_for_function(
            "t => document.getElementById('filter-status').textContent.includes(t)", arg=text
        )

    def close(self) -> None:
        self.context.close()


def test_filters_search_network_and_screenshot(browser: object) -> None:
    page = Page(browser, render_html(sample_result(), meta=fixed_meta()), OUTPUT / "report.html")
    try:
        p = page.page
        OUTPUT.mkdir(exist_ok=True)
        p.screenshot(path=str(OUTPUT / "report.png"), full_page=True)
        p.screenshot(path=str(OUTPUT / "report-top.png"))
        everything = page.visible_ids()
        assert len(everything) == 9  # 8 violations + 1 consent-gated note

        p.select_option("#f-rule", "AMZ005")
        assert len(page.visible_ids()) == 1
        assert p.get_attribute(f"#{page.visible_ids()[0]}", "data-rule") == "AMZ005"
        assert "1 of 9" in p.inner_text("#filter-status")

        p.select_option("#f-rule", "AMZ001")
        assert len(page.visible_ids()) == 4  # three violations and the consent-gated note

        p.select_option("#f-rule", "")
        p.fill("#f-search", "klaviyo")
        page.wait_status("1 of 9")
        assert len(page.visible_ids()) == 1
        assert "Klaviyo" in p.inner_text(f"#{page.visible_ids()[0]} summary")

        p.fill("#f-search", "nothing matches this")
        page.wait_status("0 of 9")
        assert page.visible_ids() == []
        assert p.is_visible("#findings .empty-filter")

        p.click("button[type=reset]")
        page.wait_status("9 findings shown")
        assert page.visible_ids() == everything

        # Keyboard: the search box is reachable with Tab and typing filters.
        p.focus("#f-file")
        p.keyboard.press("Tab")
        assert p.evaluate("document.activeElement.id") == "f-search"
        p.keyboard.type("smtplib")
        page.wait_status("1 of 9")
        p.fill("#f-search", "")
        page.wait_status("9 findings shown")

        # Print: every finding expanded.
        p.evaluate("document.querySelectorAll('details.finding').forEach(d => d.open = false)")
        p.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert p.evaluate("[...document.querySelectorAll('details.finding')].every(d => d.open)")
        p.evaluate("window.dispatchEvent(new Event('afterprint'))")
        p.select_option("#f-rule", "AMZ005")
        p.emulate_media(media="print")
        assert not p.is_visible("#filters")
        laid_out = "els => els.filter(e => e.offsetParent !== null).length"
        assert p.eval_on_selector_all("details.finding", laid_out) == 9  # print files every finding
        p.emulate_media(media="screen")

        assert page.errors == []
        assert page.requests == [page.url]
    finally:
        page.close()


def test_hostile_report_runs_no_injected_script(browser: object) -> None:
    page = Page(browser, render_html(hostile_result(), meta=fixed_meta()), OUTPUT / "hostile.html")
    try:
        p = page.page
        p.on("dialog", lambda d: page.errors.append("dialog: " + d.message))
        p.wait_for_timeout(200)
        assert p.evaluate("document.querySelectorAll('script').length") == 2  # the JSON block and ours
        assert "<script>alert(1)</script>" in p.inner_text("#findings")
        assert page.errors == []
        assert page.requests == [page.url]
    finally:
        page.close()


def test_empty_report(browser: object) -> None:
    page = Page(browser, render_html(empty_result(), meta=fixed_meta()), OUTPUT / "empty.html")
    try:
        assert page.page.is_visible("text=No violations found")
        assert page.errors == []
        assert page.requests == [page.url]
    finally:
        page.close()


def test_chromium_is_the_debian_one() -> None:
    assert shutil.which("chromium") or Path(CHROMIUM).exists()
