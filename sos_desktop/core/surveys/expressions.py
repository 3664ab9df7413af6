"""A tiny, safe expression language for `relevant` and `constraint` (XLSForm-style syntax).

Grammar (no eval, no function calls beyond the few listed)::

    expr    := and_expr ("or" and_expr)*
    and_expr:= unary ("and" unary)*
    unary   := "not" "(" expr ")" | atom
    atom    := "(" expr ")" | "selected" "(" ref "," literal ")" | operand OP literal
    operand := ref | "." | "string-length" "(" "." ")" | "count-selected" "(" "." ")"
    ref     := "${" name "}"
    OP      := "=" | "!=" | "<" | "<=" | ">" | ">="
    literal := 'text' | "text" | integer

`.` means "this question's answer" and only makes sense in a constraint.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MAX_LENGTH = 2000  # an expression longer than this is a mistake, not a survey
MAX_DEPTH = 30  # nesting limit keeps recursion far from Python's own limit


class ExpressionError(ValueError):
    """The expression text is not in the supported subset. The message says why and where in
    English (logs); `code` and `params` are what front ends word (words/survey_problems.py).
    A place is `token` (as written, quoted) and `at` (its character), or none: at the end."""

    def __init__(self, message: str, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Ref:
    key: str


@dataclass(frozen=True)
class Dot:
    pass


@dataclass(frozen=True)
class Func:
    name: str  # "string-length" or "count-selected", always applied to `.`


@dataclass(frozen=True)
class Compare:
    op: str
    left: Ref | Dot | Func
    value: str | int


@dataclass(frozen=True)
class Selected:
    ref: Ref
    value: str


@dataclass(frozen=True)
class Not:
    item: Expr


@dataclass(frozen=True)
class And:
    items: tuple[Expr, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Expr, ...]


Expr = Compare | Selected | Not | And | Or

_TOKEN = re.compile(
    r"""\s*(?:
    (?P<ref>\$\{[^}]*\})
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<num>-?\d+(?:\.\d+)?)
  | (?P<op>!=|<=|>=|=|<|>)
  | (?P<punct>[(),])
  | (?P<dot>\.(?![\w-]))
  | (?P<word>[A-Za-z_][A-Za-z0-9_-]*)
    )""",
    re.VERBOSE,
)
_FUNCS = ("string-length", "count-selected")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,63}$")


@dataclass(frozen=True)
class _Tok:
    kind: str
    text: str
    pos: int


def _tokenize(text: str) -> list[_Tok]:
    tokens: list[_Tok] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        match = _TOKEN.match(text, pos)
        if not match or match.lastgroup is None:
            start = pos + (len(text[pos:]) - len(text[pos:].lstrip()))
            raise ExpressionError(f"unexpected {text[start:start + 10]!r} at character {start + 1}",
                                  "unexpected_text", text=repr(text[start:start + 10]),
                                  at=start + 1)
        kind = match.lastgroup
        tokens.append(_Tok(kind, match.group(kind), match.start(kind)))
        pos = match.end()
    return tokens


class _Parser:
    def __init__(self, text: str) -> None:
        self.toks = _tokenize(text)
        self.i = 0
        self.depth = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self, kind: str, text: str | None = None) -> _Tok:
        tok = self.peek()
        if tok is None or tok.kind != kind or (text is not None and tok.text != text):
            wanted = repr(text) if text else {"ref": "${question}", "str": "'text'"}.get(kind, kind)
            raise ExpressionError(f"expected {wanted} {self.where(tok)}", "expected",
                                  wanted=wanted, **self.place(tok))
        self.i += 1
        return tok

    def at_word(self, word: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "word" and tok.text == word

    @staticmethod
    def where(tok: _Tok | None) -> str:
        return "at the end" if tok is None else f"at {tok.text!r} (character {tok.pos + 1})"

    @staticmethod
    def place(tok: _Tok | None) -> dict[str, object]:
        return {} if tok is None else {"token": repr(tok.text), "at": tok.pos + 1}

    def parse(self) -> Expr:
        if not self.toks:
            raise ExpressionError("the expression is empty", "empty")
        expr = self.expr()
        if self.peek() is not None:
            raise ExpressionError(f"unexpected {self.where(self.peek())}", "unexpected",
                                  **self.place(self.peek()))
        return expr

    def expr(self) -> Expr:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ExpressionError("the expression is nested too deeply", "too_deep")
        items = [self.and_expr()]
        while self.at_word("or"):
            self.i += 1
            items.append(self.and_expr())
        self.depth -= 1
        return items[0] if len(items) == 1 else Or(_flat(items, Or))

    def and_expr(self) -> Expr:
        items = [self.unary()]
        while self.at_word("and"):
            self.i += 1
            items.append(self.unary())
        return items[0] if len(items) == 1 else And(_flat(items, And))

    def unary(self) -> Expr:
        if self.at_word("not"):
            self.i += 1
            self.take("punct", "(")
            inner = self.expr()
            self.take("punct", ")")
            return Not(inner)
        return self.atom()

    def atom(self) -> Expr:
        tok = self.peek()
        if tok is not None and tok.kind == "punct" and tok.text == "(":
            self.i += 1
            inner = self.expr()
            self.take("punct", ")")
            return inner
        if self.at_word("selected"):
            self.i += 1
            self.take("punct", "(")
            ref = self.ref()
            self.take("punct", ",")
            value = self.literal()
            self.take("punct", ")")
            return Selected(ref, str(value))
        left = self.operand()
        op = self.take("op").text
        return Compare(op, left, self.literal())

    def operand(self) -> Ref | Dot | Func:
        tok = self.peek()
        if tok is not None and tok.kind == "ref":
            return self.ref()
        if tok is not None and tok.kind == "dot":
            self.i += 1
            return Dot()
        if tok is not None and tok.kind == "word" and tok.text in _FUNCS:
            self.i += 1
            self.take("punct", "(")
            self.take("dot")
            self.take("punct", ")")
            return Func(tok.text)
        if tok is not None and tok.kind == "word":
            raise ExpressionError(f"unsupported function or word {tok.text!r} (character "
                                  f"{tok.pos + 1}); only selected, not, and, or, "
                                  "string-length(.) and count-selected(.) are allowed",
                                  "unsupported_word", word=repr(tok.text), at=tok.pos + 1)
        raise ExpressionError(f"expected ${{question}} or . {self.where(tok)}",
                              "expected_operand", **self.place(tok))

    def ref(self) -> Ref:
        tok = self.take("ref")
        name = tok.text[2:-1].strip()
        if not _NAME.match(name):
            raise ExpressionError(f"{tok.text} is not a valid question reference",
                                  "bad_reference", ref=tok.text)
        return Ref(name)

    def literal(self) -> str | int:
        tok = self.peek()
        if tok is not None and tok.kind == "str":
            self.i += 1
            return tok.text[1:-1]
        if tok is not None and tok.kind == "num":
            self.i += 1
            if "." in tok.text:
                raise ExpressionError(f"only whole numbers are supported, got {tok.text}",
                                      "whole_numbers_only", number=tok.text)
            return int(tok.text)
        raise ExpressionError(f"expected a quoted value or a whole number {self.where(tok)}",
                              "expected_value", **self.place(tok))


def _flat(items: list[Expr], kind: type[And | Or]) -> tuple[Expr, ...]:
    # "(a or b) or c" becomes Or(a, b, c) so the canonical text parses back to an equal tree.
    out: list[Expr] = []
    for item in items:
        out.extend(item.items if isinstance(item, kind) else (item,))
    return tuple(out)


def parse(text: str) -> Expr:
    """Parse an expression; raises ExpressionError (a ValueError) for anything unsupported."""
    if not isinstance(text, str):
        raise ExpressionError("the expression must be text", "not_text")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"the expression is longer than {MAX_LENGTH} characters",
                              "too_long", limit=MAX_LENGTH)
    return _Parser(text).parse()


def unparse(expr: Expr) -> str:
    """Canonical text of an expression (stable: used in the definition's content hash)."""
    if isinstance(expr, Or):
        return " or ".join(_wrap(item, Or) for item in expr.items)
    if isinstance(expr, And):
        return " and ".join(_wrap(item, And) for item in expr.items)
    if isinstance(expr, Not):
        return f"not({unparse(expr.item)})"
    if isinstance(expr, Selected):
        return f"selected(${{{expr.ref.key}}}, {_literal(expr.value)})"
    left = expr.left
    side = f"${{{left.key}}}" if isinstance(left, Ref) else "." if isinstance(left, Dot) else (
        f"{left.name}(.)"
    )
    return f"{side} {expr.op} {_literal(expr.value)}"


def _wrap(item: Expr, parent: type) -> str:
    # Or inside And needs parentheses; a nested And/Or of the same kind never occurs after parse.
    text = unparse(item)
    return f"({text})" if isinstance(item, (And, Or)) and not isinstance(item, parent) else text


def _literal(value: str | int) -> str:
    if isinstance(value, int):
        return str(value)
    return f"'{value}'" if "'" not in value else f'"{value}"'


def refs(expr: Expr) -> list[str]:
    """Question keys the expression reads, in order of appearance."""
    if isinstance(expr, (And, Or)):
        return [key for item in expr.items for key in refs(item)]
    if isinstance(expr, Not):
        return refs(expr.item)
    if isinstance(expr, Selected):
        return [expr.ref.key]
    return [expr.left.key] if isinstance(expr.left, Ref) else []


def uses_dot(expr: Expr) -> bool:
    if isinstance(expr, (And, Or)):
        return any(uses_dot(item) for item in expr.items)
    if isinstance(expr, Not):
        return uses_dot(expr.item)
    return isinstance(expr, Compare) and not isinstance(expr.left, Ref)


def evaluate(expr: Expr, answers: Mapping[str, Any], current: Any = None) -> bool:
    """Evaluate against answers (key -> value); `current` is `.`. Missing answers count as ''."""
    if isinstance(expr, Or):
        return any(evaluate(item, answers, current) for item in expr.items)
    if isinstance(expr, And):
        return all(evaluate(item, answers, current) for item in expr.items)
    if isinstance(expr, Not):
        return not evaluate(expr.item, answers, current)
    if isinstance(expr, Selected):
        value = answers.get(expr.ref.key)
        if isinstance(value, (list, tuple)):
            return expr.value in [str(v) for v in value]
        return value is not None and str(value) == expr.value
    left = expr.left
    if isinstance(left, Ref):
        value = answers.get(left.key)
    elif isinstance(left, Dot):
        value = current
    elif left.name == "string-length":
        value = len(current) if isinstance(current, str) else 0
    else:
        value = len(current) if isinstance(current, (list, tuple)) else 0
    return _compare(expr.op, value, expr.value)


def _compare(op: str, value: Any, literal: str | int) -> bool:
    # Like XLSForm: an unanswered question is '', lists compare as space-joined text.
    if value is None:
        value = ""
    elif isinstance(value, (list, tuple)):
        value = " ".join(str(v) for v in value)
    number, wanted = _as_int(value), _as_int(literal)
    if number is not None and wanted is not None:
        a, b = number, wanted
    elif op in ("=", "!="):
        return (str(value) == str(literal)) == (op == "=")
    else:
        return False  # ordering text against numbers is never true
    return {
        "=": a == b, "!=": a != b, "<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b,
    }[op]


def _as_int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and re.fullmatch(r"-?\d{1,18}", value.strip()):
        return int(value)
    return None
