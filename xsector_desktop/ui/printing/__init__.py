"""Exports, PDF preview and printing in the app.

menu.PrintingMenu        File > Export… (Ctrl+E) and Print… (Ctrl+P) for the main window
export_dialog.ExportDialog   the choices, progress and status; runs the export worker
export_choices.ExportChoices the form: which outputs, which paper, which folder (remembered)
worker.ExportThread      runs ui.controllers.exporting.ExportRunner off the GUI thread
preview.PreviewWindow    a PDF with page navigation, zoom and Print
preview.print_pdf        renders a QPdfDocument into any QPrinter (tests use PDF output)
"""
