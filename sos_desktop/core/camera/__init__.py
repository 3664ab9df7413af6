"""Frames for reading answer sheets: a camera or recorded frames, read off the GUI thread."""
