"""Screen words for the codes the core returns: levels, sectors, roles, kinds and reasons.

Everything goes through QCoreApplication.translate, so the translation files can be generated
from this one place; the core stays free of sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xsector_desktop.core.model import Reason
from xsector_desktop.core.stance import Stance
from xsector_desktop.ui.controllers.phrases import CONTEXT as PHRASES
from xsector_desktop.ui.controllers.phrases import Phrase
from xsector_desktop.ui.numbers import decimal

CONTEXT = "words"


# A literal context in each call, so that pyside6-lupdate files every phrase under it.
translate = QCoreApplication.translate


def said(text: str) -> str:
    """A controller's Phrase (an undo step, a refused write) in the interface's language;
    any other text as it is."""
    if isinstance(text, Phrase):
        values = {key: _value_word(key, value) for key, value in text.values.items()}
        return translate(PHRASES, text.template).format(**values)
    return text


def _value_word(key: str, value: object) -> object:
    """A phrase's value in words: codes (kinds, statuses, stages) named, phrases said."""
    if isinstance(value, Phrase):
        return said(value)
    if key == "kind":
        return kind(str(value)).lower()
    if key == "status":
        return status(str(value))
    if key in ("stage", "suggested"):
        from .profile.trust_words import stage  # it imports this module

        return stage(str(value))
    return value


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many`, already translated, filled in with {count}.

    Qt's own plural forms ("%n") need a compiled translation even for English; two plain
    variants read right without one, and translators still see both.
    """
    return (one if count == 1 else many).format(count=count)


def level(code: str) -> str:
    return {
        "calm": translate("words", "calm"),
        "watch": translate("words", "watch"),
        "storming": translate("words", "storming"),
    }.get(code, code)


def sector(code: str) -> str:
    known = {
        "government": translate("words", "Government"),
        "business": translate("words", "Business"),
        "nonprofit": translate("words", "Nonprofit"),
        "philanthropy": translate("words", "Philanthropy"),
        "community": translate("words", "Community"),
        "education": translate("words", "Education"),
        "health": translate("words", "Health"),
    }
    return known.get(code, code)


def role(code: str) -> str:
    return {
        "doer": translate("words", "Doer"),
        "decision-maker": translate("words", "Decision-maker"),
        "unsaid": translate("words", "Not said"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "objection": translate("words", "Objection"),
        "concern": translate("words", "Concern"),
        "proposal": translate("words", "Proposal"),
        "parking-lot": translate("words", "Parking lot"),
    }.get(code, code)


def status(code: str) -> str:
    return {"open": translate("words", "open"), "resolved": translate("words", "resolved")}.get(
        code, code
    )


def _group(name: object) -> str:
    text = str(name)
    return role(text) if text in ("doer", "decision-maker") else sector(text)


def _group_in_sentence(name: object) -> str:
    # A known sector or role is a common noun in running text; a typed-in sector stays as typed.
    shown = _group(name)
    return shown.lower() if shown != str(name) else shown


def reason(r: Reason) -> str:
    p = r.params
    if r.code == "no_votes":
        return translate("words", "No votes yet")
    if r.code == "blocks":
        count = int(p.get("count", 0))
        return plural(
            count,
            translate("words", "{count} block or veto"),
            translate("words", "{count} blocks or vetoes"),
        )
    if r.code == "polarised":
        return translate("words", "The group is polarised (agreement {a})").format(
            a=decimal(float(p["agreement"]), signed=True)
        )
    if r.code == "low_consensus":
        return translate("words", "Consensus is {c}, below {t}").format(
            c=decimal(float(p["consensus"])), t=decimal(float(p["threshold"]))
        )
    if r.code in ("sector_split", "role_split"):
        # Both groups sit mid-sentence in some languages ("Los votantes de comunidad y
        # gobierno"), so the sentence, not the first group, gets the capital letter.
        said = translate("words", "{a} and {b} voters are {gap} points apart").format(
            a=_group_in_sentence(p["group_a"]),
            b=_group_in_sentence(p["group_b"]),
            gap=decimal(float(p["gap"]), 1),
        )
        return said[:1].upper() + said[1:]
    if r.code == "open_objections":
        count = int(p.get("count", 0))
        return plural(
            count,
            translate("words", "{count} open objection"),
            translate("words", "{count} open objections"),
        )
    if r.code == "discussion_requested":
        return translate("words", "{count} asked for more discussion").format(
            count=p.get("count", 0)
        )
    if r.code == "no_ranked_votes":
        return translate("words", "No votes on the agreement scale")
    if r.code == "calm":
        return translate("words", "Votes close together, nothing raised")
    return r.code.replace("_", " ")


def convergence(change: float, previous_round: int) -> str:
    if abs(change) < 0.005:
        return translate("words", "Consensus unchanged since round {r}").format(r=previous_round)
    if change > 0:
        return translate("words", "Consensus rose by {d} since round {r}: converging").format(
            d=decimal(change), r=previous_round
        )
    return translate("words", "Consensus fell by {d} since round {r}: diverging").format(
        d=decimal(-change), r=previous_round
    )


def unity(code: str) -> str:
    return {
        "united": translate("words", "United"),
        "mostly": translate("words", "Mostly agreed"),
        "divided": translate("words", "Divided"),
        "split": translate("words", "Split"),
    }.get(code, code)


def direction(code: str) -> str:
    """A few words for a table cell."""
    return {
        "fits": translate("words", "fits"),
        "does_not_fit": translate("words", "does not fit"),
        "unsure": translate("words", "unsure"),
        "no_majority": translate("words", "both ways"),
    }.get(code, code)


def stance(s: Stance | None, types: int = 1) -> str:
    """How united the group is and where it stands: "United: the proposed type does not fit
    us". A divided or split room is said to lean ("on balance"), never to speak as one."""
    if s is None:
        return translate("words", "No votes on the agreement scale")
    leaning = s.unity in ("divided", "split")
    many = types > 1
    phrases = {
        ("fits", False, False): translate("words", "the proposed type fits us"),
        ("fits", False, True): translate("words", "on balance, the proposed type fits us"),
        ("fits", True, False): translate("words", "the proposed types fit us"),
        ("fits", True, True): translate("words", "on balance, the proposed types fit us"),
        ("does_not_fit", False, False): translate("words", "the proposed type does not fit us"),
        ("does_not_fit", False, True): translate(
            "words", "on balance, the proposed type does not fit us"
        ),
        ("does_not_fit", True, False): translate("words", "the proposed types do not fit us"),
        ("does_not_fit", True, True): translate(
            "words", "on balance, the proposed types do not fit us"
        ),
    }
    phrase = phrases.get((s.direction, many, leaning))
    if phrase is None and s.direction == "unsure":
        phrase = (
            translate("words", "unsure whether the proposed types fit us")
            if many
            else translate("words", "unsure whether the proposed type fits us")
        )
    if phrase is None:
        phrase = (
            translate("words", "pulled both ways on the proposed types")
            if many
            else translate("words", "pulled both ways on the proposed type")
        )
    return translate("words", "{unity}: {phrase}").format(unity=unity(s.unity), phrase=phrase)


def measures_line(consensus: float | None, agreement: float | None = None) -> str:
    """The statistics, each with what it means, for the line under the plain words (the room's
    screen gives consensus alone: one number, explained, is what a back row can take in)."""
    parts = []
    if consensus is not None:
        parts.append(
            translate("words", "consensus {c}, where 1 is everyone on one point").format(
                c=decimal(consensus)
            )
        )
    if agreement is not None:
        parts.append(
            translate("words", "agreement A {a} (−1 two camps … +1 one view)").format(
                a=decimal(agreement, signed=True)
            )
        )
    return " · ".join(parts)
