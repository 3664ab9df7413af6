"""Survey definitions: data model, YAML and XLSForm readers, answer rules. No Qt here."""

from sos_desktop.core.surveys.answers import (
    AnswerProblem,
    check_answer,
    check_page,
    check_response,
    clean_response,
    prune_answers,
    visible_pages,
    visible_questions,
)
from sos_desktop.core.surveys.builtin import builtin_survey, builtin_surveys
from sos_desktop.core.surveys.check import check_survey_file
from sos_desktop.core.surveys.model import (
    Choice,
    Constraint,
    Label,
    Question,
    QuestionType,
    SurveyDef,
)
from sos_desktop.core.surveys.problems import InvalidSurvey, SurveyProblem

__all__ = [
    "AnswerProblem", "Choice", "Constraint", "InvalidSurvey", "Label", "Question",
    "QuestionType", "SurveyDef", "SurveyProblem", "builtin_survey", "builtin_surveys",
    "check_answer", "check_page", "check_response", "check_survey_file", "clean_response",
    "prune_answers", "visible_pages", "visible_questions",
]
