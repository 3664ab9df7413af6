"""Laptop-to-laptop merge without a server: one .sosbundle file written by export, read and
merged by merge, in the sealed format both share (format)."""
