package yafault

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math"
	"net/http"
	"net/url"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/market"
)

func gz(s string) []byte {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	io.WriteString(w, s)
	w.Close()
	return b.Bytes()
}

// TestHostileInput feeds input that is broken, hostile or merely odd
// through Normalize: each gives a sensible fault or nil, never a panic.
func TestHostileInput(t *testing.T) {
	deepJSON := strings.Repeat("[", 1_000_000) + strings.Repeat("]", 1_000_000)
	deepXML := strings.Repeat("<a>", 1_000_000) + strings.Repeat("</a>", 1_000_000)
	bomb := func() []byte { // 64 MiB of zeros in about 64 KiB
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(`{"error":{"error_code":53,"error_string":"`))
		w.Write(make([]byte, 64<<20))
		w.Close()
		return b.Bytes()
	}()
	tests := []struct {
		reason string
		svc    fault.Service
		status int
		ct     string
		enc    string
		body   []byte
		isNil  bool
		kind   fault.Kind
		rsn    string // wanted Reason; "" = any
	}{
		{"an empty 500 is a fault from the status", fault.Market, 500, "", "", nil, false, fault.Internal, "INTERNAL_ERROR"},
		{"an empty 200 is no fault", fault.Direct, 200, "", "", nil, true, 0, ""},
		{"a whitespace body is as good as empty", fault.Direct, 502, "", "", []byte(" \r\n\t "), false, fault.Unavailable, "BAD_GATEWAY"},
		{"a UTF-8 BOM before JSON", fault.Direct, 200, "application/json", "", []byte("\xef\xbb\xbf" + directErr("53")), false, fault.Auth, "TOKEN_INVALID"},
		{"a UTF-8 BOM before a Market envelope", fault.Market, 401, "", "", []byte("\xef\xbb\xbf" + `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is invalid"}]}`), false, fault.Auth, "API_KEY_INVALID"},
		{"truncated Market JSON", fault.Market, 403, "", "", []byte(`{"status":"ERROR","errors":[{"code":"FORB`), false, fault.Permission, "FORBIDDEN"},
		{"truncated Direct JSON at 200 starts like an error", fault.Direct, 200, "", "", []byte(`{"error":{"error_code":53,"err`), false, fault.Unknown, "MALFORMED_ERROR"},
		{"truncated success JSON at 200 is the caller's", fault.Direct, 200, "", "", []byte(`{"result":{"Campa`), true, 0, ""},
		{"truncated SOAP", fault.Direct, 500, "text/xml", "", []byte(`<soap:Envelope xmlns:soap="x"><soap:Body><soap:Fault><faultstring>Серв`), false, fault.Internal, "INTERNAL_ERROR"},
		{"error as a string", fault.Direct, 200, "", "", []byte(`{"error":"Something broke"}`), false, fault.Unknown, "MALFORMED_ERROR"},
		{"errors as an object", fault.Market, 400, "", "", []byte(`{"status":"ERROR","errors":{"code":"BAD_REQUEST","message":"Missing field"}}`), false, fault.Invalid, "FIELD_REQUIRED"},
		{"errors as a number", fault.Market, 400, "", "", []byte(`{"status":"ERROR","errors":42}`), false, fault.Invalid, "BAD_REQUEST"},
		{"a code as a float", fault.Direct, 200, "", "", []byte(`{"error":{"error_code":506.0,"error_string":"x"}}`), false, fault.RateLimit, "TOO_MANY_CONNECTIONS"},
		{"a huge code", fault.Direct, 200, "", "", []byte(`{"error":{"error_code":1e400,"error_string":"x"}}`), false, fault.Unknown, ""},
		{"a Market code as an object", fault.Market, 404, "", "", []byte(`{"status":"ERROR","errors":[{"code":{"x":1},"message":"Campaign not found: 1"}]}`), false, fault.NotFound, "CAMPAIGN_NOT_FOUND"},
		{"status as a number", fault.Market, 200, "", "", []byte(`{"status":1,"errors":[]}`), true, 0, ""},
		{"JSON nested a million deep", fault.Direct, 500, "application/json", "", []byte(deepJSON), false, fault.Internal, "INTERNAL_ERROR"},
		{"XML nested a million deep", fault.Direct, 500, "text/xml", "", []byte(deepXML), false, fault.Internal, "INTERNAL_ERROR"},
		{"invalid UTF-8 in a message is kept", fault.Market, 400, "", "", []byte("{\"status\":\"ERROR\",\"errors\":[{\"code\":\"BAD_REQUEST\",\"message\":\"bad \xff\xfe\"}]}"), false, fault.Invalid, ""},
		{"windows-1251 SOAP is decoded, not dropped", fault.Direct, 500, "text/xml; charset=windows-1251", "", []byte("<?xml version=\"1.0\" encoding=\"windows-1251\"?><Fault><faultstring>\xce\xf8\xe8\xe1\xea\xe0</faultstring></Fault>"), false, fault.Internal, ""},
		{"HTML with a JSON content type", fault.Market, 502, "application/json", "", []byte("<html><body>Bad Gateway</body></html>"), false, fault.Unavailable, "BAD_GATEWAY"},
		{"JSON with an HTML content type", fault.Direct, 200, "text/html", "", []byte(directErr("152")), false, fault.Quota, "POINTS_EXHAUSTED"},
		{"XML with a DOCTYPE and entities: no expansion", fault.Direct, 400, "text/xml", "", []byte(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><reportDownloadError><ApiError><errorCode>53</errorCode><errorMessage>&b;</errorMessage></ApiError></reportDownloadError>`), false, fault.Invalid, "BAD_REQUEST"},
		{"XML with an external entity: no fetch", fault.Direct, 400, "text/xml", "", []byte(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "http://127.0.0.1:1/secret">]><reportDownloadError><ApiError><errorCode>&x;</errorCode></ApiError></reportDownloadError>`), false, fault.Invalid, "BAD_REQUEST"},
		{"a SOAP 1.2 envelope", fault.Direct, 500, "application/soap+xml", "", []byte(`<env:Envelope xmlns:env="http://www.w3.org/2003/05/soap-envelope"><env:Body><env:Fault><env:Code><env:Value>env:Receiver</env:Value></env:Code><env:Reason><env:Text>Server temporarily unavailable</env:Text></env:Reason><env:Detail><FaultResponse><errorCode>1000</errorCode></FaultResponse></env:Detail></env:Fault></env:Body></env:Envelope>`), false, fault.Unavailable, "SERVER_UNAVAILABLE"},
		{"a gzip body with Content-Encoding: gzip", fault.Direct, 200, "application/json", "gzip", gz(directErr("53")), false, fault.Auth, "TOKEN_INVALID"},
		{"a gzip bomb is read only up to the limit", fault.Direct, 200, "application/json", "gzip", bomb, false, fault.Unknown, "MALFORMED_ERROR"},
		{"gzip header on a plain body", fault.Market, 401, "", "gzip", []byte(`{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`), false, fault.Auth, "API_KEY_REVOKED"},
		{"broken gzip data", fault.Market, 500, "", "gzip", []byte{0x1f, 0x8b, 0, 1, 2, 3}, false, fault.Internal, "INTERNAL_ERROR"},
		{"a status outside HTTP's range", "", 0, "", "", []byte("x"), false, fault.Unknown, "UNEXPECTED_STATUS"},
		{"a 3xx is not a success", fault.Market, 302, "", "", nil, false, fault.Unknown, "UNEXPECTED_STATUS"},
		{"a NUL byte body", fault.Direct, 400, "", "", []byte{0}, false, fault.Invalid, "BAD_REQUEST"},
		{"a JSON array at the top", fault.Market, 400, "", "", []byte(`[{"code":"X"}]`), false, fault.Invalid, "BAD_REQUEST"},
		{"a JSON null", fault.Direct, 500, "", "", []byte(`null`), false, fault.Internal, "INTERNAL_ERROR"},
		{"XML that is neither a fault nor a report error", fault.Direct, 500, "", "", []byte(`<root><x/></root>`), false, fault.Internal, "INTERNAL_ERROR"},
		{"an unknown service with an API body is told from the body", "metrika", 200, "", "", []byte(directErr("506")), false, fault.RateLimit, "TOO_MANY_CONNECTIONS"},
		{"a Market XML 200 that says ERROR is told from the body", "", 200, "application/xml", "", []byte(`<response><errors><error code="NOT_FOUND" message="Order not found: 7"/></errors><status>ERROR</status></response>`), false, fault.NotFound, "ORDER_NOT_FOUND"},
		{"Market XML with a DOCTYPE: its entities are not expanded into a status", fault.Market, 200, "application/xml", "", []byte(`<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "ERROR">]><response><status>&e;</status><errors><error code="BAD_REQUEST" message="x"/></errors></response>`), true, 0, ""},
		{"Market XML whose message says Fault is still Market's", "", 200, "application/xml", "", []byte(`<response><status>ERROR</status><errors><error code="BAD_REQUEST" message="Fault in reportDownloadError"/></errors></response>`), false, fault.Invalid, "BAD_REQUEST"},
		{"a message with a line break stays one line in Error", fault.Market, 400, "", "", []byte(`{"status":"ERROR","errors":[{"code":"OTHER","message":"line1\nline2"}]}`), false, fault.Invalid, ""},
		{"a body over the limit is cut, then decoded", fault.Market, 400, "", "", []byte(`{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"` + strings.Repeat("x", 2<<20) + `"}]}`), false, fault.Invalid, "BAD_REQUEST"},
	}
	if len(tests) < 30 {
		t.Fatalf("only %d hostile cases", len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			h := http.Header{}
			if tt.ct != "" {
				h.Set("Content-Type", tt.ct)
			}
			if tt.enc != "" {
				h.Set("Content-Encoding", tt.enc)
			}
			f := faultOf(Normalize(tt.svc, tt.status, h, tt.body))
			if tt.isNil {
				if f != nil {
					t.Fatalf("Normalize = %v; want nil", f)
				}
				return
			}
			if f == nil {
				t.Fatal("Normalize = nil; want a fault")
			}
			checkFault(t, f, tt.status, "")
			if f.Kind != tt.kind || (tt.rsn != "" && f.Reason != tt.rsn) {
				t.Errorf("Normalize = %v/%s (%v); want %v/%s", f.Kind, f.Reason, f, tt.kind, tt.rsn)
			}
		})
	}
}

// zeros is an endless source of bytes, so a "1 GiB" body costs nothing to
// make.
type sizedReader struct{ left int64 }

func (r *sizedReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	n := min(int64(len(p)), r.left)
	for i := range p[:n] {
		p[i] = 'x'
	}
	r.left -= n
	return int(n), nil
}

// TestFromResponseMemoryIsBounded checks that reading a body costs memory
// in proportion to the bytes received, whatever the body's size, the
// limit and the Content-Length the server announces: at most twice what is
// kept (the buffer doubles as bytes arrive), plus the fault. The total
// allocated bounds the peak.
func TestFromResponseMemoryIsBounded(t *testing.T) {
	const overhead = wire.MaxKeptBody + 32<<10 // Fault.Body's copy and the fault
	tests := []struct {
		reason    string
		limit     int64
		size      int64 // body bytes sent
		announced int64 // Content-Length; -1: none
		kept      int64 // what must be read
	}{
		{"a 1 GiB body at the default limit", DefaultBodyLimit, 1 << 30, -1, DefaultBodyLimit},
		{"a 1 GiB body at a 256 KiB limit", 256 << 10, 1 << 30, -1, 256 << 10},
		{"a 150-byte body without Content-Length", DefaultBodyLimit, 150, -1, 150},
		{"a 150-byte body announcing 1 GiB", DefaultBodyLimit, 150, 1 << 30, 150},
		{"a huge limit and a huge announced length", 1 << 62, 4 << 10, 1 << 62, 4 << 10},
		{"the largest limit", math.MaxInt64, 4 << 10, math.MaxInt64, 4 << 10},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			resp := &http.Response{StatusCode: 500, Header: http.Header{"Content-Type": {"text/html"}},
				Body:          io.NopCloser(io.MultiReader(strings.NewReader("<html>"), &sizedReader{left: tt.size - 6})),
				ContentLength: tt.announced}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			err := FromResponseLimit(resp, tt.limit)
			runtime.ReadMemStats(&after)
			if !errors.Is(err, fault.Internal) {
				t.Fatalf("FromResponseLimit = %v; want an internal fault", err)
			}
			if used, most := after.TotalAlloc-before.TotalAlloc, uint64(2*tt.kept+overhead); used > most {
				t.Errorf("allocated %d bytes to read %d; want at most %d", used, tt.kept, most)
			}
		})
	}
}

func TestSuccessPathAllocations(t *testing.T) {
	for _, tt := range []struct{ name, url, body string }{
		{"Direct JSON", "https://api.direct.yandex.com/json/v5/campaigns", strings.Repeat(`{"result":{"Campaigns":[{"Id":1}]}}`, 1000)},
		{"Market XML", "https://api.partner.market.yandex.ru/v2/campaigns.xml", `<?xml version="1.0" encoding="UTF-8"?>` + "\n<response>\n    <status>OK</status>\n    <result>" + strings.Repeat(`<campaign id="1"/>`, 1000) + "</result>\n</response>"},
	} {
		body := []byte(tt.body)
		u, _ := url.Parse(tt.url)
		req := &http.Request{URL: u}
		h := http.Header{"Content-Type": {"application/json"}}
		rd := bytes.NewReader(nil)
		allocs := testing.AllocsPerRun(200, func() {
			rd.Reset(body)
			resp := &http.Response{StatusCode: 200, Header: h, Body: io.NopCloser(rd), Request: req}
			if FromResponse(resp) != nil {
				t.Fatal("fault on a success")
			}
		})
		t.Logf("%s success path: %v allocations per call", tt.name, allocs)
		// The Response itself and io.NopCloser are the caller's; FromResponse
		// adds its replay wrapper.
		if allocs > 2 {
			t.Errorf("%s success path: %v allocations per call; want at most 2 (the replay wrapper, and the test's own)", tt.name, allocs)
		}
	}
}

// TestSecretsNeverLeak checks every output (Error, LogValue, JSON, the
// items error) with token-shaped strings echoed by the vendor.
func TestSecretsNeverLeak(t *testing.T) {
	secrets := []string{
		"ACMA:I4c4CxCSYaI41RSC2uYWP2qj3Rhhm4knMiBEga5K:151c0664",
		"y0_AgAAAAAbcdefghijklmnopqrstuvwxyz0123",
		"Bearer y0_BfRRRRRV2L8sWWvNkSNNNNSrLHaNXg4c",
		"AQAAAAAAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb",
	}
	for _, s := range secrets {
		tok := strings.TrimPrefix(s, "Bearer ")
		bodies := []struct {
			svc    fault.Service
			status int
			body   string
		}{
			{fault.Market, 401, `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is invalid: ` + s + `"}]}`},
			{fault.Direct, 200, `{"error":{"request_id":"1","error_code":53,"error_string":"Authorization error","error_detail":"token ` + s + ` is revoked"}}`},
			{fault.Direct, 500, `<Fault><faultstring>Authorization: ` + s + `</faultstring></Fault>`},
		}
		for _, b := range bodies {
			f := faultOf(Normalize(b.svc, b.status, http.Header{"Authorization": {"Bearer " + tok}}, []byte(b.body)))
			var logBuf bytes.Buffer
			slog.New(slog.NewJSONHandler(&logBuf, nil)).Info("x", "err", f)
			js, _ := json.Marshal(f)
			for name, out := range map[string]string{"Error": f.Error(), "LogValue": logBuf.String(), "JSON": string(js), "%v": fmt.Sprintf("%v", f)} {
				if strings.Contains(out, tok) {
					t.Errorf("%s leaks %q: %s", name, tok, out)
				}
			}
		}
	}
}

// TestConcurrentNormalize hammers the decoders from many goroutines; run
// under -race it shows the tables are read-only after init.
func TestConcurrentNormalize(t *testing.T) {
	bodies := []struct {
		svc    fault.Service
		status int
		body   string
	}{
		{fault.Market, 420, market420Par},
		{fault.Market, 400, `{"status":"ERROR","errors":[{"code":"BAD_REQUEST","message":"Order 5 is in terminal state"}]}`},
		{fault.Direct, 200, directErr("152")},
		{fault.Direct, 500, `<Fault><faultcode>Server.1000</faultcode></Fault>`},
		{"", 200, `{"result":{"AddResults":[{"Errors":[{"Code":8800,"Message":"x"}]}]}}`},
	}
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 300 {
				b := bodies[(g+i)%len(bodies)]
				f := faultOf(Normalize(b.svc, b.status, nil, []byte(b.body)))
				if b.status != 200 && f == nil {
					t.Error("no fault")
					return
				}
				Items(b.svc, nil, []byte(b.body))
			}
		}()
	}
	wg.Wait()
}

// hostileBodies are bodies near the read limit built to hit the worst case
// of each decoding step; TestHostileShapes checks what they decode to and
// BenchmarkWorstCase what they cost.
func hostileBodies(size int) []hostileBody {
	marketMsg := func(msg string) []byte {
		for {
			b, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []any{map[string]string{"code": "BAD_REQUEST", "message": msg}}})
			if len(b) <= size {
				return b
			}
			// Escapes (\u003c for <) made it longer than the text: cut the
			// text by the excess and try again.
			msg = strings.ToValidUTF8(msg[:max(len(msg)-(len(b)-size), 0)], "")
		}
	}
	fill := func(piece string, room int) string {
		return strings.Repeat(piece, max(room/len(piece), 1))
	}
	room := size - 200
	var joined []string
	for i := 0; len(strings.Join(joined, "; ")) < room-100; i++ {
		joined = append(joined, fmt.Sprintf("offers[%d].price must be greater than or equal to 0 (rejected value: -1)", i))
	}
	soup := make([]string, 0, len(market.Messages()))
	for _, m := range market.Messages() {
		soup = append(soup, m.Pattern)
	}
	soupText := strings.Join(soup, " ")
	entries := func(entry string) []byte {
		n := max((size-40)/(len(entry)+1), 1)
		return []byte(`{"status":"ERROR","errors":[` + strings.TrimSuffix(strings.Repeat(entry+",", n), ",") + `]}`)
	}
	results := func() []byte {
		one := `{"offerId":"o","errors":[{"type":"UNKNOWN_CATEGORY","message":"m"}]}`
		n := max((size-40)/(len(one)+1), 1)
		return []byte(`{"status":"ERROR","results":[` + strings.TrimSuffix(strings.Repeat(one+",", n), ",") + `]}`)
	}
	deep := func(hide string) []byte {
		b := "<soap:Envelope xmlns:soap=\"s\"><soap:Body><a>" + hide + strings.Repeat("<a>", 100) + "<soap:Fault><faultstring>x</faultstring></soap:Fault>"
		return []byte(b)
	}
	xmlErrors := func(inner string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8"?><response><status>ERROR</status><errors>` + inner + `</errors></response>`)
	}
	xmlRoom := min(room, 250<<10) // XML is parsed up to 256 KiB
	return []hostileBody{
		{"a near-miss message", fault.Market, 400, marketMsg("Invalid status: " + fill("size must be between 1 and (rejected size: ", room))},
		{"catalog-word soup", fault.Market, 400, marketMsg(fill(soupText+" ", room))},
		{"many joined validation errors", fault.Market, 400, marketMsg(strings.Join(joined, "; ") + " suffix")},
		{"a long Direct error_detail", fault.Direct, 200, []byte(`{"error":{"request_id":"1","error_code":53,"error_string":"Authorization error","error_detail":"` + fill("token missing ", room) + `"}}`)},
		{"string entries", fault.Market, 400, entries(`"a"`)},
		{"object entries", fault.Market, 400, entries(`{"code":"BAD_REQUEST","message":"Order 5 is in terminal state"}`)},
		{"offer results of a 200 ERROR", fault.Market, 200, results()},
		{"XML depth hidden in a comment", fault.Direct, 500, deep("<!--" + fill("</a>", min(room, 200<<10)) + "-->")},
		{"a SOAP fault of many elements", fault.Direct, 500, []byte("<soap:Envelope xmlns:soap=\"s\"><soap:Body><soap:Fault>" +
			fill("<a/>", min(room, 250<<10)) + "</soap:Fault></soap:Body></soap:Envelope>")},
		{"a SOAP fault of many attributes", fault.Direct, 500, []byte("<soap:Envelope xmlns:soap=\"s\"><soap:Body><soap:Fault " +
			fill(`a="" `, min(room, 250<<10)) + "/></soap:Body></soap:Envelope>")},
		{"a long SOAP faultstring", fault.Direct, 500, []byte(`<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server.1000</faultcode><faultstring>` +
			fill("Сервер временно недоступен &amp; ", min(room, 250<<10)) + `</faultstring></soap:Fault></soap:Body></soap:Envelope>`)},
		{"a long Market XML error list", fault.Market, 400, xmlErrors(fill(`<error code="BAD_REQUEST" message="Order 5 is in terminal state"/>`, xmlRoom))},
		{"a Market XML error list to the limit", fault.Market, 400, xmlErrors(fill(`<error code="BAD_REQUEST" message="Order 5 is in terminal state"/>`, room))},
		{"a long Market XML message", fault.Market, 400, xmlErrors(`<error code="BAD_REQUEST" message="` +
			fill("Invalid status: size must be between 1 and (rejected size: &quot; ", xmlRoom) + `"/>`)},
		{"Market XML nested deep", fault.Market, 400, xmlErrors(`<error code="BAD_REQUEST">` + fill("<message>", xmlRoom))},
		{"a Market XML error of many attributes", fault.Market, 400, xmlErrors(`<error code="BAD_REQUEST" ` + fill(`a="" `, xmlRoom) + `/>`)},
	}
}

type hostileBody struct {
	name   string
	svc    fault.Service
	status int
	body   []byte
}

// TestHostileShapes decodes each hostile body near the 1 MiB limit: each
// gives a sensible fault, keeps at most 100 entries and counts the rest.
func TestHostileShapes(t *testing.T) {
	want := map[string]struct {
		kind    fault.Kind
		reason  string
		entries int
		cause   string
	}{
		"a near-miss message":             {fault.Invalid, "", 1, ""},
		"catalog-word soup":               {fault.Invalid, "", 1, ""},
		"many joined validation errors":   {fault.Invalid, "FIELD_TOO_SMALL", 1, ""},
		"a long Direct error_detail":      {fault.Auth, "TOKEN_MISSING", 1, ""},
		"string entries":                  {fault.Invalid, "BAD_REQUEST", wire.MaxEntries, ""},
		"object entries":                  {fault.Conflict, "ORDER_IN_TERMINAL_STATE", wire.MaxEntries, ""},
		"offer results of a 200 ERROR":    {fault.NotFound, "BATCH_REJECTED", wire.MaxEntries, ""},
		"XML depth hidden in a comment":   {fault.Internal, "INTERNAL_ERROR", 0, "XML nested too deep"},
		"a long SOAP faultstring":         {fault.Unavailable, "SERVER_UNAVAILABLE", 1, ""},
		"a SOAP fault of many elements":   {fault.Internal, "INTERNAL_ERROR", 0, "too many elements"},
		"a SOAP fault of many attributes": {fault.Internal, "INTERNAL_ERROR", 0, "too many elements"},
		// Market's XML: a list keeps 100 entries and counts the rest, as
		// JSON's does; past 256 KiB, or too deep, or too wide, the status
		// speaks.
		"a long Market XML error list":          {fault.Conflict, "ORDER_IN_TERMINAL_STATE", wire.MaxEntries, ""},
		"a Market XML error list to the limit":  {fault.Invalid, "BAD_REQUEST", 0, "XML too large"},
		"a long Market XML message":             {fault.Invalid, "", 1, ""},
		"Market XML nested deep":                {fault.Invalid, "BAD_REQUEST", 0, "XML nested too deep"},
		"a Market XML error of many attributes": {fault.Invalid, "BAD_REQUEST", 0, "too many elements"},
	}
	for _, b := range hostileBodies(DefaultBodyLimit) {
		t.Run(b.name, func(t *testing.T) {
			w, ok := want[b.name]
			if !ok {
				t.Fatalf("no expectation for %q", b.name)
			}
			if len(b.body) > DefaultBodyLimit || len(b.body) < 128<<10 {
				t.Fatalf("body of %d bytes; want a large one, within the %d-byte limit", len(b.body), DefaultBodyLimit)
			}
			f := faultOf(Normalize(b.svc, b.status, nil, b.body))
			if f == nil {
				t.Fatal("Normalize = nil; want a fault")
			}
			checkFault(t, f, b.status, b.svc)
			if f.Kind != w.kind || w.reason != "" && f.Reason != w.reason {
				t.Errorf("Normalize = %v/%s; want %v/%s", f.Kind, f.Reason, w.kind, w.reason)
			}
			if len(f.Errors) != w.entries {
				t.Errorf("Errors holds %d entries; want %d", len(f.Errors), w.entries)
			}
			if w.entries == wire.MaxEntries && f.OmittedErrors < 1000 {
				t.Errorf("OmittedErrors = %d; want the thousands of entries past the first %d", f.OmittedErrors, wire.MaxEntries)
			}
			if w.cause != "" && (f.Err == nil || !strings.Contains(f.Err.Error(), w.cause)) {
				t.Errorf("Err = %v; want it to say %q", f.Err, w.cause)
			}
		})
	}
}

// TestXMLDepthCannotBeHidden checks the depth limit against each way of
// hiding closing tags from a naive count.
func TestXMLDepthCannotBeHidden(t *testing.T) {
	deep := strings.Repeat("<a>", 100)
	for name, hide := range map[string]string{
		"a comment":                strings.Repeat("<!-- </a> -->", 100),
		"one comment of many tags": "<!--" + strings.Repeat("</a>", 100) + "-->",
		"CDATA":                    "<![CDATA[" + strings.Repeat("</a>", 100) + "]]>",
		"a processing instruction": "<?pi " + strings.Repeat("</a>", 100) + "?>",
		"attribute values":         strings.Repeat(`<b x="/>"></b>`, 1) + `<c y="</a></a></a>"/>`,
	} {
		body := "<soap:Envelope xmlns:soap=\"s\"><soap:Body>" + hide + deep + "<soap:Fault><faultstring>x</faultstring></soap:Fault>" + strings.Repeat("</a>", 100) + "</soap:Body></soap:Envelope>"
		f := faultOf(Normalize(fault.Direct, 500, nil, []byte(body)))
		if f == nil || f.Err == nil || !strings.Contains(f.Err.Error(), "nested too deep") {
			t.Errorf("%s: Normalize = %v (cause %v); want the depth limit to hold", name, f, f.Unwrap())
		}
	}
}
