package yafault_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"time"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/fault"
)

// Direct reports a spent points budget with HTTP 200: the body decides.
func ExampleNormalize() {
	body := []byte(`{"error":{"request_id":"8695244274068608439","error_code":152,` +
		`"error_string":"Not enough Yandex units","error_detail":"Insufficient points"}}`)
	h := http.Header{"Units": {"10/0/64000"}}

	err := yafault.Normalize(fault.Direct, http.StatusOK, h, body)
	fmt.Println(err)
	f, _ := errors.AsType[*fault.Fault](err)
	fmt.Println(f.Kind, f.Reason, f.Retryable, f.RetryAfter)
	fmt.Println("request id:", f.RequestID, "points left:", f.Units.Rest)
	// Output:
	// direct: 152: Not enough Yandex units: Insufficient points
	// quota POINTS_EXHAUSTED true 1h0m0s
	// request id: 8695244274068608439 points left: 0
}

// A success body stays readable after FromResponse has looked at it.
func ExampleFromResponse() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/fail" {
			w.WriteHeader(420)
			io.WriteString(w, `{"status":"ERROR","errors":[{"code":"X","message":"Hit rate limit of 4 parallel requests for campaignId 12345"}]}`)
			return
		}
		io.WriteString(w, `{"status":"OK","result":{"campaigns":[]}}`)
	}))
	defer srv.Close()

	for _, path := range []string{"/ok", "/fail"} {
		resp, err := http.Get(srv.URL + path)
		if err != nil {
			panic(err)
		}
		if err := yafault.FromResponse(resp); err != nil {
			// The test server is not on Market's host, so the service is
			// told from the body.
			fmt.Println("error:", err)
		} else {
			b, _ := io.ReadAll(resp.Body)
			fmt.Println("body:", string(b))
		}
		resp.Body.Close()
	}
	// Output:
	// body: {"status":"OK","result":{"campaigns":[]}}
	// error: market: X: Hit rate limit of 4 parallel requests for campaignId 12345
}

// Match a kind of failure with errors.Is, whatever the vendor's code.
func Example_errorsIs() {
	responses := []struct {
		svc    fault.Service
		status int
		body   string
	}{
		{fault.Market, 401, `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`},
		{fault.Market, 403, `{"status":"ERROR","errors":[{"code":"FORBIDDEN","message":"OAuth token is invalid"}]}`},
		{fault.Direct, 200, `{"error":{"error_code":53,"error_string":"Authorization error"}}`},
		{fault.Direct, 200, `{"error":{"error_code":506,"error_string":"Exceeded limit on number of connections"}}`},
	}
	for _, r := range responses {
		err := yafault.Normalize(r.svc, r.status, nil, []byte(r.body))
		err = fmt.Errorf("sync: %w", err)
		switch {
		case errors.Is(err, fault.Auth):
			fmt.Println("reauthenticate:", err)
		case errors.Is(err, fault.RateLimit):
			fmt.Println("slow down:", err)
		}
	}
	// Output:
	// reauthenticate: sync: market: UNAUTHORIZED: Api-Key token is revoked
	// reauthenticate: sync: market: FORBIDDEN: OAuth token is invalid
	// reauthenticate: sync: direct: 53: Authorization error
	// slow down: sync: direct: 506: Exceeded limit on number of connections
}

// A fault wrapped with %w logs as the wrapper's text; take the fault out
// with errors.AsType to log its fields as a group. Texts are redacted as in
// the JSON, and the wait is in seconds.
func Example_slog() {
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // keep the output stable
			}
			return a
		},
	}))
	h := http.Header{"X-Ratelimit-Resource-Limit": {"10000"}, "X-Ratelimit-Resource-Remaining": {"0"}}
	body := []byte(`{"status":"ERROR","errors":[{"code":"LIMIT_EXCEEDED",` +
		`"message":"Hit rate limit of 10000 requests per 1 hour for resource 'GET:/campaigns/{campaignId}/orders'"}]}`)

	err := fmt.Errorf("sync orders: %w", yafault.Normalize(fault.Market, 420, h, body))
	if f, ok := errors.AsType[*fault.Fault](err); ok {
		log.Error("sync failed", "err", err, "fault", f)
	}
	// Output:
	// level=ERROR msg="sync failed" err="sync orders: market: LIMIT_EXCEEDED: Hit rate limit of 10000 requests per 1 hour for resource 'GET:/campaigns/{campaignId}/orders'" fault.service=market fault.http_status=420 fault.code=LIMIT_EXCEEDED fault.message="Hit rate limit of 10000 requests per 1 hour for resource 'GET:/campaigns/{campaignId}/orders'" fault.kind=quota fault.reason=RESOURCE_LIMIT_EXCEEDED fault.hint="the method's quota for this period is spent; it is usable again at X-RateLimit-Resource-Until" fault.action=retry fault.retryable=true fault.refused=true fault.retry_after_seconds=60 fault.params.limit=10000 fault.params.period="1 hour" fault.params.resource=GET:/campaigns/{campaignId}/orders fault.rate_limit.limit=10000 fault.rate_limit.remaining=0
}

// A bounded, context-aware retry loop on a plain http.Client, with no
// dependency beyond yafault: retry only what can succeed, wait what the
// fault says, and give up when the wait is longer than the caller can
// afford.
func ExampleFromResponse_retryLoop() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 { // Direct reports too many connections with HTTP 200.
			io.WriteString(w, `{"error":{"request_id":"1","error_code":506,"error_string":"Exceeded limit on number of connections"}}`)
			return
		}
		io.WriteString(w, `{"result":{"Campaigns":[]}}`)
	}))
	defer srv.Close()

	// get retries a GET at most attempts times and never waits longer
	// than maxWait at once.
	get := func(ctx context.Context, url string, attempts int, maxWait time.Duration) ([]byte, error) {
		for attempt := 1; ; attempt++ {
			req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
			if err != nil {
				return nil, err
			}
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				return nil, err
			}
			ferr := yafault.FromResponse(resp)
			if ferr == nil {
				defer resp.Body.Close()
				return io.ReadAll(resp.Body)
			}
			resp.Body.Close()
			var f *fault.Fault
			errors.As(ferr, &f)
			if !f.Retryable || attempt == attempts || f.RetryAfter > maxWait {
				return nil, ferr // f.RetryAfter says when to come back
			}
			fmt.Printf("attempt %d: %v; retrying\n", attempt, ferr)
			wait := time.NewTimer(min(f.RetryAfter, 10*time.Millisecond)) // shortened for the example
			select {
			case <-ctx.Done():
				wait.Stop()
				return nil, ctx.Err()
			case <-wait.C:
			}
		}
	}

	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	body, err := get(ctx, srv.URL, 3, 5*time.Second)
	fmt.Println(string(body), err)
	// Output:
	// attempt 1: direct: 506: Exceeded limit on number of connections; retrying
	// {"result":{"Campaigns":[]}} <nil>
}

// Per-object results: Direct answers HTTP 200 and lists each object's
// errors and warnings.
func ExampleItems() {
	body := []byte(`{"result":{"AddResults":[{"Id":101},{"Errors":[{"Code":8800,"Message":"Object not found","Details":"AdGroup 7 not found"}]},{"Id":103,"Warnings":[{"Code":10160,"Message":"Bid will not be applied"}]}]}}`)
	items, err := yafault.Items(fault.Direct, nil, body)
	if err != nil {
		panic(err)
	}
	for _, it := range items {
		fmt.Println(it.Index, it.ID, len(it.Errors), len(it.Warnings))
	}
	err = yafault.ItemsErr(items)
	fmt.Println(err)
	fmt.Println(errors.Is(err, fault.NotFound))
	// Output:
	// 0 101 0 0
	// 1  1 0
	// 2 103 0 1
	// direct: 1 of 3 objects failed: #1: 8800: Object not found: AdGroup 7 not found
	// true
}

// CheckRetry sees a Direct error that came with HTTP 200: points are spent
// and come back within the hour, longer than this caller can wait, so it
// stops and hands back the fault, which says when to come back.
func ExampleRetryPolicy() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Units", "10/0/64000")
		io.WriteString(w, `{"error":{"request_id":"1","error_code":152,"error_string":"Not enough Yandex units"}}`)
	}))
	defer srv.Close()
	resp, err := http.Get(srv.URL)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()

	policy := yafault.RetryPolicy{MaxWait: time.Minute}
	retry, err := policy.CheckRetry(context.Background(), resp, nil)
	var f *fault.Fault
	errors.As(err, &f)
	fmt.Println("retry:", retry)
	fmt.Println(err)
	fmt.Println("come back in", f.RetryAfter, "- points left:", f.Units.Rest)
	// Output:
	// retry: false
	// direct: 152: Not enough Yandex units
	// come back in 1h0m0s - points left: 0
}

// A fault's hint in the language of the person reading it: Fault.Hint is
// English; Hint gives the Russian too, for any tag or locale naming it.
func ExampleHint() {
	err := yafault.Normalize(fault.Direct, http.StatusOK, nil,
		[]byte(`{"error":{"error_code":152,"error_string":"Недостаточно баллов"}}`))
	f, _ := errors.AsType[*fault.Fault](err)
	ru, _ := yafault.Hint(f.Reason, "ru_RU.UTF-8")
	fmt.Println(f.Message)
	fmt.Println(f.Hint)
	fmt.Println(ru)
	// Output:
	// Недостаточно баллов
	// the API points (units) are spent, not money: points return hourly on the user's own schedule; wait, or make cheaper requests
	// израсходованы баллы API (units), а не деньги: баллы пополняются каждый час по собственному расписанию пользователя; подождите или делайте более дешёвые запросы
}
