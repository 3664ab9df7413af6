"""SOS Desktop: run a Students Over SROs classroom visit offline."""

__version__ = "0.1.0"
