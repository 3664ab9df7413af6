"""The visit list and a visit from start to end: the table (table), its controller (controller),
the new/edit dialog (dialog) and the running visit's deck, kiosk and results (session)."""
