"""The kiosk's logic without widgets: organizer PIN, idle reset, the respondent flow."""
