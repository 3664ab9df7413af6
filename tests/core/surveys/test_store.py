"""Stored survey definitions: immutable versions, content hash, lookup by key."""

import dataclasses

import pytest

from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.surveys.store import (
    latest_definition,
    list_surveys,
    load_definition,
    store_definition,
    stored_titles,
)


def test_store_is_idempotent_for_the_same_content(db, tiny_survey):
    first, created = store_definition(db, tiny_survey)
    again, created_again = store_definition(db, tiny_survey)
    assert created and not created_again and first == again
    assert load_definition(db, first).content_hash == tiny_survey.content_hash


def test_changed_content_under_the_same_version_is_refused(db, tiny_survey):
    """A stored version never changes: other content needs a new version number."""
    store_definition(db, tiny_survey)
    changed = dataclasses.replace(tiny_survey, questions=tiny_survey.questions[:2])
    with pytest.raises(SosError, match="new version number"):
        store_definition(db, changed)
    bumped_id, _ = store_definition(db, changed, bump_on_conflict=True)
    assert [s.version for s in list_surveys(db, latest_only=False) if s.key == "tiny"] == [2, 1]
    assert latest_definition(db, "tiny")[0] == bumped_id


def test_stored_titles_are_list_surveys_newest_titles_in_its_order(db, tiny_survey):
    """What the window's first paint reads instead of list_surveys (no json)."""
    store_definition(db, tiny_survey)
    newer = dataclasses.replace(tiny_survey, version=2, questions=tiny_survey.questions[:2],
                                title=dataclasses.replace(tiny_survey.title,
                                                          texts=(("en", "Tiny, again"),)))
    store_definition(db, newer)
    titles = stored_titles(db)
    assert list(titles.items()) == [(s.key, s.title) for s in list_surveys(db)]
    assert titles["tiny"] == "Tiny, again"


def test_a_new_database_has_the_built_in_surveys(db):
    """Opening a data folder stores the shipped surveys once: every command finds them."""
    assert {"hillhouse-cross", "nhps-other"} <= {s.key for s in list_surveys(db)}


def test_unknown_key(db):
    with pytest.raises(NotFound, match="no survey with key"):
        latest_definition(db, "nope")


def test_title_in_a_language_the_survey_has_else_its_stored_title(db):
    """The visit list and `survey list` show a survey's Spanish title when it has one."""
    from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys, title_in

    ensure_builtin_surveys(db)
    [survey] = [s for s in list_surveys(db) if s.key == "hillhouse-cross"]
    assert title_in(db, survey, "es") == "Encuesta estudiantil de Hillhouse/Cross"
    assert title_in(db, survey, "en") == survey.title == "Hillhouse/Cross Student Survey"
    assert title_in(db, survey, "fr") == survey.title
