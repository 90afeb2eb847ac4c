// Package wire holds the machinery that the market and direct decoders
// share: classifications and how they are applied, HTTP status fallbacks,
// header readers and body sniffing. Callers of yafault never touch it.
package wire

import (
	"bytes"
	"net/http"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/yafault/yafault/fault"
)

// Class is one catalog row's verdict: everything a fault takes from the
// catalog, with the helpers the decoders use.
type Class struct {
	fault.Verdict
	// Wait is the catalog's pause before a retry; 0 when not retryable. A
	// Retry-After or X-RateLimit-Resource-Until header overrides it (Wait
	// decides).
	Wait time.Duration
	// Why says, for a retryable row, why the vendor did or may have acted
	// on the request: the evidence behind Refused.
	Why string
}

// Refuse marks a retryable row as turned away before the vendor acted,
// and says why.
func (c Class) Refuse(why string) Class { c.Refused, c.Why = true, why; return c }

// MayApply marks a retryable row as possibly acted on, and says why.
func (c Class) MayApply(why string) Class { c.Refused, c.Why = false, why; return c }

// Apply gives f c's verdict and default wait: the one place a catalog row
// becomes a fault's classification.
func (c Class) Apply(f *fault.Fault) {
	f.Verdict = c.verdict()
	f.RetryAfter = 0
	if c.Retryable {
		f.RetryAfter = c.Wait
	}
}

// verdict is c's verdict as a fault carries it: Refused only when
// retryable.
func (c Class) verdict() fault.Verdict {
	v := c.Verdict
	v.Refused = v.Retryable && v.Refused
	return v
}

// Entry returns an Entry holding c's verdict and the given vendor texts.
func (c Class) Entry(code, msg, detail string, params map[string]string) fault.Entry {
	return fault.Entry{Code: code, Message: msg, Detail: detail, Verdict: c.verdict(), Params: params}
}

// EntryOf returns a fault's own classification as an Entry.
func EntryOf(f *fault.Fault) fault.Entry {
	return fault.Entry{Code: f.Code, Message: f.Message, Detail: f.Detail, Verdict: f.Verdict, Params: f.Params}
}

// C builds a Class with the kind's default action.
func C(k fault.Kind, reason string, retry bool, hint string) Class {
	c := Class{Verdict: fault.Verdict{Kind: k, Reason: reason, Action: DefaultAction(k), Retryable: retry, Hint: hint}}
	if !retry && c.Action == fault.Retry {
		c.Action = fault.None
	}
	if retry {
		c.Action = fault.Retry
		c.Wait = time.Second
	}
	return c
}

// WithWait returns c with another default wait.
func (c Class) WithWait(d time.Duration) Class { c.Wait = d; return c }

// WithAction returns c with another action.
func (c Class) WithAction(a fault.Action) Class { c.Action = a; return c }

// DefaultAction is the action that usually goes with a kind; catalogs
// override it where a code says otherwise (Direct 1020 is Internal but
// needs support, not a retry).
func DefaultAction(k fault.Kind) fault.Action {
	switch k {
	case fault.Invalid, fault.NotFound, fault.Unsupported, fault.Conflict:
		return fault.FixRequest
	case fault.Auth:
		return fault.Reauthenticate
	case fault.Permission:
		return fault.RequestAccess
	case fault.Account:
		return fault.FixAccount
	case fault.RateLimit, fault.Quota, fault.Locked, fault.Internal, fault.Unavailable:
		return fault.Retry
	}
	return fault.None
}

// Statuses the APIs use that net/http has no name for.
const (
	// StatusEnhanceYourCalm is how Market throttles (never 429).
	StatusEnhanceYourCalm = 420
	// StatusClientClosedRequest is nginx's status for a connection the
	// client closed before the answer; Market's docs list it, with no body.
	StatusClientClosedRequest = 499
)

// Is2xx reports whether status is a success status.
func Is2xx(status int) bool { return status >= 200 && status < 300 }

// StatusClass classifies a response from its HTTP status alone, for bodies
// that are not the API's envelope or that carry nothing more specific.
func StatusClass(status int) Class {
	switch status {
	case http.StatusBadRequest:
		return C(fault.Invalid, "BAD_REQUEST", false, "the request is malformed; read the message, fix the request and send it again")
	case http.StatusUnauthorized:
		return C(fault.Auth, "UNAUTHORIZED", false, "the credentials are missing or not accepted; send a valid token")
	case http.StatusPaymentRequired:
		return C(fault.Account, "PAYMENT_REQUIRED", false, "the account needs payment or a subscription")
	case http.StatusForbidden:
		return C(fault.Permission, "FORBIDDEN", false, "the credentials do not grant this operation")
	case http.StatusNotFound:
		return C(fault.NotFound, "NOT_FOUND", false, "check the URL and the ids in the request")
	case http.StatusMethodNotAllowed:
		return C(fault.Unsupported, "METHOD_NOT_ALLOWED", false, "the resource does not support this HTTP method")
	case http.StatusNotAcceptable:
		return C(fault.Unsupported, "NOT_ACCEPTABLE", false, "ask for a response format the method supports (JSON)")
	case http.StatusRequestTimeout:
		return C(fault.Unavailable, "REQUEST_TIMEOUT", true, "the server timed out reading the request; send it again").
			Refuse("408: the server gave up before it had the whole request (RFC 9110, 15.5.9)")
	case http.StatusConflict:
		return C(fault.Conflict, "CONFLICT", false, "the object's state forbids the operation")
	case http.StatusRequestEntityTooLarge:
		return C(fault.Invalid, "REQUEST_TOO_LARGE", false, "split the request into smaller ones (Market takes a body of at most 512 KB)")
	case http.StatusRequestURITooLong:
		return C(fault.Invalid, "URI_TOO_LONG", false, "shorten the URL; move parameters into the body")
	case http.StatusUnsupportedMediaType:
		return C(fault.Unsupported, "UNSUPPORTED_MEDIA_TYPE", false, "send the body as application/json with the matching Content-Type")
	case StatusEnhanceYourCalm:
		return C(fault.RateLimit, "ENHANCE_YOUR_CALM", true, "too many requests; slow down and retry later").
			Refuse("420 is how Market throttles: a request over the limits is turned away (Market's limits page)")
	case http.StatusUnprocessableEntity:
		return C(fault.Invalid, "UNPROCESSABLE_ENTITY", false, "the request is well-formed but its values are not accepted")
	case http.StatusLocked:
		return C(fault.Locked, "LOCKED", false, "the method cannot be used for this object now; read the message")
	case http.StatusTooManyRequests:
		return C(fault.RateLimit, "TOO_MANY_REQUESTS", true, "too many requests; slow down and retry later").
			Refuse("429: the request was throttled, not handled (RFC 6585, 4)")
	case StatusClientClosedRequest:
		return C(fault.Unavailable, "CLIENT_CLOSED_REQUEST", true, "the connection closed before the server answered; check client timeouts and retry").
			MayApply("499: the client left, but the server may have carried the request on")
	case http.StatusInternalServerError:
		return C(fault.Internal, "INTERNAL_ERROR", true, "the server failed; retry later and contact support if it persists").
			MayApply("500: the server failed while handling the request, perhaps after acting on part of it")
	case http.StatusNotImplemented:
		return C(fault.Unsupported, "NOT_IMPLEMENTED", false, "the server does not support this method")
	case http.StatusBadGateway:
		return C(fault.Unavailable, "BAD_GATEWAY", true, "a proxy could not reach the API; retry later").
			MayApply("502: a gateway got no valid answer, which does not say whether the API acted")
	case http.StatusServiceUnavailable:
		return C(fault.Unavailable, "SERVICE_UNAVAILABLE", true, "the service is overloaded or down; retry later, and contact support if it persists").WithWait(5 * time.Second).
			Refuse("503: the server could not handle the request (RFC 9110, 15.6.4)")
	case http.StatusGatewayTimeout:
		return C(fault.Unavailable, "GATEWAY_TIMEOUT", true, "the API did not answer in time; retry later").
			MayApply("504: the API answered too late for the gateway, perhaps after acting")
	}
	switch {
	case status >= 400 && status < 500:
		return C(fault.Invalid, "HTTP_CLIENT_ERROR", false, "the request was refused; read the status and the body")
	case status >= 500 && status < 600:
		return C(fault.Unavailable, "HTTP_SERVER_ERROR", true, "the server failed; retry later").
			MayApply("a 5xx status says nothing of whether the request was acted on")
	}
	return C(fault.Unknown, "UNEXPECTED_STATUS", false, "the response is neither a success nor an API error")
}

// statusReasons files the status fallbacks by reason.
var statusReasons = func() map[string]Class {
	m := map[string]Class{}
	for status := 100; status < 600; status++ {
		c := StatusClass(status)
		m[c.Reason] = c
	}
	return m
}()

// StatusReason returns the status fallback that a reason names, for the
// catalogs whose codes and messages mean no more than a status (Market's
// BAD_REQUEST, FORBIDDEN, SERVICE_UNAVAILABLE); ok is false for a reason
// no status gives.
func StatusReason(reason string) (Class, bool) {
	c, ok := statusReasons[reason]
	return c, ok
}

// TrimBody returns b without a UTF-8 byte order mark and surrounding white
// space.
func TrimBody(b []byte) []byte {
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	return bytes.TrimSpace(b)
}

// ParseDate reads an HTTP date header value; ok is false when it is absent or
// unreadable.
func ParseDate(v string) (t time.Time, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return time.Time{}, false
	}
	if t, err := http.ParseTime(v); err == nil {
		return t, true
	}
	// A wrong weekday or a missing one should not lose the date: parse
	// without the weekday.
	if i := strings.IndexByte(v, ','); i >= 0 {
		rest := strings.TrimSpace(v[i+1:])
		for _, layout := range []string{"02 Jan 2006 15:04:05 MST", "2 Jan 2006 15:04:05 MST", "02 Jan 2006 15:04:05 -0700"} {
			if t, err := time.Parse(layout, rest); err == nil {
				return t, true
			}
		}
	}
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return t, true
	}
	return time.Time{}, false
}

// Get is h.Get(name) for a name written in canonical form ("Retry-After",
// "X-Ratelimit-Resource-Limit"): it skips the canonicalisation http.Header
// does on every call, which cost a sixth of decoding a short Market error
// for the few headers every response is asked for. TestCanonicalNames
// holds every name passed to it to the canonical form.
func Get(h http.Header, name string) string {
	if v := h[name]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// Now returns the response's own clock (the Date header) when present, so
// that waits computed from vendor times do not depend on the local clock;
// otherwise now.
func Now(h http.Header, now func() time.Time) time.Time {
	if t, ok := ParseDate(Get(h, "Date")); ok {
		return t
	}
	return now()
}

// RetryAfterHeader reads a Retry-After header given as seconds or as an
// HTTP date, capped at MaxVendorWait; ok is false when absent or
// unreadable.
func RetryAfterHeader(h http.Header, now func() time.Time) (time.Duration, bool) {
	v := strings.TrimSpace(Get(h, "Retry-After"))
	if v == "" {
		return 0, false
	}
	if d, ok := Seconds(v, MaxVendorWait); ok {
		return d, true
	}
	if t, ok := ParseDate(v); ok {
		return min(max(t.Sub(Now(h, now)), 0), MaxVendorWait), true
	}
	return 0, false
}

// Err returns f as an error: nil when f is nil, never a nil *fault.Fault
// in a non-nil error.
func Err(f *fault.Fault) error {
	if f == nil {
		return nil
	}
	return f
}

// Finish sets what every decoder sets last on a fault: the service, the
// request id from the headers named when the body had none, and the wait,
// decided once for the response. The service's quota headers (Units,
// RateLimit) must be set before, since the wait reads them.
func Finish(f *fault.Fault, svc fault.Service, h http.Header, now func() time.Time, idHeaders ...string) {
	f.Service = svc
	if f.RequestID == "" {
		f.RequestID = RequestID(h, idHeaders...)
	}
	f.RetryAfter, _ = Wait(f, h, now)
}

// MaxIDLen bounds a request id or a login read from a header or a body:
// real ones are under 40 bytes, and a longer value is clipped, not
// dropped.
const MaxIDLen = 128

// maxMediaTypeLen bounds the media type a BodyError names.
const maxMediaTypeLen = 64

// RequestID returns the first non-empty value of the headers named, clipped
// to MaxIDLen.
func RequestID(h http.Header, names ...string) string {
	for _, n := range names {
		if v := strings.TrimSpace(Get(h, n)); v != "" {
			return Clip(v, MaxIDLen)
		}
	}
	return ""
}

// Clip bounds a header-derived string to n bytes on a rune boundary.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// MaxKeptBody bounds the copy of the raw body a fault keeps.
const MaxKeptBody = 64 << 10

// KeepBody returns a bounded copy of body for Fault.Body.
func KeepBody(body []byte) []byte {
	if len(body) == 0 {
		return nil
	}
	n := min(len(body), MaxKeptBody)
	return append([]byte(nil), body[:n]...)
}

// BodyError builds the Err of a fault whose body was not understood.
func BodyError(h http.Header, problem string, err error) *fault.BodyError {
	ct := h.Get("Content-Type")
	if i := strings.IndexByte(ct, ';'); i >= 0 {
		ct = ct[:i]
	}
	return &fault.BodyError{ContentType: Clip(strings.ToLower(strings.TrimSpace(ct)), maxMediaTypeLen), Problem: problem, Err: err}
}

// StatusFault builds the fault for a response whose body is not the API's
// error document.
func StatusFault(svc fault.Service, status int, h http.Header, body []byte, cause error) *fault.Fault {
	f := &fault.Fault{Service: svc, HTTPStatus: status, Body: KeepBody(body), Err: cause}
	StatusClass(status).Apply(f)
	return f
}

// IsHTML reports whether a trimmed body is an HTML page, as balancers and
// proxies send.
func IsHTML(b []byte) bool {
	return hasPrefixFold(b, "<!doctype html") || hasPrefixFold(b, "<html")
}

func hasPrefixFold(b []byte, prefix string) bool {
	return len(b) >= len(prefix) && strings.EqualFold(string(b[:len(prefix)]), prefix)
}
