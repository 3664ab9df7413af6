"""core/fast_enum.py: message codes behave as the StrEnum members they were."""

import copy
import json
import pickle

import pytest

from sos_desktop.core.messages import Code


def test_members_are_their_values_as_strings():
    assert Code.NO_VISIT == "no_visit"
    assert isinstance(Code.NO_VISIT, Code) and isinstance(Code.NO_VISIT, str)
    assert f"{Code.NO_VISIT}" == str(Code.NO_VISIT) == Code.NO_VISIT.value == "no_visit"
    assert Code.NO_VISIT.name == "NO_VISIT"
    assert repr(Code.NO_VISIT) == "<Code.NO_VISIT: 'no_visit'>"
    assert json.dumps([Code.NO_VISIT]) == '["no_visit"]'


def test_a_value_looks_up_its_member_and_only_a_known_one():
    assert Code("no_visit") is Code.NO_VISIT
    with pytest.raises(ValueError):
        Code("no_such_code")


def test_the_class_lists_every_member_once_in_order():
    members = list(Code)
    assert members[0] is Code.NO_VISIT and members[-1] is Code.PICTURE_FAILED
    assert len(members) == len(Code) == len(set(members)) > 200


def test_a_repeated_value_is_an_alias_as_in_an_enum():
    from sos_desktop.core.fast_enum import FastStrEnum

    class Kind(FastStrEnum):
        ONE = "one"
        FIRST = "one"
        TWO = "two"

    assert Kind.FIRST is Kind.ONE and list(Kind) == [Kind.ONE, Kind.TWO]


def test_copies_and_pickles_are_the_member_itself():
    assert pickle.loads(pickle.dumps(Code.DB_DAMAGED)) is Code.DB_DAMAGED
    assert copy.deepcopy(Code.DB_DAMAGED) is Code.DB_DAMAGED


def test_a_member_called_makes_its_message():
    message = Code.NO_VISIT(id="v1")
    assert message.code is Code.NO_VISIT and message.params == {"id": "v1"}
