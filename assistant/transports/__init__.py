"""Delivery of a finished reply: one transport class per kind, behind a protocol."""
