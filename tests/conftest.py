"""Test-wide set-up: headless Qt, no network, benchmarks only on request."""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import settings

# Qt must find its offscreen platform before anything imports it; without this a machine with no
# display aborts with a misleading message about xcb-cursor.
os.environ["QT_QPA_PLATFORM"] = "offscreen"

if os.environ.get("XSECTOR_FORBID_QT"):
    # Set by tests/test_no_qt_below_ui.py: prove that core and store never need Qt.
    import importlib.abc
    import sys

    class _NoQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, path: object = None, target: object = None) -> None:
            if name == "PySide6" or name.startswith("PySide6."):
                raise ImportError(f"{name} imported by a test that must run without Qt")
            return None

    sys.meta_path.insert(0, _NoQt())

# In CI the property tests draw the same examples every run, so a landing never hangs on a
# new counterexample found by chance; on a developer's machine they keep exploring.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

# Benchmarks run only when asked for: XSECTOR_PERF=1 pytest tests/perf -s
collect_ignore = [] if os.environ.get("XSECTOR_PERF") else ["perf"]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if sys.platform != "win32":
        return
    skip = pytest.mark.skip(reason="needs POSIX (fork, SIGKILL, chattr, bash); this is Windows")
    for item in items:
        if item.get_closest_marker("posix_only"):
            item.add_marker(skip)


@pytest.fixture(scope="session")
def qapp_cls() -> type:
    """pytest-qt's application is the app's own class, as in `xsector` itself."""
    from xsector_desktop.ui.file_open import Application

    return Application


class NetworkBlocked(RuntimeError):
    pass


_SOCKET_EVENTS = frozenset(
    {"socket.__new__", "socket.connect", "socket.bind", "socket.getaddrinfo", "socket.sendto"}
)
_network_allowed = True
_loopback_only = False
_LOOPBACK_HOSTS = frozenset({"127.0.0.1", "::1", "localhost"})
_REAL = {name: getattr(socket, name) for name in ("socket", "create_connection", "socketpair")}


def _loopback_address(event: str, args: tuple[object, ...]) -> bool:
    if event == "socket.__new__":
        return True
    if event == "socket.getaddrinfo":
        return args[0] in _LOOPBACK_HOSTS
    address = args[1] if len(args) > 1 else None
    if isinstance(address, (str, bytes)):  # an AF_UNIX path (asyncio's own wake-up pipe)
        return True
    return isinstance(address, tuple) and address[0] in _LOOPBACK_HOSTS


def _audit(event: str, args: tuple[object, ...]) -> None:
    # An audit hook sees every socket, even one made through a reference to socket.socket that
    # was taken before any test ran (which a monkeypatch would miss). It cannot be removed, so
    # it is switched by the fixtures below.
    if not _network_allowed and event in _SOCKET_EVENTS:
        if _loopback_only and _loopback_address(event, args):
            return
        raise NetworkBlocked(f"the test suite runs offline: {event} was called")


sys.addaudithook(_audit)


def _refuse(*args: object, **kwargs: object) -> socket.socket:
    raise NetworkBlocked("the test suite runs offline: a socket was opened")


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The app never opens a socket, so no test may either."""
    global _network_allowed
    monkeypatch.setattr(socket, "socket", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)
    monkeypatch.setattr(socket, "socketpair", _refuse)
    _network_allowed = False
    try:
        yield
    finally:
        _network_allowed = True


@pytest.fixture
def loopback_only(no_network: None, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """For the phone server's tests: sockets on 127.0.0.1 (and ::1) only, never further."""
    global _loopback_only
    for name, real in _REAL.items():
        monkeypatch.setattr(socket, name, real)
    _loopback_only = True
    try:
        yield
    finally:
        _loopback_only = False


@pytest.fixture
def digest() -> Callable[[Path], str]:
    """SHA-256 of a file, to prove that a refused operation left it byte-for-byte unchanged."""

    def _digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    return _digest


def _chattr(flag: str, path: Path) -> bool:
    chattr = shutil.which("chattr")
    if chattr is None:
        return False
    done = subprocess.run([chattr, flag, str(path)], capture_output=True, check=False)
    return done.returncode == 0


@pytest.fixture
def make_read_only() -> Iterator[Callable[[Path], None]]:
    """Make a file or folder really read-only, for root too.

    Permission bits are enough for a normal user. Root ignores them, so as root the immutable
    attribute (``chattr +i``) is set instead: the kernel then refuses writes even to root, and
    ``os.access(W_OK)`` says so. Each use is checked by trying to write, so a test can never pass
    on a file that was writable after all.
    """
    frozen: list[tuple[Path, int]] = []

    def freeze(path: Path) -> None:
        frozen.append((path, path.stat().st_mode & 0o777))
        if os.geteuid() == 0:
            if not _chattr("+i", path):
                frozen.pop()
                pytest.skip(
                    "running as root where chattr +i is unavailable (no CAP_LINUX_IMMUTABLE):"
                    " root ignores permission bits, so nothing here can be made read-only"
                )
        else:
            path.chmod(0o555 if path.is_dir() else 0o444)
        with pytest.raises(PermissionError):
            if path.is_dir():
                (path / "probe").touch()
            else:
                path.open("r+b").close()

    yield freeze
    for path, mode in reversed(frozen):  # so that pytest can clean its temporary folder
        if os.geteuid() == 0:
            _chattr("-i", path)
        path.chmod(mode)
