"""`xsector serve FILE`: phone voting with no window, until Ctrl+C or SIGTERM.

It holds the workshop's write lock for as long as it serves, as the app does, so the app and a
second `serve` are refused the file meanwhile; a read-only workshop is refused before anything
listens. The first line on stdout is the join address, for scripts to read.
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
            _wait_for_a_stop(lambda: server.desk.refresh())
        finally:
            server.stop()
            writer.stop()
    return EXIT_OK


def _wait_for_a_stop(every_second: Callable[[], object]) -> None:
    stop = threading.Event()

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
