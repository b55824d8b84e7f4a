"""Hostile phones: no secret, a wrong or freed token, bad bodies, wrong rounds and values, a
flood. Nothing may crash and nothing may be recorded that should not be."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

from flood import RawPhone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from phone_room import HEADERS, Room

from xsector_desktop.phones import Limits, PhoneServer

VOTE = {"card": "charge", "round": 1, "value": 4}


def joined_phone(room: Room, name: str = "Ana") -> Any:
    phone = room.phone()
    answer = phone.post(
        room.base + "api/join", json={"participant": room.ids[name]}, headers=HEADERS
    )
    assert answer.status_code == 200
    return phone


def nothing_recorded(room: Room) -> bool:
    return room.votes_on_disk() == [] and room.writer.call(lambda s: s.disagreements()) == []


def test_without_the_secret_there_is_nothing_to_find(room: Room) -> None:
    phone = joined_phone(room)
    for path in ("/", "/j/", "/j/guess/", "/j/guess/api/state", "/static/phone.js", "/api/vote"):
        assert phone.get(path, headers=HEADERS).status_code == 404, path
    wrong = room.desk.secret[:-1] + ("A" if room.desk.secret[-1] != "A" else "B")
    assert phone.post(f"/j/{wrong}/api/vote", json=VOTE, headers=HEADERS).status_code == 404
    assert phone.get(f"/j/{wrong}/").status_code == 404
    assert nothing_recorded(room)


def test_requests_from_another_page_are_refused(room: Room) -> None:
    phone = joined_phone(room)
    url = room.base + "api/vote"
    assert phone.post(url, json=VOTE).status_code == 403  # no X-Xsector header
    assert phone.post(url, json=VOTE, headers={"X-Xsector": "yes"}).status_code == 403
    evil = {**HEADERS, "Origin": "http://evil.example"}
    assert phone.post(url, json=VOTE, headers=evil).status_code == 403
    assert nothing_recorded(room)


def test_a_wrong_or_freed_token_votes_for_nobody(room: Room) -> None:
    stranger = room.phone()
    stranger.cookies.set("xsector_phone", "made-up-token", path=room.base.rstrip("/"))
    assert stranger.post(room.base + "api/vote", json=VOTE, headers=HEADERS).status_code == 401
    phone = joined_phone(room, "Ben")
    room.desk.free(room.ids["Ben"])
    answer = phone.post(room.base + "api/vote", json=VOTE, headers=HEADERS)
    assert answer.status_code == 401 and answer.json()["error"] == "not-joined"
    assert (
        phone.post(
            room.base + "api/propose", json={"card": "charge", "text": "x"}, headers=HEADERS
        ).status_code
        == 401
    )
    assert nothing_recorded(room)


def test_oversized_and_malformed_bodies(room: Room) -> None:
    phone = joined_phone(room)
    url = room.base + "api/vote"
    json_headers = {**HEADERS, "Content-Type": "application/json"}
    huge = json.dumps({**VOTE, "card": "x" * 100_000})
    assert phone.post(url, content=huge, headers=json_headers).status_code == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit still holds while streaming
        for _ in range(100):
            yield b" " * 1000

    assert phone.post(url, content=chunks(), headers=json_headers).status_code == 413
    for body, status in (
        (b"{not json", 400),
        (b"[4]", 400),
        (b"\xff\xfe", 400),
        (b'{"card": "charge", "round": 1, "value": 4, "participant": 2}', 400),  # as someone else
        (b'{"card": "charge", "round": 1, "value": "4"}', 400),
        (b'{"card": "charge", "round": 1, "value": true}', 400),
        (b'{"card": "charge", "round": 1, "value": 4.0}', 400),
        (b'{"card": "charge", "round": 1, "value": 1e999}', 400),
    ):
        assert phone.post(url, content=body, headers=json_headers).status_code == status, body
    form = {**HEADERS, "Content-Type": "application/x-www-form-urlencoded"}
    assert phone.post(url, content=b"value=4", headers=form).status_code == 415
    long_text = {"card": "charge", "text": "y" * 501}
    assert phone.post(room.base + "api/propose", json=long_text, headers=HEADERS).status_code == 400
    assert nothing_recorded(room)


def test_wrong_card_round_or_value(room: Room) -> None:
    phone = joined_phone(room)
    url = room.base + "api/vote"
    for body, status in (
        ({**VOTE, "card": "nonsense"}, 409),
        ({**VOTE, "card": "authority"}, 409),  # a real card, not the one up
        ({**VOTE, "round": 2}, 409),
        ({**VOTE, "round": 0}, 409),
        ({**VOTE, "value": 6}, 400),
        ({**VOTE, "value": -1}, 400),
        ({**VOTE, "value": 10**30}, 400),
        ({**VOTE, "type": "Imaginary"}, 400),
    ):
        assert phone.post(url, json=body, headers=HEADERS).status_code == status, body
    assert nothing_recorded(room)
    assert phone.post(url, json=VOTE, headers=HEADERS).status_code == 200
    room.facilitate(lambda s: s.reveal("charge", 1))
    assert phone.post(url, json={**VOTE, "value": 1}, headers=HEADERS).status_code == 409
    room.facilitate(lambda s: s.open_round("charge"))
    assert phone.post(url, json={**VOTE, "value": 2}, headers=HEADERS).status_code == 409  # round 1
    assert (
        phone.post(url, json={**VOTE, "round": 2, "value": 2}, headers=HEADERS).status_code == 200
    )
    assert [(r["round"], r["value"]) for r in room.votes_on_disk()] == [(1, 4), (2, 2)]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    body=st.dictionaries(
        st.sampled_from(["card", "round", "value", "type", "participant", "text", "x"]),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
            lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner),
            max_leaves=5,
        ),
        max_size=5,
    )
)
def test_any_json_body_is_answered_and_only_a_valid_vote_is_kept(
    room_factory: Callable[..., Room], body: Any
) -> None:
    # One room for all the examples (the fixture is made once per test); rate limits set aside.
    if not hasattr(room_factory, "fuzz_room"):
        room = room_factory(limits=Limits(per_device=1e9, device_burst=1e9))
        room_factory.fuzz_room = (room, joined_phone(room))  # type: ignore[attr-defined]
    room, phone = room_factory.fuzz_room  # type: ignore[attr-defined]
    before = len(room.votes_on_disk())
    raw = json.dumps(body).encode()  # NaN and Infinity too, as a hostile client may send them
    answer = phone.post(
        room.base + "api/vote",
        content=raw,
        headers={**HEADERS, "Content-Type": "application/json"},
    )
    assert answer.status_code in (200, 400, 409), (body, answer.text)
    valid = (
        set(body) <= {"card", "round", "value", "type"}
        and body.get("card") == "charge"
        and body.get("round") == 1
        and type(body.get("value")) is int
        and body.get("value") in range(1, 6)
        and body.get("type") in (None, "Thinking & Doing")
    )
    assert (answer.status_code == 200) == valid
    assert len(room.votes_on_disk()) == before + (1 if valid else 0)


def test_a_flood_is_answered_and_bounded(room: Room) -> None:
    """1,000 requests in about a second from 127.0.0.1: half from a joined phone voting, half
    from no phone at all. Refused with 429 past the limits; nothing crashes, nothing extra kept."""
    with PhoneServer(room.desk, "127.0.0.1", 0) as server:
        joiner = RawPhone(server.address)
        status, _ = joiner.request("POST", "api/join", {"participant": room.ids["Ana"]})
        assert status == 200
        token = next(t for t, c in room.desk._claims.items() if c.participant_id == room.ids["Ana"])
        statuses: Counter[tuple[str, int]] = Counter()
        lock = threading.Lock()
        per_thread, threads = 250, 4
        start = time.monotonic()

        def flood(number: int) -> None:
            voter = number % 2 == 0
            phone = RawPhone(server.address, token if voter else None)
            for i in range(per_thread):
                pause = start + (i * threads + number) / 1000 - time.monotonic()
                if pause > 0:  # 1,000 a second in all, no faster
                    time.sleep(pause)
                status, _ = phone.request("POST", "api/vote", {**VOTE, "value": 1 + i % 5})
                with lock:
                    statuses[("vote" if voter else "stranger", status)] += 1
            phone.close()

        workers = [threading.Thread(target=flood, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(60)
        elapsed = time.monotonic() - start
        print(f"flood: 1,000 requests in {elapsed:.2f} s: {dict(statuses)}")
        assert sum(statuses.values()) == per_thread * threads
        assert set(statuses) <= {("vote", 200), ("vote", 429), ("stranger", 401), ("stranger", 429)}
        accepted = statuses[("vote", 200)]
        assert 0 < accepted <= 20 + 10 * elapsed + 1  # the device's burst plus its rate
        assert statuses[("stranger", 401)] <= 40 + 20 * elapsed + 1
        assert len(room.votes_on_disk()) == accepted  # every acknowledged vote, nothing else
        # The server still answers (this address's bucket may still be empty) and still runs.
        assert joiner.request("GET", "api/state")[0] in (200, 429)
        assert server.running
