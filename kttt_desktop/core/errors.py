"""Coded errors: core says *what* went wrong, the catalogue says it in the user's language.

The window and the `kttt` command both render the same code through `messages.texts`, so an
officer reads the same sentence in either place.
"""

from __future__ import annotations

from typing import Any

from kttt_desktop.core.messages import texts


class KtttError(Exception):
    """An error a user can cause and fix; never shown with a traceback."""

    def __init__(self, code: str, /, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(texts(code, "vi", **params))

    def message(self, lang: str | None = None) -> str:
        return texts(self.code, lang, **self.params)


class ValidationFailed(KtttError):
    """Saving was refused because of one or more blocking issues."""

    def __init__(self, issues: list[Any]) -> None:  # list[Issue], kept loose to avoid a cycle
        self.issues = issues
        first = issues[0]
        super().__init__("validation_failed", details="; ".join(i.message() for i in issues),
                         count=len(issues))
        self.first = first
