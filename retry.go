package yafault

import (
	"context"
	"crypto/x509"
	"errors"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// DefaultMaxWait is the longest wait RetryPolicy's zero value retries
// after. It matches go-retryablehttp's default RetryWaitMax, so Backoff
// never has to cut a wait short.
const DefaultMaxWait = 30 * time.Second

// RetryPolicy decides whether and when an HTTP client retries a request to
// Market or Direct. Its CheckRetry and Backoff methods have the signatures
// of go-retryablehttp's CheckRetry and Backoff, so that
//
//	client.CheckRetry = policy.CheckRetry
//	client.Backoff = policy.Backoff
//
// just works; the package functions [CheckRetry] and [Backoff] use the zero
// value. The zero value is ready to use.
type RetryPolicy struct {
	// MaxWait caps the acceptable wait: a fault asking for longer (Direct's
	// spent points ask for an hour) is not retried but returned at once, and
	// its RetryAfter tells the caller when to come back. 0 means
	// DefaultMaxWait. Set the client's RetryWaitMax at least as high.
	MaxWait time.Duration
	// BodyLimit bounds how much of a body is read; 0 means DefaultBodyLimit.
	BodyLimit int64
}

// CheckRetry is RetryPolicy{}.CheckRetry.
func CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	return RetryPolicy{}.CheckRetry(ctx, resp, err)
}

// Backoff is RetryPolicy{}.Backoff.
func Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	return RetryPolicy{}.Backoff(min, max, attemptNum, resp)
}

func (p RetryPolicy) maxWait() time.Duration {
	if p.MaxWait > 0 {
		return p.MaxWait
	}
	return DefaultMaxWait
}

// CheckRetry reports whether to retry after a response or a transport
// error, in go-retryablehttp's form.
//
// It sees Direct's errors that arrive with HTTP 200 and leaves the body
// readable. A fault is retried when it is Retryable and its RetryAfter is
// within MaxWait; the fault is returned as the error either way, so that a
// client that gives up returns it (go-retryablehttp wraps it with %w:
// errors.As finds the *fault.Fault). A Direct Reports 201 or 202 with
// retryIn (not ready yet) is retried without error. Transport errors are
// retried unless they are permanent (bad scheme, certificate, too many
// redirects); a done context stops retries and returns its error.
func (p RetryPolicy) CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx != nil && ctx.Err() != nil {
		return false, ctx.Err()
	}
	if err != nil {
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || permanent(err) {
			return false, err
		}
		return true, nil
	}
	if resp == nil {
		return false, nil
	}
	ferr := FromResponseLimit(resp, p.BodyLimit)
	if ferr == nil {
		if d, ok := reportPending(resp); ok && d <= p.maxWait() {
			return true, nil
		}
		return false, nil
	}
	f := ferr.(*fault.Fault)
	if !f.Retryable || f.RetryAfter > p.maxWait() {
		return false, f
	}
	return true, f
}

// Backoff returns how long to wait before retry attemptNum (0 for the first
// retry), in go-retryablehttp's form. A wait the vendor set (Retry-After,
// X-RateLimit-Resource-Until, Reports' retryIn) or that follows a schedule
// (Direct's points, Market's migrations) is honoured, with up to 10% jitter
// on top; the wait of a transient failure (5xx, Direct 52 and 1000-1002,
// Direct 506, Market's parallel limit) doubles with each attempt, with up to
// 25% jitter. The result is
// clamped to [min, max]; max <= 0 means no upper bound.
func (p RetryPolicy) Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	base, exact := p.wait(resp)
	if base <= 0 {
		base = min
		if base <= 0 {
			base = time.Second
		}
	}
	jitterShare := int64(10) // exact waits get up to 10% more
	if !exact {
		for i := 0; i < attemptNum && base < time.Hour; i++ {
			base *= 2
		}
		jitterShare = 4 // default waits get up to 25% more
	}
	wait := base + time.Duration(rand.Int64N(int64(base)/jitterShare+1))
	if wait < min {
		wait = min
	}
	if max > 0 && max >= min && wait > max {
		wait = max
	}
	return wait
}

// wait returns the base wait a response asks for and whether the vendor set
// it exactly; 0 when the response says nothing (a transport error).
func (p RetryPolicy) wait(resp *http.Response) (time.Duration, bool) {
	if resp == nil {
		return 0, false
	}
	if d, ok := reportPending(resp); ok {
		return d, true
	}
	var f *fault.Fault
	if rb, ok := resp.Body.(*replayBody); ok && rb.fault != nil {
		f = rb.fault
	} else if !wire.Is2xx(resp.StatusCode) {
		// Backoff without our CheckRetry, the body already drained: the
		// status and headers still say something.
		var svc fault.Service
		if resp.Request != nil {
			svc = ServiceOf(resp.Request.URL)
		}
		f = Normalize(svc, resp.StatusCode, resp.Header, nil)
	}
	if f == nil || !f.Retryable {
		return 0, false
	}
	// Transient failures back off exponentially; a wait the vendor set, or
	// one that follows a schedule (points, quotas, migrations), does not.
	transient := f.Kind == fault.Internal || f.Kind == fault.Unavailable || f.Kind == fault.RateLimit
	exact := wire.Header(resp.Header, "Retry-After") != "" || !transient
	return f.RetryAfter, exact
}

// ReportStatus is the state of a Direct Reports request from its status and
// headers alone.
type ReportStatus struct {
	// Ready is true for 200: the report is in the body.
	Ready bool
	// Pending is true for 201 (queued) and 202 (being built): ask again,
	// with the same parameters, after RetryIn.
	Pending bool
	// RetryIn is the retryIn header as a duration; when Pending and the
	// header is absent or unreadable it is DefaultReportRetryIn.
	RetryIn time.Duration
	// InQueue is the reportsInQueue header (at most 5 per user); -1 when
	// absent.
	InQueue int
}

// DefaultReportRetryIn is the poll interval for a pending report whose
// response carries no usable retryIn header.
const DefaultReportRetryIn = 5 * time.Second

// Report reads the state of a Direct Reports response from its status and
// headers. It does not look at the body: a 400, 500 or 502 is not Ready and
// not Pending, and FromResponse or Normalize gives its fault.
func Report(status int, h http.Header) ReportStatus {
	rs := ReportStatus{InQueue: -1}
	if n, err := strconv.Atoi(strings.TrimSpace(wire.Header(h, "Reportsinqueue"))); err == nil && n >= 0 {
		rs.InQueue = n
	}
	switch status {
	case http.StatusOK:
		rs.Ready = true
	case http.StatusCreated, http.StatusAccepted:
		rs.Pending = true
		rs.RetryIn = DefaultReportRetryIn
		if n, err := strconv.Atoi(strings.TrimSpace(wire.Header(h, "Retryin"))); err == nil && n > 0 {
			rs.RetryIn = time.Duration(min(n, 24*3600)) * time.Second
		}
	}
	return rs
}

// reportPending reports whether resp is a Direct Reports "not ready yet"
// answer (201 or 202 with retryIn) and how long to wait.
func reportPending(resp *http.Response) (time.Duration, bool) {
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusAccepted || wire.Header(resp.Header, "Retryin") == "" {
		return 0, false
	}
	return Report(resp.StatusCode, resp.Header).RetryIn, true
}

// permanent reports whether a transport error will happen again however
// often the request is sent.
func permanent(err error) bool {
	var ue *url.Error
	if !errors.As(err, &ue) {
		return false
	}
	var certErr *x509.CertificateInvalidError
	var unknownAuth x509.UnknownAuthorityError
	var hostErr x509.HostnameError
	if errors.As(err, &certErr) || errors.As(err, &unknownAuth) || errors.As(err, &hostErr) {
		return true
	}
	msg := ue.Error()
	return strings.Contains(msg, "unsupported protocol scheme") ||
		strings.Contains(msg, "stopped after") && strings.Contains(msg, "redirects") ||
		strings.Contains(msg, "invalid header")
}
