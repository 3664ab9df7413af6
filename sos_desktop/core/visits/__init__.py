"""Visits: their rules, create, edit, close and the list (store), and how long one is planned
to take (length, kept apart: the presentation loads it at start-up without the rest).
"""
