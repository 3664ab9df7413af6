"""Organizer settings and the first-run guide: what each does (controller, guide_controller),
the Settings dialog (dialog) and the guide shown on a fresh data folder (guide)."""
