package market

import (
	"slices"
	"sort"
	"time"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

// MessageInfo describes one catalogued Market message pattern or code: what
// it means and what to do about it.
type MessageInfo struct {
	// Status is the HTTP status the message is documented under; 0 for a code
	// row, which applies at any status.
	Status int
	// Pattern is the message pattern, {name} for a value and [text] for an
	// optional part; empty for a code row.
	Pattern string
	// Code is the vendor code of a code row; empty for a message row.
	Code string
	fault.Verdict
	// Wait is the default pause before a retry; 0 when not retryable. A
	// Retry-After or X-RateLimit-Resource-Until header overrides it.
	Wait time.Duration
	// Source says where a code row's meaning comes from (a page of the
	// docs, the OpenAPI spec, Yandex's published server tests, a client
	// library), or "name only" when the code's name is all there is; empty
	// for a message row, which quotes the docs' error-codes, limits and
	// access pages.
	Source string
}

func info(status int, pattern, code string, c wire.Class) MessageInfo {
	mi := MessageInfo{Status: status, Pattern: pattern, Code: code, Verdict: c.Verdict, Wait: c.Wait}
	if !mi.Retryable {
		mi.Wait = 0
	}
	return mi
}

// Messages returns the message catalog, in catalog order (by status, then as
// documented).
func Messages() []MessageInfo {
	out := make([]MessageInfo, len(messageRows))
	for i, r := range messageRows {
		out[i] = info(r.Status, r.Pattern, "", mustVerdict(r.Reason))
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Status < out[j].Status })
	return out
}

// Codes returns the code rows used when no message pattern matches, ordered
// by code.
func Codes() []MessageInfo {
	out := make([]MessageInfo, 0, len(codeRows))
	for _, r := range codeList {
		out = append(out, codeInfo(r))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Code < out[j].Code })
	return out
}

// LookupMessage returns the catalog row that a message matches, the values
// it carries, and ok. status 0 accepts rows of any status; otherwise rows of
// that status are preferred.
func LookupMessage(status int, msg string) (mi MessageInfo, params map[string]string, ok bool) {
	row, params := lookup(status, msg)
	if row == nil {
		if tok := machineToken(msg); tok != "" {
			c, _ := classify(status, "", msg)
			return info(0, "", tok, c), nil, true
		}
		return MessageInfo{}, nil, false
	}
	return info(row.Status, row.Pattern, "", mustVerdict(row.Reason)), params, true
}

// LookupCode returns the code row for a Market code, and ok.
func LookupCode(code string) (MessageInfo, bool) {
	i := slices.IndexFunc(codeList, func(r codeRow) bool { return r.Code == code })
	if i < 0 {
		return MessageInfo{}, false
	}
	return codeInfo(codeList[i]), true
}

// codeInfo is a code row with its evidence.
func codeInfo(r codeRow) MessageInfo {
	mi := info(0, "", r.Code, mustVerdict(r.Reason))
	mi.Source = r.Source
	return mi
}
