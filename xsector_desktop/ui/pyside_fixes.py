"""A guard against a fatal PySide6 6.12.0 bug on CPython 3.11: None's reference count leaks.

On that pairing every Qt call that returns nothing (setText, setEnabled, ...) drops one
reference to None that it never took. After a few thousand calls in a meeting, CPython frees
None and aborts ("none_dealloc: deallocating None"). PySide6 6.11 does not do it, and from
CPython 3.12 None is immortal (PEP 683), so there the leak is harmless.

The guard gives None a reference count so large that no session can use it up: what PEP 683
does for 3.12. It is a stopgap until the project pins a fixed PySide6 or moves to Python 3.12;
`needs_guard()` says when it applies, and a test proves the leak is gone.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # a trillion void calls; a 64-bit count cannot overflow from this


def needs_guard() -> bool:
    if sys.version_info >= (3, 12):
        return False
    # Read from the installed metadata, not by importing shiboken6: the GUI-free controllers
    # live in this package too, and must import without any of PySide.
    from importlib.metadata import PackageNotFoundError, version

    try:
        installed = version("shiboken6")
    except PackageNotFoundError:
        return False
    major, minor = (int(part) for part in installed.split(".")[:2])
    return (major, minor) >= (6, 12)


_applied = False


def keep_none_alive() -> None:
    global _applied
    if _applied or not needs_guard():
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the object's first field
    refcount.value += HEADROOM
    _applied = True
