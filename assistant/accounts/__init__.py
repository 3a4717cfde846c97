"""The account's record: client book, work log, review period, 80/20 figures."""
