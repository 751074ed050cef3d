# Rilis — the two set-up commands are `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-rilis
SAMPLE := resources/samples/kegiatan-polres.rilis
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint bench fuzz dist system-run system-test clean

## run: install everything, render the sample to out/ in every format, open the app with it
run: system-run $(STAMP)
	$(BIN)/rilis render $(SAMPLE) -f all -o out/
	@echo "Contoh rilis telah diekspor ke folder out/ (HTML, DOCX, teks)."
	@if [ -n "$$DISPLAY$$WAYLAND_DISPLAY" ] || [ "$$(uname -s)" = Darwin ]; then \
		QT_QPA_PLATFORM= $(BIN)/rilis gui $(SAMPLE); \
	else \
		echo "Tidak ada layar (DISPLAY kosong): jalankan 'xvfb-run make run' atau buka" \
		     "aplikasi di desktop dengan '$(BIN)/rilis gui $(SAMPLE)'."; \
	fi

## test: install everything (with LibreOffice and pandoc), then lint, type-check and test
test: system-test $(STAMP)
	$(BIN)/ruff check app ui tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check app ui tests bench
	$(BIN)/mypy

## bench: every benchmark, each beside its peer measured in the same run (JSON in bench/results)
bench: system-test $(STAMP)
	$(BIN)/python bench/export_bench.py
	$(BIN)/python bench/batch_bench.py
	$(BIN)/python bench/spelling_bench.py
	$(BIN)/python bench/gui_bench.py
	$(BIN)/python bench/draft_size_bench.py
	$(BIN)/python -m bench.soak_bench
	$(BIN)/python bench/checker_soak.py
	$(BIN)/python bench/typing_soak.py

## fuzz: the property tests with 25x the examples, new ones every run (about 40 minutes);
## failures are kept in .hypothesis/examples and replayed first by the next run
fuzz: system-test $(STAMP)
	HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest tests/hardening/test_property.py \
		tests/hardening/test_fuzz_drafts.py tests/hardening/test_fuzz_templates.py -p no:logging \
		--hypothesis-show-statistics

## dist: the wheel in dist/ (templates, resources and the id_ID dictionary inside the package)
## and the frozen one-folder app dist/rilis-frozen/rilis/ (PyInstaller, packaging/rilis.spec),
## which runs without Python installed; packaging/smoke.sh then runs it as a user would
dist: $(STAMP)
	rm -rf build dist/rilis-frozen
	$(BIN)/python -m pip wheel --no-deps --wheel-dir dist .
	@ls -l dist/*.whl
	$(BIN)/python -m pip install --quiet -e '.[dist]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist/rilis-frozen \
		--workpath build/pyinstaller packaging/rilis.spec
	packaging/smoke.sh dist/rilis-frozen/rilis/rilis

system-run:
	@PYTHON=$(PYTHON) scripts/system-deps.sh run

system-test:
	@PYTHON=$(PYTHON) scripts/system-deps.sh test

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
