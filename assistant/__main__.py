"""``python -m assistant`` runs the draft-reply command."""

from assistant.cli import main

main()
