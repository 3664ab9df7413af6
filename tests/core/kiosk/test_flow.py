"""The respondent flow with a stand-in survey: order, commits, and nothing carried over."""

from sos_desktop.core.errors import InvalidInput, Problem, SosError
from sos_desktop.core.kiosk.flow import KioskFlow, Step


class TwoQuestions:
    """q1 required; q2 shown only when q1 == 'yes'."""

    def pages(self, answers):
        return [["q1"], ["q2"]] if answers.get("q1") == "yes" else [["q1"]]

    def page_problems(self, page, answers, language):
        return {"q1": "required"} if "q1" in page and "q1" not in answers else {}

    def final_answers(self, answers):
        return dict(answers)


def make_flow(fail_response=False, signup_error=None):
    stored = {"responses": [], "signups": []}

    def submit_response(language, answers):
        if fail_response:
            raise SosError("disk full")
        stored["responses"].append((language, answers))
        return "r"

    def submit_signup(language, data):
        if signup_error:
            raise signup_error
        stored["signups"].append((language, data))
        return "s"

    return KioskFlow(TwoQuestions(), submit_response, submit_signup), stored


def test_full_loop_commits_response_before_join_and_signup_before_thanks():
    flow, stored = make_flow()
    flow.begin()
    flow.choose_language("es")
    assert flow.state.step is Step.SURVEY
    flow.set_answer("q1", "yes")
    flow.next_page()
    assert flow.current_page() == ["q2"]
    flow.set_answer("q2", "text")
    flow.next_page()
    assert flow.state.step is Step.JOIN
    assert stored["responses"] == [("es", {"q1": "yes", "q2": "text"})]
    assert flow.state.answers == {}  # nothing kept in memory after the commit
    flow.join(True)
    flow.submit_signup({"first_name": "A"})
    assert flow.state.step is Step.THANKS and stored["signups"] == [("es", {"first_name": "A"})]


def test_required_question_blocks_next():
    flow, stored = make_flow()
    flow.begin()
    flow.choose_language("en")
    flow.next_page()
    assert flow.state.page_problems == {"q1": "required"}
    assert flow.state.step is Step.SURVEY and stored["responses"] == []


def test_relevance_changes_the_page_count():
    flow, _ = make_flow()
    flow.begin()
    flow.choose_language("en")
    flow.set_answer("q1", "no")
    assert flow.page_count() == 1
    flow.next_page()
    assert flow.state.step is Step.JOIN


def test_back_stays_within_the_respondent():
    flow, _ = make_flow()
    flow.begin()
    flow.choose_language("en")
    flow.previous_page()
    assert flow.state.step is Step.LANGUAGE


def test_failed_save_keeps_answers_and_reports():
    """If the commit fails, the student is told and nothing is lost from the form."""
    flow, _ = make_flow(fail_response=True)
    flow.begin()
    flow.choose_language("en")
    flow.set_answer("q1", "no")
    flow.next_page()
    assert flow.state.step is Step.SURVEY and flow.state.error == "disk full"
    assert flow.state.answers == {"q1": "no"}


def test_invalid_signup_stays_on_form_and_reset_forgets_everything():
    problem = Problem("email", "x@", "bad")
    flow, stored = make_flow(signup_error=InvalidInput([problem]))
    flow.begin()
    flow.choose_language("en")
    flow.set_answer("q1", "no")
    flow.next_page()
    flow.join(True)
    flow.submit_signup({"email": "x@"})
    assert flow.state.step is Step.SIGNUP and flow.state.signup_problems == [problem]
    state = flow.reset()
    assert state.step is Step.WELCOME and state.answers == {} and state.signup_problems == []


def test_survey_on_paper_goes_from_language_straight_to_join():
    """When the class answers on paper, the kiosk asks no question and stores no response."""
    stored = {"responses": [], "signups": []}
    flow = KioskFlow(TwoQuestions(), lambda lang, a: stored["responses"].append(a) or "r",
                     lambda lang, d: stored["signups"].append(d) or "s", survey_on_paper=True)
    flow.begin()
    flow.choose_language("es")
    assert flow.state.step is Step.JOIN and flow.page_count() == 0
    flow.join(True)
    flow.submit_signup({"first_name": "A"})
    assert flow.state.step is Step.THANKS
    assert stored == {"responses": [], "signups": [{"first_name": "A"}]}
