# make site   — set up .venv and build the whole site into site/ (the main job)
# make serve  — preview with live reload at http://127.0.0.1:8000
# make test   — set up .venv and run every test (unit + browser)
# make golden — rewrite tests/golden/ (the seed site's expected pages and data) after a meant change
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python

.PHONY: setup site serve test golden zensical import-seeds clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

setup: $(VENV)/.installed

site: setup
	$(PY) -m builder build

serve: setup
	$(PY) -m builder serve

# one worker per core; a file's tests stay on one worker (its module fixtures are built once);
# the tests that compare CPU times run after, on their own
test: setup
	$(PY) -m pytest -q -n auto --dist loadfile -m "not alone"
	$(PY) -m pytest -q -m alone

# regenerate tests/golden/ from the seeds on purpose (review the diff before committing)
golden: setup
	UPDATE_GOLDEN=1 $(PY) -m pytest -q tests/test_golden.py

# build the generated docs/ with Zensical too and crawl both sites (benchmarks/zensical.py)
zensical: setup
	$(PY) benchmarks/zensical.py

# re-import the raw seed articles (never overwrites edited articles; add FORCE=1 to replace)
import-seeds: setup
	$(PY) -m builder import content/sources $(if $(FORCE),--force,)

clean:
	rm -rf site .site-* docs/index.md docs/articles docs/speakers docs/chronology docs/data docs/.generated.json
