# `make report` and `make test` work from a bare clone: each builds .venv first when it is missing.
# `make report` installs what running needs; `make test` adds the test tools (the dev extra).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The CPU build of torch, when the machine has no NVIDIA GPU: 1.7 GB instead of 6 GB of CUDA packages.
# `make TORCH=gpu ...` (or a machine with nvidia-smi) lets pip pick the default CUDA build instead.
TORCH_CPU_SPEC ?= torch==2.13.0+cpu
TORCH ?= $(shell command -v nvidia-smi >/dev/null 2>&1 && echo gpu || echo cpu)

.PHONY: report test bench clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "crosscheck needs Python 3.11 or newer: make PYTHON=python3.11 ...")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@if [ "$(TORCH)" = cpu ]; then \
		echo "installing the CPU build of torch ($(TORCH_CPU_SPEC)); see README, 'Installing torch'"; \
		$(BIN)/pip install --quiet "$(TORCH_CPU_SPEC)" \
		|| echo "no $(TORCH_CPU_SPEC) wheel here: pip will choose torch itself"; \
	fi

# What running needs.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

# What testing needs on top.
$(VENV)/.installed-dev: $(VENV)/.installed
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

report: $(VENV)/.installed
	HF_HUB_OFFLINE=1 $(BIN)/crosscheck report seeds/

test: $(VENV)/.installed-dev
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: $(VENV)/.installed-dev
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_claims.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_report.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_figures.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) reports/*/ .pytest_cache
