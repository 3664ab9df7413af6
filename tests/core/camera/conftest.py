from tests.core.paper.conftest import (  # noqa: F401 - fixtures
    blank_pages,
    hillhouse,
    layout,
    paper_visit,
    surveys,
)
