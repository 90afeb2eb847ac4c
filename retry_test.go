package yafault

import (
	"context"
	"crypto/x509"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/yafault/yafault/fault"
)

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
		{"Reports 201 without retryIn is left to the caller", resp("https://api.direct.yandex.com/json/v5/reports", 201, ""), RetryPolicy{}, false, false, 0, 0},
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
		want   ReportStatus
	}{
		{200, h(), ReportStatus{Ready: true, InQueue: -1}},
		{201, h("retryIn", "10", "reportsInQueue", "1"), ReportStatus{Pending: true, RetryIn: 10 * time.Second, InQueue: 1}},
		{202, h("retryIn", "1"), ReportStatus{Pending: true, RetryIn: time.Second, InQueue: -1}},
		{202, h("retryIn", "soon"), ReportStatus{Pending: true, RetryIn: DefaultReportRetryIn, InQueue: -1}},
		{202, h(), ReportStatus{Pending: true, RetryIn: DefaultReportRetryIn, InQueue: -1}},
		{400, h("reportsInQueue", "5"), ReportStatus{InQueue: 5}},
		{500, h(), ReportStatus{InQueue: -1}},
	}
	for _, tt := range tests {
		if got := Report(tt.status, tt.h); got != tt.want {
			t.Errorf("Report(%d, %v) = %+v; want %+v", tt.status, tt.h, got, tt.want)
		}
	}
}
