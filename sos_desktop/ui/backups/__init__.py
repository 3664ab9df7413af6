"""The File menu's backups: back up now, restore one (controller, restore_dialog); the daily
backup at start-up and the offer to restore when the database is damaged."""
