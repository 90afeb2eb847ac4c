package wire

import (
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/jsonlite"
)

// Arena hands out the faults and entries of one results document from
// shared blocks, and interns the texts its objects repeat (codes, messages,
// details), so that a document of many objects costs a few allocations per
// block rather than several per object. A fault from an arena keeps its
// block alive; blocks are small.
type Arena struct {
	faults  []fault.Fault
	entries []fault.Entry
	raw     map[string]string // JSON text as received -> its value
	texts   map[string]string
}

// arenaBlock is how many faults or entries a block holds at most.
const arenaBlock = 256

// maxInterned bounds the texts an arena remembers: past it, a text is
// copied each time, so that memory stays a multiple of the input.
const maxInterned = 4096

// Fault returns a new zero fault.
func (a *Arena) Fault() *fault.Fault {
	if len(a.faults) == cap(a.faults) {
		a.faults = make([]fault.Fault, 0, min(max(2*cap(a.faults), 8), arenaBlock))
	}
	a.faults = a.faults[:len(a.faults)+1]
	return &a.faults[len(a.faults)-1]
}

// Entry returns a one-element slice for a fault's Errors.
func (a *Arena) Entry(e fault.Entry) []fault.Entry {
	if len(a.entries) == cap(a.entries) {
		a.entries = make([]fault.Entry, 0, min(max(2*cap(a.entries), 8), arenaBlock))
	}
	n := len(a.entries)
	a.entries = append(a.entries, e)
	return a.entries[n : n+1 : n+1]
}

// Text returns v as vendor text (see [jsonlite.Value.Text]), interned.
func (a *Arena) Text(v jsonlite.Value) string {
	raw := v.Raw()
	if len(raw) == 0 {
		return ""
	}
	if s, ok := a.raw[string(raw)]; ok {
		return s
	}
	s := v.Text()
	if a.raw == nil {
		a.raw = make(map[string]string)
	}
	if len(a.raw) < maxInterned {
		a.raw[string(raw)] = s
	}
	return s
}

// String interns a text already decoded.
func (a *Arena) String(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if s, ok := a.texts[string(b)]; ok {
		return s
	}
	s := string(b)
	if a.texts == nil {
		a.texts = make(map[string]string)
	}
	if len(a.texts) < maxInterned {
		a.texts[s] = s
	}
	return s
}
