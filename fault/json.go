package fault

import (
	"encoding/json"
	"errors"
	"time"
)

// jsonFault is the stored form of a Fault: snake_case keys, empty ones
// omitted. Keys are never renamed once released.
type jsonFault struct {
	Service           Service           `json:"service,omitempty"`
	HTTPStatus        int               `json:"http_status,omitempty"`
	Code              string            `json:"code,omitempty"`
	Message           string            `json:"message,omitempty"`
	Detail            string            `json:"detail,omitempty"`
	RequestID         string            `json:"request_id,omitempty"`
	Kind              Kind              `json:"kind"`
	Reason            string            `json:"reason,omitempty"`
	Hint              string            `json:"hint,omitempty"`
	Action            Action            `json:"action"`
	Retryable         bool              `json:"retryable"`
	Refused           bool              `json:"refused,omitempty"`
	RetryAfterSeconds float64           `json:"retry_after_seconds,omitempty"`
	Params            map[string]string `json:"params,omitempty"`
	Errors            []jsonEntry       `json:"errors,omitempty"`
	OmittedErrors     int               `json:"omitted_errors,omitempty"`
	Units             *jsonUnits        `json:"units,omitempty"`
	RateLimit         *jsonLimit        `json:"rate_limit,omitempty"`
	Cause             string            `json:"cause,omitempty"`
}

type jsonEntry struct {
	Code      string            `json:"code,omitempty"`
	Message   string            `json:"message,omitempty"`
	Detail    string            `json:"detail,omitempty"`
	Kind      Kind              `json:"kind"`
	Reason    string            `json:"reason,omitempty"`
	Hint      string            `json:"hint,omitempty"`
	Action    Action            `json:"action"`
	Retryable bool              `json:"retryable"`
	Refused   bool              `json:"refused,omitempty"`
	Params    map[string]string `json:"params,omitempty"`
}

type jsonUnits struct {
	Spent int64  `json:"spent"`
	Rest  int64  `json:"rest"`
	Limit int64  `json:"limit"`
	Login string `json:"login,omitempty"`
}

type jsonLimit struct {
	Limit     *int64     `json:"limit,omitempty"`
	Remaining *int64     `json:"remaining,omitempty"`
	Until     *time.Time `json:"until,omitempty"`
}

// MarshalJSON encodes the fault with snake_case keys: service, http_status,
// code, message, detail, request_id, kind, reason, hint, action, retryable,
// refused, retry_after_seconds, params, errors, omitted_errors, units,
// rate_limit and cause (the decoding error's text). Empty values are
// omitted, except kind, action and retryable. Texts pass through
// [Printable]; Body is never encoded. A nil *Fault encodes as null.
func (f *Fault) MarshalJSON() ([]byte, error) {
	if f == nil {
		return []byte("null"), nil
	}
	return json.Marshal(f.stored())
}

// stored returns the fault's stored form, every text through Printable:
// what MarshalJSON encodes and LogValue logs.
func (f *Fault) stored() jsonFault {
	texts := append(printableParts(f.Code, f.Message, f.Detail), Printable(f.RequestID))
	j := jsonFault{
		Service:    Service(Printable(string(f.Service))),
		HTTPStatus: f.HTTPStatus,
		Code:       texts[0],
		Message:    texts[1],
		Detail:     texts[2],
		RequestID:  texts[3],
		Kind:       f.Kind,
		Reason:     Printable(f.Reason),
		Hint:       safe(f.Hint),
		Action:     f.Action,
		Retryable:  f.Retryable,
		Refused:    f.Refused,
		Params:     redactParams(f.Params),
	}
	if f.RetryAfter > 0 {
		j.RetryAfterSeconds = f.RetryAfter.Seconds()
	}
	for _, e := range f.Errors {
		j.Errors = append(j.Errors, e.jsonOf())
	}
	j.OmittedErrors = f.OmittedErrors
	if u := f.Units; u != nil {
		j.Units = &jsonUnits{Spent: u.Spent, Rest: u.Rest, Limit: u.Limit, Login: Printable(u.Login)}
	}
	if r := f.RateLimit; r != nil {
		jl := &jsonLimit{}
		if r.Limit >= 0 {
			jl.Limit = &r.Limit
		}
		if r.Remaining >= 0 {
			jl.Remaining = &r.Remaining
		}
		if !r.Until.IsZero() {
			u := r.Until.UTC()
			jl.Until = &u
		}
		j.RateLimit = jl
	}
	if f.Err != nil {
		j.Cause = Printable(f.Err.Error())
	}
	return j
}

// UnmarshalJSON decodes what MarshalJSON encoded, so that stored faults can
// be read back. The cause comes back as an error with the same text; Body
// stays nil. On a nil *Fault it returns an error.
func (f *Fault) UnmarshalJSON(b []byte) error {
	if f == nil {
		return errors.New("fault: UnmarshalJSON on a nil *Fault")
	}
	var j jsonFault
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*f = Fault{
		Service: j.Service, HTTPStatus: j.HTTPStatus, Code: j.Code,
		Message: j.Message, Detail: j.Detail, RequestID: j.RequestID,
		Verdict: Verdict{Kind: j.Kind, Reason: j.Reason, Hint: j.Hint, Action: j.Action,
			Retryable: j.Retryable, Refused: j.Refused},
		Params:     j.Params,
		RetryAfter: time.Duration(j.RetryAfterSeconds * float64(time.Second)),
	}
	for _, e := range j.Errors {
		f.Errors = append(f.Errors, Entry{Code: e.Code, Message: e.Message, Detail: e.Detail,
			Verdict: Verdict{Kind: e.Kind, Reason: e.Reason, Hint: e.Hint, Action: e.Action,
				Retryable: e.Retryable, Refused: e.Refused},
			Params: e.Params})
	}
	f.OmittedErrors = j.OmittedErrors
	if u := j.Units; u != nil {
		f.Units = &Units{Spent: u.Spent, Rest: u.Rest, Limit: u.Limit, Login: u.Login}
	}
	if r := j.RateLimit; r != nil {
		rl := &ResourceLimit{Limit: -1, Remaining: -1}
		if r.Limit != nil {
			rl.Limit = *r.Limit
		}
		if r.Remaining != nil {
			rl.Remaining = *r.Remaining
		}
		if r.Until != nil {
			rl.Until = *r.Until
		}
		f.RateLimit = rl
	}
	if j.Cause != "" {
		f.Err = errors.New(j.Cause)
	}
	return nil
}

func redactParams(p map[string]string) map[string]string {
	if len(p) == 0 {
		return nil
	}
	out := make(map[string]string, len(p))
	for k, v := range p {
		out[Printable(k)] = Printable(v)
	}
	return out
}

// jsonOf returns an entry's stored form, texts through Printable.
func (e Entry) jsonOf() jsonEntry {
	et := printableParts(e.Code, e.Message, e.Detail)
	return jsonEntry{
		Code: et[0], Message: et[1], Detail: et[2],
		Kind: e.Kind, Reason: Printable(e.Reason), Hint: safe(e.Hint), Action: e.Action,
		Retryable: e.Retryable, Refused: e.Refused, Params: redactParams(e.Params),
	}
}

// MarshalJSON encodes the entry as it appears in a fault's errors, texts
// through [Printable].
func (e Entry) MarshalJSON() ([]byte, error) { return json.Marshal(e.jsonOf()) }

// jsonItem is the stored form of an Item.
type jsonItem struct {
	Index    int      `json:"index"`
	ID       string   `json:"id,omitempty"`
	Errors   []*Fault `json:"errors,omitempty"`
	Warnings []*Fault `json:"warnings,omitempty"`
}

// MarshalJSON encodes the item with its id through [Printable], as the
// faults in it are.
func (it Item) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonItem{Index: it.Index, ID: Printable(it.ID), Errors: it.Errors, Warnings: it.Warnings})
}

// UnmarshalJSON decodes what MarshalJSON encoded; on a nil *Item it
// returns an error.
func (it *Item) UnmarshalJSON(b []byte) error {
	if it == nil {
		return errors.New("fault: UnmarshalJSON on a nil *Item")
	}
	var j jsonItem
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*it = Item(j)
	return nil
}
