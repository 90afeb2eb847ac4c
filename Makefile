# Pinned tools run through `go run pkg@version`, so a bare machine with Go
# needs nothing else.
STATICCHECK := honnef.co/go/tools/cmd/staticcheck@v0.8.2
GO ?= go

.PHONY: test check golden fmt vet staticcheck race tidy examples explain generate fuzz bench

## test: run every test once
test:
	$(GO) test -count=1 ./...

## check: everything CI checks: formatting, vet, staticcheck, race, tidy, the example modules
check: fmt vet staticcheck race tidy examples

fmt:
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt would change:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet ./...

staticcheck:
	$(GO) run $(STATICCHECK) ./...

race:
	$(GO) test -race -count=1 ./...

tidy:
	$(GO) mod tidy -diff

## examples: vet and test the integration modules under examples/ with the real library
EXAMPLES := retryablehttp otel generated
examples:
	@for m in $(EXAMPLES); do echo "== examples/$$m"; (cd examples/$$m && $(GO) vet ./... && $(GO) run $(STATICCHECK) ./... && $(GO) test -race -count=1 ./... && $(GO) mod tidy -diff) || exit 1; done

## generate: rewrite docs/codes.md from the catalogs
generate:
	$(GO) generate ./...

## fuzz: run every fuzz target for FUZZTIME each (crashers land in testdata/fuzz)
# FUZZTIME is an execution count (Nx), not a duration: with Go 1.26 a
# duration budget can end a clean run with a spurious "context deadline
# exceeded" failure and no crasher (go.dev/issue/75804, fixed in Go 1.27),
# because the coordinator's deadline races workers still in flight. A count
# has no deadline to race. About 5,000 execs a second on two cores.
FUZZTIME ?= 200000x
# FUZZMIN bounds the executions spent minimising each new input: the
# default of 60 s each is long for inputs of hundreds of kilobytes.
FUZZMIN ?= 500x
# SCALEDTIME is FuzzScaled's count: its inputs grow to 256 KiB, so each
# execution costs as much as a hundred of the others.
SCALEDTIME ?= 2000x
ROOT_FUZZ := FuzzMarketDecode FuzzDirectDecode FuzzNormalize FuzzFromResponse FuzzItems FuzzCapture
fuzz:
	@for f in $(ROOT_FUZZ); do echo "== $$f"; $(GO) test -run '^$$' -fuzz "^$$f$$" -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) . || exit 1; done
	@echo "== FuzzScaled"; $(GO) test -run '^$$' -fuzz '^FuzzScaled$$' -fuzztime $(SCALEDTIME) -fuzzminimizetime $(FUZZMIN) .
	@echo "== FuzzParse"; $(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) ./internal/jsonlite
	@echo "== FuzzDepth"; $(GO) test -run '^$$' -fuzz '^FuzzDepth$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) ./internal/xmlscan
	@echo "== FuzzMeasureList"; $(GO) test -run '^$$' -fuzz '^FuzzMeasureList$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) ./internal/xmlscan
	@echo "== FuzzRedact"; $(GO) test -run '^$$' -fuzz '^FuzzRedact$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) ./fault
	@echo "== FuzzArgs"; $(GO) test -run '^$$' -fuzz '^FuzzArgs$$' -fuzztime $(FUZZTIME) -fuzzminimizetime $(FUZZMIN) ./cmd/yafault

## bench: run the benchmarks; each reports "ratio" against a baseline measured in the same run
BENCHTIME ?= 1s
bench:
	$(GO) test -run '^$$' -bench . -benchmem -benchtime $(BENCHTIME) . ./market

## golden: rewrite testdata/*/*.golden.json from the current code; review the diff
golden:
	$(GO) test -count=1 -run Golden -update .
	git diff --stat -- testdata

## explain: the README's first command
explain:
	$(GO) run ./cmd/yafault explain testdata/market/420-resource-limit-until.http
