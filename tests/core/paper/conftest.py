import pytest

from sos_desktop.core.surveys.builtin import builtin_surveys


@pytest.fixture(scope="session")
def surveys():
    return {s.key: s for s in builtin_surveys()}


@pytest.fixture(scope="session")
def hillhouse(surveys):
    return surveys["hillhouse-cross"]
