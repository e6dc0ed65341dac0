# Variorum: build, run and test on a fresh Debian/Ubuntu machine.
#
#   make run    installs what is missing, builds, opens the window on the sample
#   make test   installs what is missing, runs every test (the CI command)
#
# Other targets: build, cli, package, deps, lint, fuzz, bench, bench-peers,
# eval, screenshot.

SHELL := /bin/bash
GO ?= go
# The command line (pure Go) and the window with the same subcommands.
BIN := bin/variorum
DESKTOP := bin/variorum-desktop
# Fyne's packaging tool, run from the module proxy at this version.
FYNE_TOOL := fyne.io/tools/cmd/fyne@v1.7.4
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Fyne's GLFW driver needs a C compiler and the X11/GL headers; tests that
# open a real window need Xvfb; screenshots need ImageMagick's import; the
# peer benchmark needs git and wdiff.
APT_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev \
	libxinerama-dev libxi-dev libxxf86vm-dev xvfb xauth x11-utils imagemagick wdiff git \
	locales fonts-dejavu-core fonts-wqy-microhei

.PHONY: all deps build cli run test lint fuzz bench bench-peers eval score-human-edits screenshot package clean

all: build

# deps installs the Debian packages that are missing, and only those.
deps:
	@missing=""; for p in $(APT_PKGS); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed: https://go.dev/doc/install"; exit 1; }

# The first build compiles Fyne's C parts: about 5 minutes on 2 cores.
build: deps cli
	$(GO) build -o $(DESKTOP) ./cmd/variorum-desktop

# cli builds bin/variorum alone: no cgo, no C compiler, no X11 headers.
cli:
	CGO_ENABLED=0 $(GO) build -o $(BIN) ./cmd/variorum

# Opens the window on the user's library; on first run it holds the sample.
# Without a display (a server, a container) there is no window to see: it
# renders the real window under Xvfb and writes screenshots instead.
run: build
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then ./$(DESKTOP); else \
		echo "no display: rendering the window under Xvfb into bin/screenshots/ instead"; \
		SCREENSHOT_DIR=bin/screenshots VARIORUM_BIN=$(DESKTOP) .ci/screenshot && ls -1 bin/screenshots/*.png; fi

lint:
	@out=$$(gofmt -l cmd app compare data assets); if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	@# The command line also builds for 32-bit systems (a Raspberry Pi's).
	GOARCH=386 CGO_ENABLED=0 $(GO) vet ./compare/... ./data/... ./cmd/variorum/... ./cmd/internal/...

# Every test: pure-Go packages without cgo (the command line included),
# then everything (the window tests under Xvfb), fuzz seed corpora included.
test: deps lint
	CGO_ENABLED=0 $(GO) test -count=1 ./compare/... ./data/... ./cmd/variorum/... ./cmd/internal/...
	LANG=en_US.UTF-8 xvfb-run -a -s "-screen 0 1400x900x24" $(GO) test -count=1 ./...
	@if [ -d ../shared/eval/revisions ] && command -v python3 >/dev/null; then $(MAKE) --no-print-directory eval; fi

# Short fuzzing runs of everything that parses, and of the window's line
# counting against its layout (the window's package needs the X11/GL
# headers; its first fuzzing build takes minutes). The aligner's inputs are
# whole texts, and minimising each new one for the default minute would take
# its whole run: 5 seconds leaves it time to search.
fuzz: deps
	$(GO) test ./compare -run XXX -fuzz FuzzCompare -fuzztime 60s
	$(GO) test ./compare -run XXX -fuzz FuzzSentences -fuzztime 30s
	$(GO) test ./compare -run XXX -fuzz FuzzCheck -fuzztime 30s
	$(GO) test ./compare -run XXX -fuzz FuzzNumbersIn -fuzztime 30s
	$(GO) test ./compare -run XXX -fuzz FuzzNumberDifference -fuzztime 30s
	$(GO) test ./compare/internal/crosslang -run XXX -fuzz FuzzAlign -fuzztime 30s -fuzzminimizetime 5s
	$(GO) test ./data/export -run XXX -fuzz FuzzWriteTMX -fuzztime 30s
	$(GO) test ./data/export -run XXX -fuzz FuzzWriteTEI -fuzztime 30s
	$(GO) test ./data -run XXX -fuzz FuzzLiteralSnippet -fuzztime 30s
	$(GO) test ./cmd/internal/cli -run XXX -fuzz FuzzWordDiffText -fuzztime 30s
	$(GO) test ./app -run XXX -fuzz FuzzCountLinesMatchesLayout -fuzztime 30s
	@for f in $$(grep -ho 'func Fuzz[A-Za-z]*' data/textfile/*_test.go | sed 's/func //'); do \
		$(GO) test ./data/textfile -run XXX -fuzz "^$$f$$" -fuzztime 30s || exit 1; done

bench:
	$(GO) test ./compare/... ./data/... -run XXX -bench . -benchmem -benchtime 5x

# Times Variorum against git diff --word-diff and wdiff on the same pairs.
bench-peers: deps cli
	BIN=$(BIN) .ci/bench-peers

# Accuracy against the public gold (needs ../shared/eval), then on the
# synthetic German, French, Russian and English revision pairs that
# compare's TestSyntheticRevisions builds (content and move F1 per language),
# on the held-out pairs of TestSyntheticHeldOut: other seeds, from texts
# the engine is not tuned on; and on TestSyntheticNews's texts written
# for the tests (compare/testdata: news and encyclopedia articles in
# seventeen languages, a story, transcripts; the Swedish, Hungarian,
# Danish, Finnish and Romanian articles were scored before any rule was
# made for them).
# The public scores must stay at EVAL_MIN_CONTENT and EVAL_MIN_MOVE or
# above: a drop (a crash on one pair scores it zero) fails the target.
EVAL_MIN_CONTENT = 0.99
EVAL_MIN_MOVE = 0.97
eval: cli
	@python3 ../shared/eval/score_changes.py ../shared/eval/revisions ./$(BIN) diff --format json | tail -1 | \
		awk '{ print; for (i = 1; i <= NF; i++) { split($$i, kv, "="); v[kv[1]] = kv[2] } } \
		END { if (v["content_f1"] !~ /^[0-9.]+$$/ || v["move_f1"] !~ /^[0-9.]+$$/ || \
			v["content_f1"] < $(EVAL_MIN_CONTENT) || v["move_f1"] < $(EVAL_MIN_MOVE)) { \
			print "eval: public scores below $(EVAL_MIN_CONTENT) / $(EVAL_MIN_MOVE)" | "cat 1>&2"; exit 1 } }'
	@CGO_ENABLED=0 $(GO) test -count=1 -run 'TestSyntheticRevisions$$' -v ./compare | \
		sed -n 's/^ *synth_test.go:[0-9]*: \([a-z][a-z]\): \(content_f1=[0-9.]*\).*\(move_f1=[0-9.]*\).*/synthetic \1: \2 \3/p'
	@CGO_ENABLED=0 $(GO) test -count=1 -run 'TestSyntheticHeldOut$$' -v ./compare | \
		sed -n 's/^ *synth_test.go:[0-9]*: \([a-z][a-z]\): \(content_f1=[0-9.]*\).*\(move_f1=[0-9.]*\).*/held-out \1: \2 \3/p'
	@CGO_ENABLED=0 $(GO) test -count=1 -run 'TestSyntheticNews$$' -v ./compare | \
		sed -n 's/^ *synth_test.go:[0-9]*: \([a-z][a-z]\): \(content_f1=[0-9.]*\).*\(move_f1=[0-9.]*\).*/news \1: \2 \3/p'

# Word changes against edits marked by people: ARXIVEDITS is the folder of
# arXivEdits' data/edits/*.json (github.com/chaojiang06/arXivEdits; not in
# the repository, its papers carry mixed licences). See
# .ci/score-human-edits.
score-human-edits: cli
	@test -n "$(ARXIVEDITS)" || { echo "score-human-edits: set ARXIVEDITS to arXivEdits' data/edits folder" >&2; exit 2; }
	@python3 .ci/score-human-edits --bin ./$(BIN) $(ARXIVEDITS)/dev.json $(ARXIVEDITS)/test.json

screenshot: build
	VARIORUM_BIN=$(DESKTOP) .ci/screenshot

# package writes bin/Variorum.tar.xz for Linux with Fyne's packaging tool:
# bin/variorum-desktop, its .desktop entry and icon under usr/local, and a
# Makefile whose "make install" puts them in place. The tool reads
# cmd/variorum-desktop/FyneApp.toml and counts up its Build on every run;
# the file is put back as it was, so that packaging leaves the tree clean.
package: build
	cp cmd/variorum-desktop/FyneApp.toml bin/FyneApp.toml.orig
	cd cmd/variorum-desktop && $(GO) run $(FYNE_TOOL) package -os linux \
		-exe $(CURDIR)/$(DESKTOP) -icon $(CURDIR)/assets/icon.png; \
		status=$$?; mv $(CURDIR)/bin/FyneApp.toml.orig FyneApp.toml; exit $$status
	mv cmd/variorum-desktop/Variorum.tar.xz bin/
	@tar -tJf bin/Variorum.tar.xz | grep -E '\.desktop$$|\.png$$|bin/variorum-desktop$$'

clean:
	rm -rf bin
