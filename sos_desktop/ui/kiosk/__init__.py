"""The kiosk: a locked, full-screen loop students pass around."""
