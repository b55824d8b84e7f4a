"""Plain words for the codes the core returns: reasons, levels, trust stages, sectors, roles.

The PDF summary and the `signals` command use these sentences directly, in the deck's language
(through report/language.py; `signals --json` always in English); the UI has its own translated
strings for the same codes. Numbers are shown the way a facilitator would say them:
gaps to one decimal, consensus and agreement to two.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from xsector_desktop.core.model import Level, Reason, TrustStage
from xsector_desktop.core.stance import Stance

from .language import N_, decimal, percent, tr

SECTOR_NAMES: dict[str, str] = {
    "government": N_("Local government"),
    "business": N_("Business"),
    "nonprofit": N_("Nonprofit"),
    "philanthropy": N_("Philanthropy"),
    "community": N_("Community residents"),
    "education": N_("Education"),
    "health": N_("Health"),
}

ROLE_NAMES: dict[str, str] = {
    "doer": N_("Doers"),
    "decision-maker": N_("Decision-makers"),
    "unsaid": N_("Role not said"),
}

LEVEL_NAMES: dict[Level, str] = {
    "calm": N_("Calm"),
    "watch": N_("Watch"),
    "storming": N_("Storming"),
}

TRUST_STAGE_NAMES: dict[TrustStage, str] = {
    "forming": N_("Forming"),
    "storming": N_("Storming"),
    "norming": N_("Norming"),
    "performing": N_("Performing"),
}

# What each stage means, in the project's words after the framework's trust cycle.
TRUST_STAGE_DESCRIPTIONS: dict[TrustStage, str] = {
    "forming": N_(
        "Partners are just coming together; the newness and promise of the effort carry "
        "the group, like a honeymoon."
    ),
    "storming": N_(
        "Politeness gives way to real differences over objectives, roles and "
        "leadership, and partners may feel wary of one another."
    ),
    "norming": N_(
        "Conflicts and roles are being sorted out; objectives and ways of working "
        "become clearer and the group turns towards the work."
    ),
    "performing": N_(
        "The partnership has reached a steady state in which it can do the work "
        "needed to reach its goals."
    ),
}


def sector_name(key: str, sector_names: Mapping[str, str] | None = None) -> str:
    """The display name of a sector key; a free-text sector is shown as typed."""
    if sector_names and key in sector_names:
        return sector_names[key]
    return tr(SECTOR_NAMES[key]) if key in SECTOR_NAMES else key


def role_name(key: str) -> str:
    return tr(ROLE_NAMES[key]) if key in ROLE_NAMES else key


def level_name(level: Level) -> str:
    return tr(LEVEL_NAMES[level])


def trust_stage_name(stage: TrustStage) -> str:
    return tr(TRUST_STAGE_NAMES[stage])


def trust_stage_description(stage: TrustStage) -> str:
    return tr(TRUST_STAGE_DESCRIPTIONS[stage])


def _sector_in_sentence(key: str, sector_names: Mapping[str, str] | None) -> str:
    # In running text the short sector key reads better than the display name
    # ("government and community voters"); free-text sectors are shown as typed. In another
    # language the key is not a word of it, so the display name is used.
    if sector_names and key in sector_names:
        return sector_names[key]
    if tr(SECTOR_NAMES.get(key, "")) != SECTOR_NAMES.get(key, ""):
        return sector_name(key).lower()
    return key


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _plural(count: int, one: str, many: str) -> str:
    """one or many (templates already translated, with {count}) filled in."""
    return (one if count == 1 else many).format(count=count)


Params = Mapping[str, str | int | float]
_Names = Mapping[str, str] | None


def _int(params: Params, key: str) -> int:
    return int(params.get(key, 0))


def _float(params: Params, key: str) -> float:
    return float(params.get(key, 0.0))


def _blocks(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    if p.get("kind") == "veto":
        return _plural(count, tr("{count} person vetoed this."), tr("{count} people vetoed this."))
    return _plural(
        count,
        tr("{count} person blocked this with a fist."),
        tr("{count} people blocked this with a fist."),
    )


def _sector_split(p: Params, names: _Names) -> str:
    a = _sector_in_sentence(str(p.get("group_a", "")), names)
    b = _sector_in_sentence(str(p.get("group_b", "")), names)
    # The sentence gets the capital letter, not the first group: in Spanish both groups sit
    # mid-sentence ("Los votantes de comunidad y de gobierno").
    return _capitalised(
        tr("{a} and {b} voters are {gap} points apart.").format(
            a=a, b=b, gap=decimal(_float(p, "gap"), 1)
        )
    )


def _role_split(p: Params, _: _Names) -> str:
    return tr("Doers and decision-makers are {gap} points apart.").format(
        gap=decimal(_float(p, "gap"), 1)
    )


def _open_objections(p: Params, _: _Names) -> str:
    return _plural(
        _int(p, "count"),
        tr("{count} objection is still open."),
        tr("{count} objections are still open."),
    )


def _discussion(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    template = (
        tr("{count} person ({share}) asked for more discussion.")
        if count == 1
        else tr("{count} people ({share}) asked for more discussion.")
    )
    return template.format(count=count, share=percent(_float(p, "share")))


def _of_total(p: Params, template: str) -> str:
    return template.format(count=_int(p, "count"), total=_int(p, "total"))


def _no_ranked(p: Params, _: _Names) -> str:
    return _plural(
        _int(p, "count"),
        tr("None of the {count} vote is on the support scale (abstain, more discussion, veto)."),
        tr("None of the {count} votes is on the support scale (abstain, more discussion, veto)."),
    )


def _few_cards(p: Params, _: _Names) -> str:
    count = _int(p, "count")
    template = (
        tr("Only {count} card has been voted on; a reading needs at least {needed}.")
        if count == 1
        else tr("Only {count} cards have been voted on; a reading needs at least {needed}.")
    )
    return template.format(count=count, needed=_int(p, "needed"))


_RENDERERS: dict[str, Callable[[Params, _Names], str]] = {
    # Round signals
    "no_votes": lambda p, _: tr("No votes yet."),
    "no_ranked_votes": _no_ranked,
    "blocks": _blocks,
    "polarised": lambda p, _: tr(
        "The votes split into two camps (agreement A {agreement})."
    ).format(agreement=decimal(_float(p, "agreement"))),
    "low_consensus": lambda p, _: tr("Consensus is low: {consensus}, below {threshold}.").format(
        consensus=decimal(_float(p, "consensus")), threshold=decimal(_float(p, "threshold"))
    ),
    "sector_split": _sector_split,
    "role_split": _role_split,
    "open_objections": _open_objections,
    "discussion_requested": _discussion,
    "calm": lambda p, _: tr("The votes are close together, and nothing was raised."),
    # Trust-cycle reading
    "few_cards_voted": _few_cards,
    "many_storming": lambda p, _: _of_total(p, tr("{count} of {total} cards are storming.")),
    "objections_open": lambda p, _: _of_total(
        p, tr("{count} of {total} cards have open objections.")
    ),
    "settled": lambda p, _: _of_total(p, tr("{count} of {total} cards are calm.")),
    "worked_through": lambda p, _: _plural(
        _int(p, "count"),
        tr("{count} card moved towards agreement after discussion and a re-vote."),
        tr("{count} cards moved towards agreement after discussion and a re-vote."),
    ),
    "honeymoon": lambda p, _: _of_total(
        p, tr("{count} of {total} cards are calm, and no difference has been raised or tested yet.")
    ),
    "still_unsettled": lambda p, _: _of_total(
        p, tr("{count} of {total} cards still show watch or storming signals.")
    ),
    "diverging": lambda p, _: _plural(
        _int(p, "count"),
        tr("{count} card lost consensus on the re-vote."),
        tr("{count} cards lost consensus on the re-vote."),
    ),
    "unresolved": lambda p, _: _of_total(
        p, tr("{count} of {total} cards show differences not yet worked through.")
    ),
}

KNOWN_REASON_CODES: frozenset[str] = frozenset(_RENDERERS)


def reason_text(reason: Reason, sector_names: Mapping[str, str] | None = None) -> str:
    """One sentence for a reason; an unknown code is shown as itself rather than hidden."""
    render = _RENDERERS.get(reason.code)
    if render is None:
        return f"{reason.code}."
    return render(reason.params, sector_names)


UNITY_NAMES: dict[str, str] = {
    "united": N_("United"),
    "mostly": N_("Mostly agreed"),
    "divided": N_("Divided"),
    "split": N_("Split"),
}

# Where the group stands, by (direction, more than one proposed type, said as a leaning only).
_DIRECTIONS: dict[tuple[str, bool, bool], str] = {
    ("fits", False, False): N_("the proposed type fits us"),
    ("fits", True, False): N_("the proposed types fit us"),
    ("fits", False, True): N_("on balance, the proposed type fits us"),
    ("fits", True, True): N_("on balance, the proposed types fit us"),
    ("does_not_fit", False, False): N_("the proposed type does not fit us"),
    ("does_not_fit", True, False): N_("the proposed types do not fit us"),
    ("does_not_fit", False, True): N_("on balance, the proposed type does not fit us"),
    ("does_not_fit", True, True): N_("on balance, the proposed types do not fit us"),
    ("unsure", False, False): N_("unsure whether the proposed type fits us"),
    ("unsure", True, False): N_("unsure whether the proposed types fit us"),
    ("no_majority", False, False): N_("pulled both ways on the proposed type"),
    ("no_majority", True, False): N_("pulled both ways on the proposed types"),
}


def _direction_phrase(direction: str, types: int, majority: bool) -> str:
    plural = types > 1
    leaning = majority and direction in ("fits", "does_not_fit")
    if direction not in ("fits", "does_not_fit", "unsure"):
        direction = "no_majority"
    return tr(_DIRECTIONS[(direction, plural, leaning)])


def _unity_name(unity: str) -> str:
    return tr(UNITY_NAMES[unity]) if unity in UNITY_NAMES else unity


def stance_text(stance: Stance | None, types: int = 1) -> str:
    """How united the group is and where it stands, e.g. "United: the proposed type does not
    fit us". A divided or split room is said to lean ("on balance"), never to speak as one."""
    if stance is None:
        return tr("No votes on the agreement scale.")
    leaning = stance.unity in ("divided", "split")
    phrase = _direction_phrase(stance.direction, types, leaning)
    return tr("{unity}: {phrase}.").format(unity=_unity_name(stance.unity), phrase=phrase)


_SHORT_DIRECTIONS = {
    "fits": N_("fits"),
    "does_not_fit": N_("does not fit"),
    "unsure": N_("unsure"),
    "no_majority": N_("both ways"),
}


def stance_short(stance: Stance | None) -> str:
    """Two words for a table cell: "united · does not fit"."""
    if stance is None:
        return ""
    words = _SHORT_DIRECTIONS.get(stance.direction)
    direction = tr(words) if words else stance.direction
    return f"{_unity_name(stance.unity)} \u00b7 {direction}"


# What each statistic means, printed where it first appears (not only in the appendix).
MEASURE_NOTES: dict[str, str] = {
    "consensus": N_(
        "Consensus (Tastle and Wierman): 1 when everyone is on the same point, "
        "0 when the room is split half and half between the two ends of the scale."
    ),
    "agreement_a": N_(
        "Agreement A (van der Eijk): 1 for one shared view, 0 for votes spread "
        "evenly, \u22121 for two opposed camps."
    ),
    "dispersion_leik": N_(
        "Spread (Leik): 0 when everyone is on one point, 1 when the room is "
        "split between the two ends."
    ),
}


def measure_note(key: str) -> str:
    return tr(MEASURE_NOTES[key])
