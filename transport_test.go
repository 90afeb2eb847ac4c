package yafault

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yafault/yafault/fault"
)

// faultIn returns the fault in err's chain, or nil.
func faultIn(err error) *fault.Fault {
	f, _ := errors.AsType[*fault.Fault](err)
	return f
}

func TestTransportTurnsAnswersIntoFaults(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/json/v5/campaigns":
			io.WriteString(w, `{"error":{"request_id":"1","error_code":152,"error_string":"Not enough Yandex units"}}`)
		case "/v2/campaigns/1/orders":
			w.WriteHeader(420)
			io.WriteString(w, `<html>throttled</html>`)
		default:
			io.WriteString(w, `{"result":{"Campaigns":[]}}`+strings.Repeat(" ", 100<<10))
		}
	}))
	defer srv.Close()

	direct := &http.Client{Transport: &Transport{Service: fault.Direct}}
	resp, err := direct.Post(srv.URL+"/json/v5/ok", "application/json", strings.NewReader(`{"method":"get"}`))
	if err != nil {
		t.Fatalf("a success: %v", err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.HasPrefix(string(body), `{"result":{"Campaigns":[]}}`) || len(body) < 100<<10 {
		t.Errorf("a success's body came back as %d bytes starting %.40q; want it whole", len(body), body)
	}

	_, err = direct.Post(srv.URL+"/json/v5/campaigns", "application/json", strings.NewReader(`{"method":"get"}`))
	f := faultIn(err)
	if f == nil || f.Service != fault.Direct || f.Reason != "POINTS_EXHAUSTED" || f.HTTPStatus != 200 {
		t.Errorf("Direct's 152 in HTTP 200: err = %v; want its fault", err)
	}
	if _, ok := errors.AsType[*url.Error](err); !ok {
		t.Errorf("err = %T; want http.Client's *url.Error around the fault", err)
	}

	// The service comes from the Transport when the host says nothing.
	market := &http.Client{Transport: &Transport{Service: fault.Market}}
	_, err = market.Get(srv.URL + "/v2/campaigns/1/orders")
	if f := faultIn(err); f == nil || f.Service != fault.Market || f.Kind != fault.RateLimit {
		t.Errorf("Market's 420 with an HTML page: err = %v; want a Market rate-limit fault", err)
	}
}

// TestTransportReadsCountAsIdempotent checks that a Direct call that only
// reads is resent after a failure that may come after Direct acted, and a
// write is not.
func TestTransportReadsCountAsIdempotent(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"error":{"request_id":"1","error_code":1002,"error_string":"Operation error"}}`)
	}))
	defer srv.Close()
	client := &http.Client{Transport: &Transport{Service: fault.Direct}}
	for _, tt := range []struct {
		path, method string
		resend       bool
	}{
		{"/json/v5/campaigns", "get", true},
		{"/json/v5/keywordsresearch", "hasSearchVolume", true},
		{"/json/v5/changes", "checkCampaigns", true},
		{"/json/v5/campaigns", "add", false},
		{"/json/v5/campaigns", "delete", false},
	} {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+tt.path, strings.NewReader(`{"method":"`+tt.method+`","params":{}}`))
		_, err := client.Do(req)
		if faultIn(err) == nil {
			t.Fatalf("%s: err = %v; want a fault", tt.method, err)
		}
		retry, rerr := CheckRetry(req.Context(), nil, err)
		if retry != tt.resend {
			t.Errorf("CheckRetry after %s %s's 1002 = %v (%v); want %v", tt.path, tt.method, retry, rerr, tt.resend)
		}
	}
}

// countingServer counts the requests it answers and the most in flight at
// once.
type countingServer struct {
	*httptest.Server
	requests, inFlight, maxInFlight atomic.Int64
}

func newCountingServer(t *testing.T, handler func(n int64, w http.ResponseWriter, r *http.Request)) *countingServer {
	s := &countingServer{}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := s.requests.Add(1)
		in := s.inFlight.Add(1)
		defer s.inFlight.Add(-1)
		for {
			m := s.maxInFlight.Load()
			if in <= m || s.maxInFlight.CompareAndSwap(m, in) {
				break
			}
		}
		handler(n, w, r)
	}))
	t.Cleanup(s.Close)
	return s
}

func TestBudgetHoldsASpentMarketQuota(t *testing.T) {
	until := time.Now().Add(time.Hour).UTC().Format(http.TimeFormat)
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-RateLimit-Resource-Limit", "3")
		w.Header().Set("X-RateLimit-Resource-Remaining", itoa(max(3-n, 0)))
		w.Header().Set("X-RateLimit-Resource-Until", until)
		if n > 3 {
			w.WriteHeader(420)
			io.WriteString(w, `{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED","message":"Hit rate limit of 3 requests per 1 hour for resource 'GET:/campaigns/{campaignId}/orders' for campaignId 1"}]}`)
			return
		}
		io.WriteString(w, `{"status":"OK","result":{}}`)
	})
	budget := &Budget{MaxWait: 10 * time.Millisecond}
	client := &http.Client{Transport: &Transport{Service: fault.Market, Budget: budget}}
	for i := range 3 {
		if _, err := client.Get(srv.URL + "/v2/campaigns/1/orders"); err != nil {
			t.Fatalf("request %d: %v", i, err)
		}
	}
	_, err := client.Get(srv.URL + "/v2/campaigns/1/orders")
	f := faultIn(err)
	if f == nil || f.Reason != "BUDGET_RESOURCE_SPENT" || f.Kind != fault.Quota || !f.Refused || f.RetryAfter < 50*time.Minute {
		t.Fatalf("the 4th request: err = %v (%+v); want the Budget's refusal with the window's wait", err, f)
	}
	if n := srv.requests.Load(); n != 3 {
		t.Errorf("the server saw %d requests; want 3: the 4th was never sent", n)
	}
	// Another store has its own quota.
	if _, err := client.Get(srv.URL + "/v2/campaigns/2/orders"); err == nil || faultIn(err).Reason == "BUDGET_RESOURCE_SPENT" {
		t.Errorf("another store's request: err = %v; want it sent (and refused by the server)", err)
	}
}

// TestBudgetKnowsDocumentedQuotas checks that a Budget holds a request
// beyond the documented quota before Market has said anything.
func TestBudgetKnowsDocumentedQuotas(t *testing.T) {
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, `{"status":"OK","result":{}}`) // no rate-limit headers
	})
	budget := &Budget{MaxWait: time.Millisecond}
	client := &http.Client{Transport: &Transport{Service: fault.Market, Budget: budget}}
	// Report generation: one request per two minutes.
	for i := range 2 {
		_, err := client.Post(srv.URL+"/v2/reports/united-orders/generate", "application/json", strings.NewReader(`{}`))
		if i == 0 && err != nil {
			t.Fatalf("first report: %v", err)
		}
		if i == 1 {
			if f := faultIn(err); f == nil || f.Reason != "BUDGET_RESOURCE_SPENT" {
				t.Errorf("second report within two minutes: err = %v; want the Budget's refusal", err)
			}
		}
	}
	if n := srv.requests.Load(); n != 1 {
		t.Errorf("the server saw %d requests; want 1", n)
	}
}

func TestBudgetLimitsMarketParallelism(t *testing.T) {
	release := make(chan struct{})
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		<-release
		io.WriteString(w, `{"status":"OK","result":{}}`)
	})
	budget := &Budget{MaxWait: 5 * time.Second}
	client := &http.Client{Transport: &Transport{Service: fault.Market, Budget: budget}}
	var wg sync.WaitGroup
	errs := make(chan error, 10)
	for range 10 {
		wg.Go(func() {
			resp, err := client.Get(srv.URL + "/v2/campaigns/7/offers")
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			errs <- err
		})
	}
	for srv.inFlight.Load() < 4 {
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond) // room for a fifth, which must not come
	if n := srv.inFlight.Load(); n != 4 {
		t.Errorf("%d requests in flight for one store; want the documented 4", n)
	}
	close(release)
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Errorf("a held request failed: %v", err)
		}
	}
	if m := srv.maxInFlight.Load(); m != 4 {
		t.Errorf("at most %d in flight; want 4", m)
	}

	// A 420 that names a lower limit lowers it for that store.
	srv2 := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		if n == 1 {
			w.WriteHeader(420)
			io.WriteString(w, `{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED","message":"Hit rate limit of 1 parallel requests for campaignId 8"}]}`)
			return
		}
		time.Sleep(5 * time.Millisecond)
		io.WriteString(w, `{"status":"OK","result":{}}`)
	})
	client.Get(srv2.URL + "/v2/campaigns/8/offers")
	var wg2 sync.WaitGroup
	for range 5 {
		wg2.Go(func() {
			if resp, err := client.Get(srv2.URL + "/v2/campaigns/8/offers"); err == nil {
				resp.Body.Close()
			}
		})
	}
	wg2.Wait()
	if m := srv2.maxInFlight.Load(); m != 1 {
		t.Errorf("after Market's 420 named 1 parallel request, %d were in flight; want 1", m)
	}
}

func TestBudgetParallelSlotTimesOut(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) { <-release })
	budget := &Budget{MaxWait: 30 * time.Millisecond}
	client := &http.Client{Transport: &Transport{Service: fault.Market, Budget: budget}}
	for range 4 {
		go client.Get(srv.URL + "/v2/campaigns/3/offers")
	}
	for srv.inFlight.Load() < 4 {
		time.Sleep(time.Millisecond)
	}
	_, err := client.Get(srv.URL + "/v2/campaigns/3/offers")
	if f := faultIn(err); f == nil || f.Reason != "BUDGET_PARALLEL_FULL" || f.Kind != fault.RateLimit || !f.Refused {
		t.Errorf("a fifth request: err = %v; want BUDGET_PARALLEL_FULL", err)
	}

	// The caller's context ends a wait at once, with its own error.
	patient := &http.Client{Transport: &Transport{Service: fault.Market, Budget: &Budget{MaxWait: time.Hour}}}
	for range 4 {
		go patient.Get(srv.URL + "/v2/campaigns/4/offers")
	}
	for srv.inFlight.Load() < 8 {
		time.Sleep(time.Millisecond)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Millisecond)
	defer cancel()
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/v2/campaigns/4/offers", nil)
	if _, err := patient.Do(req); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("a request whose context ends while it waits: err = %v; want its deadline", err)
	}
}

func TestBudgetKeepsDirectPoints(t *testing.T) {
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		rest := 25 - 10*n
		if rest < 0 {
			io.WriteString(w, `{"error":{"request_id":"1","error_code":152,"error_string":"Not enough Yandex units"}}`)
			return
		}
		w.Header().Set("Units", "10/"+itoa(rest)+"/100")
		w.Header().Set("Units-Used-Login", "client-a")
		io.WriteString(w, `{"result":{}}`)
	})
	budget := &Budget{}
	client := &http.Client{Transport: &Transport{Service: fault.Direct, Budget: budget}}
	call := func(login string) error {
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/json/v5/campaigns", strings.NewReader(`{"method":"get"}`))
		req.Header.Set("Client-Login", login)
		resp, err := client.Do(req)
		if err == nil {
			resp.Body.Close()
		}
		return err
	}
	for i := range 2 {
		if err := call("client-a"); err != nil {
			t.Fatalf("call %d: %v", i, err)
		}
	}
	// 5 points left, and a call of this method costs 10.
	err := call("client-a")
	f := faultIn(err)
	if f == nil || f.Reason != "BUDGET_POINTS_SPENT" || f.Kind != fault.Quota || f.RetryAfter < 50*time.Minute {
		t.Fatalf("a third call: err = %v; want the Budget's refusal until the refill", err)
	}
	if n := srv.requests.Load(); n != 2 {
		t.Errorf("the server saw %d requests; want 2", n)
	}
	if call("client-b"); srv.requests.Load() != 3 {
		t.Errorf("another login's call was not sent")
	}
}

func TestBudgetLearnsDirectConnections(t *testing.T) {
	srv := newCountingServer(t, func(n int64, w http.ResponseWriter, r *http.Request) {
		time.Sleep(10 * time.Millisecond)
		io.WriteString(w, `{"result":{}}`)
	})
	budget := &Budget{}
	client := &http.Client{Transport: &Transport{Service: fault.Direct, Budget: budget}}
	var wg sync.WaitGroup
	for range 12 {
		wg.Go(func() {
			req, _ := http.NewRequest(http.MethodPost, srv.URL+"/json/v5/ads", strings.NewReader(`{"method":"get"}`))
			req.Header.Set("Client-Login", "advertiser")
			if resp, err := client.Do(req); err == nil {
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	if m := srv.maxInFlight.Load(); m != 5 {
		t.Errorf("%d requests in flight for one advertiser; want the documented 5", m)
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestBudgetTakesCountsAsTheyArrive feeds a Budget Market's answers out of
// order, on a clock of the test's: an older answer never raises what is
// left, even below zero, and an answer of a window already rolled over
// never rolls it over again.
func TestBudgetTakesCountsAsTheyArrive(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	b := &Budget{MaxWait: time.Hour, now: func() time.Time { return now }}
	req := httptest.NewRequest(http.MethodGet, "https://api.partner.market.yandex.ru/v2/campaigns/1/orders", nil)
	r, _, _ := readRequest(req, fault.Market)
	answer := func(remaining int64, until time.Time) *http.Response {
		h := http.Header{}
		h.Set("X-RateLimit-Resource-Limit", "10")
		h.Set("X-RateLimit-Resource-Remaining", strconv.FormatInt(remaining, 10))
		h.Set("X-RateLimit-Resource-Until", until.Format(http.TimeFormat))
		return &http.Response{StatusCode: 200, Header: h}
	}
	admit := func() *ticket {
		t.Helper()
		tk, err := b.admit(context.Background(), r)
		if err != nil {
			t.Fatalf("admit: %v", err)
		}
		tk.done()
		return tk
	}
	left := func() int64 {
		b.mu.Lock()
		defer b.mu.Unlock()
		return b.windows[r.window].remaining
	}
	u1 := now.Add(30 * time.Second)
	a, old := admit(), admit()
	a.settle(answer(0, u1), nil) // the newer count: nothing left
	if l := left(); l != -1 {
		t.Errorf("left after the newer answer = %d; want -1 (0, less the one in flight)", l)
	}
	old.settle(answer(6, u1), nil) // an older answer of the same window
	if l := left(); l != -1 {
		t.Errorf("left after an older answer = %d; want still -1", l)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel()
	if _, err := b.admit(ctx, r); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("admit past a window Market said was spent: %v; want it held until the caller gave up", err)
	}

	// The window ends; a request in flight from it answers late.
	now = u1.Add(time.Second)
	late := admit()
	stale := admit()
	if l := left(); l != 8 {
		t.Errorf("left in the new window = %d; want 8 (10, less two)", l)
	}
	stale.settle(answer(0, u1), nil)
	if l := left(); l > 8 {
		t.Errorf("left after a stale answer = %d; want no more than 8", l)
	}
	now = now.Add(500 * time.Millisecond)
	for range 7 {
		admit()
	}
	if l := left(); l > 1 {
		t.Errorf("left = %d after seven more; want at most 1: a stale answer must not start the window again", l)
	}
	late.settle(answer(9, u1.Add(time.Minute)), nil)
	if l := left(); l != 2 {
		t.Errorf("left = %d after the new window's first answer; want 2: Market's 9, less the seven in flight", l)
	}
}

// TestBudgetKeysAreBounded checks that a long-lived Budget does not grow
// with the stores, cabinets and logins its requests name: idle keys are
// forgotten once a map is full.
func TestBudgetKeysAreBounded(t *testing.T) {
	now := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	b := &Budget{now: func() time.Time { return now }}
	until := now.Add(time.Second).Format(http.TimeFormat)
	for i := range 3 * 4096 {
		for _, svc := range []fault.Service{fault.Market, fault.Direct} {
			req := httptest.NewRequest(http.MethodPost, "https://example.test/v2/campaigns/"+strconv.Itoa(i)+"/unknown-"+strconv.Itoa(i), strings.NewReader(`{"method":"m`+strconv.Itoa(i)+`"}`))
			req.Header.Set("Client-Login", "login-"+strconv.Itoa(i))
			r, _, _ := readRequest(req, svc)
			tk, err := b.admit(context.Background(), r)
			if err != nil {
				t.Fatalf("admit %d: %v", i, err)
			}
			h := http.Header{"X-Ratelimit-Resource-Remaining": {"5"}, "X-Ratelimit-Resource-Until": {until}, "Units": {"1/100/1000"}}
			tk.settle(&http.Response{StatusCode: 200, Header: h}, nil)
			tk.done()
		}
		if i == 4096 {
			now = now.Add(2 * time.Second) // every window so far has ended
		}
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	for name, n := range map[string]int{"windows": len(b.windows), "stores": len(b.parallel), "logins": len(b.conns), "points": len(b.points)} {
		if n > 4096 || n < 100 {
			t.Errorf("%d %s kept; want some, and at most 4096", n, name)
		}
	}
	for login, p := range b.points {
		if len(p.cost) > maxKeys {
			t.Errorf("login %s keeps %d methods", login, len(p.cost))
		}
	}
}
