package yafault

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/yafault/yafault/fault"
)

// The simulation: local fake Market and Direct servers that enforce the
// documented kinds of limit, and a workload of concurrent callers sending
// as fast as they can, with and without a Budget. It counts the refusals
// the servers send and the share of the throughput the limits allow that
// the callers get.

// fakeMarket enforces a resource quota of limit requests per window
// (windows aligned on the clock, announced in X-RateLimit-Resource-* on
// every answer, refused ones counting as Market's do) and a limit of
// parallel requests per store.
type fakeMarket struct {
	limit    int64
	window   time.Duration
	parallel int64
	latency  time.Duration

	mu       sync.Mutex
	counts   map[int64]int64 // requests per window
	inFlight map[string]int64
	stats
}

// stats are what a fake server counts.
type stats struct {
	ok, refused atomic.Int64
	windows     sync.Map // the windows a success or refusal fell in
}

func (m *fakeMarket) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	store := strings.Split(strings.TrimPrefix(r.URL.Path, "/v2/campaigns/"), "/")[0]
	m.mu.Lock()
	if m.inFlight[store] >= m.parallel {
		m.mu.Unlock()
		m.refused.Add(1)
		w.WriteHeader(420)
		fmt.Fprintf(w, `{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED","message":"Hit rate limit of %d parallel requests for campaignId %s"}]}`, m.parallel, store)
		return
	}
	m.inFlight[store]++
	now := time.Now()
	idx := now.UnixNano() / int64(m.window)
	m.counts[idx]++
	n := m.counts[idx]
	m.mu.Unlock()
	defer func() {
		m.mu.Lock()
		m.inFlight[store]--
		m.mu.Unlock()
	}()
	m.windows.Store(idx, true)
	until := time.Unix(0, (idx+1)*int64(m.window)).UTC()
	w.Header().Set("X-RateLimit-Resource-Limit", strconv.FormatInt(m.limit, 10))
	w.Header().Set("X-RateLimit-Resource-Remaining", strconv.FormatInt(max(m.limit-n, 0), 10))
	w.Header().Set("X-RateLimit-Resource-Until", until.Format(http.TimeFormat))
	if n > m.limit {
		m.refused.Add(1)
		w.WriteHeader(420)
		fmt.Fprintf(w, `{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED","message":"Hit rate limit of %d requests per 1 second for resource 'GET:/campaigns/{campaignId}/orders' for campaignId %s"}]}`, m.limit, store)
		return
	}
	time.Sleep(m.latency)
	m.ok.Add(1)
	io.WriteString(w, `{"status":"OK","result":{"orders":[]}}`)
}

// fakeDirect enforces a points budget (Units on every answer, a fixed
// cost per call, no refill within the run) and a limit of simultaneous
// requests per login.
type fakeDirect struct {
	points, cost int64
	conns        int64
	latency      time.Duration

	mu       sync.Mutex
	inFlight int64
	stats
}

func (d *fakeDirect) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	d.mu.Lock()
	if d.inFlight >= d.conns {
		d.mu.Unlock()
		d.refused.Add(1)
		io.WriteString(w, `{"error":{"request_id":"1","error_code":506,"error_string":"Exceeded limit on number of connections"}}`)
		return
	}
	if d.points < d.cost {
		d.mu.Unlock()
		d.refused.Add(1)
		io.WriteString(w, `{"error":{"request_id":"1","error_code":152,"error_string":"Not enough Yandex units"}}`)
		return
	}
	d.points -= d.cost
	rest := d.points
	d.inFlight++
	d.mu.Unlock()
	time.Sleep(d.latency)
	d.mu.Lock()
	d.inFlight--
	d.mu.Unlock()
	d.ok.Add(1)
	w.Header().Set("Units", fmt.Sprintf("%d/%d/%d", d.cost, rest, 100000))
	w.Header().Set("Units-Used-Login", "advertiser")
	io.WriteString(w, `{"result":{"Campaigns":[]}}`)
}

// workload runs callers that send requests until the run ends: each
// request a GET of the store's orders (Market) or a campaigns.get
// (Direct). It returns how many requests the Budget refused locally.
func workload(svc fault.Service, url string, budget *Budget, callers int, run time.Duration) int64 {
	client := &http.Client{Transport: &Transport{Service: svc, Budget: budget}}
	ctx, cancel := context.WithTimeout(context.Background(), run)
	defer cancel()
	var local atomic.Int64
	var wg sync.WaitGroup
	for range callers {
		wg.Go(func() {
			for ctx.Err() == nil {
				var req *http.Request
				if svc == fault.Market {
					req, _ = http.NewRequestWithContext(ctx, http.MethodGet, url+"/v2/campaigns/1/orders", nil)
				} else {
					req, _ = http.NewRequestWithContext(ctx, http.MethodPost, url+"/json/v5/campaigns", strings.NewReader(`{"method":"get","params":{}}`))
					req.Header.Set("Client-Login", "advertiser")
				}
				resp, err := client.Do(req)
				if err == nil {
					io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
					continue
				}
				if f := faultIn(err); f != nil && strings.HasPrefix(f.Reason, "BUDGET_") {
					local.Add(1)
					if f.RetryAfter > run {
						return // nothing more to do in this run
					}
				}
			}
		})
	}
	wg.Wait()
	return local.Load()
}

// simulation is one scenario's outcome.
type simulation struct {
	refused, ok, allowed, local int64
}

func (s simulation) share() float64 { return float64(s.ok) / float64(s.allowed) }

func simulateMarket(budget *Budget, run time.Duration) simulation {
	m := &fakeMarket{limit: 40, window: time.Second, parallel: 4, latency: 2 * time.Millisecond,
		counts: map[int64]int64{}, inFlight: map[string]int64{}}
	srv := httptest.NewServer(m)
	defer srv.Close()
	local := workload(fault.Market, srv.URL, budget, 12, run)
	windows := int64(0)
	m.windows.Range(func(any, any) bool { windows++; return true })
	return simulation{refused: m.refused.Load(), ok: m.ok.Load(), allowed: windows * m.limit, local: local}
}

func simulateDirect(budget *Budget, run time.Duration) simulation {
	d := &fakeDirect{points: 2000, cost: 20, conns: 5, latency: 3 * time.Millisecond}
	srv := httptest.NewServer(d)
	defer srv.Close()
	local := workload(fault.Direct, srv.URL, budget, 12, run)
	return simulation{refused: d.refused.Load(), ok: d.ok.Load(), allowed: 2000 / 20, local: local}
}

// TestBudgetSimulation checks that callers behind a Budget meet no refusal
// the servers had announced, where the same workload without one meets
// many.
func TestBudgetSimulation(t *testing.T) {
	if testing.Short() {
		t.Skip("the simulation takes seconds")
	}
	for name, sim := range map[string]func(*Budget, time.Duration) simulation{
		"market": simulateMarket, "direct": simulateDirect,
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			without := sim(nil, 1500*time.Millisecond)
			with := sim(&Budget{MaxWait: 5 * time.Second}, 1500*time.Millisecond)
			if with.refused != 0 {
				t.Errorf("with a Budget the servers refused %d requests; want none (%+v)", with.refused, with)
			}
			if without.refused == 0 {
				t.Errorf("without a Budget the servers refused none; the workload does not test the limits (%+v)", without)
			}
			if with.ok == 0 || with.ok > with.allowed {
				t.Errorf("with a Budget %d requests succeeded of %d allowed", with.ok, with.allowed)
			}
		})
	}
}

// BenchmarkBudgetSimulation reports, for each scenario with and without a
// Budget, the refusals the servers sent and the share of the allowed
// throughput the callers got (target with a Budget: no refusal, a share of
// at least 0.9).
func BenchmarkBudgetSimulation(b *testing.B) {
	for _, name := range []string{"market", "direct"} {
		sim := simulateMarket
		if name == "direct" {
			sim = simulateDirect
		}
		for _, withBudget := range []bool{false, true} {
			label := name + "/without-budget"
			if withBudget {
				label = name + "/with-budget"
			}
			b.Run(label, func(b *testing.B) {
				var s simulation
				for b.Loop() {
					var budget *Budget
					if withBudget {
						budget = &Budget{MaxWait: 5 * time.Second}
					}
					s = sim(budget, 2500*time.Millisecond)
				}
				b.ReportMetric(float64(s.refused), "refusals")
				b.ReportMetric(s.share(), "share")
				b.ReportMetric(float64(s.local), "held-locally")
			})
		}
	}
}
