"""The main window's Surveys menu: write a survey out for an online form tool."""
