// Package market decodes the error responses of the Yandex Market Partner
// API (api.partner.market.yandex.ru) into [fault.Fault] values.
//
// Market sends three body shapes, all handled by [Decode]: the current
// envelope {"status":"ERROR","errors":[{"code","message"}...]}, the legacy
// object {"error":{"code":400,"message":...}}, and a hybrid holding both. A
// 200 with status ERROR is a fault too (offer-mappings and offer-cards
// updates, where nothing was applied). Market's code alone is not reliable,
// so entries are classified on the HTTP status, the message pattern and the
// code together; Market throttles with 420, never 429.
package market

import (
	"bytes"
	"encoding/json"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// Wire structs: tolerant on purpose, every value kept raw and read with
// wire.Text so that a number where a string was expected loses nothing.
type envelope struct {
	Status  json.RawMessage `json:"status"`
	Errors  json.RawMessage `json:"errors"`
	Error   json.RawMessage `json:"error"`
	Results json.RawMessage `json:"results"`
}

type apiError struct {
	Code    json.RawMessage `json:"code"`
	Message json.RawMessage `json:"message"`
}

type itemResult struct {
	OfferID json.RawMessage `json:"offerId"`
	Errors  []itemError     `json:"errors"`
}

type itemError struct {
	Type        json.RawMessage `json:"type"`
	ParameterID json.RawMessage `json:"parameterId"`
	Message     json.RawMessage `json:"message"`
}

// requestIDHeaders are the headers a Market request id is read from, in
// order. Market documents none; these are captured when present.
var requestIDHeaders = []string{"X-Market-Req-ID", "X-Request-Id", "X-Req-Id"}

// Decode returns the fault a Market response carries, or nil when it
// carries none. It never panics and never rewrites the vendor's code or
// text; a non-2xx body it does not understand still gives a fault,
// classified from the status, whose Err says why.
func Decode(status int, h http.Header, body []byte) *fault.Fault {
	return DecodeAt(status, h, body, time.Now)
}

// DecodeAt is Decode with a clock, used when the response has no Date
// header to measure X-RateLimit-Resource-Until against.
func DecodeAt(status int, h http.Header, body []byte, now func() time.Time) *fault.Fault {
	if h == nil {
		h = http.Header{}
	}
	f := decodeBody(status, h, body)
	if f == nil {
		return nil
	}
	f.Service = fault.Market
	if f.RequestID == "" {
		f.RequestID = wire.RequestID(h, requestIDHeaders...)
	}
	f.RateLimit = rateLimit(h)
	retryAfter(f, h, now)
	return f
}

// Recognize reports whether body looks like a Market error document, for
// telling the service from the body alone.
func Recognize(body []byte) bool {
	b := wire.TrimBody(body)
	if len(b) == 0 || b[0] != '{' {
		return false
	}
	var env envelope
	if json.Unmarshal(b, &env) != nil {
		return false
	}
	if s := wire.Text(env.Status); s == "ERROR" {
		return true
	}
	if len(env.Errors) > 0 && env.Errors[0] == '[' {
		return true
	}
	var legacy apiError
	return len(env.Error) > 0 && json.Unmarshal(env.Error, &legacy) == nil && len(legacy.Code) > 0 && legacy.Code[0] != '"'
}

func decodeBody(status int, h http.Header, body []byte) *fault.Fault {
	ok2xx := wire.Is2xx(status)
	b := wire.TrimBody(body)
	if len(b) == 0 {
		if ok2xx {
			return nil
		}
		return wire.StatusFault(fault.Market, status, h, body, wire.BodyError(h, "empty body", nil))
	}
	if b[0] != '{' {
		if ok2xx {
			return nil
		}
		problem := "not a JSON object"
		if wire.IsHTML(b) {
			problem = "HTML page"
		}
		return wire.StatusFault(fault.Market, status, h, body, wire.BodyError(h, problem, nil))
	}
	var env envelope
	if err := json.Unmarshal(b, &env); err != nil {
		if ok2xx {
			return nil // a success body we could not read is the caller's to decode
		}
		return wire.StatusFault(fault.Market, status, h, body, wire.BodyError(h, "invalid JSON", err))
	}
	st := wire.Text(env.Status)
	entries, primary, problem := errorEntries(status, env)
	if ok2xx {
		switch {
		case st == "OK":
			return nil
		case st == "ERROR":
		case st == "" && len(entries) > 0:
		default:
			return nil
		}
	}
	f := &fault.Fault{HTTPStatus: status, Body: wire.KeepBody(body)}
	if len(entries) == 0 && ok2xx {
		entries = resultEntries(env.Results)
		if len(entries) > 0 {
			f.Errors = entries
			c := wire.C(entries[0].Kind, "BATCH_REJECTED", false,
				"at least one item has an error, so nothing from the request was applied; fix the items listed and send the whole request again")
			c.Apply(f)
			f.Code, f.Message, f.Params = entries[0].Code, entries[0].Message, entries[0].Params
			return f
		}
	}
	if len(entries) == 0 {
		if ok2xx {
			wire.C(fault.Unknown, "STATUS_ERROR", false, "the response says ERROR but lists no error").Apply(f)
			return f
		}
		if problem == "" {
			problem = "no error entries"
		}
		wire.StatusClass(status).Apply(f)
		f.Err = wire.BodyError(h, problem, nil)
		return f
	}
	f.Errors = entries
	primary.Apply(f)
	f.Code, f.Message, f.Params = entries[0].Code, entries[0].Message, entries[0].Params
	return f
}

// errorEntries returns the entries of errors[], or of the legacy error
// object when errors[] holds none, each classified, and the verdict of the
// first.
func errorEntries(status int, env envelope) (entries []fault.Entry, primary wire.Class, problem string) {
	var list []apiError
	switch {
	case len(env.Errors) == 0 || string(env.Errors) == "null":
	case env.Errors[0] == '[':
		var raws []json.RawMessage
		if json.Unmarshal(env.Errors, &raws) != nil {
			problem = "errors is not a list of objects"
		}
		for _, r := range raws {
			var e apiError
			if json.Unmarshal(r, &e) != nil {
				// A string entry still says something: keep it as the message.
				e = apiError{Message: r}
			}
			list = append(list, e)
		}
	case env.Errors[0] == '{':
		var e apiError
		if json.Unmarshal(env.Errors, &e) == nil {
			list = append(list, e)
		}
	default:
		problem = "errors is neither a list nor an object"
	}
	if len(list) == 0 && len(env.Error) > 0 && string(env.Error) != "null" {
		var e apiError
		if json.Unmarshal(env.Error, &e) != nil {
			e = apiError{Message: env.Error}
		}
		list = append(list, e)
	}
	for _, e := range list {
		code, msg := wire.Text(e.Code), wire.Text(e.Message)
		if code == "" && msg == "" {
			continue
		}
		c, params := Classify(status, code, msg)
		if len(entries) == 0 {
			primary = c
		}
		entries = append(entries, c.Entry(code, msg, "", params))
	}
	return entries, primary, problem
}

// resultEntries returns the per-offer errors of an offer-mappings or
// offer-cards update answered 200 with status ERROR.
func resultEntries(raw json.RawMessage) []fault.Entry {
	if len(raw) == 0 || raw[0] != '[' {
		return nil
	}
	var results []itemResult
	if json.Unmarshal(raw, &results) != nil {
		return nil
	}
	var out []fault.Entry
	for _, r := range results {
		for _, e := range r.Errors {
			typ, msg := wire.Text(e.Type), wire.Text(e.Message)
			c := itemClass(typ, false)
			params := map[string]string{}
			if id := wire.Text(r.OfferID); id != "" {
				params["offerId"] = id
			}
			if pid := wire.Text(e.ParameterID); pid != "" {
				params["parameterId"] = pid
			}
			out = append(out, c.Entry(typ, msg, "", params))
		}
	}
	return out
}

// machineTokenRE finds a machine token leading a message, as in
// "NO_REQUIRED_FIELDS: ...": upper case with at least one underscore, so
// that "JSON: ..." is not taken for one.
var machineTokenRE = regexp.MustCompile(`^\s*([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\s*:`)

// genericCodes say no more than the HTTP status they come with.
var genericCodes = map[string]bool{
	"BAD_REQUEST": true, "UNAUTHORIZED": true, "FORBIDDEN": true, "NOT_FOUND": true,
	"LOCKED": true, "INTERNAL_ERROR": true, "UNSUPPORTED_MEDIA_TYPE": true, "OTHER": true,
}

// Classify returns the verdict for one Market error entry and the values
// its message carries. It tries, in order: a machine token leading the
// message, the message catalog (rows of the same status first), the code,
// and the HTTP status.
func Classify(status int, code, msg string) (wire.Class, map[string]string) {
	statusClass := wire.StatusClass(status)
	dominant := status == 420 || status == 499 || status >= 500
	if m := machineTokenRE.FindStringSubmatch(msg); m != nil {
		tok := m[1]
		c, ok := codeRows[tok]
		switch {
		case ok:
		case !wire.Is2xx(status):
			c = statusClass
		default:
			c = wire.C(fault.Invalid, tok, false, "")
		}
		c.Reason = tok
		return c, nil
	}
	if row, params := lookup(status, msg); row != nil {
		if dominant && row.Status != status {
			return statusClass, params
		}
		return row.Class, params
	}
	if c, ok := codeRows[code]; ok && !(genericCodes[code] && !wire.Is2xx(status)) {
		return c, nil
	}
	if !wire.Is2xx(status) {
		return statusClass, nil
	}
	if code != "" && machineTokenRE.MatchString(code+":") {
		return wire.C(fault.Unknown, code, false, ""), nil
	}
	return wire.C(fault.Unknown, "UNKNOWN_MESSAGE", false, ""), nil
}

// lookup finds the catalog row for msg, preferring rows documented for the
// response's status.
func lookup(status int, msg string) (*messageRow, map[string]string) {
	rows, params := messages.Lookup(msg, nil)
	for i, r := range rows {
		if r.Status == status {
			return r, params[i]
		}
	}
	if len(rows) > 0 {
		return rows[0], params[0]
	}
	return nil, nil
}

// rateLimit reads the X-RateLimit-Resource-* headers; nil when none is set.
func rateLimit(h http.Header) *fault.ResourceLimit {
	l, r, u := h.Get("X-RateLimit-Resource-Limit"), h.Get("X-RateLimit-Resource-Remaining"), h.Get("X-RateLimit-Resource-Until")
	if l == "" && r == "" && u == "" {
		return nil
	}
	rl := &fault.ResourceLimit{Limit: count(l), Remaining: count(r)}
	if t, ok := wire.ParseDate(u); ok {
		rl.Until = t.UTC()
	}
	return rl
}

// count reads a counter header; -1 when absent or unreadable. Grouping
// spaces ("10 000") are allowed.
func count(v string) int64 {
	v = strings.ReplaceAll(strings.TrimSpace(v), " ", "")
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 {
		return -1
	}
	return n
}

// retryAfter sets RetryAfter for a retryable fault: a Retry-After header
// wins; a spent resource quota waits until X-RateLimit-Resource-Until,
// measured against the response's own Date; otherwise the catalog's wait.
func retryAfter(f *fault.Fault, h http.Header, now func() time.Time) {
	if !f.Retryable {
		f.RetryAfter = 0
		return
	}
	if d, ok := wire.RetryAfterHeader(h, now); ok {
		f.RetryAfter = max(d, time.Second)
		return
	}
	rl := f.RateLimit
	quotaSpent := f.Reason == "RESOURCE_LIMIT_EXCEEDED" ||
		(f.HTTPStatus == 420 && f.Reason != "PARALLEL_LIMIT_EXCEEDED" && rl != nil && rl.Remaining == 0)
	if quotaSpent && rl != nil && !rl.Until.IsZero() {
		d := rl.Until.Sub(wire.Now(h, now))
		f.RetryAfter = max(d, time.Second)
		return
	}
	if f.RetryAfter == 0 {
		f.RetryAfter = time.Second
	}
}

// looksLikeError reports whether the start of a 2xx body may hold an error
// document, so that a success body need not be read whole.
func looksLikeError(prefix []byte) bool {
	return bytes.Contains(prefix, []byte(`"ERROR"`)) || bytes.Contains(prefix, []byte(`"error"`)) || bytes.Contains(prefix, []byte(`"errors"`))
}

// MayCarryError reports whether a 2xx response whose body starts with
// prefix may carry an error, so that a caller can skip reading the rest.
func MayCarryError(prefix []byte) bool { return looksLikeError(prefix) }
