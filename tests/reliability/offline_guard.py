"""Run xsector commands in a process that reports any use of the network.

Usage: python offline_guard.py '[["signals", "FILE", "--json"], ["probe-socket"], ...]'

Each entry is the argument list of one ``xsector`` command, run through the same ``main`` as the
installed command; ``probe-socket`` opens a socket on purpose, so a test can prove the guard sees
one. Two witnesses: a Python audit hook sees every socket the interpreter creates, connects,
binds or resolves a name for, even through a reference taken before any monkeypatching; and at
exit /proc/self/fd shows any socket still open, which also catches ones made in C (Qt, D-Bus).
The result is one JSON line on stdout: exit codes, what each command wrote to stderr, socket
events, and sockets open at exit.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys

EVENTS: list[str] = []


def refuse_the_network(event: str, args: tuple[object, ...]) -> None:
    if event.startswith("socket."):
        EVENTS.append(f"{event} {args!r}"[:200])
        raise PermissionError(f"xsector must not use the network ({event})")


def sockets_open_now() -> list[str]:
    if not os.path.isdir("/proc/self/fd"):
        return []
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:"):
            found.append(f"fd {fd}: {target}")
    return found


def main() -> None:
    commands = json.loads(sys.argv[1])
    sys.addaudithook(refuse_the_network)
    from xsector_desktop.cli import main as xsector

    codes: list[object] = []
    errors: list[str] = []
    for argv in commands:
        if argv == ["probe-socket"]:
            import socket

            try:
                socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
                codes.append("opened")
            except PermissionError:
                codes.append("refused")
            continue
        with contextlib.redirect_stderr(io.StringIO()) as said:
            codes.append(xsector(argv))
        errors.append(said.getvalue())
    report = {
        "codes": codes,
        "errors": errors,
        "socket_events": EVENTS,
        "open_at_exit": sockets_open_now(),
    }
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    main()
