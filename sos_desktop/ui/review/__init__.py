"""Review: the organizer decides what the reader would not guess, and types up writing boxes."""
