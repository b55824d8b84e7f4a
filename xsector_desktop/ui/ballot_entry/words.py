"""What the ballot entry dialog says: the controller's codes put into translatable words."""

from __future__ import annotations

from PySide6.QtCore import QObject

from ..controllers.ballot_entry import BallotState, EntryWarning, Problem, StoredBallot
from ..controllers.session import WorkshopSession


class Words(QObject):
    def __init__(self, parent: QObject, session: WorkshopSession) -> None:
        super().__init__(parent)
        self.session = session

    def _values(self) -> str:
        values = self.session.scale.values
        return f"{min(values)}–{max(values)}"

    def legend(self) -> str:
        points = " · ".join(f"{p.value} {p.short}" for p in self.session.scale.points)
        return self.tr(
            "Keys: {points} · S left blank · Backspace step back · "
            "Enter store the ballot · Esc start the ballot over"
        ).format(points=points)

    def who(self, state: BallotState) -> str:
        if state.blank_number is not None:
            return self.tr("Blank ballot {n}").format(n=state.blank_number)
        return state.name

    def answer(self, state: BallotState, row: int) -> str:
        slot = state.slots[row]
        if row < len(state.answers):
            given = state.answers[row]
            if given.value is None:
                return self.tr("— left blank")
            text = f"{given.value}  {self.session.scale.point(given.value).label}"
            return f"{text}  ·  {given.type_choice}" if given.type_choice else text
        if row == state.position and state.pending_value is not None:
            label = self.session.scale.point(state.pending_value).label
            choices = ", ".join(f"{i} {name}" for i, name in enumerate(slot.types, start=1))
            return self.tr("{value}  {label}  ·  which type? {choices}").format(
                value=state.pending_value, label=label, choices=choices
            )
        return ""

    def prompt(self, state: BallotState) -> str:
        if state.phase == "code":
            return self.tr("Type the code printed on the ballot, then press Enter.")
        if state.phase == "review":
            return self.tr(
                "All {n} cards keyed. Enter stores the ballot; Backspace steps back."
            ).format(n=len(state.slots))
        slot = state.current
        assert slot is not None
        where = self.tr("Card {n} of {total}: {title}").format(
            n=slot.number, total=len(state.slots), title=slot.title
        )
        if state.awaiting_type:
            return self.tr(
                "{where} — which type is ticked? Press 1–{n}, or Enter for none."
            ).format(where=where, n=len(slot.types))
        return self.tr("{where} — press the ticked number ({values}), or S if blank.").format(
            where=where, values=self._values()
        )

    def warning(self, state: BallotState) -> str:
        found: EntryWarning | None = state.warning
        if found is None or state.phase == "code":
            return ""
        if found.kind == "already-entered":
            return self.tr(
                "{name}'s paper ballot was already entered. Storing this one "
                "replaces those {n} votes."
            ).format(name=state.name, n=found.votes)
        if found.kind == "replaces-votes":
            return self.tr(
                "{name} already voted on {n} of these cards. This ballot replaces those votes."
            ).format(name=state.name, n=found.votes)
        return self.tr(
            "Blank ballot {code} was already entered. Storing it again counts its votes twice."
        ).format(code=state.code)

    def problem(self, problem: Problem) -> str:
        kind, detail = problem.kind, problem.detail
        texts = {
            "not-a-code": self.tr(
                "“{detail}” is not a ballot code. Codes look like P12-ABC or B3-ABC."
            ),
            "other-workshop": self.tr(
                "Ballot “{detail}” is not from this workshop (or has a "
                "typo): its check letters do not match "
                "{partnership}."
            ),
            "unknown-participant": self.tr(
                "That ballot is for participant {detail}, who is not on this workshop's roster."
            ),
            "not-on-scale": self.tr(
                "{detail} is not on the scale: press {values}, or S to leave the card blank."
            ),
            "no-such-type": self.tr("{detail} is not one of this card's types."),
            "answer-first": self.tr("Key this card's answer first, or S to leave it blank."),
            "empty-ballot": self.tr(
                "Every card is blank: there is nothing to store. Esc starts the ballot over."
            ),
            "read-only": self.tr("This workshop is open read-only: ballots cannot be stored."),
            "not-stored": self.tr("The ballot was not stored: the status bar says why."),
        }
        return texts[kind].format(
            detail=detail, values=self._values(), partnership=self.session.info.partnership
        )

    def stored(self, ballot: StoredBallot) -> str:
        who = ballot.name or self.tr("blank ballot")
        said = (
            self.tr("Stored ballot {code} ({who}): 1 vote. Type the next code.")
            if ballot.votes == 1
            else self.tr("Stored ballot {code} ({who}): {n} votes. Type the next code.")
        )
        return said.format(code=ballot.code, who=who, n=ballot.votes)
