"""Printed answer sheets: their layout, the PDF, reading them back from scans and photos, and
the sheets waiting for review or transcription. Layout is data (SDAPS): one model gives the PDF
and tells recognition where every bubble and writing box is."""
