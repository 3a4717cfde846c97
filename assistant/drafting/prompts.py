"""Prompt templates: a Jinja environment over the user's folders, then the bundled ``prompts/``.

Templates are data (DESIGN.md "Prompts are data"): ``system.j2`` (the static prefix: rules and
examples, the same for every email) and ``reply.j2`` (this email) make the chat prompt;
``offline/reply.<lang>.j2`` is the offline draft. A file of the same name in
``--prompts DIR`` or ``<config dir>/prompts`` wins over the bundled one. The email's text
reaches templates only as variables, never as template source, and is fenced by markers it
cannot forge.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import traceback
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from assistant import lang
from assistant.config import Settings, check_prompts_dir
from assistant.drafting.completion import REPLY_NOTE_KEYS, STEP_KEYS
from assistant.errors import TemplateError
from assistant.lang.formality import detect_formality
from assistant.lang.variant import detect_variant
from assistant.mail.message import Email
from assistant.mail.sender import greeting_name, natural_name

if TYPE_CHECKING:
    import jinja2

#: JSON schema the model is asked to answer in (OpenAI ``response_format`` json_schema).
REPLY_SCHEMA: Mapping[str, Any] = {
    "type": "object",
    "properties": {
        "reply": {"type": "string", "description": "The client reply body, plain text."},
        "notes": {
            "type": "object",
            "properties": {key: {"type": "string"} for key in REPLY_NOTE_KEYS},
            "required": list(REPLY_NOTE_KEYS),
            "additionalProperties": False,
        },
    },
    "required": ["reply", "notes"],
    "additionalProperties": False,
}


# Markers around untrusted text in the prompt; anything in the email that looks like one
# loses its angle brackets so the email cannot close its own data block.
#: Characters that render as nothing: format controls and the blank "letters".
_INVISIBLE = re.compile(
    r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164\ufe00-\ufe0f\ufeff\uffa0]"
)
_MARKER_OPEN = re.compile(r"<{2,}\s*(?=(?:EMAIL|THREAD|ASKS)\b)", re.IGNORECASE)
_MARKER_CLOSE = re.compile(r"\b((?:EMAIL|THREAD|ASKS))\s*>{2,}", re.IGNORECASE)


@dataclass(frozen=True)
class ChatMessage:
    """One Chat Completions message: ``role`` is "system" or "user"."""

    role: str
    content: str


@dataclass(frozen=True)
class Prompt:
    """The rendered chat messages plus the JSON schema the reply should follow."""

    messages: tuple[ChatMessage, ...]
    schema: Mapping[str, Any] = field(default_factory=lambda: REPLY_SCHEMA)


def bundled_prompts_dir() -> Path:
    """Return the folder of the templates shipped with draft-reply.

    ``assistant/prompts/`` inside an installed wheel (hatch force-include), else the
    repository's top-level ``prompts/`` (editable install or source tree).
    """
    package = Path(__file__).parent.parent  # assistant/
    inside = package / "prompts"
    if inside.is_dir():
        return inside
    return package.parent / "prompts"


def template_dirs(settings: Settings) -> list[Path]:
    """Return the template folders in lookup order: ``--prompts DIR``, config dir, bundled.

    The first folder holding a template of the requested name wins. Folders need not exist.
    """
    dirs: list[Path] = []
    if settings.prompts_dir is not None:
        dirs.append(Path(settings.prompts_dir))
    dirs.append(settings.user_prompts_dir)
    dirs.append(bundled_prompts_dir())
    return dirs


def describe_template_dirs(settings: Settings) -> list[tuple[Path, bool]]:
    """Return each template folder in lookup order with whether it exists (for the CLI)."""
    return [(d, d.is_dir()) for d in template_dirs(settings)]


def environment(settings: Settings) -> jinja2.Environment:
    """Return the Jinja environment over :func:`template_dirs` (user folders first).

    ``StrictUndefined`` (a misspelt variable is an error, not an empty string), no
    autoescaping (the output is plain text), trailing newlines kept, block tags trimmed.
    One environment per list of folders is kept for the process, so each template is
    compiled once; Jinja still reloads a template whose file changed (auto_reload).
    Raises ConfigError when ``settings.prompts_dir`` (``--prompts``) is not a folder.
    """
    if settings.prompts_dir is not None:
        check_prompts_dir(Path(settings.prompts_dir), where="--prompts")
    return _environment(tuple(template_dirs(settings)))


@functools.lru_cache(maxsize=8)
def _environment(dirs: tuple[Path, ...]) -> jinja2.Environment:
    import jinja2

    loader = jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d), encoding="utf-8") for d in dirs])
    return jinja2.Environment(
        loader=loader,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_template(
    env: jinja2.Environment,
    names: list[str],
    variables: Mapping[str, Any],
    *,
    nonempty: str | None = None,
) -> str:
    """Render the first template of ``names`` that exists, with ``variables``.

    With ``nonempty`` (what the text is, e.g. "reply"), output that is only whitespace is an
    error too. Raises TemplateError naming the template file (and line where known) for a
    missing or unreadable template, a syntax error, an undefined variable, an include or
    macro that recurses without end, another error raised while rendering, or empty output.
    """
    import jinja2

    template: jinja2.Template | None = None
    try:
        template = env.select_template(names)
        text = template.render(**variables)
    except jinja2.TemplatesNotFound:
        dirs = ", ".join(_loader_dirs(env))
        raise TemplateError(
            f"prompt template {names[0]} not found in {dirs}; reinstall draft-reply or add it"
        ) from None
    except jinja2.TemplateNotFound as exc:
        _raise_located(exc, names[0], f"includes {exc.name}, which is not in any template folder")
    except jinja2.TemplateSyntaxError as exc:
        where = exc.filename or exc.name or names[0]
        raise TemplateError(
            f"prompt template {where}, line {exc.lineno}: {exc.message}; fix or remove that file"
        ) from None
    except UnicodeDecodeError as exc:
        where = _source_file(exc) or names[0]
        raise TemplateError(
            f"prompt template {where} is not UTF-8 text; save it as UTF-8"
        ) from None
    except RecursionError as exc:
        where = _innermost_template(exc) or _template_file(template, names[0])
        raise TemplateError(
            f"prompt template {where} includes itself or calls a macro recursively without end;"
            " fix or remove that file"
        ) from None
    except OSError as exc:
        where = _source_file(exc) or _template_file(template, names[0])
        raise TemplateError(
            f"prompt template {where} cannot be read: {exc.strerror or exc}; fix its"
            " permissions or remove it"
        ) from None
    except (jinja2.TemplateError, TypeError, ValueError, ArithmeticError) as exc:
        _raise_located(exc, names[0])
    if nonempty and not text.strip():
        raise TemplateError(
            f"prompt template {_template_file(template, names[0])} produced an empty"
            f" {nonempty}; put text in it or remove it to use the bundled one"
        )
    return text


def template_context(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the variables every template sees; ``context`` entries win over the defaults.

    ``sender_name`` is the display name in natural order ("Müller, Anna" -> "Anna Müller";
    company suffixes and all-caps or all-lower case tidied; "" when there is none),
    ``first_name`` its first word, ``greeting_name`` the name to greet
    with (the full name when the sender writes formally in a language whose formal greeting
    names it, German; else the first name: :func:`assistant.mail.sender.greeting_name`'s rule),
    ``formality`` "formal" or "informal" (how the sender addresses us), ``variant`` the variety
    of the language the sender writes ("pt-BR", "pt-PT"; "" unknown or none:
    :func:`assistant.lang.variant.detect_variant`), ``language`` the ISO 639-1 code ("und"
    unknown) and ``language_name`` its English name. ``new_text``,
    ``quoted_text`` and ``subject`` are the email's text with data-block markers defused.
    ``today`` is ``now.date()``. The account facts (``facts.AccountFacts.template_context``,
    passed as ``context``) default to empty: ``work_items`` (WorkItem: key, date,
    description, hours), ``work_record`` (the items as ``[W1] 2026-03-14 ...`` lines, derived
    from ``work_items`` when not given), ``facts`` (step-3 sentences), ``period`` (start, end)
    and ``client_name`` may reach the reply; ``account`` (figure label -> text, or None),
    ``recommendation``, ``recommendation_reasons``, ``manager_lines`` and ``missing`` are for
    the internal notes only.
    """
    display = email.sender.display_name if email.sender is not None else ""
    sender_name = natural_name(display)
    first_name = sender_name.split(" ")[0] if sender_name else ""
    language = email.language or "und"
    formality = detect_formality(email.new_text, language)
    greet = greeting_name(display, language, informal=formality == "informal")
    address = email.sender.addr_spec if email.sender is not None else ""
    variant = detect_variant(email.new_text + "\n" + email.signature, language, address)
    values: dict[str, Any] = {
        "email": email,
        "sender_name": header_value(sender_name),
        "first_name": header_value(first_name, 40),
        "greeting_name": header_value(greet),
        "formality": formality,
        "variant": variant,
        "language": language,
        "language_name": _language_name(language),
        "new_text": defuse_markers(email.new_text),
        "quoted_text": defuse_markers(email.quoted_text),
        "subject": header_value(email.subject, 200),
        "today": now.date(),
        "user_name": settings.signature_name or None,
        "work_items": [],
        "work_record": "",
        "facts": [],
        "period": None,
        "client_name": None,
        "tier": None,
        "account": None,
        "recommendation": None,
        "recommendation_reasons": [],
        "manager_lines": [],
        "missing": [],
        "step_keys": STEP_KEYS,
    }
    if context:
        values.update(context)
        if context.get("work_items") and "work_record" not in context:
            from assistant.checks.grounding import format_items

            values["work_record"] = format_items(values["work_items"])
    return values


def render_prompt(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> Prompt:
    """Render ``system.j2`` and ``reply.j2`` into a system and a user chat message.

    The system message is the static prefix: the bundled ``system.j2`` uses no variable, so
    it is byte-identical for every email and user and providers cache it (a user's override
    may use the variables below, and loses that). The user message holds everything of this
    email (:func:`reply_variables`): never revenue, rank, share, cost or the recommendation,
    which no template of the client reply's request is given. Raises TemplateError (file
    and line) when a template is missing, unreadable, does not parse, uses an undefined
    variable, recurses without end or renders only whitespace; ConfigError when
    ``--prompts`` is not a folder.
    """
    env = environment(settings)
    variables = reply_variables(email, settings=settings, now=now, context=context)
    system = render_template(env, ["system.j2"], variables, nonempty="prompt")
    user = render_template(env, ["reply.j2"], variables, nonempty="prompt")
    return Prompt(
        messages=(
            ChatMessage(role="system", content=system.strip() + "\n"),
            ChatMessage(role="user", content=user.strip() + "\n"),
        )
    )


#: Internal template variables that the client reply's request must never see.
INTERNAL_VARIABLES = (
    "account",
    "recommendation",
    "recommendation_reasons",
    "manager_lines",
    "missing",
    "tier",
)

_ASK_LABELS = {
    "refund": "money back (refund, credit or discount)",
    "meeting": "a call or meeting",
    "written": "a written answer",
    "document": "a document",
    "fix": "something put right",
    "decision": "a decision",
    "person": "someone more senior",
}


def reply_variables(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Return the variables of the client reply's request: :func:`template_context` without
    the internal ones (:data:`INTERNAL_VARIABLES`, set to None), plus what ``reply.j2``
    uses: ``ask_lines`` (AskLine), ``ask_labels``, ``no_call``, ``competitor_named``,
    ``situation`` (:class:`~assistant.drafting.situation.Situation`: the thanks and question
    back fit its ``kind``) and ``situation_until`` (a notice's date, in English; "" for none),
    ``work_record`` of the items a reply may cite (:func:`~assistant.drafting.record.choose_items`),
    ``complained_record`` (the items the email complains about), ``facts`` (the step-3 facts
    that help with this email, none naming the tier), ``formality_words`` ("Sie", "du"),
    ``today_text`` and ``sent_text`` (dates in words), ``contact_role`` and ``cc_names``.
    """
    from assistant.checks.grounding import format_items
    from assistant.drafting.answers import ask_lines, read_email
    from assistant.drafting.record import choose_items, relevant_facts
    from assistant.drafting.situation import read_situation
    from assistant.lang.dates import format_long

    variables = template_context(email, settings=settings, now=now, context=context)
    variables.setdefault("contact", None)
    variables.setdefault("salutation_greeting", "")
    language = str(variables["language"])
    today = now.date()
    reading = variables.get("reading") or read_email(email, language, today=today)
    choice = choose_items(list(variables["work_items"]), reading.complaints, language)
    book_facts = [str(fact) for fact in variables["facts"]]
    situation = read_situation(email, reading, language, today=today, facts=book_facts)
    facts = relevant_facts(book_facts, email, variables.get("tier"))
    words = lang.get(language).reply_pronouns
    informal = variables["formality"] == "informal"
    contact = variables.get("contact") or {}
    role = contact.get("role", "") if isinstance(contact, Mapping) else ""
    sent = email.date.date() if email.date is not None else None
    variables.update(
        {
            # the client's words for each ask go in their own data block (reply.j2: ASKS)
            "ask_lines": [
                dataclasses.replace(line, phrase=header_value(line.phrase, 120))
                for line in ask_lines(reading.asks, language, today=today)
            ],
            "ask_labels": _ASK_LABELS,
            "no_call": reading.no_call,
            "competitor_named": reading.competitor_named,
            "situation": situation,
            "situation_until": format_long(situation.until, "en") if situation.until else "",
            "work_record": format_items(choice.usable),
            "complained_record": "; ".join(
                f"[{item.key}] {item.description}" for item in choice.complained
            ),
            "facts": facts,
            "formality_words": (words[0] if informal else words[1]) if any(words) else "",
            "today_text": format_long(today, "en"),
            "sent_text": format_long(sent, "en") if sent else "unknown",
            "contact_role": header_value(str(role or "")),
            "cc_names": [
                header_value(natural_name(a.display_name) or a.addr_spec) for a in email.cc
            ][:10],
        }
    )
    for name in INTERNAL_VARIABLES:
        variables[name] = None
    return variables


def defuse_markers(text: str) -> str:
    """Return ``text`` with anything shaped like a data-block marker (``<<<EMAIL``,
    ``EMAIL>>>``, and those of THREAD and ASKS) stripped of brackets.

    Used on every piece of the email that goes inside a data block, so the email cannot end
    the block early and pose as instructions. The text is first normalised (Unicode NFKC:
    the full-width form of ``EMAIL>>>`` becomes ``EMAIL>>>``) and stripped of format characters
    (zero-width joiners, bidi controls: category Cf) and of blanks that render as nothing
    (U+2800, U+3164, U+115F), so that no spelling of a marker survives. The ordinal
    indicators and superscripts of names and measures (º, ª, ², ³: "Eng.º Rui Ferreira",
    "D.ª Ana", "120 m²") keep their form: none of them spells a marker.
    """
    text = _INVISIBLE.sub("", _nfkc_keeping(text, "ºª²³"))
    return _MARKER_CLOSE.sub(r"\1", _MARKER_OPEN.sub("", text))


def _nfkc_keeping(text: str, kept: str) -> str:
    """Return ``text`` in Unicode NFKC, except for the characters of ``kept``, left as they
    are (NFKC would write "º" as "o")."""
    pieces = re.split(f"([{re.escape(kept)}])", text)
    return "".join(p if p in kept and p else unicodedata.normalize("NFKC", p) for p in pieces)


def header_value(text: str, limit: int = 80) -> str:
    """Return a header-derived string (a display name, a subject) fit for the data block.

    Defused (:func:`defuse_markers`), control characters removed, whitespace collapsed to
    single spaces, and cut to ``limit`` characters (an ellipsis marks a cut).
    """
    cleaned = " ".join(
        "".join(
            ch if unicodedata.category(ch) != "Cc" else " " for ch in defuse_markers(text)
        ).split()
    )
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"


def _loader_dirs(env: jinja2.Environment) -> list[str]:
    import jinja2

    dirs: list[str] = []
    loader = env.loader
    loaders = loader.loaders if isinstance(loader, jinja2.ChoiceLoader) else [loader]
    for sub in loaders:
        if isinstance(sub, jinja2.FileSystemLoader):
            dirs.extend(str(p) for p in sub.searchpath)
    return dirs


def _source_file(exc: BaseException) -> str | None:
    """Return the file a Jinja loader was reading when ``exc`` was raised, if any."""
    tb = exc.__traceback__
    found: str | None = None
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "get_source":
            filename = tb.tb_frame.f_locals.get("filename")
            if isinstance(filename, str):
                found = filename
        tb = tb.tb_next
    return found


def _template_file(template: jinja2.Template | None, fallback: str) -> str:
    """Return the file a selected template came from, else ``fallback`` (its name)."""
    if template is not None:
        return template.filename or template.name or fallback
    return fallback


def _innermost_template(exc: BaseException) -> str | None:
    """Return the last template file on ``exc``'s traceback (compiled templates keep it)."""
    found: str | None = None
    tb = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2"):
            found = filename
        tb = tb.tb_next
    return found


def _raise_located(exc: BaseException, fallback: str, message: str = "") -> NoReturn:
    """Raise TemplateError for ``exc`` at the innermost template frame of its traceback."""
    where = fallback
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename.endswith(".j2"):
            where = f"{frame.filename}, line {frame.lineno}"
            break
    else:
        if not isinstance(exc, _jinja_error_types()):
            raise exc
    if not message:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    raise TemplateError(f"prompt template {where}: {message}; fix or remove that file") from None


def _jinja_error_types() -> tuple[type[BaseException], ...]:
    import jinja2

    return (jinja2.TemplateError,)


def _language_name(code: str) -> str:
    """Return the English name of language ``code`` for the prompt (lang/<code>.py's NAME)."""
    known = lang.find(code)
    return known.name if known is not None else "the language the email is written in"
