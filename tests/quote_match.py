"""One comparison of a split's new text with a known answer, for the fixture tests and
bench/bench_quotes.py alike."""

from __future__ import annotations


def same_new_text(got: str, want: str) -> bool:
    """Tell whether ``got`` equals ``want`` with white space normalised, or lacks only a short
    sign-off at the end of ``want`` (its last 1 to 3 lines, each at most 40 characters, 120 in
    all: "Best regards / Some One"): projects differ on whether a sign-off belongs to the reply,
    so every method is held to this alike."""
    got_words, want_words = " ".join(got.split()), " ".join(want.split())
    if got_words == want_words:
        return True
    if not got_words or not want_words.startswith(got_words):
        return False
    tail = want_words[len(got_words) :].strip()
    lines = [" ".join(line.split()) for line in want.splitlines() if line.strip()]
    for count in (1, 2, 3):
        if " ".join(lines[-count:]) == tail:
            return len(tail) <= 120 and all(len(line) <= 40 for line in lines[-count:])
    return False
