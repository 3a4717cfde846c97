"""The outbox: drafts stored in SQLite, the cooling-off policy, editing and sending."""
