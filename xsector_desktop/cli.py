"""The xsector command line (see DESIGN.md for the contract)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    print("xsector: not built yet", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
