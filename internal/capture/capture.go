// Package capture reads a captured HTTP response as `curl -i` saves it: a
// status line, headers, a blank line and the body, possibly after interim
// responses (100 Continue, a proxy's 200 Connection established) and
// possibly after the request that produced it, pasted in front.
package capture

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"
)

// Response is a parsed capture.
type Response struct {
	Proto  string // "HTTP/1.1", "HTTP/2"
	Status int
	Header http.Header
	Body   []byte
	// Host is the Host header of a request pasted in front of the response;
	// empty when there was none. Nothing else of the request is kept, so
	// its credentials go no further.
	Host string
}

// ErrNoResponse means the input holds no HTTP status line.
var ErrNoResponse = errors.New("no HTTP status line found (want a response as curl -i saves it)")

// Parse reads the last response in data; interim responses before it are
// skipped. The body is returned verbatim (curl has already removed any
// chunked encoding).
func Parse(data []byte) (*Response, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	start := statusLineAt(data)
	if start < 0 {
		return nil, ErrNoResponse
	}
	host := requestHost(data[:start])
	rest := data[start:]
	for {
		r, body, err := parseOne(rest)
		if err != nil {
			return nil, err
		}
		// Another status line right after the header block means this one
		// was interim (1xx, or a proxy's answer to CONNECT).
		if next := bytes.TrimLeft(body, "\r\n"); isStatusLine(next) {
			rest = next
			continue
		}
		r.Body = body
		r.Host = host
		return r, nil
	}
}

func parseOne(b []byte) (*Response, []byte, error) {
	line, rest := cutLine(b)
	proto, code, ok := parseStatusLine(line)
	if !ok {
		return nil, nil, fmt.Errorf("bad status line %q", clip(line, 80))
	}
	r := &Response{Proto: proto, Status: code, Header: http.Header{}}
	var last string
	for {
		if len(rest) == 0 {
			return r, nil, nil
		}
		line, rest = cutLine(rest)
		if len(line) == 0 {
			return r, rest, nil
		}
		if (line[0] == ' ' || line[0] == '\t') && last != "" {
			vs := r.Header[last]
			vs[len(vs)-1] += " " + strings.TrimSpace(string(line))
			continue
		}
		name, value, found := strings.Cut(string(line), ":")
		if !found || strings.TrimSpace(name) == "" {
			return nil, nil, fmt.Errorf("bad header line %q", clip(line, 40))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		r.Header[last] = append(r.Header[last], strings.TrimSpace(value))
	}
}

// cutLine returns the first line of b without its CRLF or LF, and the rest.
func cutLine(b []byte) (line, rest []byte) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return bytes.TrimSuffix(b, []byte("\r")), nil
	}
	return bytes.TrimSuffix(b[:i], []byte("\r")), b[i+1:]
}

// parseStatusLine reads "HTTP/1.1 401 Unauthorized" or "HTTP/2 420".
func parseStatusLine(line []byte) (proto string, code int, ok bool) {
	f := strings.Fields(string(line))
	if len(f) < 2 || !strings.HasPrefix(f[0], "HTTP/") {
		return "", 0, false
	}
	code, err := strconv.Atoi(f[1])
	if err != nil || len(f[1]) != 3 || code < 100 || code > 999 {
		return "", 0, false
	}
	return f[0], code, true
}

func isStatusLine(b []byte) bool {
	line, _ := cutLine(b)
	_, _, ok := parseStatusLine(line)
	return ok
}

// statusLineAt returns the offset of the first line that is a status line,
// or -1.
func statusLineAt(data []byte) int {
	off := 0
	for off < len(data) {
		if isStatusLine(data[off:]) {
			return off
		}
		i := bytes.IndexByte(data[off:], '\n')
		if i < 0 {
			return -1
		}
		off += i + 1
	}
	return -1
}

// requestHost returns the Host header of a request pasted before the
// response, or "".
func requestHost(b []byte) string {
	for len(b) > 0 {
		var line []byte
		line, b = cutLine(b)
		name, value, ok := strings.Cut(string(line), ":")
		if ok && strings.EqualFold(strings.TrimSpace(name), "host") {
			return strings.TrimSpace(value)
		}
	}
	return ""
}

func clip(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}
