"""The Scan window: answer sheets read through the camera while the class is in the room."""
