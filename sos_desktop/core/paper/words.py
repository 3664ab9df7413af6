"""The printed words of paper surveys, in each language a survey can be printed in: the
scannable answer sheets' (core/paper) and the plain fallback survey's (core/reports/paper.py,
its keys start with "plain_": it has no circles to fill and no boxes)."""

from __future__ import annotations

WORDS: dict[str, dict[str, str]] = {
    "en": {
        "anon": "Anonymous: do not write your name anywhere on this sheet.",
        "how": "Fill in the circle ● (a clear ✓, an X or a ring drawn round it counts too). "
               "Changed your mind? Put an X through the wrong filled circle and fill in the "
               "right one. * = please answer.",
        "one": "Pick one.", "many": "Choose all that apply.", "scale": "Pick one number.",
        "text": "Write in the box.", "number": "Write a whole number in the box.",
        "goto": "If you answered “{choice}”, go to question {n}.",
        "goto_end": "If you answered “{choice}”, you are done.",
        "only_if": "Answer only if you answered “{choice}” to question {n}.",
        "only_if_not": "Skip this if you answered “{choice}” to question {n}.",
        "only_if_expr": "Answer only if: {expr}",
        "turn": "Please turn over →", "thanks": "Thank you!",
        "page": "page {page} of {pages}", "continued": "(continued)",
        "plain_answer_only": "Answer only if", "plain_many": "Pick all that apply.",
        "plain_scale": "Circle one number.", "plain_number": "Write a whole number.",
        "plain_text": "Write your answer.", "plain_question": "question", "plain_was": "was",
        "plain_anon": "Anonymous: do not write your name on this page.",
    },
    "es": {
        "anon": "Anónima: no escribas tu nombre en ninguna parte de esta hoja.",
        "how": "Rellena el círculo ● (también vale una ✓ clara, una X o un círculo alrededor). "
               "¿Cambiaste de opinión? Tacha con una X el círculo relleno equivocado y rellena "
               "el correcto. * = responde, por favor.",
        "one": "Elige una.", "many": "Elige todas las que correspondan.",
        "scale": "Elige un número.", "text": "Escribe en el recuadro.",
        "number": "Escribe un número entero en el recuadro.",
        "goto": "Si respondiste “{choice}”, pasa a la pregunta {n}.",
        "goto_end": "Si respondiste “{choice}”, terminaste.",
        "only_if": "Responde solo si respondiste “{choice}” en la pregunta {n}.",
        "only_if_not": "Sáltala si respondiste “{choice}” en la pregunta {n}.",
        "only_if_expr": "Responde solo si: {expr}",
        "turn": "Sigue al otro lado →", "thanks": "¡Gracias!",
        "page": "página {page} de {pages}", "continued": "(continuación)",
        "plain_answer_only": "Responde solo si", "plain_many": "Elige todas las que correspondan.",
        "plain_scale": "Encierra un número.", "plain_number": "Escribe un número entero.",
        "plain_text": "Escribe tu respuesta.", "plain_question": "pregunta", "plain_was": "fue",
        "plain_anon": "Anónima: no escribas tu nombre en esta hoja.",
    },
}


def words(language: str) -> dict[str, str]:
    return WORDS.get(language, WORDS["en"])
