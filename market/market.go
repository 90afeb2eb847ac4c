// Package market decodes the error responses of the Yandex Market Partner
// API (api.partner.market.yandex.ru) into [fault.Fault] values.
//
// Market sends three body shapes, all handled by [Decode]: the current
// envelope {"status":"ERROR","errors":[{"code","message"}...]}, the legacy
// object {"error":{"code":400,"message":...}}, and a hybrid holding both;
// the legacy .xml URLs send the same shapes as XML,
// <response><status>ERROR</status><errors><error code=".." message=".."/>
// </errors></response>, and the Content API a bare <errors> list. A 200
// with status ERROR is a fault too (offer-mappings and offer-cards
// updates, where nothing was applied). Market's code alone is not reliable,
// so entries are classified on the HTTP status, the message pattern and the
// code together; Market throttles with 420, never 429.
package market

import (
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/internal/xmlscan"
)

// envelope holds the members of a Market body that decoding looks at,
// found in one pass.
type envelope struct {
	status, errors, legacy, results jsonlite.Value
}

func readEnvelope(doc jsonlite.Value) envelope {
	var env envelope
	doc.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"status"`:
			env.status = v
		case `"errors"`:
			env.errors = v
		case `"error"`:
			env.legacy = v
		case `"results"`:
			env.results = v
		}
		return true
	})
	return env
}

// requestIDHeaders are the headers a Market request id is read from, in
// order. Market documents none; these are captured when present.
var requestIDHeaders = []string{"X-Market-Req-Id", "X-Request-Id", "X-Req-Id"}

// Decode returns the fault a Market response carries as an error that is a
// *fault.Fault, or nil when it carries none. It never panics and never
// rewrites the vendor's code or text; a non-2xx body it does not
// understand still gives a fault, classified from the status, whose Err
// says why.
func Decode(status int, h http.Header, body []byte) error {
	return wire.Err(decode(status, h, wire.NewBody(body), time.Now))
}

func init() {
	wire.Market = wire.Decoder{Recognize: recognize, Decode: decode, Items: decodeItems, Hint: hint}
}

func decode(status int, h http.Header, b *wire.Body, now func() time.Time) *fault.Fault {
	f := decodeBody(status, h, b)
	if f == nil {
		return nil
	}
	f.RateLimit = ParseRateLimit(h)
	wire.Finish(f, fault.Market, h, now, requestIDHeaders...)
	return f
}

// Recognize reports whether body looks like a Market error document, for
// telling the service from the body alone.
func Recognize(body []byte) bool { return recognize(wire.NewBody(body)) }

func recognize(b *wire.Body) bool {
	if len(b.Trim) > 0 && b.Trim[0] == '<' {
		return recognizeXML(b.Trim)
	}
	if b.JSON.Kind() != jsonlite.Object {
		return false
	}
	env := readEnvelope(b.JSON)
	if env.status.Text() == "ERROR" || env.errors.Kind() == jsonlite.Array {
		return true
	}
	return env.legacy.Kind() == jsonlite.Object && env.legacy.Get("code").Kind() == jsonlite.Number
}

func decodeBody(status int, h http.Header, body *wire.Body) *fault.Fault {
	ok2xx := wire.Is2xx(status)
	if ok2xx && wire.Open(fault.Market, body.Raw) == wire.OpenSuccess {
		return nil
	}
	b := body.Trim
	if len(b) == 0 {
		if ok2xx {
			return nil
		}
		return wire.StatusFault(fault.Market, status, h, body.Raw, wire.BodyError(h, "empty body", nil))
	}
	if b[0] == '<' && !wire.IsHTML(b) {
		return decodeXML(status, h, body)
	}
	if b[0] != '{' {
		if ok2xx {
			return nil
		}
		problem := "not a JSON object"
		if wire.IsHTML(b) {
			problem = "HTML page"
		}
		return wire.StatusFault(fault.Market, status, h, body.Raw, wire.BodyError(h, problem, nil))
	}
	if body.Err != nil {
		if ok2xx {
			return nil // a success body we could not read is the caller's to decode
		}
		return wire.StatusFault(fault.Market, status, h, body.Raw, wire.BodyError(h, "invalid JSON", body.Err))
	}
	env := readEnvelope(body.JSON)
	st := env.status.Text()
	if ok2xx && st != "ERROR" && st != "" {
		return nil
	}
	l, problem := errorEntries(status, env)
	if ok2xx && st == "" && len(l.entries) == 0 {
		return nil
	}
	f := &fault.Fault{HTTPStatus: status, Body: wire.KeepBody(body.Raw)}
	if ok2xx {
		// A batch rejected with HTTP 200: keep the whole body, so that
		// Items can list its objects after a client has drained it.
		f.Body = append([]byte(nil), body.Raw...)
	}
	if len(l.entries) == 0 && ok2xx {
		entries, omitted := resultEntries(env.results)
		if len(entries) > 0 {
			f.Errors, f.OmittedErrors = entries, omitted
			wire.C(entries[0].Kind, reasonBatchRejected, false, hintNothingApplied).Apply(f)
			f.Code, f.Message, f.Params = entries[0].Code, entries[0].Message, entries[0].Params
			return f
		}
	}
	return l.fault(f, h, problem)
}

// entryList gathers the entries of an error document, each classified,
// with the verdict of the first. Past wire.MaxEntries, entries are
// counted, not kept.
type entryList struct {
	status  int
	entries []fault.Entry
	omitted int
	primary wire.Class
}

// full reports whether the list keeps no more entries; it counts the
// entry that found it full.
func (l *entryList) full() bool {
	if len(l.entries) == wire.MaxEntries {
		l.omitted++
		return true
	}
	return false
}

// add classifies an entry and keeps it.
func (l *entryList) add(code, msg string) {
	c, params := classify(l.status, code, msg)
	if len(l.entries) == 0 {
		l.primary = c
	}
	l.entries = append(l.entries, c.Entry(code, msg, "", params))
}

// fault gives f the entries and the first one's verdict. With none, a 2xx
// that says ERROR is STATUS_ERROR, and any other status speaks for itself,
// with problem (or "no error entries") as the cause.
func (l *entryList) fault(f *fault.Fault, h http.Header, problem string) *fault.Fault {
	if len(l.entries) == 0 {
		if wire.Is2xx(f.HTTPStatus) {
			wire.C(fault.Unknown, reasonStatusError, false, decoderHints[reasonStatusError]).Apply(f)
			return f
		}
		if problem == "" {
			problem = "no error entries"
		}
		wire.StatusClass(f.HTTPStatus).Apply(f)
		f.Err = wire.BodyError(h, problem, nil)
		return f
	}
	f.Errors, f.OmittedErrors = l.entries, l.omitted
	l.primary.Apply(f)
	f.Code, f.Message, f.Params = l.entries[0].Code, l.entries[0].Message, l.entries[0].Params
	return f
}

// errorEntries returns the entries of errors[] (a single object is taken
// for a list of one), or of the legacy error object when errors[] holds
// none.
func errorEntries(status int, env envelope) (l entryList, problem string) {
	l.status = status
	add := func(e jsonlite.Value) {
		var code, msg jsonlite.Value
		switch e.Kind() {
		case jsonlite.Object:
			e.Members(func(k []byte, v jsonlite.Value) bool {
				switch string(k) {
				case `"code"`:
					code = v
				case `"message"`:
					msg = v
				}
				return true
			})
		case 0, jsonlite.Null:
			return
		default:
			// A bare string (or number) still says something: keep it as
			// the message.
			msg = e
		}
		if isEmpty(code) && isEmpty(msg) || l.full() {
			return // a full list counts an entry without reading its text
		}
		l.add(code.Text(), msg.Text())
	}
	switch errs := env.errors; errs.Kind() {
	case 0, jsonlite.Null:
	case jsonlite.Array:
		errs.Each(func(e jsonlite.Value) bool { add(e); return true })
	case jsonlite.Object:
		add(errs)
	default:
		problem = "errors is neither a list nor an object"
	}
	if len(l.entries) == 0 && l.omitted == 0 {
		add(env.legacy)
	}
	return l, problem
}

// errorsList is the list of entries in Market's XML error documents.
var errorsList = wire.XMLList{List: "errors", Item: "error"}

// decodeXML reads Market's XML error documents, the shapes of the JSON
// ones: <response> holding <status>, an <errors> list of <error code=".."
// message=".."/> and, in the hybrid, a legacy <error code="404"> whose
// message is a child element; and the Content API's bare <errors> list,
// whose entries have a message and no code. The document is read within
// the bounds every XML error document gets (wire.ParseXML), its list as
// far as its first wire.MaxEntries entries, the rest counted.
func decodeXML(status int, h http.Header, body *wire.Body) *fault.Fault {
	ok2xx := wire.Is2xx(status)
	notUnderstood := func(problem string, err error) *fault.Fault {
		if ok2xx {
			return nil
		}
		return wire.StatusFault(fault.Market, status, h, body.Raw, wire.BodyError(h, problem, err))
	}
	root, omitted, problem, err := wire.ParseXML(etree.NewDocument(), body.Trim, errorsList)
	if problem != "" {
		return notUnderstood(problem, err)
	}
	var st string
	var list, legacy *etree.Element
	switch root.Tag {
	case "response":
		if e := root.SelectElement("status"); e != nil {
			st = strings.TrimSpace(e.Text())
		}
		list, legacy = root.SelectElement(errorsList.List), root.SelectElement(errorsList.Item)
	case errorsList.List:
		list = root
	default:
		return notUnderstood("XML is not a Market error document", nil)
	}
	if ok2xx && st != "ERROR" && st != "" {
		return nil
	}
	l := entryList{status: status}
	add := func(e *etree.Element) {
		code, msg := e.SelectAttrValue("code", ""), e.SelectAttrValue("message", "")
		if m := e.SelectElement("message"); m != nil && msg == "" {
			msg = strings.TrimSpace(m.Text()) // the legacy error's
		}
		if code == "" && msg == "" || l.full() {
			return
		}
		l.add(code, msg)
	}
	if list != nil {
		for _, e := range list.ChildElements() {
			if e.Tag == errorsList.Item {
				add(e)
			}
		}
	}
	l.omitted += omitted
	if len(l.entries) == 0 && l.omitted == 0 && legacy != nil {
		add(legacy)
	}
	if ok2xx && st == "" && len(l.entries) == 0 {
		return nil
	}
	return l.fault(&fault.Fault{HTTPStatus: status, Body: wire.KeepBody(body.Raw)}, h, "")
}

// recognizeXML reports whether an XML body is one of Market's error
// documents: a <response> whose status is ERROR or that holds an errors
// list or a legacy error, or a bare <errors> list. It reads the root and
// its children's names, as far as the first that tells.
func recognizeXML(b []byte) bool {
	s := xmlscan.New(b)
	inStatus := false
	for {
		t, ok, err := s.Next()
		if err != nil || !ok {
			return false
		}
		d := s.Depth()
		switch {
		case inStatus && t.Kind == xmlscan.Text && d == 2:
			if strings.TrimSpace(xmlscan.Unescape(t.Raw)) == "ERROR" {
				return true
			}
		case t.Kind == xmlscan.EndElement && d == 1:
			inStatus = false
		case t.Kind != xmlscan.StartElement:
		case d == 1:
			if string(t.Local) != "response" {
				return string(t.Local) == errorsList.List
			}
		case d == 2:
			switch string(t.Local) {
			case errorsList.List, errorsList.Item:
				return true
			case "status":
				inStatus = true
			}
		}
	}
}

// isEmpty reports whether a value reads as "" (absent, null or "").
func isEmpty(v jsonlite.Value) bool {
	raw := v.Raw()
	return len(raw) == 0 || raw[0] == 'n' || string(raw) == `""`
}

// resultEntries returns the per-offer errors of an offer-mappings or
// offer-cards update answered 200 with status ERROR; past wire.MaxEntries
// they are counted, not kept.
func resultEntries(results jsonlite.Value) (out []fault.Entry, omitted int) {
	results.Each(func(r jsonlite.Value) bool {
		id := r.Get("offerId").Text()
		r.Get("errors").Each(func(e jsonlite.Value) bool {
			if len(out) == wire.MaxEntries {
				omitted++
				return true
			}
			typ, msg := e.Get("type").Text(), e.Get("message").Text()
			params := map[string]string{}
			if id != "" {
				params["offerId"] = id
			}
			if pid := e.Get("parameterId").Text(); pid != "" {
				params["parameterId"] = pid
			}
			out = append(out, itemClass(typ, false).Entry(typ, msg, "", params))
			return true
		})
		return true
	})
	return out, omitted
}

// machineToken returns the machine token leading a message, as in
// "NO_REQUIRED_FIELDS: ...": upper case letters and digits with at least
// one underscore (so that "JSON: ..." is not one), then a colon; "" when
// there is none.
func machineToken(msg string) string {
	s := strings.TrimLeft(msg, " \t\r\n")
	end, underscore := 0, false
	for end < len(s) {
		c := s[end]
		switch {
		case c >= 'A' && c <= 'Z', c >= '0' && c <= '9' && end > 0:
		case c == '_' && end > 0 && s[end-1] != '_':
			underscore = true
		default:
			goto done
		}
		end++
	}
done:
	tok := s[:end]
	if !underscore || strings.HasSuffix(tok, "_") {
		return ""
	}
	if rest := strings.TrimLeft(s[end:], " \t"); !strings.HasPrefix(rest, ":") {
		return ""
	}
	return tok
}

// Reasons the decoder gives itself, beside the catalog's.
const (
	reasonBatchRejected           = "BATCH_REJECTED"
	reasonStatusError             = "STATUS_ERROR"
	reasonUnknownMessage          = "UNKNOWN_MESSAGE"
	reasonUnknownItemError        = "UNKNOWN_ITEM_ERROR"
	reasonOrderStatusUpdateFailed = "ORDER_STATUS_UPDATE_FAILED"
	reasonOfferNotDeleted         = "OFFER_NOT_DELETED"
	reasonOfferNotUnarchived      = "OFFER_NOT_UNARCHIVED"
	reasonOfferNotProcessed       = "OFFER_NOT_PROCESSED"
)

// decoderHints are the hints of the reasons the decoder gives itself; an
// unknown per-item code is its own reason, with hintItemCode.
var decoderHints = map[string]string{
	reasonBatchRejected:           hintNothingApplied,
	reasonStatusError:             "the response says ERROR but lists no error",
	reasonUnknownMessage:          "",
	reasonUnknownItemError:        "Market did not say why",
	reasonOrderStatusUpdateFailed: "the order's status was not changed; read the details",
	reasonOfferNotDeleted:         "Market did not delete the offer and did not say why; check it in the cabinet",
	reasonOfferNotUnarchived:      "Market did not take the offer out of the archive and did not say why",
	reasonOfferNotProcessed:       "Market did not process the offer and did not say why; send it again later",
}

// hintItemCode is the hint of a per-item code the catalog does not hold.
const hintItemCode = "fix the item as the code says"

// hint returns what a reason means to do, from the catalog or the
// decoder's own reasons; ok is false for a reason neither gives.
func hint(reason string) (string, bool) {
	if c, ok := verdictOf(reason); ok {
		return c.Hint, true
	}
	h, ok := decoderHints[reason]
	return h, ok
}

// codeStatus is a code and the status it came with.
type codeStatus struct {
	Code   string
	Status int
}

// codeUnderStatus classifies the codes whose meaning changes with their
// status. Market throttles with 420, but its server tests send
// REQUEST_LIMIT_EXCEEDED with 400 for a batch over its size limit, which
// no wait cures.
var codeUnderStatus = map[codeStatus]string{
	{"REQUEST_LIMIT_EXCEEDED", http.StatusBadRequest}: "REQUEST_TOO_LARGE",
}

// genericCodes say no more than the HTTP status they come with.
var genericCodes = map[string]bool{
	"BAD_REQUEST": true, "UNAUTHORIZED": true, "FORBIDDEN": true, "NOT_FOUND": true,
	"LOCKED": true, "INTERNAL_ERROR": true, "UNSUPPORTED_MEDIA_TYPE": true, "OTHER": true,
}

// classify returns the verdict for one Market error entry and the values
// its message carries. It tries, in order: a machine token leading the
// message, the message catalog (rows of the same status first), the code,
// and the HTTP status.
func classify(status int, code, msg string) (wire.Class, map[string]string) {
	dominant := status == wire.StatusEnhanceYourCalm || status == wire.StatusClientClosedRequest || status >= http.StatusInternalServerError
	// A token leading the message ("NO_REQUIRED_FIELDS: ...") decides
	// unless the entry's own code says more than an uncatalogued token:
	// INVALID_CATEGORY with "NOT_LEAF_CATEGORY: ..." is read by its code
	// when the token is unknown. A generic token ("INTERNAL_ERROR: ...")
	// under an error status says no more than the status, as a generic
	// code does, and never decides.
	tok := machineToken(msg)
	if genericCodes[tok] && !wire.Is2xx(status) {
		tok = ""
	}
	if tok != "" && (codeRows[tok] != "" || codeRows[code] == "" || genericCodes[code]) {
		reason, ok := codeRows[tok]
		var c wire.Class
		switch {
		case ok:
			return mustVerdict(reason), nil
		case !wire.Is2xx(status):
			c = wire.StatusClass(status)
		default:
			c = wire.C(fault.Invalid, tok, false, "")
		}
		c.Reason = tok // an uncatalogued token still names the failure
		return c, nil
	}
	if row, params := lookup(status, msg); row != nil {
		if dominant && row.Status != status {
			return wire.StatusClass(status), params
		}
		return mustVerdict(row.Reason), params
	}
	if reason, ok := codeUnderStatus[codeStatus{code, status}]; ok {
		return mustVerdict(reason), nil
	}
	if reason, ok := codeRows[code]; ok && !(genericCodes[code] && !wire.Is2xx(status)) {
		// Under a throttling or server status a code agrees with the status
		// only when it, too, says to wait; otherwise the status wins, as
		// it does over a message documented under another status.
		if c := mustVerdict(reason); !dominant || c.Retryable {
			return c, nil
		}
	}
	if !wire.Is2xx(status) {
		return wire.StatusClass(status), nil
	}
	if code != "" && machineToken(code+":") != "" {
		return wire.C(fault.Unknown, code, false, ""), nil
	}
	return wire.C(fault.Unknown, reasonUnknownMessage, false, ""), nil
}

// lookup finds the catalog row for msg, preferring rows documented for the
// response's status.
func lookup(status int, msg string) (*messageRow, map[string]string) {
	row, params, ok := messages.BestOf(msg,
		func(r *messageRow) bool { return r.Status == status },
		func(r *messageRow) bool { return !loose[r.Pattern] || status == 0 || r.Status == status })
	if !ok {
		return nil, nil
	}
	return row, params
}

// ParseRateLimit reads Market's quota headers, X-RateLimit-Resource-Limit,
// -Remaining and -Until, which Market sends with every answer, successes
// included; nil when none is set. It is what Fault.RateLimit holds for a
// fault.
func ParseRateLimit(h http.Header) *fault.ResourceLimit {
	l, r, u := wire.Get(h, "X-Ratelimit-Resource-Limit"), wire.Get(h, "X-Ratelimit-Resource-Remaining"), wire.Get(h, "X-Ratelimit-Resource-Until")
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
