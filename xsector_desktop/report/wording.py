"""Plain English for the codes the core returns: reasons, levels, trust stages, sectors, roles.

The PDF summary and the `signals` command use these sentences directly; the UI has its own
translated strings for the same codes. Numbers are shown the way a facilitator would say them:
gaps to one decimal, consensus and agreement to two.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from xsector_desktop.core.model import Level, Reason, TrustStage
from xsector_desktop.core.stance import Stance

SECTOR_NAMES: dict[str, str] = {
    "government": "Local government",
    "business": "Business",
    "nonprofit": "Nonprofit",
    "philanthropy": "Philanthropy",
    "community": "Community residents",
    "education": "Education",
    "health": "Health",
}

ROLE_NAMES: dict[str, str] = {
    "doer": "Doers",
    "decision-maker": "Decision-makers",
    "unsaid": "Role not said",
}

LEVEL_NAMES: dict[Level, str] = {"calm": "Calm", "watch": "Watch", "storming": "Storming"}

TRUST_STAGE_NAMES: dict[TrustStage, str] = {
    "forming": "Forming",
    "storming": "Storming",
    "norming": "Norming",
    "performing": "Performing",
}

# What each stage means, in the project's words after the framework's trust cycle.
TRUST_STAGE_DESCRIPTIONS: dict[TrustStage, str] = {
    "forming": "Partners are just coming together; the newness and promise of the effort carry "
    "the group, like a honeymoon.",
    "storming": "Politeness gives way to real differences over objectives, roles and "
    "leadership, and partners may feel wary of one another.",
    "norming": "Conflicts and roles are being sorted out; objectives and ways of working "
    "become clearer and the group turns towards the work.",
    "performing": "The partnership has reached a steady state in which it can do the work "
    "needed to reach its goals.",
}


def sector_name(key: str, sector_names: Mapping[str, str] | None = None) -> str:
    """The display name of a sector key; a free-text sector is shown as typed."""
    if sector_names and key in sector_names:
        return sector_names[key]
    return SECTOR_NAMES.get(key, key)


def level_name(level: Level) -> str:
    return LEVEL_NAMES[level]


def trust_stage_name(stage: TrustStage) -> str:
    return TRUST_STAGE_NAMES[stage]


def _sector_in_sentence(key: str, sector_names: Mapping[str, str] | None) -> str:
    # In running text the short sector key reads better than the display name
    # ("government and community voters"); free-text sectors are shown as typed.
    if sector_names and key in sector_names:
        return sector_names[key]
    return key


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


Params = Mapping[str, str | int | float]
_Names = Mapping[str, str] | None


def _int(params: Params, key: str) -> int:
    return int(params.get(key, 0))


def _float(params: Params, key: str) -> float:
    return float(params.get(key, 0.0))


def _blocks(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    if p.get("kind") == "veto":
        return f"{_plural(count, 'person', 'people')} vetoed this."
    return f"{_plural(count, 'person', 'people')} blocked this with a fist."


def _sector_split(p: Params, names: _Names) -> str:
    a = _sector_in_sentence(str(p.get("group_a", "")), names)
    b = _sector_in_sentence(str(p.get("group_b", "")), names)
    return f"{_capitalised(a)} and {b} voters are {_float(p, 'gap'):.1f} points apart."


def _role_split(p: Params, _: _Names) -> str:
    return f"Doers and decision-makers are {_float(p, 'gap'):.1f} points apart."


def _open_objections(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    verb = "is" if count == 1 else "are"
    return f"{_plural(count, 'objection', 'objections')} {verb} still open."


def _discussion(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    return (
        f"{_plural(count, 'person', 'people')} ({_float(p, 'share'):.0%}) asked for more "
        "discussion."
    )


def _of_total(p: Params, what: str) -> str:
    return f"{_int(p, 'count')} of {_int(p, 'total')} cards {what}"


_RENDERERS: dict[str, Callable[[Params, _Names], str]] = {
    # Round signals
    "no_votes": lambda p, _: "No votes yet.",
    "no_ranked_votes": lambda p, _: (
        f"None of the {_plural(_int(p, 'count'), 'vote', 'votes')} is on the support scale "
        "(abstain, more discussion, veto)."
    ),
    "blocks": _blocks,
    "polarised": lambda p, _: (
        f"The votes split into two camps (agreement A {_float(p, 'agreement'):.2f})."
    ),
    "low_consensus": lambda p, _: (
        f"Consensus is low: {_float(p, 'consensus'):.2f}, below {_float(p, 'threshold'):.2f}."
    ),
    "sector_split": _sector_split,
    "role_split": _role_split,
    "open_objections": _open_objections,
    "discussion_requested": _discussion,
    "calm": lambda p, _: "The votes are close together, and nothing was raised.",
    # Trust-cycle reading
    "few_cards_voted": lambda p, _: (
        f"Only {_plural(_int(p, 'count'), 'card has', 'cards have')} been voted on; a reading "
        f"needs at least {_int(p, 'needed')}."
    ),
    "many_storming": lambda p, _: _of_total(p, "are storming."),
    "objections_open": lambda p, _: _of_total(p, "have open objections."),
    "settled": lambda p, _: _of_total(p, "are calm."),
    "worked_through": lambda p, _: (
        f"{_plural(_int(p, 'count'), 'card', 'cards')} moved towards agreement after "
        "discussion and a re-vote."
    ),
    "honeymoon": lambda p, _: _of_total(
        p, "are calm, and no difference has been raised or tested yet."
    ),
    "still_unsettled": lambda p, _: _of_total(p, "still show watch or storming signals."),
    "diverging": lambda p, _: (
        f"{_plural(_int(p, 'count'), 'card', 'cards')} lost consensus on the re-vote."
    ),
    "unresolved": lambda p, _: _of_total(p, "show differences not yet worked through."),
}

KNOWN_REASON_CODES: frozenset[str] = frozenset(_RENDERERS)


def reason_text(reason: Reason, sector_names: Mapping[str, str] | None = None) -> str:
    """One sentence for a reason; an unknown code is shown as itself rather than hidden."""
    render = _RENDERERS.get(reason.code)
    if render is None:
        return f"{reason.code}."
    return render(reason.params, sector_names)


UNITY_NAMES: dict[str, str] = {
    "united": "United",
    "mostly": "Mostly agreed",
    "divided": "Divided",
    "split": "Split",
}


def _direction_phrase(direction: str, types: int, majority: bool) -> str:
    subject = "the proposed types" if types > 1 else "the proposed type"
    fit, fits_not = ("fit", "do not fit") if types > 1 else ("fits", "does not fit")
    lead = "on balance, " if majority else ""
    if direction == "fits":
        return f"{lead}{subject} {fit} us"
    if direction == "does_not_fit":
        return f"{lead}{subject} {fits_not} us"
    if direction == "unsure":
        return f"unsure whether {subject} {fit} us"
    return f"pulled both ways on {subject}"


def stance_text(stance: Stance | None, types: int = 1) -> str:
    """How united the group is and where it stands, e.g. "United: the proposed type does not
    fit us". A divided or split room is said to lean ("on balance"), never to speak as one."""
    if stance is None:
        return "No votes on the agreement scale."
    leaning = stance.unity in ("divided", "split")
    phrase = _direction_phrase(stance.direction, types, leaning)
    return f"{UNITY_NAMES.get(stance.unity, stance.unity)}: {phrase}."


def stance_short(stance: Stance | None) -> str:
    """Two words for a table cell: "united · does not fit"."""
    if stance is None:
        return ""
    direction = {
        "fits": "fits",
        "does_not_fit": "does not fit",
        "unsure": "unsure",
        "no_majority": "both ways",
    }.get(stance.direction, stance.direction)
    return f"{UNITY_NAMES.get(stance.unity, stance.unity)} \u00b7 {direction}"


# What each statistic means, printed where it first appears (not only in the appendix).
MEASURE_NOTES: dict[str, str] = {
    "consensus": "Consensus (Tastle and Wierman): 1 when everyone is on the same point, "
    "0 when the room is split half and half between the two ends of the scale.",
    "agreement_a": "Agreement A (van der Eijk): 1 for one shared view, 0 for votes spread "
    "evenly, \u22121 for two opposed camps.",
    "dispersion_leik": "Spread (Leik): 0 when everyone is on one point, 1 when the room is "
    "split between the two ends.",
}
