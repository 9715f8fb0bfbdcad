# Two commands on a fresh Debian 12 machine: `make run` and `make test`.
BUILD ?= build
WERROR ?= OFF
SANITIZE ?=
CXX_COMPILER ?=
FUZZ ?= OFF
JOBS ?= 2
CORPUS ?= corpus/data
DB ?= $(BUILD)/orienta-db
PORT ?= 8080

.PHONY: run test build deps test-deps configure fuzz test-clang clean

deps:
	@scripts/install-deps.sh

# What the tests need beyond the build: wrk, Chromium, Node.js and the npm packages of
# tests/openapi and tests/browser (from their lock files).
test-deps:
	@scripts/install-deps.sh --test
	@scripts/install-node-deps.sh

configure: deps
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DORIENTA_WERROR=$(WERROR) -DORIENTA_SANITIZE="$(SANITIZE)" -DORIENTA_FUZZ=$(FUZZ) \
	  $(if $(CXX_COMPILER),-DCMAKE_CXX_COMPILER=$(CXX_COMPILER)) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

# Builds, checks the bundled sample corpus, indexes it, shows a search and a match, and serves
# the HTTP API on 127.0.0.1:8080 (Ctrl-C stops it).
run: build
	@$(BUILD)/cli/orienta validate --corpus $(CORPUS) | tail -n 3
	$(BUILD)/cli/orienta index --corpus $(CORPUS) --db $(DB)
	$(BUILD)/cli/orienta search --db $(DB) --bassin sud --size 5 palliatieve thuiszorg
	$(BUILD)/cli/orienta match --db $(DB) --postcode 1190 --limit 5 -- \
	  "Mme 76 ans, cancer du poumon en fin de vie, souhaite rester à domicile, sa fille est épuisée, ne parle que le turc"
	$(BUILD)/cli/orienta serve --db $(DB) --host 127.0.0.1 --port $(PORT)

# Builds everything (tests and benchmarks) and runs every test.
test: test-deps build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# Everything once more with clang, ASan, UBSan and the libFuzzer harnesses of fuzz/ (in
# build-fuzz), then each harness FUZZ_SECONDS on seeds from the sample (docs/fuzzing.md).
# `make test-clang` runs every test in that build first (CI).
FUZZ_SECONDS ?= 60
CLANG_BUILD = BUILD=build-fuzz CXX_COMPILER=clang++ WERROR=ON SANITIZE=address,undefined FUZZ=ON
fuzz:
	@scripts/install-deps.sh --clang
	@$(MAKE) --no-print-directory build $(CLANG_BUILD)
	@scripts/fuzz.sh build-fuzz $(FUZZ_SECONDS)

test-clang:
	@scripts/install-deps.sh --clang
	@$(MAKE) --no-print-directory test $(CLANG_BUILD)

clean:
	rm -rf $(BUILD)
