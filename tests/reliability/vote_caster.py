"""The child of test_crash.py: casts votes the way the app does until it is killed.

Usage: python vote_caster.py WORKSHOP SEED

It imports everything first and prints ``ready``, then waits for a line on stdin before opening
the workshop, so the parent can check the previous kill while this child is still importing.
After each ``cast_vote`` returns it prints ``vote ID PARTICIPANT CARD ROUND VALUE``: a line on
stdout is the child's word that the vote is on disk. Now and then it closes the workshop (which
takes a backup) and opens it again, so kills also land in the middle of a backup or an open.
"""

from __future__ import annotations

import random
import sys

from xsector_desktop.core.deck import builtin_deck
from xsector_desktop.store import WorkshopStore

LAST_VOTE = 100_000  # a bound, in case the parent never kills


def main() -> None:
    path, seed = sys.argv[1], int(sys.argv[2])
    chooser = random.Random(seed)
    cards = builtin_deck().card_keys
    print("ready", flush=True)
    if sys.stdin.readline() != "go\n":
        return
    store = WorkshopStore.open(path)
    people = [person.id for person in store.participants()]
    for _ in range(LAST_VOTE):
        participant = chooser.choice([*people, None])
        card, round_number = chooser.choice(cards), chooser.randint(1, 3)
        value = chooser.randint(1, 5)
        vote = store.cast_vote(participant, card, round_number, value).record
        print(f"vote {vote.id} {participant} {card} {round_number} {value}", flush=True)
        if chooser.random() < 0.04:
            store.close()
            store = WorkshopStore.open(path)
    store.close()


if __name__ == "__main__":
    main()
