"""Live, anonymous class results, readable on a projector."""
