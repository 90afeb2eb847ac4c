package direct

import (
	"sort"
	"time"

	"github.com/yafault/yafault/fault"
)

// CodeInfo describes one catalogued Direct code: what it means and what to
// do about it.
type CodeInfo struct {
	Code int
	fault.Verdict
	// Wait is the default pause before a retry; 0 when not retryable. A
	// Retry-After header overrides it.
	Wait time.Duration
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
	info = CodeInfo{Code: code, Verdict: row.Class.Verdict, Wait: row.Class.Wait, Warning: row.Warning, Origin: row.Origin, Texts: texts[code]}
	if !info.Retryable {
		info.Wait = 0
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
