package yafault

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// wireRetryAfter reads a Retry-After value as the decoders do.
func wireRetryAfter(v string) (time.Duration, bool) {
	return wire.RetryAfterHeader(http.Header{"Retry-After": {v}}, time.Now)
}

func resp(rawURL string, status int, body string, kv ...string) *http.Response {
	u, _ := url.Parse(rawURL)
	h := http.Header{}
	for i := 0; i+1 < len(kv); i += 2 {
		h.Add(kv[i], kv[i+1])
	}
	return &http.Response{StatusCode: status, Header: h, Body: io.NopCloser(strings.NewReader(body)), Request: &http.Request{URL: u}}
}

const (
	market420Until = `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 100 requests per 1 minute for resource /x"}]}`
	market420Par   = `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 4 parallel requests for campaignId 1"}]}`
)

func directErr(code string) string {
	return `{"error":{"request_id":"1","error_code":` + code + `,"error_string":"x"}}`
}

// TestRetrySources checks CheckRetry and Backoff for every source of a
// retry decision: each case gives the expected decision and the range the
// first wait must fall in.
func TestRetrySources(t *testing.T) {
	tests := []struct {
		name     string
		resp     *http.Response
		policy   RetryPolicy
		retry    bool
		fault    bool
		min, max time.Duration // the first wait's range (Backoff with min 1ms, max 10m)
	}{
		{"Market 420 quota waits until Until, against Date", resp(marketURL, 420, market420Until,
			"Date", "Tue, 09 Jan 2024 14:04:20 GMT", "X-RateLimit-Resource-Until", "Tue, 09 Jan 2024 14:05:00 GMT"),
			RetryPolicy{MaxWait: time.Minute}, true, true, 40 * time.Second, 44 * time.Second},
		{"Market 420 quota beyond MaxWait is returned", resp(marketURL, 420, market420Until,
			"Date", "Tue, 09 Jan 2024 14:04:20 GMT", "X-RateLimit-Resource-Until", "Tue, 09 Jan 2024 15:00:00 GMT"),
			RetryPolicy{}, false, true, 0, 0},
		{"Market 420 parallel is short, with jitter", resp(marketURL, 420, market420Par), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"a proxy's Retry-After is honoured", resp(marketURL, 503, "<html>busy</html>", "Retry-After", "17"), RetryPolicy{}, true, true, 17 * time.Second, 18700 * time.Millisecond},
		{"Direct 152 with HTTP 200 is not retried within the default cap", resp(directURL, 200, directErr("152")), RetryPolicy{}, false, true, 0, 0},
		{"Direct 152 is retried after an hour when allowed", resp(directURL, 200, directErr("152")), RetryPolicy{MaxWait: 2 * time.Hour}, true, true, time.Hour, 66 * time.Minute},
		{"Direct 506 is short, with jitter", resp(directURL, 200, directErr("506")), RetryPolicy{}, true, true, 2 * time.Second, 2500 * time.Millisecond},
		{"Direct 52 backs off", resp(directURL, 200, directErr("52")), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"Direct 1000 backs off", resp(directURL, 200, directErr("1000")), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"Direct 1001 backs off", resp(directURL, 200, directErr("1001")), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"Direct 1002 backs off", resp(directURL, 200, directErr("1002")), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"a 5xx HTML page backs off", resp(directURL, 502, "<html>bad gateway</html>"), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"Reports 202 waits retryIn", resp("https://api.direct.yandex.com/json/v5/reports", 202, "", "retryIn", "3"), RetryPolicy{}, true, false, 3 * time.Second, 3300 * time.Millisecond},
		{"Reports 201 without retryIn waits the default", resp("https://api.direct.yandex.com/json/v5/reports", 201, ""), RetryPolicy{}, true, false, direct.DefaultReportRetryIn, direct.DefaultReportRetryIn * 11 / 10},
		{"a Market 201 is a success, never resent", resp(marketURL, 201, `{"status":"OK"}`), RetryPolicy{}, false, false, 0, 0},
		{"a 202 from an unknown host without Reports headers is a success", resp("http://127.0.0.1:1/x", 202, ""), RetryPolicy{}, false, false, 0, 0},
		{"Direct 53 is never retried", resp(directURL, 200, directErr("53")), RetryPolicy{}, false, true, 0, 0},
		{"Direct 1020 is never retried", resp(directURL, 200, directErr("1020")), RetryPolicy{}, false, true, 0, 0},
		{"Market 401 is never retried", resp(marketURL, 401, `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`), RetryPolicy{}, false, true, 0, 0},
		{"a Market 429 would be retried too", resp(marketURL, 429, ""), RetryPolicy{}, true, true, time.Second, 1250 * time.Millisecond},
		{"a success is not retried", resp(directURL, 200, `{"result":{}}`), RetryPolicy{}, false, false, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			retry, err := tt.policy.CheckRetry(context.Background(), tt.resp, nil)
			if retry != tt.retry {
				t.Errorf("CheckRetry = %v, %v; want retry %v", retry, err, tt.retry)
			}
			var f *fault.Fault
			if got := errors.As(err, &f); got != tt.fault {
				t.Errorf("CheckRetry error = %v; want a fault: %v", err, tt.fault)
			}
			if !tt.retry {
				return
			}
			// A client drains the body before Backoff; the decision must survive.
			io.Copy(io.Discard, tt.resp.Body)
			for range 20 {
				w := tt.policy.Backoff(time.Millisecond, 2*time.Hour, 0, tt.resp)
				if w < tt.min || w > tt.max {
					t.Fatalf("Backoff = %v; want within [%v, %v]", w, tt.min, tt.max)
				}
			}
		})
	}
}

func TestCheckRetryLeavesBodyReadable(t *testing.T) {
	for _, body := range []string{`{"result":{"Campaigns":[]}}`, directErr("506"), directErr("53")} {
		r := resp(directURL, 200, body)
		CheckRetry(context.Background(), r, nil)
		got, _ := io.ReadAll(r.Body)
		if string(got) != body {
			t.Errorf("body after CheckRetry = %q; want %q", got, body)
		}
	}
}

func TestCheckRetryTransportErrors(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if retry, err := CheckRetry(ctx, nil, errors.New("reset")); retry || !errors.Is(err, context.Canceled) {
		t.Errorf("CheckRetry(cancelled) = %v, %v; want false, context.Canceled", retry, err)
	}
	if retry, err := CheckRetry(context.Background(), nil, &url.Error{Op: "Get", URL: "x", Err: errors.New("connection reset by peer")}); !retry || err != nil {
		t.Errorf("CheckRetry(reset) = %v, %v; want true, nil", retry, err)
	}
	cert := &url.Error{Op: "Get", URL: "x", Err: x509.UnknownAuthorityError{}}
	if retry, err := CheckRetry(context.Background(), nil, cert); retry || err == nil {
		t.Errorf("CheckRetry(certificate) = %v, %v; want false and the error", retry, err)
	}
	scheme := &url.Error{Op: "Get", URL: "x", Err: errors.New(`unsupported protocol scheme "ftp"`)}
	if retry, _ := CheckRetry(context.Background(), nil, scheme); retry {
		t.Error("CheckRetry(bad scheme) = true")
	}
	if retry, err := CheckRetry(context.Background(), nil, context.DeadlineExceeded); retry || err == nil {
		t.Errorf("CheckRetry(deadline) = %v, %v; want false", retry, err)
	}
}

func TestBackoffGrowsAndClamps(t *testing.T) {
	r := resp(directURL, 502, "")
	CheckRetry(context.Background(), r, nil)
	prev := time.Duration(0)
	for attempt := range 4 {
		w := Backoff(time.Millisecond, time.Hour, attempt, r)
		lo := time.Second << attempt
		if w < lo || w > lo+lo/4 {
			t.Errorf("Backoff(attempt %d) = %v; want within [%v, %v]", attempt, w, lo, lo+lo/4)
		}
		if w <= prev {
			t.Errorf("Backoff(attempt %d) = %v; not above the previous %v", attempt, w, prev)
		}
		prev = w
	}
	if w := Backoff(time.Millisecond, 3*time.Second, 5, r); w != 3*time.Second {
		t.Errorf("Backoff clamped to max = %v; want 3s", w)
	}
	if w := Backoff(10*time.Second, time.Minute, 0, r); w < 10*time.Second {
		t.Errorf("Backoff below min = %v", w)
	}
	if w := Backoff(2*time.Second, time.Minute, 0, nil); w < 2*time.Second || w > 2500*time.Millisecond {
		t.Errorf("Backoff(transport error) = %v; want about min", w)
	}
}

func TestReport(t *testing.T) {
	h := func(kv ...string) http.Header {
		x := http.Header{}
		for i := 0; i+1 < len(kv); i += 2 {
			x.Set(kv[i], kv[i+1])
		}
		return x
	}
	tests := []struct {
		status int
		h      http.Header
		want   direct.ReportStatus
	}{
		{200, h(), direct.ReportStatus{Ready: true, InQueue: -1}},
		{201, h("retryIn", "10", "reportsInQueue", "1"), direct.ReportStatus{Pending: true, RetryIn: 10 * time.Second, InQueue: 1}},
		{202, h("retryIn", "1"), direct.ReportStatus{Pending: true, RetryIn: time.Second, InQueue: -1}},
		{202, h("retryIn", "soon"), direct.ReportStatus{Pending: true, RetryIn: direct.DefaultReportRetryIn, InQueue: -1}},
		{202, h(), direct.ReportStatus{Pending: true, RetryIn: direct.DefaultReportRetryIn, InQueue: -1}},
		{400, h("reportsInQueue", "5"), direct.ReportStatus{InQueue: 5}},
		{500, h(), direct.ReportStatus{InQueue: -1}},
	}
	for _, tt := range tests {
		if got := direct.Report(tt.status, tt.h); got != tt.want {
			t.Errorf("direct.Report(%d, %v) = %+v; want %+v", tt.status, tt.h, got, tt.want)
		}
	}
}

// withMethod makes r the answer to a request with the given method and
// context.
func withMethod(r *http.Response, method string, ctx context.Context) *http.Response {
	r.Request = r.Request.WithContext(ctx)
	r.Request.Method = method
	return r
}

// TestCheckRetryNeverAppliesTwice crosses methods with faults: a request
// that is not idempotent is resent only when the vendor refused it before
// acting, and the error then says why it was not resent.
func TestCheckRetryNeverAppliesTwice(t *testing.T) {
	faults := []struct {
		name     string
		url      string
		status   int
		body     string
		retry    bool // for an idempotent request
		refused  bool // resent when not idempotent
		headerKV []string
	}{
		{"Market 420 parallel", marketURL, 420, market420Par, true, true, nil},
		{"Market 423 migration", marketURL, 423, `{"status":"ERROR","errors":[{"code":"LOCKED","message":"Business is in migration"}]}`, true, true, nil},
		{"Direct 506", directURL, 200, directErr("506"), true, true, nil},
		{"Direct 52", directURL, 200, directErr("52"), true, true, nil},
		{"Direct 1002 operation error", directURL, 200, directErr("1002"), true, false, nil},
		{"Direct 1000", directURL, 200, directErr("1000"), true, false, nil},
		{"an HTML 500", directURL, 500, "<html>oops</html>", true, false, nil},
		{"an empty 504", marketURL, 504, "", true, false, nil},
		{"a 503 page", marketURL, 503, "<html>busy</html>", true, true, nil},
		{"Direct 53", directURL, 200, directErr("53"), false, false, nil},
	}
	for _, ft := range faults {
		for _, m := range []struct {
			method     string
			ctx        context.Context
			idempotent bool
		}{
			{http.MethodGet, context.Background(), true},
			{http.MethodPut, context.Background(), true},
			{http.MethodDelete, context.Background(), true},
			{http.MethodPost, context.Background(), false},
			{http.MethodPatch, context.Background(), false},
			{http.MethodPost, WithIdempotent(context.Background()), true},
		} {
			r := withMethod(resp(ft.url, ft.status, ft.body, ft.headerKV...), m.method, m.ctx)
			// Keep the waits in the default cap for this table.
			policy := RetryPolicy{MaxWait: time.Hour}
			retry, err := policy.CheckRetry(m.ctx, r, nil)
			want := ft.retry && (m.idempotent || ft.refused)
			if retry != want {
				t.Errorf("%s after %s (idempotent %v): CheckRetry = %v, %v; want %v", ft.name, m.method, m.idempotent, retry, err, want)
			}
			var f *fault.Fault
			if !errors.As(err, &f) {
				t.Errorf("%s after %s: error %v does not hold the fault", ft.name, m.method, err)
			}
			var nr *NotResentError
			if got := errors.As(err, &nr); got != (ft.retry && !want) {
				t.Errorf("%s after %s: NotResentError %v; want one only when the retry was refused for safety", ft.name, m.method, got)
			}
		}
	}
}

// TestCheckRetryTransportErrorTable checks every kind of transport error,
// by value and by pointer where crypto returns either.
func TestCheckRetryTransportErrorTable(t *testing.T) {
	ue := func(op string, err error) error {
		return &url.Error{Op: op, URL: "https://api.direct.yandex.com/json/v5/ads", Err: err}
	}
	cert := &x509.Certificate{}
	tests := []struct {
		name  string
		err   error
		retry bool
		why   string
	}{
		{"an expired certificate, by value", ue("Post", x509.CertificateInvalidError{Cert: cert, Reason: x509.Expired}), false, "x509 returns the value type"},
		{"an expired certificate, by pointer", ue("Get", &x509.CertificateInvalidError{Cert: cert, Reason: x509.Expired}), false, "a pointer, as some wrappers make it"},
		{"an unknown authority, by value", ue("Get", x509.UnknownAuthorityError{Cert: cert}), false, "never heals"},
		{"an unknown authority, by pointer", ue("Get", &x509.UnknownAuthorityError{Cert: cert}), false, "never heals"},
		{"a hostname mismatch, by value", ue("Get", x509.HostnameError{Certificate: cert, Host: "x"}), false, "never heals"},
		{"a hostname mismatch, by pointer", ue("Get", &x509.HostnameError{Certificate: cert, Host: "x"}), false, "never heals"},
		{"tls verification", ue("Get", &tls.CertificateVerificationError{Err: x509.UnknownAuthorityError{}}), false, "crypto/tls wraps the x509 error"},
		{"plain HTTP from an HTTPS server", ue("Get", errors.New("http: server gave HTTP response to HTTPS client")), false, "never heals"},
		{"a bad scheme", ue("Get", errors.New(`unsupported protocol scheme "ftp"`)), false, "never heals"},
		{"too many redirects", ue("Get", errors.New("stopped after 10 redirects")), false, "never heals"},
		{"a refused dial on a POST", ue("Post", &net.OpError{Op: "dial", Net: "tcp", Err: errors.New("connection refused")}), true, "the request never left"},
		{"a DNS failure on a POST", ue("Post", &net.OpError{Op: "dial", Net: "tcp", Err: &net.DNSError{Err: "no such host", Name: "x", IsNotFound: true}}), true, "the request never left"},
		{"a TLS handshake timeout on a POST", ue("Post", errors.New("net/http: TLS handshake timeout")), true, "no byte of the request was written"},
		{"a reset after sending a POST", ue("Post", &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}), false, "the server may have applied it"},
		{"an unexpected EOF after sending a POST", ue("Post", io.ErrUnexpectedEOF), false, "the server may have applied it"},
		{"a reset after sending a GET", ue("Get", &net.OpError{Op: "read", Net: "tcp", Err: errors.New("connection reset by peer")}), true, "a GET is idempotent"},
		{"a client timeout on a GET", ue("Get", fmt.Errorf("%w (Client.Timeout exceeded while awaiting headers)", context.DeadlineExceeded)), true, "the caller's context is alive"},
		{"a client timeout on a POST", ue("Post", fmt.Errorf("%w (Client.Timeout exceeded while awaiting headers)", context.DeadlineExceeded)), false, "the POST may have been applied"},
	}
	for _, tt := range tests {
		retry, err := CheckRetry(context.Background(), nil, tt.err)
		if retry != tt.retry {
			t.Errorf("%s: CheckRetry = %v, %v; want %v (%s)", tt.name, retry, err, tt.retry, tt.why)
		}
		if !retry && !errors.Is(err, tt.err) {
			t.Errorf("%s: error %v does not wrap the transport error", tt.name, err)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Nanosecond)
	defer cancel()
	<-ctx.Done()
	if retry, err := CheckRetry(ctx, nil, ue("Get", context.DeadlineExceeded)); retry || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("the caller's deadline: CheckRetry = %v, %v; want false and the deadline", retry, err)
	}
}

// TestCheckRetryJudgesItsOwnFault gives CheckRetry the fault a
// ResponseHandler returned from FromResponse: it is judged as that fault,
// not as a transport error.
func TestCheckRetryJudgesItsOwnFault(t *testing.T) {
	for _, tt := range []struct {
		body   string
		status int
		retry  bool
	}{
		{`{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`, 401, false},
		{market420Par, 420, true},
	} {
		r := withMethod(resp(marketURL, tt.status, tt.body), http.MethodPost, context.Background())
		f := FromResponse(r)
		retry, err := CheckRetry(context.Background(), r, fmt.Errorf("handler: %w", f))
		if retry != tt.retry || !errors.Is(err, f) {
			t.Errorf("CheckRetry(handler's %d fault) = %v, %v; want %v and the fault", tt.status, retry, err, tt.retry)
		}
	}
}

// TestVendorWaitsNeverWrap sends waits far in the future, in every form:
// Backoff returns max, never min, with or without CheckRetry first.
func TestVendorWaitsNeverWrap(t *testing.T) {
	far := "Fri, 31 Dec 9999 23:59:59 GMT"
	for _, tt := range []struct {
		name string
		r    func() *http.Response
	}{
		{"a Retry-After date in 9999", func() *http.Response { return resp(marketURL, 503, "", "Retry-After", far) }},
		{"a Retry-After of 30 digits", func() *http.Response {
			return resp(marketURL, 503, "", "Retry-After", "999999999999999999999999999999")
		}},
		{"an Until in 9999", func() *http.Response {
			return resp(marketURL, 420, market420Until, "X-RateLimit-Resource-Remaining", "0", "X-RateLimit-Resource-Until", far)
		}},
		{"a retryIn of 30 digits", func() *http.Response {
			return resp("https://api.direct.yandex.com/json/v5/reports", 202, "", "retryIn", "999999999999999999999999999999")
		}},
	} {
		for _, checked := range []bool{true, false} {
			r := tt.r()
			policy := RetryPolicy{MaxWait: 30 * 24 * time.Hour}
			if checked {
				policy.CheckRetry(context.Background(), r, nil)
			}
			io.Copy(io.Discard, r.Body)
			for attempt := range 5 {
				if w := policy.Backoff(time.Second, time.Minute, attempt, r); w != time.Minute {
					t.Errorf("%s (CheckRetry first: %v), attempt %d: Backoff = %v; want the max, 1m", tt.name, checked, attempt, w)
				}
			}
		}
	}
	if d, ok := wireRetryAfter("99999999999999999999"); !ok || d <= 0 {
		t.Errorf("an integer Retry-After too large for int64 = %v, %v; want the cap", d, ok)
	}
}

// TestBackoffHonoursUntilWithoutCheckRetry combines Backoff with another
// CheckRetry: a 420 whose window ends in 40 s waits 40 s (plus jitter) at
// every attempt, never doubled.
func TestBackoffHonoursUntilWithoutCheckRetry(t *testing.T) {
	for attempt := range 4 {
		r := resp(marketURL, 420, market420Until, "Date", "Tue, 09 Jan 2024 14:04:20 GMT",
			"X-RateLimit-Resource-Remaining", "0", "X-RateLimit-Resource-Until", "Tue, 09 Jan 2024 14:05:00 GMT")
		io.Copy(io.Discard, r.Body) // another CheckRetry drained it
		if w := Backoff(time.Second, time.Hour, attempt, r); w < 40*time.Second || w > 44*time.Second {
			t.Errorf("attempt %d: Backoff = %v; want 40s plus up to 10%%", attempt, w)
		}
	}
}

// TestPendingReportIsAnError checks that a pending report is retried and
// carries its state as the error, so that a client that runs out of
// retries returns it.
func TestPendingReportIsAnError(t *testing.T) {
	r := withMethod(resp("https://api.direct.yandex.com/json/v5/reports", 202, "", "retryIn", "7", "reportsInQueue", "2"), http.MethodPost, context.Background())
	retry, err := CheckRetry(context.Background(), r, nil)
	var rs direct.ReportStatus
	if !retry || !errors.As(err, &rs) || !rs.Pending || rs.RetryIn != 7*time.Second || rs.InQueue != 2 {
		t.Fatalf("CheckRetry(202) = %v, %v (%+v); want a retry and the report's state", retry, err, rs)
	}
	if rep := direct.Report(202, r.Header); rep != rs {
		t.Errorf("Report = %+v; CheckRetry says %+v", rep, rs)
	}
}

// TestBatchFaultListsItsObjects drains a Market 200 status ERROR body over
// 64 KiB after CheckRetry: Items on what the fault kept lists every object.
func TestBatchFaultListsItsObjects(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"status":"ERROR","results":[`)
	const n = 2000
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"offerId":"sku-%d","errors":[{"type":"UNKNOWN_CATEGORY","message":"The category does not exist"}]}`, i)
	}
	b.WriteString(`]}`)
	body := b.String()
	if len(body) < 128<<10 {
		t.Fatalf("body of %d bytes; want more than 64 KiB", len(body))
	}
	r := withMethod(resp("https://api.partner.market.yandex.ru/v2/businesses/1/offer-mappings/update", 200, body), http.MethodPost, context.Background())
	_, err := CheckRetry(context.Background(), r, nil)
	io.Copy(io.Discard, r.Body)
	var f *fault.Fault
	if !errors.As(err, &f) || f.Reason != "BATCH_REJECTED" {
		t.Fatalf("CheckRetry = %v; want the batch fault", err)
	}
	items, ierr := Items(f.Service, nil, f.Body)
	if ierr != nil || len(items) != n {
		t.Errorf("Items(fault's body) = %d items, %v; want %d", len(items), ierr, n)
	}
}
