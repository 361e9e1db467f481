# Two commands do all set-up and work on a fresh machine (Python >= 3.11, make, git):
#   make run    build the tidy tables, execute the notebooks, export charts and tables
#   make test   the whole test suite: ruff, unit tests, doctests, strict nbval on every notebook
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
NB_TMP := $(CURDIR)/.tmp/jupyter
# Jupyter and matplotlib state in a project-local temp folder (or what the caller set), never in ~.
JUPYTER_ENV := JUPYTER_CONFIG_DIR=$${JUPYTER_CONFIG_DIR:-$(NB_TMP)/config} \
	JUPYTER_DATA_DIR=$${JUPYTER_DATA_DIR:-$(NB_TMP)/data} JUPYTER_RUNTIME_DIR=$${JUPYTER_RUNTIME_DIR:-$(NB_TMP)/runtime} \
	IPYTHONDIR=$${IPYTHONDIR:-$(NB_TMP)/ipython} MPLCONFIGDIR=$${MPLCONFIGDIR:-$(NB_TMP)/mpl}

.PHONY: setup run corpus test lock bench evaluate notebooks readme-figure viewer-figure docs clean

setup: $(STAMP)

# Reinstall only when the lock or the package metadata changes.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python >= 3.11 needed"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: setup
	$(PY) -m belarus_analysis.cli build
	MPLCONFIGDIR=$${MPLCONFIGDIR:-$(NB_TMP)/mpl} $(PY) -m belarus_analysis.cli report
	$(JUPYTER_ENV) $(PY) scripts/run_notebooks.py

# Your own corpus: make corpus CORPUS=my_articles.csv OUT=my_out [BUILD_ARGS="--text-column body --actors F"]
# (tables, charts and notebooks 01-06, all under OUT; nothing written into the checkout).
corpus: setup
	@test -n "$(CORPUS)" -a -n "$(OUT)" || { echo "usage: make corpus CORPUS=file-or-folder OUT=folder"; exit 2; }
	$(PY) -m belarus_analysis.cli build --corpus "$(CORPUS)" --out "$(OUT)" $(BUILD_ARGS)
	MPLCONFIGDIR=$${MPLCONFIGDIR:-$(NB_TMP)/mpl} $(PY) -m belarus_analysis.cli report --tables "$(OUT)"
	$(JUPYTER_ENV) $(PY) -m belarus_analysis.cli notebooks --tables "$(OUT)" --out "$(OUT)/notebooks"

test: setup
	@# Build matplotlib's font cache first: its one-time notice on stderr would break strict nbval.
	$(JUPYTER_ENV) $(PY) -c "import matplotlib.font_manager"
	$(PY) -m ruff check belarus_analysis tests scripts setup.py notebooks
	$(JUPYTER_ENV) $(PY) -m pytest tests belarus_analysis --doctest-modules \
	    --nbval notebooks --nbval-current-env --nbval-sanitize-with notebooks/sanitize.cfg

# Re-execute the notebooks in place, refreshing the outputs strict nbval compares.
notebooks: setup
	$(JUPYTER_ENV) $(PY) scripts/run_notebooks.py --inplace

# Regenerate requirements.lock from requirements.in (needs network to the package index).
lock: setup
	$(PY) -m pip install --quiet uv==0.13.9
	$(VENV)/bin/uv pip compile requirements.in --generate-hashes --python-version 3.11 \
	    --python-platform x86_64-unknown-linux-gnu --no-header -o requirements.lock

# The chart shown in README.md (docs/ is committed; reports/ is not).
readme-figure: setup
	MPLCONFIGDIR=$${MPLCONFIGDIR:-$(NB_TMP)/mpl} $(PY) -m belarus_analysis.cli report
	mkdir -p docs/figures
	cp reports/figures/markers_by_alignment.png docs/figures/markers_by_alignment.png

# The column reference generated from schema.py (a test checks it is current).
docs: setup
	$(PY) -c "from belarus_analysis import schema; print(schema.markdown())" > docs/tables.md
# The viewer page shown in README.md, screenshotted by Debian's chromium like the browser tests.
viewer-figure: setup
	$(PY) scripts/viewer_figure.py

clean:
	rm -rf data/processed reports .tmp .pytest_cache

# Performance benchmark (minutes; not part of the test suite): prints words/s and ratios.
bench: setup
	$(PY) -m belarus_analysis.bench

# Accuracy of every extractor against the hand-coded gold data, with the remaining errors.
evaluate: setup
	$(PY) -m belarus_analysis.cli evaluate --development --errors
