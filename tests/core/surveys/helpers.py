"""A small valid survey as a dict, for tests to break one field at a time."""

from __future__ import annotations

import copy


def en_es(text: str) -> dict[str, str]:
    return {"en": text, "es": f"{text} (es)"}


BASE = {
    "key": "demo",
    "version": 1,
    "title": en_es("Demo"),
    "languages": ["en", "es"],
    "questions": [
        {"key": "intro", "type": "note", "label": en_es("Hello"), "page": "start"},
        {"key": "school", "type": "single_choice", "label": en_es("School?"), "required": True,
         "page": "start",
         "choices": [{"key": "hillhouse", "label": en_es("Hillhouse")},
                     {"key": "cross", "label": en_es("Cross")}]},
        {"key": "age", "type": "number", "label": en_es("Age?"),
         "constraint": {"min": 13, "max": 19, "message": en_es("13 to 19")}},
        {"key": "contact", "type": "yes_no", "label": en_es("Contact?"), "required": True},
        {"key": "kinds", "type": "multiple_choice", "label": en_es("What happened?"),
         "relevant": "${contact} = 'yes'", "required": True, "constraint": {"max_count": 2},
         "choices": [{"key": "talk", "label": en_es("Talk")},
                     {"key": "search", "label": en_es("Search")},
                     {"key": "yell", "label": en_es("Yell")}]},
        {"key": "searched_feel", "type": "scale", "label": en_es("How did it feel?"),
         "relevant": "selected(${kinds}, 'search')", "required": True,
         "scale": {"low": en_es("Bad"), "high": en_es("Fine")}},
        {"key": "more", "type": "long_text", "label": en_es("More?"),
         "constraint": {"max_length": 10}},
        {"key": "nick", "type": "short_text", "label": en_es("Word?")},
    ],
}


def survey_dict() -> dict:
    return copy.deepcopy(BASE)
