"""Every config file key, documented once: for ``config init``, the README and the tests.

:data:`SECTIONS` lists each table and key with an example value (TOML) and one line of
help. The readers use the same key lists (``settings._FILE_KEYS``, ``cooling.KEYS``,
``transport.KEYS``, the ``[accounts]`` keys and :class:`~.accounts.Thresholds`); a test
holds the two in step, and another that the README names every key.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    """One key: its name, an example value as TOML, and what it does."""

    name: str
    example: str
    help: str


@dataclass(frozen=True)
class Section:
    """One table of the config file (``accounts.thresholds`` is a subtable)."""

    name: str
    help: str
    keys: tuple[Key, ...]


SECTIONS: tuple[Section, ...] = (
    Section(
        "identity",
        "Who replies: the reply's From and the name you sign with.",
        (
            Key("from", '"Sam Carter <sam@example.com>"', "the reply's From (RFC 5322 mailbox)"),
            Key("name", '"Sam"', "how you sign the reply"),
            Key(
                "language",
                '"en"',
                "the language of your internal notes (ISO 639-1; default: the email's when "
                "draft-reply has notes in it, else English); the reply is in the client's",
            ),
            Key(
                "alternates",
                '[{from = "Sam Carter <sam@example.de>", name = "Sam"}]',
                "your other addresses (mutt's alternates): a reply is from the one the email "
                "was sent to, signed with its name",
            ),
        ),
    ),
    Section(
        "llm",
        "The model: any OpenAI-compatible endpoint, local or hosted (see README).",
        (
            Key("model", '"gpt-4o-mini"', "model name (or DRAFT_REPLY_MODEL)"),
            Key("base_url", '"http://127.0.0.1:11434/v1"', "endpoint URL (or OPENAI_BASE_URL)"),
            Key("api_key", '"sk-..."', "API key; better OPENAI_API_KEY in the environment"),
            Key("request_timeout", "60", "seconds per request"),
            Key("deadline", "120", "seconds for all attempts of one draft"),
            Key("offline", "false", "never call a model: draft from the playbook templates"),
            Key("probe_local", "true", "look for Ollama / llama.cpp on 127.0.0.1"),
            Key("probe_timeout", "0.2", "seconds per local probe (at most 0.2)"),
            Key(
                "local_endpoints",
                '["http://127.0.0.1:11434/v1", "http://127.0.0.1:8080/v1"]',
                "where the local probe looks",
            ),
            Key("temperature", "0.3", "sampling temperature, 0 to 2"),
            Key("max_tokens", "1200", "the most tokens the model may write per request"),
            Key(
                "revise",
                "false",
                "when the checks find problems in a model's draft, ask it once to revise",
            ),
            Key(
                "log",
                "true",
                "keep every model request and answer in logs.sqlite3 (draft-reply logs)",
            ),
            Key(
                "fallback",
                '"none"',
                'when the model cannot be reached: "none" fails (exit 69), "offline" drafts '
                "from the templates and says so (for mail filters and batch)",
            ),
        ),
    ),
    Section(
        "input",
        "Limits on what is read.",
        (Key("max_message_bytes", "26214400", "refuse larger messages (bytes; 25 MiB)"),),
    ),
    Section(
        "prompts",
        "Your own prompt templates (see draft-reply prompts path).",
        (Key("dir", '"~/my-prompts"', "a folder searched before the built-in templates"),),
    ),
    Section(
        "checks",
        "The checks a reply gets before it may be sent.",
        (
            Key(
                "hold_on",
                '["promise", "reply_to"]',
                "finding kinds that also block sending until edited or accepted (kinds: "
                "promise, date, reply_to, excuse, length, language, greeting, formality, "
                "questions, thanks, ask; the others always block)",
            ),
        ),
    ),
    Section(
        "own_mail",
        "Mail you write yourself and hand to draft-reply (outbox add, sendmail).",
        (
            Key(
                "hold",
                '"all"',
                '"all": every message waits its cooling-off (which may be none); "hot": a '
                "calm message leaves at once",
            ),
        ),
    ),
    Section(
        "filter",
        "Mail handed over by a mail filter (draft-reply filter) and drafted by draft-reply worker.",
        (
            Key(
                "only",
                '"all"',
                '"all": queue every message but automatic mail, lists and no-reply senders; '
                '"book": only senders in the client book',
            ),
        ),
    ),
    Section(
        "imap",
        "Your IMAP mailbox, for batch imap:FOLDER and for outbox resolve --check-sent (the "
        'server of [transport] when its kind is "imap" and this table is absent).',
        (
            Key("host", '"imap.example.com"', "IMAP server (a name on its certificate)"),
            Key("port", "993", "default 993 (tls), 143 (starttls, none)"),
            Key("security", '"tls"', '"tls", "starttls" or "none" (no login then)'),
            Key("username", '"sam@example.com"', "IMAP login (over TLS only)"),
            Key("password_env", '"IMAP_PASSWORD"', "environment variable holding the password"),
            Key(
                "password_command",
                '"pass show mail/imap"',
                "a command that prints the password (run without a shell)",
            ),
            Key("keyring", "false", "read the password from the system keyring instead"),
            Key("tls_ca_file", '"~/certs/ca.pem"', "trust this CA instead of the system store"),
            Key("timeout", "30", "seconds for each network step"),
            Key("folder", '"Drafts"', "the drafts mailbox (default: the one marked Drafts)"),
        ),
    ),
    Section(
        "worker",
        "draft-reply worker, besides drafting the queue.",
        (
            Key(
                "release",
                "false",
                "file each draft whose cooling-off is over into the drafts folder of "
                '[transport] kind = "maildir" (or "file"), to send from your mail client',
            ),
        ),
    ),
    Section(
        "privacy",
        "What a hosted model may see.",
        (
            Key(
                "redact",
                '["iban", "card", "email", "phone"]',
                "replace these in the prompt by placeholders for a model that is not on this "
                "machine, and put them back in its answer",
            ),
            Key("redact_local", "false", "redact for a model on this machine (loopback) too"),
        ),
    ),
    Section(
        "cooling_off",
        "How long drafts wait before they may be sent.",
        (
            Key("base_delay_minutes", "30", "the wait for a calm exchange"),
            Key("max_delay_minutes", "240", "the wait for the hottest exchange"),
            Key(
                "quiet_hours",
                '"22:00-06:00"',
                "drafts written or due then wait until release_at (`false`: none)",
            ),
            Key("release_at", '"08:00"', "when quiet-hours drafts become sendable"),
            Key("allow_override", "false", "allow send --override REASON (recorded)"),
        ),
    ),
    Section(
        "transport",
        'How outbox send delivers: kind = "smtp", "maildir" or "file".',
        (
            Key(
                "kind",
                '"smtp"',
                '"smtp", "maildir" (a Drafts folder), "imap" (the IMAP Drafts folder) or "file"',
            ),
            Key("host", '"smtp.example.com"', "SMTP server (a name on its certificate)"),
            Key("port", "587", "default 587 (starttls), 465 (tls), 25 (none)"),
            Key("security", '"starttls"', '"starttls", "tls" or "none" (no login then)'),
            Key("username", '"sam@example.com"', "SMTP login (over TLS only)"),
            Key("password_env", '"SMTP_PASSWORD"', "environment variable holding the password"),
            Key(
                "password_command",
                '"pass show mail/smtp"',
                "a command that prints the password (run without a shell)",
            ),
            Key("keyring", "false", "read the password from the system keyring instead"),
            Key("tls_ca_file", '"~/certs/ca.pem"', "trust this CA instead of the system store"),
            Key("timeout", "30", "seconds for each network step"),
            Key("deadline", "120", "seconds for one whole delivery (default 4 x timeout)"),
            Key("sent_folder", '"~/Mail/Sent"', "a Maildir that gets a copy of each SMTP send"),
            Key("path", '"~/Mail/Drafts"', "the Maildir (maildir) or folder (file)"),
            Key(
                "folder",
                '"Drafts"',
                "imap: the mailbox for drafts (default: the one marked Drafts, RFC 6154)",
            ),
        ),
    ),
    Section(
        "accounts",
        "The client book and work log that ground each reply (draft-reply clients --help).",
        (
            Key("book", '"clients.toml"', "client book, relative to the config folder"),
            Key(
                "worklog", '"worklog.csv"', "work log (CSV or TOML), relative to the config folder"
            ),
        ),
    ),
    Section(
        "accounts.thresholds",
        "The 80/20 rule of step 4 (worth pursuing?).",
        (
            Key("top_share", "0.8", "revenue share the top clients make up"),
            Key("max_cost_ratio", "0.5", "cost to serve above this share of revenue: re-scope"),
            Key(
                "max_hours_to_revenue",
                "2.0",
                "hours share above this multiple of the revenue share: re-scope",
            ),
        ),
    ),
)


def commented_config(*, identity: str | None = None, name: str | None = None) -> str:
    """Return a config file with every key commented out, each with its help.

    ``identity`` and ``name``, when given, are written as the active ``[identity]`` keys.
    The result is valid TOML that changes no default.
    """
    lines = [
        "# draft-reply configuration: remove the '#' before a key to set it.",
        "# Every key is documented in the README ('Configuration'); check with",
        "#   draft-reply config check        (add --online to reach the model and the server)",
    ]
    given = {"from": identity, "name": name}
    for section in SECTIONS:
        active = section.name == "identity" and any(given.values())
        lines += ["", f"# {section.help}", f"[{section.name}]" if active else f"# [{section.name}]"]
        for key in section.keys:
            value = given.get(key.name) if section.name == "identity" else None
            if value and key.name == "alternates":
                value = None
            if value:
                lines.append(f"{key.name} = {_toml_string(value)}  # {key.help}")
            else:
                lines.append(f"# {key.name} = {key.example}  # {key.help}")
    return "\n".join(lines) + "\n"


def _toml_string(value: str) -> str:
    """Return ``value`` as a TOML basic string."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'
