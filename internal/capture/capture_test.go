package capture

import (
	"errors"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/yafault/yafault/internal/benchtest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		status int
		header map[string]string
		body   string
		host   string
		reason string
	}{
		{"crlf", "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\r\n", 401,
			map[string]string{"Content-Type": "application/json"}, "{\"a\":1}\r\n", "", "curl -i writes CRLF; the body keeps its bytes"},
		{"lf", "HTTP/1.1 200 OK\nRequestId: 42\n\nbody", 200, map[string]string{"Requestid": "42"}, "body", "", "hand-edited captures use LF"},
		{"http2", "HTTP/2 420 \r\nx-ratelimit-resource-until: Tue, 09 Jan 2024 14:05:00 GMT\r\n\r\n{}", 420,
			map[string]string{"X-Ratelimit-Resource-Until": "Tue, 09 Jan 2024 14:05:00 GMT"}, "{}", "", "HTTP/2 has no minor version and lower-case headers"},
		{"100 continue", "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 400 Bad Request\r\nA: b\r\n\r\nx", 400, map[string]string{"A": "b"}, "x", "", "interim response skipped"},
		{"proxy connect", "HTTP/1.1 200 Connection established\r\n\r\nHTTP/2 503\r\n\r\n", 503, map[string]string{}, "", "", "a proxy's CONNECT answer skipped"},
		{"request in front", "GET /v2/campaigns HTTP/1.1\nHost: api.partner.market.yandex.ru\nApi-Key: ACMA:secret\n\nHTTP/1.1 401 Unauthorized\n\n{}", 401,
			map[string]string{}, "{}", "api.partner.market.yandex.ru", "a pasted request is skipped; only its host is kept"},
		{"no body", "HTTP/1.1 502 Bad Gateway\r\nA: b", 502, map[string]string{"A": "b"}, "", "", "a capture cut after the headers"},
		{"folded header", "HTTP/1.1 200 OK\nX: a\n  b\n\n", 200, map[string]string{"X": "a b"}, "", "", "obsolete line folding"},
		{"bom", "\xef\xbb\xbfHTTP/1.1 204 No Content\n\n", 204, map[string]string{}, "", "", "an editor's byte order mark"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Parse([]byte(tt.in))
			if err != nil {
				t.Fatalf("Parse: %v (%s)", err, tt.reason)
			}
			if r.Status != tt.status || string(r.Body) != tt.body || r.Host != tt.host {
				t.Errorf("Parse = %d %q host %q; want %d %q host %q (%s)", r.Status, r.Body, r.Host, tt.status, tt.body, tt.host, tt.reason)
			}
			got := map[string]string{}
			for k := range r.Header {
				got[k] = r.Header.Get(k)
			}
			if diff := cmp.Diff(tt.header, got); diff != "" {
				t.Errorf("headers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, in := range []string{"", "just a body", "{\"error\":{}}", "HTTP/1.1 abc OK\n\n", "HTTP/1.1 200 OK\nno colon here\n\n"} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) succeeded; want an error", in)
		}
	}
	if _, err := Parse([]byte("nothing")); !errors.Is(err, ErrNoResponse) {
		t.Errorf("Parse(no status line) = %v; want ErrNoResponse", err)
	}
}

// endless yields a prefix, then n bytes of filler, then a suffix, without
// holding them.
type endless struct {
	prefix, suffix string
	filler         byte
	n              int64
	i              int64
}

func (e *endless) Read(p []byte) (int, error) {
	total := int64(len(e.prefix)) + e.n + int64(len(e.suffix))
	if e.i >= total {
		return 0, io.EOF
	}
	k := 0
	for k < len(p) && e.i < total {
		switch {
		case e.i < int64(len(e.prefix)):
			p[k] = e.prefix[e.i]
		case e.i < int64(len(e.prefix))+e.n:
			p[k] = e.filler
		default:
			p[k] = e.suffix[e.i-int64(len(e.prefix))-e.n]
		}
		k++
		e.i++
	}
	return k, nil
}

// TestReadStreams reads captures far larger than what it keeps: memory
// stays near the body limit, the cut is reported, and long lines before
// the response are skipped without being held.
func TestReadStreams(t *testing.T) {
	const limit = 1 << 20
	tests := []struct {
		reason string
		in     io.Reader
		status int
		cut    bool
		body   int
	}{
		{"a 64 MiB body on one line", &endless{prefix: "HTTP/1.1 500 Internal Server Error\r\n\r\n", filler: 'x', n: 64 << 20}, 500, true, limit},
		{"a 64 MiB pasted request before the response", &endless{prefix: "POST /x HTTP/1.1\r\nHost: api.direct.yandex.com\r\n\r\n", filler: 'y', n: 64 << 20, suffix: "\nHTTP/1.1 200 OK\r\n\r\n{}"}, 200, false, 2},
		{"a body just under the limit", &endless{prefix: "HTTP/1.1 400 Bad Request\n\n", filler: 'z', n: limit}, 400, false, limit},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			r, err := Read(tt.in, limit)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != tt.status || r.Cut != tt.cut || len(r.Body) != tt.body {
				t.Errorf("Read = %d, cut %v, %d body bytes; want %d, %v, %d", r.Status, r.Cut, len(r.Body), tt.status, tt.cut, tt.body)
			}
			if used := after.TotalAlloc - before.TotalAlloc; used > 3*limit {
				t.Errorf("allocated %d bytes; want at most %d", used, 3*limit)
			}
		})
	}
}

func TestReadLimits(t *testing.T) {
	long := "HTTP/1.1 200 OK\r\nX: " + strings.Repeat("a", maxLine+10) + "\r\n\r\n"
	if _, err := Parse([]byte(long)); err == nil {
		t.Error("Parse of a header line over the limit succeeded; want an error")
	}
	r, err := Read(strings.NewReader("HTTP/1.1 200 OK\n\n0123456789"), 4)
	if err != nil || string(r.Body) != "0123" || !r.Cut {
		t.Errorf("Read with limit 4 = %q, cut %v, %v; want \"0123\", cut", r.Body, r.Cut, err)
	}
}

// BenchmarkFoldedHeaders reads a header folded over many lines (a 1 MiB
// block against a 64 KiB one: linear gives about 16; each line used to
// copy the value so far).
func BenchmarkFoldedHeaders(b *testing.B) {
	capture := func(n int) string {
		return "HTTP/1.1 400 Bad Request\r\nX-A: a\r\n" + strings.Repeat(" b\n", n/3) + "\r\n{}"
	}
	small, large := capture(64<<10), capture(1<<20-4096)
	benchtest.Ratio(b, func() { Parse([]byte(small)) }, func() { Parse([]byte(large)) })
}
