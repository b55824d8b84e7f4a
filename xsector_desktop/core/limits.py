"""How long text in a workshop may be: enforced when it is written, checked when a file is read.

A name typed by a participant, a comment, a note: each has a limit, so a file (or a CSV) cannot
make a label megabytes long. Kept apart from core.imports so that opening a workshop does not
load the CSV reader.
"""

MAX_NAME_LENGTH = 200  # a participant's name or sector, the partnership, place, facilitator
MAX_COMMENT_LENGTH = 2000  # a vote's comment
MAX_TEXT_LENGTH = 10_000  # a note or a raised objection, concern, proposal
MAX_SETTINGS_BYTES = 64 * 1024  # the workshop's settings, as JSON
