"""Printed outputs and data exports (ReportLab; no Qt, no SQL).

Import the submodules directly, only when exporting, so the app starts without ReportLab:
    exports.write(kind, snapshot, out, page_size, progress)   one entry point for every kind
    summary.build_summary_pdf(snapshot, out, page_size, progress)
    handouts.build_handouts_pdf(deck, scale, out, page_size, info, progress)
    ballots.build_ballots_pdf(info, deck, scale, participants, out, page_size, blank_count)
    ballots.build_ballots_pdf_for(snapshot, out, page_size, blank_count)
    data_export.export_csv(snapshot, out_dir) / export_json(snapshot, out_path)
"""
