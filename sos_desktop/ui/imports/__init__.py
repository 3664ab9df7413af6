"""Typed-up paper forms and online answers into the selected visit, from the window's Import
menu (menu.py) or the presenter console's bar (online_bar.py)."""
