"""Personal data kept from a hosted model: values replaced by placeholders, then restored.

``[privacy] redact = ["iban", "card", "email", "phone"]`` (config): before a prompt goes to
an endpoint that is not on this machine, each IBAN, card number, e-mail address or phone
number in the user message becomes a stable placeholder (``[IBAN-1]``, the same value the
same placeholder); the model's reply and notes get the values back. A placeholder in the
answer that was never handed out is reported: the model made it up. Endpoints on the
loopback interface (Ollama, llama.cpp) are left alone unless ``redact_local = true``: the
data stays on the machine.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from assistant.drafting.completion import Completion
from assistant.drafting.prompts import ChatMessage, Prompt

#: The kinds ``[privacy] redact`` may name, and what each finds.
PATTERNS: dict[str, re.Pattern[str]] = {
    "iban": re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b"),
    "card": re.compile(r"\b(?:\d[ -]?){12,18}\d\b"),
    "email": re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"),
    "phone": re.compile(r"(?<![\w.])\+?\(?\d[\d \-/()]{6,}\d(?![\w.])"),
}
_PLACEHOLDER = re.compile(r"\[(IBAN|CARD|EMAIL|PHONE)-(\d+)\]")


def is_local(base_url: str | None) -> bool:
    """Tell whether an endpoint runs on this machine (loopback); None is OpenAI's API."""
    if base_url is None:
        return False
    host = (urlsplit(base_url).hostname or "").lower()
    return host in ("localhost", "::1") or host.startswith("127.")


@dataclass
class Redactor:
    """Replaces values of ``kinds`` by placeholders and puts them back; one per draft."""

    kinds: tuple[str, ...]
    values: dict[str, str] = field(default_factory=dict)  # placeholder -> value
    _by_value: dict[str, str] = field(default_factory=dict)

    def redact(self, text: str) -> str:
        """Return ``text`` with every value of ``kinds`` replaced by its placeholder."""
        for kind in ("iban", "card", "email", "phone"):  # IBANs before the digit runs
            if kind in self.kinds:

                def swap(match: re.Match[str], kind: str = kind) -> str:
                    return self._placeholder(kind, match.group(0))

                text = PATTERNS[kind].sub(swap, text)
        return text

    def _placeholder(self, kind: str, value: str) -> str:
        if value.startswith("[") or (len(re.sub(r"\D", "", value)) < 8 and kind != "email"):
            return value  # short digit runs (dates, amounts) are not personal data
        found = self._by_value.get(value)
        if found is None:
            number = sum(1 for p in self.values if p.startswith(f"[{kind.upper()}-")) + 1
            found = f"[{kind.upper()}-{number}]"
            self._by_value[value], self.values[found] = found, value
        return found

    def prompt(self, prompt: Prompt) -> Prompt:
        """Return ``prompt`` with its user and assistant messages redacted (the system
        message has no data; an assistant message is the model's own earlier answer, restored)."""
        messages = tuple(
            ChatMessage(m.role, self.redact(m.content)) if m.role != "system" else m
            for m in prompt.messages
        )
        return replace(prompt, messages=messages)

    def restore(self, completion: Completion) -> Completion:
        """Return ``completion`` with the values back; placeholders never handed out are
        added to its checks."""
        unknown: list[str] = []

        def put_back(text: str) -> str:
            def one(match: re.Match[str]) -> str:
                value = self.values.get(match.group(0))
                if value is None:
                    unknown.append(match.group(0))
                    return match.group(0)
                return value

            return _PLACEHOLDER.sub(one, text)

        text = put_back(completion.text)
        notes = {key: put_back(value) for key, value in completion.notes.items()}
        checks = tuple(completion.checks)
        if unknown:
            listed = ", ".join(dict.fromkeys(unknown))
            checks += (f"placeholders left in the reply: {listed} (the model made them up)",)
        return replace(completion, text=text, notes=notes, checks=checks)


def redactor_for(
    kinds: Iterable[str], base_url: str | None, *, local: bool = False
) -> Redactor | None:
    """Return a Redactor for ``kinds`` when the endpoint is not local (or ``local``: the
    user asked for redaction on this machine too), else None."""
    wanted = tuple(kinds)
    if not wanted or (is_local(base_url) and not local):
        return None
    return Redactor(wanted)
