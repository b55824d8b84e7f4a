"""A guard against a fatal PySide6 6.12.0 bug on CPython 3.11: None and True leak references.

On that pairing every Qt call that returns nothing (setText, setEnabled, ...) drops one
reference to None that it never took, every emit() of a Python-defined signal drops one to
True, and about every other None that a Python item model's data() returns to a view is dropped
again on the way back (views ask data() for many roles on every paint). After a few thousand
calls in a meeting, CPython frees None or True and aborts ("none_dealloc: deallocating None",
"bool_dealloc: deallocating True or False"). PySide6 6.11 does not do it, and from CPython 3.12
these are immortal (PEP 683): there the leak is harmless.

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


# Where PySide6 records, per module name, whether that module uses PySide (0) or not (-1). Its
# import hook fills it on the first import statement naming each module after PySide6 is
# loaded, by reading that module's whole source (inspect.getsource) to look for "PySide6": for
# the hundred or so modules the walk-through names, about 10 ms of every start-up.
_FEATURE_MODULE = "shibokensupport.feature"
_QT_FREE_UI = "xsector_desktop.ui.controllers"


def record_qt_free_modules() -> list[str]:
    """Tells PySide6 that the loaded modules of the standard library and of this app, other than
    its Qt-facing UI, do not use it: the verdict its import hook would reach by reading their
    sources, given without the reading. Call it just after PySide6 is imported, with the Qt-free
    modules the start-up needs already loaded. Returns the names recorded; a PySide6 without
    this registry is left alone (the hook then reads the sources, as before).
    """
    verdicts = getattr(sys.modules.get(_FEATURE_MODULE), "pyside_feature_dict", None)
    if not isinstance(verdicts, dict):
        return []
    return qt_free_verdicts(verdicts, list(sys.modules))


def qt_free_verdicts(verdicts: dict[str, int], loaded: list[str]) -> list[str]:
    """Records "does not use PySide" (-1) in `verdicts` for each name in `loaded` that has no
    verdict yet and is either the standard library's or this app's, outside its Qt-facing UI."""
    recorded = []
    for name in loaded:
        if name in verdicts or not _known_qt_free(name):
            continue
        verdicts[name] = -1
        recorded.append(name)
    return recorded


def _known_qt_free(name: str) -> bool:
    top = name.partition(".")[0]
    if top in sys.stdlib_module_names:
        return True
    if top != "xsector_desktop":
        return False  # another package's source might name PySide6: let PySide6 read it
    in_ui = name == "xsector_desktop.ui" or name.startswith("xsector_desktop.ui.")
    qt_free = name == _QT_FREE_UI or name.startswith(_QT_FREE_UI + ".")
    return qt_free or not in_ui
