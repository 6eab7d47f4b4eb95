"""The staff review pages in a real browser (Debian's Chromium): axe-core finds no
serious WCAG 2.2 AA problems on any page, at desktop and phone width, and the app can
be used by keyboard alone, from signing in to revealing a transcript."""
from __future__ import annotations

import time

import pytest

from tests.browser.conftest import AXE_SCRIPT, DESKTOP, PHONE
from tests.integration import staff_support as support

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PAGES = ["/staff/login", "/staff/conversations", "/staff/conversations?q=nothing-matches-this",
         "/staff/transcript?id=a11y-callback", "/staff/callbacks", "/staff/summary", "/staff/erase", "/staff/audit",
         "/staff/directory/", "/staff/directory/?show=unverified", "/staff/directory/service/dementia_uk"]


@pytest.fixture(scope="module")
def staff_app(tmp_path_factory, browser_tools):
    now = time.time()
    rows = support.conversation("a11y-callback", now - 600, [
        ("my dad has dementia and I need a break", "dementia"), ("blah", "nlu_fallback")],
        situations=["dementia", "breaks_respite"], signposted=["carers_hub_lambeth"],
        form={"callback_name": "Sade Adu", "callback_contact": "07700 900999", "callback_time": "mornings"})
    rows += support.conversation("a11y-crisis", now - 300, [("I can't go on", "crisis")], channel="socketio")
    started = support.start_staff_app(tmp_path_factory.mktemp("staff-a11y"), rows,
                                      callbacks=(("a11y-callback", "Sade Adu", "07700 900999"),))
    yield started
    started.stop()


def _sign_in(page, base: str) -> None:
    page.goto(f"{base}/staff/login")
    page.get_by_label("Username").fill(support.ADMIN)
    page.get_by_label("Password").fill(support.ADMIN_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/staff/conversations")


def _axe_problems(page) -> list[str]:
    page.add_script_tag(path=str(AXE_SCRIPT))
    results = page.evaluate(
        "(tags) => axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })",
        WCAG_TAGS)
    assert results["passes"] or results["violations"], "axe checked nothing"
    return [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["1280px", "360px"])
def test_axe_finds_no_serious_problems_on_any_staff_page(new_context, staff_app, viewport):
    # The pages allow no scripts at all (CSP); only this test's browser may add axe.
    page = new_context(viewport=viewport, bypass_csp=True).new_page()
    _sign_in(page, staff_app.base)
    problems = {}
    for path in PAGES:
        page.goto(staff_app.base + path)
        found = _axe_problems(page)
        if found:
            problems[path] = found
    assert not problems, problems


def test_the_app_works_by_keyboard_alone(new_context, staff_app):
    page = new_context(viewport=DESKTOP).new_page()
    page.goto(f"{staff_app.base}/staff/login")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to main content"
    page.keyboard.press("Tab")
    page.keyboard.type(support.ADMIN)
    page.keyboard.press("Tab")
    page.keyboard.type(support.ADMIN_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url("**/staff/conversations")
    # Search by keyboard: the search box is a labelled field in the first form.
    page.get_by_label("Words the carer wrote").focus()
    page.keyboard.type("dementia")
    page.keyboard.press("Enter")
    page.wait_for_url("**q=dementia**")
    link = page.locator("a[href*='a11y-callback']")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/staff/transcript?id=a11y-callback")
    assert "Sade" not in page.content() and "[name]" in page.inner_text("main")
    page.get_by_label("Why do you need to see it?").focus()
    page.keyboard.type("carer asked for a copy on the phone")
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # the Reveal button
    assert "Sade Adu" in page.inner_text("main")
    outline = page.evaluate("""() => { const button = document.querySelector('.sign-out button'); button.focus();
                                        return getComputedStyle(button).outlineStyle; }""")
    assert outline != "none"  # focus can be seen


def test_an_admin_edits_a_service_in_the_browser(new_context, staff_app):
    """The edit form with no scripts: a bad number is refused with the field named, the
    typed text is kept, the corrected one is saved, and each state passes axe."""
    page = new_context(viewport=DESKTOP, bypass_csp=True).new_page()
    _sign_in(page, staff_app.base)
    page.goto(f"{staff_app.base}/staff/directory/service/dementia_uk")
    number = page.locator("#c1_value")
    assert number.input_value() == "0800 888 6678"
    number.fill("0207 12")
    page.get_by_label("Notes for staff (never shown to carers)", exact=True).fill("Checked by phone today.")
    with page.expect_navigation():
        page.get_by_role("button", name="Save changes").click()
    alert = page.get_by_role("alert")
    assert "Nothing was saved" in alert.inner_text() and "Contact 1 phone" in alert.inner_text()
    assert page.locator("#c1_value").input_value() == "0207 12"  # what was typed is kept
    assert not _axe_problems(page)
    page.locator("#c1_value").fill("020 7946 0700")
    page.locator("#c1_checked").fill(time.strftime("%Y-%m-%d"))
    with page.expect_navigation():
        page.get_by_role("button", name="Save changes").click()
    status = page.get_by_role("status")
    assert "changes saved" in status.inner_text() and "unverified" not in status.inner_text()
    assert "020 7946 0700" in page.inner_text("#history + .table-wrap, main")
    assert not _axe_problems(page)
