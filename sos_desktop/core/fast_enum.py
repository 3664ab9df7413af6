"""A string enum that is cheap to define, for the message codes every start imports.

Python 3.11's EnumType builds each member through several Python-level steps: the 206 codes
of core/messages.py took ~16 M instructions to define, 2% of the window's start to its first
paint. Here each UPPER_CASE name of the class body becomes an instance of the class (a `str`
subclass, as StrEnum's members are), and the class looks values up and iterates in order as an
Enum does. Type checkers are shown `enum.StrEnum` instead (see messages.py), so every use is
checked as for any enum.
"""

from __future__ import annotations

TYPE_CHECKING = False  # as typing's: the command line does not load typing (~2 ms)
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any


class _FastEnumType(type):
    _members: dict[str, Any]

    def __new__(mcs, name: str, bases: tuple[type, ...],
                namespace: dict[str, Any]) -> _FastEnumType:
        cls = super().__new__(mcs, name, bases, namespace)
        cls._members = {}
        for key, value in namespace.items():
            if key.isupper() and isinstance(value, str):
                member: Any = cls._members.get(value)  # a value seen before: an alias
                if member is None:
                    member = cls._members[value] = str.__new__(cls, value)  # type: ignore[arg-type]
                type.__setattr__(cls, key, member)
        return cls

    def __call__(cls, value: str) -> Any:  # Code("no_visit") is Code.NO_VISIT, as in an Enum
        try:
            return cls._members[value]
        except KeyError:
            raise ValueError(f"{value!r} is not a valid {cls.__name__}") from None

    def __iter__(cls) -> Iterator[Any]:
        return iter(cls._members.values())

    def __len__(cls) -> int:
        return len(cls._members)


class FastStrEnum(str, metaclass=_FastEnumType):
    __slots__ = ()

    @property
    def value(self) -> str:
        return str(self)

    @property
    def name(self) -> str:
        return next(key for key, member in vars(type(self)).items() if member is self)

    def __reduce__(self) -> tuple[Any, tuple[str]]:  # unpickled as the member itself
        return type(self), (str(self),)

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {str(self)!r}>"
