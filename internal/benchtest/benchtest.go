// Package benchtest holds what the benchmarks of several packages share: a
// timing that is a ratio against a baseline measured in the same run, so
// that no figure depends on the machine's speed.
package benchtest

import (
	"testing"
	"time"
)

// Ratio runs baseline and subject in alternating rounds of the same size and
// reports how many times slower the subject is than the baseline, measured
// in this run on this machine (ratio), and each one's own time.
func Ratio(b *testing.B, baseline, subject func()) {
	b.Helper()
	for range 100 { // warm both up
		baseline()
		subject()
	}
	const rounds = 10
	per := max(b.N/rounds, 1)
	var tb, ts time.Duration
	b.ResetTimer()
	for range rounds {
		t0 := time.Now()
		for range per {
			baseline()
		}
		t1 := time.Now()
		for range per {
			subject()
		}
		tb += t1.Sub(t0)
		ts += time.Since(t1)
	}
	b.StopTimer()
	n := float64(per * rounds)
	b.ReportMetric(float64(ts)/float64(tb), "ratio")
	b.ReportMetric(float64(ts.Nanoseconds())/n, "ns/subject")
	b.ReportMetric(float64(tb.Nanoseconds())/n, "ns/baseline")
	b.ReportMetric(0, "ns/op") // the op is a pair; the two above say more
}
