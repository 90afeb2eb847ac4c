// Package fault is the normalised model of an error returned by the Yandex
// Market Partner API or the Yandex Direct API.
//
// A [Fault] keeps what the vendor said verbatim (its code, message, detail and
// request id) beside a classification a program can act on: a [Kind] to
// branch on with [errors.Is], an [Action] saying what must happen next, and
// whether and when to retry. Decoders live in the market and direct packages;
// the root package yafault chooses between them.
//
// Nothing in this package prints the raw body or a header value other than
// the request id, the points and the rate-limit counters, and every text it
// prints passes through [Redact], so a token echoed by the vendor is not
// leaked into logs.
package fault

import (
	"errors"
	"fmt"
	"io"
	"log/slog"
	"strconv"
	"strings"
	"time"
)

// Service names the API a fault came from.
type Service string

// The services.
const (
	Market Service = "market"
	Direct Service = "direct"
)

// Fault is one error response, normalised: what the vendor said, kept
// verbatim (Code, Message, Detail, RequestID, Errors, Units, RateLimit, a
// bounded Body), and what it means, its [Verdict] (Kind, Reason, Action,
// Retryable, Refused, Hint), with the wait decided for this response
// (RetryAfter). It is used as *Fault, as the error that functions returning
// error hand back: a one-line Error, an Is that matches its Kind, an
// Unwrap for the decoding cause.
//
// The zero value of a field means the response did not carry it, except
// where a field says otherwise.
type Fault struct {
	// Service is the API that answered; empty when neither the caller nor the
	// body said.
	Service Service
	// HTTPStatus is the response's status code; 0 when unknown. Direct
	// answers most errors with 200.
	HTTPStatus int
	// Code is the vendor's code verbatim: "53", "UNAUTHORIZED", "OTHER".
	// Empty when the body held none.
	Code string
	// Message is the vendor's text verbatim: Market's message, Direct's
	// error_string, faultstring or errorMessage. For a Market marking-code
	// or UIN check that did not pass, the code checked.
	Message string
	// Detail is the vendor's detail verbatim: Direct's error_detail or
	// errorDetail; for a Market marking-code or UIN check, its substatus.
	// Market has no other.
	Detail string
	// RequestID is the id to quote to support: from the body when it has
	// one, else from the RequestId (Direct) or X-Market-Req-ID and
	// X-Request-Id (Market) headers.
	RequestID string
	// Verdict is what the catalogs say the fault means: Kind, Reason,
	// Action, Retryable, Refused and Hint, as fields of the fault.
	Verdict
	// RetryAfter is how long to wait before retrying, decided for this
	// response (a Retry-After or X-RateLimit-Resource-Until header, else
	// the catalog's wait); 0 whenever Retryable is false.
	RetryAfter time.Duration
	// Params holds values carried in the message (campaignId, limit, period,
	// resource, ...) under the names the catalog gives them; nil when none.
	Params map[string]string
	// Errors holds the error entries the body held, in order, each
	// classified; the first is the primary one that the fields above
	// describe. Nil when the body held no entry (an HTML page, say). It
	// keeps at most the first 100 entries; OmittedErrors counts the rest.
	Errors []Entry
	// OmittedErrors is how many more error entries the body held than
	// Errors keeps; 0 when Errors holds them all.
	OmittedErrors int
	// Units is Direct's points accounting from the Units and
	// Units-Used-Login headers; nil when absent.
	Units *Units
	// RateLimit is Market's quota state from the X-RateLimit-Resource-*
	// headers; nil when absent.
	RateLimit *ResourceLimit
	// Body is a copy of the raw body, for debugging and for Items: at most
	// 64 KiB of an error body; all that was read of a 2xx body (a batch
	// rejected as a whole). It is never printed, logged or encoded by this
	// package.
	Body []byte
	// Err is why the body was not understood (not JSON, not the API's
	// envelope, truncated); nil when it was decoded. Unwrap returns it.
	Err error
}

// Verdict is what a catalog says of a vendor code, message or status: the
// classification a Fault and each of its entries carry, and what the
// direct and market packages' catalogs hold for each row.
type Verdict struct {
	// Kind is the portable category; Unknown when nothing identified it.
	Kind Kind
	// Reason is a stable UPPER_SNAKE id of what happened, such as
	// API_KEY_REVOKED or POINTS_EXHAUSTED. A reason means one thing, with
	// one verdict and one hint, in every catalog. Empty only for a value
	// built by hand.
	Reason string
	// Action is what should happen next; None when nothing known helps.
	Action Action
	// Retryable reports whether sending the same request again can succeed.
	Retryable bool
	// Refused reports, when Retryable, that the vendor turned the request
	// away before acting on it (it throttled it, found the quota spent or
	// the object locked, or could not authorize it), so that sending it
	// again cannot apply a change twice. False when it may have acted (an
	// internal error, a gateway timeout) and when not Retryable. Retry
	// policies resend a request that is not idempotent only when it is
	// true.
	Refused bool
	// Hint says in a sentence what to do; empty when there is nothing to add
	// to Action.
	Hint string
}

// Entry is one error entry of a response body, classified on its own.
// Market's errors[] may hold several; Direct's envelope holds one.
type Entry struct {
	// Code is the entry's vendor code verbatim; empty when absent.
	Code string
	// Message is the entry's text verbatim; empty when absent.
	Message string
	// Detail is the entry's detail verbatim; empty when absent.
	Detail string
	// Verdict is the entry's own classification.
	Verdict
	// Params holds the values carried in the entry's message; nil when none.
	Params map[string]string
}

// ErrNotResults means a body is neither a per-object results document nor a
// request-level error: what Items and the services' DecodeItems return for
// it.
var ErrNotResults = errors.New("not a per-object results document")

// ErrTooLarge means a results document is larger than any batch the APIs
// answer: its body is over 16 MiB, or it holds more than 100,000 objects.
var ErrTooLarge = errors.New("results document too large")

// Units is Direct's points accounting for one request: the Units header
// "spent/rest/limit" and the Units-Used-Login header.
type Units struct {
	// Spent is the points this request cost.
	Spent int64
	// Rest is the points left in the daily budget.
	Rest int64
	// Limit is the daily budget.
	Limit int64
	// Login is whose points were spent; empty when the header was absent.
	Login string
}

// ResourceLimit is Market's quota state for the resource a request used,
// from the X-RateLimit-Resource-* headers.
type ResourceLimit struct {
	// Limit is X-RateLimit-Resource-Limit; -1 when absent or unreadable.
	Limit int64
	// Remaining is X-RateLimit-Resource-Remaining; -1 when absent or
	// unreadable.
	Remaining int64
	// Until is X-RateLimit-Resource-Until, when the quota window ends; zero
	// when absent or unreadable.
	Until time.Time
}

var (
	_ error          = (*Fault)(nil)
	_ slog.LogValuer = (*Fault)(nil)
	_ fmt.Formatter  = Fault{}
	_ fmt.GoStringer = Fault{}
	_ error          = Kind(0)
)

// Error returns one line: the service prefix, then the code, the message and
// the detail, joined by ": ", empty parts skipped. Without a code and a
// message it names the HTTP status and the decoding cause instead. It never
// holds the body or a header value, and every part passes through
// [Printable].
func (f *Fault) Error() string {
	if f == nil {
		return "<nil>"
	}
	var b strings.Builder
	if f.Service != "" {
		b.WriteString(safe(string(f.Service)))
	} else {
		b.WriteString("yafault")
	}
	n := 0
	add := func(s string) {
		if s == "" {
			return
		}
		b.WriteString(": ")
		b.WriteString(s)
		n++
	}
	detail := f.Detail
	if detail == f.Message {
		detail = ""
	}
	for _, p := range printableParts(f.Code, f.Message, detail) {
		add(p)
	}
	if n == 0 {
		// No vendor text worth showing: say what is known instead.
		if f.HTTPStatus != 0 {
			add("http " + strconv.Itoa(f.HTTPStatus))
		}
		add(Printable(strings.ToLower(f.Reason)))
		if f.Err != nil {
			add(Printable(f.Err.Error()))
		}
		if n == 0 {
			add("error")
		}
	}
	return b.String()
}

// Format prints a Fault value as its pointer prints, for every fmt verb: %v
// and %s give Error's line, %q quotes it, %+v adds the classification and
// the request id, %#v gives GoString's literal. Through fmt, a nil *Fault
// prints <nil>.
func (f Fault) Format(s fmt.State, verb rune) {
	switch {
	case verb == 'v' && s.Flag('#'):
		io.WriteString(s, f.GoString())
	case verb == 'v' && s.Flag('+'):
		io.WriteString(s, f.verbose())
	case verb == 'q':
		io.WriteString(s, strconv.Quote(f.Error()))
	case verb == 'v', verb == 's':
		io.WriteString(s, f.Error())
	default:
		fmt.Fprintf(s, "%%!%c(fault.Fault=%s)", verb, f.Error())
	}
}

// verbose is the %+v line: Error's, then what the fault means.
func (f *Fault) verbose() string {
	var b strings.Builder
	b.WriteString(f.Error())
	b.WriteString(" [")
	b.WriteString(f.Kind.String())
	if f.Reason != "" {
		b.WriteString(" " + Printable(f.Reason))
	}
	if f.Retryable {
		b.WriteString(", retry after " + f.RetryAfter.String())
	}
	if f.RequestID != "" {
		b.WriteString(", request id " + Printable(f.RequestID))
	}
	b.WriteString("]")
	return b.String()
}

// GoString returns the fault as a Go literal for %#v: texts pass through
// [Printable], and the body and the entries are counted, not shown. Call it
// through fmt, which prints <nil> for a nil *Fault.
func (f Fault) GoString() string {
	var b strings.Builder
	b.WriteString("&fault.Fault{")
	sep := ""
	field := func(name, value string) {
		b.WriteString(sep + name + ":" + value)
		sep = ", "
	}
	text := func(name, v string) {
		if v != "" {
			field(name, strconv.Quote(Printable(v)))
		}
	}
	texts := append(printableParts(f.Code, f.Message, f.Detail), Printable(f.RequestID))
	quoted := func(name, v string) {
		if v != "" {
			field(name, strconv.Quote(v))
		}
	}
	text("Service", string(f.Service))
	if f.HTTPStatus != 0 {
		field("HTTPStatus", strconv.Itoa(f.HTTPStatus))
	}
	quoted("Code", texts[0])
	quoted("Message", texts[1])
	quoted("Detail", texts[2])
	quoted("RequestID", texts[3])
	field("Kind", "fault."+kindGoNames[min(int(f.Kind), len(kindGoNames)-1)])
	text("Reason", f.Reason)
	field("Action", strconv.Quote(f.Action.String()))
	field("Retryable", strconv.FormatBool(f.Retryable))
	if f.RetryAfter != 0 {
		field("RetryAfter", strconv.FormatInt(int64(f.RetryAfter), 10)+" /* "+f.RetryAfter.String()+" */")
	}
	if len(f.Errors) > 0 {
		field("Errors", "/* "+strconv.Itoa(len(f.Errors))+" entries */")
	}
	if f.OmittedErrors > 0 {
		field("OmittedErrors", strconv.Itoa(f.OmittedErrors))
	}
	if len(f.Body) > 0 {
		field("Body", "/* "+strconv.Itoa(len(f.Body))+" bytes */")
	}
	if f.Err != nil {
		field("Err", "/* "+strconv.Quote(Printable(f.Err.Error()))+" */")
	}
	b.WriteString("}")
	return b.String()
}

// kindGoNames are the kinds' constant names, the last for a value out of
// range.
var kindGoNames = [...]string{"Unknown", "Invalid", "Auth", "Permission", "Account", "NotFound",
	"Unsupported", "Conflict", "RateLimit", "Quota", "Locked", "Internal", "Unavailable", "Kind(?)"}

// MarshalText returns Error's line, for encoders given a Fault value rather
// than a pointer (encoding/json then writes a string, and log/slog's
// handlers the line). Call it through an encoder, which never calls it on a
// nil *Fault.
func (f Fault) MarshalText() ([]byte, error) { return []byte(f.Error()), nil }

// Unwrap returns why the body was not understood, or nil.
func (f *Fault) Unwrap() error {
	if f == nil {
		return nil
	}
	return f.Err
}

// Is reports whether target is the fault's Kind, so that
// errors.Is(err, fault.Auth) matches any auth fault in err's chain.
func (f *Fault) Is(target error) bool {
	k, ok := target.(Kind)
	return ok && f != nil && f.Kind == k
}

// ErrorType returns the fault's type for OpenTelemetry's error.type
// attribute, which semconv.ErrorType reads through this method: the
// service and the reason, "direct.POINTS_EXHAUSTED", "market.
// PARALLEL_LIMIT_EXCEEDED"; "yafault" stands for an unknown service and
// the kind, in capitals, for a missing reason. It is "" for a nil *Fault.
func (f *Fault) ErrorType() string {
	if f == nil {
		return ""
	}
	svc := Printable(string(f.Service))
	if svc == "" {
		svc = "yafault"
	}
	reason := Printable(f.Reason)
	if reason == "" {
		reason = strings.ToUpper(f.Kind.String())
	}
	return svc + "." + reason
}

// BodyError is the Err of a fault whose body was not the API's error
// document: empty, not JSON or XML, truncated, or another document. The
// fault is then classified from the HTTP status.
type BodyError struct {
	// ContentType is the response's media type without parameters; empty
	// when the header was absent.
	ContentType string
	// Problem says in a few words what was wrong with the body.
	Problem string
	// Err is the parser's error, when one failed; nil otherwise.
	Err error
}

// Error returns "unrecognized body", the content type and the problem; it
// is "<nil>" for a nil *BodyError.
func (e *BodyError) Error() string {
	if e == nil {
		return "<nil>"
	}
	s := "unrecognized body"
	if e.ContentType != "" {
		s += " (" + e.ContentType + ")"
	}
	if e.Problem != "" {
		s += ": " + e.Problem
	}
	if e.Err != nil {
		s += ": " + e.Err.Error()
	}
	return s
}

// Unwrap returns the parser's error; nil for a nil *BodyError.
func (e *BodyError) Unwrap() error {
	if e == nil {
		return nil
	}
	return e.Err
}

// Item is the outcome of one object of a batch request that the API
// answered per object: Direct's add, update, delete and the like, Market's
// offer updates, archive and promo changes, order status updates. A
// request-level Fault says the whole request failed; Items say which
// objects of an accepted request did.
type Item struct {
	// Index is the position in the response's array, which for Direct is
	// the position in the request's array.
	Index int `json:"index"`
	// ID is the object's id when the API returned one (Direct Id, Ids
	// joined by commas, ClientId; Market offerId, order or category id);
	// empty when it did not (Direct returns no Id for a failed object).
	ID string `json:"id,omitempty"`
	// Errors are the object's errors, each normalised; nil when it
	// succeeded.
	Errors []*Fault `json:"errors,omitempty"`
	// Warnings are the object's warnings (the operation was done with a
	// remark), each normalised; nil when there were none.
	Warnings []*Fault `json:"warnings,omitempty"`
}

// String returns the entry as one line: its code, message and detail
// joined by ": ", then its kind and reason, texts through [Printable].
func (e Entry) String() string {
	var parts []string
	for _, p := range printableParts(e.Code, e.Message, e.Detail) {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ": ") + " [" + e.Kind.String() + " " + Printable(e.Reason) + "]"
}

// Format prints the entry as String does, for every fmt verb (%q quotes
// it), so that printing a fault's Errors never shows a raw text.
func (e Entry) Format(s fmt.State, verb rune) { formatText(s, verb, e.String()) }

// String returns the item as one line: its index, its id and its errors
// and warnings, texts through [Printable].
func (it Item) String() string {
	var b strings.Builder
	b.WriteString("#" + strconv.Itoa(it.Index))
	if id := Printable(it.ID); id != "" {
		b.WriteString(" (" + id + ")")
	}
	for _, f := range it.Errors {
		b.WriteString("; error: " + f.Error())
	}
	for _, f := range it.Warnings {
		b.WriteString("; warning: " + f.Error())
	}
	return b.String()
}

// Format prints the item as String does, for every fmt verb (%q quotes
// it).
func (it Item) Format(s fmt.State, verb rune) { formatText(s, verb, it.String()) }

// formatText writes a value's one-line text for a fmt verb.
func formatText(s fmt.State, verb rune, text string) {
	if verb == 'q' {
		text = strconv.Quote(text)
	}
	io.WriteString(s, text)
}

// Failed reports whether the object has an error. Entry's and Item's
// methods take a value: called on a nil pointer they panic, as any value
// method does; fmt prints <nil> for one.
func (it Item) Failed() bool { return len(it.Errors) > 0 }
