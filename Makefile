# `make report` and `make test` work from a bare clone: each builds .venv first when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The CPU build of torch, when the machine has no NVIDIA GPU: 1.7 GB instead of 6 GB of CUDA packages.
# `make TORCH=gpu ...` (or a machine with nvidia-smi) lets pip pick the default CUDA build instead.
TORCH_CPU_SPEC ?= torch==2.13.0+cpu
TORCH ?= $(shell command -v nvidia-smi >/dev/null 2>&1 && echo gpu || echo cpu)

.PHONY: report test bench clean

$(BIN)/crosscheck: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	@if [ "$(TORCH)" = cpu ]; then \
		echo "installing the CPU build of torch ($(TORCH_CPU_SPEC)); see README, 'Installing torch'"; \
		$(BIN)/pip install --quiet "$(TORCH_CPU_SPEC)" \
		|| echo "no $(TORCH_CPU_SPEC) wheel here: pip will choose torch itself"; \
	fi
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

report: $(BIN)/crosscheck
	HF_HUB_OFFLINE=1 $(BIN)/crosscheck report seeds/

test: $(BIN)/crosscheck
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

bench: $(BIN)/crosscheck
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_claims.py
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_report.py

clean:
	rm -rf $(VENV) reports/*/ .pytest_cache
