"""Export and sync from the window: an Export menu over the core sync services."""
