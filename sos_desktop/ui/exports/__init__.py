"""Export from the window: the Export menu (menu, which also adds the Import menu), its
controller over the core export, report and bundle services, and the Qt dialogs (view)."""
