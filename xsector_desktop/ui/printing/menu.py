"""The main window's File > Export… / Print… and Workshop > Enter paper ballots… actions.

The main window builds one PrintingMenu and calls `update` when a workshop opens or closes;
everything else about exporting, previewing and ballot entry lives in this package and in
ui/ballot_entry, so the main window stays small.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from .. import shortcuts

if TYPE_CHECKING:
    from tempfile import TemporaryDirectory

    from ..ballot_entry.view import BallotEntryDialog
    from ..main_window import MainWindow
    from .export_choices import FolderChooser
    from .export_dialog import ExportDialog


class PrintingMenu(QObject):
    def __init__(
        self,
        window: MainWindow,
        file_menu: QMenu,
        workshop_menu: QMenu,
        before: QAction | None = None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.export_dialog: ExportDialog | None = None
        self.ballot_dialog: BallotEntryDialog | None = None
        self.choose_folder: FolderChooser | None = None  # tests answer the folder dialog
        self._scratch: TemporaryDirectory[str] | None = None  # made on first preview
        self.export_action = self._add(
            file_menu, self.tr("&Export…"), self.show_export, "export", before
        )
        self.print_action = self._add(
            file_menu, self.tr("&Print…"), self.show_print, "print", before
        )
        if before is not None:
            file_menu.insertSeparator(before)
        self.ballots_action = self._add(
            workshop_menu, self.tr("Enter paper &ballots…"), self.show_ballot_entry, "ballots"
        )

    def _add(
        self, menu: QMenu, text: str, slot: object, keys: str, before: QAction | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcuts(shortcuts.keys(keys))  # keys: its name in ui/shortcuts.py
        action.triggered.connect(slot)
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        self.window.addAction(action)  # the keys work with the menu bar hidden too
        return action

    def update(self, has_workshop: bool, writable: bool) -> None:
        self.export_action.setEnabled(has_workshop)
        self.print_action.setEnabled(has_workshop)
        self.ballots_action.setEnabled(writable)
        if not has_workshop:
            for dialog in (self.export_dialog, self.ballot_dialog):
                if dialog is not None:
                    dialog.close()
                    dialog.deleteLater()
            self.export_dialog = self.ballot_dialog = None

    @property
    def scratch(self) -> Path:
        """Where previews are built; removed when the app ends (TemporaryDirectory's finaliser)."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="xsector-preview-")
        return Path(self._scratch.name)

    def show_export(self) -> ExportDialog | None:
        session = self.window.session
        if session is None:
            return None
        if self.export_dialog is None or self.export_dialog.session is not session:
            from .export_dialog import ExportDialog

            self.export_dialog = ExportDialog(
                session, self.window.settings, self.scratch, self.choose_folder, self.window
            )
        _bring_up(self.export_dialog)
        return self.export_dialog

    def show_print(self) -> ExportDialog | None:
        """Print starts from a preview, so it opens the dialog with Preview in focus."""
        dialog = self.show_export()
        if dialog is not None:
            rows = dialog.choices.rows
            checked = [k for k, row in rows.items() if row.check.isChecked()]
            kind = next((k for k in checked if rows[k].preview is not None), "pdf")
            button = rows[kind].preview
            assert button is not None
            button.setFocus()
        return dialog

    def show_ballot_entry(self) -> BallotEntryDialog | None:
        session = self.window.session
        if session is None or session.read_only:
            return None
        if self.ballot_dialog is None or self.ballot_dialog.session is not session:
            from ..ballot_entry.view import BallotEntryDialog

            self.ballot_dialog = BallotEntryDialog(
                session, self.window.run, self.window.undo_stack, self.window
            )
        _bring_up(self.ballot_dialog)
        self.ballot_dialog.start_ballot()
        return self.ballot_dialog


def _bring_up(dialog: QWidget) -> None:
    if dialog.isVisible():
        dialog.raise_()  # already open behind the main window
    else:
        dialog.show()
    dialog.activateWindow()
