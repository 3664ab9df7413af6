"""Core's messages in the interface's language, for the window and the command line alike.

Core speaks in codes with parameters and keeps an English text beside each for logs (it imports
neither Qt nor i18n); these modules word the codes in the organizer's language: validation
problems (problems.py), the errors core raises (errors.py, from core/messages.py's catalog),
failed file or database operations by their verb and cause (failures.py), a survey file's
problems (survey_problems.py) and a refused survey answer, in the student's language too
(answers.py). Nothing reads core's English back."""
