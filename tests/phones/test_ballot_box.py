"""Votes waiting together are written together: one transaction, each still checked alone."""

from __future__ import annotations

import threading

from phone_room import Room


def test_votes_waiting_together_are_written_in_one_transaction(room: Room) -> None:
    desk = room.desk
    tokens = {name: desk.join_name(pid) for name, pid in room.ids.items()}
    gate = threading.Event()
    room.writer.submit(lambda store: gate.wait(10))  # the writer is busy meanwhile
    answers = [desk.vote(tokens[name], "charge", 1, 2 + n, None) for n, name in enumerate(tokens)]
    answers.append(desk.vote(tokens["Ana"], "charge", 1, 5, None))  # Ana changes her mind
    gate.set()
    for answer in answers:
        answer.result(10)
    rows = room.votes_on_disk()
    assert [(r["participant_id"], r["value"]) for r in rows] == [
        (room.ids["Ana"], 2),
        (room.ids["Ben"], 3),
        (room.ids["Cy"], 4),
        (room.ids["Dee"], 5),
        (room.ids["Ana"], 5),  # her second vote waited for the next batch: both are kept
    ]
    assert len({r["cast_at"] for r in rows[:4]}) == 1  # one transaction for the four
    counted = {v.participant_id: v.value for v in room.writer.call(lambda s: s.votes("charge", 1))}
    assert counted[room.ids["Ana"]] == 5


def test_a_refused_vote_does_not_spoil_its_batch(room: Room) -> None:
    desk = room.desk
    ana, ben = desk.join_name(room.ids["Ana"]), desk.join_name(room.ids["Ben"])
    gate = threading.Event()
    room.writer.submit(lambda store: gate.wait(10))
    kept = desk.vote(ana, "charge", 1, 4, None)
    lost = desk.vote(ben, "charge", 1, 3, None)
    desk.free(room.ids["Ben"])  # Ben's name is freed before his vote reaches the file
    gate.set()
    kept.result(10)
    assert lost.exception(10) is not None
    assert [(r["participant_id"], r["value"]) for r in room.votes_on_disk()] == [
        (room.ids["Ana"], 4)
    ]
