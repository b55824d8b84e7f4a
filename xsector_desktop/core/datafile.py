"""The error every bundled data file (decks, scales) raises when it cannot be used."""

from __future__ import annotations

from pathlib import Path


class DataFileError(ValueError):
    """A data file that cannot be used: names the file, the key path and the problem."""

    def __init__(self, path: Path | str, key_path: str, problem: str) -> None:
        super().__init__(f"{path}: {key_path}: {problem}")
        self.path = str(path)
        self.key_path = key_path
        self.problem = problem
