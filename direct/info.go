package direct

import (
	"sort"
	"time"

	"github.com/yafault/yafault/fault"
)

// CodeInfo describes one catalogued Direct code: what it means and what to
// do about it.
type CodeInfo struct {
	Code      int
	Kind      fault.Kind
	Reason    string
	Action    fault.Action
	Retryable bool
	// Wait is the default pause before a retry; 0 when not retryable.
	Wait time.Duration
	// Hint says what to do, in a sentence.
	Hint string
	// Warning is true for warning codes (10000 and up): the operation was
	// done, with a remark.
	Warning bool
	// Origin says where the code is documented.
	Origin Origin
	// Texts are the documented message texts; empty for codes met only in
	// practice.
	Texts Texts
}

// String returns the origin's name: "v5", "observed" or "v4".
func (o Origin) String() string {
	switch o {
	case Observed:
		return "observed"
	case V4:
		return "v4"
	}
	return "v5"
}

// LookupCode returns what the catalog says of a code; ok is false for a code
// it does not hold.
func LookupCode(code int) (info CodeInfo, ok bool) {
	row, ok := codes[code]
	if !ok {
		return CodeInfo{}, false
	}
	c := row.Class
	info = CodeInfo{
		Code: code, Kind: c.Kind, Reason: c.Reason, Action: c.Action, Retryable: c.Retryable,
		Hint: c.Hint, Warning: row.Warning, Origin: row.Origin, Texts: texts[code],
	}
	if c.Retryable {
		info.Wait = c.Wait
	}
	return info, true
}

// Codes returns the whole catalog, ordered by code.
func Codes() []CodeInfo {
	out := make([]CodeInfo, 0, len(codes))
	for n := range codes {
		info, _ := LookupCode(n)
		out = append(out, info)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}
