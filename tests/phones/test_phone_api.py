"""The phone API in process (starlette.testclient): joining, voting, proposing, the reveal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from phone_room import HEADERS, Room

from xsector_desktop.core.snapshot import ballot_code
from xsector_desktop.phones import CODE_ONLY_SETTING, SHOW_RESULTS_SETTING


def join(room: Room, phone: Any, **body: Any) -> Any:
    return phone.post(room.base + "api/join", json=body, headers=HEADERS)


def vote(room: Room, phone: Any, value: int, **extra: Any) -> Any:
    state = phone.get(room.base + "api/state", headers=HEADERS).json()
    body = {"card": state["card"]["key"], "round": state["round"], "value": value, **extra}
    return phone.post(room.base + "api/vote", json=body, headers=HEADERS)


def test_page_and_assets_come_from_the_app(room: Room) -> None:
    phone = room.phone()
    page = phone.get(room.base)
    assert page.status_code == 200
    assert 'src="static/phone.js"' in page.text
    assert "http" not in page.text.replace("http-equiv", "")  # no outside address at all
    for name in ("phone.css", "phone.js"):
        asset = phone.get(room.base + "static/" + name)
        assert asset.status_code == 200 and "://" not in asset.text
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert phone.get(f"/j/{room.desk.secret}", follow_redirects=False).status_code == 303


def test_a_name_is_held_by_one_phone_until_freed(room: Room) -> None:
    first, second = room.phone(), room.phone()
    joined = join(room, first, participant=room.ids["Ana"])
    assert joined.status_code == 200
    assert joined.json()["me"]["name"] == "Ana"
    assert "xsector_phone" in joined.cookies
    refused = join(room, second, participant=room.ids["Ana"])
    assert refused.status_code == 409 and refused.json()["error"] == "taken"
    roster = second.get(room.base + "api/state", headers=HEADERS).json()["roster"]
    assert {p["name"]: p["taken"] for p in roster} == {
        "Ana": True,
        "Ben": False,
        "Cy": False,
        "Dee": False,
    }
    assert room.desk.free(room.ids["Ana"])
    assert vote(room, first, 4).status_code == 401  # the freed token no longer votes
    assert join(room, second, participant=room.ids["Ana"]).status_code == 200
    assert room.votes_on_disk() == []


def test_a_vote_is_on_disk_as_a_phone_vote_before_it_is_acknowledged(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Ben"])
    answer = vote(room, phone, 4)
    assert answer.status_code == 200
    assert answer.json()["mine"] == {"value": 4, "type": None}
    rows = room.votes_on_disk()
    stored = [(r["participant_id"], r["card"], r["round"], r["value"], r["source"]) for r in rows]
    assert stored == [(room.ids["Ben"], "charge", 1, 4, "phone")]
    # The first vote on a card opened its round 1, as a vote in the app does.
    assert [r.round for r in room.writer.call(lambda s: s.rounds("charge"))] == [1]


def test_a_changed_vote_keeps_its_history_and_the_latest_counts(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Cy"])
    vote(room, phone, 2)
    vote(room, phone, 5)
    assert [r["value"] for r in room.votes_on_disk()] == [2, 5]
    assert [v.value for v in room.writer.call(lambda s: s.votes("charge", 1))] == [5]


def test_no_phone_sees_another_vote_before_the_reveal(room_factory: Callable[..., Room]) -> None:
    room = room_factory(settings={SHOW_RESULTS_SETTING: True})
    ana, ben = room.phone(), room.phone()
    join(room, ana, participant=room.ids["Ana"])
    join(room, ben, participant=room.ids["Ben"])
    vote(room, ana, 1)
    seen = ben.get(room.base + "api/state", headers=HEADERS).json()
    assert seen["mine"] is None and seen["result"] is None
    assert "1" not in {str(v) for v in seen.values() if not isinstance(v, (list, dict))} - {
        str(seen["round"]),
        str(seen["version"]),
    }
    vote(room, ben, 5)
    room.facilitate(lambda s: s.reveal("charge", 1))
    after = ben.get(room.base + "api/state", headers=HEADERS).json()
    assert after["revealed"] and not after["accepting"]
    assert {r["value"]: r["count"] for r in after["result"]} == {1: 1, 2: 0, 3: 0, 4: 0, 5: 1}
    late = vote(room, ben, 3)
    assert late.status_code == 409 and late.json()["error"] == "not-voting"
    assert len(room.votes_on_disk()) == 2


def test_results_stay_off_phones_when_the_facilitator_says_so(
    room_factory: Callable[..., Room],
) -> None:
    room = room_factory(settings={SHOW_RESULTS_SETTING: False})
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    vote(room, phone, 3)
    room.facilitate(lambda s: s.reveal("charge", 1))
    state = phone.get(room.base + "api/state", headers=HEADERS).json()
    assert state["revealed"] and state["result"] is None


def test_code_only_joining_hides_the_roster(room_factory: Callable[..., Room]) -> None:
    room = room_factory(settings={CODE_ONLY_SETTING: True})
    phone = room.phone()
    state = phone.get(room.base + "api/state", headers=HEADERS).json()
    assert state["codeOnly"] and state["roster"] == []
    assert "Ana" not in phone.get(room.base + "api/state", headers=HEADERS).text
    assert join(room, phone, participant=room.ids["Ana"]).status_code == 403
    assert join(room, phone, code="P1-AAA").status_code == 400
    info = room.desk.view.info
    code = ballot_code(info, room.ids["Dee"]).lower()
    joined = join(room, phone, code=code)
    assert joined.status_code == 200 and joined.json()["me"]["name"] == "Dee"


def test_anonymous_phones_each_count_once(room_factory: Callable[..., Room]) -> None:
    room = room_factory(anonymous=True)
    first, second = room.phone(), room.phone()
    assert join(room, first).json()["me"] == {"name": None, "voter": 1}
    assert join(room, second).json()["me"] == {"name": None, "voter": 2}
    vote(room, first, 2)
    vote(room, first, 4)  # a change, not a second hand
    vote(room, second, 5)
    counted = room.writer.call(lambda s: s.votes("charge", 1))
    assert sorted(v.value for v in counted) == [4, 5]
    assert all(v.participant_id is None and v.source == "phone" for v in counted)
    assert len(room.votes_on_disk()) == 3  # the first answer is kept in the history


def test_a_proposal_is_raised_by_that_person(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    sent = phone.post(
        room.base + "api/propose",
        json={"card": "charge", "text": "  <b>Meet</b> monthly, not yearly  "},
        headers=HEADERS,
    )
    assert sent.status_code == 200
    raised = room.writer.call(lambda s: s.disagreements("charge"))
    assert [(d.kind, d.text, d.raised_by) for d in raised] == [
        ("proposal", "<b>Meet</b> monthly, not yearly", room.ids["Ana"])
    ]


def test_a_type_choice_must_be_one_of_the_cards(room: Room) -> None:
    room.facilitate(lambda s: s.set_position("representatives", 1))
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    state = phone.get(room.base + "api/state", headers=HEADERS).json()
    names = [t["name"] for t in state["card"]["types"]]
    assert len(names) == 2
    assert vote(room, phone, 4, type="Emperor").status_code == 400
    ok = vote(room, phone, 4, type=names[1])
    assert ok.status_code == 200 and ok.json()["mine"] == {"value": 4, "type": names[1]}
    assert [v.type_choice for v in room.writer.call(lambda s: s.votes("representatives"))] == [
        names[1]
    ]


def test_a_new_round_or_card_reaches_a_waiting_phone(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    version = phone.get(room.base + "api/state", headers=HEADERS).json()["version"]
    room.facilitate(lambda s: s.set_position("authority", 1))
    moved = phone.get(room.base + f"api/state?since={version}", headers=HEADERS).json()
    assert moved["card"]["key"] == "authority" and moved["version"] > version


def test_a_workshop_with_phone_votes_reopens_and_checks_clean(room: Room) -> None:
    from xsector_desktop.store import WorkshopStore, check_workshop

    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    assert vote(room, phone, 3).status_code == 200
    room.writer.call(lambda s: s.close())
    result = check_workshop(room.path)
    assert result.ok, result.describe()
    with WorkshopStore.open(room.path) as reopened:
        assert [v.source for v in reopened.votes("charge", 1)] == ["phone"]


def test_a_person_taken_off_the_roster_votes_no_more(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Cy"])
    room.facilitate(lambda s: s.remove_participant(room.ids["Cy"]))
    answer = vote(room, phone, 4)
    assert answer.status_code == 401 and answer.json()["error"] == "not-joined"
    assert room.votes_on_disk() == []


def test_a_vote_after_the_writer_stopped_is_refused_not_lost(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    room.writer.stop()
    answer = vote(room, phone, 4)
    assert answer.status_code == 503 and answer.json()["error"] == "stopped"


def test_a_phone_that_joins_again_lets_go_of_its_old_name(room: Room) -> None:
    phone = room.phone()
    join(room, phone, participant=room.ids["Ana"])
    assert join(room, phone, participant=room.ids["Ben"]).json()["me"]["name"] == "Ben"
    assert [j.participant_id for j in room.desk.joined()] == [room.ids["Ben"]]
    other = room.phone()
    assert join(room, other, participant=room.ids["Ana"]).status_code == 200
    assert join(room, phone, participant=room.ids["Ben"]).status_code == 200  # its own name
