"""The thresholds that turn the storming measures into a level, with why each default is what it is.

They are defaults: a workshop may store its own, and the privacy setting changes `min_group`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

PRIVACY_MIN_GROUP = 3  # DESIGN.md: groups of fewer than 3 voters are not broken out
PRIVACY_OFF_MIN_GROUP = 2  # DESIGN.md's floor: "two sectors that each have at least 2 voters"


@dataclass(frozen=True)
class SignalSettings:
    """Thresholds that turn the numbers into a level. Defaults the facilitator can change.

    consensus_watch = 0.7, consensus_storming = 0.5 (Tastle & Wierman's Cns):
        On a 5-point scale a group split evenly between "disagree" and "agree" scores 0.58 and
        votes spread evenly over all five points score 0.43, so below 0.5 the room holds clearly
        different views; a group mostly on one point with a few one step away stays above 0.7.
    agreement_storming = 0.0 (van der Eijk's A):
        A below 0 means the votes lean towards two camps rather than one peak or an even spread;
        that is polarisation, the clearest storming pattern.
    blocks_storming = 1:
        A fist or a veto says "I cannot go along with this": one is enough to stop and talk.
    split_watch_share = 0.25, split_storming_share = 0.5 (share of the continuum, k - 1):
        Two sectors (or doers and decision-makers) a quarter of the scale apart - one point on a
        5-point scale - see the card differently; half the scale apart (two points) means one
        group leans for and the other against.
    objections_watch = 1:
        An open objection is unfinished business even when the votes look calm.
    discuss_share_watch = 0.25:
        When a quarter of the room asks for more discussion (gradients of agreement), the card
        is not settled whatever the ranked votes say.
    min_group = 3 (privacy):
        A sector or role group with fewer voters is never broken out, so no one's vote can be
        read off a group mean. Turning privacy protection off lowers it to 2, the design's floor;
        a "group" of one would simply be that person's vote.
    """

    consensus_watch: float = 0.7
    consensus_storming: float = 0.5
    agreement_storming: float = 0.0
    blocks_storming: int = 1
    split_watch_share: float = 0.25
    split_storming_share: float = 0.5
    objections_watch: int = 1
    discuss_share_watch: float = 0.25
    min_group: int = PRIVACY_MIN_GROUP

    def __post_init__(self) -> None:
        if self.min_group < PRIVACY_OFF_MIN_GROUP:
            raise ValueError(f"min_group is {self.min_group}: must be at least 2")
        if self.consensus_storming > self.consensus_watch:
            raise ValueError("consensus_storming must not be above consensus_watch")
        if self.split_watch_share > self.split_storming_share:
            raise ValueError("split_watch_share must not be above split_storming_share")
        if self.blocks_storming < 1 or self.objections_watch < 1:
            raise ValueError("blocks_storming and objections_watch must be at least 1")

    def with_privacy(self, protection: bool) -> SignalSettings:
        """These settings with the privacy rule on (groups >= 3) or off (groups >= 2)."""
        return replace(self, min_group=PRIVACY_MIN_GROUP if protection else PRIVACY_OFF_MIN_GROUP)
