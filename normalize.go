// Package yafault turns every error the Yandex Market Partner API and the
// Yandex Direct API can send back into one normalised value, a
// [*fault.Fault]: the vendor's code, text and request id kept verbatim, and
// a classification a program can act on (a [fault.Kind] to match with
// [errors.Is], a [fault.Action], whether and when to retry).
//
// [Normalize] works on a status, headers and body already read;
// [FromResponse] works on an [*http.Response] and leaves its body readable.
// Both find errors that arrive with HTTP 200, as most of Direct's do, and
// both still return a fault for a non-2xx response whose body they do not
// understand.
//
// The decoders live in the market and direct packages; this package only
// chooses between them.
package yafault

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	// The service packages register their decoders with wire when they
	// are initialised.
	_ "github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
	_ "github.com/yafault/yafault/market"
)

// DefaultBodyLimit is how much of a body FromResponse reads at most: error
// documents are small, and a larger body is never buffered whole.
const DefaultBodyLimit = 1 << 20

// sniffSize is how much of a body FromResponse reads first: a success body
// shows what it is in its first bytes, and most error bodies fit.
const sniffSize = 512

// Normalize returns the fault a response carries, as an error that is a
// *fault.Fault (errors.AsType[*fault.Fault](err) gives it), or nil when it
// carries none, so that return yafault.Normalize(...) is safe in a function
// that returns error. svc says which API answered; "" means: tell it from the body and
// headers. A 2xx body that is not an error document is never a fault; a
// non-2xx response always is, classified from the status when the body says
// nothing more. A gzip body with Content-Encoding: gzip is decompressed.
// At most DefaultBodyLimit bytes of an error body are decoded, and at most
// ItemsBodyLimit of a 2xx one (a batch rejected as a whole).
func Normalize(svc fault.Service, status int, header http.Header, body []byte) error {
	return wire.Err(normalize(svc, status, header, body, time.Now))
}

func normalize(svc fault.Service, status int, h http.Header, body []byte, now func() time.Time) *fault.Fault {
	// Error documents are small: decode a bounded prefix whatever the
	// caller passed (a cut document then fails to decode and the status
	// decides). A 2xx body can be a batch rejected as a whole, read up to
	// the limit of per-object results.
	limit := DefaultBodyLimit
	if wire.Is2xx(status) {
		limit = ItemsBodyLimit
	}
	body, _ = gunzip(h, body, int64(limit))
	if len(body) > limit {
		body = body[:limit]
	}
	if svc != fault.Market && svc != fault.Direct {
		svc = ""
	}
	if wire.Is2xx(status) && wire.Open(svc, body) == wire.OpenSuccess {
		return nil // what FromResponse decides from the same first bytes
	}
	b := wire.NewBody(body)
	if svc == "" {
		svc = detect(h, b)
	}
	switch svc {
	case fault.Market:
		return wire.Market.Decode(status, h, b, now)
	case fault.Direct:
		return wire.Direct.Decode(status, h, b, now)
	}
	if wire.Is2xx(status) {
		return nil
	}
	why := "neither a Market nor a Direct error document"
	if len(b.Trim) == 0 {
		why = "empty body"
	}
	f := wire.StatusFault("", status, h, body, wire.BodyError(h, why, nil))
	wire.Finish(f, "", h, now, "Requestid", "X-Market-Req-Id", "X-Request-Id")
	return f
}

// Detect tells the service from a response's body and headers: Direct's
// and Market's error documents differ, and so do their headers (Units and
// RequestId for Direct, X-RateLimit-Resource-* for Market). It returns ""
// when nothing tells.
func Detect(h http.Header, body []byte) fault.Service {
	return detect(h, wire.NewBody(body))
}

func detect(h http.Header, b *wire.Body) fault.Service {
	switch {
	case wire.Direct.Recognize(b):
		return fault.Direct
	case wire.Market.Recognize(b):
		return fault.Market
	case wire.Get(h, "Units") != "" || wire.Get(h, "Requestid") != "":
		return fault.Direct
	case wire.Get(h, "X-Ratelimit-Resource-Until") != "" || wire.Get(h, "X-Ratelimit-Resource-Limit") != "":
		return fault.Market
	}
	return ""
}

// ServiceOf tells the service from a request URL's host: Market for
// api.partner.market.yandex.ru, Direct for api.direct.yandex.com,
// api.direct.yandex.ru and the sandbox at api-sandbox.direct.yandex.com or
// .ru (and their subdomains); "" otherwise.
func ServiceOf(u *url.URL) fault.Service {
	if u == nil {
		return ""
	}
	host := strings.ToLower(strings.TrimSuffix(u.Hostname(), "."))
	switch {
	case host == "api.partner.market.yandex.ru" || strings.HasSuffix(host, ".partner.market.yandex.ru"):
		return fault.Market
	case host == "api.direct.yandex.com" || host == "api.direct.yandex.ru",
		host == "api-sandbox.direct.yandex.com" || host == "api-sandbox.direct.yandex.ru", // the v4 docs use .ru
		strings.HasSuffix(host, ".api.direct.yandex.com"), strings.HasSuffix(host, ".api.direct.yandex.ru"):
		return fault.Direct
	}
	return ""
}

// FromResponse returns nil when resp carries no error, or a *fault.Fault
// when it does. It reads at most DefaultBodyLimit bytes of the body (a 2xx
// body only as far as needed to see that it is not an error) and puts back
// what it read, so that resp.Body still yields the complete original bytes.
// The service comes from resp.Request.URL or, failing that, the body.
//
// A nil resp gives a fault of Kind Unknown, never a panic.
func FromResponse(resp *http.Response) error {
	return FromResponseLimit(resp, DefaultBodyLimit)
}

// FromResponseLimit is FromResponse reading at most limit bytes of the body;
// a limit below 1 means DefaultBodyLimit. Any limit is safe: the buffer
// grows with the bytes received, never with a Content-Length.
func FromResponseLimit(resp *http.Response, limit int64) error {
	if resp == nil {
		return &fault.Fault{Verdict: fault.Verdict{Reason: "NO_RESPONSE"}, Err: errors.New("nil response")}
	}
	var svc fault.Service
	if resp.Request != nil {
		svc = ServiceOf(resp.Request.URL)
	}
	if f := fromResponse(resp, svc, limit); f != nil {
		return f
	}
	return nil
}

// fromResponse is FromResponseLimit for a response from svc ("" to tell it
// from the body), returning the fault itself.
func fromResponse(resp *http.Response, svc fault.Service, limit int64) *fault.Fault {
	if limit < 1 {
		limit = DefaultBodyLimit
	}
	h := resp.Header
	var body []byte
	var rerr error
	if resp.Body != nil && resp.Body != http.NoBody {
		rb := &replayBody{rc: resp.Body}
		resp.Body = rb
		var success bool
		body, success, rerr = rb.fill(limit, wire.Is2xx(resp.StatusCode), svc, h)
		if success {
			return nil
		}
	}
	f := normalize(svc, resp.StatusCode, h, body, time.Now)
	if f == nil {
		return nil
	}
	if rerr != nil {
		f.Err = errors.Join(f.Err, rerr)
	}
	if rb, ok := resp.Body.(*replayBody); ok {
		rb.fault = f // for Backoff, which runs after the body is drained
	}
	return f
}

// fill reads the body into r's buffer, up to limit bytes, and arranges for
// what it read to be given back first. The buffer starts as the 512 bytes
// inside r and doubles as bytes arrive.
//
// For a 2xx response it stops as soon as the bytes read prove the body a
// success (wire.Open, the rule every decoder applies first), and reports
// success: an ordinary success body costs one peek at its first bytes.
func (r *replayBody) fill(limit int64, ok2xx bool, svc fault.Service, h http.Header) (body []byte, success bool, err error) {
	deciding := ok2xx && !strings.EqualFold(strings.TrimSpace(wire.Get(h, "Content-Encoding")), "gzip")
	buf := r.sniff[:0:min(int64(len(r.sniff)), limit)]
	eof := false
	for {
		if len(buf) == cap(buf) {
			if deciding {
				switch wire.Open(svc, buf) {
				case wire.OpenSuccess:
					r.buf, r.done = buf, false
					return nil, true, nil
				case wire.OpenUndecided:
					deciding = false
				}
			}
			if int64(len(buf)) >= limit {
				break
			}
			bigger := make([]byte, len(buf), min(2*int64(cap(buf)), limit))
			copy(bigger, buf)
			buf = bigger
		}
		n, rerr := r.rc.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if rerr == io.EOF {
			eof = true
			break
		}
		if rerr != nil {
			err = rerr
			break
		}
	}
	// When fewer than limit bytes came, the body is whole.
	r.buf, r.err, r.done = buf, err, eof
	if deciding && err == nil && wire.Open(svc, buf) == wire.OpenSuccess {
		return nil, true, nil
	}
	return buf, false, err
}

// replayBody yields the bytes already read, then the rest of the original
// body; Close closes the original.
type replayBody struct {
	sniff [sniffSize]byte // the first bytes read, saving an allocation
	buf   []byte
	rc    io.ReadCloser
	err   error // the original's read error, given after buf
	done  bool  // the original is exhausted: give EOF after buf
	// fault is what FromResponse found in this response, kept so that
	// Backoff can read it after a client has drained the body.
	fault *fault.Fault
}

func (r *replayBody) Read(p []byte) (int, error) {
	if len(r.buf) > 0 {
		n := copy(p, r.buf)
		r.buf = r.buf[n:]
		return n, nil
	}
	if r.err != nil {
		return 0, r.err
	}
	if r.done {
		return 0, io.EOF
	}
	return r.rc.Read(p)
}

func (r *replayBody) Close() error { return r.rc.Close() }

// gunzip returns the decompressed body when the headers say gzip and the
// body is gzip data, reading at most limit bytes of output and reporting
// whether there was more; otherwise body unchanged.
func gunzip(h http.Header, body []byte, limit int64) (out []byte, cut bool) {
	if !strings.EqualFold(strings.TrimSpace(wire.Get(h, "Content-Encoding")), "gzip") || len(body) < 2 || body[0] != 0x1f || body[1] != 0x8b {
		return body, false
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return body, false
	}
	out, cut, _ = wire.ReadLimited(zr, limit)
	return out, cut
}
