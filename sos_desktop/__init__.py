"""SOS Desktop: run a Students Over SROs classroom visit offline."""

import os

# The paper reader's matrix products are small (a page's thirty bubbles): OpenBLAS's worker
# threads only spin on them, costing a camera frame twice its CPU time and the window a core.
# OpenBLAS reads this once, when numpy first loads, which is after this package's import.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

__version__ = "0.1.0"
