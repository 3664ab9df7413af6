"""Backups of the database: verified copies (copy.py), the automatic rotating set in the data
folder's backups/ (automatic.py), and putting one back (restore.py)."""
