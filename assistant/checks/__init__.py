"""Checks on text: heat of a message, and the playbook review of a reply and its notes."""
