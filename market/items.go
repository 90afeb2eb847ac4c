package market

import (
	"net/http"
	"slices"
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
	"github.com/yafault/yafault/internal/wire"
)

const hintNothingApplied = "at least one item has an error, so nothing from the request was applied; fix the items with errors and send the whole request again"

// DecodeItems returns the per-item results of a Market response:
//   - results[] of offer-mappings and offer-cards updates (every result,
//     with its errors and warnings, named by offerId) and of the
//     categories' max-sale-quantum (named by id);
//   - notArchivedOffers; notDeletedOfferIds, notUnarchivedOfferIds and
//     unprocessedOfferIds; promos' rejectedOffers and warningOffers;
//   - order status updates: result.orders[] that carry updateStatus,
//     failed when it is ERROR (the orders of getOrdersStats and
//     createOrder are not results);
//   - the checks of an order's marking codes and UINs: result.items[]
//     with cis[] or uin[], one item per order item and a fault per code
//     that failed, is still being checked or was not sent to a check;
//   - the check of an Express order's confirmation code:
//     result.verificationResult, one item without an id, failed when
//     REJECTED or NEED_UPDATE;
//   - asynchronous operations: result.operations[] that carry a status,
//     failed when FAILED, a warning while IN_PROGRESS;
//   - the legacy per-item error strings, and errors[] entries keyed by
//     categoryId.
//
// A request-level error is returned as the error, a *fault.Fault; a body
// that is neither gives fault.ErrNotResults.
func DecodeItems(status int, h http.Header, body []byte) ([]fault.Item, error) {
	return decodeItems(status, h, wire.NewBody(body))
}

// itemsWalk builds the items of one document; its arena holds their faults.
type itemsWalk struct {
	status  int
	arena   wire.Arena
	items   []fault.Item
	found   bool // a per-item channel was present, even empty
	tooMany bool // more objects than wire.MaxItems
	// errs and warns gather one object's faults before the arena keeps
	// them; reused from one object to the next.
	errs, warns []*fault.Fault
	buf         []byte // a text being joined
}

func decodeItems(status int, h http.Header, b *wire.Body) ([]fault.Item, error) {
	if b.JSON.Kind() != jsonlite.Object {
		if f := decode(status, h, b, time.Now); f != nil {
			return nil, f
		}
		return nil, fault.ErrNotResults
	}
	var st, results, result, errs jsonlite.Value
	b.JSON.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"status"`:
			st = v
		case `"results"`:
			results = v
		case `"result"`:
			result = v
		case `"errors"`:
			errs = v
		}
		return true
	})
	w := &itemsWalk{status: status}
	// Size the list and the arena once: a pass that only skips is cheaper
	// than growing them.
	n, notes := 0, 0
	results.Each(func(r jsonlite.Value) bool {
		n++
		r.Members(func(k []byte, v jsonlite.Value) bool {
			if string(k) == `"errors"` || string(k) == `"warnings"` {
				v.Each(func(jsonlite.Value) bool { notes++; return true })
			}
			return true
		})
		return true
	})
	if n > wire.MaxItems {
		return nil, fault.ErrTooLarge
	}
	w.items = make([]fault.Item, 0, n)
	if notes > 0 {
		w.arena.Reserve(notes)
	}
	if results.Kind() == jsonlite.Array {
		w.found = true
		statusError := st.Text() == "ERROR"
		results.Each(func(r jsonlite.Value) bool {
			it := fault.Item{Index: len(w.items)}
			offer := false // an offerId names the object before an id
			r.Members(func(k []byte, v jsonlite.Value) bool {
				switch string(k) {
				case `"offerId"`:
					it.ID, offer = id(v), true
				case `"id"`: // max-sale-quantum's categories
					if !offer {
						it.ID = id(v)
					}
				case `"errors"`:
					v.Each(func(e jsonlite.Value) bool {
						f := w.typed(e, false)
						if statusError {
							f.Hint = hintNothingApplied
						}
						it.Errors = w.arena.Append(it.Errors, f)
						return true
					})
				case `"warnings"`:
					v.Each(func(e jsonlite.Value) bool {
						it.Warnings = w.arena.Append(it.Warnings, w.typed(e, true))
						return true
					})
				}
				return true
			})
			w.items = append(w.items, it)
			return true
		})
	}
	if result.Kind() == jsonlite.Object {
		w.result(result)
	}
	errs.Each(func(e jsonlite.Value) bool {
		cat := e.Get("categoryId")
		if !cat.Exists() {
			return true
		}
		if len(w.items) == wire.MaxItems {
			w.tooMany = true
			return false
		}
		w.found = true
		w.items = append(w.items, fault.Item{Index: len(w.items), ID: id(cat),
			Errors: []*fault.Fault{w.code(w.arena.Text(e.Get("type")), false)}})
		return true
	})
	if w.tooMany || len(w.items) > wire.MaxItems {
		return nil, fault.ErrTooLarge
	}
	if w.found {
		if w.items == nil {
			w.items = []fault.Item{}
		}
		return w.items, nil
	}
	if f := decode(status, h, b, time.Now); f != nil {
		return nil, f
	}
	return nil, fault.ErrNotResults
}

// identifierMarks are the members that make result.items the checks of
// an order's codes (getOrderIdentifiersStatus), not the items of a return
// or a supply request, which carry their codes under instances.
var identifierMarks = []string{`"cis"`, `"uin"`}

// operationMarks make result.operations the statuses of getOperations,
// not the operations that updateOrder has just started ({id, type}).
var operationMarks = []string{`"status"`}

// orderMarks make result.orders the outcomes of updateOrderStatuses, not
// the orders of getOrdersStats or createOrder, which name orders by id
// too.
var orderMarks = []string{`"updateStatus"`}

// result reads the per-item lists under result, and the single check of
// verifyOrderEac.
func (w *itemsWalk) result(result jsonlite.Value) {
	var eac jsonlite.Value
	result.Members(func(k []byte, list jsonlite.Value) bool {
		var fn func(e jsonlite.Value) fault.Item
		// marks tell a list of results from a list of objects of the same
		// name: one entry at least must carry one of them. When a mark
		// names an array (cis, uin), its elements hold the faults: they
		// are counted to size the arena.
		var marks []string
		switch string(k) {
		case `"verificationResult"`:
			eac = list // the last, as Get reads it
			return true
		case `"notArchivedOffers"`:
			fn = func(e jsonlite.Value) fault.Item {
				return fault.Item{ID: id(e.Get("offerId")), Errors: []*fault.Fault{w.code(w.arena.Text(e.Get("error")), false)}}
			}
		case `"notDeletedOfferIds"`:
			fn = w.bare(reasonOfferNotDeleted)
		case `"notUnarchivedOfferIds"`:
			fn = w.bare(reasonOfferNotUnarchived)
		case `"unprocessedOfferIds"`:
			fn = w.bare(reasonOfferNotProcessed)
		case `"rejectedOffers"`:
			fn = func(e jsonlite.Value) fault.Item {
				return fault.Item{ID: id(e.Get("offerId")), Errors: []*fault.Fault{w.code(w.arena.Text(e.Get("reason")), false)}}
			}
		case `"warningOffers"`:
			fn = w.promoWarnings
		case `"orders"`:
			fn, marks = w.order, orderMarks
		case `"items"`:
			fn, marks = w.identifiers, identifierMarks
		case `"operations"`:
			fn, marks = w.operation, operationMarks
		case `"bidsSet"`:
			fn = func(e jsonlite.Value) fault.Item {
				it := fault.Item{ID: id(e.Get("offerId"))}
				if code := w.arena.Text(e.Get("error")); code != "" {
					it.Errors = []*fault.Fault{w.code(code, false)}
				}
				return it
			}
		default:
			return true
		}
		if list.Kind() != jsonlite.Array {
			return true
		}
		// Grow the list and the arena once for this channel, in the pass
		// that looks for the marks.
		n, notes, marked := 0, 0, marks == nil
		list.Each(func(e jsonlite.Value) bool {
			n++
			if marks != nil {
				e.Members(func(k []byte, v jsonlite.Value) bool {
					if isMark(k, marks) {
						marked = true
						v.Each(func(jsonlite.Value) bool { notes++; return true })
					}
					return true
				})
			}
			return n <= wire.MaxItems
		})
		if !marked {
			return true
		}
		if n > wire.MaxItems-len(w.items) { // refused before any is decoded
			w.tooMany = true
			return false
		}
		w.found = true
		if notes > 0 {
			w.arena.Reserve(notes)
		}
		w.items = slices.Grow(w.items, min(n, wire.MaxItems-len(w.items)+1))
		list.Each(func(e jsonlite.Value) bool {
			if len(w.items) == wire.MaxItems {
				w.tooMany = true
				return false
			}
			it := fn(e)
			it.Index = len(w.items)
			w.items = append(w.items, it)
			return true
		})
		return !w.tooMany
	})
	if eac.Exists() && !w.tooMany {
		w.eac(result, eac)
	}
}

// isMark reports whether a member's raw key is one of marks.
func isMark(k []byte, marks []string) bool {
	for _, m := range marks {
		if string(k) == m {
			return true
		}
	}
	return false
}

// bare makes the item of a list of offer ids that says no more than that
// they failed.
func (w *itemsWalk) bare(reason string) func(jsonlite.Value) fault.Item {
	// Every id of the list fails alike and says nothing of its own: one
	// fault and one list serve them all.
	f := w.arena.Fault()
	f.Service, f.HTTPStatus = fault.Market, w.status
	wire.C(fault.Unknown, reason, false, decoderHints[reason]).Apply(f)
	errs := []*fault.Fault{f}
	return func(e jsonlite.Value) fault.Item {
		return fault.Item{ID: id(e), Errors: errs}
	}
}

// order makes the item of an order status update.
func (w *itemsWalk) order(e jsonlite.Value) fault.Item {
	it := fault.Item{ID: id(e.Get("id"))}
	if e.Get("updateStatus").Text() != "ERROR" {
		return it
	}
	msg := w.arena.Text(e.Get("errorDetails"))
	c, params := classify(http.StatusBadRequest, "", msg)
	if c.Reason == wire.ReasonBadRequest {
		c = wire.C(fault.Conflict, reasonOrderStatusUpdateFailed, false, decoderHints[reasonOrderStatusUpdateFailed])
	}
	f := w.arena.Fault()
	f.Service, f.HTTPStatus, f.Message, f.Params = fault.Market, w.status, msg, params
	c.Apply(f)
	f.Errors = w.arena.Entry(wire.EntryOf(f))
	it.Errors = []*fault.Fault{f}
	return it
}

// promoWarnings makes the item of an offer that joined a promo with
// warnings (updatePromoOffers). A warning may concern some of the
// business's stores only: their campaignIds go, comma-joined, into
// Params["campaignIds"].
func (w *itemsWalk) promoWarnings(e jsonlite.Value) fault.Item {
	var it fault.Item
	e.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"offerId"`:
			it.ID = id(v)
		case `"warnings"`:
			v.Each(func(wn jsonlite.Value) bool {
				var code, campaigns jsonlite.Value
				wn.Members(func(k []byte, v jsonlite.Value) bool {
					switch string(k) {
					case `"code"`:
						code = v
					case `"campaignIds"`:
						campaigns = v
					}
					return true
				})
				f := w.code(w.arena.Text(code), true)
				if ids := w.joinIDs(campaigns); ids != "" {
					f.Params = map[string]string{"campaignIds": ids}
					f.Errors[0] = wire.EntryOf(f)
				}
				it.Warnings = w.arena.Append(it.Warnings, f)
				return true
			})
		}
		return true
	})
	return it
}

// joinIDs returns the ids of a list, comma-joined: numbers as written,
// strings as their text; "" for none.
func (w *itemsWalk) joinIDs(list jsonlite.Value) string {
	w.buf = w.buf[:0]
	list.Each(func(v jsonlite.Value) bool {
		if len(w.buf) > 0 {
			w.buf = append(w.buf, ',')
		}
		if v.Kind() == jsonlite.Number {
			w.buf = append(w.buf, v.Raw()...)
		} else {
			w.buf = append(w.buf, v.Text()...)
		}
		return true
	})
	return w.arena.String(w.buf)
}

// identifiers makes the item of one order item's marking-code and UIN
// checks (getOrderIdentifiersStatus): an error for each code that failed
// its check or is still being checked, a warning for each not sent to
// one. Each fault has the status as its Code, the code checked as its
// Message and the substatus, which says why a check failed, as its
// Detail, all verbatim.
func (w *itemsWalk) identifiers(e jsonlite.Value) fault.Item {
	var it fault.Item
	w.errs, w.warns = w.errs[:0], w.warns[:0]
	e.Members(func(k []byte, list jsonlite.Value) bool {
		var object string
		switch string(k) {
		case `"id"`:
			it.ID = id(list)
			return true
		case `"cis"`:
			object = "cis"
		case `"uin"`:
			object = "uin"
		default:
			return true
		}
		list.Each(func(c jsonlite.Value) bool {
			var st, value, sub jsonlite.Value
			c.Members(func(k []byte, v jsonlite.Value) bool {
				switch string(k) {
				case `"status"`:
					st = v
				case `"value"`:
					value = v
				case `"substatus"`:
					sub = v
				}
				return true
			})
			f, warning := w.statusFault(object, st)
			if f == nil {
				return true
			}
			// The code is the object's own: not interned, since no two
			// are alike.
			f.Message, f.Detail = value.Text(), w.arena.Text(sub)
			f.Errors = w.arena.Entry(wire.EntryOf(f))
			if warning {
				w.warns = append(w.warns, f)
			} else {
				w.errs = append(w.errs, f)
			}
			return true
		})
		return true
	})
	it.Errors, it.Warnings = w.arena.Copy(w.errs), w.arena.Copy(w.warns)
	return it
}

// operation makes the item of an asynchronous operation (getOperations):
// its id, and an error when it failed or a warning while it runs, with
// the status as Code and the operation's type in Params.
func (w *itemsWalk) operation(e jsonlite.Value) fault.Item {
	var st, typ jsonlite.Value
	var it fault.Item
	e.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"id"`:
			it.ID = id(v)
		case `"status"`:
			st = v
		case `"type"`:
			typ = v
		}
		return true
	})
	f, warning := w.statusFault("operation", st)
	if f == nil {
		return it
	}
	if t := w.arena.Text(typ); t != "" {
		f.Params = map[string]string{"type": t}
	}
	w.add(&it, f, warning)
	return it
}

// eac makes the one item of a confirmation-code check (verifyOrderEac):
// no id, since the order is named by the URL; an error when the code was
// wrong or the tries are spent, with attemptsLeft in Params when Market
// counts them.
func (w *itemsWalk) eac(result, v jsonlite.Value) {
	if v.Kind() != jsonlite.String {
		return
	}
	if len(w.items) == wire.MaxItems {
		w.tooMany = true
		return
	}
	w.found = true
	it := fault.Item{Index: len(w.items)}
	if f, warning := w.statusFault("eac", v); f != nil {
		if left := result.Get("attemptsLeft"); left.Kind() == jsonlite.Number || left.Kind() == jsonlite.String {
			f.Params = map[string]string{"attemptsLeft": left.Text()}
		}
		w.add(&it, f, warning)
	}
	w.items = append(w.items, it)
}

// add files a fault whose fields are final among an item's errors, or its
// warnings, with the fault's own entry.
func (w *itemsWalk) add(it *fault.Item, f *fault.Fault, warning bool) {
	f.Errors = w.arena.Entry(wire.EntryOf(f))
	if warning {
		it.Warnings = w.arena.Append(it.Warnings, f)
	} else {
		it.Errors = w.arena.Append(it.Errors, f)
	}
}

// statusFault returns the fault that a per-object status stands for, with
// its Code and verdict but no entry yet, and whether it is a warning; nil
// for a success or no status.
func (w *itemsWalk) statusFault(object string, v jsonlite.Value) (*fault.Fault, bool) {
	if v.Kind() != jsonlite.String {
		return nil, false
	}
	st := w.arena.Text(v)
	if st == "" {
		return nil, false
	}
	c, warning, ok := statusClass(object, st)
	if !ok {
		return nil, false
	}
	f := w.arena.Fault()
	f.Service, f.HTTPStatus, f.Code = fault.Market, w.status, st
	c.Apply(f)
	if warning {
		f.Action = fault.None
	}
	return f, warning
}

// maxCompositeID bounds an id given as an object or an array (a composite
// key), which is kept as its JSON text.
const maxCompositeID = 4096

// id returns an object's id: a string's text, or a number's JSON text.
func id(v jsonlite.Value) string {
	if v.Kind() == jsonlite.Object || v.Kind() == jsonlite.Array {
		return wire.Clip(v.Text(), maxCompositeID)
	}
	return v.Text()
}

// itemClass classifies a per-item code: from the item table, the shared
// code table, or else Invalid (a warning: Unknown) with the code as reason.
func itemClass(code string, warning bool) wire.Class {
	if reason, ok := itemCodes[code]; ok {
		return mustVerdict(reason)
	}
	if reason, ok := codeRows[code]; ok {
		return mustVerdict(reason)
	}
	switch {
	case code == "" || code == "UNKNOWN":
		return wire.C(fault.Unknown, reasonUnknownItemError, false, decoderHints[reasonUnknownItemError])
	case warning:
		return wire.C(fault.Unknown, code, false, "")
	}
	return wire.C(fault.Invalid, code, false, hintItemCode)
}

// code normalises a per-item code.
func (w *itemsWalk) code(code string, warning bool) *fault.Fault {
	f := w.arena.Fault()
	f.Service, f.HTTPStatus, f.Code = fault.Market, w.status, code
	itemClass(code, warning).Apply(f)
	if warning {
		f.Action = fault.None
	}
	f.Errors = w.arena.Entry(wire.EntryOf(f))
	return f
}

// typed normalises an offer update error or warning: type, parameterId and
// message.
func (w *itemsWalk) typed(e jsonlite.Value, warning bool) *fault.Fault {
	var typ, msg, pid string
	e.Members(func(k []byte, v jsonlite.Value) bool {
		switch string(k) {
		case `"type"`:
			typ = w.arena.Text(v)
		case `"message"`:
			msg = w.arena.Text(v)
		case `"parameterId"`:
			pid = w.arena.Text(v)
		}
		return true
	})
	f := w.code(typ, warning)
	f.Message = msg
	if pid != "" {
		f.Params = map[string]string{"parameterId": pid}
	}
	f.Errors[0] = wire.EntryOf(f)
	return f
}
