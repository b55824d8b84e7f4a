"""The xsector command line: the stable contract of the README's "Command line" section.

Exit codes: 0 success, 2 usage error, 3 a file that cannot be used, 4 input data that is rejected.
Every error is one line on stderr naming the file (and line) and what is wrong. The non-GUI
commands never import Qt; ReportLab is imported only by the export that needs it.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from xsector_desktop.store.errors import StoreError

# The exit codes of the contract; cli_actions uses the same numbers.
EXIT_OK, EXIT_USAGE, EXIT_FILE, EXIT_INPUT = 0, 2, 3, 4

COMMANDS = ("new", "import", "signals", "export", "check", "demo", "serve")


class UsageError(Exception):
    """A command line that does not parse: exit 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message} (see {self.prog} --help)")


def _gui_parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog="xsector",
        description="Facilitate a cross-sector partnership workshop. Commands: "
        + ", ".join(COMMANDS)
        + " (xsector COMMAND --help).",
    )
    p.add_argument("file", nargs="?", type=Path, help="the workshop file (.xsector) to open")
    p.add_argument(
        "--quit-when-ready",
        action="store_true",
        help="open the window, load the workshop, paint once and exit 0",
    )
    p.add_argument("--read-only", action="store_true", help="open the workshop without changing it")
    return p


def _command_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="xsector")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)

    new = sub.add_parser("new", help="create a workshop file")
    new.add_argument("file", type=Path)
    new.add_argument("--partnership", required=True, help="the partnership's name")
    new.add_argument("--deck", default="living-cities-2013", help="deck key (default %(default)s)")
    new.add_argument("--scale", default="agree5", help="vote scale key (default %(default)s)")
    new.add_argument("--date", default="", help="workshop date, YYYY-MM-DD")
    new.add_argument("--place", default="")
    new.add_argument("--facilitator", default="")
    new.add_argument("--anonymous", action="store_true", help="show-of-hands tallies, no roster")
    new.add_argument(
        "--no-privacy",
        action="store_true",
        help="privacy protection off: sector and role groups of 2 voters are shown",
    )

    imp = sub.add_parser("import", help="add participants or votes from CSV (all or nothing)")
    imp.add_argument("file", type=Path)
    what = imp.add_mutually_exclusive_group(required=True)
    what.add_argument("--participants", type=Path, metavar="CSV", help="columns name,sector,role")
    what.add_argument(
        "--votes",
        type=Path,
        metavar="CSV",
        help="columns participant,card,round,value[,type,comment]",
    )
    imp.add_argument(
        "--reveal",
        action="store_true",
        help="with --votes: reveal the rounds the import opens (past, already discussed data)",
    )

    sig = sub.add_parser("signals", help="storming signals per card and round")
    sig.add_argument("file", type=Path)
    sig.add_argument("--json", action="store_true", help="print JSON instead of a table")

    exp = sub.add_parser("export", help="write the PDF summary, handouts, ballots, CSV or JSON")
    exp.add_argument("file", type=Path)
    exp.add_argument("--pdf", type=Path, metavar="OUT", help="the partnership profile summary")
    exp.add_argument("--handouts", type=Path, metavar="OUT", help="card sheets for the room")
    exp.add_argument(
        "--ballots", type=Path, metavar="OUT", help="paper ballots, one per participant"
    )
    exp.add_argument(
        "--csv", type=Path, metavar="DIR", help="participants, votes, disagreements, signals"
    )
    exp.add_argument("--json", type=Path, metavar="OUT", help="the same data as one JSON file")
    exp.add_argument("--page-size", choices=("A4", "Letter"), default="A4")
    exp.add_argument(
        "--include-hidden",
        action="store_true",
        help="print rounds never revealed in the room in the PDF summary, each marked",
    )

    chk = sub.add_parser("check", help="integrity and schema version")
    chk.add_argument("file", type=Path)
    chk.add_argument(
        "--repair",
        type=Path,
        metavar="OUT",
        help="copy what SQLite can recover into a new file OUT",
    )

    serve = sub.add_parser(
        "serve", help="phone voting with no window; the first line printed is the join address"
    )
    serve.add_argument("file", type=Path)
    serve.add_argument(
        "--host",
        default="127.0.0.1",
        help="the one address to listen on: the laptop's address on the room's network"
        " (default %(default)s, this machine only)",
    )
    serve.add_argument("--port", type=int, default=8765, help="0 picks a free port (default 8765)")

    demo = sub.add_parser("demo", help="build the sample workshop")
    demo.add_argument("file", type=Path, nargs="?", default=Path("riverside-sample.xsector"))
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in COMMANDS:
            args = _command_parser().parse_args(args_list)
            # Imported here: the GUI path starts faster without the commands' imports.
            from xsector_desktop.cli_actions import HANDLERS, CliError

            try:
                return HANDLERS[args.command](args)
            except CliError as exc:
                print(f"xsector: {exc}", file=sys.stderr)
                return exc.code
            except StoreError as exc:  # found while reading an opened file (a runaway query)
                print(f"xsector: {exc}", file=sys.stderr)
                return EXIT_FILE
            except BrokenPipeError:
                raise
            except (sqlite3.Error, OSError) as exc:
                # A fault of the disk or the file (full, locked, gone, read-only) that no
                # handler named, a file changed under us, or damage found late: still one
                # line and exit 3, never a traceback.
                from xsector_desktop.cli_actions import file_failure

                print(f"xsector: {file_failure(args.file, exc)}", file=sys.stderr)
                return EXIT_FILE
        args = _gui_parser().parse_args(args_list)
        return _run_gui(args)
    except UsageError as exc:
        print(f"xsector: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    except BrokenPipeError:
        return EXIT_OK


def gui_main(argv: Sequence[str] | None = None) -> int:
    """``xsector-gui``: the same as ``xsector``, started with no console window.

    On Windows a gui-script runs under pythonw, where ``sys.stdout`` and ``sys.stderr`` are None
    and the first print would raise; what would have been printed goes nowhere instead.
    """
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))
    return main(argv)


def _run_gui(args: argparse.Namespace) -> int:
    if args.file is not None and not args.file.exists():
        print(
            f"xsector: {args.file}: no such workshop file "
            "(create one with: xsector new FILE --partnership NAME)",
            file=sys.stderr,
        )
        return EXIT_FILE
    from xsector_desktop.ui.app import run_app  # Qt only for the GUI

    return run_app(args.file, quit_when_ready=args.quit_when_ready, read_only=args.read_only)


if __name__ == "__main__":
    raise SystemExit(main())
