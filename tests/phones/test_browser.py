"""Real phones, nearly: Debian's Chromium driven by Playwright at 390x844 with touch.

One browser for the module, one context (its own cookies, a fresh profile) per phone. Every
response the server sends a phone is kept and inspected: before the reveal none carries anyone
else's vote. Chromium comes from apt (scripts/bootstrap.sh); Playwright's own download cannot
work offline.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from phone_room import Room

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.phones import PhoneServer

playwright_sync = pytest.importorskip("playwright.sync_api")
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "has_touch": True,
    "is_mobile": True,
    "locale": "en-US",  # the page follows the phone's language: say which
}
SHOTS = os.environ.get("XSECTOR_SCREENSHOTS")  # a folder: save the phone page there


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not os.path.exists(CHROMIUM):
        if os.environ.get("CI"):
            pytest.fail("Chromium is missing: scripts/bootstrap.sh installs it (apt-get chromium)")
        pytest.skip("no /usr/bin/chromium (run scripts/bootstrap.sh as root)")
    with playwright_sync.sync_playwright() as playwright:
        # launch() gives every run a fresh, temporary profile of its own.
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


class Phone:
    """One phone: a browser context and page, and every response the server sent it."""

    def __init__(self, browser: Any, address: str, who: str, **options: Any) -> None:
        self.who = who
        self.context = browser.new_context(**{**PHONE, **options})
        self.page = self.context.new_page()
        self.responses: list[tuple[float, str, str]] = []
        self.page.on("response", self._keep)
        self.page.goto(address)

    def _keep(self, response: Any) -> None:
        try:
            text = response.text()
        except Exception:  # a long poll cut short when the page closes
            return
        self.responses.append((time.monotonic(), response.url, text))

    def tap(self, name: str) -> None:
        self.page.get_by_role("button", name=name, exact=True).tap()

    def says(self, text: str, timeout: float = 5000) -> None:
        playwright_sync.expect(self.page.get_by_text(text).first).to_be_visible(timeout=timeout)

    def shot(self, name: str, top: str = "body") -> None:
        """Save the screen as the phone shows it, with `top` scrolled to the top."""
        if SHOTS:
            self.page.locator(top).evaluate("node => node.scrollIntoView()")
            self.page.screenshot(path=str(Path(SHOTS) / name), full_page=False)


def api_states(phone: Phone, before: float) -> list[dict[str, Any]]:
    """The JSON states sent to this phone before `before` (a time.monotonic() value)."""
    states = []
    for at, url, text in phone.responses:
        if at < before and "/api/" in url:
            body = json.loads(text)
            if "version" in body:
                states.append(body)
    return states


@pytest.fixture
def served(room_factory: Callable[..., Room]) -> Iterator[tuple[Room, str]]:
    room = room_factory()
    room.facilitate(lambda s: s.set_position("representatives", 1))
    with PhoneServer(room.desk, "127.0.0.1", 0) as server:
        yield room, server.address


def test_three_phones_join_vote_comment_change_and_see_the_reveal(
    browser: Any, served: tuple[Room, str]
) -> None:
    room, address = served
    phones = {name: Phone(browser, address, name) for name in ("Ana", "Ben", "Cy")}
    for name, phone in phones.items():
        phone.tap(name)
        phone.says(f"Voting as {name}")
        playwright_sync.expect(phone.page.locator("#card-title")).to_have_text("Representatives")

    # A fourth phone finds Ana taken, and is refused if it tries anyway.
    fourth = Phone(browser, address, "fourth")
    playwright_sync.expect(fourth.page.get_by_role("button", name="Ana (taken)")).to_be_disabled()
    refused = fourth.page.evaluate(
        """async (id) => {
            const r = await fetch("api/join", {
                method: "POST",
                body: JSON.stringify({participant: id}),
                headers: {"X-Xsector": "phone", "Content-Type": "application/json"},
            });
            return [r.status, await r.text()];
        }""",
        room.ids["Ana"],
    )
    assert refused[0] == 409 and "Another phone already holds this name" in refused[1]
    fourth.shot("phone-join-390x844.png")

    types = [t for t in room.desk.view.card.type_names] if room.desk.view.card else []
    choices = {"Ana": (4, types[0]), "Ben": (2, types[1]), "Cy": (5, None)}
    for name, (value, type_name) in choices.items():
        phone = phones[name]
        if type_name:
            phone.tap(type_name)
        label = dict(room.desk.view.scale)[value]
        phone.tap(f"{value} {label}")
        phone.says("Your vote is in")
    phones["Ana"].shot("phone-voted-390x844.png")

    ana = phones["Ana"].page
    ana.get_by_label("How would you change it?").fill("Bring residents in as decision-makers")
    phones["Ana"].tap("Send my proposal")
    phones["Ana"].says("Your proposal is in")

    phones["Ben"].tap(f"3 {dict(room.desk.view.scale)[3]}")  # Ben changes his mind
    phones["Ben"].says(f"Your vote is in: 3 {dict(room.desk.view.scale)[3]}")

    counted = {
        v.participant_id: (v.value, v.type_choice, v.source)
        for v in room.writer.call(lambda s: s.votes("representatives", 1))
    }
    assert counted == {
        room.ids["Ana"]: (4, types[0], "phone"),
        room.ids["Ben"]: (3, types[1], "phone"),
        room.ids["Cy"]: (5, None, "phone"),
    }
    assert [r["value"] for r in room.votes_on_disk() if r["participant_id"] == room.ids["Ben"]] == [
        2,
        3,
    ]
    raised = room.writer.call(lambda s: s.disagreements("representatives"))
    assert [(d.kind, d.raised_by) for d in raised] == [("proposal", room.ids["Ana"])]

    unsure = dict(room.desk.view.scale)[3]
    revealed_at = time.monotonic()
    room.facilitate(lambda s: s.reveal("representatives", 1))
    for phone in phones.values():
        playwright_sync.expect(phone.page.get_by_text("The room's answer")).to_be_visible(
            timeout=2000
        )
        playwright_sync.expect(phone.page.get_by_text(f"3 {unsure}: 1")).to_be_visible()
    seen_after = time.monotonic() - revealed_at
    print(f"the reveal reached all three phones in {seen_after * 1000:.0f} ms")
    phones["Cy"].shot("phone-revealed-390x844.png", top="#round")

    # Each phone's own answers over time; any other vote in a response would be a leak.
    own = {name: {(v, t)} for name, (v, t) in choices.items()}
    own["Ben"].add((3, types[1]))
    inspected = 0
    for name, phone in {**phones, "fourth": fourth}.items():
        for state in api_states(phone, revealed_at):
            inspected += 1
            assert state["result"] is None, name
            if state["mine"] is not None:
                assert (state["mine"]["value"], state["mine"]["type"]) in own[name], name
    assert inspected >= 12
    for phone in (*phones.values(), fourth):
        phone.context.close()


def test_the_page_fits_at_200_percent_text(browser: Any, served: tuple[Room, str]) -> None:
    room, address = served
    phone = Phone(browser, address, "Dee", bypass_csp=True)
    phone.page.add_style_tag(content="html { font-size: 200% !important; }")
    phone.tap("Dee")
    phone.says("Voting as Dee")
    width = phone.page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways at 200% text"
    heights = phone.page.locator("#scale button").evaluate_all(
        "buttons => buttons.map(b => b.getBoundingClientRect().height)"
    )
    assert len(heights) == len(room.desk.view.scale) and min(heights) >= 48
    phone.context.close()


def test_a_phone_switches_to_spanish_and_keeps_it(browser: Any, served: tuple[Room, str]) -> None:
    room, address = served
    spanish = builtin_deck("living-cities-2013-es").card("representatives")
    phone = Phone(browser, address, "Dee")
    phone.says("Join the vote")
    switch = phone.page.get_by_role("button", name="Cambiar la página al español")
    assert switch.bounding_box()["height"] >= 48
    switch.tap()
    phone.says("Únase a la votación")
    phone.tap("Dee")
    phone.says("Vota como Dee")
    expect = playwright_sync.expect
    expect(phone.page.locator("#card-title")).to_have_text(spanish.title)
    expect(phone.page.locator("html")).to_have_attribute("lang", "es")
    for name in ("1 Muy en desacuerdo", "Enviar mi propuesta", spanish.types[0].name):
        expect(phone.page.get_by_role("button", name=name, exact=True)).to_be_visible()
    phone.tap(spanish.types[1].name)
    phone.tap("4 De acuerdo")
    phone.says(f"Su voto está registrado: 4 De acuerdo ({spanish.types[1].name})")
    phone.shot("phone-es-390x844.png")
    english_type = room.desk.view.card.type_names[1] if room.desk.view.card else ""
    counted = room.writer.call(lambda s: s.votes("representatives", 1))
    assert [(v.value, v.type_choice) for v in counted] == [(4, english_type)]

    phone.page.reload()  # the choice stays on the device
    expect(phone.page.locator("#card-title")).to_have_text(spanish.title)
    phone.says("Vota como Dee")
    expect(phone.page.get_by_role("button", name="Switch the page to English")).to_be_visible()
    phone.context.close()
