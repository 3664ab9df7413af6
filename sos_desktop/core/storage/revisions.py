"""The schema revisions this version of the app knows, oldest first.

Alone in a module that imports nothing, so that a command that only reads
(core/storage/quick_read.py) can check a database is current without loading schema.py's machinery.
schema.py re-exports these names; a new migration adds its id here (a test checks the list against
the scripts).
"""

# Oldest first; must list every script in core/storage/migrations/versions (a test checks it).
REVISIONS: tuple[str, ...] = ("0001_initial", "0002_visit_deck", "0003_sync", "0004_paper",
                              "0004_scan", "0004_seal", "0004_figures",
                              "0008_channel", "0009_laptop_keys", "0010_signup_totals")
SEALED_FROM = "0004_seal"  # revisions before it kept contacts in plain text
HEAD = REVISIONS[-1]
