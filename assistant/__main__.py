"""``python -m assistant`` runs the draft-reply command."""

from assistant.cli.app import main

main()
