package market

import (
	"strings"
	"testing"

	"github.com/yafault/yafault/internal/benchtest"
)

// BenchmarkClassifyMarket measures matching one message against the full
// catalog and reports the ratio to matching it against a tenth of the
// catalog (target: flat, about 1).
func BenchmarkClassifyMarket(b *testing.B) {
	msgs := []string{
		"Hit rate limit of 4 parallel requests for campaignId 12345",
		"Order 1002 is in terminal state",
		"Campaign not found: 10003",
		"'price' must be greater than or equal to '0' (rejected value: '-1')",
		"Something nobody documented",
	}
	full, tenth := newCatalogIndex(1, msgs...), newCatalogIndex(10, msgs...)
	for _, m := range msgs {
		if full.classify(400, m) != tenth.classify(400, m) {
			b.Fatalf("the two catalogs disagree on %q", m)
		}
	}
	b.ReportMetric(float64(full.x.Len())/float64(tenth.x.Len()), "rows-full/rows-tenth")
	i, j := 0, 0
	benchtest.Ratio(b, func() {
		tenth.classify(400, msgs[i%len(msgs)])
		i++
	}, func() {
		full.classify(400, msgs[j%len(msgs)])
		j++
	})
}

// BenchmarkClassifyLength measures matching a 64 KiB near-miss message
// against a 4 KiB one (target: about 1: matching reads at most 2 KiB of a
// message, the rest is a placeholder's value).
func BenchmarkClassifyLength(b *testing.B) {
	near := func(n int) string {
		return "Invalid status: " + strings.Repeat("size must be between 1 and (rejected size: ", n/44)
	}
	short, long := near(4<<10), near(64<<10)
	benchtest.Ratio(b, func() { classify(400, "BAD_REQUEST", short) }, func() { classify(400, "BAD_REQUEST", long) })
}
