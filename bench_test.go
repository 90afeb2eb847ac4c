package yafault

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/benchtest"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/wire"
)

// ratio is benchtest.Ratio: a timing as a ratio to a baseline measured in
// the same run.
var ratio = benchtest.Ratio

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

// BenchmarkWorstCase measures Normalize on the hostile bodies of
// hostileBodies against one json.Valid scan of the same number of bytes
// (target: ratio at most 20 near the 1 MiB limit), at three sizes. For an
// XML body, which json.Valid rejects at its first byte, the scan is of a
// JSON string as long as the body.
func BenchmarkWorstCase(b *testing.B) {
	for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
		for _, hb := range hostileBodies(size) {
			scan := hb.body
			if scan[0] == '<' {
				scan = append(append([]byte{'"'}, bytes.Repeat([]byte("x"), len(hb.body)-2)...), '"')
			}
			b.Run(fmt.Sprintf("%s/%dKiB", strings.ReplaceAll(hb.name, " ", "-"), size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(hb.body)))
				b.ReportMetric(float64(len(hb.body)), "body-bytes")
				ratio(b, func() { json.Valid(scan) }, func() { Normalize(hb.svc, hb.status, nil, hb.body) })
			})
		}
	}
}

// BenchmarkWorstCaseGrowth measures Normalize on each hostile body at
// 1 MiB against the same shape at 64 KiB: a cost linear in the size gives
// a ratio of about 16, the size ratio (target: at most 16).
func BenchmarkWorstCaseGrowth(b *testing.B) {
	small, large := hostileBodies(64<<10), hostileBodies(1<<20)
	for i := range small {
		s, l := small[i], large[i]
		b.Run(strings.ReplaceAll(s.name, " ", "-"), func(b *testing.B) {
			b.ReportMetric(float64(len(l.body))/float64(len(s.body)), "size-ratio")
			ratio(b, func() { Normalize(s.svc, s.status, nil, s.body) }, func() { Normalize(l.svc, l.status, nil, l.body) })
		})
	}
}

// batchBody returns a results document of n objects of svc's ("soap":
// Direct's SOAP; "identifiers": Market's marking-code checks): a third
// succeed, a third fail, a third succeed with a warning.
func batchBody(kind string, n int) []byte {
	var b bytes.Buffer
	switch kind {
	case "direct":
		b.WriteString(`{"result":{"AddResults":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, `{"Id":%d}`, 1000000+i)
			case 1:
				b.WriteString(`{"Errors":[{"Code":8800,"Message":"Object not found","Details":"Ad group not found"}]}`)
			case 2:
				fmt.Fprintf(&b, `{"Id":%d,"Warnings":[{"Code":10120,"Message":"Object not changed","Details":"The keyword is a duplicate"}]}`, 1000000+i)
			}
		}
		b.WriteString(`]}}`)
	case "market":
		b.WriteString(`{"status":"ERROR","results":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, `{"offerId":"sku-%d"}`, i)
			case 1:
				fmt.Fprintf(&b, `{"offerId":"sku-%d","errors":[{"type":"UNKNOWN_CATEGORY","message":"The category does not exist"}]}`, i)
			case 2:
				fmt.Fprintf(&b, `{"offerId":"sku-%d","warnings":[{"type":"UNKNOWN_PARAMETER","parameterId":12345,"message":"The parameter is not known"}]}`, i)
			}
		}
		b.WriteString(`]}`)
	case "identifiers": // Market's marking-code checks, one order item each
		b.WriteString(`{"status":"OK","result":{"items":[`)
		for i := range n {
			if i > 0 {
				b.WriteByte(',')
			}
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, `{"id":%d,"cis":[{"value":"0104600000000017215%012d","status":"OK"}]}`, 1000000+i, i)
			case 1:
				fmt.Fprintf(&b, `{"id":%d,"cis":[{"value":"0104600000000017215%012d","status":"INVALID","substatus":"WRONG_OWNER_INN"}]}`, 1000000+i, i)
			case 2:
				fmt.Fprintf(&b, `{"id":%d,"cis":[{"value":"0104600000000017215%012d","status":"NOT_ON_VALIDATION"}]}`, 1000000+i, i)
			}
		}
		b.WriteString(`]}}`)
	case "soap":
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><SOAP-ENV:Envelope xmlns:SOAP-ENV="http://schemas.xmlsoap.org/soap/envelope/"><SOAP-ENV:Body><ns1:AddResponse xmlns:ns1="http://api.direct.yandex.com/v5/ads">`)
		for i := range n {
			switch i % 3 {
			case 0:
				fmt.Fprintf(&b, `<AddResults><Id>%d</Id></AddResults>`, 1000000+i)
			case 1:
				b.WriteString(`<AddResults><Errors><Code>8800</Code><Message>Object not found</Message><Details>Ad group not found</Details></Errors></AddResults>`)
			case 2:
				fmt.Fprintf(&b, `<AddResults><Id>%d</Id><Warnings><Code>10120</Code><Message>Object not changed</Message><Details>The keyword is a duplicate</Details></Warnings></AddResults>`, 1000000+i)
			}
		}
		b.WriteString(`</ns1:AddResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`)
	}
	return b.Bytes()
}

// The typed structs a client would decode the same results into.
type (
	directNote struct {
		Code             int
		Message, Details string
	}
	directResults struct {
		Result struct {
			AddResults []struct {
				ID       int64 `json:"Id"`
				Errors   []directNote
				Warnings []directNote
			}
		} `json:"result"`
	}
	marketNote struct {
		Type, Message string
		ParameterID   int64 `json:"parameterId"`
	}
	marketResults struct {
		Status  string `json:"status"`
		Results []struct {
			OfferID  string       `json:"offerId"`
			Errors   []marketNote `json:"errors"`
			Warnings []marketNote `json:"warnings"`
		} `json:"results"`
	}
)

// BenchmarkItems measures Items against decoding the same JSON into the
// typed structs a client would use, from 10 to 100,000 objects (target:
// ratio at most 1.5), and SOAP against etree's bare parse.
func BenchmarkItems(b *testing.B) {
	for _, kind := range []string{"direct", "market", "soap"} {
		for _, n := range []int{10, 1000, 100000} {
			body := batchBody(kind, n)
			svc := fault.Direct
			if kind == "market" {
				svc = fault.Market
			}
			baseline := map[string]func(){
				"direct": func() { var v directResults; json.Unmarshal(body, &v) },
				"market": func() { var v marketResults; json.Unmarshal(body, &v) },
				"soap":   func() { etree.NewDocument().ReadFromBytes(body) },
			}[kind]
			b.Run(fmt.Sprintf("%s/%d", kind, n), func(b *testing.B) {
				b.SetBytes(int64(len(body)))
				ratio(b, baseline, func() {
					if _, err := Items(svc, nil, body); err != nil {
						b.Fatal(err)
					}
				})
			})
		}
	}
}

// BenchmarkJSONReader is the evidence for keeping jsonlite: reading what
// the decoders read with it (subject) against encoding/json decoding the
// same members into structs (baseline), on a Market error document and on a
// Direct results document of 1,000 objects. Classification is left out on
// both sides.
func BenchmarkJSONReader(b *testing.B) {
	b.Run("market-error", func(b *testing.B) {
		ratio(b, func() {
			var v struct {
				Status string
				Errors []struct{ Code, Message string }
			}
			json.Unmarshal(benchMarket, &v)
		}, func() {
			doc, _ := jsonlite.Parse(benchMarket)
			var code, msg string
			doc.Get("errors").Each(func(e jsonlite.Value) bool {
				code, msg = e.Get("code").Text(), e.Get("message").Text()
				return true
			})
			_, _ = code, msg
			_ = doc.Get("status").Text()
		})
	})
	body := batchBody("direct", 1000)
	b.Run("direct-results", func(b *testing.B) {
		ratio(b, func() {
			var v directResults
			json.Unmarshal(body, &v)
		}, func() {
			doc, _ := jsonlite.Parse(body)
			n := 0
			doc.Get("result").Get("AddResults").Each(func(ar jsonlite.Value) bool {
				ar.Members(func(k []byte, v jsonlite.Value) bool {
					v.Each(func(e jsonlite.Value) bool {
						if e.Get("Code").Text() != "" {
							n++
						}
						return true
					})
					return true
				})
				return true
			})
		})
	})
}

// BenchmarkItemsGrowth runs Items on hostile results documents at 1 MiB
// against the same shape at 64 KiB: linear gives about 16.
func BenchmarkItemsGrowth(b *testing.B) {
	for _, tt := range []struct {
		name         string
		svc          fault.Service
		small, large []byte
	}{
		{"many-Results-names", fault.Direct, manyResultNames(5000), manyResultNames(80000)},
		{"tiny-ids", fault.Market, tinyIDs(wire.MaxItems / 16), tinyIDs(wire.MaxItems)},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.ReportMetric(float64(len(tt.large))/float64(len(tt.small)), "size-ratio")
			ratio(b, func() { Items(tt.svc, nil, tt.small) }, func() { Items(tt.svc, nil, tt.large) })
		})
	}
}
