# GPEC Connectivity: the single entry point for developers and CI. Every target is idempotent.
#   make demo    run the corridor analysis headless on the training landscape (writes demo_output/)
#   make test    run the whole test suite
#   make bench   print speed and memory figures
#   make package build/gpec_connectivity.zip for QGIS "Install from ZIP"
SHELL := /bin/bash
.DEFAULT_GOAL := help

SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
# QGIS and the scientific stack come from Debian (QGIS's compiled modules need Debian's numpy).
DEB_PACKAGES := python3-qgis qgis qgis-providers python3-scipy python3-networkx python3-skimage \
                python3-matplotlib python3-venv python3-pip python3-pytest pyqt5-dev-tools qttools5-dev-tools
# Tools from PyPI, pinned and installed without dependencies so pip never replaces numpy or scipy.
PIP_PINS := pytest-qgis==5.0.2 ruff==0.17.6 pyamg==5.2.1
PACKAGE := gpec_connectivity
BUILD := build
export QT_QPA_PLATFORM := offscreen
export PYTHONDONTWRITEBYTECODE := 1

.PHONY: help deps test demo bench package zip translations lint clean

help:
	@sed -n 's/^#   //p' Makefile

deps:
	@missing=""; for p in $(DEB_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing Debian packages:$$missing"; \
	  if [ "$$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -q && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -q --no-install-recommends $$missing; \
	fi
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	@$(PY) -m pip install -q --no-deps $(PIP_PINS)
	@$(PY) -c "import numpy, scipy, qgis.core; from osgeo import gdal; \
	  assert numpy.__version__.startswith('1.'), 'numpy ' + numpy.__version__ + ' in the venv breaks QGIS'; \
	  print('QGIS', qgis.core.Qgis.QGIS_VERSION, '| numpy', numpy.__version__, '| scipy', scipy.__version__, '| GDAL', gdal.__version__)"

test: deps
	$(PY) -m pytest

demo: deps
	PYTHONPATH=. $(PY) tests/demo/demo.py demo_output

bench: deps
	PYTHONPATH=. $(PY) tests/bench/bench.py

# Refresh the .ts sources from the code and compile them to .qm.
translations: deps
	pylupdate5 -noobsolete $$(find $(PACKAGE) -name '*.py' | sort) -ts $$(ls i18n/*.ts)
	lrelease -silent i18n/*.ts

lint: deps
	$(VENV)/bin/ruff check $(PACKAGE) tests resources/training

package: deps
	@$(MAKE) --no-print-directory zip

# The zip alone, installing nothing (the package test builds it into a temporary BUILD folder).
zip: STAGE = $(abspath $(BUILD))/stage
zip:
	rm -rf $(STAGE) && mkdir -p $(STAGE)/$(PACKAGE)
	lrelease -silent i18n/*.ts
	cd $(PACKAGE) && find . -name '*.py' -not -path '*/__pycache__/*' -exec cp --parents {} $(STAGE)/$(PACKAGE)/ \;
	cp metadata.txt LICENSE $(STAGE)/$(PACKAGE)/
	mkdir -p $(STAGE)/$(PACKAGE)/i18n && cp i18n/*.qm $(STAGE)/$(PACKAGE)/i18n/
	mkdir -p $(STAGE)/$(PACKAGE)/resources
	cp -r resources/icons resources/styles $(STAGE)/$(PACKAGE)/resources/
	mkdir -p $(STAGE)/$(PACKAGE)/resources/training
	cd resources/training && cp -r --parents $$(ls *.tif *.gpkg *.qgz README.md profiles/*.csv 2>/dev/null) $(STAGE)/$(PACKAGE)/resources/training/
	rm -f $(abspath $(BUILD))/$(PACKAGE).zip
	cd $(STAGE) && $(SYSTEM_PYTHON) -m zipfile -c ../$(PACKAGE).zip $(PACKAGE)
	@echo "Built $(BUILD)/$(PACKAGE).zip ($$(du -h $(abspath $(BUILD))/$(PACKAGE).zip | cut -f1))"

clean:
	rm -rf $(BUILD) demo_output .pytest_cache
	find . -name __pycache__ -type d -prune -exec rm -rf {} +
