"""Screen words for the trust-cycle reading: stage names, what each means, and its reasons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from xsector_desktop.core.model import Reason
from xsector_desktop.ui.words import plural

CONTEXT = "trust"


def _t(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def stage(code: str) -> str:
    return {
        "forming": _t("Forming"),
        "storming": _t("Storming"),
        "norming": _t("Norming"),
        "performing": _t("Performing"),
    }.get(code, code)


def stage_meaning(code: str) -> str:
    return {
        "forming": _t("Coming together; the promise of the effort carries the group."),
        "storming": _t("Real differences over aims, roles and leadership are out in the open."),
        "norming": _t("Differences are being worked through; roles and ways of working settle."),
        "performing": _t("A steady state in which the partnership does its work."),
    }.get(code, "")


def reason(r: Reason) -> str:
    p = r.params
    count, total = int(p.get("count", 0)), int(p.get("total", 0))
    texts = {
        "few_cards_voted": plural(
            count,
            _t("Only {count} card revealed; a reading needs {{needed}}"),
            _t("Only {count} cards revealed; a reading needs {{needed}}"),
        ),
        "many_storming": _t("{count} of {total} cards are storming"),
        "objections_open": _t("{count} of {total} cards have open objections"),
        "settled": _t("{count} of {total} cards are calm"),
        "worked_through": plural(
            count,
            _t("{count} card moved towards agreement after a re-vote"),
            _t("{count} cards moved towards agreement after a re-vote"),
        ),
        "honeymoon": _t("{count} of {total} cards are calm, and no difference has been tested"),
        "still_unsettled": _t("{count} of {total} cards still show watch or storming"),
        "diverging": plural(
            count,
            _t("{count} card lost consensus on the re-vote"),
            _t("{count} cards lost consensus on the re-vote"),
        ),
        "unresolved": _t("{count} of {total} cards show differences not yet worked through"),
    }
    text = texts.get(r.code)
    if text is None:
        return r.code.replace("_", " ")
    return text.format(count=count, total=total, needed=int(p.get("needed", 0)))
