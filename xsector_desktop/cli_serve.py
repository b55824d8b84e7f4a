"""`xsector serve FILE`: phone voting with no window, until Ctrl+C or SIGTERM.

It holds the workshop's write lock for as long as it serves, as the app does, so the app and a
second `serve` are refused the file meanwhile; a read-only workshop is refused before anything
listens. The first line on stdout is the join address, for scripts to read.

A script (or a person at the terminal) moves the room through standard input, one command a
line, each answered with one line on stdout: ``card KEY`` puts up a card, ``round`` opens its
next round, ``reveal`` reveals its latest round, ``quit`` stops.
"""

from __future__ import annotations

import argparse
import ipaddress
import signal
import sys
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from xsector_desktop.cli import EXIT_FILE, EXIT_OK, EXIT_USAGE
from xsector_desktop.core.deck import builtin_deck

Opener = Callable[..., AbstractContextManager[Any]]


def serve(args: argparse.Namespace, open_store: Opener, error: type[Exception]) -> int:
    from xsector_desktop.phones import PhoneServer, ThreadWriter, desk_for

    try:
        ipaddress.ip_address(args.host)
    except ValueError:
        raise error(
            f"--host: '{args.host}' is not an IP address such as 192.168.1.20", EXIT_USAGE
        ) from None
    if not 0 <= args.port <= 65535:
        raise error(f"--port: {args.port} is not a port number (0 to 65535)", EXIT_USAGE)
    path: Path = args.file
    with open_store(path, read_only=False) as store:
        writer = ThreadWriter(store)
        server = PhoneServer(desk_for(writer), args.host, args.port)
        try:
            try:
                address = server.start()
            except OSError as exc:
                raise error(
                    f"{path}: cannot listen on {args.host} port {args.port} ({exc})", EXIT_FILE
                ) from exc
            print(address, flush=True)
            print(f"phone voting on {path}; Ctrl+C stops", file=sys.stderr, flush=True)
            stop = threading.Event()
            threading.Thread(
                target=_read_commands, args=(writer, server, stop), daemon=True
            ).start()
            _wait_for_a_stop(lambda: server.desk.refresh(), stop)
        finally:
            server.stop()
            writer.stop()
    return EXIT_OK


def _command(store: Any, words: list[str]) -> str:
    """Carry out one facilitator command on the store's own thread; the line to answer with."""
    position = store.position()
    card = position[0] if position else None
    if words[:1] == ["card"] and len(words) == 2:
        if not builtin_deck(store.info().deck).has_card(words[1]):
            return f"error: no card '{words[1]}'"
        rounds = store.rounds(words[1])
        store.set_position(words[1], max((r.round for r in rounds), default=1))
        return f"ok card {words[1]}"
    if card is None:
        return "error: no card is up (card KEY first)"
    rounds = sorted(store.rounds(card), key=lambda r: r.round)
    if words == ["round"]:
        if rounds and not rounds[-1].revealed:
            return f"error: round {rounds[-1].round} of {card} is still open"
        number = store.open_round(card).record
        store.set_position(card, number)
        return f"ok round {number}"
    if words == ["reveal"]:
        if not rounds or rounds[-1].revealed:
            return f"error: {card} has no open round"
        store.reveal(card, rounds[-1].round)
        return f"ok revealed {card} round {rounds[-1].round}"
    return "error: commands are card KEY, round, reveal, quit"


def _read_commands(writer: Any, server: Any, stop: threading.Event) -> None:
    if sys.stdin is None:  # started with no standard input at all: serve until a signal
        return
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words == ["quit"]:
            print("ok quit", flush=True)
            stop.set()
            return
        try:
            answer = writer.call(lambda store, w=words: _command(store, w))
        except Exception as error:  # one line, as every error of the command line
            answer = f"error: {error}"
        server.desk.refresh().result(10)
        print(answer, flush=True)


def _wait_for_a_stop(every_second: Callable[[], object], stop: threading.Event) -> None:

    def stop_now(signum: int, frame: object) -> None:
        stop.set()

    previous = {s: signal.signal(s, stop_now) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        # The file may be changed by nothing else while the lock is held, but re-reading the room
        # each second keeps the phones right even if a card position were set by hand.
        while not stop.wait(1.0):
            every_second()
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
