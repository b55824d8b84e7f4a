"""What each command-line command does; cli.py parses, this file acts.

Each handler returns an exit code or raises CliError with a one-line message.
"""

from __future__ import annotations

import argparse
import json
import shlex
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from xsector_desktop.cli import EXIT_FILE, EXIT_INPUT, EXIT_OK, EXIT_USAGE
from xsector_desktop.core.deck import DeckError, builtin_deck
from xsector_desktop.core.imports import InputError
from xsector_desktop.core.model import WorkshopInfo
from xsector_desktop.core.scales import get_scale
from xsector_desktop.core.snapshot import analyse
from xsector_desktop.report.data_export import signal_record
from xsector_desktop.report.signals_table import signals_table
from xsector_desktop.store.check import check_workshop, repair_workshop
from xsector_desktop.store.csv_import import import_participants, import_votes
from xsector_desktop.store.errors import (
    CorruptWorkshop,
    NewerWorkshop,
    NotAWorkshop,
    StoreError,
    UnusableValue,
    UnusualSchema,
)
from xsector_desktop.store.faults import as_fault
from xsector_desktop.store.records import CheckResult
from xsector_desktop.store.sample import build_sample
from xsector_desktop.store.snapshot_io import load_snapshot
from xsector_desktop.store.workshop_store import WorkshopStore


class CliError(Exception):
    def __init__(self, message: str, code: int) -> None:
        super().__init__(message)
        self.code = code


def file_failure(path: Path, error: sqlite3.Error | OSError) -> str:
    """One line for a disk or file fault: the file it hit, what happened, what to do."""
    where = Path(getattr(error, "filename", None) or path)
    fault = as_fault(where, error)
    if fault is not None:
        return str(fault)
    if isinstance(error, sqlite3.Error):
        why = "a read took too long and was stopped" if "interrupt" in str(error) else error
        return f"{where}: the workshop file could not be read ({why})"
    return f"{where}: {error.strerror or error}"


@contextmanager
def _open(path: Path, *, read_only: bool) -> Iterator[WorkshopStore]:
    if not path.exists():
        raise CliError(f"{path}: no such workshop file", EXIT_FILE)
    try:
        store = WorkshopStore.open(path, read_only=read_only)
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FILE) from exc
    try:
        yield store
    except BaseException:
        # The command's own error is the one to tell; closing after it must not replace it.
        with suppress(StoreError):
            store.close()
        raise
    try:
        store.close()
    except StoreError as exc:  # the command worked; what closing could not finish is said
        print(f"xsector: warning: {exc}", file=sys.stderr)


def cmd_new(args: argparse.Namespace) -> int:
    try:
        builtin_deck(args.deck)
    except KeyError as exc:
        raise CliError(f"--deck: {exc.args[0]}", EXIT_USAGE) from exc
    except DeckError as exc:  # a bundled deck that does not load is a broken install
        raise CliError(str(exc), EXIT_FILE) from exc
    try:
        get_scale(args.scale)
    except KeyError as exc:
        raise CliError(f"--scale: {exc.args[0]}", EXIT_USAGE) from exc
    if not args.partnership.strip():
        raise CliError("--partnership: the partnership's name is empty", EXIT_USAGE)
    info = WorkshopInfo(
        partnership=args.partnership.strip(),
        date=args.date,
        place=args.place,
        facilitator=args.facilitator,
        deck=args.deck,
        scale=args.scale,
        anonymous=args.anonymous,
        privacy_protection=not args.no_privacy,
    )
    try:
        WorkshopStore.create(args.file, info).close()
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FILE) from exc
    print(f"created {args.file}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    action: Callable[[WorkshopStore, Path], int]
    source: Path
    if args.participants is not None:
        if args.reveal:
            raise CliError("import: --reveal goes with --votes", EXIT_USAGE)
        action, source, what = import_participants, args.participants, "participants"
    else:
        reveal = bool(args.reveal)

        def action(store: WorkshopStore, path: Path) -> int:
            return import_votes(store, path, reveal=reveal)

        source, what = args.votes, "votes"
    with _open(args.file, read_only=False) as store:
        try:
            count = action(store, source)
        except InputError as exc:
            raise CliError(f"{exc} (nothing was imported)", EXIT_INPUT) from exc
        except StoreError as exc:
            raise CliError(str(exc), EXIT_FILE) from exc
    print(f"imported {count} {what} into {args.file}")
    return EXIT_OK


def cmd_signals(args: argparse.Namespace) -> int:
    with _open(args.file, read_only=True) as store:
        snapshot = load_snapshot(store)
    for problem in snapshot.threshold_problems:  # the signals still come, with the defaults
        print(f"{args.file}: settings {problem}", file=sys.stderr)
    signals = analyse(snapshot).signals
    if args.json:  # English and dot decimals in every language: this output is for programs
        json.dump([signal_record(s) for s in signals], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print("\n".join(signals_table(snapshot.deck, signals)))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    wanted = [
        k for k in ("pdf", "handouts", "ballots", "csv", "json") if getattr(args, k) is not None
    ]
    if not wanted:
        raise CliError(
            "export: say what to write: --pdf, --handouts, --ballots, --csv or --json", EXIT_USAGE
        )
    with _open(args.file, read_only=True) as store:
        snapshot = load_snapshot(store)
    from xsector_desktop.report import exports  # ReportLab only when exporting

    for kind in wanted:
        out: Path = getattr(args, kind)
        try:
            # Under a temporary name, then renamed: a failure leaves an earlier export whole.
            exports.write_whole(
                kind, snapshot, out, page_size=args.page_size, include_hidden=args.include_hidden
            )
        except OSError as exc:
            fault = as_fault(out, exc)
            detail = fault.problem if fault is not None else exc.strerror or exc
            raise CliError(f"{out}: cannot be written ({detail})", EXIT_FILE) from exc
        print(f"wrote {out}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    if not args.file.exists():
        raise CliError(f"{args.file}: no such workshop file", EXIT_FILE)
    if args.repair is not None:
        try:
            report = repair_workshop(args.file, args.repair)
        except StoreError as exc:
            raise CliError(str(exc), EXIT_FILE) from exc
        except (sqlite3.Error, OSError) as exc:  # writing the new file failed (full, read-only)
            raise CliError(file_failure(args.repair, exc), EXIT_FILE) from exc
        print(report)
        return EXIT_OK
    try:
        result = check_workshop(args.file)
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FILE) from exc
    print(result.describe())
    if not result.ok:
        raise CliError(str(_what_check_found(result)), EXIT_FILE)
    return EXIT_OK


def _what_check_found(result: CheckResult) -> StoreError:
    """The report's finding as one line that also says what to do about it."""
    path = Path(result.path)
    if result.integrity != ["ok"]:
        repair = f"xsector check {shlex.quote(str(path))} --repair NEW.xsector"
        return CorruptWorkshop(
            path,
            f"the workshop file is damaged: {result.integrity[0]}",
            f"It was not changed; {repair} copies what SQLite can still read into a new file",
        )
    if not result.application_id_ok:
        return NotAWorkshop(
            path, "this is an SQLite database of another program, not an xsector workshop"
        )
    if result.unusual_schema or result.unusable_values:
        findings = result.unusual_schema or result.unusable_values
        more = f" (and {len(findings) - 1} more, listed above)" if len(findings) > 1 else ""
        repair = f"xsector check {shlex.quote(str(path))} --repair NEW.xsector"
        kind = UnusualSchema if result.unusual_schema else UnusableValue
        return kind(
            path,
            f"{findings[0]}{more}",
            f"It was not changed; {repair} writes a clean copy of its data",
        )
    step = f"schema step '{result.unknown_migrations[0]}'" if result.unknown_migrations else ""
    return NewerWorkshop(
        path, f"it was saved by a newer xsector ({step or f'format {result.format_version}'})"
    )


def cmd_demo(args: argparse.Namespace) -> int:
    try:
        build_sample(args.file)
    except StoreError as exc:
        raise CliError(str(exc), EXIT_FILE) from exc
    print(f"built the sample workshop in {args.file}")
    return EXIT_OK


def cmd_serve(args: argparse.Namespace) -> int:
    from xsector_desktop.cli_serve import serve

    return serve(args, _open, CliError)


HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "new": cmd_new,
    "import": cmd_import,
    "signals": cmd_signals,
    "export": cmd_export,
    "check": cmd_check,
    "demo": cmd_demo,
    "serve": cmd_serve,
}
