package yafault

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/yafault/yafault/direct"
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

// idempotentKey marks a context made by WithIdempotent.
type idempotentKey struct{}

// WithIdempotent returns a copy of ctx that marks a request made with it as
// idempotent: sending it twice has the effect of sending it once (a read,
// an update that sets absolute values, a call that carries its own
// deduplication key). CheckRetry resends such a request after any failure a
// retry can fix, as it does a GET. go-retryablehttp hands CheckRetry the
// request's context, so
//
//	req, _ := retryablehttp.NewRequestWithContext(yafault.WithIdempotent(ctx), ...)
//
// is all it takes. Every Direct JSON call is a POST, so a Direct get is
// resent after an internal error only when marked so.
func WithIdempotent(ctx context.Context) context.Context {
	return context.WithValue(ctx, idempotentKey{}, true)
}

// attempt is what CheckRetry knows of the request it judges.
type attempt struct {
	method     string // "" when unknown
	idempotent bool
}

// attemptOf finds the request's method: on the response's request, else in
// a transport error (url.Error's Op is the method), and whether it is
// idempotent by method or by WithIdempotent.
func attemptOf(ctx context.Context, resp *http.Response, err error) attempt {
	var a attempt
	if resp != nil && resp.Request != nil {
		a.method = resp.Request.Method
		if a.method == "" {
			a.method = http.MethodGet // net/http's reading of an empty method
		}
		if resp.Request.Context().Value(idempotentKey{}) != nil {
			a.idempotent = true
		}
	}
	var ue *url.Error
	if a.method == "" && errors.As(err, &ue) {
		a.method = strings.ToUpper(ue.Op)
	}
	if ctx != nil && ctx.Value(idempotentKey{}) != nil {
		a.idempotent = true
	}
	switch a.method {
	case http.MethodGet, http.MethodHead, http.MethodOptions, http.MethodPut, http.MethodDelete, http.MethodTrace:
		a.idempotent = true
	}
	return a
}

// NotResentError is what CheckRetry returns when the failure alone would
// allow a retry but resending could apply a change twice: the request is
// not idempotent, and the failure may have come after the vendor acted on
// it (an internal error, a gateway timeout, a connection lost after the
// request was sent). It unwraps to the fault or the transport error, so
// errors.As still finds the *fault.Fault.
type NotResentError struct {
	// Method is the request's method; empty when CheckRetry could not see
	// the request.
	Method string
	// Err is the fault or the transport error.
	Err error
}

// Error returns Err's text and why the request was not sent again.
func (e *NotResentError) Error() string {
	if e == nil {
		return "<nil>"
	}
	what := "the request"
	if e.Method != "" {
		what = "a " + e.Method + " request"
	}
	cause := "<nil>"
	if e.Err != nil {
		cause = fault.Printable(e.Err.Error())
	}
	return cause + " (not resent: " + what + " that is not idempotent may have been applied; mark it with WithIdempotent if sending it twice is safe)"
}

// Unwrap returns Err.
func (e *NotResentError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// CheckRetry reports whether to send a request again, in go-retryablehttp's
// form. A request is sent again only when that cannot apply a change twice:
//
//   - the request never reached the server (the dial failed, the name did
//     not resolve, the TLS handshake failed or timed out), or
//   - the request is idempotent (GET, HEAD, OPTIONS, PUT, DELETE, or marked
//     with [WithIdempotent]), or
//   - the vendor turned it away before acting on it ([fault.Fault].Refused:
//     throttled, out of quota or points, too many connections, locked).
//
// and, for a fault, only when the fault is Retryable and its RetryAfter is
// within MaxWait. Otherwise it returns the error: the fault (when it is not
// retryable or asks for a longer wait), or a *NotResentError around the
// fault or the transport error (when resending could apply a change
// twice). go-retryablehttp wraps what it returns with %w when it gives up,
// so errors.As finds the *fault.Fault.
//
// It sees Direct's errors that arrive with HTTP 200 and leaves the body
// readable. A *fault.Fault anywhere in err (a ResponseHandler that returns
// FromResponse's fault) is judged as that fault, not as a transport error.
// A client timeout (http.Client.Timeout) is retried like a connection lost
// after sending while the caller's context is alive; the caller's own
// cancel or deadline stops at once, returning the context's error.
// Certificate and protocol errors (an unknown authority, a hostname
// mismatch, plain HTTP from an HTTPS server, a bad scheme, too many
// redirects) never heal and stop.
//
// A Direct Reports 201 or 202 (not ready yet) is retried, with a
// [direct.ReportStatus] as the error: when the retries run out, errors.As
// gives the report's state and RetryIn.
func (p RetryPolicy) CheckRetry(ctx context.Context, resp *http.Response, err error) (bool, error) {
	if ctx != nil && ctx.Err() != nil {
		return false, ctx.Err()
	}
	a := attemptOf(ctx, resp, err)
	var f *fault.Fault
	if errors.As(err, &f) {
		if isIdempotent(f) {
			a.idempotent = true // a Direct read, as the Transport found it
		}
		return p.judge(f, a)
	}
	if _, ok := errors.AsType[*readError](err); ok {
		a.idempotent = true
	}
	if err != nil {
		return transport(err, a)
	}
	if resp == nil {
		return false, nil
	}
	ferr := FromResponseLimit(resp, p.BodyLimit)
	if ferr == nil {
		if rs, ok := pendingReport(resp); ok {
			return rs.RetryIn <= p.maxWait(), rs
		}
		return false, nil
	}
	return p.judge(ferr.(*fault.Fault), a)
}

// judge decides on a fault.
func (p RetryPolicy) judge(f *fault.Fault, a attempt) (bool, error) {
	switch {
	case !f.Retryable, f.RetryAfter > p.maxWait():
		return false, f
	case a.idempotent, f.Refused:
		return true, f
	}
	return false, &NotResentError{Method: a.method, Err: f}
}

// transport decides on a transport error.
func transport(err error, a attempt) (bool, error) {
	switch {
	case permanent(err):
		return false, err
	case notSent(err), a.idempotent:
		return true, nil
	}
	return false, &NotResentError{Method: a.method, Err: err}
}

// Backoff returns how long to wait before retry attemptNum (0 for the first
// retry), in go-retryablehttp's form. A wait the response set (Retry-After,
// X-RateLimit-Resource-Until, Reports' retryIn) or that follows a schedule
// (Direct's points, Market's migrations) is honoured as set, with up to 10%
// jitter on top, whether or not CheckRetry ran first; the wait of a
// transient failure (5xx, Direct 52 and 1000-1002, Direct 506, Market's
// parallel limit) doubles with each attempt, with up to 25% jitter. Every
// wait is capped (at a week) before anything is added to it, so none
// overflows; the result is clamped to [min, max], max <= 0 meaning no upper
// bound.
func (p RetryPolicy) Backoff(min, max time.Duration, attemptNum int, resp *http.Response) time.Duration {
	base, exact := p.wait(resp)
	if base <= 0 {
		base = min
		if base <= 0 {
			base = time.Second
		}
	}
	base = minDuration(base, wire.MaxVendorWait)
	jitterShare := int64(10) // exact waits get up to 10% more
	if !exact {
		for i := 0; i < attemptNum && base < time.Hour; i++ {
			base *= 2
		}
		jitterShare = 4 // default waits get up to 25% more
	}
	wait := base + time.Duration(rand.Int64N(int64(base)/jitterShare+1))
	if max > 0 && wait > max {
		wait = max
	}
	if wait < min {
		wait = min
	}
	return wait
}

func minDuration(a, b time.Duration) time.Duration {
	if a < b {
		return a
	}
	return b
}

// wait returns the base wait a response asks for and whether it is exact
// (set by the response or by a schedule); 0 when the response says nothing
// (a transport error).
func (p RetryPolicy) wait(resp *http.Response) (time.Duration, bool) {
	if resp == nil {
		return 0, false
	}
	if rs, ok := pendingReport(resp); ok {
		return rs.RetryIn, true
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
		f = normalize(svc, resp.StatusCode, resp.Header, nil, time.Now)
	}
	if f == nil || !f.Retryable {
		return 0, false
	}
	// Transient failures back off exponentially; a wait the response set,
	// or one that follows a schedule (points, quotas, migrations), does not.
	d, vendor := wire.Wait(f, resp.Header, time.Now)
	transient := f.Kind == fault.Internal || f.Kind == fault.Unavailable || f.Kind == fault.RateLimit
	return d, vendor || !transient
}

// pendingReport reports whether resp is a Direct Reports "not ready yet"
// answer: a 201 or 202 from Direct, or from a host that is not known but
// answers with the Reports headers (retryIn, reportsInQueue). A 201 from
// Market or from an unknown API without them is a success, never resent.
func pendingReport(resp *http.Response) (direct.ReportStatus, bool) {
	if resp.StatusCode != http.StatusCreated && resp.StatusCode != http.StatusAccepted {
		return direct.ReportStatus{}, false
	}
	var svc fault.Service
	if resp.Request != nil {
		svc = ServiceOf(resp.Request.URL)
	}
	switch svc {
	case fault.Market:
		return direct.ReportStatus{}, false
	case "":
		if resp.Header.Get("Retryin") == "" && resp.Header.Get("Reportsinqueue") == "" {
			return direct.ReportStatus{}, false
		}
	}
	return direct.Report(resp.StatusCode, resp.Header), true
}

// permanent reports whether a transport error will happen again however
// often the request is sent: a certificate that does not verify (by value
// or by pointer, as crypto/x509 and crypto/tls return them), a TLS alert,
// plain HTTP from an HTTPS server, a bad scheme or header, too many
// redirects.
func permanent(err error) bool {
	var (
		certV  x509.CertificateInvalidError
		certP  *x509.CertificateInvalidError
		authV  x509.UnknownAuthorityError
		authP  *x509.UnknownAuthorityError
		hostV  x509.HostnameError
		hostP  *x509.HostnameError
		rootsV x509.SystemRootsError
		rootsP *x509.SystemRootsError
		verify *tls.CertificateVerificationError
		alert  tls.AlertError
		record tls.RecordHeaderError
	)
	if errors.As(err, &certV) || errors.As(err, &certP) || errors.As(err, &authV) || errors.As(err, &authP) ||
		errors.As(err, &hostV) || errors.As(err, &hostP) || errors.As(err, &rootsV) || errors.As(err, &rootsP) ||
		errors.As(err, &verify) || errors.As(err, &alert) || errors.As(err, &record) {
		return true
	}
	msg := err.Error()
	for _, s := range []string{
		"server gave HTTP response to HTTPS client",
		"unsupported protocol scheme",
		"no Host in request URL",
		"invalid header",
		"invalid method",
		"malformed HTTP",
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return strings.Contains(msg, "stopped after") && strings.Contains(msg, "redirects")
}

// notSent reports whether a transport error proves that the request never
// reached the server: the dial failed (refused, unreachable, the name did
// not resolve) or the TLS handshake timed out, before a byte of the request
// was written.
func notSent(err error) bool {
	var dns *net.DNSError
	if errors.As(err, &dns) {
		return true
	}
	var op *net.OpError
	if errors.As(err, &op) && (op.Op == "dial" || op.Op == "proxyconnect") {
		return true
	}
	return strings.Contains(err.Error(), "TLS handshake timeout")
}
