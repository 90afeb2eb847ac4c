package market

import (
	"encoding/json"
	"errors"
	"net/http"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// ErrNotResults means a body is not a per-item results document.
var ErrNotResults = errors.New("not a per-item results document")

// Wire structs of Market's per-item channels.
type itemsBody struct {
	Status  json.RawMessage   `json:"status"`
	Results []json.RawMessage `json:"results"`
	Result  json.RawMessage   `json:"result"`
	Errors  []json.RawMessage `json:"errors"`
}

// itemError is one error or warning of an offer update result.
type itemError struct {
	Type        json.RawMessage `json:"type"`
	ParameterID json.RawMessage `json:"parameterId"`
	Message     json.RawMessage `json:"message"`
}

type offerResult struct {
	OfferID  json.RawMessage `json:"offerId"`
	Errors   []itemError     `json:"errors"`
	Warnings []itemError     `json:"warnings"`
}

type resultBody struct {
	NotArchivedOffers     []json.RawMessage `json:"notArchivedOffers"`
	NotDeletedOfferIDs    []json.RawMessage `json:"notDeletedOfferIds"`
	NotUnarchivedOfferIDs []json.RawMessage `json:"notUnarchivedOfferIds"`
	UnprocessedOfferIDs   []json.RawMessage `json:"unprocessedOfferIds"`
	RejectedOffers        []json.RawMessage `json:"rejectedOffers"`
	WarningOffers         []json.RawMessage `json:"warningOffers"`
	Orders                []json.RawMessage `json:"orders"`
	BidsSet               []json.RawMessage `json:"bidsSet"`
}

type keyed struct {
	OfferID      json.RawMessage `json:"offerId"`
	ID           json.RawMessage `json:"id"`
	CategoryID   json.RawMessage `json:"categoryId"`
	Error        json.RawMessage `json:"error"`
	Reason       json.RawMessage `json:"reason"`
	Type         json.RawMessage `json:"type"`
	UpdateStatus json.RawMessage `json:"updateStatus"`
	ErrorDetails json.RawMessage `json:"errorDetails"`
	Warnings     []struct {
		Code json.RawMessage `json:"code"`
	} `json:"warnings"`
}

const hintNothingApplied = "at least one item has an error, so nothing from the request was applied; fix the items with errors and send the whole request again"

// DecodeItems returns the per-item results of a Market response: the
// results[] of offer-mappings and offer-cards updates (every result, with
// its errors and warnings); notArchivedOffers; notDeletedOfferIds,
// notUnarchivedOfferIds and unprocessedOfferIds; promos' rejectedOffers and
// warningOffers; order status updates whose updateStatus is ERROR; the
// legacy per-item error strings; and errors[] entries keyed by categoryId.
// A request-level error is returned as the error, a *fault.Fault; a body
// that is neither gives ErrNotResults.
func DecodeItems(status int, h http.Header, body []byte) ([]fault.Item, error) {
	b := wire.TrimBody(body)
	var doc itemsBody
	if len(b) == 0 || b[0] != '{' || json.Unmarshal(b, &doc) != nil {
		if f := Decode(status, h, body); f != nil {
			return nil, f
		}
		return nil, ErrNotResults
	}
	statusError := wire.Text(doc.Status) == "ERROR"
	var items []fault.Item
	found := false
	if doc.Results != nil {
		found = true
		for _, raw := range doc.Results {
			var r offerResult
			json.Unmarshal(raw, &r)
			it := fault.Item{Index: len(items), ID: wire.Text(r.OfferID)}
			for _, e := range r.Errors {
				f := typedFault(status, e, false)
				if statusError {
					f.Hint = hintNothingApplied
				}
				it.Errors = append(it.Errors, f)
			}
			for _, e := range r.Warnings {
				it.Warnings = append(it.Warnings, typedFault(status, e, true))
			}
			items = append(items, it)
		}
	}
	if len(doc.Result) > 0 && doc.Result[0] == '{' {
		var r resultBody
		if json.Unmarshal(doc.Result, &r) == nil {
			add := func(list []json.RawMessage, fn func(keyed, json.RawMessage) (fault.Item, bool)) {
				if list != nil {
					found = true
				}
				for _, raw := range list {
					var k keyed
					json.Unmarshal(raw, &k)
					if it, ok := fn(k, raw); ok {
						it.Index = len(items)
						items = append(items, it)
					}
				}
			}
			failedWith := func(codeOf func(keyed) string) func(keyed, json.RawMessage) (fault.Item, bool) {
				return func(k keyed, _ json.RawMessage) (fault.Item, bool) {
					code := codeOf(k)
					return fault.Item{ID: wire.Text(k.OfferID), Errors: []*fault.Fault{codeFault(status, code, false)}}, true
				}
			}
			bare := func(reason, hint string) func(keyed, json.RawMessage) (fault.Item, bool) {
				return func(_ keyed, raw json.RawMessage) (fault.Item, bool) {
					f := &fault.Fault{Service: fault.Market, HTTPStatus: status}
					wire.C(fault.Unknown, reason, false, hint).Apply(f)
					return fault.Item{ID: wire.Text(raw), Errors: []*fault.Fault{f}}, true
				}
			}
			add(r.NotArchivedOffers, failedWith(func(k keyed) string { return wire.Text(k.Error) }))
			add(r.NotDeletedOfferIDs, bare("OFFER_NOT_DELETED", "Market did not delete the offer and did not say why; check it in the cabinet"))
			add(r.NotUnarchivedOfferIDs, bare("OFFER_NOT_UNARCHIVED", "Market did not take the offer out of the archive and did not say why"))
			add(r.UnprocessedOfferIDs, bare("OFFER_NOT_PROCESSED", "Market did not process the offer and did not say why; send it again later"))
			add(r.RejectedOffers, failedWith(func(k keyed) string { return wire.Text(k.Reason) }))
			add(r.WarningOffers, func(k keyed, _ json.RawMessage) (fault.Item, bool) {
				it := fault.Item{ID: wire.Text(k.OfferID)}
				for _, w := range k.Warnings {
					it.Warnings = append(it.Warnings, codeFault(status, wire.Text(w.Code), true))
				}
				return it, true
			})
			add(r.Orders, func(k keyed, _ json.RawMessage) (fault.Item, bool) {
				it := fault.Item{ID: wire.Text(k.ID)}
				if wire.Text(k.UpdateStatus) == "ERROR" {
					msg := wire.Text(k.ErrorDetails)
					c, params := Classify(http.StatusBadRequest, "", msg)
					if c.Reason == "BAD_REQUEST" {
						c = wire.C(fault.Conflict, "ORDER_STATUS_UPDATE_FAILED", false, "the order's status was not changed; read the details")
					}
					f := &fault.Fault{Service: fault.Market, HTTPStatus: status, Message: msg, Params: params}
					c.Apply(f)
					f.Errors = []fault.Entry{f.Primary()}
					it.Errors = []*fault.Fault{f}
				}
				return it, true
			})
			add(r.BidsSet, func(k keyed, _ json.RawMessage) (fault.Item, bool) {
				it := fault.Item{ID: wire.Text(k.OfferID)}
				if code := wire.Text(k.Error); code != "" {
					it.Errors = []*fault.Fault{codeFault(status, code, false)}
				}
				return it, true
			})
		}
	}
	for _, raw := range doc.Errors {
		var k keyed
		if json.Unmarshal(raw, &k) != nil || len(k.CategoryID) == 0 {
			continue
		}
		found = true
		items = append(items, fault.Item{Index: len(items), ID: wire.Text(k.CategoryID),
			Errors: []*fault.Fault{codeFault(status, wire.Text(k.Type), false)}})
	}
	if found {
		if items == nil {
			items = []fault.Item{}
		}
		return items, nil
	}
	if f := Decode(status, h, body); f != nil {
		return nil, f
	}
	return nil, ErrNotResults
}

// itemCodes classifies the codes of per-item channels (promo reasons,
// archive refusals, category checks) beyond the shared code table.
var itemCodes = map[string]wire.Class{
	"OFFER_HAS_STOCKS":     wire.C(fault.Conflict, "OFFER_HAS_STOCKS", false, "an offer with stock cannot be archived; zero its stock first"),
	"OFFER_DOES_NOT_EXIST": wire.C(fault.NotFound, "OFFER_DOES_NOT_EXIST", false, "check the offer id"),
	"UNKNOWN_CATEGORY":     wire.C(fault.NotFound, "UNKNOWN_CATEGORY", false, "check the category id"),
	"CATEGORY_IS_NOT_LEAF": wire.C(fault.Invalid, "CATEGORY_NOT_LEAF", false, "use a leaf category (one without subcategories)"),
}

// itemClass classifies a per-item code: from the item table, the shared
// code table, or else Invalid (a warning: Unknown) with the code as reason.
func itemClass(code string, warning bool) wire.Class {
	if c, ok := itemCodes[code]; ok {
		return c
	}
	if c, ok := codeRows[code]; ok {
		return c
	}
	switch {
	case code == "" || code == "UNKNOWN":
		return wire.C(fault.Unknown, "UNKNOWN_ITEM_ERROR", false, "Market did not say why")
	case warning:
		return wire.C(fault.Unknown, code, false, "")
	}
	return wire.C(fault.Invalid, code, false, "fix the item as the code says")
}

// codeFault normalises a per-item code.
func codeFault(status int, code string, warning bool) *fault.Fault {
	f := &fault.Fault{Service: fault.Market, HTTPStatus: status, Code: code}
	itemClass(code, warning).Apply(f)
	if warning {
		f.Action = fault.None
	}
	f.Errors = []fault.Entry{f.Primary()}
	return f
}

// typedFault normalises an offer update error or warning: type, parameterId
// and message.
func typedFault(status int, e itemError, warning bool) *fault.Fault {
	f := codeFault(status, wire.Text(e.Type), warning)
	f.Message = wire.Text(e.Message)
	if pid := wire.Text(e.ParameterID); pid != "" {
		f.Params = map[string]string{"parameterId": pid}
	}
	f.Errors = []fault.Entry{f.Primary()}
	return f
}
