# draft-reply: make demo (draft a reply to a bundled example), make test (the test suite).
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
EXAMPLE ?= fixtures/emails/review-complaint-en.eml

.PHONY: demo test lint bench bench-quotes-compare clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit("draft-reply needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	DRAFT_REPLY_HOME=$${DRAFT_REPLY_HOME:-$(CURDIR)/.demo-home} $(BIN)/draft-reply \
	  --book fixtures/clients.toml --worklog fixtures/worklog.csv --manager-note - $(EXAMPLE)

test: $(STAMP)
	$(BIN)/python -m pytest -q -n auto

lint: $(STAMP)
	$(BIN)/ruff check assistant tests bench
	$(BIN)/ruff format --check assistant tests bench
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python bench/bench_startup.py
	$(BIN)/python bench/bench_draft.py
	$(BIN)/python bench/bench_parse.py
	$(BIN)/python bench/bench_outbox.py --repeat 5
	$(BIN)/python bench/bench_spotlight.py
	$(BIN)/python bench/bench_prompt.py
	$(BIN)/python bench/bench_quotes.py
	$(BIN)/python bench/bench_worker.py --quick

# The quote split against talon, quotequail and email-reply-parser, in one run on the same
# cases. They are not dependencies: they go in a virtualenv of their own.
QUOTES_VENV ?= .venv-quotes
bench-quotes-compare:
	$(PYTHON) -m venv $(QUOTES_VENV)
	$(QUOTES_VENV)/bin/python -m pip install --quiet -e '.[test]' talon==1.4.4 \
	  quotequail==0.5.4 email-reply-parser==0.5.12
	$(QUOTES_VENV)/bin/python bench/bench_quotes.py

clean:
	rm -rf $(VENV) $(QUOTES_VENV) .demo-home dist build .pytest_cache .mypy_cache .ruff_cache
