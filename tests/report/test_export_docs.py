"""docs/exports.md carries the column tables of report/data_export.py; they must not drift."""

from __future__ import annotations

from pathlib import Path

from xsector_desktop.report import data_export

ROOT = Path(__file__).resolve().parents[2]


def test_docs_page_holds_the_module_docstring() -> None:
    page = (ROOT / "docs" / "exports.md").read_text(encoding="utf-8")
    assert data_export.__doc__ is not None
    assert data_export.__doc__.strip() in page


def test_every_csv_column_written_is_documented(tmp_path: Path) -> None:
    import csv

    from xsector_desktop.store.sample import build_sample
    from xsector_desktop.store.snapshot_io import load_snapshot
    from xsector_desktop.store.workshop_store import WorkshopStore

    path = tmp_path / "s.xsector"
    build_sample(path)
    with WorkshopStore.open(path, read_only=True) as store:
        snapshot = load_snapshot(store)
    doc = data_export.__doc__ or ""
    for written in data_export.export_csv(snapshot, tmp_path / "csv"):
        with written.open(encoding="utf-8-sig", newline="") as f:
            header = next(csv.reader(f))
        for column in header:
            documented = column.startswith("votes_") or f"| {column} |" in doc or column in doc
            assert documented, f"{written.name}: column {column} is not documented"
