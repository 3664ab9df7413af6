"""Answers from an online form (KoboToolbox, ODK, Google Forms) into a visit: columns mapped to
questions (columns), cells read as answers (values), rows stored once and anonymously
(importer)."""
