"""A guard against a fatal PySide6 6.12.0 bug on CPython 3.11: None and True leak references.

On that pairing every Qt call that returns nothing (setText, setEnabled, ...) drops one
reference to None that it never took, and every emit() of a Python-defined signal drops one to
True. After a few thousand calls in a meeting, CPython frees None or True and aborts
("none_dealloc: deallocating None", "bool_dealloc: deallocating True or False"). PySide6 6.11
does not do it, and from CPython 3.12 these are immortal (PEP 683): there the leak is harmless.

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
    version = _installed_shiboken_version()
    return version is not None and version >= (6, 12)


def _installed_shiboken_version() -> tuple[int, int] | None:
    """shiboken6's version from its dist-info folder, without importing it.

    The GUI-free controllers live in this package too and must import without any of PySide;
    importlib.metadata would do, but it reads every installed distribution (~40 ms at start-up),
    while the folder next to the package is one directory listing.
    """
    from importlib.util import find_spec
    from pathlib import Path

    spec = find_spec("shiboken6")
    if spec is None or spec.origin is None:
        return None
    for info in Path(spec.origin).parent.parent.glob("shiboken6-*.dist-info"):
        major, minor = info.name.removeprefix("shiboken6-").split(".")[:2]
        return int(major), int(minor)
    return None


_applied = False


def keep_singletons_alive() -> None:
    global _applied
    if _applied or not needs_guard():
        return
    # Void calls leak None; emitting a signal leaks the True that emit() returns. False is
    # guarded too, since it is the same kind of object returned by the same paths.
    for singleton in (None, True, False):
        refcount = ctypes.c_ssize_t.from_address(id(singleton))  # ob_refcnt: the first field
        refcount.value += HEADROOM
    _applied = True
