"""Records the window's start-up makes are made without compiling their annotations.

`typing.NamedTuple` compiles every field annotation that is a string (what
`from __future__ import annotations` turns them all into) when the class is made: about 170,000
instructions a field, some 20 million in all at start-up (README, "Measured"). So the modules
that `xsector FILE` imports and that define records leave their annotations evaluated.
"""

import json
from pathlib import Path

from app_child import run_on_sample

# Their signatures name types imported for type checking only, so their annotations must stay
# strings; one record each.
STRING_ANNOTATIONS_NEEDED = ["xsector_desktop.store.opening", "xsector_desktop.ui.dialogs"]

# Starts the app as `xsector FILE --quit-when-ready` does, then lists each record field, of
# the modules it imported, whose annotation typing had to compile (a string or a ForwardRef).
LIST_QUOTED = """
import json, sys
from typing import ForwardRef, NamedTuple
from xsector_desktop.cli import main

code = main([sys.argv[1], "--quit-when-ready"])
skip = set(json.loads(sys.argv[2]))
records, quoted = 0, []
for name, module in list(sys.modules.items()):
    if not name.startswith("xsector_desktop") or name in skip:
        continue
    for value in vars(module).values():
        if not (isinstance(value, type) and value.__module__ == name):
            continue
        if NamedTuple not in getattr(value, "__orig_bases__", ()):
            continue
        records += 1
        quoted += [
            f"{name}.{value.__qualname__}.{field}"
            for field, annotation in value.__annotations__.items()
            if isinstance(annotation, str | ForwardRef)
        ]
print(json.dumps({"code": code, "records": records, "quoted": quoted}))
"""


def test_start_up_records_have_evaluated_annotations(tmp_path: Path) -> None:
    report = run_on_sample(tmp_path, LIST_QUOTED, json.dumps(STRING_ANNOTATIONS_NEEDED))
    assert report["code"] == 0
    assert report["records"] > 30, "the walk-through's records were not found"
    assert report["quoted"] == []
