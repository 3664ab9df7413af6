"""Typed-up paper forms into the selected visit, from the window's Import menu."""
