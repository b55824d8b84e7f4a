"""Votes and rounds.

A changed vote is a new row: a person's effective vote for a card and round is their latest row
that is not undone. A tally vote has no participant and every such row that is not undone is one
hand. A reveal is its own row in ``reveals`` so that it, too, can be undone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any, cast, get_args

from ..core.limits import MAX_COMMENT_LENGTH
from ..core.model import Vote, VoteSource
from .base import StoreBase
from .errors import StoreError, UnknownRecord
from .records import Change, RoundState, RowRef, Written

VOTE_SOURCES: tuple[VoteSource, ...] = get_args(VoteSource)

_INSERT_VOTE = (
    "INSERT INTO votes (participant_id, card, round, value, type_choice, comment, source, cast_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)
_VOTE_COLUMNS = "id, participant_id, card, round, value, type_choice, comment, source"


class VotingMixin(StoreBase):
    def cast_vote(
        self,
        participant_id: int | None,
        card: str,
        round: int,
        value: int,
        type_choice: str | None = None,
        comment: str = "",
        source: VoteSource = "live",
    ) -> Written[Vote]:
        """Record one vote (or one tally hand when participant_id is None); on disk on return.

        This is the hot path of a meeting, so it is one prepared INSERT in autocommit mode.
        """
        self._require_writable()
        if participant_id is None and source == "live":
            source = "tally"
        self._check_vote(card, round, value, source)
        self._check_length(comment, "the comment", MAX_COMMENT_LENGTH)
        try:
            vote_id = self._insert(
                _INSERT_VOTE,
                (participant_id, card, round, value, type_choice, comment, source, self._now()),
            )
        except sqlite3.IntegrityError:
            raise UnknownRecord(
                self._path, f"participant {participant_id} does not exist"
            ) from None
        vote = Vote(vote_id, participant_id, card, round, value, type_choice, comment, source)
        return Written(vote, self._record("cast_vote", RowRef("votes", vote_id)))

    def add_votes(
        self, rows: Iterable[Mapping[str, Any]], *, reveal_opened: bool = False
    ) -> Written[list[Vote]]:
        """Record many votes in one transaction, all or none (imports, paper ballots).

        Each mapping has ``participant_id`` (None for a tally hand), ``card``, ``round``,
        ``value`` and optionally ``type_choice``, ``comment`` and ``source`` (default
        "import"). Rounds that were never opened are opened, unrevealed, or revealed in the
        same transaction with ``reveal_opened``.
        """
        self._require_writable()
        prepared: list[tuple[Any, ...]] = []
        for number, row in enumerate(rows, start=1):
            source = row.get("source") or "import"
            try:
                self._check_vote(row["card"], row["round"], row["value"], source)
                self._check_length(row.get("comment"), "the comment", MAX_COMMENT_LENGTH)
            except KeyError as missing:
                raise StoreError(
                    self._path,
                    f"vote {number}: {missing} is missing",
                    "Give card, round and value for every vote",
                ) from None
            except StoreError as error:
                raise StoreError(
                    self._path, f"vote {number}: {error.problem}", error.advice
                ) from None
            prepared.append(
                (
                    row.get("participant_id"),
                    row["card"],
                    row["round"],
                    row["value"],
                    row.get("type_choice"),
                    row.get("comment") or "",
                    source,
                )
            )
        now = self._now()
        votes: list[Vote] = []
        refs: list[RowRef] = []
        with self._transaction():
            for card, round_number in dict.fromkeys((p[1], p[2]) for p in prepared):
                if self._round_id(card, round_number) is None:
                    round_id = self._insert(
                        "INSERT INTO rounds (card, round, opened_at) VALUES (?, ?, ?)",
                        (card, round_number, now),
                    )
                    refs.append(RowRef("rounds", round_id))
                    if reveal_opened:
                        reveal_id = self._insert(
                            "INSERT INTO reveals (round_id, revealed_at) VALUES (?, ?)",
                            (round_id, now),
                        )
                        refs.append(RowRef("reveals", reveal_id))
            for number, values in enumerate(prepared, start=1):
                try:
                    vote_id = self._insert(_INSERT_VOTE, (*values, now))
                except sqlite3.IntegrityError:
                    raise UnknownRecord(
                        self._path, f"vote {number}: participant {values[0]} does not exist"
                    ) from None
                votes.append(Vote(vote_id, *values))
                refs.append(RowRef("votes", vote_id))
        return Written(votes, self._record("add_votes", *refs))

    def votes(self, card: str | None = None, round: int | None = None) -> list[Vote]:
        """The effective votes, oldest first: each person's latest, plus every tally hand."""
        filters: list[str] = ["1"]
        params: list[str | int] = []
        if card is not None:
            filters.append("v.card = ?")
            params.append(card)
        if round is not None:
            filters.append("v.round = ?")
            params.append(round)
        where = " AND ".join(filters)
        sql = f"SELECT {_VOTE_COLUMNS} FROM current_votes v WHERE {where} ORDER BY id"
        # Columns are in Vote field order; building directly skips a call per row.
        return self._remembered(
            ("votes", card, round), lambda: [Vote(*row) for row in self._conn.execute(sql, params)]
        )

    def vote_history(self) -> list[dict[str, Any]]:
        """Every vote row ever written, oldest first.

        Besides the vote's columns and ``cast_at``: ``retracted`` (an undo hides it now),
        ``retracted_at`` (when, or None) and ``effective`` (it counts in ``votes()``).
        """
        sql = f"""
            SELECT {_VOTE_COLUMNS}, cast_at, (
                SELECT max(x.retracted_at) FROM retractions x
                WHERE x.target_table = 'votes' AND x.target_id = v.id
                AND x.id NOT IN (
                    SELECT target_id FROM retractions WHERE target_table = 'retractions')
            ) AS retracted_at,
            v.id IN (SELECT id FROM current_votes) AS effective
            FROM votes v ORDER BY id
        """
        cursor = self._conn.execute(sql)
        names = [column[0] for column in cursor.description]
        history = []
        for row in cursor:
            entry = dict(zip(names, row, strict=True))
            entry["retracted"] = entry["retracted_at"] is not None
            entry["effective"] = bool(entry["effective"])
            history.append(entry)
        return history

    def open_round(self, card: str) -> Written[int]:
        """Open the next voting round for a card (1, 2, ...) and return its number."""
        self._require_writable()
        with self._transaction() as conn:
            latest = conn.execute(
                "SELECT max(round) FROM current_rounds WHERE card = ?",
                (card,),
            ).fetchone()[0]
            number = (latest or 0) + 1
            round_id = self._insert(
                "INSERT INTO rounds (card, round, opened_at) VALUES (?, ?, ?)",
                (card, number, self._now()),
            )
        change = self._record("open_round", RowRef("rounds", round_id))
        self._checkpoint_soon()  # a new round: the .xsector alone holds the workshop
        return Written(number, change)

    def reveal(self, card: str, round: int) -> Change:
        """Mark a round's votes as shown to the room (undoable like any write)."""
        self._require_writable()
        round_id = self._round_id(card, round)
        if round_id is None:
            raise UnknownRecord(self._path, f"card '{card}' has no round {round}")
        reveal_id = self._insert(
            "INSERT INTO reveals (round_id, revealed_at) VALUES (?, ?)", (round_id, self._now())
        )
        change = self._record("reveal", RowRef("reveals", reveal_id))
        self._checkpoint_soon()
        return change

    def rounds(self, card: str | None = None) -> list[RoundState]:
        """Rounds that are not undone, in the order they were opened."""
        sql = f"""SELECT card, round, opened_at, revealed_at FROM current_rounds
                  {"WHERE card = ?" if card else ""} ORDER BY id"""
        params = (card,) if card else ()
        return self._remembered(
            ("rounds", card), lambda: [RoundState(*row) for row in self._conn.execute(sql, params)]
        )

    def _round_id(self, card: str, round: int) -> int | None:
        row = self._conn.execute(
            "SELECT max(id) FROM current_rounds WHERE card = ? AND round = ?",
            (card, round),
        ).fetchone()
        return cast(int | None, row[0])

    def _check_vote(self, card: object, round: object, value: object, source: object) -> None:
        if not isinstance(card, str) or not card:
            raise StoreError(self._path, "a vote needs a card key", "Name the card")
        if not isinstance(round, int) or isinstance(round, bool) or round < 1:
            raise StoreError(
                self._path,
                f"round {round!r} is not a round number (1, 2, ...)",
                "Use a whole number from 1",
            )
        if not isinstance(value, int) or isinstance(value, bool):
            raise StoreError(
                self._path,
                f"vote value {value!r} is not a whole number",
                "Use a point of the workshop's scale",
            )
        cards, values = self._vote_rules()
        if card not in cards:
            raise StoreError(
                self._path, f"card '{card}' is not a card of this workshop's deck", "Name a card"
            )
        if value not in values:
            raise StoreError(
                self._path,
                f"vote value {value} is not a point of this workshop's scale"
                f" ({', '.join(map(str, sorted(values)))})",
                "Use a point of the workshop's scale",
            )
        if source not in VOTE_SOURCES:
            raise StoreError(
                self._path,
                f"vote source {source!r} is not one of {', '.join(VOTE_SOURCES)}",
                "Use one of those",
            )
