from tests.core.paper.conftest import (  # noqa: F401 - fixtures for test_scan.py
    blank_pages,
    hillhouse,
    layout,
    paper_visit,
    surveys,
)
