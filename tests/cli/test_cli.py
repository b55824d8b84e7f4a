from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from xsector_desktop.cli import COMMANDS, main

ROOT = Path(__file__).resolve().parents[2]
CARD_KEYS = [
    "results",
    "charge",
    "authority",
    "representatives",
    "level-of-intervention",
    "time-frame",
    "formation-catalyst",
    "structure",
    "financial-resources",
    "positioning",
    "lifespan",
]
SIGNAL_FIELDS = {
    "card",
    "round",
    "n",
    "distribution",
    "agreement_a",
    "consensus",
    "dispersion_leik",
    "blocks",
    "sector_split",
    "role_split",
    "level",
    "reasons",
}


def test_demo_signals_json_lists_every_card_with_every_field(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["signals", str(sample), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["card"] for r in rows if r["round"] == 1] == CARD_KEYS
    for row in rows:
        assert SIGNAL_FIELDS <= set(row)
        assert row["n"] == sum(row["distribution"].values())
        assert row["reasons"]
        for reason in row["reasons"]:
            assert reason["code"] and reason["level"] in ("calm", "watch", "storming")
            assert reason["text"].endswith(".")


def test_the_sample_shows_every_level_and_a_sector_split(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    main(["signals", str(sample), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert {r["level"] for r in rows} == {"calm", "watch", "storming"}
    assert any(r["sector_split"] for r in rows)
    assert any(r["round"] == 2 for r in rows)


def test_signals_table_is_readable(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["signals", str(sample)]) == 0
    out = capsys.readouterr().out
    for key in CARD_KEYS:
        assert key in out


def test_check_passes_on_the_sample(
    digest: Callable[[Path], str], sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(sample)
    capsys.readouterr()
    assert main(["check", str(sample)]) == 0
    assert "ok" in capsys.readouterr().out.lower()
    assert digest(sample) == before


def test_sqlite_sees_plain_table_names(sample: Path) -> None:
    import sqlite3

    conn = sqlite3.connect(f"file:{sample}?mode=ro", uri=True)
    names = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    conn.close()
    assert {"participants", "votes", "disagreements"} <= names


def test_new_then_import_participants_and_votes(
    empty_workshop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "name,sector,role\nAna,government,doer\nBen,business,decision-maker\n", encoding="utf-8"
    )
    votes = tmp_path / "votes.csv"
    votes.write_text(
        "participant,card,round,value\nAna,results,1,4\nBen,results,1,2\n,results,1,5\n",
        encoding="utf-8",
    )
    assert main(["import", str(empty_workshop), "--participants", str(people)]) == 0
    assert main(["import", str(empty_workshop), "--votes", str(votes)]) == 0
    capsys.readouterr()
    main(["signals", str(empty_workshop), "--json"])
    rows = json.loads(capsys.readouterr().out)
    assert [(r["card"], r["round"], r["n"]) for r in rows] == [("results", 1, 3)]
    assert rows[0]["distribution"] == {"1": 0, "2": 1, "3": 0, "4": 1, "5": 1}


@pytest.mark.parametrize(
    ("csv_text", "message"),
    [
        (
            "participant,card,round,value\nAna,results,1,9\n",
            r"line 2: value '9' is not on the agree5 scale",
        ),
        (
            "participant,card,round,value\nAna,results,1,4\nZed,results,1,4\n",
            r"line 3: participant 'Zed' is not on the roster",
        ),
        ("participant,card,round,value\nAna,nope,1,4\n", r"line 2: card 'nope' is not in the deck"),
        ("who,card,round,value\n", r"line 1: missing column\(s\) participant"),
    ],
)
def test_rejected_votes_change_nothing(
    digest: Callable[[Path], str],
    sample: Path,
    tmp_path: Path,
    csv_text: str,
    message: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    votes = tmp_path / "bad.csv"
    votes.write_text(csv_text.replace("Ana", "Ana Morales"), encoding="utf-8")
    before = digest(sample)
    capsys.readouterr()
    assert main(["import", str(sample), "--votes", str(votes)]) == 4
    err = capsys.readouterr().err
    assert str(votes) in err and re.search(message, err.replace("Ana Morales", "Ana")), err
    assert err.count("\n") == 1
    assert digest(sample) == before


def test_rejected_participants_change_nothing(
    digest: Callable[[Path], str], sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "bad.csv"
    people.write_text(
        "name,sector,role\nZoe,business,doer\nAna Morales,government,doer\n", encoding="utf-8"
    )
    before = digest(sample)
    capsys.readouterr()
    assert main(["import", str(sample), "--participants", str(people)]) == 4
    err = capsys.readouterr().err
    assert f"{people}, line 3" in err and "already on the roster" in err
    assert digest(sample) == before


@pytest.mark.parametrize(
    ("argv", "code"),
    [
        (["new"], 2),
        (["signals"], 2),
        (["export", "{f}"], 2),
        (["new", "{d}/x.xsector", "--partnership", "P", "--scale", "agree9"], 2),
        (["new", "{d}/x.xsector", "--partnership", "P", "--deck", "nope"], 2),
        (["import", "{f}"], 2),
        (["signals", "{d}/missing.xsector"], 3),
        (["new", "{f}", "--partnership", "Again"], 3),
        (["{f}", "{f}"], 2),  # the app opens one workshop
        (["--nope", "{f}"], 2),
        (["{d}/missing.xsector", "--quit-when-ready"], 3),
    ],
)
def test_usage_and_file_errors_have_their_exit_codes(
    digest: Callable[[Path], str],
    sample: Path,
    argv: list[str],
    code: int,
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = [a.format(f=sample, d=sample.parent) for a in argv]
    before = digest(sample)
    capsys.readouterr()
    assert main(args) == code
    err = capsys.readouterr().err
    assert err.startswith("xsector: ") and err.count("\n") == 1
    assert digest(sample) == before


@pytest.mark.parametrize(
    "content", [b"", b"\x89PNG\r\n\x1a\n" + b"\0" * 200, b"not a database at all" * 50]
)
def test_files_that_are_not_workshops_are_refused_unchanged(
    tmp_path: Path, content: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "odd.xsector"
    path.write_bytes(content)
    for argv in (
        ["signals", str(path)],
        ["check", str(path)],
        ["import", str(path), "--votes", str(path)],
    ):
        capsys.readouterr()
        assert main(argv) == 3, argv
        err = capsys.readouterr().err
        assert str(path) in err
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["odd.xsector"]


def test_non_gui_commands_never_import_qt(sample: Path, tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from xsector_desktop.cli import main\n"
        f"assert main(['signals', {str(sample)!r}, '--json']) == 0\n"
        f"assert main(['check', {str(sample)!r}]) == 0\n"
        f"assert main(['new', {str(tmp_path / 'n.xsector')!r}, '--partnership', 'P']) == 0\n"
        f"assert main(['export', {str(sample)!r}, '--json', {str(tmp_path / 'o.json')!r}]) == 0\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "assert not bad, bad\n"
        "print('clean')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "clean" in result.stdout


def test_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"`xsector {command}" in readme, command


def test_python_dash_m_is_the_same_command(sample: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xsector_desktop", "check", str(sample)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_opening_a_missing_file_says_how_to_make_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.xsector"
    assert main([str(missing), "--quit-when-ready"]) == 3
    err = capsys.readouterr().err
    assert str(missing) in err and "xsector new" in err
    assert not missing.exists()


def test_new_with_no_privacy_turns_the_protection_off(tmp_path: Path) -> None:
    from xsector_desktop.store import WorkshopStore

    protected, open_ = tmp_path / "protected.xsector", tmp_path / "open.xsector"
    assert main(["new", str(protected), "--partnership", "Eastside"]) == 0
    assert main(["new", str(open_), "--partnership", "Eastside", "--no-privacy"]) == 0
    with WorkshopStore.open(protected, read_only=True) as store:
        assert store.info().privacy_protection
    with WorkshopStore.open(open_, read_only=True) as store:
        assert not store.info().privacy_protection


def test_signals_names_a_bad_stored_threshold_and_still_answers(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from xsector_desktop.core.signal_settings import THRESHOLDS_KEY
    from xsector_desktop.store import WorkshopStore

    with WorkshopStore.open(sample) as store:
        store.update_settings({THRESHOLDS_KEY: {"consensus_watch": "high"}})
    capsys.readouterr()
    assert main(["signals", str(sample), "--json"]) == 0
    captured = capsys.readouterr()
    assert len(json.loads(captured.out)) > 0
    problem = captured.err.strip()
    assert problem.count("\n") == 0
    assert str(sample) in problem and "signal_thresholds.consensus_watch" in problem


def test_the_windowed_launcher_runs_with_no_console_streams(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from xsector_desktop.cli import EXIT_FILE, gui_main

    # pythonw, which runs a gui-script on Windows, gives the program no stdout and no stderr.
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert gui_main(["check", str(tmp_path / "gone.xsector")]) == EXIT_FILE
    assert gui_main([str(tmp_path / "gone.xsector"), "--quit-when-ready"]) == EXIT_FILE
    assert sys.stderr is not None and sys.stderr.name == os.devnull
    sys.stdout.close()
    sys.stderr.close()
