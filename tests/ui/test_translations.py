"""The interface in Spanish through Qt's translation files, complete and current."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

import xsector_desktop
from xsector_desktop.core.resources import resource_path
from xsector_desktop.ui.controllers.phrases import QT_TRANSLATE_NOOP, Phrase
from xsector_desktop.ui.dialogs import NewWorkshopDialog
from xsector_desktop.ui.main_window import MainWindow
from xsector_desktop.ui.scale_words import WORDS
from xsector_desktop.ui.translations import (
    LANGUAGE_SETTING,
    chosen_language,
    install_translators,
    remove_translators,
)
from xsector_desktop.ui.words import said

from .conftest import make_window

TS = resource_path("translations", "xsector_es.ts")
REPO = Path(xsector_desktop.__file__).parent.parent


def messages() -> list[tuple[str, str, ET.Element]]:
    """(context, source, translation element) of every message in the Spanish source."""
    root = ET.parse(TS).getroot()
    return [
        (ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))  # type: ignore[misc]
        for ctx in root.iter("context")
        for m in ctx.iter("message")
    ]


def test_every_spanish_entry_is_translated() -> None:
    found = messages()
    assert len(found) > 500
    unfinished = [src for _, src, tr in found if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


def test_translations_keep_placeholders_and_one_accelerator() -> None:
    for _, source, tr in messages():
        text = tr.text or ""
        assert set(re.findall(r"\{[^}]*\}|%\d", text)) == set(
            re.findall(r"\{[^}]*\}|%\d", source)
        ), source
        assert text.count("&") == source.count("&"), source


@pytest.mark.skipif(shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) is None,
                    reason="pyside6-lupdate is not installed")  # fmt: skip
def test_the_translation_source_holds_every_interface_string(tmp_path: Path) -> None:
    """Running lupdate over the code adds nothing: no string is missing from the .ts."""
    copy = tmp_path / "xsector_es.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (REPO / "xsector_desktop" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run(
        [str(lupdate), "-locations", "none", "-no-obsolete", *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    root = ET.parse(copy).getroot()
    new = [m.findtext("source") for m in root.iter("message")
           if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]  # fmt: skip
    assert new == [], "run scripts/update-translations and translate these"


def test_the_scale_words_are_the_scales_file() -> None:
    raw = json.loads(resource_path("scales.json").read_text(encoding="utf-8"))
    wanted = {s["name"] for s in raw["scales"]} | {
        t for s in raw["scales"] for p in s["points"] for t in (p["label"], p["short"])
    }
    assert set(WORDS) == wanted


def test_the_language_follows_the_system_unless_one_is_chosen(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert chosen_language(settings, QLocale("es_MX")) == "es"
    assert chosen_language(settings, QLocale("fr_FR")) == "en"
    assert chosen_language(settings, QLocale("en_GB")) == "en"
    settings.setValue(LANGUAGE_SETTING, "en")
    assert chosen_language(settings, QLocale("es_ES")) == "en"
    settings.setValue(LANGUAGE_SETTING, "es")
    assert chosen_language(settings, QLocale("en_US")) == "es"
    settings.setValue(LANGUAGE_SETTING, "klingon")  # a hand-edited file: the system decides
    assert chosen_language(settings, QLocale("es_ES")) == "es"


@pytest.fixture
def spanish(qapp: QApplication, tmp_path: Path) -> Iterator[None]:
    """The app as it starts on a machine whose locale is Spanish."""
    settings = QSettings(str(tmp_path / "locale.ini"), QSettings.Format.IniFormat)
    installed = install_translators(qapp, chosen_language(settings, QLocale("es_ES")))
    assert installed, "the Spanish .qm is not built: run scripts/build-translations"
    yield
    remove_translators(qapp, installed)


def english_only() -> set[str]:
    """Interface strings whose Spanish differs from the English (the ones that must not show)."""
    return {src for _, src, tr in messages() if (tr.text or "") != src}


def shown_texts(root: QWidget) -> list[str]:
    texts = [root.windowTitle()]
    for widget in root.findChildren(QWidget):
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        texts += [widget.toolTip(), widget.accessibleName()]
    for action in root.findChildren(QAction):
        texts += [action.text(), action.toolTip()]
    return [t for t in texts if t]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def all_menu_texts(menu: QMenu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out += [action.text(), *all_menu_texts(action.menu())]
        elif action.text():
            out.append(action.text())
    return out


def test_with_a_spanish_locale_the_menus_and_dialogs_are_spanish(
    spanish: None, qtbot: QtBot, settings: QSettings, tmp_path: Path, sample_file: Path
) -> None:
    window, _ = make_window(qtbot, settings, tmp_path)
    assert window.open_path(sample_file)
    titles = menu_titles(window)
    assert titles[:3] == ["&Archivo", "&Edición", "&Taller"]
    assert "A&yuda" in titles
    menus = [t for a in window.menuBar().actions() if a.menu() for t in all_menu_texts(a.menu())]
    assert "&Nuevo taller…" in menus and "&Idioma" in menus
    english = english_only()
    assert [t for t in menus if t in english] == []
    assert [t for t in shown_texts(window) if t in english] == []
    dialog = NewWorkshopDialog(window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Nuevo taller"
    assert [t for t in shown_texts(dialog) if t in english] == []
    assert dialog.scale.itemText(0) == "Acuerdo, 5 puntos"
    buttons = [b.text() for b in dialog.findChildren(QAbstractButton)]
    assert "Cancelar" in buttons  # Qt's own button, from the qtbase catalogue
    window.edit_settings()

    def opened() -> list[QDialog]:
        return [d for d in window.findChildren(QDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(opened()))
    settings_dialog = opened()[0]
    assert settings_dialog.windowTitle() == "Configuración del taller"
    assert [t for t in shown_texts(settings_dialog) if t in english] == []
    decimals = [s.text() for s in settings_dialog.findChildren(QDoubleSpinBox)]
    assert decimals and all("," in t and "." not in t for t in decimals)  # "0,60"
    settings_dialog.close()
    window.close_workshop(to_start=False)
    assert QCoreApplication.translate("words", "storming") == "conflicto"


def test_in_english_nothing_is_translated(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    assert install_translators(QApplication.instance(), "en") == []  # type: ignore[arg-type]
    window, _ = make_window(qtbot, settings, tmp_path)
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&Workshop"]


def test_an_undo_step_is_named_in_the_interface_language(spanish: None) -> None:
    step = Phrase(
        QT_TRANSLATE_NOOP("actions", "mark {kind} {status}"), kind="objection", status="resolved"
    )
    assert step == "mark objection resolved"  # English wherever a plain str is read
    assert said(step) == "marcar objeción como resuelta"
    undo = Phrase(QT_TRANSLATE_NOOP("actions", "undo {what}"), what=step)
    assert said(undo) == "deshacer marcar objeción como resuelta"
    assert said("Ana") == "Ana"


def test_spanish_sentences_capitalise_the_sentence_not_the_first_sector(spanish: None) -> None:
    from xsector_desktop.core.model import Reason
    from xsector_desktop.ui.words import reason

    split = Reason("sector_split", {"group_a": "community", "group_b": "government", "gap": 1.2})
    assert reason(split) == "Los votantes de comunidad y gobierno están a 1,2 puntos de distancia"
    typed = Reason("sector_split", {"group_a": "NHS Trust", "group_b": "business", "gap": 2.0})
    assert reason(typed).startswith("Los votantes de NHS Trust y empresa ")


def test_the_help_names_keys_in_spanish(spanish: None) -> None:
    from xsector_desktop.ui.shortcuts import help_rows

    shown = [keys for keys, _ in help_rows()]
    assert "Re Pág / Av Pág" in shown and "Alt + número" in shown
    assert not {"Page Up / Page Down", "Alt + number"} & set(shown)
