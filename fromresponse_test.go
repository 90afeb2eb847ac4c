package yafault

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/yafault/yafault/fault"
)

// countingReader counts the bytes read from it and can fail after a
// number of bytes.
type countingReader struct {
	r      io.Reader
	n      int64
	failAt int64 // fail once n reaches it; 0 means never
	closed bool
}

var errBroken = errors.New("connection reset")

func (c *countingReader) Read(p []byte) (int, error) {
	if c.failAt > 0 && c.n >= c.failAt {
		return 0, errBroken
	}
	if c.failAt > 0 && int64(len(p)) > c.failAt-c.n {
		p = p[:c.failAt-c.n]
	}
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

func (c *countingReader) Close() error { c.closed = true; return nil }

func response(rawURL string, status int, h http.Header, body io.Reader) (*http.Response, *countingReader) {
	u, _ := url.Parse(rawURL)
	cr := &countingReader{r: body}
	if h == nil {
		h = http.Header{}
	}
	return &http.Response{StatusCode: status, Header: h, Body: cr, Request: &http.Request{URL: u}}, cr
}

const (
	directURL = "https://api.direct.yandex.com/json/v5/campaigns"
	marketURL = "https://api.partner.market.yandex.ru/v2/campaigns"
)

func TestFromResponseDirectErrorWithStatus200(t *testing.T) {
	body := `{"error":{"request_id":"8695244274068608439","error_code":152,"error_string":"Not enough Yandex units","error_detail":"x"}}`
	resp, _ := response(directURL, 200, http.Header{"Units": {"10/0/64000"}}, strings.NewReader(body))
	err := FromResponse(resp)
	var f *fault.Fault
	if !errors.As(err, &f) {
		t.Fatalf("FromResponse = %v; want a *fault.Fault", err)
	}
	if f.Service != fault.Direct || f.Reason != "POINTS_EXHAUSTED" || f.Units == nil || f.Units.Rest != 0 {
		t.Errorf("FromResponse = %+v; want Direct POINTS_EXHAUSTED with units", f)
	}
	if !errors.Is(err, fault.Quota) {
		t.Error("errors.Is(err, fault.Quota) = false")
	}
	rest, _ := io.ReadAll(resp.Body)
	if string(rest) != body {
		t.Errorf("body after FromResponse = %q; want the original", rest)
	}
}

func TestFromResponseSuccessBodyIntact(t *testing.T) {
	for _, size := range []int{0, 10, sniffSize - 1, sniffSize, sniffSize + 1, 1 << 10, 4 << 20} {
		body := successBody(size)
		resp, cr := response(marketURL, 200, nil, bytes.NewReader(body))
		if err := FromResponse(resp); err != nil {
			t.Fatalf("FromResponse(success %d bytes) = %v; want nil", size, err)
		}
		if cr.n > sniffSize {
			t.Errorf("FromResponse read %d bytes of a %d-byte success body; want at most %d", cr.n, size, sniffSize)
		}
		h1 := sha256.New()
		if _, err := io.Copy(h1, resp.Body); err != nil {
			t.Fatal(err)
		}
		if got, want := h1.Sum(nil), sha256.Sum256(body); !bytes.Equal(got, want[:]) {
			t.Errorf("success body of %d bytes changed after FromResponse", size)
		}
		resp.Body.Close()
		if !cr.closed {
			t.Error("Close did not reach the original body")
		}
	}
}

// successBody returns a JSON success document of about n bytes (exactly n
// when n is large enough).
func successBody(n int) []byte {
	if n == 0 {
		return nil
	}
	b := bytes.Repeat([]byte("a"), n)
	head := []byte(`{"status":"OK","result":"`)
	if n > len(head)+2 {
		copy(b, head)
		b[n-2], b[n-1] = '"', '}'
	}
	return b
}

func TestFromResponseBoundedErrorBody(t *testing.T) {
	const limit = 4 << 10
	big := `{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"` + strings.Repeat("x", 1<<20) + `"}]}`
	resp, cr := response(marketURL, 400, nil, strings.NewReader(big))
	err := FromResponseLimit(resp, limit)
	var f *fault.Fault
	if !errors.As(err, &f) {
		t.Fatalf("FromResponseLimit = %v; want a fault", err)
	}
	if cr.n > limit {
		t.Errorf("read %d bytes; want at most the limit %d", cr.n, limit)
	}
	if f.HTTPStatus != 400 || f.Kind != fault.Invalid || f.Err == nil {
		t.Errorf("fault = %+v; want a 400 Invalid fault whose Err says the body was cut", f)
	}
	all, _ := io.ReadAll(resp.Body)
	if string(all) != big {
		t.Errorf("body after FromResponseLimit has %d bytes; want the original %d", len(all), len(big))
	}
}

func TestFromResponseReadFailure(t *testing.T) {
	body := `<html><body>` + strings.Repeat("x", 1000) + `</body></html>`
	resp, cr := response(directURL, 502, nil, strings.NewReader(body))
	cr.failAt = 100
	err := FromResponse(resp)
	var f *fault.Fault
	if !errors.As(err, &f) {
		t.Fatalf("FromResponse = %v; want a fault", err)
	}
	if f.Kind != fault.Unavailable || !errors.Is(err, errBroken) {
		t.Errorf("fault = %v (Err %v); want Unavailable carrying the read error", f, f.Err)
	}
	got, rerr := io.ReadAll(resp.Body)
	if string(got) != body[:100] || !errors.Is(rerr, errBroken) {
		t.Errorf("body after = %d bytes, %v; want the 100 read bytes then the read error", len(got), rerr)
	}
}

func TestFromResponseOddResponses(t *testing.T) {
	if err := FromResponse(nil); err == nil {
		t.Error("FromResponse(nil) = nil; want a fault")
	}
	tests := []struct {
		name   string
		resp   *http.Response
		kind   fault.Kind
		svc    fault.Service
		isNil  bool
		reason string
	}{
		{"nil body, 503", &http.Response{StatusCode: 503}, fault.Unavailable, "", false, "no body: the status decides"},
		{"NoBody, 200", &http.Response{StatusCode: 200, Body: http.NoBody}, 0, "", true, "a success with no body"},
		{"nil request, Direct body", &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader(`{"error":{"error_code":53,"error_string":"x"}}`))},
			fault.Auth, fault.Direct, false, "service told from the body"},
		{"Direct host, HTML 500", func() *http.Response {
			r, _ := response("https://api-sandbox.direct.yandex.com/json/v5/reports", 500, http.Header{"Content-Type": {"text/html"}}, strings.NewReader("<html>oops</html>"))
			return r
		}(), fault.Internal, fault.Direct, false, "service from the host, class from the status"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := FromResponse(tt.resp)
			if tt.isNil {
				if err != nil {
					t.Fatalf("FromResponse = %v; want nil (%s)", err, tt.reason)
				}
				return
			}
			var f *fault.Fault
			if !errors.As(err, &f) {
				t.Fatalf("FromResponse = %v; want a fault (%s)", err, tt.reason)
			}
			if f.Kind != tt.kind || f.Service != tt.svc {
				t.Errorf("FromResponse = %v/%q; want %v/%q (%s)", f.Kind, f.Service, tt.kind, tt.svc, tt.reason)
			}
		})
	}
}

func TestFromResponseGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	io.WriteString(zw, `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`)
	zw.Close()
	compressed := append([]byte(nil), buf.Bytes()...)
	resp, _ := response(marketURL, 401, http.Header{"Content-Encoding": {"gzip"}}, bytes.NewReader(compressed))
	err := FromResponse(resp)
	var f *fault.Fault
	if !errors.As(err, &f) || f.Reason != "API_KEY_REVOKED" {
		t.Fatalf("FromResponse(gzip) = %v; want API_KEY_REVOKED", err)
	}
	got, _ := io.ReadAll(resp.Body)
	if !bytes.Equal(got, compressed) {
		t.Error("the compressed body was not put back as it came")
	}
}

func TestFromResponseGzipBomb(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(`{"status":"ERROR","errors":[{"code":"X","message":"`))
	zeros := make([]byte, 1<<20)
	for range 64 { // 64 MiB of output from about 64 KiB of input
		zw.Write(zeros)
	}
	zw.Close()
	f := faultOf(Normalize(fault.Market, 400, http.Header{"Content-Encoding": {"gzip"}}, buf.Bytes()))
	if f == nil || f.Kind != fault.Invalid {
		t.Fatalf("Normalize(gzip bomb) = %v; want an Invalid fault", f)
	}
	if len(f.Body) > 64<<10 {
		t.Errorf("fault keeps %d bytes of body; want it bounded", len(f.Body))
	}
}

// TestFromResponseAgreesWithNormalize feeds 2xx bodies whose error marker
// comes late, and ordinary successes, through both: FromResponse says what
// Normalize says, and reads an ordinary success only as far as its
// opening.
func TestFromResponseAgreesWithNormalize(t *testing.T) {
	ws := strings.Repeat(" ", 600)
	directErr := `{"error":{"request_id":"1","error_code":152,"error_string":"Not enough units"}}`
	marketErr := `{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Missing field"}]}`
	longResult := `"result":{"offers":[` + strings.Repeat(`{"id":1},`, 200) + `{"id":2}]}`
	longXML := strings.Repeat(`<offer id="1"/>`, 200)
	marketXMLErr := `<response><error code="400"><message>Missing field</message></error><errors><error code="BAD_REQUEST" message="Missing field"/></errors><status>ERROR</status></response>`
	const otherURL = "http://127.0.0.1:8080/v2/campaigns.xml"
	tests := []struct {
		reason  string
		url     string
		body    string
		fault   bool
		maxRead int64 // bytes FromResponse may read; 0: any
	}{
		{"600 bytes of white space before a Direct error", directURL, ws + directErr, true, 0},
		{"a BOM and newlines before a Direct error", directURL, "\xef\xbb\xbf" + strings.Repeat("\r\n", 300) + directErr, true, 0},
		{"white space before a Market error", marketURL, ws + marketErr, true, 0},
		{"Market status ERROR after a long result", marketURL, `{` + longResult + `,"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"x"}]}`, true, 0},
		{"Market errors listed before status", marketURL, `{"errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is invalid"}],"status":"ERROR"}`, true, 0},
		{"a Market success opens with status OK", marketURL, `{"status":"OK",` + longResult + `}`, false, sniffSize},
		{"a Direct success opens with result", directURL, `{` + longResult + `}`, false, sniffSize},
		{"a Direct success after white space", directURL, ws + `{` + longResult + `}`, false, 2 * sniffSize},
		{"a Market result before status OK is read on", marketURL, `{` + longResult + `,"status":"OK"}`, false, 0},
		{"a SOAP success", directURL, `<?xml version="1.0"?><soap:Envelope xmlns:soap="s"><soap:Body><ns:GetResponse>` + strings.Repeat("<x>1</x>", 200) + `</ns:GetResponse></soap:Body></soap:Envelope>`, false, sniffSize},
		{"a SOAP fault after a long header", directURL, `<soap:Envelope xmlns:soap="s"><soap:Header>` + strings.Repeat("<h>1</h>", 100) + `</soap:Header><soap:Body><soap:Fault><faultcode>soap:Client</faultcode><faultstring>x</faultstring><detail><FaultResponse><errorCode>53</errorCode></FaultResponse></detail></soap:Fault></soap:Body></soap:Envelope>`, true, 0},
		{"a Reports TSV success", directURL, "Date\tClicks\n" + strings.Repeat("2026-01-01\t1\n", 100), false, sniffSize},
		{"a Market XML success opens with status OK", marketURL, `<?xml version="1.0" encoding="UTF-8"?>` + "\n<response>\n    <status>OK</status>\n    <result>" + longXML + "</result>\n</response>", false, sniffSize},
		{"a Market XML success of another root", marketURL, `<campaigns>` + longXML + `</campaigns>`, false, sniffSize},
		{"a Market XML result before status OK is read on", marketURL, `<response><result>` + longXML + `</result><status>OK</status></response>`, false, 0},
		{"a Market XML status ERROR after a long result", marketURL, `<response><result>` + longXML + `</result><status>ERROR</status><errors><error code="BAD_REQUEST" message="x"/></errors></response>`, true, 0},
		{"a Market XML error list before status", marketURL, ws + marketXMLErr, true, 0},
		{"a Market XML error told from the body", otherURL, marketXMLErr, true, 0},
		{"a Market XML success told from the body", otherURL, `<response><status>OK</status><result>` + longXML + `</result></response>`, false, sniffSize},
		{"a SOAP success told from the body", otherURL, `<soap:Envelope xmlns:soap="s"><soap:Body><ns:GetResponse>` + longXML + `</ns:GetResponse></soap:Body></soap:Envelope>`, false, sniffSize},
		{"a Market XML error to Direct's host is Direct's to judge", directURL, marketXMLErr, false, sniffSize},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			resp, cr := response(tt.url, 200, nil, strings.NewReader(tt.body))
			got := FromResponse(resp)
			want := faultOf(Normalize(ServiceOf(resp.Request.URL), 200, nil, []byte(tt.body)))
			if (got != nil) != (want != nil) || (want != nil) != tt.fault {
				t.Fatalf("FromResponse = %v, Normalize = %v; want a fault: %v", got, want, tt.fault)
			}
			if tt.maxRead > 0 && cr.n > tt.maxRead {
				t.Errorf("FromResponse read %d bytes of a success; want at most %d", cr.n, tt.maxRead)
			}
			rest, _ := io.ReadAll(resp.Body)
			if string(rest) != tt.body {
				t.Errorf("body after FromResponse differs")
			}
		})
	}
}
