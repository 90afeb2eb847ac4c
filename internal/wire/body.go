package wire

import (
	"bytes"
	"io"
	"net/http"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/xmlscan"
)

// MaxEntries bounds how many error entries a fault keeps (Fault.Errors);
// the rest are counted in Fault.OmittedErrors. Classifying an entry costs
// time, and a body can hold hundreds of thousands.
const MaxEntries = 100

// Body is a response body read once on its way to a fault or to per-object
// results: every decoder works from it, so the bytes are parsed once
// whichever service turns out to have sent them.
type Body struct {
	// Raw is the body as received.
	Raw []byte
	// Trim is Raw without a UTF-8 byte order mark and surrounding white
	// space.
	Trim []byte
	// JSON is Trim parsed, when it starts with '{' and parses.
	JSON jsonlite.Value
	// Err is why Trim, starting with '{', did not parse; nil otherwise.
	Err error
}

// NewBody reads raw once: it trims it and, when it is a JSON object,
// parses it.
func NewBody(raw []byte) *Body {
	b := &Body{Raw: raw, Trim: TrimBody(raw)}
	if len(b.Trim) > 0 && b.Trim[0] == '{' {
		b.JSON, b.Err = jsonlite.Parse(b.Trim)
	}
	return b
}

// Decoder is what a service package registers so that the root package can
// hand it a body already read.
type Decoder struct {
	// Recognize reports whether the body is the service's error document.
	Recognize func(b *Body) bool
	// Decode returns the fault the response carries, or nil.
	Decode func(status int, h http.Header, b *Body, now func() time.Time) *fault.Fault
	// Items returns the per-object results of a batch response.
	Items func(status int, h http.Header, b *Body) ([]fault.Item, error)
	// Hint returns the English hint of a reason the service's catalog or
	// decoder gives; ok is false for a reason it does not know.
	Hint func(reason string) (string, bool)
}

// Market and Direct are set by the market and direct packages when they
// are initialised.
var Market, Direct Decoder

// Opening is what the first bytes of a 2xx body prove.
type Opening uint8

const (
	// OpenMore: the bytes end before they tell anything.
	OpenMore Opening = iota
	// OpenSuccess: the body carries no error, whatever follows.
	OpenSuccess
	// OpenUndecided: the body may carry an error; decode it whole.
	OpenUndecided
)

var bom = []byte("\xef\xbb\xbf")

// Open tells from the first bytes of a 2xx body whether it is a success.
// Every decoder applies it to a 2xx body before anything else, and
// FromResponse applies it to the bytes it peeks at, so the two always
// agree, while a success body is read only as far as its opening:
//
//   - after an optional byte order mark and white space, anything but a
//     JSON object or an XML document is a success;
//   - a JSON object whose first member is "status":"OK" is a success
//     (Market's successes all open so); for Direct, or when the service is
//     unknown, so is one whose first member is "result" or "data" (Direct
//     v5 and v4 successes);
//   - for Direct, an XML document whose root is not a SOAP Envelope, a
//     SOAP Fault or a Reports reportDownloadError is a success, and so is
//     an Envelope whose Body's first element is not a Fault;
//   - for Market, an XML document whose root is not a response or an
//     errors list is a success, and so is a response whose first element
//     is <status>OK</status> (the status may come anywhere in an error,
//     as "status" may in JSON);
//   - when the service is unknown, an XML document is a success when it is
//     one for both.
//
// svc is fault.Market, fault.Direct or "" (unknown).
func Open(svc fault.Service, prefix []byte) Opening {
	b := prefix
	if len(b) < len(bom) && bytes.HasPrefix(bom, b) {
		return OpenMore
	}
	b = bytes.TrimPrefix(b, bom)
	for len(b) > 0 {
		if !utf8.FullRune(b) {
			return OpenMore
		}
		r, n := utf8.DecodeRune(b)
		if !unicode.IsSpace(r) {
			break
		}
		b = b[n:]
	}
	if len(b) == 0 {
		return OpenMore
	}
	switch b[0] {
	case '{':
		return openJSON(svc, b)
	case '<':
		return openXML(svc, b)
	}
	return OpenSuccess
}

func openJSON(svc fault.Service, b []byte) Opening {
	i := skipJSONSpace(b, 1)
	if i >= len(b) {
		return OpenMore
	}
	if b[i] == '}' {
		return OpenSuccess // {}: nothing in it
	}
	if b[i] != '"' {
		return OpenUndecided
	}
	end := bytes.IndexByte(b[i+1:], '"')
	if end < 0 {
		return OpenMore
	}
	key := b[i+1 : i+1+end]
	i = skipJSONSpace(b, i+end+2)
	if i >= len(b) {
		return OpenMore
	}
	if b[i] != ':' {
		return OpenUndecided
	}
	i = skipJSONSpace(b, i+1)
	switch string(key) {
	case "status":
		const ok = `"OK"`
		rest := b[i:]
		if len(rest) < len(ok) {
			if bytes.HasPrefix([]byte(ok), rest) {
				return OpenMore
			}
			return OpenUndecided
		}
		if bytes.HasPrefix(rest, []byte(ok)) {
			return OpenSuccess
		}
	case "result", "data":
		if svc != fault.Market {
			return OpenSuccess
		}
	}
	return OpenUndecided
}

func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// openXML reads as far as the root element and, for a SOAP Envelope, the
// first element of its Body, or for Market's response, its first element
// and that element's text.
func openXML(svc fault.Service, b []byte) Opening {
	s := xmlscan.New(b)
	const (
		root = iota
		envelope
		body
		response
		status
	)
	state := root
	var text []byte // the status's text
	for {
		t, ok, err := s.Next()
		switch {
		case err == xmlscan.ErrShort || err == nil && !ok:
			return OpenMore
		case err != nil:
			return OpenUndecided
		}
		if state == status {
			switch {
			case t.Kind == xmlscan.Text && text == nil:
				text = t.Raw
			case t.Kind == xmlscan.EndElement && bytes.Equal(bytes.TrimSpace(text), []byte("OK")):
				return OpenSuccess
			default:
				return OpenUndecided // another status, or OK only once entities are read
			}
			continue
		}
		if t.Kind != xmlscan.StartElement {
			continue
		}
		name := string(t.Local)
		switch state {
		case root:
			switch {
			case svc != fault.Market && name == "Envelope":
				state = envelope
			case svc != fault.Market && (name == "Fault" || name == "reportDownloadError"):
				return OpenUndecided
			case svc != fault.Direct && name == "response":
				state = response
			case svc != fault.Direct && name == "errors":
				return OpenUndecided
			default:
				return OpenSuccess
			}
		case envelope:
			if s.Depth() == 2 && name == "Body" {
				state = body
			}
		case body:
			if s.Depth() == 3 {
				if name == "Fault" {
					return OpenUndecided
				}
				return OpenSuccess
			}
		case response:
			if name != "status" || t.Empty {
				return OpenUndecided
			}
			state = status
		}
	}
}

// ReadLimited reads r up to limit bytes and reports whether there was more. Its
// buffer starts small and doubles as bytes arrive, so that it allocates at
// most about twice what it returns.
func ReadLimited(r io.Reader, limit int64) (body []byte, cut bool, err error) {
	buf := make([]byte, 0, min(limit, 4096))
	for {
		if len(buf) == cap(buf) {
			if int64(len(buf)) >= limit {
				// Full: one more byte says whether there was more.
				var probe [1]byte
				for {
					n, err := r.Read(probe[:])
					if n > 0 {
						return buf, true, nil
					}
					if err == io.EOF {
						return buf, false, nil
					}
					if err != nil {
						return buf, false, err
					}
				}
			}
			bigger := make([]byte, len(buf), min(2*int64(cap(buf)), limit))
			copy(bigger, buf)
			buf = bigger
		}
		n, rerr := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if rerr == io.EOF {
			return buf, false, nil
		}
		if rerr != nil {
			return buf, false, rerr
		}
	}
}
