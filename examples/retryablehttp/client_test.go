package retryablehttp

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
)

// script is an httptest handler that plays one response per call, then
// repeats the last.
type script struct {
	calls atomic.Int32
	steps []func(w http.ResponseWriter)
}

func (s *script) ServeHTTP(w http.ResponseWriter, _ *http.Request) {
	i := int(s.calls.Add(1)) - 1
	s.steps[min(i, len(s.steps)-1)](w)
}

func body(status int, text string, kv ...string) func(w http.ResponseWriter) {
	return func(w http.ResponseWriter) {
		for i := 0; i+1 < len(kv); i += 2 {
			w.Header().Set(kv[i], kv[i+1])
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		io.WriteString(w, text)
	}
}

const success = `{"result":{"Campaigns":[]}}`

func get(t *testing.T, c interface {
	Get(string) (*http.Response, error)
}, url string) (string, error) {
	t.Helper()
	resp, err := c.Get(url)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return string(b), err
}

func TestMarket420WaitsUntilTheQuotaWindowEnds(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){
		func(w http.ResponseWriter) {
			now := time.Now().UTC().Truncate(time.Second)
			body(420, `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 100 requests per 1 minute for resource /x"}]}`,
				"Date", now.Format(http.TimeFormat),
				"X-RateLimit-Resource-Remaining", "0",
				"X-RateLimit-Resource-Until", now.Add(time.Second).Format(http.TimeFormat))(w)
		},
		body(200, `{"status":"OK","result":{}}`),
	}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	start := time.Now()
	got, err := get(t, NewClient(yafault.RetryPolicy{MaxWait: 5 * time.Second}, 3), srv.URL)
	if err != nil || got != `{"status":"OK","result":{}}` {
		t.Fatalf("Get = %q, %v; want the success body", got, err)
	}
	if n := s.calls.Load(); n != 2 {
		t.Errorf("%d calls; want 2", n)
	}
	if waited := time.Since(start); waited < time.Second {
		t.Errorf("retried after %v; want at least the 1s to X-RateLimit-Resource-Until", waited)
	}
}

func TestDirect152WithStatus200IsReturnedNotRetried(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){
		body(200, `{"error":{"request_id":"8695244274068608439","error_code":152,"error_string":"Not enough Yandex units"}}`, "Units", "10/0/64000"),
	}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	_, err := get(t, NewClient(yafault.RetryPolicy{}, 5), srv.URL)
	var f *fault.Fault
	if !errors.As(err, &f) {
		t.Fatalf("Get error = %v; want a wrapped *fault.Fault", err)
	}
	if f.Reason != "POINTS_EXHAUSTED" || f.RetryAfter != time.Hour || f.Units == nil || f.Units.Rest != 0 {
		t.Errorf("fault = %+v; want POINTS_EXHAUSTED, come back in an hour, 0 points left", f)
	}
	if !errors.Is(err, fault.Quota) {
		t.Error("errors.Is(err, fault.Quota) = false")
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("%d calls; want 1: spending more points on errors helps nobody", n)
	}
}

func TestDirect506ThenSuccess(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){
		body(200, `{"error":{"request_id":"1","error_code":506,"error_string":"Exceeded limit on number of connections"}}`),
		body(200, success),
	}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	got, err := get(t, NewClient(yafault.RetryPolicy{}, 3), srv.URL)
	if err != nil || got != success {
		t.Fatalf("Get = %q, %v; want the success body intact", got, err)
	}
	if n := s.calls.Load(); n != 2 {
		t.Errorf("%d calls; want 2", n)
	}
}

func TestDirect53IsNeverRetried(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){
		body(200, `{"error":{"request_id":"1","error_code":53,"error_string":"Authorization error","error_detail":"Invalid OAuth token"}}`),
	}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	_, err := get(t, NewClient(yafault.RetryPolicy{}, 5), srv.URL)
	if !errors.Is(err, fault.Auth) {
		t.Fatalf("Get error = %v; want an auth fault", err)
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("%d calls; want 1", n)
	}
}

func TestRetriesStopWithTheContext(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){body(503, `<html>busy</html>`, "Content-Type", "text/html")}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 10)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL, nil)
	start := time.Now()
	_, err := c.StandardClient().Do(req)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Do error = %v; want the context's deadline", err)
	}
	if time.Since(start) > 3*time.Second {
		t.Errorf("retries went on %v after the deadline", time.Since(start))
	}
}

func TestRetriesExhaustedReturnTheLastFault(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){body(502, ``)}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 1)
	c.RetryWaitMax = 50 * time.Millisecond // keep the test short
	_, err := get(t, c, srv.URL)
	var f *fault.Fault
	if !errors.As(err, &f) || f.HTTPStatus != 502 || f.Kind != fault.Unavailable {
		t.Fatalf("Get error = %v; want the 502 fault", err)
	}
	if n := s.calls.Load(); n != 2 {
		t.Errorf("%d calls; want 2 (one retry)", n)
	}
}

// dropAfterReading reads the request, counts it as applied, then closes the
// connection without an answer: the worst moment for a write to fail.
func dropAfterReading(applied *atomic.Int32) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		io.ReadAll(r.Body)
		n := applied.Add(1)
		if n == 1 {
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				conn.Close()
			}
			return
		}
		body(200, `{"result":{"AddResults":[{"Id":1}]}}`)(w)
	}
}

func postAds(t *testing.T, c *retryablehttp.Client, ctx context.Context, url string) error {
	t.Helper()
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, url, strings.NewReader(`{"method":"add","params":{"Ads":[{}]}}`))
	if err != nil {
		t.Fatal(err)
	}
	resp, err := c.Do(req)
	if err == nil {
		io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}
	return err
}

// TestAWriteDroppedAfterReadingIsAppliedOnce sends ads.add to a server
// that applies it and drops the connection: the client must not send it
// again, and says why; marked idempotent, it is resent and succeeds.
func TestAWriteDroppedAfterReadingIsAppliedOnce(t *testing.T) {
	var applied atomic.Int32
	srv := httptest.NewServer(dropAfterReading(&applied))
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 3)
	c.RetryWaitMin, c.RetryWaitMax = time.Millisecond, 10*time.Millisecond
	err := postAds(t, c, context.Background(), srv.URL+"/json/v5/ads")
	var nr *yafault.NotResentError
	if !errors.As(err, &nr) || nr.Method != http.MethodPost {
		t.Errorf("Do error = %v; want a NotResentError for the POST", err)
	}
	if n := applied.Load(); n != 1 {
		t.Errorf("the add was applied %d times; want exactly once", n)
	}

	applied.Store(0)
	if err := postAds(t, c, yafault.WithIdempotent(context.Background()), srv.URL+"/json/v5/ads"); err != nil {
		t.Errorf("Do marked idempotent = %v; want it resent and succeeding", err)
	}
	if n := applied.Load(); n != 2 {
		t.Errorf("%d attempts reached the server; want 2 (the marked request was resent)", n)
	}
}

// TestAClientTimeoutIsRetried stalls the first answer past the client's
// Timeout: a GET is retried while the caller's context is alive.
func TestAClientTimeoutIsRetried(t *testing.T) {
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			select {
			case <-time.After(2 * time.Second):
			case <-r.Context().Done():
			}
			return
		}
		body(200, success)(w)
	}))
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 2)
	c.HTTPClient.Timeout = 200 * time.Millisecond
	c.RetryWaitMin, c.RetryWaitMax = time.Millisecond, 10*time.Millisecond
	got, err := get(t, c, srv.URL)
	if err != nil || got != success {
		t.Fatalf("Get = %q, %v; want the second answer", got, err)
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("%d calls; want 2", n)
	}
}

// TestEachFaultAfterAWrite answers a POST with each kind of fault: throttles
// and locks (turned away before acting) are resent, internal errors and
// final faults are not.
func TestEachFaultAfterAWrite(t *testing.T) {
	tests := []struct {
		name   string
		first  func(http.ResponseWriter)
		resent bool
	}{
		{"Market 420 parallel", body(420, `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 2 parallel requests for campaignId 1"}]}`), true},
		{"Market 423 migration", body(423, `{"status":"ERROR","errors":[{"code":"LOCKED","message":"Campaign is in business migration"}]}`, "Retry-After", "1"), true},
		{"Direct 506", body(200, `{"error":{"request_id":"1","error_code":506,"error_string":"x"}}`), true},
		{"Direct 52", body(200, `{"error":{"request_id":"1","error_code":52,"error_string":"x"}}`), true},
		{"a 503 page", body(503, `<html>busy</html>`, "Content-Type", "text/html"), true},
		{"Direct 1002 operation error", body(200, `{"error":{"request_id":"1","error_code":1002,"error_string":"Operation error"}}`), false},
		{"Direct 1000", body(200, `{"error":{"request_id":"1","error_code":1000,"error_string":"x"}}`), false},
		{"an HTML 500", body(500, `<html>oops</html>`, "Content-Type", "text/html"), false},
		{"an empty 504", body(504, ``), false},
		{"Direct 53", body(200, `{"error":{"request_id":"1","error_code":53,"error_string":"x"}}`), false},
		{"Market 400", body(400, `{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Missing field"}]}`), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script{steps: []func(http.ResponseWriter){tt.first, body(200, success)}}
			srv := httptest.NewServer(s)
			defer srv.Close()
			c := NewClient(yafault.RetryPolicy{}, 2)
			c.RetryWaitMin, c.RetryWaitMax = time.Millisecond, 200*time.Millisecond // keep the test short
			err := postAds(t, c, context.Background(), srv.URL)
			calls := s.calls.Load()
			if tt.resent && (err != nil || calls != 2) {
				t.Errorf("POST = %v after %d calls; want it resent once and succeeding", err, calls)
			}
			if !tt.resent {
				var f *fault.Fault
				if calls != 1 || !errors.As(err, &f) {
					t.Errorf("POST = %v after %d calls; want the fault after one call", err, calls)
				}
			}
		})
	}
}

// TestAbsurdWaitsAreCapped sends waits in the year 9999 and numbers of
// thirty digits: nothing is hammered, nothing overflows, and the caller
// gets the fault or the report's state at once.
func TestAbsurdWaitsAreCapped(t *testing.T) {
	far := "Fri, 31 Dec 9999 23:59:59 GMT"
	tests := []struct {
		name string
		step func(http.ResponseWriter)
		path string
	}{
		{"Retry-After in 9999", body(503, ``, "Retry-After", far), "/"},
		{"Retry-After of 30 digits", body(503, ``, "Retry-After", "999999999999999999999999999999"), "/"},
		{"Until in 9999", body(420, `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 1 requests per 1 minute for resource /x"}]}`,
			"X-RateLimit-Resource-Remaining", "0", "X-RateLimit-Resource-Until", far), "/"},
		{"retryIn of 30 digits", body(202, ``, "retryIn", "999999999999999999999999999999"), "/json/v5/reports"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &script{steps: []func(http.ResponseWriter){tt.step}}
			srv := httptest.NewServer(s)
			defer srv.Close()
			c := NewClient(yafault.RetryPolicy{}, 5)
			start := time.Now()
			_, err := get(t, c, srv.URL+tt.path)
			if err == nil {
				t.Fatal("Get succeeded; want the fault or the report's state")
			}
			var f *fault.Fault
			var rs direct.ReportStatus
			if !errors.As(err, &f) && !errors.As(err, &rs) {
				t.Errorf("Get error = %v; want a fault or a ReportStatus", err)
			}
			if f != nil && (f.RetryAfter <= 0 || f.RetryAfter > 7*24*time.Hour) {
				t.Errorf("RetryAfter = %v; want a positive wait of at most a week", f.RetryAfter)
			}
			if n := s.calls.Load(); n != 1 || time.Since(start) > time.Second {
				t.Errorf("%d calls in %v; want one call, returned at once: the wait is past MaxWait", n, time.Since(start))
			}
		})
	}
}

// TestAReportStillPendingReturnsItsState keeps a report pending past
// RetryMax: the caller gets the report's state and when to ask again.
func TestAReportStillPendingReturnsItsState(t *testing.T) {
	s := &script{steps: []func(http.ResponseWriter){body(202, ``, "retryIn", "0", "reportsInQueue", "3")}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 2)
	c.RetryWaitMin, c.RetryWaitMax = time.Millisecond, 10*time.Millisecond
	req, _ := retryablehttp.NewRequest(http.MethodPost, srv.URL+"/json/v5/reports", strings.NewReader(`{"params":{}}`))
	_, err := c.Do(req)
	var rs direct.ReportStatus
	if !errors.As(err, &rs) || !rs.Pending || rs.RetryIn != direct.DefaultReportRetryIn || rs.InQueue != 3 {
		t.Fatalf("Do error = %v (%+v); want the pending report's state", err, rs)
	}
	if n := s.calls.Load(); n != 3 {
		t.Errorf("%d calls; want 3 (RetryMax 2)", n)
	}
}

// TestWithTheTransport checks the one-line wiring: yafault's Transport as
// the HTTPClient's, with a Budget. A Direct get that failed after Direct may
// have acted (1002) is resent, as a read, and succeeds; an add is not; a
// Market quota Market said is spent is held by the Budget and not sent.
func TestWithTheTransport(t *testing.T) {
	newClient := func(budget *yafault.Budget) *retryablehttp.Client {
		c := NewClient(yafault.RetryPolicy{}, 3)
		c.HTTPClient = &http.Client{Transport: &yafault.Transport{Service: fault.Direct, Budget: budget}}
		return c
	}
	for _, tt := range []struct {
		method string
		calls  int32
		ok     bool
	}{
		{"get", 2, true},
		{"add", 1, false},
	} {
		s := &script{steps: []func(http.ResponseWriter){
			body(200, `{"error":{"request_id":"1","error_code":1002,"error_string":"Operation error"}}`),
			body(200, success),
		}}
		srv := httptest.NewServer(s)
		req, _ := retryablehttp.NewRequest(http.MethodPost, srv.URL+"/json/v5/ads", strings.NewReader(`{"method":"`+tt.method+`","params":{}}`))
		resp, err := newClient(&yafault.Budget{}).Do(req)
		if err == nil {
			resp.Body.Close()
		}
		if (err == nil) != tt.ok || s.calls.Load() != tt.calls {
			t.Errorf("%s after 1002: err = %v after %d calls; want ok=%v after %d", tt.method, err, s.calls.Load(), tt.ok, tt.calls)
		}
		if !tt.ok {
			var nr *yafault.NotResentError
			if !errors.As(err, &nr) || !errors.Is(err, fault.Internal) {
				t.Errorf("%s after 1002: err = %v; want a NotResentError around the fault", tt.method, err)
			}
		}
		srv.Close()
	}

	// Market: the first answer says the quota is spent until the window
	// ends, in an hour; the Budget keeps the retries on this side.
	until := time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)
	s := &script{steps: []func(http.ResponseWriter){
		body(420, `{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED","message":"Hit rate limit of 10 requests per 1 hour for resource 'GET:/campaigns/{campaignId}/orders' for campaignId 1"}]}`,
			"X-RateLimit-Resource-Limit", "10", "X-RateLimit-Resource-Remaining", "0", "X-RateLimit-Resource-Until", until),
	}}
	srv := httptest.NewServer(s)
	defer srv.Close()
	c := NewClient(yafault.RetryPolicy{}, 3)
	c.HTTPClient = &http.Client{Transport: &yafault.Transport{Service: fault.Market, Budget: &yafault.Budget{}}}
	_, err := c.Get(srv.URL + "/v2/campaigns/1/orders")
	if f, ok := errors.AsType[*fault.Fault](err); !ok || f.Kind != fault.Quota {
		t.Errorf("Market quota: err = %v; want the quota fault", err)
	}
	if n := s.calls.Load(); n != 1 {
		t.Errorf("the server saw %d calls; want 1: the Budget holds what Market said is spent", n)
	}
}
