package wire

import (
	"net/http"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
)

// MaxVendorWait caps every wait a response sets: a Retry-After or
// X-RateLimit-Resource-Until far in the future (the year 9999, a number of
// seconds too large for an int64) is read as this long, never as an
// overflow.
const MaxVendorWait = 7 * 24 * time.Hour

// Reasons that code branches on.
const (
	ReasonResourceLimit = "RESOURCE_LIMIT_EXCEEDED" // Market's spent resource quota
	ReasonParallelLimit = "PARALLEL_LIMIT_EXCEEDED" // Market's parallel limit
	ReasonBadRequest    = "BAD_REQUEST"             // the 400 fallback
)

// Wait decides how long to wait before retrying f, the one place that
// does: nothing for a fault that is not retryable; else a Retry-After
// header (a proxy may send one); else, for a spent Market quota, until
// X-RateLimit-Resource-Until, measured against the response's own Date;
// else the catalog's wait already in f.RetryAfter. Every wait is at least a
// second and at most MaxVendorWait. vendor reports that the response set
// the wait itself (the first two), so that a retry loop honours it as set
// rather than backing off from it.
func Wait(f *fault.Fault, h http.Header, now func() time.Time) (d time.Duration, vendor bool) {
	if !f.Retryable {
		return 0, false
	}
	if d, ok := RetryAfterHeader(h, now); ok {
		return clampWait(d), true
	}
	if until, ok := quotaUntil(f); ok {
		return clampWait(until.Sub(Now(h, now))), true
	}
	return clampWait(f.RetryAfter), false
}

// quotaUntil returns when a spent Market resource quota refills: the
// resource quota's 420, or any 420 but the parallel limit's that reports no
// requests remaining.
func quotaUntil(f *fault.Fault) (time.Time, bool) {
	rl := f.RateLimit
	if f.Service != fault.Market || rl == nil || rl.Until.IsZero() {
		return time.Time{}, false
	}
	spent := f.Reason == ReasonResourceLimit ||
		f.HTTPStatus == StatusEnhanceYourCalm && f.Reason != ReasonParallelLimit && rl.Remaining == 0
	return rl.Until, spent
}

func clampWait(d time.Duration) time.Duration {
	return min(max(d, time.Second), MaxVendorWait)
}

// Seconds reads a header's whole number of seconds, saturating at limit
// however many digits it has; ok is false when it is not a number.
func Seconds(v string, limit time.Duration) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" || strings.TrimLeft(v, "0123456789") != "" {
		return 0, false
	}
	var n int64
	for i := 0; i < len(v); i++ {
		n = n*10 + int64(v[i]-'0')
		if time.Duration(n)*time.Second > limit {
			return limit, true
		}
	}
	return time.Duration(n) * time.Second, true
}
