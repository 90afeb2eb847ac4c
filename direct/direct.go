// Package direct decodes the error responses of the Yandex Direct API (v5
// JSON and SOAP, the Reports service, and the legacy v4 JSON API) into
// [fault.Fault] values.
//
// Direct answers most request errors with HTTP 200, so the body decides, not
// the status; the status is used only when the body is not one of Direct's
// error documents (an HTML page from a balancer, an empty body). Codes are
// classified from one table keyed on the numeric code. The texts, whose
// language follows the request's Accept-Language, are read for one thing
// only: telling a missing token from a wrong one under codes 53 and 8000.
package direct

import (
	"bytes"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/wire"
)

// The verdicts the decoder gives beside the catalog's rows, one per
// reason.
var (
	malformedError = wire.C(fault.Unknown, "MALFORMED_ERROR", false, "the body looks like an error document but could not be read; see the message and the raw body")
	missingCode    = wire.C(fault.Unknown, "MISSING_CODE", false, "the error carries no code; read the message")
	unknownCode    = wire.C(fault.Unknown, "UNKNOWN_CODE", false, "a code the catalog does not hold, or not a number; read the message and detail")
	unknownWarning = wire.C(fault.Unknown, "UNKNOWN_WARNING", false, "a warning the catalog does not hold; the operation was done, read the message")
	tokenMissing   = wire.C(fault.Auth, "TOKEN_MISSING", false, "send the OAuth token in the Authorization header, after the word Bearer")
)

// requestIDHeaders are the headers a Direct request id is read from when the
// body has none, in order.
var requestIDHeaders = []string{"Requestid", "Request-Id"}

// Decode returns the fault a Direct response carries as an error that is a
// *fault.Fault, or nil when it carries none. It never panics and never
// rewrites the vendor's code or text; a non-2xx body it does not
// understand still gives a fault, classified from the status, whose Err
// says why.
func Decode(status int, h http.Header, body []byte) error {
	return wire.Err(decode(status, h, wire.NewBody(body), time.Now))
}

func init() {
	wire.Direct = wire.Decoder{Recognize: recognize, Decode: decode, Items: decodeItems, Hint: hint}
}

// hints files the hints of the catalog's and the decoder's reasons.
var hints = func() map[string]string {
	m := map[string]string{}
	for _, row := range codes {
		m[row.Class.Reason] = row.Class.Hint
	}
	for _, c := range []wire.Class{malformedError, missingCode, unknownCode, unknownWarning, tokenMissing} {
		m[c.Reason] = c.Hint
	}
	return m
}()

// hint returns the English hint of a reason; ok is false for a reason
// Direct's catalog and decoder do not give.
func hint(reason string) (string, bool) {
	h, ok := hints[reason]
	return h, ok
}

func decode(status int, h http.Header, b *wire.Body, now func() time.Time) *fault.Fault {
	f := decodeBody(status, h, b)
	if f == nil {
		return nil
	}
	f.Units = ParseUnits(h)
	wire.Finish(f, fault.Direct, h, now, requestIDHeaders...)
	return f
}

// Recognize reports whether body looks like a Direct error document (v5 or
// v4 JSON, a SOAP fault, a Reports XML error), for telling the service from
// the body alone.
func Recognize(body []byte) bool { return recognize(wire.NewBody(body)) }

func recognize(b *wire.Body) bool {
	if len(b.Trim) == 0 {
		return false
	}
	switch b.Trim[0] {
	case '{':
		var yes bool
		b.JSON.Members(func(k []byte, v jsonlite.Value) bool {
			switch string(k) {
			case `"error"`:
				if v.Kind() == jsonlite.Object && v.Get("error_code").Exists() {
					yes = true
				}
			case `"error_code"`:
				yes = true
			}
			return !yes
		})
		return yes
	case '<':
		// The words alone are not enough: a document whose root proves it
		// no fault or report error (Market's <response>, whose messages may
		// hold any word) is not Direct's.
		return (bytes.Contains(b.Trim, []byte("reportDownloadError")) || bytes.Contains(b.Trim, []byte("Fault"))) &&
			wire.Open(fault.Direct, b.Trim) != wire.OpenSuccess
	}
	return false
}

func decodeBody(status int, h http.Header, body *wire.Body) *fault.Fault {
	ok2xx := wire.Is2xx(status)
	if ok2xx && wire.Open(fault.Direct, body.Raw) == wire.OpenSuccess {
		return nil
	}
	b := body.Trim
	notUnderstood := func(problem string, err error) *fault.Fault {
		if ok2xx {
			return nil
		}
		return wire.StatusFault(fault.Direct, status, h, body.Raw, wire.BodyError(h, problem, err))
	}
	switch {
	case len(b) == 0:
		return notUnderstood("empty body", nil)
	case b[0] == '{':
		return decodeJSON(status, h, body, notUnderstood)
	case wire.IsHTML(b):
		return notUnderstood("HTML page", nil)
	case b[0] == '<':
		return decodeXML(status, h, body.Raw, b, notUnderstood)
	}
	return notUnderstood("not JSON or XML", nil)
}

func decodeJSON(status int, h http.Header, body *wire.Body, notUnderstood func(string, error) *fault.Fault) *fault.Fault {
	b, doc := body.Trim, body.JSON
	if body.Err != nil {
		if wire.Is2xx(status) && looksLikeJSONError(b) {
			f := wire.StatusFault(fault.Direct, status, h, body.Raw, wire.BodyError(h, "truncated or invalid error document", body.Err))
			malformedError.Apply(f)
			return f
		}
		return notUnderstood("invalid JSON", body.Err)
	}
	var e, code, str, errStr, det, reqID jsonlite.Value
	doc.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"error"`:
			e = v
		case `"error_code"`:
			code = v
		case `"error_str"`:
			str = v
		case `"error_string"`:
			errStr = v
		case `"error_detail"`:
			det = v
		case `"request_id"`:
			reqID = v
		}
		return true
	})
	if !e.IsNull() {
		if e.Kind() != jsonlite.Object {
			f := wire.StatusFault(fault.Direct, status, h, body.Raw, wire.BodyError(h, "error is not an object", nil))
			f.Message = e.Text()
			if wire.Is2xx(status) {
				malformedError.Apply(f)
			}
			return f
		}
		var c, msg, detail, id string
		e.Members(func(k []byte, v jsonlite.Value) bool {
			switch string(k) {
			case `"error_code"`:
				c = v.Text()
			case `"error_string"`:
				msg = v.Text()
			case `"error_detail"`:
				detail = v.Text()
			case `"request_id"`:
				id = v.Text()
			}
			return true
		})
		return build(status, body.Raw, c, msg, detail, id)
	}
	if !code.IsNull() {
		// v4: error_code, error_str, error_detail at the top level (and
		// the flat v5 variant some clients met, with error_string).
		msg := str.Text()
		if msg == "" {
			msg = errStr.Text()
		}
		return build(status, body.Raw, code.Text(), msg, det.Text(), reqID.Text())
	}
	return notUnderstood("no error object", nil)
}

// looksLikeJSONError reports whether a JSON body that failed to parse
// starts as an error document: its first key is error or error_code.
func looksLikeJSONError(b []byte) bool {
	b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte("{")))
	return bytes.HasPrefix(b, []byte(`"error"`)) || bytes.HasPrefix(b, []byte(`"error_code"`))
}

// decodeXML reads a Reports XML error or a SOAP fault, parsed within the
// bounds every XML error document gets (wire.ParseXML).
func decodeXML(status int, h http.Header, body, b []byte, notUnderstood func(string, error) *fault.Fault) *fault.Fault {
	root, _, problem, err := wire.ParseXML(newXMLDoc(), b, wire.XMLList{})
	if problem != "" {
		return notUnderstood(problem, err)
	}
	switch root.Tag {
	case "reportDownloadError":
		api := root.SelectElement("ApiError")
		if api == nil {
			api = root
		}
		return build(status, body, text(api, "errorCode"), text(api, "errorMessage"), text(api, "errorDetail"), text(api, "requestId"))
	case "Envelope":
		// A fault is the Body's only element (SOAP 1.2) or its first.
		if bd := root.SelectElement("Body"); bd != nil {
			if els := bd.ChildElements(); len(els) > 0 && els[0].Tag == "Fault" {
				return soapFault(status, body, els[0])
			}
		}
	case "Fault":
		return soapFault(status, body, root)
	}
	return notUnderstood("XML is not a SOAP fault or a report error", nil)
}

// soapFault reads a SOAP 1.1 or 1.2 Fault. The v5 detail is a FaultResponse
// (matched by local name under any prefix and namespace: the docs and the
// XSD disagree on it); legacy faults carry the code as faultcode's suffix.
func soapFault(status int, body []byte, flt *etree.Element) *fault.Fault {
	faultcode := text(flt, "faultcode")
	msg := text(flt, "faultstring")
	if c := flt.SelectElement("Code"); c != nil && faultcode == "" { // SOAP 1.2
		faultcode = text(c, "Value")
	}
	if r := flt.SelectElement("Reason"); r != nil && msg == "" {
		msg = text(r, "Text")
	}
	var code, detail, reqID string
	det := flt.SelectElement("detail")
	if det == nil {
		det = flt.SelectElement("Detail")
	}
	if det != nil {
		if fr := descendant(det, "FaultResponse"); fr != nil {
			code, detail, reqID = text(fr, "errorCode"), text(fr, "errorDetail"), text(fr, "requestId")
		} else if len(det.ChildElements()) == 0 {
			// A legacy fault's detail is plain text: keep it.
			detail = strings.TrimSpace(det.Text())
		} else {
			code, detail, reqID = text(det, "errorCode"), text(det, "errorDetail"), text(det, "requestId")
		}
	}
	if code == "" {
		code = faultcodeSuffix(faultcode)
	}
	// A fault without a code is still a fault: Classify falls back to the
	// status.
	return build(status, body, code, msg, detail, reqID)
}

// faultcodeSuffix returns the numeric code at the end of a legacy
// faultcode such as "SOAP-ENV:Server.53" or "53"; "" when there is none.
func faultcodeSuffix(fc string) string {
	fc = strings.TrimSpace(fc)
	i := strings.LastIndexAny(fc, ".:")
	s := fc[i+1:]
	if s == "" {
		return ""
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return ""
		}
	}
	return s
}

// descendant returns the first element below e with the local name tag,
// depth first.
func descendant(e *etree.Element, tag string) *etree.Element {
	for _, c := range e.ChildElements() {
		if c.Tag == tag {
			return c
		}
		if d := descendant(c, tag); d != nil {
			return d
		}
	}
	return nil
}

// text returns the trimmed text of e's first child named tag under any
// prefix.
func text(e *etree.Element, tag string) string {
	if c := e.SelectElement(tag); c != nil {
		return strings.TrimSpace(c.Text())
	}
	return ""
}

// build makes the fault for a decoded Direct error.
func build(status int, body []byte, code, msg, detail, reqID string) *fault.Fault {
	f := &fault.Fault{
		HTTPStatus: status, Code: code, Message: msg, Detail: detail,
		RequestID: wire.Clip(strings.TrimSpace(reqID), wire.MaxIDLen), Body: wire.KeepBody(body),
	}
	c := classify(status, code, msg, detail)
	c.Apply(f)
	f.Errors = []fault.Entry{c.Entry(code, msg, detail, nil)}
	return f
}

// classify returns the verdict for a Direct code. An unknown code keeps
// Kind Unknown and Reason UNKNOWN_CODE; a missing one falls back to the
// HTTP status.
func classify(status int, code, msg, detail string) wire.Class {
	if code == "" {
		if !wire.Is2xx(status) {
			return wire.StatusClass(status)
		}
		return missingCode
	}
	n, ok := codeNumber(code)
	if !ok {
		return unknownCode
	}
	row, ok := codes[n]
	if !ok {
		return unknownCode
	}
	c := row.Class
	// A missing token shows up as 53 (Reports) or 8000 (the errors list):
	// both are a missing credential, whatever the language of the detail.
	if (n == codeAuthorization || n == codeInvalidRequest) && (mentionsMissingToken(msg) || mentionsMissingToken(detail)) {
		c = tokenMissing
	}
	return c
}

// The codes whose text classify reads, to tell a missing token from a
// wrong one.
const (
	codeAuthorization  = 53   // "Authorization error"
	codeInvalidRequest = 8000 // "Invalid request"
)

// maxCode bounds a code given as a float ("53.0"): Direct's codes have at
// most five digits.
const maxCode = 1e9

// codeNumber reads a Direct code given as a number or a string ("53",
// "53.0"); ok is false when it is not an integer.
func codeNumber(code string) (int, bool) {
	code = strings.TrimSpace(code)
	if n, err := strconv.Atoi(code); err == nil {
		return n, true
	}
	if f, err := strconv.ParseFloat(code, 64); err == nil && f == float64(int(f)) && f >= 0 && f < maxCode {
		return int(f), true
	}
	return 0, false
}

// maxWordingLook is how much of a text mentionsMissingToken reads.
const maxWordingLook = 512

// mentionsMissingToken reports whether a detail says the token was not sent
// (ru, en, tr wordings seen).
func mentionsMissingToken(s string) bool {
	// The wordings are a few words long: read the start of a long text
	// only, so that a long detail costs no more than a short one.
	l := strings.ToLower(wire.Clip(s, maxWordingLook))
	hasToken := strings.Contains(l, "token") || strings.Contains(l, "токен")
	if !hasToken {
		return false
	}
	for _, w := range []string{"not entered", "missing", "not specified", "not passed", "not provided", "не указан", "не передан", "отсутствует", "eksik", "belirtilmemiş"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// ParseUnits reads the Units ("spent/rest/limit") and Units-Used-Login
// headers; nil when Units is absent or unreadable.
func ParseUnits(h http.Header) *fault.Units {
	v := strings.TrimSpace(wire.Get(h, "Units"))
	if v == "" {
		return nil
	}
	parts := strings.Split(v, "/")
	if len(parts) != 3 {
		return nil
	}
	var n [3]int64
	for i, p := range parts {
		x, err := strconv.ParseInt(strings.TrimSpace(p), 10, 64)
		if err != nil || x < 0 {
			return nil
		}
		n[i] = x
	}
	return &fault.Units{Spent: n[0], Rest: n[1], Limit: n[2], Login: wire.Clip(strings.TrimSpace(wire.Get(h, "Units-Used-Login")), wire.MaxIDLen)}
}
