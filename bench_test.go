package yafault

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/market"
)

// ratio runs baseline and subject in alternating rounds of the same size
// and reports how many times slower the subject is than the baseline,
// measured in this run on this machine (ratio), and the subject's own time.
func ratio(b *testing.B, baseline, subject func()) {
	b.Helper()
	for range 100 { // warm both up
		baseline()
		subject()
	}
	const rounds = 10
	per := max(b.N/rounds, 1)
	var tb, ts time.Duration
	b.ResetTimer()
	for range rounds {
		t0 := time.Now()
		for range per {
			baseline()
		}
		t1 := time.Now()
		for range per {
			subject()
		}
		tb += t1.Sub(t0)
		ts += time.Since(t1)
	}
	b.StopTimer()
	n := float64(per * rounds)
	b.ReportMetric(float64(ts)/float64(tb), "ratio")
	b.ReportMetric(float64(ts.Nanoseconds())/n, "ns/subject")
	b.ReportMetric(float64(tb.Nanoseconds())/n, "ns/baseline")
	b.ReportMetric(0, "ns/op") // the op is a pair; the two above say more
}

var (
	benchMarket = []byte(`{"status":"ERROR","errors":[{"code":"REQUEST_LIMIT_EXCEEDED","message":"Hit rate limit of 4 parallel requests for campaignId 12345"}]}`)
	benchDirect = []byte(`{"error":{"request_id":"8695244274068608439","error_code":152,"error_string":"Not enough Yandex units","error_detail":"Insufficient points to complete the request"}}`)
	benchSOAP   = []byte(`<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Client</faultcode><faultstring>Invalid request</faultstring><detail><ns3:FaultResponse xmlns:ns3="http://api.direct.yandex.com/v5/general"><requestId>1010101010101010101</requestId><errorCode>8000</errorCode><errorDetail>Required field Text is missing</errorDetail></ns3:FaultResponse></detail></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`)
	benchReport = []byte(`<?xml version="1.0" encoding="UTF-8"?><reports:reportDownloadError xmlns:reports="http://api.direct.yandex.com/v5/reports"><reports:ApiError><reports:requestId>2773184281650080533</reports:requestId><reports:errorCode>53</reports:errorCode><reports:errorMessage>Authorization error</reports:errorMessage><reports:errorDetail>Token not entered</reports:errorDetail></reports:ApiError></reports:reportDownloadError>`)
)

// BenchmarkNormalize measures Normalize on each wire shape against the bare
// decoding of the same body: encoding/json into a minimal struct for JSON
// (target: ratio within 1.5), a bare etree parse for XML (within 1.3).
func BenchmarkNormalize(b *testing.B) {
	h := http.Header{"Content-Type": {"application/json"}, "Requestid": {"8695244274068608439"}}
	b.Run("market-json", func(b *testing.B) {
		ratio(b, func() {
			var v struct {
				Status string
				Errors []struct{ Code, Message string }
			}
			json.Unmarshal(benchMarket, &v)
		}, func() { Normalize(fault.Market, 420, h, benchMarket) })
	})
	b.Run("direct-json", func(b *testing.B) {
		ratio(b, func() {
			var v struct {
				Error struct {
					RequestID   string `json:"request_id"`
					ErrorCode   int    `json:"error_code"`
					ErrorString string `json:"error_string"`
					ErrorDetail string `json:"error_detail"`
				} `json:"error"`
			}
			json.Unmarshal(benchDirect, &v)
		}, func() { Normalize(fault.Direct, 200, h, benchDirect) })
	})
	b.Run("direct-soap", func(b *testing.B) {
		ratio(b, func() { etree.NewDocument().ReadFromBytes(benchSOAP) }, func() { Normalize(fault.Direct, 500, h, benchSOAP) })
	})
	b.Run("reports-xml", func(b *testing.B) {
		ratio(b, func() { etree.NewDocument().ReadFromBytes(benchReport) }, func() { Normalize(fault.Direct, 400, h, benchReport) })
	})
}

// BenchmarkClassifyMarket measures matching one message against the full
// catalog (target: under 1µs) and reports the ratio to matching it against
// a tenth of the catalog (target: flat, about 1).
func BenchmarkClassifyMarket(b *testing.B) {
	msgs := []string{
		"Hit rate limit of 4 parallel requests for campaignId 12345",
		"Order 1002 is in terminal state",
		"Campaign not found: 10003",
		"'price' must be greater than or equal to '0' (rejected value: '-1')",
		"Something nobody documented",
	}
	full, tenth := market.NewCatalogIndex(1, msgs...), market.NewCatalogIndex(10, msgs...)
	for _, m := range msgs {
		if full.Classify(400, m) != tenth.Classify(400, m) {
			b.Fatalf("the two catalogs disagree on %q", m)
		}
	}
	b.ReportMetric(float64(full.Len())/float64(tenth.Len()), "rows-full/rows-tenth")
	i, j := 0, 0
	ratio(b, func() {
		tenth.Classify(400, msgs[i%len(msgs)])
		i++
	}, func() {
		full.Classify(400, msgs[j%len(msgs)])
		j++
	})
}

// BenchmarkFromResponseSuccess measures deciding "no fault" on a 64 MiB
// success body against a 1 KiB one (target: ratio about 1: only a prefix is
// read) and reports allocations (target: at most 2).
func BenchmarkFromResponseSuccess(b *testing.B) {
	u, _ := url.Parse("https://api.partner.market.yandex.ru/v2/campaigns")
	req := &http.Request{URL: u}
	h := http.Header{"Content-Type": {"application/json"}}
	small := append([]byte(`{"status":"OK","result":{"campaigns":[`), bytes.Repeat([]byte(`{"id":1},`), 110)...)
	large := append([]byte(`{"status":"OK","result":{"campaigns":[`), bytes.Repeat([]byte(`{"id":1},`), 64<<20/9)...)
	rs, rl := bytes.NewReader(nil), bytes.NewReader(nil)
	run := func(rd *bytes.Reader, body []byte) func() {
		return func() {
			rd.Reset(body)
			resp := &http.Response{StatusCode: 200, Header: h, Body: io.NopCloser(rd), Request: req}
			if FromResponse(resp) != nil {
				b.Fatal("fault on a success")
			}
		}
	}
	b.ReportAllocs()
	ratio(b, run(rs, small), run(rl, large))
}
