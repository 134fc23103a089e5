"""End to end in real headless Chromium: filter the events, open one, check the highlighted spans,
draw the network, timeline, map and actor page, switch language; screenshots go to test-artifacts/."""

from __future__ import annotations

import json
import urllib.request
from pathlib import Path
from typing import Any

import pytest

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="/usr/bin/chromium is absent"),
]
pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


def _ready(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_selector("body[data-ready=true]")


def test_filter_open_event_and_check_highlights(server: str, page: Any, artifacts: Path) -> None:
    _ready(page, f"{server}/")
    assert page.evaluate("[document.documentElement.dir, document.documentElement.lang]") == ["rtl", "ar"]
    assert page.locator("#events-table tbody tr").count() == 5
    page.select_option("#f-type", "ASSAULT")
    page.wait_for_function("document.querySelector('#events-total')?.dataset.total === '2'")
    page.wait_for_selector("body[data-ready=true]")
    types = page.locator("#events-table tbody tr").evaluate_all("rows => rows.map(r => r.dataset.type)")
    assert types == ["ASSAULT", "ASSAULT"]
    assert "type=ASSAULT" in page.url

    page.locator("#events-table tbody tr[data-event='a2-e0'] a.event-link").click()
    page.wait_for_selector("#doc-text")
    page.wait_for_selector("body[data-ready=true]")
    text = page.locator("#doc-text")
    assert (text.get_attribute("dir"), text.get_attribute("lang")) == ("rtl", "ar")
    with urllib.request.urlopen(f"{server}/api/events/a2-e0?doc_id=a2") as r:
        record = json.load(r)["event"]
    colours = set()
    for role in ("trigger", "source", "target"):
        marks = page.locator(f"#doc-text mark[data-role={role}]")
        assert marks.count() >= 1, role
        assert "".join(marks.all_text_contents()) == record[role]["text"], role
        colours.add(marks.first.evaluate("m => getComputedStyle(m).backgroundColor"))
    assert len(colours) == 3  # trigger, source and target are told apart by colour
    assert "".join(page.locator("#doc-text mark[data-role=location]").all_text_contents()) == "طهران"
    assert page.locator("#legend .sw").count() >= 3
    assert page.locator("#rec-type").get_attribute("data-type") == "ASSAULT"
    page.screenshot(path=str(artifacts / "browser-event.png"), full_page=True)


VIEWS = [("network", "#network-chart .node circle", 4), ("timeline", "#timeline-chart rect.bar", 5),
         ("map", "#map-chart circle.place", 2), ("actor/PAK", "#timeline-chart rect.bar", 4)]


@pytest.mark.parametrize(("route", "selector", "count"), VIEWS, ids=[v[0] for v in VIEWS])
def test_charts_are_drawn(server: str, page: Any, artifacts: Path, route: str, selector: str, count: int) -> None:
    _ready(page, f"{server}/#/{route}")
    page.wait_for_selector(selector)
    assert page.locator(selector).count() == count
    if route == "map":
        assert page.locator("#map-chart path.country").count() > 200  # the bundled world boundaries
    page.wait_for_timeout(600)  # let the force layout settle before the screenshot
    page.screenshot(path=str(artifacts / f"browser-{route.replace('/', '-')}.png"), full_page=True)


def test_data_is_shown_as_text_never_as_html(server: str, page: Any) -> None:
    from api_fakes import TITLES

    _ready(page, f"{server}/#/event/a3-e1?doc=a3")
    page.wait_for_selector("#record")
    assert TITLES["a3"] in page.locator("#record").inner_text()
    assert page.locator("#record img").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None


def test_language_toggle(server: str, page: Any) -> None:
    _ready(page, f"{server}/")
    assert page.locator("#nav a[data-route=events]").inner_text() == "الأحداث"
    page.click("#lang")
    page.wait_for_selector("html[dir=ltr]")
    assert page.locator("#nav a[data-route=events]").inner_text() == "Events"
    assert page.evaluate("document.documentElement.lang") == "en"
    page.click("#lang")
    page.wait_for_selector("html[dir=rtl]")
