package yafault

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/capture"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/market"
)

// allHints collects every English hint the library gives, with a reason
// that gives it: the catalogs' rows, the status fallbacks, and every fault,
// entry and per-object fault the captures in testdata decode to (which
// reach the decoders' own reasons).
func allHints(t *testing.T) map[string]string {
	t.Helper()
	hints := map[string]string{}
	add := func(reason, hint string) {
		if hint != "" {
			hints[hint] = reason
		}
	}
	for _, c := range direct.Codes() {
		add(c.Reason, c.Hint)
	}
	for _, m := range append(market.Messages(), market.Codes()...) {
		add(m.Reason, m.Hint)
	}
	for status := 100; status < 600; status++ {
		c := wire.StatusClass(status)
		add(c.Reason, c.Hint)
	}
	addFault := func(f *fault.Fault) {
		if f == nil {
			return
		}
		add(f.Reason, f.Hint)
		for _, e := range f.Errors {
			add(e.Reason, e.Hint)
		}
	}
	// The reasons the decoders give themselves, which not every capture
	// reaches.
	for _, reason := range []string{"MALFORMED_ERROR", "MISSING_CODE", "UNKNOWN_CODE", "UNKNOWN_WARNING", "TOKEN_MISSING",
		"BATCH_REJECTED", "STATUS_ERROR", "UNKNOWN_ITEM_ERROR", "ORDER_STATUS_UPDATE_FAILED",
		"OFFER_NOT_DELETED", "OFFER_NOT_UNARCHIVED", "OFFER_NOT_PROCESSED",
		"BUDGET_RESOURCE_SPENT", "BUDGET_POINTS_SPENT", "BUDGET_PARALLEL_FULL", "BUDGET_CONNECTIONS_FULL"} {
		h, ok := englishHint(reason)
		if !ok {
			t.Errorf("the decoders' reason %s has no hint", reason)
		}
		add(reason, h)
	}
	files, _ := filepath.Glob("testdata/*/*.http")
	more, _ := filepath.Glob("testdata/items/*/*.http")
	for _, file := range append(files, more...) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		r, err := capture.Parse(data)
		if err != nil {
			continue // the fuzz seeds and odd captures are not all parseable
		}
		addFault(faultOf(Normalize("", r.Status, r.Header, r.Body)))
		items, _ := Items("", r.Header, r.Body)
		for _, it := range items {
			for _, f := range append(slices.Clone(it.Errors), it.Warnings...) {
				addFault(f)
			}
		}
	}
	return hints
}

// TestEveryHintHasRussian checks that every hint the library gives has a
// Russian one, written for people (Cyrillic, one clean line), and that
// every Russian hint still translates a hint the library gives.
func TestEveryHintHasRussian(t *testing.T) {
	hints := allHints(t)
	if len(hints) < 400 {
		t.Fatalf("found %d hints; want the whole catalog", len(hints))
	}
	for en, reason := range hints {
		ru, ok := wire.Russian(en)
		switch {
		case !ok:
			t.Errorf("%s: no Russian for %q", reason, en)
		case !strings.ContainsFunc(ru, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) }):
			t.Errorf("%s: the Russian %q has no Russian word", reason, ru)
		case fault.Printable(ru) != ru:
			t.Errorf("%s: the Russian %q does not pass the output rule unchanged: %q", reason, ru, fault.Printable(ru))
		}
	}
	for _, en := range wire.RussianKeys() {
		if _, ok := hints[en]; !ok {
			t.Errorf("the Russian of %q translates a hint nothing gives", en)
		}
	}
}

func TestHint(t *testing.T) {
	en, ok := Hint("POINTS_EXHAUSTED", "en")
	want, _ := direct.LookupCode(152)
	if !ok || en != want.Hint {
		t.Errorf("Hint(POINTS_EXHAUSTED, en) = %q, %v; want the catalog's %q", en, ok, want.Hint)
	}
	for _, lang := range []string{"ru", "RU", "ru-RU", "ru_RU.UTF-8", "ru_RU@euro"} {
		ru, ok := Hint("POINTS_EXHAUSTED", lang)
		if ruWant, _ := wire.Russian(en); !ok || ru != ruWant || ru == en {
			t.Errorf("Hint(POINTS_EXHAUSTED, %q) = %q, %v; want the Russian %q", lang, ru, ok, ruWant)
		}
	}
	for _, lang := range []string{"", "en", "en_US.UTF-8", "C", "POSIX", "rus", "uk"} {
		if h, _ := Hint("POINTS_EXHAUSTED", lang); h != en {
			t.Errorf("Hint(POINTS_EXHAUSTED, %q) = %q; want English", lang, h)
		}
	}
	for _, reason := range []string{"BAD_REQUEST", "PARALLEL_LIMIT_EXCEEDED", "TOKEN_MISSING", "OFFER_NOT_DELETED", "DUPLICATE_OFFER", "V4_WORDSTAT_REPORT_NOT_FOUND"} {
		if h, ok := Hint(reason, "ru"); !ok || h == "" {
			t.Errorf("Hint(%s, ru) = %q, %v; want a Russian hint", reason, h, ok)
		}
	}
	if h, ok := Hint("NO_SUCH_REASON", "ru"); ok || h != "" {
		t.Errorf("Hint(NO_SUCH_REASON) = %q, %v; want \"\", false", h, ok)
	}
}
