"""A workshop built by hand, record by record, for the report tests (no store involved)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from xsector_desktop.core.deck import Deck, builtin_deck
from xsector_desktop.core.model import Disagreement, Participant, Vote, WorkshopInfo
from xsector_desktop.core.scales import Scale, get_scale
from xsector_desktop.core.snapshot import Note, RoundRecord, VoteRecord, WorkshopSnapshot


@dataclass(frozen=True)
class PdfFont:
    base_font: str
    embedded: bool


def _fonts_in(resources: DictionaryObject, seen: dict[str, PdfFont]) -> None:
    fonts = resources.get("/Font")
    if fonts is not None:
        for ref in fonts.get_object().values():
            font = ref.get_object()
            descriptors = [font.get("/FontDescriptor")]
            for child in font.get("/DescendantFonts") or []:
                descriptors.append(child.get_object().get("/FontDescriptor"))
            embedded = any(
                d is not None
                and any(k in d.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                for d in descriptors
            )
            seen[str(font["/BaseFont"])] = PdfFont(str(font["/BaseFont"]), embedded)
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for ref in xobjects.get_object().values():
            inner = ref.get_object().get("/Resources")
            if inner is not None:
                _fonts_in(inner.get_object(), seen)


class PdfReadback:
    """Reading a PDF back: its text, page count and which fonts it uses (handed out as `pdf`)."""

    @staticmethod
    def page_texts(path: Path) -> list[str]:
        return [page.extract_text() or "" for page in PdfReader(str(path)).pages]

    def text(self, path: Path) -> str:
        return "\n".join(self.page_texts(path))

    @staticmethod
    def squashed(text: str) -> str:
        """Text without any whitespace, so a phrase wrapped across lines still matches."""
        return "".join(text.split())

    @staticmethod
    def page_count(path: Path) -> int:
        return len(PdfReader(str(path)).pages)

    def fonts(self, path: Path) -> list[PdfFont]:
        seen: dict[str, PdfFont] = {}
        for page in PdfReader(str(path)).pages:
            resources = page.get("/Resources")
            if resources is not None:
                _fonts_in(resources.get_object(), seen)
        return sorted(seen.values(), key=lambda f: f.base_font)


GREEK_NAME = "Ἀλέξανδρος Ξ."
CYRILLIC_NAME = "Анна Петрова"
VIETNAMESE_NAME = "Nguyễn Thị Ánh"

ROSTER: tuple[tuple[str, str, str], ...] = (
    ("Ana Morales", "government", "decision-maker"),
    ("Ben Okafor", "government", "doer"),
    ("Carla Nguyen", "government", "doer"),
    (GREEK_NAME, "business", "decision-maker"),
    ("Dev Patel", "business", "doer"),
    ("Erin Walsh", "business", "doer"),
    (CYRILLIC_NAME, "community", "doer"),
    ("Maya Johnson", "community", "unsaid"),
    ("Hugo Santos", "community", "doer"),
    (VIETNAMESE_NAME, "philanthropy", "decision-maker"),  # a sector of one: never broken out
    ("Keiko Tanaka", "nonprofit", "decision-maker"),
)

# Round 1 value per participant (in roster order) for each card; round 2 on two cards.
ROUND_ONE: dict[str, tuple[int, ...]] = {
    "results": (5, 4, 5, 4, 5, 4, 4, 5, 4, 5, 4),
    "charge": (4, 4, 3, 4, 4, 5, 3, 4, 4, 4, 4),
    "authority": (5, 5, 4, 4, 4, 5, 1, 2, 1, 3, 2),
    "representatives": (4, 3, 4, 5, 4, 4, 3, 2, 3, 4, 4),
    "level-of-intervention": (4, 5, 4, 4, 3, 4, 5, 4, 4, 5, 4),
    "time-frame": (2, 3, 2, 4, 4, 3, 4, 5, 4, 3, 4),
    "formation-catalyst": (4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4),
    "structure": (3, 2, 3, 1, 2, 2, 5, 4, 5, 3, 4),
    "financial-resources": (4, 3, 4, 2, 2, 3, 5, 4, 4, 4, 5),
    "positioning": (5, 5, 4, 1, 1, 2, 1, 2, 5, 5, 4),
    "lifespan": (4, 4, 4, 3, 4, 4, 4, 3, 4, 4, 4),
}
ROUND_TWO: dict[str, tuple[int, ...]] = {
    "authority": (4, 4, 4, 4, 4, 4, 3, 3, 2, 4, 3),
    "structure": (3, 3, 3, 2, 3, 3, 4, 4, 4, 3, 4),
}
TYPE_CHOICES = {
    "representatives": ("Doer", "Decision-maker"),
    "financial-resources": ("Grants", "Redirected/Aligned"),
}


def build_snapshot(info: WorkshopInfo, deck: Deck, scale: Scale) -> WorkshopSnapshot:
    participants = tuple(
        Participant(id=i + 1, name=name, sector=sector, role=role)  # type: ignore[arg-type]
        for i, (name, sector, role) in enumerate(ROSTER)
    )
    votes: list[Vote] = []
    history: list[VoteRecord] = []
    rounds: list[RoundRecord] = []
    minute = 0
    for number, table in ((1, ROUND_ONE), (2, ROUND_TWO)):
        for card, values in table.items():
            rounds.append(
                RoundRecord(
                    card,
                    number,
                    opened_at=f"2026-03-12T10:{minute % 60:02d}:00",
                    revealed_at=f"2026-03-12T10:{minute % 60:02d}:30",
                )
            )
            for p, value in zip(participants, values, strict=True):
                choice = None
                if card in TYPE_CHOICES:
                    choice = TYPE_CHOICES[card][p.id % 2]
                vote = Vote(
                    id=len(history) + 1,
                    participant_id=p.id,
                    card=card,
                    round=number,
                    value=value,
                    type_choice=choice,
                )
                if p.id == 2 and card == "charge" and number == 1:
                    # Ben first pressed 2 by mistake; the facilitator undid it.
                    wrong = Vote(
                        id=len(history) + 1, participant_id=p.id, card=card, round=1, value=2
                    )
                    history.append(
                        VoteRecord(
                            wrong,
                            recorded_at="2026-03-12T10:05:01",
                            retracted=True,
                            retracted_at="2026-03-12T10:05:09",
                        )
                    )
                    vote = Vote(
                        id=len(history) + 1,
                        participant_id=p.id,
                        card=card,
                        round=1,
                        value=value,
                        comment="pressed the wrong key first",
                    )
                votes.append(vote)
                history.append(VoteRecord(vote, recorded_at=f"2026-03-12T10:{minute % 60:02d}:10"))
            minute += 3
    disagreements = (
        Disagreement(
            1,
            "authority",
            1,
            "objection",
            "Residents never granted this partnership its authority.",
            raised_by=8,
        ),
        Disagreement(
            2,
            "authority",
            1,
            "proposal",
            "Hold two neighbourhood meetings to confirm the mandate.",
            raised_by=9,
        ),
        Disagreement(
            3,
            "time-frame",
            1,
            "concern",
            "An open time frame clashes with the two-year budget cycle.",
            raised_by=1,
            status="resolved",
        ),
        Disagreement(
            4,
            "structure",
            1,
            "objection",
            "With informal roles nobody is accountable when a commitment slips.",
            raised_by=5,
        ),
        Disagreement(
            5,
            "financial-resources",
            1,
            "parking-lot",
            "Who decides how aligned public money is spent?",
            raised_by=None,
        ),
    )
    notes = (
        Note("Attendance drops each spring in the after-school data.", stage="observing"),
        Note(
            "Funding talk splits by sector: is it about control?",
            card="financial-resources",
            stage="interpreting",
        ),
        Note("Ana to draft a two-year review clause before the next meeting.", kind="next-step"),
    )
    return WorkshopSnapshot(
        info=info,
        deck=deck,
        scale=scale,
        participants=participants,
        votes=tuple(votes),
        vote_history=tuple(history),
        disagreements=disagreements,
        rounds=tuple(rounds),
        trust_stage="storming",
        notes=notes,
        card_seconds={card: 300 + 15 * i for i, card in enumerate(deck.card_keys)},
    )


@pytest.fixture
def deck() -> Deck:
    return builtin_deck()


@pytest.fixture
def scale() -> Scale:
    return get_scale("agree5")


@pytest.fixture
def info() -> WorkshopInfo:
    return WorkshopInfo(
        partnership="Riverside Opportunity Partnership",
        date="2026-03-12",
        place="Riverside Community Hall",
        facilitator="Sam Ellery",
    )


@pytest.fixture
def snapshot(info: WorkshopInfo, deck: Deck, scale: Scale) -> WorkshopSnapshot:
    return build_snapshot(info, deck, scale)


@pytest.fixture
def pdf() -> PdfReadback:
    return PdfReadback()


@pytest.fixture
def script_names() -> tuple[str, str, str]:
    """Names in Greek (with a breathing mark), Cyrillic and Vietnamese, all on the roster."""
    return GREEK_NAME, CYRILLIC_NAME, VIETNAMESE_NAME
