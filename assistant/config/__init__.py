"""Configuration: Settings from defaults < config file (TOML) < environment < flags.

:mod:`assistant.config.settings` reads the file and the environment; one module per
owned table holds that table's schema and reader (``[cooling_off]`` in
:mod:`assistant.config.cooling`, ``[transport]`` in :mod:`assistant.config.transport`,
``[accounts]`` in :mod:`assistant.config.accounts`). The lowest layer but errors: it
imports nothing else of draft-reply (ARCHITECTURE.md).
"""

from assistant.config.settings import (
    APP_NAME,
    DEFAULT_MODEL,
    Settings,
    check_endpoint_url,
    check_identity,
    check_prompts_dir,
    default_dirs,
    load_settings,
)

__all__ = [
    "APP_NAME",
    "DEFAULT_MODEL",
    "Settings",
    "check_endpoint_url",
    "check_identity",
    "check_prompts_dir",
    "default_dirs",
    "load_settings",
]
