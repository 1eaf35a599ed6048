# Two commands for a fresh clone: `make demo` (set up and show the facts of an article), `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test install lint schemas clean

$(BIN)/extract: pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; set PYTHON=/path/to/python3.11"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(BIN)/python -m compileall -q extractor  # bytecode now, not at each start where PYTHONDONTWRITEBYTECODE is set
	touch $(BIN)/extract

install: $(BIN)/extract

demo: install
	$(BIN)/extract --format table corpus/articles/xiaomi-2017-07-07.txt

# pytest exits 5 when it collected no test: that is a failure here, never a pass.
test: install
	$(BIN)/python -m pytest -q; status=$$?; \
	if [ $$status -eq 5 ]; then echo "error: no tests were collected"; exit 1; fi; exit $$status

lint: install
	$(BIN)/ruff check extractor tests scripts

schemas: install
	$(BIN)/python scripts/export_schemas.py

clean:
	rm -rf $(VENV) build *.egg-info
