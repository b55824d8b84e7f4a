"""Storming signals: what the votes and the raised disagreements say about one card and round.

Pure functions over model values. They return codes and numbers (Reason, Split); the report and
the UI turn those into words. See SignalSettings for the thresholds and why they sit where they
do.

Decisions the design left open:
- Points counted apart (abstain, more discussion needed, veto) are in `n` and `distribution`
  but not in the ranked measures or the group means; a veto still counts as a block.
- A tally vote (no participant) counts everywhere except in the sector and role groups. So does
  a vote whose participant is not in the roster, or has no sector / an unsaid role.
- Open objections for round r are the objections on the card raised in rounds up to r that are
  still open now: an objection from round 1 that nobody has resolved still weighs on round 2.
  Disagreements carry their current status only, so an earlier round cannot show that an
  objection was open back then and resolved later.
- Votes for a card that is not in `card_keys` are not dropped: their rounds follow the deck's
  cards, in key order, so nothing recorded disappears from the analysis.
"""

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from .measures import agreement_a, consensus, dispersion_leik
from .model import LEVELS, SECTORS, Disagreement, Level, Participant, Reason, Split, Vote
from .scales import Scale
from .signal_settings import PRIVACY_MIN_GROUP as PRIVACY_MIN_GROUP
from .signal_settings import PRIVACY_OFF_MIN_GROUP as PRIVACY_OFF_MIN_GROUP
from .signal_settings import SignalSettings as SignalSettings
from .stance import Stance, stance

APART_KINDS: tuple[str, ...] = ("abstain", "discuss", "veto")

# Every reason code round_signals can give, for the wording table and its completeness test.
REASON_CODES: tuple[str, ...] = (
    "no_votes",
    "no_ranked_votes",
    "blocks",
    "polarised",
    "low_consensus",
    "sector_split",
    "role_split",
    "open_objections",
    "discussion_requested",
    "calm",
)


class RoundSignals(NamedTuple):
    """Everything the signal panel, the profile and the `signals` command show for a round."""

    card: str
    round: int
    n: int  # votes on any point of the scale, counted-apart points included
    distribution: dict[int, int]  # every scale value, in the scale's order -> votes
    ranked_n: int  # votes on the support continuum
    mean_rank: float | None
    agreement_a: float | None
    consensus: float | None
    dispersion_leik: float | None
    blocks: int
    apart: dict[str, int]  # "abstain", "discuss", "veto" -> votes
    sector_split: Split | None
    role_split: Split | None
    open_objections: int
    level: Level
    reasons: tuple[Reason, ...]
    convergence: float | None  # consensus now minus consensus in the card's previous round
    type_choices: dict[str, int]
    # The value of the median ranked vote (the lower middle one when the count is even, so a
    # tie never reads as more support than the room gave) and the share of ranked votes above
    # the middle of the continuum.
    median_value: int | None = None
    support_share: float | None = None
    # How united the group is and which way it leans (core.stance): the level alone cannot
    # tell a room that rejects the proposed type from one that embraces it.
    stance: Stance | None = None


def _level_index(level: Level) -> int:
    return LEVELS.index(level)


def highest_level(reasons: Iterable[Reason]) -> Level:
    levels = [r.level for r in reasons]
    return max(levels, key=_level_index) if levels else "calm"


def _group_sort_key(name: str) -> tuple[int, str]:
    # Built-in sectors in the roster's order, then free-text ones alphabetically.
    return (SECTORS.index(name), "") if name in SECTORS else (len(SECTORS), name.casefold())


def _largest_gap(ranks_by_group: Mapping[str, list[int]], min_group: int) -> Split | None:
    means = {
        group: (sum(ranks) / len(ranks), len(ranks))
        for group, ranks in ranks_by_group.items()
        if len(ranks) >= min_group
    }
    if len(means) < 2:
        return None
    ordered = sorted(means, key=_group_sort_key)
    low = min(ordered, key=lambda g: means[g][0])
    high = max(ordered, key=lambda g: means[g][0])
    if low == high:  # every mean equal: report the first two, zero apart
        low, high = ordered[0], ordered[1]
    return Split(low, high, means[low][0], means[high][0], means[low][1], means[high][1])


def _role_gap(ranks_by_role: Mapping[str, list[int]], min_group: int) -> Split | None:
    doers = ranks_by_role.get("doer", [])
    deciders = ranks_by_role.get("decision-maker", [])
    if len(doers) < min_group or len(deciders) < min_group:
        return None
    return Split(
        "doer",
        "decision-maker",
        sum(doers) / len(doers),
        sum(deciders) / len(deciders),
        len(doers),
        len(deciders),
    )


def _median_value(scale: Scale, rank_counts: Sequence[int], ranked_n: int) -> int | None:
    if ranked_n == 0:
        return None
    lower_middle = (ranked_n + 1) // 2  # 1-based position of the (lower) median vote
    seen = 0
    for point, count in zip(scale.ranked, rank_counts, strict=True):
        seen += count
        if seen >= lower_middle:
            return point.value
    raise AssertionError("rank counts do not add up to ranked_n")


def _round3(value: float) -> float:
    return round(value, 3)


def _split_reason(code: str, split: Split, width: int, settings: SignalSettings) -> Reason | None:
    if width <= 0:
        return None
    share = split.gap / width
    if share >= settings.split_storming_share:
        level: Level = "storming"
    elif share >= settings.split_watch_share:
        level = "watch"
    else:
        return None
    params: dict[str, str | int | float] = {
        "group_a": split.group_a,
        "group_b": split.group_b,
        "gap": _round3(split.gap),
        "mean_a": _round3(split.mean_a),
        "mean_b": _round3(split.mean_b),
    }
    return Reason(code, params, level)


def _reasons(
    *,
    n: int,
    ranked_n: int,
    blocks: int,
    block_kind: str,
    agreement: float | None,
    cns: float | None,
    sector_split: Split | None,
    role_split: Split | None,
    width: int,
    open_objections: int,
    discuss: int,
    settings: SignalSettings,
) -> tuple[Reason, ...]:
    if n == 0:
        return (Reason("no_votes", {}, "calm"),)
    found: list[Reason] = []
    if blocks >= settings.blocks_storming:
        found.append(Reason("blocks", {"count": blocks, "kind": block_kind}, "storming"))
    if agreement is not None and agreement < settings.agreement_storming:
        found.append(Reason("polarised", {"agreement": _round3(agreement)}, "storming"))
    if cns is not None and cns < settings.consensus_watch:
        level: Level = "storming" if cns < settings.consensus_storming else "watch"
        threshold = settings.consensus_storming if level == "storming" else settings.consensus_watch
        found.append(Reason("low_consensus", {"consensus": cns, "threshold": threshold}, level))
    for code, split in (("sector_split", sector_split), ("role_split", role_split)):
        if split is not None and (reason := _split_reason(code, split, width, settings)):
            found.append(reason)
    if open_objections >= settings.objections_watch:
        found.append(Reason("open_objections", {"count": open_objections}, "watch"))
    if discuss and discuss / n >= settings.discuss_share_watch:
        found.append(
            Reason(
                "discussion_requested",
                {"count": discuss, "share": _round3(discuss / n)},
                "watch",
            )
        )
    if ranked_n == 0:
        found.append(Reason("no_ranked_votes", {"count": n}, "calm"))
    if ranked_n and not any(r.level != "calm" for r in found):
        found.append(Reason("calm", {"ranked_n": ranked_n}, "calm"))
    # Most serious first: the panel and the projector show the first reason biggest.
    found.sort(key=lambda r: -_level_index(r.level))
    return tuple(found)


def _open_objections(disagreements: Iterable[Disagreement], card: str, round_: int) -> int:
    return sum(
        1
        for d in disagreements
        if d.card == card and d.round <= round_ and d.kind == "objection" and d.status == "open"
    )


def round_signals(
    scale: Scale,
    card: str,
    round: int,  # named as in Vote and Disagreement, though it shadows the builtin here
    votes: Sequence[Vote],
    participants: Mapping[int, Participant],
    disagreements: Sequence[Disagreement],
    settings: SignalSettings | None = None,
    previous: RoundSignals | None = None,
) -> RoundSignals:
    """The signals of one card's round from its effective votes.

    `votes` are that card and round's votes after retractions; `previous` is the same card's
    preceding round, for convergence. A vote on a value the scale does not have raises
    ValueError naming the vote.
    """
    settings = settings or SignalSettings()
    points = {p.value: p for p in scale.points}
    ranked_position = {p.value: i for i, p in enumerate(scale.ranked)}
    distribution = dict.fromkeys(scale.values, 0)
    rank_counts = [0] * scale.k
    apart = dict.fromkeys(APART_KINDS, 0)
    blocks = 0
    ranks_by_sector: dict[str, list[int]] = defaultdict(list)
    ranks_by_role: dict[str, list[int]] = defaultdict(list)
    type_choices: Counter[str] = Counter()
    for vote in votes:
        point = points.get(vote.value)
        if point is None:
            raise ValueError(
                f"vote {vote.id} (card '{vote.card}', round {vote.round}): value {vote.value} "
                f"is not a point of scale '{scale.key}'"
            )
        distribution[vote.value] += 1
        if point.block:
            blocks += 1
        if vote.type_choice:
            type_choices[vote.type_choice] += 1
        if point.apart is not None:
            apart[point.apart] += 1  # a scale's apart points are one of APART_KINDS
            continue
        position = ranked_position[vote.value]
        rank_counts[position] += 1
        who = participants.get(vote.participant_id) if vote.participant_id is not None else None
        if who is not None:
            # Ranks run 1..k; group means are in rank units, i.e. scale points.
            if who.sector.strip():
                ranks_by_sector[who.sector.strip()].append(position + 1)
            if who.role in ("doer", "decision-maker"):
                ranks_by_role[who.role].append(position + 1)

    n = len(votes)
    ranked_n = sum(rank_counts)
    mean_rank = sum((i + 1) * c for i, c in enumerate(rank_counts)) / ranked_n if ranked_n else None
    agreement = agreement_a(rank_counts)
    cns = consensus(rank_counts)
    sector_split = _largest_gap(ranks_by_sector, settings.min_group)
    role_split = _role_gap(ranks_by_role, settings.min_group)
    open_objections = _open_objections(disagreements, card, round)
    veto_blocks = any(p.block and p.apart == "veto" for p in scale.points)
    reasons = _reasons(
        n=n,
        ranked_n=ranked_n,
        blocks=blocks,
        block_kind="veto" if veto_blocks else "block",
        agreement=agreement,
        cns=cns,
        sector_split=sector_split,
        role_split=role_split,
        width=scale.k - 1,
        open_objections=open_objections,
        discuss=apart["discuss"],
        settings=settings,
    )
    upper_half = sum(c for i, c in enumerate(rank_counts) if (i + 1) > (scale.k + 1) / 2)
    convergence = None
    if previous is not None and previous.consensus is not None and cns is not None:
        convergence = cns - previous.consensus
    return RoundSignals(
        card=card,
        round=round,
        n=n,
        distribution=distribution,
        ranked_n=ranked_n,
        mean_rank=mean_rank,
        agreement_a=agreement,
        consensus=cns,
        dispersion_leik=dispersion_leik(rank_counts),
        blocks=blocks,
        apart=apart,
        sector_split=sector_split,
        role_split=role_split,
        open_objections=open_objections,
        level=highest_level(reasons),
        reasons=reasons,
        convergence=convergence,
        type_choices=dict(sorted(type_choices.items())),
        median_value=_median_value(scale, rank_counts, ranked_n),
        support_share=upper_half / ranked_n if ranked_n else None,
        stance=stance(rank_counts, cns, agreement, settings),
    )


def workshop_signals(
    scale: Scale,
    card_keys: Sequence[str],
    votes: Iterable[Vote],
    participants: Mapping[int, Participant],
    disagreements: Sequence[Disagreement],
    settings: SignalSettings | None = None,
) -> list[RoundSignals]:
    """Signals for every card and round that has votes: deck order, then round order.

    One pass groups the votes, so the work grows with the number of votes, not votes x cards.
    """
    settings = settings or SignalSettings()
    by_round: dict[str, dict[int, list[Vote]]] = defaultdict(lambda: defaultdict(list))
    for vote in votes:
        by_round[vote.card][vote.round].append(vote)
    disagreements_by_card: dict[str, list[Disagreement]] = defaultdict(list)
    for d in disagreements:
        disagreements_by_card[d.card].append(d)
    deck = list(dict.fromkeys(card_keys))
    in_deck = set(deck)
    strays = sorted(card for card in by_round if card not in in_deck)
    result: list[RoundSignals] = []
    for card in deck + strays:
        previous: RoundSignals | None = None
        for round_number in sorted(by_round.get(card, {})):
            previous = round_signals(
                scale,
                card,
                round_number,
                by_round[card][round_number],
                participants,
                disagreements_by_card.get(card, []),
                settings,
                previous,
            )
            result.append(previous)
    return result


def latest_by_card(signals: Iterable[RoundSignals]) -> list[RoundSignals]:
    """Each card's last round, in the order the cards first appear."""
    latest: dict[str, RoundSignals] = {}
    for rs in signals:
        if rs.card not in latest or rs.round > latest[rs.card].round:
            latest[rs.card] = rs
    return list(latest.values())
