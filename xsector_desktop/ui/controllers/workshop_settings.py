"""The facilitator's workshop settings: details, privacy, printed names, thresholds. Qt-free.

The details and the two privacy switches are WorkshopInfo fields; the thresholds live in the
workshop file's settings under THRESHOLDS_KEY, only the ones that differ from the defaults (see
core/signal_settings.py). One OK is one undo step, announced as an "info" change, so the signals,
the agenda, the sector view and the audience screen redraw at once, whichever way it ran.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any, Literal, NamedTuple

from xsector_desktop.core.signal_settings import (
    THRESHOLD_NAMES,
    THRESHOLDS_KEY,
    SignalSettings,
    ThresholdReading,
    read_thresholds,
    thresholds_to_store,
)

from . import actions as act
from .phrases import QT_TRANSLATE_NOOP, Phrase
from .session import WorkshopSession
from .store_protocol import SessionStore

Run = act.Run
# Why the settings cannot be applied as they are; the dialog puts each in words.
SettingsProblem = Literal["no-partnership", "bad-date", "consensus-order", "split-order"]


class WorkshopSettings(NamedTuple):
    """The values the settings dialog edits: the details, the privacy switches, the thresholds."""

    partnership: str
    date: str  # YYYY-MM-DD or empty
    place: str
    facilitator: str
    privacy_protection: bool
    anonymise_names: bool
    thresholds: Mapping[str, float | int]  # every name of THRESHOLD_NAMES

    def signal_settings(self) -> SignalSettings:
        """The thresholds as SignalSettings; ValueError when SignalSettings refuses them."""
        chosen: dict[str, Any] = {name: self.thresholds[name] for name in THRESHOLD_NAMES}
        return SignalSettings(**chosen).with_privacy(self.privacy_protection)

    def with_thresholds(self, settings: SignalSettings) -> WorkshopSettings:
        return self._replace(thresholds=threshold_values(settings))


_INFO_FIELDS = tuple(name for name in WorkshopSettings._fields if name != "thresholds")


def threshold_values(settings: SignalSettings) -> dict[str, float | int]:
    values: dict[str, float | int] = {name: getattr(settings, name) for name in THRESHOLD_NAMES}
    return values


class ChangeSettings(act.Action):
    """Settings are not history in the store, so undo writes the old values back (as UpdateInfo).

    Only what differs between before and after is written, so changing the facilitator's name
    leaves the stored thresholds exactly as the file had them.
    """

    def __init__(
        self,
        store: SessionStore,
        notify: act.Notify,
        before: WorkshopSettings,
        after: WorkshopSettings,
        text: str,
    ) -> None:
        self._store, self._notify, self.text = store, notify, text
        self._before, self._after = before, after

    def apply(self) -> None:
        self._write(self._after)

    def revert(self) -> None:
        self._write(self._before)

    def _write(self, wanted: WorkshopSettings) -> None:
        other = self._before if wanted is self._after else self._after
        changes = {
            name: getattr(wanted, name)
            for name in _INFO_FIELDS
            if getattr(wanted, name) != getattr(other, name)
        }
        if changes:
            self._store.update_info(**changes)
        if dict(wanted.thresholds) != dict(other.thresholds):
            stored = thresholds_to_store(wanted.signal_settings())
            self._store.update_settings({THRESHOLDS_KEY: stored or None})  # None: key removed
        self._notify(act.Change("info"))


class WorkshopSettingsController:
    def __init__(self, session: WorkshopSession, run: Run) -> None:
        self.session = session
        self._run = run

    @property
    def read_only(self) -> bool:
        return bool(self.session.read_only)

    def _reading(self) -> ThresholdReading:
        stored = self.session.store.settings().get(THRESHOLDS_KEY)
        return read_thresholds(stored, self.session.info.privacy_protection)

    def current(self) -> WorkshopSettings:
        info = self.session.info
        return WorkshopSettings(
            partnership=info.partnership,
            date=info.date,
            place=info.place,
            facilitator=info.facilitator,
            privacy_protection=info.privacy_protection,
            anonymise_names=info.anonymise_names,
            thresholds=threshold_values(self._reading().settings),
        )

    def stored_problems(self) -> tuple[str, ...]:
        """Stored thresholds set aside for their defaults (a hand-edited file), one line each."""
        return self._reading().problems

    @staticmethod
    def defaults() -> dict[str, float | int]:
        return threshold_values(SignalSettings())

    @staticmethod
    def problem(wanted: WorkshopSettings) -> SettingsProblem | None:
        if not wanted.partnership.strip():
            return "no-partnership"
        if wanted.date and not _is_iso_date(wanted.date):
            return "bad-date"
        values = wanted.thresholds
        if values["consensus_storming"] > values["consensus_watch"]:
            return "consensus-order"
        if values["split_watch_share"] > values["split_storming_share"]:
            return "split-order"
        return None

    def changes_ballot_codes(self, wanted: WorkshopSettings) -> bool:
        """True when OK would change what printed ballot codes are checked against.

        A ballot code's check letters come from the partnership's name and date
        (core.snapshot.ballot_code), so ballots printed before a rename would be refused.
        """
        info = self.session.info
        renamed = wanted.partnership.strip() != info.partnership
        return renamed or wanted.date.strip() != info.date

    def turns_protection_off(self, wanted: WorkshopSettings) -> bool:
        """True when OK would show groups of 2: the dialog asks before that."""
        return self.session.info.privacy_protection and not wanted.privacy_protection

    def apply(self, wanted: WorkshopSettings) -> bool:
        """Write what changed as one undo step; False when nothing was written."""
        if self.read_only or self.problem(wanted) is not None:
            return False
        cleaned = wanted._replace(
            partnership=wanted.partnership.strip(),
            date=wanted.date.strip(),
            place=wanted.place.strip(),
            facilitator=wanted.facilitator.strip(),
        )
        cleaned.signal_settings()  # a value out of any measure's range stops here (ValueError)
        before = self.current()
        if cleaned == before:
            return False
        store = self.session.store
        action = ChangeSettings(
            store,
            self.session.notify,
            before,
            cleaned,
            Phrase(QT_TRANSLATE_NOOP("actions", "workshop settings")),
        )
        return self._run(action) is not False


def _is_iso_date(text: str) -> bool:
    try:
        date.fromisoformat(text.strip())
    except ValueError:
        return False
    return len(text.strip()) == 10
