"""The passphrase that guards contact data: setting it at first run, asking for it, the
recovery key."""
