package yafault

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strconv"
	"strings"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// ItemsBodyLimit bounds the body Items reads. A batch of the largest size
// the APIs accept (10,000 bids) answers in a few megabytes; the bound leaves
// room for wordy results.
const ItemsBodyLimit = 16 << 20

// Items returns every per-object result of a successful batch response, in
// order, with each error and warning normalised into a *fault.Fault (Kind,
// Reason and Action from the same catalogs as request-level errors; Code,
// Message and Detail verbatim). Per-object results arrive with HTTP 200.
//
// svc "" means: tell the service from the body. When the body is a
// request-level error instead, that *fault.Fault is the error; a body that
// is neither gives fault.ErrNotResults, and one over ItemsBodyLimit or with
// more than 100,000 objects fault.ErrTooLarge. Items of one call that fail
// alike without a text of their own (Market's lists of ids it did not
// process) share one fault: treat the faults as read-only.
func Items(svc fault.Service, header http.Header, body []byte) ([]fault.Item, error) {
	body, cut := gunzip(header, body, ItemsBodyLimit)
	if cut || len(body) > ItemsBodyLimit {
		return nil, fault.ErrTooLarge
	}
	b := wire.NewBody(body) // parsed once, whichever service reads it
	try := []*wire.Decoder{&wire.Market}
	switch svc {
	case fault.Direct:
		try = []*wire.Decoder{&wire.Direct}
	case fault.Market:
	default:
		try = []*wire.Decoder{&wire.Direct, &wire.Market}
	}
	var ferr error
	for _, d := range try {
		items, err := d.Items(http.StatusOK, header, b)
		switch {
		case err == nil:
			return items, nil
		case errors.Is(err, fault.ErrNotResults):
		default:
			if ferr == nil {
				ferr = err
			}
		}
	}
	if ferr != nil {
		return nil, ferr
	}
	return nil, fault.ErrNotResults
}

// ItemsError reports the failed objects of a batch. It unwraps to every
// item's errors, so errors.Is matches any item's Kind and errors.As finds
// the first *fault.Fault.
type ItemsError struct {
	// Failed and Total count the objects with errors and all objects.
	Failed, Total int
	// Items are the failed items, in order.
	Items []fault.Item
}

var (
	_ error          = (*ItemsError)(nil)
	_ slog.LogValuer = (*ItemsError)(nil)
)

// ItemsErr returns nil when no item has an error, and an *ItemsError
// otherwise. A nil fault in an item's Errors does not count.
func ItemsErr(items []fault.Item) error {
	e := &ItemsError{Total: len(items)}
	for _, it := range items {
		if failed(it) {
			e.Failed++
			e.Items = append(e.Items, it)
		}
	}
	if e.Failed == 0 {
		return nil
	}
	return e
}

// failed reports whether an item holds a fault that is not nil.
func failed(it fault.Item) bool {
	for _, f := range it.Errors {
		if f != nil {
			return true
		}
	}
	return false
}

// maxListed bounds how many failed objects Error names.
const maxListed = 3

// Error says how many of how many objects failed and names the first few:
// "direct: 3 of 100 objects failed: #4: 8800: Object not found; ...". Ids
// and texts pass through [fault.Printable]. It is "<nil>" for a nil
// *ItemsError.
func (e *ItemsError) Error() string {
	if e == nil {
		return "<nil>"
	}
	var b strings.Builder
	if svc := e.service(); svc != "" {
		b.WriteString(fault.Printable(string(svc)) + ": ")
	}
	fmt.Fprintf(&b, "%d of %d objects failed", e.Failed, e.Total)
	listed := 0
	for _, it := range e.Items {
		f := firstFault(it)
		if f == nil {
			continue
		}
		if listed == maxListed {
			fmt.Fprintf(&b, "; and %d more", len(e.Items)-maxListed)
			break
		}
		sep := ": "
		if listed > 0 {
			sep = "; "
		}
		listed++
		label := fmt.Sprintf("#%d", it.Index)
		if id := fault.Printable(it.ID); id != "" {
			label += " (" + id + ")"
		}
		msg := fault.Printable(strings.ToLower(f.Reason))
		if f.Code != "" || f.Message != "" {
			msg = strings.TrimPrefix(f.Error(), fault.Printable(string(f.Service))+": ")
		}
		b.WriteString(sep + label + ": " + msg)
	}
	return b.String()
}

// LogValue makes the error log as a group with [log/slog]: the service,
// failed and total, and the first few failed items (as fault.Item logs,
// under their index), with how many more there are. A nil *ItemsError
// logs as "<nil>".
func (e *ItemsError) LogValue() slog.Value {
	if e == nil {
		return slog.StringValue("<nil>")
	}
	var attrs []slog.Attr
	if svc := fault.Printable(string(e.service())); svc != "" {
		attrs = append(attrs, slog.String("service", svc))
	}
	attrs = append(attrs, slog.Int("failed", e.Failed), slog.Int("total", e.Total))
	var listed []slog.Attr
	for _, it := range e.Items {
		if len(listed) == maxListed {
			break
		}
		if firstFault(it) != nil {
			listed = append(listed, slog.Attr{Key: strconv.Itoa(it.Index), Value: it.LogValue()})
		}
	}
	if len(listed) > 0 {
		attrs = append(attrs, slog.Attr{Key: "items", Value: slog.GroupValue(listed...)})
	}
	if more := len(e.Items) - len(listed); more > 0 {
		attrs = append(attrs, slog.Int("more", more))
	}
	return slog.GroupValue(attrs...)
}

// ErrorType returns the error's type for OpenTelemetry's error.type
// attribute: the service and ITEMS_FAILED, "direct.ITEMS_FAILED", a value
// of few kinds whatever the items hold; "" for a nil *ItemsError.
func (e *ItemsError) ErrorType() string {
	if e == nil {
		return ""
	}
	svc := fault.Printable(string(e.service()))
	if svc == "" {
		svc = "yafault"
	}
	return svc + ".ITEMS_FAILED"
}

// firstFault returns an item's first fault that is not nil.
func firstFault(it fault.Item) *fault.Fault {
	for _, f := range it.Errors {
		if f != nil {
			return f
		}
	}
	return nil
}

func (e *ItemsError) service() fault.Service {
	for _, it := range e.Items {
		if f := firstFault(it); f != nil {
			return f.Service
		}
	}
	return ""
}

// Unwrap returns every failed item's errors, in order, nil faults left
// out; nil for a nil *ItemsError.
func (e *ItemsError) Unwrap() []error {
	if e == nil {
		return nil
	}
	var errs []error
	for _, it := range e.Items {
		for _, f := range it.Errors {
			if f != nil {
				errs = append(errs, f)
			}
		}
	}
	return errs
}
