from tests.ui.paper_sheets import (  # noqa: F401 - fixtures
    blank_pages,
    hillhouse,
    layout,
    paper_visit,
    surveys,
)
