"""Export from the window: the Export menu (menu, entries), its controller made of its concerns
(csv_exports, reports, bundles over base), the types they share, and the Qt dialogs (view)."""
