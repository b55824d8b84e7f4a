"""Phone voting without HTTP: who holds which name, and what a phone may do and see.

The server's request handlers call a PhoneDesk; the facilitator's side (the app, or a test)
publishes the room to it and may free a name. A phone is known only by the unguessable token it
was given when it joined. Every check that can be made without the store is made here, on the
server's thread, so a hostile phone never reaches the writer; the rest (the card is still up, the
round still open) is checked again on the writer's thread, against the file, just before the
write.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from ..core.snapshot import parse_ballot_code
from ..store.errors import UnknownRecord
from ..store.records import Change, RowRef
from .ballot_box import CHECK_WROTE, BallotBox, PendingVote
from .language import card_text, choose, phone_decks, scale_label
from .view import RoomView, WorkshopFacts, build_view
from .writer import StoreWriter

MAX_PROPOSAL_CHARS = 500


class Refused(Exception):
    """A request the desk refuses: an HTTP status, a code and a sentence for the phone."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


class PhoneWrite(NamedTuple):
    """What a phone just wrote, for the app to redraw: "votes" or "disagreements"."""

    kind: str
    card: str
    round: int


@dataclass
class Claim:
    """One joined phone: the participant it speaks for, or its number as an anonymous voter."""

    token: str
    participant_id: int | None
    voter_number: int
    joined_at: str
    mine: dict[tuple[str, int], tuple[int, str | None]] = field(default_factory=dict)
    anonymous_votes: dict[tuple[str, int], Change] = field(default_factory=dict)


class Joined(NamedTuple):
    """A joined phone as the facilitator sees it (never its token)."""

    participant_id: int | None
    voter_number: int
    joined_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


class PhoneDesk:
    def __init__(
        self, writer: StoreWriter, facts: WorkshopFacts, view: RoomView, secret: str | None = None
    ) -> None:
        self.writer = writer
        self.facts = facts
        self._decks = phone_decks(facts.deck)  # the card text in each phone language
        self.secret = secret or secrets.token_urlsafe(12)
        self._lock = threading.Lock()
        self._view = view
        self._version = 1
        self._claims: dict[str, Claim] = {}
        self._holder: dict[int, str] = {}  # participant id -> token
        self._voters = 0
        self._watchers: list[Callable[[], None]] = []
        self.phone_wrote: list[Callable[[PhoneWrite], None]] = []  # called on the writer thread
        self._box = BallotBox(writer, self._check_vote_in_file, self._vote_written)

    # -- the facilitator's side ----------------------------------------------------------

    @property
    def view(self) -> RoomView:
        return self._view

    @property
    def version(self) -> int:
        return self._version

    def watch(self, wake: Callable[[], None]) -> None:
        """`wake()` is called, from whichever thread made it, after every change phones see."""
        self._watchers.append(wake)

    def publish(self, view: RoomView) -> None:
        with self._lock:
            if view.same_content(self._view):
                return
            self._view = view
            self._bump()

    def refresh(self) -> Future[Any]:
        """Read the room again on the writer's thread and publish it."""
        return self.writer.submit(lambda store: self.publish(build_view(store, self.facts)))

    def joined(self) -> list[Joined]:
        with self._lock:
            claims = list(self._claims.values())
        return [Joined(c.participant_id, c.voter_number, c.joined_at) for c in claims]

    def free(self, participant_id: int) -> bool:
        """Let another phone take this name; the phone that held it must join again."""
        with self._lock:
            token = self._holder.pop(participant_id, None)
            if token is None:
                return False
            del self._claims[token]
            self._bump()
            return True

    def free_voter(self, voter_number: int) -> bool:
        with self._lock:
            for token, claim in self._claims.items():
                if claim.participant_id is None and claim.voter_number == voter_number:
                    del self._claims[token]
                    self._bump()
                    return True
            return False

    def _bump(self) -> None:  # with the lock held
        self._version += 1
        for wake in list(self._watchers):
            wake()

    # -- joining -------------------------------------------------------------------------

    def join_name(self, participant_id: object, replacing: str | None = None) -> str:
        view = self._view
        if view.anonymous or view.code_only:
            raise Refused(403, "join-by-code", "Type the code on your ballot to join.")
        if not isinstance(participant_id, int) or isinstance(participant_id, bool):
            raise Refused(400, "bad-request", "Choose a name from the list.")
        if participant_id not in view.participant_ids():
            raise Refused(404, "unknown-name", "That name is not on the list.")
        return self._claim(participant_id, replacing)

    def join_code(self, code: object, replacing: str | None = None) -> str:
        view = self._view
        if view.anonymous:
            raise Refused(403, "anonymous", "This workshop is anonymous: just join.")
        if not isinstance(code, str) or not 0 < len(code) <= 20:
            raise Refused(400, "bad-code", "Type the code printed on your ballot, like P7-K3Q.")
        try:
            ballot = parse_ballot_code(view.info, code)
        except ValueError:
            raise Refused(400, "bad-code", "That code is not right: check it, try again.") from None
        if ballot.participant_id is None or ballot.participant_id not in view.participant_ids():
            raise Refused(400, "bad-code", "That code is not right: check it and try again.")
        return self._claim(ballot.participant_id, replacing)

    def join_anonymous(self, replacing: str | None = None) -> str:
        if not self._view.anonymous:
            raise Refused(403, "named", "Choose your name to join.")
        return self._claim(None, replacing)

    def _claim(self, participant_id: int | None, replacing: str | None) -> str:
        """A new token for this name; a phone that joins again lets go of the name it held."""
        token = secrets.token_urlsafe(24)
        with self._lock:
            old = self._claims.get(replacing) if replacing else None
            if participant_id is not None and participant_id in self._holder:
                if old is None or old.participant_id != participant_id:
                    raise Refused(409, "taken", "Another phone already holds this name.")
            if old is not None:
                del self._claims[old.token]
                if old.participant_id is not None:
                    self._holder.pop(old.participant_id, None)
            self._voters += 1
            self._claims[token] = Claim(token, participant_id, self._voters, _now())
            if participant_id is not None:
                self._holder[participant_id] = token
            self._bump()
        return token

    def claim(self, token: str | None) -> Claim:
        with self._lock:
            claim = self._claims.get(token) if token else None
        if claim is None:
            raise Refused(401, "not-joined", "Join first: this phone holds no name.")
        return claim

    # -- what a phone sees ---------------------------------------------------------------

    def state(self, token: str | None, language: str | None = None) -> dict[str, Any]:
        """Everything one phone may see: the room, and its own vote, never anyone else's.

        Card text and scale labels are in `language` (one of PHONE_LANGUAGES), by default the
        workshop deck's."""
        view = self._view
        language = language or choose(None, "", self.facts.deck.language)
        with self._lock:
            version = self._version
            claim = self._claims.get(token) if token else None
            taken = set(self._holder)
            mine = claim.mine.get((view.card.key, view.vote_round)) if claim and view.card else None
        names = dict(view.roster)
        me: dict[str, Any] | None = None
        if claim is not None:
            name = names.get(claim.participant_id) if claim.participant_id is not None else None
            me = {"name": name, "voter": claim.voter_number}
        state: dict[str, Any] = {
            "version": version,
            "partnership": view.info.partnership,
            "anonymous": view.anonymous,
            "codeOnly": view.code_only,
            "me": me,
            "roster": [],
            "card": None,
            "round": view.vote_round,
            "revealed": view.revealed,
            "accepting": view.accepting,
            "language": language,
            "scale": [
                {"value": v, "label": scale_label(label, language)} for v, label in view.scale
            ],
            "mine": {"value": mine[0], "type": mine[1]} if mine else None,
            "result": None,
        }
        if claim is None and not view.code_only and not view.anonymous:
            state["roster"] = [
                {"id": pid, "name": name, "taken": pid in taken} for pid, name in view.roster
            ]
        if view.card is not None:
            shown_in = self._decks.get(language, self.facts.deck)
            state["card"] = card_text(self.facts.deck, shown_in, view.card.key)
        if view.result is not None:
            labels = dict(view.scale)
            state["result"] = [
                {"value": v, "label": scale_label(labels.get(v, str(v)), language), "count": n}
                for v, n in view.result
            ]
        return state

    # -- voting --------------------------------------------------------------------------

    def _check_card(self, view: RoomView, card: object, round_number: object) -> str:
        if view.card is None or not view.accepting:
            raise Refused(409, "not-voting", "Voting on this card is closed.")
        if card != view.card.key:
            raise Refused(409, "wrong-card", "The room has moved to another card.")
        if round_number != view.vote_round:
            raise Refused(409, "wrong-round", "That round is over: vote again in this one.")
        return view.card.key

    def vote(
        self,
        token: str | None,
        card: object,
        round_number: object,
        value: object,
        type_choice: object,
    ) -> Future[Any]:
        """Check the vote, then queue it; the future resolves once it is on disk."""
        claim = self.claim(token)
        view = self._view
        if claim.participant_id is not None and claim.participant_id not in view.participant_ids():
            raise Refused(
                401, "not-joined", "Your name is no longer on the list: ask the facilitator."
            )
        key = self._check_card(view, card, round_number)
        assert view.card is not None
        if not isinstance(value, int) or isinstance(value, bool) or value not in dict(view.scale):
            raise Refused(400, "off-scale", "That answer is not on this workshop's scale.")
        if type_choice is not None and (
            not isinstance(type_choice, str) or type_choice not in view.card.type_names
        ):
            raise Refused(400, "bad-type", "That type is not one of this card's.")
        chosen: str | None = type_choice
        return self._box.put(PendingVote(claim, key, view.vote_round, value, chosen, Future()))

    def _check_vote_in_file(self, store: Any, vote: PendingVote, memo: dict[Any, Any]) -> None:
        self._check_open_in_file(store, vote.claim, vote.card, vote.round, memo)
        previous = vote.claim.anonymous_votes.get((vote.card, vote.round))
        if previous is not None:
            try:  # an anonymous phone changes its vote: its earlier hand no longer counts
                store.retract(previous)
            except UnknownRecord:
                pass  # the facilitator already undid it

    def _vote_written(self, store: Any, vote: PendingVote, stored: Any) -> None:
        claim, where = vote.claim, (vote.card, vote.round)
        with self._lock:
            if claim.participant_id is None:
                claim.anonymous_votes[where] = Change("cast_vote", (RowRef("votes", stored.id),))
            claim.mine[where] = (vote.value, vote.type_choice)
        self._announce(PhoneWrite("votes", vote.card, vote.round))

    def propose(self, token: str | None, card: object, text: object) -> Future[Any]:
        """The answer to "How would you change it?": a proposal raised by this phone's person."""
        claim = self.claim(token)
        view = self._view
        if view.card is None or card != view.card.key:
            raise Refused(409, "wrong-card", "The room has moved to another card.")
        if not isinstance(text, str) or not text.strip():
            raise Refused(400, "bad-text", "Write your proposal first.")
        if len(text) > MAX_PROPOSAL_CHARS:
            raise Refused(400, "bad-text", f"Keep it under {MAX_PROPOSAL_CHARS} characters.")
        key, number, words = view.card.key, view.vote_round, text.strip()

        def write(store: Any) -> None:
            self._check_holder(claim)
            store.add_disagreement(key, number, "proposal", words, raised_by=claim.participant_id)
            self._announce(PhoneWrite("disagreements", key, number))

        return self.writer.submit(write)

    def _check_holder(self, claim: Claim) -> None:
        with self._lock:
            if self._claims.get(claim.token) is not claim:
                raise Refused(401, "not-joined", "Your name was freed: join again.")

    def _check_open_in_file(
        self, store: Any, claim: Claim, card: str, number: int, memo: dict[Any, Any] | None = None
    ) -> None:
        """The same checks against the file itself, on the writer's thread, just before writing.

        `memo` keeps the card's rounds across the votes of one batch (nothing else writes
        meanwhile: the writer holds the file's write turn for the whole batch).
        """
        self._check_holder(claim)
        # The facilitator's side publishes the view as soon as the card moves (in the app, on
        # the window's thread, right after it wrote the new position), so it names the card up.
        if self._view.card is None or self._view.card.key != card:
            raise Refused(409, "wrong-card", "The room has moved to another card.")
        memo = {} if memo is None else memo
        if card not in memo:
            memo[card] = sorted(store.rounds(card), key=lambda r: r.round)
        rounds = memo[card]
        if not rounds:
            if number != 1:
                raise Refused(409, "wrong-round", "That round is over: vote again in this one.")
            # The first vote on a card opens round 1, as in the app, and the round is where the
            # meeting now is: written here, in the same commit, the window need not write it.
            with store.batch():
                store.open_round(card)
                store.set_position(card, 1)
            memo.pop(card, None)
            memo[CHECK_WROTE] = True
            self._announce(PhoneWrite("rounds", card, 1))
            self.publish(build_view(store, self.facts, card))
            return
        latest = rounds[-1]
        if latest.round != number:
            raise Refused(409, "wrong-round", "That round is over: vote again in this one.")
        if latest.revealed:
            raise Refused(409, "not-voting", "Voting on this card is closed.")

    def _announce(self, write: PhoneWrite) -> None:
        for listener in list(self.phone_wrote):
            listener(write)
