"""The relevant/constraint mini-language: every form parses, evaluates, and nothing else runs."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sos_desktop.core.surveys import expressions as ex


@pytest.mark.parametrize(
    ("text", "answers", "expected"),
    [
        ("${q1} = 'yes'", {"q1": "yes"}, True),
        ("${q1} = 'yes'", {"q1": "no"}, False),
        ("${q1} = \"yes\"", {"q1": "yes"}, True),
        ("${q2} != 'no'", {"q2": "yes"}, True),
        ("${q2} != 'no'", {}, True),  # unanswered is '' like XLSForm
        ("${q2} = ''", {}, True),
        ("selected(${q3}, 'x')", {"q3": ["y", "x"]}, True),
        ("selected(${q3}, 'x')", {"q3": ["y"]}, False),
        ("selected(${q3}, 'x')", {"q3": "x"}, True),  # select_one works too
        ("selected(${q3}, 'x')", {}, False),
        ("${a} = 'y' and ${b} = 'z'", {"a": "y", "b": "z"}, True),
        ("${a} = 'y' and ${b} = 'z'", {"a": "y", "b": "q"}, False),
        ("${a} = 'y' or ${b} = 'z'", {"a": "n", "b": "z"}, True),
        ("(${a} = 'y' or ${b} = 'z') and ${c} = 'w'", {"b": "z", "c": "w"}, True),
        ("${a} = 'y' or ${b} = 'z' and ${c} = 'w'", {"a": "y"}, True),  # and binds tighter
        ("not(${a} = 'y')", {"a": "n"}, True),
        ("${n} >= 13", {"n": 13}, True),
        ("${n} > 13", {"n": 13}, False),
        ("${n} < 5", {"n": 4}, True),
        ("${n} <= -1", {"n": -1}, True),
        ("${n} = 3", {"n": "3"}, True),
        ("${n} >= 13", {}, False),  # no answer is never in range
        ("${t} < 3", {"t": "abc"}, False),
    ],
)
def test_every_form_evaluates(text, answers, expected):
    """Ensure each supported comparison and combination gives XLSForm's result."""
    assert ex.evaluate(ex.parse(text), answers) is expected


@pytest.mark.parametrize(
    ("text", "current", "expected"),
    [
        (". >= 13 and . <= 19", 15, True),
        (". >= 13 and . <= 19", 20, False),
        ("string-length(.) <= 3", "abcd", False),
        ("count-selected(.) <= 2", ["a", "b"], True),
        ("count-selected(.) < 2", ["a", "b"], False),
    ],
)
def test_constraint_forms_use_the_current_answer(text, current, expected):
    """Ensure `.`, string-length(.) and count-selected(.) read the answer being checked."""
    assert ex.evaluate(ex.parse(text), {}, current) is expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "${q1}", "${q1} = ", "${q1} == 'x'", "eval('1')", "__import__('os')",
     "${q1} = 'x' and", "(${q1} = 'x'", "${q1} = 'x')", "selected(${q1})", "${q 1} = 'x'",
     "${q1} = 1.5", "'x' = ${q1}", "${q1} = ${q2}", "${q1} = 'x' xor ${q2} = 'y'",
     "string-length(${q1}) < 3", "not ${q1} = 'x'", "${q1} = 'unterminated"],
)
def test_unsupported_text_is_refused_with_a_reason(text):
    """Ensure anything outside the subset raises ExpressionError (a ValueError) with a message."""
    with pytest.raises(ValueError) as info:
        ex.parse(text)
    assert isinstance(info.value, ex.ExpressionError) and str(info.value)


def test_deep_nesting_is_refused_not_a_recursion_error():
    """Ensure pathological nesting stops at a clear limit instead of crashing Python."""
    with pytest.raises(ex.ExpressionError, match="nested too deeply"):
        ex.parse("(" * 500 + "${a} = 'x'" + ")" * 500)


def test_unparse_is_canonical_and_round_trips():
    """Ensure the canonical text parses back to the same tree (the content hash relies on it)."""
    text = "(${a} = 'x' or ${b} != 2) or not(selected(${c}, \"y\")) and . >= 13"
    tree = ex.parse(text)
    canonical = ex.unparse(tree)
    assert ex.parse(canonical) == tree
    assert ex.unparse(ex.parse(canonical)) == canonical
    assert ex.refs(tree) == ["a", "b", "c"]


_atoms = st.sampled_from(["${a}", "${b_2}", ".", "'x'", '"y z"', "13", "-4", "=", "!=", "<",
                          ">=", "and", "or", "not", "selected", "(", ")", ",",
                          "string-length", "count-selected", "${", "}", "$", "'", "eval"])


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60))
def test_parser_never_crashes_on_any_text(text):
    """Ensure arbitrary text either parses or raises ExpressionError, never anything else."""
    with contextlib.suppress(ex.ExpressionError):
        ex.parse(text)


@settings(max_examples=400, deadline=None)
@given(st.lists(_atoms, max_size=25))
def test_parser_never_crashes_on_token_soup(parts):
    """Ensure near-valid token sequences parse and round-trip, or fail with ExpressionError."""
    try:
        tree = ex.parse(" ".join(parts))
    except ex.ExpressionError:
        return
    assert ex.parse(ex.unparse(tree)) == tree
    ex.evaluate(tree, {"a": "x", "b_2": ["y z"]}, current=3)


_leaf = st.builds(
    lambda key, op, value: ex.Compare(op, ex.Ref(key), value),
    st.sampled_from(["a", "b", "c"]), st.sampled_from(["=", "!=", "<", ">="]),
    st.one_of(st.integers(-50, 50), st.sampled_from(["x", "y", "it's"])),
) | st.builds(lambda key, v: ex.Selected(ex.Ref(key), v), st.sampled_from(["a", "b"]),
              st.sampled_from(["x", "y"]))
_trees = st.recursive(
    _leaf,
    lambda kids: st.builds(ex.Not, kids)
    | st.builds(lambda xs: ex.And(tuple(xs)), st.lists(kids, min_size=2, max_size=3))
    | st.builds(lambda xs: ex.Or(tuple(xs)), st.lists(kids, min_size=2, max_size=3)),
    max_leaves=8,
)


@settings(max_examples=300, deadline=None)
@given(_trees, st.dictionaries(st.sampled_from(["a", "b", "c"]),
                               st.one_of(st.integers(-5, 5), st.sampled_from(["x", "y"]),
                                         st.lists(st.sampled_from(["x", "y"])))))
def test_unparse_keeps_meaning(tree, answers):
    """Ensure canonical text evaluates exactly like the tree it came from."""
    again = ex.parse(ex.unparse(tree))
    assert ex.evaluate(again, answers) == ex.evaluate(tree, answers)
