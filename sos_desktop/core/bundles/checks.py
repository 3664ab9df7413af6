"""Every record of a bundle passes the checks a kiosk or import record passes, before the merge.

A bundle is only as trustworthy as the laptop that made it: sign-ups go through the sign-up
rules (their sealed contacts opened with the organizer's key), survey definitions through the
survey builder, visits through the visit rules, responses through their survey's answer checks,
and every timestamp must parse. The first bad record refuses the whole bundle, by its reason.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sos_desktop.core.bundles.format import BrokenBundle
from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.people import contacts
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.security import bounded
from sos_desktop.core.security.sealing import ContactKey
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.answers import check_answer, visible_questions
from sos_desktop.core.surveys.build import survey_from_json
from sos_desktop.core.surveys.model import Question, SurveyDef
from sos_desktop.core.surveys.problems import InvalidSurvey
from sos_desktop.core.surveys.responses import CHANNELS
from sos_desktop.core.visits.store import validate_visit

SOURCES = ("kiosk", "import")


def _stamp(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


class _Refuse:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self, table: str, record: dict, reason: Message | str) -> BrokenBundle:
        """`reason`: a RECORD_ code, or the kiosk's own (English) reasons for its fields."""
        return BrokenBundle(self.path, Code.BUNDLE_RECORD(
            table=table, id=str(record.get("id"))[:36], reason=reason))


def _problems(exc: InvalidInput) -> str:
    return "; ".join(f"{p.field}: {p.reason}" for p in exc.problems)


def _detail(exc: Exception) -> Message | str:
    """What went wrong, as its Message when core raised one."""
    message = getattr(exc, "message", None)
    return message if isinstance(message, Message) else str(exc)


def _not_a_time(record: dict) -> Message:
    return Code.RECORD_NOT_A_TIME(field="created_at", value=repr(record["created_at"]))


def check_definitions(refuse: _Refuse, records: list[dict]) -> dict[str, SurveyDef]:
    built = {}
    for r in records:
        try:
            survey = survey_from_json(bounded.loads(r["definition"], "definition"))
        except (InvalidSurvey, ValueError, TypeError, bounded.TooLarge) as exc:
            raise refuse("survey_definitions", r, Code.RECORD_DEFINITION_BROKEN(
                detail=_detail(exc))) from None
        if survey.content_hash != r["content_hash"] or survey.key != r["key"]:
            raise refuse("survey_definitions", r, Code.RECORD_HASH_MISMATCH())
        if not _stamp(r["created_at"]):
            raise refuse("survey_definitions", r, _not_a_time(r))
        built[r["id"]] = survey
    return built


def check_visits(refuse: _Refuse, records: list[dict]) -> None:
    for r in records:
        try:
            validate_visit(r)
        except InvalidInput as exc:
            raise refuse("visits", r, _problems(exc)) from None
        if not (_stamp(r["created_at"]) and _stamp(r["updated_at"])):
            raise refuse("visits", r, Code.RECORD_TIMES())


class _Shown:
    """The questions shown, once per survey and texts of the answers its conditions read: which
    questions show depends on nothing else (a hidden question's answer never counts). Each comes
    with the answer texts already judged fine for each of its questions (`ok`), so a response
    whose every text was seen before passes in one pass over C iterators."""

    def __init__(self) -> None:
        self.reads: dict[int, tuple[str, ...]] = {}
        self.seen: dict[tuple, tuple[list[Question], tuple[str, ...], tuple[set, ...]]] = {}
        self.ok: dict[int, set[str | None]] = {}  # id(question) -> texts judged fine

    def __call__(self, survey: SurveyDef, raw: dict[str, str], decoded: dict[str, object]
                 ) -> tuple[list[Question], tuple[str, ...], tuple[set, ...]]:
        reads = self.reads.get(id(survey))
        if reads is None:
            reads = self.reads[id(survey)] = tuple(dict.fromkeys(
                key for q in survey.questions if q.relevant is not None
                for key in ex.refs(q.relevant)))
        memo = (id(survey), *map(raw.get, reads))
        shown = self.seen.get(memo)
        if shown is None:
            questions = visible_questions(survey, {k: decoded[v] for k, v in raw.items()})
            shown = self.seen[memo] = (questions, tuple(q.key for q in questions),
                                       tuple(self.ok.setdefault(id(q), set())
                                             for q in questions))
        return shown


_IN = set.__contains__


def check_responses(refuse: _Refuse, records: list[dict], surveys: dict[str, SurveyDef],
                    load_local) -> None:
    # Answers repeat (a choice key, a scale value): each distinct JSON text is decoded once and
    # each (question, text) judged once; check_answer depends on nothing else.
    decoded: dict[str, object] = {}
    judged: dict[tuple[int, str | None], str | None] = {}
    local: dict[str, SurveyDef | None] = {}
    shown = _Shown()
    known: dict[int, frozenset[str]] = {}
    seen_text = decoded.__contains__
    for r in records:
        definition_id = r["survey_definition_id"]
        survey = surveys.get(definition_id)
        if survey is None:
            if definition_id not in local:
                local[definition_id] = load_local(definition_id)
            survey = local[definition_id]
        if survey is None:
            continue  # a missing definition is reported by the reference check
        language = r["language"]
        if language not in survey.languages:
            raise refuse("survey_responses", r, Code.RECORD_LANGUAGE(language=repr(language)))
        if r.get("channel", "kiosk") not in CHANNELS:  # read_bundle ensured it is there
            raise refuse("survey_responses", r, Code.RECORD_CHANNEL(
                channel=repr(r["channel"]), channels=", ".join(CHANNELS)))
        raw = r["answers"]
        if not all(map(seen_text, raw.values())):
            try:
                for text in raw.values():
                    if text not in decoded:
                        decoded[text] = bounded.loads(text, "answer")
            except (ValueError, bounded.TooLarge) as exc:
                raise refuse("survey_responses", r, Code.RECORD_ANSWER_NOT_JSON(
                    detail=_detail(exc))) from None
        questions, keys, ok = shown(survey, raw, decoded)
        reasons = []
        if not all(map(_IN, ok, map(raw.get, keys))):  # a text not yet judged fine: judge
            for q, fine in zip(questions, ok, strict=True):
                text = raw.get(q.key)
                memo = (id(q), text)
                if memo not in judged:
                    reason = check_answer(q, None if text is None else decoded[text])
                    judged[memo] = None if reason is None else str(reason)
                    if reason is None:
                        fine.add(text)
                if judged[memo] is not None:
                    reasons.append(f"{q.key}: {judged[memo]}")
        asked = known.get(id(survey))
        if asked is None:
            asked = known[id(survey)] = frozenset(q.key for q in survey.questions)
        if not asked.issuperset(raw):  # the slow scan only to name the stray keys
            reasons += [f"{k}: not a question in this survey" for k in raw
                        if not survey.has_question(k)]
        if reasons:
            raise refuse("survey_responses", r, "; ".join(reasons))
        if not _stamp(r["created_at"]):
            raise refuse("survey_responses", r, _not_a_time(r))


def _consent(refuse: _Refuse, r: dict, channel: str) -> None:
    given = r[f"{channel}_consent"]
    parts = (r[f"{channel}_consent_text"], r[f"{channel}_consent_version"])
    if given and not (all(isinstance(p, str) and p.strip() for p in parts)
                      and _stamp(r[f"{channel}_consent_at"])):
        raise refuse("signups", r, Code.RECORD_CONSENT_INCOMPLETE(channel=channel))
    if not given and (any(parts) or r[f"{channel}_consent_at"]):
        raise refuse("signups", r, Code.RECORD_CONSENT_DETAILS(channel=channel))


def check_signups(refuse: _Refuse, records: list[dict], key: ContactKey) -> None:
    for r in records:
        try:
            fields = contacts.open_contact(key, contacts.sealed_blob(r))
        except Exception as exc:
            raise refuse("signups", r, Code.RECORD_CONTACT_SEALED(detail=_detail(exc))) from None
        data = {**r, **dict(zip(contacts.CONTACT_COLUMNS, fields, strict=True)),
                "interests": str(r["interests"] or "").split(";") if r["interests"] else []}
        try:
            signup = validate_signup(data)
        except InvalidInput as exc:
            raise refuse("signups", r, _problems(exc)) from None
        stored = (*fields, r["grade"], r["role"], r["interests"])
        normal = (*(getattr(signup, c) for c in contacts.CONTACT_COLUMNS), signup.grade,
                  signup.role, ";".join(signup.interests))
        if stored != normal:
            raise refuse("signups", r, Code.RECORD_NOT_STORED_FORM())
        for flag in ("visit_requested", "age_13_plus", "email_consent", "sms_consent"):
            if r[flag] not in (0, 1, True, False):
                raise refuse("signups", r, Code.RECORD_NOT_YES_NO(field=flag))
        if r["source"] not in SOURCES:
            raise refuse("signups", r, Code.RECORD_SOURCE(source=repr(r["source"])))
        if not _stamp(r["created_at"]):
            raise refuse("signups", r, _not_a_time(r))
        _consent(refuse, r, "email")
        _consent(refuse, r, "sms")


def check_bundle(path: Path, records: dict[str, list[dict]], key: ContactKey,
                 load_local) -> None:
    """Raise BrokenBundle naming the first record the kiosk or an import would refuse.

    `records` are those that would change something here (records identical to ours were
    checked when they first came in)."""
    refuse = _Refuse(Path(path))
    surveys = check_definitions(refuse, records["survey_definitions"])
    check_visits(refuse, records["visits"])
    check_responses(refuse, records["survey_responses"], surveys, load_local)
    check_signups(refuse, records["signups"], key)
