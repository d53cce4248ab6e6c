"""The interactive HTML picture in a real headless browser: Playwright driving Debian's Chromium
(`make browser-deps` installs it). The page `kg analyse --plot page.html` writes for the Barnet
sample is opened as a file and checked as a reader would use it: no console errors; at 1024,
1366 and 1920 pixels wide the evidence panel is visible and at least 300 px wide and the
picture fits beside it; search highlights a body; Tab reaches a body and Enter shows its
evidence; zoom changes the view."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg_query_support import SAMPLE, kg

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

playwright = pytest.importorskip("playwright.sync_api", reason="the test extra installs playwright")
if not CHROMIUM.exists():
    pytest.skip("Chromium is not installed at /usr/bin/chromium (`make browser-deps` installs "
                "Debian's package; it needs root and apt-get)", allow_module_level=True)


@pytest.fixture(scope="module")
def page_file(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("page") / "barnet.html"
    result = kg("analyse", SAMPLE, "--plot", out)
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def browser():
    with playwright.sync_playwright() as p:  # Playwright gives the browser a fresh profile
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, page_file: Path, width: int, height: int = 800):
    page = browser.new_page(viewport={"width": width, "height": height})
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(page_file.as_uri())
    page.wait_for_selector("circle[data-id]")
    return page, errors


def rect(page, selector: str) -> dict:
    return page.eval_on_selector(selector, "e => { const r = e.getBoundingClientRect(); "
                                           "return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, "
                                           "width: r.width, height: r.height}; }")


@pytest.mark.parametrize("width", [1024, 1366, 1920])
def test_layout_keeps_the_evidence_panel_and_fits_the_picture(browser, page_file, width):
    page, errors = open_page(browser, page_file, width)
    try:
        panel, svg = rect(page, "#panel"), rect(page, "#net")
        assert panel["width"] >= 300 and panel["right"] <= width + 0.5 and panel["left"] >= 0
        assert panel["height"] > 400
        assert svg["width"] > 400 and svg["height"] > 300
        assert svg["right"] <= panel["left"] + 0.5  # side by side, not overlapping
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scrolling
        # every body is drawn inside the visible picture
        outside = page.evaluate("""() => { const s = document.getElementById('net').getBoundingClientRect();
            return Array.from(document.querySelectorAll('circle[data-id]')).filter(c => {
              const r = c.getBoundingClientRect();
              return r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1;
            }).length; }""")
        assert outside == 0
        assert errors == []
    finally:
        page.close()


def test_search_highlights_the_body_and_enter_shows_its_evidence(browser, page_file):
    page, errors = open_page(browser, page_file, 1366)
    try:
        page.fill("#search", "CAMHS")
        matches = page.eval_on_selector_all("circle.match", "cs => cs.map(c => c.getAttribute('aria-label'))")
        assert len(matches) == 1 and matches[0].startswith("Child and adolescent mental health services")
        assert page.inner_text("#status") == "1 body found"
        assert page.eval_on_selector("#net", "s => s.classList.contains('searching')")
        page.press("#search", "Enter")
        assert page.inner_text("#chosen") == "Child and adolescent mental health services (Barnet)"  # a council's own service says whose
        assert "Paragraph" in page.inner_text("#panel")
        page.press("#search", "Escape")
        assert page.eval_on_selector_all("circle.match", "cs => cs.length") == 0
        assert errors == []
    finally:
        page.close()


def test_keyboard_reaches_a_body_and_enter_shows_its_evidence(browser, page_file):
    page, errors = open_page(browser, page_file, 1024)
    try:
        page.focus("#net")
        page.keyboard.press("Tab")
        focused = page.evaluate("document.activeElement.getAttribute('aria-label') || ''")
        assert page.evaluate("document.activeElement.tagName") == "circle", focused
        page.keyboard.press("Enter")
        chosen = page.inner_text("#chosen")
        assert chosen and focused.startswith(chosen)
        assert "Ties" in page.inner_text("#panel")
        # the most central body comes first in tab order, the next one after it
        page.keyboard.press("Tab")
        second = page.evaluate("document.activeElement.getAttribute('aria-label')")
        assert second and second != focused
        assert errors == []
    finally:
        page.close()


def test_zoom_and_pan_change_the_view(browser, page_file):
    page, errors = open_page(browser, page_file, 1366)
    try:
        before = page.get_attribute("#net", "viewBox").split()
        page.click("#zoom-in")
        zoomed = page.get_attribute("#net", "viewBox").split()
        assert float(zoomed[2]) < float(before[2])
        page.focus("#net")
        page.keyboard.press("ArrowRight")
        panned = page.get_attribute("#net", "viewBox").split()
        assert float(panned[0]) > float(zoomed[0])
        page.click("#zoom-reset")
        assert page.get_attribute("#net", "viewBox").split() == before
        box = rect(page, "#net")
        page.mouse.move(box["left"] + box["width"] / 2, box["top"] + box["height"] / 2)
        page.mouse.wheel(0, -300)
        page.wait_for_function(f"document.getElementById('net').getAttribute('viewBox') !== '{' '.join(before)}'")
        assert errors == []
    finally:
        page.close()


def test_community_numbering_matches_the_table(browser, page_file):
    page, errors = open_page(browser, page_file, 1366)
    try:
        first = page.inner_text("ul.groups li:first-child")
        assert first.startswith("Community 1 ")
        table = kg("analyse", SAMPLE).stdout
        members = table.split("Communities (", 1)[1].split("\n  1. ", 1)[1].split("\n", 1)[0]
        size = members.split(")", 1)[0].lstrip("(")
        assert first.startswith(f"Community 1 ({size})")
        assert errors == []
    finally:
        page.close()

