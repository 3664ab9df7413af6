"""Core's English in the interface's language, for the window and the command line alike.

Core speaks English and in codes (it imports neither Qt nor i18n); these modules turn what it
says into the organizer's language: validation problems by their code (problems.py), the
everyday refusals by their recognised wording (errors.py) and failed file or database
operations by their cause (failures.py). In English each returns core's words unchanged."""
