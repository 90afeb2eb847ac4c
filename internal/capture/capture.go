// Package capture reads a captured HTTP response as `curl -i` saves it: a
// status line, headers, a blank line and the body, possibly after interim
// responses (100 Continue, a proxy's 200 Connection established) and
// possibly after the request that produced it, pasted in front.
//
// [Read] streams: whatever the input's size, it holds one line at a time
// until the response's headers end, then at most the body limit it is
// given, and it says when it cut the body.
package capture

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/textproto"
	"strconv"
	"strings"

	"github.com/yafault/yafault/internal/wire"
)

// Response is a parsed capture.
type Response struct {
	Proto  string // "HTTP/1.1", "HTTP/2"
	Status int
	Header http.Header
	Body   []byte
	// Cut reports that the body was longer than the limit Read was given
	// and Body holds only its first bytes.
	Cut bool
	// Host is the Host header of a request pasted in front of the response;
	// empty when there was none. Nothing else of the request is kept, so
	// its credentials go no further.
	Host string
}

// ErrNoResponse means the input holds no HTTP status line.
var ErrNoResponse = errors.New("no HTTP status line found (want a response as curl -i saves it)")

// Bounds on what is held before the body.
const (
	// maxLine bounds a header line; a longer one is an error, and a longer
	// line before the status line is skipped without being held.
	maxLine = 64 << 10
	// maxHeader bounds a response's header block.
	maxHeader = 1 << 20
	// maxStatusLine bounds a status line: "HTTP/1.1 420 Enhance Your Calm".
	maxStatusLine = 256
)

// Parse reads the last response in data, with no bound on its body.
func Parse(data []byte) (*Response, error) {
	return Read(bytes.NewReader(data), int64(len(data)))
}

// Read reads the last response of a capture from r; interim responses
// before it are skipped. It keeps at most maxBody bytes of the body, sets
// Cut when there were more, and reads no further. The body is returned
// verbatim (curl has already removed any chunked encoding).
func Read(r io.Reader, maxBody int64) (*Response, error) {
	br := bufio.NewReaderSize(r, 4096)
	if b, err := br.Peek(3); err == nil && string(b) == "\xef\xbb\xbf" {
		br.Discard(3)
	}
	host, err := skipToStatus(br)
	if err != nil {
		return nil, err
	}
	for {
		resp, err := readHead(br)
		if err != nil {
			return nil, err
		}
		// Another status line right after the header block means this one
		// was interim (1xx, or a proxy's answer to CONNECT).
		if nextIsStatus(br) {
			continue
		}
		resp.Host = host
		body, cut, err := ReadBody(br, maxBody)
		if err != nil {
			return nil, err
		}
		resp.Cut = cut
		if len(body) > 0 {
			resp.Body = body
		}
		return resp, nil
	}
}

// ReadBody reads r up to limit bytes and reports whether there was more,
// allocating at most about twice what it returns (wire.ReadLimited).
func ReadBody(r io.Reader, limit int64) (body []byte, cut bool, err error) {
	return wire.ReadLimited(r, limit)
}

// line reads one line without its CRLF or LF. A line longer than max is
// consumed whole but only its first max bytes are kept, and long is set.
// At the end of the input it returns io.EOF.
func line(br *bufio.Reader, max int) (l []byte, long bool, err error) {
	total := 0
	for {
		frag, err := br.ReadSlice('\n')
		total += len(frag)
		if room := max - len(l); room > 0 {
			l = append(l, frag[:min(len(frag), room)]...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && total == 0:
			return nil, false, io.EOF
		case err != nil && err != io.EOF:
			return nil, false, err
		}
		break
	}
	l = bytes.TrimSuffix(l, []byte("\n"))
	l = bytes.TrimSuffix(l, []byte("\r"))
	return l, total > max+2, nil
}

// skipToStatus reads up to the first status line, which it leaves unread,
// and returns the Host header of the lines it skipped.
func skipToStatus(br *bufio.Reader) (host string, err error) {
	for {
		if peekStatus(br, 0) {
			return host, nil
		}
		l, long, err := line(br, maxStatusLine)
		if err != nil {
			return "", ErrNoResponse
		}
		if name, value, ok := strings.Cut(string(l), ":"); ok && !long && host == "" && strings.EqualFold(strings.TrimSpace(name), "host") {
			host = strings.TrimSpace(value)
		}
	}
}

// peekStatus reports whether a status line starts skip bytes ahead.
func peekStatus(br *bufio.Reader, skip int) bool {
	b, _ := br.Peek(skip + maxStatusLine)
	if len(b) < skip {
		return false
	}
	b = b[skip:]
	if i := bytes.IndexByte(b, '\n'); i >= 0 {
		b = b[:i]
	}
	_, _, ok := parseStatusLine(bytes.TrimSuffix(b, []byte("\r")))
	return ok
}

// nextIsStatus reports whether, after blank lines, a status line follows;
// it consumes the blank lines only when one does.
func nextIsStatus(br *bufio.Reader) bool {
	n := 0
	for {
		b, err := br.Peek(n + 1)
		if err != nil || len(b) <= n || (b[n] != '\r' && b[n] != '\n') {
			break
		}
		n++
		if n >= br.Size()-maxStatusLine {
			return false
		}
	}
	if !peekStatus(br, n) {
		return false
	}
	br.Discard(n)
	return true
}

// readHead reads a status line and the header block after it.
func readHead(br *bufio.Reader) (*Response, error) {
	l, _, err := line(br, maxStatusLine)
	if err != nil {
		return nil, ErrNoResponse
	}
	proto, code, ok := parseStatusLine(l)
	if !ok {
		return nil, fmt.Errorf("bad status line %q", clip(l, 80))
	}
	r := &Response{Proto: proto, Status: code, Header: http.Header{}}
	var last string
	var folded strings.Builder // continuation lines of the last header
	flushFolded := func() {
		if folded.Len() > 0 {
			vs := r.Header[last]
			vs[len(vs)-1] += folded.String()
			folded.Reset()
		}
	}
	size := 0
	for {
		l, long, err := line(br, maxLine)
		if err == io.EOF {
			flushFolded()
			return r, nil
		}
		if err != nil {
			return nil, err
		}
		if long {
			return nil, fmt.Errorf("header line longer than %d bytes", maxLine)
		}
		// Every line counts, its end included, so that a block of empty
		// continuation lines is bounded too.
		if size += len(l) + 1; size > maxHeader {
			return nil, fmt.Errorf("headers longer than %d bytes", maxHeader)
		}
		if len(l) == 0 {
			flushFolded()
			return r, nil
		}
		if (l[0] == ' ' || l[0] == '\t') && last != "" {
			// Obsolete line folding: gathered, then joined once, so that
			// many folded lines cost time linear in their length.
			if v := bytes.TrimSpace(l); len(v) > 0 {
				folded.WriteByte(' ')
				folded.Write(v)
			}
			continue
		}
		flushFolded()
		name, value, found := strings.Cut(string(l), ":")
		if !found || strings.TrimSpace(name) == "" {
			return nil, fmt.Errorf("bad header line %q", clip(l, 40))
		}
		last = textproto.CanonicalMIMEHeaderKey(strings.TrimSpace(name))
		r.Header[last] = append(r.Header[last], strings.TrimSpace(value))
	}
}

// parseStatusLine reads "HTTP/1.1 401 Unauthorized" or "HTTP/2 420".
func parseStatusLine(l []byte) (proto string, code int, ok bool) {
	if len(l) > maxStatusLine || !bytes.HasPrefix(l, []byte("HTTP/")) {
		return "", 0, false
	}
	f := strings.Fields(string(l))
	if len(f) < 2 {
		return "", 0, false
	}
	code, err := strconv.Atoi(f[1])
	if err != nil || len(f[1]) != 3 || code < 100 || code > 999 {
		return "", 0, false
	}
	return f[0], code, true
}

func clip(b []byte, n int) string {
	if len(b) > n {
		b = b[:n]
	}
	return string(b)
}
