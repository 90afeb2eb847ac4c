package retryablehttp

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yafault/yafault"
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
