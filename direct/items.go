package direct

import (
	"bytes"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/internal/xmlscan"
)

// DecodeItems returns every per-object result of a Direct response to a
// method that changes objects (add, update, delete, suspend, resume,
// archive, unarchive, moderate, set, ...): the elements of every
// ...Results array under result (JSON) or under the method's Response
// element (SOAP), in order, each error and warning normalised; and the
// ActionsResult under data of a Live 4 AccountManagement answer, one
// object per account. A single object where an array is expected decodes
// the same. A request-level error
// is returned as the error, a *fault.Fault; a body that is neither gives
// fault.ErrNotResults.
func DecodeItems(status int, h http.Header, body []byte) ([]fault.Item, error) {
	return decodeItems(status, h, wire.NewBody(body))
}

func decodeItems(status int, h http.Header, b *wire.Body) ([]fault.Item, error) {
	if f := decode(status, h, b, time.Now); f != nil {
		return nil, f
	}
	if len(b.Trim) == 0 {
		return nil, fault.ErrNotResults
	}
	w := &itemsWalk{status: status, reqID: wire.RequestID(h, requestIDHeaders...)}
	switch b.Trim[0] {
	case '{':
		return w.json(b.JSON)
	case '<':
		return w.soap(b.Trim)
	}
	return nil, fault.ErrNotResults
}

// itemsWalk builds the items of one document; its arena holds their faults.
type itemsWalk struct {
	status int
	reqID  string
	arena  wire.Arena
	items  []fault.Item
}

// minResultGuess is the size, in bytes, a SOAP result element is guessed
// to take at least, to size the item list before the walk: a few dozen in
// fact, so the guess is low and the list grows from there.
const minResultGuess = 128

func (w *itemsWalk) json(doc jsonlite.Value) ([]fault.Item, error) {
	result := doc.Get("result")
	if result.Kind() != jsonlite.Object {
		return w.live(doc.Get("data"))
	}
	// Every ...Results member, in the order of their names, the last of
	// repeated names winning.
	type list struct {
		name string
		v    jsonlite.Value
	}
	var lists []list
	seen := map[string]int{}
	result.Members(func(k []byte, v jsonlite.Value) bool {
		name := jsonlite.Key(k)
		if !strings.HasSuffix(name, "Results") {
			return true
		}
		if i, ok := seen[name]; ok {
			lists[i].v = v
			return true
		}
		seen[name] = len(lists)
		lists = append(lists, list{name, v})
		return len(lists) <= maxResultLists
	})
	if len(lists) > maxResultLists {
		return nil, fault.ErrTooLarge
	}
	if len(lists) == 0 {
		return nil, fault.ErrNotResults
	}
	sort.Slice(lists, func(i, j int) bool { return lists[i].name < lists[j].name })
	// Size the list and the arena once: a pass that only skips is cheaper
	// than growing them.
	n, notes := 0, 0
	for _, l := range lists {
		each(l.v, func(ar jsonlite.Value) {
			n++
			ar.Members(func(k []byte, v jsonlite.Value) bool {
				if string(k) == `"Errors"` || string(k) == `"Warnings"` {
					each(v, func(jsonlite.Value) { notes++ })
				}
				return true
			})
		})
	}
	if n > wire.MaxItems {
		return nil, fault.ErrTooLarge
	}
	w.items = make([]fault.Item, 0, n)
	w.arena.Reserve(notes)
	for _, l := range lists {
		each(l.v, func(ar jsonlite.Value) {
			it := fault.Item{Index: len(w.items)}
			if ar.Kind() == jsonlite.Object {
				w.jsonResult(ar, &it)
			}
			w.items = append(w.items, it)
		})
	}
	return w.items, nil
}

// maxResultLists bounds the ...Results members of one result: a method
// answers with one (AddResults), a few at most.
const maxResultLists = 64

// each calls fn with each element of an array, or with the value itself
// when it is anything but an array or null.
func each(v jsonlite.Value, fn func(jsonlite.Value)) {
	switch v.Kind() {
	case 0, jsonlite.Null:
	case jsonlite.Array:
		v.Each(func(e jsonlite.Value) bool { fn(e); return true })
	default:
		fn(v)
	}
}

// idKeys are the members that name an object when Id and Ids are absent,
// in order.
var idKeys = [...]string{`"ClientId"`, `"KeywordId"`, `"AdGroupId"`, `"CampaignId"`}

// jsonResult reads one ActionResult.
func (w *itemsWalk) jsonResult(ar jsonlite.Value, it *fault.Item) {
	var id, ids jsonlite.Value
	var others [len(idKeys)]jsonlite.Value
	ar.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"Id"`:
			id = v
		case `"Ids"`:
			ids = v
		case `"Errors"`:
			each(v, func(n jsonlite.Value) { it.Errors = w.arena.Append(it.Errors, w.jsonNotification(n, v5Note, false)) })
		case `"Warnings"`:
			each(v, func(n jsonlite.Value) { it.Warnings = w.arena.Append(it.Warnings, w.jsonNotification(n, v5Note, true)) })
		default:
			for i, key := range idKeys {
				if string(k) == key {
					others[i] = v
				}
			}
		}
		return true
	})
	if it.ID = id.Text(); it.ID != "" {
		return
	}
	var parts []string
	each(ids, func(v jsonlite.Value) { parts = append(parts, v.Text()) })
	if len(parts) > 0 {
		it.ID = strings.Join(parts, ",")
		return
	}
	for _, v := range others {
		if it.ID = v.Text(); it.ID != "" {
			return
		}
	}
}

// noteKeys are the raw keys of an error or warning's code, message and
// detail.
type noteKeys struct{ code, msg, detail string }

var (
	// v5Note is v5's ExceptionNotification.
	v5Note = noteKeys{`"Code"`, `"Message"`, `"Details"`}
	// liveNote is a Live 4 ActionsResult's error.
	liveNote = noteKeys{`"FaultCode"`, `"FaultString"`, `"FaultDetail"`}
)

func (w *itemsWalk) jsonNotification(n jsonlite.Value, keys noteKeys, warning bool) *fault.Fault {
	if n.Kind() != jsonlite.Object {
		return w.fault("", w.arena.Text(n), "", warning)
	}
	var code, msg, detail string
	n.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case keys.code:
			code = w.arena.Text(v)
		case keys.msg:
			msg = w.arena.Text(v)
		case keys.detail:
			detail = w.arena.Text(v)
		}
		return true
	})
	return w.fault(code, msg, detail, warning)
}

// live reads the ActionsResult of a Live 4 answer under data
// (AccountManagement): one object per account or login an action
// concerned, named by its AccountID or else its Login, with Errors of
// FaultCode, FaultString and FaultDetail classified by the code table as
// v5's are. A data without ActionsResult is not results.
func (w *itemsWalk) live(data jsonlite.Value) ([]fault.Item, error) {
	list := data.Get("ActionsResult")
	if !list.Exists() {
		return nil, fault.ErrNotResults
	}
	// Size the list and the arena once, as json does.
	n, notes := 0, 0
	each(list, func(ar jsonlite.Value) {
		n++
		each(ar.Get("Errors"), func(jsonlite.Value) { notes++ })
	})
	if n > wire.MaxItems {
		return nil, fault.ErrTooLarge
	}
	w.items = make([]fault.Item, 0, n)
	w.arena.Reserve(notes)
	each(list, func(ar jsonlite.Value) {
		it := fault.Item{Index: len(w.items)}
		var account, login jsonlite.Value
		ar.Members(func(k []byte, v jsonlite.Value) bool {
			switch string(k) {
			case `"AccountID"`:
				account = v
			case `"Login"`:
				login = v
			case `"Errors"`:
				each(v, func(n jsonlite.Value) { it.Errors = w.arena.Append(it.Errors, w.jsonNotification(n, liveNote, false)) })
			}
			return true
		})
		if it.ID = account.Text(); it.ID == "" {
			it.ID = login.Text()
		}
		w.items = append(w.items, it)
	})
	return w.items, nil
}

// fault normalises one per-object error or warning. The docs say not to
// repeat an operation that returned an error, so item faults are never
// retryable, whatever the code means at request level.
func (w *itemsWalk) fault(code, msg, detail string, warning bool) *fault.Fault {
	f := w.arena.Fault()
	f.Service, f.HTTPStatus, f.RequestID = fault.Direct, w.status, w.reqID
	f.Code, f.Message, f.Detail = code, msg, detail
	c := classify(http.StatusOK, code, msg, detail)
	if c.Reason == unknownCode.Reason && warning {
		c = unknownWarning
	}
	c.Apply(f)
	f.Retryable, f.RetryAfter = false, 0
	if f.Action == fault.Retry {
		f.Action = fault.None
	}
	f.Errors = w.arena.Entry(wire.EntryOf(f))
	return f
}

// soap walks a SOAP response as a stream of tokens, without building a
// tree: Envelope, its first Body, the Body's first element (the method's
// response), and the ...Results elements in it.
func (w *itemsWalk) soap(b []byte) ([]fault.Item, error) {
	text, ok := xmlTextDecoder(b)
	if !ok {
		return nil, fault.ErrNotResults
	}
	s := xmlscan.New(b)
	// Guess the count low and let the list grow from there.
	w.items = make([]fault.Item, 0, len(b)/minResultGuess)
	w.arena.Reserve(bytes.Count(b, []byte("Errors>"))/2 + bytes.Count(b, []byte("Warnings>"))/2)
	var open [wire.MaxXMLDepth + 1][]byte // qualified names of the open elements
	var (
		seenBody, seenMethod, inBody, inMethod, found bool
		res                                           soapResult // reused for each object
		room                                          [8][64]byte
		leaf                                          *[]byte // the text being gathered
		leafDepth                                     int
		buf                                           []byte
	)
	// The texts of one object are short: gather them in room.
	for i := range res.ids {
		res.ids[i] = room[i][:0]
	}
	for i := range res.note.text {
		res.note.text[i] = room[len(res.ids)+i][:0]
	}
	for {
		t, more, err := s.Next()
		if err != nil {
			return nil, fault.ErrNotResults
		}
		if !more {
			break
		}
		d := s.Depth()
		switch t.Kind {
		case xmlscan.StartElement:
			if d > wire.MaxXMLDepth {
				return nil, fault.ErrNotResults
			}
			open[d] = t.Name
			leaf = nil // text after a child element is not the leaf's
			name := string(t.Local)
			switch {
			case d == 1:
				if name != "Envelope" {
					return nil, fault.ErrNotResults
				}
			case d == 2 && name == "Body" && !seenBody:
				seenBody, inBody = true, true
			case d == 3 && inBody && !seenMethod:
				seenMethod, inMethod = true, true
			case d == 4 && inMethod && strings.HasSuffix(name, "Results"):
				found = true
				res.reset()
			case d == 5 && res.active:
				switch name {
				case "Errors", "Warnings":
					res.note.reset(name == "Warnings")
				case "Id":
					leaf, leafDepth = res.first(0), d
				case "ClientId":
					leaf, leafDepth = res.first(1), d
				case "KeywordId":
					leaf, leafDepth = res.first(2), d
				case "AdGroupId":
					leaf, leafDepth = res.first(3), d
				case "CampaignId":
					leaf, leafDepth = res.first(4), d
				case "Ids":
					leaf, leafDepth = res.nextID(), d
				}
			case d == 6 && res.active && res.note.active:
				switch name {
				case "Code":
					leaf, leafDepth = res.note.first(0), d
				case "Message":
					leaf, leafDepth = res.note.first(1), d
				case "Details":
					leaf, leafDepth = res.note.first(2), d
				}
			}
		case xmlscan.EndElement:
			if !bytes.Equal(t.Name, open[d+1]) {
				return nil, fault.ErrNotResults // mismatched tags
			}
			switch {
			case d+1 == leafDepth:
				leaf, leafDepth = nil, 0
			case d == 4 && res.active && res.note.active:
				n := &res.note
				get := func(i int) string { return w.arena.String(trimText(n.text[i])) }
				f := w.fault(get(0), get(1), get(2), n.warning)
				if n.warning {
					res.warnings = w.arena.Append(res.warnings, f)
				} else {
					res.errors = w.arena.Append(res.errors, f)
				}
				n.active = false
			case d == 3 && res.active:
				if len(w.items) == wire.MaxItems {
					return nil, fault.ErrTooLarge
				}
				w.items = append(w.items, fault.Item{Index: len(w.items), ID: res.ID(), Errors: res.errors, Warnings: res.warnings})
				res.active = false
			case d == 2:
				inMethod = false
			case d == 1:
				inBody = false
			}
		case xmlscan.Text:
			if leaf != nil && d == leafDepth {
				buf = xmlscan.AppendUnescaped(buf[:0], t.Raw)
				*leaf = append(*leaf, text(buf)...)
			}
		case xmlscan.CDATA:
			if leaf != nil && d == leafDepth {
				*leaf = append(*leaf, text(t.Raw)...)
			}
		}
	}
	if !found {
		return nil, fault.ErrNotResults
	}
	if w.items == nil {
		w.items = []fault.Item{}
	}
	return w.items, nil
}

// soapResult gathers one ...Results element; its buffers are reused from
// one object to the next.
type soapResult struct {
	active   bool
	ids      [5][]byte // Id, ClientId, KeywordId, AdGroupId, CampaignId: the first of each
	seen     [5]bool
	list     [][]byte // the Ids elements
	nlist    int
	note     soapNote // the Errors or Warnings element being read
	errors   []*fault.Fault
	warnings []*fault.Fault
}

func (r *soapResult) reset() {
	*r = soapResult{active: true, ids: r.ids, list: r.list, note: soapNote{text: r.note.text}}
	for i := range r.ids {
		r.ids[i] = r.ids[i][:0]
	}
}

// first returns where the text of the first element of kind i goes, or a
// sink for a repeat.
func (r *soapResult) first(i int) *[]byte {
	if r.seen[i] {
		return new([]byte)
	}
	r.seen[i] = true
	return &r.ids[i]
}

// nextID returns where the text of the next Ids element goes.
func (r *soapResult) nextID() *[]byte {
	if r.nlist == len(r.list) {
		r.list = append(r.list, nil)
	}
	r.list[r.nlist] = r.list[r.nlist][:0]
	r.nlist++
	return &r.list[r.nlist-1]
}

// ID returns the object's id, as the JSON decoder does.
func (r *soapResult) ID() string {
	if id := trimText(r.ids[0]); len(id) > 0 {
		return string(id)
	}
	if r.nlist > 0 {
		parts := make([]string, r.nlist)
		for i, p := range r.list[:r.nlist] {
			parts[i] = string(trimText(p))
		}
		return strings.Join(parts, ",")
	}
	for _, p := range r.ids[1:] {
		if id := trimText(p); len(id) > 0 {
			return string(id)
		}
	}
	return ""
}

// soapNote gathers one Errors or Warnings element: Code, Message, Details.
type soapNote struct {
	active, warning bool
	seen            [3]bool
	text            [3][]byte
}

func (n *soapNote) reset(warning bool) {
	*n = soapNote{active: true, warning: warning, text: n.text}
	for i := range n.text {
		n.text[i] = n.text[i][:0]
	}
}

func (n *soapNote) first(i int) *[]byte {
	if n.seen[i] {
		return new([]byte)
	}
	n.seen[i] = true
	return &n.text[i]
}

// trimText trims white space as the tree decoder's text does, with line
// ends normalised as XML reads them.
func trimText(b []byte) []byte {
	b = bytes.TrimSpace(b)
	if bytes.IndexByte(b, '\r') >= 0 {
		b = bytes.ReplaceAll(bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n")), []byte("\r"), []byte("\n"))
	}
	return b
}

// xmlTextDecoder returns how to turn the document's text into UTF-8, from
// the encoding its declaration names; ok is false for an encoding the XML
// readers do not know.
func xmlTextDecoder(b []byte) (decode func([]byte) []byte, ok bool) {
	identity := func(t []byte) []byte { return t }
	s := xmlscan.New(b)
	t, more, err := s.Next()
	if err != nil || !more || t.Kind != xmlscan.ProcInst || string(t.Name) != "xml" {
		return identity, true
	}
	enc := attr(t.Raw, "encoding")
	switch strings.ToLower(enc) {
	case "", "utf-8", "utf8":
		return identity, true
	}
	dec, ok := singleByte(enc)
	if !ok {
		return nil, false
	}
	var out []byte
	return func(t []byte) []byte {
		out = appendDecoded(out[:0], t, dec)
		return out
	}, true
}

// attr returns the value of a pseudo-attribute of an XML declaration.
func attr(decl []byte, name string) string {
	i := bytes.Index(decl, []byte(name))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(decl[i+len(name):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) == 0 || rest[0] != '"' && rest[0] != '\'' {
		return ""
	}
	end := bytes.IndexByte(rest[1:], rest[0])
	if end < 0 {
		return ""
	}
	return string(rest[1 : 1+end])
}
