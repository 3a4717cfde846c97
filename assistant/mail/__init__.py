"""Email in and out: parse raw bytes into an Email, build the RFC 5322 reply."""
