"""Screen words for the codes the core returns: levels, sectors, roles, kinds and reasons.

Everything goes through QCoreApplication.translate, so the translation files can be generated
from this one place; the core stays free of sentences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xsector_desktop.core.model import Reason
from xsector_desktop.core.stance import Stance

CONTEXT = "words"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plural(count: int, one: str, many: str) -> str:
    """`one` or `many`, already translated, filled in with {count}.

    Qt's own plural forms ("%n") need a compiled translation even for English; two plain
    variants read right without one, and translators still see both.
    """
    return (one if count == 1 else many).format(count=count)


def level(code: str) -> str:
    return {"calm": _t("calm"), "watch": _t("watch"), "storming": _t("storming")}.get(code, code)


def sector(code: str) -> str:
    known = {
        "government": _t("Government"),
        "business": _t("Business"),
        "nonprofit": _t("Nonprofit"),
        "philanthropy": _t("Philanthropy"),
        "community": _t("Community"),
        "education": _t("Education"),
        "health": _t("Health"),
    }
    return known.get(code, code)


def role(code: str) -> str:
    return {
        "doer": _t("Doer"),
        "decision-maker": _t("Decision-maker"),
        "unsaid": _t("Not said"),
    }.get(code, code)


def kind(code: str) -> str:
    return {
        "objection": _t("Objection"),
        "concern": _t("Concern"),
        "proposal": _t("Proposal"),
        "parking-lot": _t("Parking lot"),
    }.get(code, code)


def status(code: str) -> str:
    return {"open": _t("open"), "resolved": _t("resolved")}.get(code, code)


def _group(name: object) -> str:
    text = str(name)
    return role(text) if text in ("doer", "decision-maker") else sector(text)


def reason(r: Reason) -> str:
    p = r.params
    if r.code == "no_votes":
        return _t("No votes yet")
    if r.code == "blocks":
        count = int(p.get("count", 0))
        return plural(count, _t("{count} block or veto"), _t("{count} blocks or vetoes"))
    if r.code == "polarised":
        return _t("The group is polarised (agreement {a:+.2f})").format(a=float(p["agreement"]))
    if r.code == "low_consensus":
        return _t("Consensus is {c:.2f}, below {t:.2f}").format(
            c=float(p["consensus"]), t=float(p["threshold"])
        )
    if r.code in ("sector_split", "role_split"):
        return _t("{a} and {b} voters are {gap:.1f} points apart").format(
            a=_group(p["group_a"]), b=_group(p["group_b"]).lower(), gap=float(p["gap"])
        )
    if r.code == "open_objections":
        count = int(p.get("count", 0))
        return plural(count, _t("{count} open objection"), _t("{count} open objections"))
    if r.code == "discussion_requested":
        return _t("{count} asked for more discussion").format(count=p.get("count", 0))
    if r.code == "no_ranked_votes":
        return _t("No votes on the agreement scale")
    if r.code == "calm":
        return _t("Votes close together, nothing raised")
    return r.code.replace("_", " ")


def convergence(change: float, previous_round: int) -> str:
    if abs(change) < 0.005:
        return _t("Consensus unchanged since round {r}").format(r=previous_round)
    if change > 0:
        return _t("Consensus rose by {d:.2f} since round {r}: converging").format(
            d=change, r=previous_round
        )
    return _t("Consensus fell by {d:.2f} since round {r}: diverging").format(
        d=-change, r=previous_round
    )


def unity(code: str) -> str:
    return {
        "united": _t("United"),
        "mostly": _t("Mostly agreed"),
        "divided": _t("Divided"),
        "split": _t("Split"),
    }.get(code, code)


def direction(code: str) -> str:
    """A few words for a table cell."""
    return {
        "fits": _t("fits"),
        "does_not_fit": _t("does not fit"),
        "unsure": _t("unsure"),
        "no_majority": _t("both ways"),
    }.get(code, code)


def stance(s: Stance | None, types: int = 1) -> str:
    """How united the group is and where it stands: "United: the proposed type does not fit
    us". A divided or split room is said to lean ("on balance"), never to speak as one."""
    if s is None:
        return _t("No votes on the agreement scale")
    leaning = s.unity in ("divided", "split")
    many = types > 1
    phrases = {
        ("fits", False, False): _t("the proposed type fits us"),
        ("fits", False, True): _t("on balance, the proposed type fits us"),
        ("fits", True, False): _t("the proposed types fit us"),
        ("fits", True, True): _t("on balance, the proposed types fit us"),
        ("does_not_fit", False, False): _t("the proposed type does not fit us"),
        ("does_not_fit", False, True): _t("on balance, the proposed type does not fit us"),
        ("does_not_fit", True, False): _t("the proposed types do not fit us"),
        ("does_not_fit", True, True): _t("on balance, the proposed types do not fit us"),
    }
    phrase = phrases.get((s.direction, many, leaning))
    if phrase is None and s.direction == "unsure":
        phrase = (
            _t("unsure whether the proposed types fit us")
            if many
            else _t("unsure whether the proposed type fits us")
        )
    if phrase is None:
        phrase = (
            _t("pulled both ways on the proposed types")
            if many
            else _t("pulled both ways on the proposed type")
        )
    return _t("{unity}: {phrase}").format(unity=unity(s.unity), phrase=phrase)


def measures_line(consensus: float | None, agreement: float | None = None) -> str:
    """The statistics, each with what it means, for the line under the plain words (the room's
    screen gives consensus alone: one number, explained, is what a back row can take in)."""
    parts = []
    if consensus is not None:
        parts.append(_t("consensus {c:.2f}, where 1 is everyone on one point").format(c=consensus))
    if agreement is not None:
        parts.append(_t("agreement A {a:+.2f} (−1 two camps … +1 one view)").format(a=agreement))
    return " · ".join(parts)
