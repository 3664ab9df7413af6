"""Online answers (KoboToolbox / ODK / Google Forms CSV) into a visit: mapped, checked, anonymous,
never doubled, each response marked "online"."""

import csv
import random
import uuid

import pytest

from sos_desktop.core.exports.responses import export_responses
from sos_desktop.core.imports.online.importer import ColumnsRejected, import_online_responses
from sos_desktop.core.surveys.store import ensure_builtin_surveys, latest_definition
from sos_desktop.core.visits.store import create_visit

SCHOOLS = ["hillhouse", "wilbur_cross"]
SUPPORT = ["social_workers", "counselors", "nurses", "mentors", "restorative_justice"]


def _answers(rng: random.Random) -> dict:
    contact = rng.random() < 0.5
    return {
        "school": rng.choice(SCHOOLS),
        "grade": rng.choice(["grade_9", "grade_10", "grade_11", "grade_12"]),
        "safe_at_school": rng.randint(1, 5),
        "unfair_race": rng.choice(["often", "sometimes", "never", "not_sure"]),
        "had_contact": "yes" if contact else "no",
        "contact_kind": ["searched", "physical"] if contact else [],
        "support_wanted": rng.sample(SUPPORT, rng.randint(1, 3)),
    }


def _write(path, header, rows, delimiter=","):
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def kobo_csv(path, n, seed=1, delimiter=";", order=None):
    """KoboToolbox "XML values and headers": group paths, codes, select-multiple space-separated
    and split into 0/1 columns, device and time metadata, _uuid."""
    rng = random.Random(seed)
    header = ["start", "end", "deviceid", "username", "about_you/school", "about_you/grade",
              "safety/safe_at_school", "contact/had_contact", "contact/contact_kind",
              "contact/contact_kind/searched", "fairness/unfair_race", "support/support_wanted",
              "_id", "_uuid", "_submission_time", "_submitted_by", "__version__", "_index"]
    rows = []
    for i in range(n):
        a = _answers(rng)
        rows.append([f"2026-10-14T09:{i % 60:02d}:07.123-04:00",
                     f"2026-10-14T09:{i % 60:02d}:59.456-04:00", f"collect:DEV{i:05d}",
                     f"kobouser{i}", a["school"], a["grade"], str(a["safe_at_school"]),
                     a["had_contact"], " ".join(a["contact_kind"]),
                     "1" if "searched" in a["contact_kind"] else "0", a["unfair_race"],
                     " ".join(a["support_wanted"]), str(9000 + i),
                     str(uuid.UUID(int=rng.getrandbits(128))),
                     f"2026-10-14T13:{i % 60:02d}:42", f"student{i}", "vGh7", str(i + 1)])
    if order is not None:
        header = [header[k] for k in order]
        rows = [[r[k] for k in order] for r in rows]
    return _write(path, header, rows, delimiter)


def google_csv(path, survey, language, n, seed=2):
    """Google Forms: Timestamp, Email, then question texts; labels; checkboxes joined ", "."""
    rng = random.Random(seed)
    keys = ["school", "safe_at_school", "unfair_race", "had_contact", "support_wanted"]
    head = {"en": ["Timestamp", "Email Address"],
            "es": ["Marca temporal", "Dirección de correo electrónico"]}[language]
    header = head + [survey.question(k).label.get(language) for k in keys]

    def text(key, value):
        q = survey.question(key)
        names = {c.key: c.label.get(language) for c in q.options}
        if isinstance(value, list):
            return ", ".join(names[v] for v in value)
        return names.get(value, str(value))

    rows = []
    for i in range(n):
        a = _answers(rng)
        rows.append([f"10/14/2026 9:{i % 60:02d}:{i % 60:02d}", f"kid{i}.{language}@example.org",
                     *(text(k, a[k]) for k in keys)])
    return _write(path, header, rows)


@pytest.fixture
def hc(db):
    ensure_builtin_surveys(db)
    return latest_definition(db, "hillhouse-cross")[1]


@pytest.fixture
def visit(db, hc):
    return create_visit(db, {"school": "Hillhouse High School", "group_name": "Zoom civics",
                             "visit_date": "2026-10-14", "survey_key": "hillhouse-cross",
                             "virtual": True})


def _channels(db):
    with db.raw() as conn:
        return dict(conn.execute("SELECT channel, count(*) FROM survey_responses"
                                 " GROUP BY channel").fetchall())


def test_kobo_export_goes_in_once(db, visit, tmp_path):
    """Ensure a `;`-separated Kobo export with group paths goes in with the right count, drops
    identifying and time columns, and a second import adds nothing ("already in")."""
    path = kobo_csv(tmp_path / "kobo.csv", 40)
    first = import_online_responses(db, path, visit_id=visit)
    assert (first.source, first.added, first.already_in, first.refused) == ("kobo", 40, 0, 0)
    assert {"deviceid", "username", "_submitted_by", "start", "end", "_submission_time"} <= set(
        first.columns_with("identifying", "time"))
    again = import_online_responses(db, path, visit_id=visit)
    assert (again.added, again.already_in) == (0, 40)
    assert _channels(db) == {"online": 40}


@pytest.mark.parametrize("language", ["en", "es"])
def test_google_forms_export_in_either_language(db, visit, hc, tmp_path, language):
    """Ensure question texts in English or Spanish map to the questions, labels (with commas
    inside, "Yes, often") are read as choices, and the form's language is kept."""
    path = google_csv(tmp_path / f"google-{language}.csv", hc, language, 25)
    result = import_online_responses(db, path, visit_id=visit)
    assert (result.source, result.language, result.added, result.refused) == (
        "google", language, 25, 0)
    assert import_online_responses(db, path, visit_id=visit).already_in == 25
    with db.raw() as conn:
        values = {r[0] for r in conn.execute(
            "SELECT value FROM survey_answers WHERE question_key = 'unfair_race'")}
    assert values <= {'"often"', '"sometimes"', '"never"', '"not_sure"'}


def test_nothing_identifying_or_timed_reaches_the_database_file(db, visit, hc, tmp_path):
    """Ensure no email, user name, device id or submission time is in the .sqlite3 or its -wal."""
    import_online_responses(db, kobo_csv(tmp_path / "k.csv", 30), visit_id=visit)
    for language in ("en", "es"):
        import_online_responses(db, google_csv(tmp_path / f"g{language}.csv", hc, language, 20),
                                visit_id=visit)
    raw = b"".join(p.read_bytes() for p in db.path.parent.glob(db.path.name + "*"))
    for secret in (b"example.org", b"kid1", b"kobouser", b"collect:DEV", b"student1",
                   b"T09:0", b"T13:0", b"10/14/2026", b"9:05:05"):
        assert secret not in raw
    with db.raw() as conn:
        assert {r[0] for r in conn.execute("SELECT created_at FROM survey_responses")} == {
            "2026-10-14 00:00:00.000000"}


def test_columns_in_another_order_map_the_same_and_are_recognised(db, visit, tmp_path):
    kobo_csv(tmp_path / "a.csv", 10, delimiter=",")
    first = import_online_responses(db, tmp_path / "a.csv", visit_id=visit)
    order = list(reversed(range(18)))
    second = import_online_responses(db, kobo_csv(tmp_path / "b.csv", 10, order=order),
                                     visit_id=visit)
    assert (first.added, second.added, second.already_in) == (10, 0, 10)


def test_a_form_from_another_survey_is_refused_naming_it(db, visit, tmp_path):
    survey = latest_definition(db, "nhps-other")[1]
    path = _write(tmp_path / "other.csv", ["Timestamp", survey.question("school_level").label.get(
        "en"), survey.question("school_name").label.get("en")],
        [["10/14/2026 9:00:00", "High school", "Career High"]])
    with pytest.raises(ColumnsRejected) as caught:
        import_online_responses(db, path, visit_id=visit)
    assert caught.value.other_survey == "nhps-other"
    assert [e.column for e in caught.value.errors] == [
        survey.question("school_level").label.get("en"),
        survey.question("school_name").label.get("en")]
    assert _channels(db) == {}


def test_an_unknown_column_is_named_not_guessed(db, visit, tmp_path):
    path = _write(tmp_path / "k.csv", ["_uuid", "about_you/school", "favourite_colour"],
                  [["u1", "hillhouse", "blue"]])
    with pytest.raises(ColumnsRejected) as caught:
        import_online_responses(db, path, visit_id=visit)
    assert [(e.line, e.column, e.code) for e in caught.value.errors] == [
        (1, "favourite_colour", "matches_no_question")]
    assert caught.value.other_survey == ""


def test_formula_cells_and_bad_rows_are_refused_or_kept_as_text(db, visit, tmp_path):
    """Ensure a formula in a choice column refuses that row (named by line and column), a
    formula typed as a text answer is kept as text and neutralised in the export, and a row
    breaking a constraint (4 picks where 3 is the most) is refused with the kiosk's reason."""
    header = ["_uuid", "about_you/school", "support/support_wanted", "anything_else"]
    path = _write(tmp_path / "k.csv", header, [
        ["u1", "hillhouse", "counselors", '=HYPERLINK("http://evil","click")'],
        ["u2", '=HYPERLINK("http://evil")', "counselors", ""],
        ["u3", "hillhouse", "counselors nurses mentors social_workers", ""],
        ["u4", "", "", ""],
    ])
    result = import_online_responses(db, path, visit_id=visit)
    assert (result.added, result.refused, result.empty) == (1, 2, 1)
    assert [(e.line, e.column) for e in result.errors] == [
        (3, "about_you/school"), (4, "support_wanted")]
    out = export_responses(db, "hillhouse-cross", tmp_path / "out.csv")
    text = out.path.read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text


def test_dry_run_stores_nothing_and_counts_the_same(db, visit, tmp_path):
    path = kobo_csv(tmp_path / "k.csv", 12)
    dry = import_online_responses(db, path, visit_id=visit, dry_run=True)
    assert (dry.added, dry.stored) == (12, False) and _channels(db) == {}
    assert import_online_responses(db, path, visit_id=visit).added == 12


def test_skip_rules_drop_hidden_answers(db, visit, tmp_path):
    """Ensure the kiosk's skip rules apply: contact_kind is only kept after had_contact = yes."""
    path = _write(tmp_path / "k.csv", ["_uuid", "contact/had_contact", "contact/contact_kind"],
                  [["u1", "no", "searched"], ["u2", "yes", "searched"]])
    assert import_online_responses(db, path, visit_id=visit).added == 2
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_answers"
                            " WHERE question_key = 'contact_kind'").fetchone()[0] == 1


def test_responses_export_names_each_channel(db, visit, answered, tmp_path):
    answered(3, visit=visit)
    import_online_responses(db, kobo_csv(tmp_path / "k.csv", 4), visit_id=visit)
    out = export_responses(db, "hillhouse-cross", tmp_path / "out.csv")
    with out.path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sorted(r["channel"] for r in rows) == ["kiosk"] * 3 + ["online"] * 4


@pytest.mark.parametrize("dry_run", [False, True])
def test_a_row_given_twice_in_one_file_goes_in_once(db, visit, tmp_path, monkeypatch, dry_run):
    """Ensure the same submission twice in one file counts once, across batches too."""
    from sos_desktop.core.imports.online import importer

    monkeypatch.setattr(importer, "BATCH", 3)
    rows = [[f"u{i % 5}", "hillhouse"] for i in range(10)]
    path = _write(tmp_path / "k.csv", ["_uuid", "about_you/school"], rows)
    result = import_online_responses(db, path, visit_id=visit, dry_run=dry_run)
    assert (result.added, result.already_in) == (5, 5)


def test_instance_id_and_uuid_name_the_same_submission(db, visit, tmp_path):
    """Ensure a re-export with meta/instanceID before _uuid is still recognised."""
    first = _write(tmp_path / "a.csv", ["about_you/school", "_uuid", "meta/instanceID"],
                   [["hillhouse", "abc-1", "uuid:abc-1"]])
    second = _write(tmp_path / "b.csv", ["meta/instanceID", "about_you/school"],
                    [["uuid:abc-1", "hillhouse"]])
    assert import_online_responses(db, first, visit_id=visit).added == 1
    assert import_online_responses(db, second, visit_id=visit).already_in == 1


def test_memory_stays_bounded_as_the_file_grows(db, visit, tmp_path, monkeypatch):
    """Ensure the peak memory of an import does not grow with its rows (batches of 100 here;
    the 100,000-row figure is in benchmarks/online.py)."""
    import tracemalloc

    from sos_desktop.core.imports.online import importer

    monkeypatch.setattr(importer, "BATCH", 100)
    peaks = []
    for n, seed in ((300, 1), (3000, 2)):
        path = kobo_csv(tmp_path / f"k{n}.csv", n, seed=seed)
        tracemalloc.start()
        assert import_online_responses(db, path, visit_id=visit).added == n
        peaks.append(tracemalloc.get_traced_memory()[1])
        tracemalloc.stop()
    assert peaks[1] < 1.5 * peaks[0]


def test_a_column_two_questions_share_is_named_ambiguous(db, tmp_path):
    from sos_desktop.core.surveys.build import survey_from_json
    from sos_desktop.core.surveys.store import store_definition

    same = {"en": "Anything else?", "es": "¿Algo más?"}
    survey = survey_from_json({
        "key": "twins", "version": 1, "title": {"en": "T", "es": "T"}, "languages": ["en", "es"],
        "questions": [{"key": "first", "type": "short_text", "label": same},
                      {"key": "second", "type": "short_text", "label": same}]})
    store_definition(db, survey)
    visit = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14",
                              "survey_key": "twins"})
    path = _write(tmp_path / "g.csv", ["Timestamp", "Anything else?"], [["1/1/2026", "no"]])
    with pytest.raises(ColumnsRejected) as caught:
        import_online_responses(db, path, visit_id=visit)
    [plan] = [p for p in caught.value.plan.columns if p.header == "Anything else?"]
    assert (plan.role, plan.candidates) == ("ambiguous", ("first", "second"))
    [error] = caught.value.errors
    assert (error.code, error.params) == ("matches_several", {"questions": "first, second"})
