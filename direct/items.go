package direct

import (
	"encoding/json"
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/beevik/etree"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/internal/xmlscan"
)

// ErrNotResults means a body is not a per-object results document.
var ErrNotResults = errors.New("not a per-object results document")

// Wire structs of an ActionResult and its notifications.
type actionResult struct {
	ID         json.RawMessage `json:"Id"`
	IDs        json.RawMessage `json:"Ids"`
	ClientID   json.RawMessage `json:"ClientId"`
	KeywordID  json.RawMessage `json:"KeywordId"`
	AdGroupID  json.RawMessage `json:"AdGroupId"`
	CampaignID json.RawMessage `json:"CampaignId"`
	Errors     json.RawMessage `json:"Errors"`
	Warnings   json.RawMessage `json:"Warnings"`
}

type notification struct {
	Code    json.RawMessage `json:"Code"`
	Message json.RawMessage `json:"Message"`
	Details json.RawMessage `json:"Details"`
}

// DecodeItems returns every per-object result of a Direct response to a
// method that changes objects (add, update, delete, suspend, resume,
// archive, unarchive, moderate, set, ...): the elements of every
// ...Results array under result (JSON) or under the method's Response
// element (SOAP), in order, each error and warning normalised. A single
// object where an array is expected decodes the same. A request-level error
// is returned as the error, a *fault.Fault; a body that is neither gives
// ErrNotResults.
func DecodeItems(status int, h http.Header, body []byte) ([]fault.Item, error) {
	if h == nil {
		h = http.Header{}
	}
	if f := Decode(status, h, body); f != nil {
		return nil, f
	}
	b := wire.TrimBody(body)
	if len(b) == 0 {
		return nil, ErrNotResults
	}
	reqID := wire.RequestID(h, requestIDHeaders...)
	switch b[0] {
	case '{':
		return jsonItems(status, reqID, b)
	case '<':
		return soapItems(status, reqID, b)
	}
	return nil, ErrNotResults
}

func jsonItems(status int, reqID string, b []byte) ([]fault.Item, error) {
	var doc struct {
		Result map[string]json.RawMessage `json:"result"`
	}
	if err := json.Unmarshal(b, &doc); err != nil || doc.Result == nil {
		return nil, ErrNotResults
	}
	keys := make([]string, 0, len(doc.Result))
	for k := range doc.Result {
		if strings.HasSuffix(k, "Results") {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return nil, ErrNotResults
	}
	sort.Strings(keys)
	items := []fault.Item{}
	for _, k := range keys {
		for _, raw := range list(doc.Result[k]) {
			var ar actionResult
			if json.Unmarshal(raw, &ar) != nil {
				items = append(items, fault.Item{Index: len(items)})
				continue
			}
			it := fault.Item{Index: len(items), ID: jsonID(ar)}
			for _, n := range list(ar.Errors) {
				it.Errors = append(it.Errors, jsonNotification(status, reqID, n, false))
			}
			for _, n := range list(ar.Warnings) {
				it.Warnings = append(it.Warnings, jsonNotification(status, reqID, n, true))
			}
			items = append(items, it)
		}
	}
	return items, nil
}

// list returns the elements of a JSON array, or the value itself when it is
// a single object; nil for null or absent.
func list(raw json.RawMessage) []json.RawMessage {
	b := wire.TrimBody(raw)
	if len(b) == 0 || string(b) == "null" {
		return nil
	}
	if b[0] == '[' {
		var out []json.RawMessage
		json.Unmarshal(b, &out)
		return out
	}
	return []json.RawMessage{b}
}

func jsonID(ar actionResult) string {
	if id := wire.Text(ar.ID); id != "" {
		return id
	}
	var ids []string
	for _, r := range list(ar.IDs) {
		ids = append(ids, wire.Text(r))
	}
	if len(ids) > 0 {
		return strings.Join(ids, ",")
	}
	for _, r := range []json.RawMessage{ar.ClientID, ar.KeywordID, ar.AdGroupID, ar.CampaignID} {
		if id := wire.Text(r); id != "" {
			return id
		}
	}
	return ""
}

func jsonNotification(status int, reqID string, raw json.RawMessage, warning bool) *fault.Fault {
	var n notification
	if json.Unmarshal(raw, &n) != nil {
		n = notification{Message: raw}
	}
	return itemFault(status, reqID, wire.Text(n.Code), wire.Text(n.Message), wire.Text(n.Details), warning)
}

// itemFault normalises one per-object error or warning. The docs say not to
// repeat an operation that returned an error, so item faults are never
// retryable, whatever the code means at request level.
func itemFault(status int, reqID, code, msg, detail string, warning bool) *fault.Fault {
	f := &fault.Fault{Service: fault.Direct, HTTPStatus: status, Code: code, Message: msg, Detail: detail, RequestID: reqID}
	c := Classify(http.StatusOK, code, msg, detail)
	if c.Reason == "UNKNOWN_CODE" && warning {
		c.Reason = "UNKNOWN_WARNING"
	}
	c.Apply(f)
	f.Retryable, f.RetryAfter = false, 0
	if f.Action == fault.Retry {
		f.Action = fault.None
	}
	f.Errors = []fault.Entry{f.Primary()}
	return f
}

func soapItems(status int, reqID string, b []byte) ([]fault.Item, error) {
	if d, _ := xmlscan.Depth(b, maxXMLDepth); d > maxXMLDepth {
		return nil, ErrNotResults
	}
	doc := newXMLDoc()
	if doc.ReadFromBytes(b) != nil || doc.Root() == nil || doc.Root().Tag != "Envelope" {
		return nil, ErrNotResults
	}
	body := child(doc.Root(), "Body")
	if body == nil || len(body.ChildElements()) == 0 {
		return nil, ErrNotResults
	}
	items := []fault.Item{}
	found := false
	for _, el := range body.ChildElements()[0].ChildElements() {
		if !strings.HasSuffix(el.Tag, "Results") {
			continue
		}
		found = true
		it := fault.Item{Index: len(items), ID: soapID(el)}
		for _, c := range el.ChildElements() {
			switch c.Tag {
			case "Errors":
				it.Errors = append(it.Errors, itemFault(status, reqID, text(c, "Code"), text(c, "Message"), text(c, "Details"), false))
			case "Warnings":
				it.Warnings = append(it.Warnings, itemFault(status, reqID, text(c, "Code"), text(c, "Message"), text(c, "Details"), true))
			}
		}
		items = append(items, it)
	}
	if !found {
		return nil, ErrNotResults
	}
	return items, nil
}

func soapID(el *etree.Element) string {
	if id := text(el, "Id"); id != "" {
		return id
	}
	var ids []string
	for _, c := range el.ChildElements() {
		if c.Tag == "Ids" {
			ids = append(ids, strings.TrimSpace(c.Text()))
		}
	}
	if len(ids) > 0 {
		return strings.Join(ids, ",")
	}
	for _, tag := range []string{"ClientId", "KeywordId", "AdGroupId", "CampaignId"} {
		if id := text(el, tag); id != "" {
			return id
		}
	}
	return ""
}
