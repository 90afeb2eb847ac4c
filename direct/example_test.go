package direct_test

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"time"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/direct"
)

// Poll an offline Direct report: 201 and 202 are "not ready", not faults;
// wait retryIn and ask again with the same parameters until 200, a fault or
// the deadline.
func ExampleReport() {
	calls := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		calls++
		switch calls {
		case 1:
			w.Header().Set("retryIn", "0")
			w.Header().Set("reportsInQueue", "1")
			w.WriteHeader(http.StatusCreated)
		case 2:
			w.Header().Set("retryIn", "0")
			w.WriteHeader(http.StatusAccepted)
		default:
			io.WriteString(w, "CampaignId\tClicks\n123\t45\n")
		}
	}))
	defer srv.Close()

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL, nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		if err := yafault.FromResponse(resp); err != nil {
			resp.Body.Close()
			fmt.Println("report failed:", err)
			return
		}
		rs := direct.Report(resp.StatusCode, resp.Header)
		if rs.Ready {
			b, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			fmt.Printf("ready after %d calls:\n%s", calls, b)
			return
		}
		resp.Body.Close()
		fmt.Printf("HTTP %d: not ready, %d in queue\n", resp.StatusCode, rs.InQueue)
		wait := min(rs.RetryIn, 10*time.Millisecond) // retryIn 0 reads as the 5s default; shortened here
		select {
		case <-ctx.Done():
			fmt.Println("gave up:", ctx.Err())
			return
		case <-time.After(wait):
		}
	}
	// Output:
	// HTTP 201: not ready, 1 in queue
	// HTTP 202: not ready, -1 in queue
	// ready after 3 calls:
	// CampaignId	Clicks
	// 123	45
}
