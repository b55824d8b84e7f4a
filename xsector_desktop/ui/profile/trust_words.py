"""Screen words for the trust-cycle reading: stage names, what each means, and its reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xsector_desktop.core.model import Reason
from xsector_desktop.ui.words import plural

CONTEXT = "trust"


# A literal context in each call, so that pyside6-lupdate files every phrase under it.
translate = QCoreApplication.translate


def stage(code: str) -> str:
    return {
        "forming": translate("trust", "Forming"),
        "storming": translate("trust", "Storming"),
        "norming": translate("trust", "Norming"),
        "performing": translate("trust", "Performing"),
    }.get(code, code)


def stage_meaning(code: str) -> str:
    return {
        "forming": translate(
            "trust", "Coming together; the promise of the effort carries the group."
        ),
        "storming": translate(
            "trust", "Real differences over aims, roles and leadership are out in the open."
        ),
        "norming": translate(
            "trust", "Differences are being worked through; roles and ways of working settle."
        ),
        "performing": translate("trust", "A steady state in which the partnership does its work."),
    }.get(code, "")


def reason(r: Reason) -> str:
    p = r.params
    count, total = int(p.get("count", 0)), int(p.get("total", 0))
    texts = {
        "few_cards_voted": plural(
            count,
            translate("trust", "Only {count} card revealed; a reading needs {{needed}}"),
            translate("trust", "Only {count} cards revealed; a reading needs {{needed}}"),
        ),
        "many_storming": translate("trust", "{count} of {total} cards are storming"),
        "objections_open": translate("trust", "{count} of {total} cards have open objections"),
        "settled": translate("trust", "{count} of {total} cards are calm"),
        "worked_through": plural(
            count,
            translate("trust", "{count} card moved towards agreement after a re-vote"),
            translate("trust", "{count} cards moved towards agreement after a re-vote"),
        ),
        "honeymoon": translate(
            "trust", "{count} of {total} cards are calm, and no difference has been tested"
        ),
        "still_unsettled": translate(
            "trust", "{count} of {total} cards still show watch or storming"
        ),
        "diverging": plural(
            count,
            translate("trust", "{count} card lost consensus on the re-vote"),
            translate("trust", "{count} cards lost consensus on the re-vote"),
        ),
        "unresolved": translate(
            "trust", "{count} of {total} cards show differences not yet worked through"
        ),
    }
    text = texts.get(r.code)
    if text is None:
        return r.code.replace("_", " ")
    return text.format(count=count, total=total, needed=int(p.get("needed", 0)))
