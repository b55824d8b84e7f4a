"""Exports, PDF preview and printing in the app.

menu.PrintingMenu        File > Export… (Ctrl+E) and Print… (Ctrl+P) for the main window
export_dialog.ExportDialog   choose outputs, paper and folder; runs the export worker
worker.ExportThread      runs ui.controllers.exporting.ExportRunner off the GUI thread
preview.PreviewWindow    a PDF with page navigation, zoom and Print
preview.print_pdf        renders a QPdfDocument into any QPrinter (tests use PDF output)
"""
