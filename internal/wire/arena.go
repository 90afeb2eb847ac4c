package wire

import (
	"bytes"

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
	lists   []*fault.Fault
	texts   map[string]string
}

// MaxItems bounds the objects of one results document: ten times the
// largest batch the APIs accept (10,000 bids), so that a body of tiny
// objects (a megabyte of "0,") cannot make millions of them.
const MaxItems = 100_000

// arenaBlock is how many faults or entries a block holds at most.
const arenaBlock = 256

// maxInterned bounds the texts an arena remembers: past it, a text is
// copied each time, so that memory stays a multiple of the input.
const maxInterned = 4096

// Reserve sizes the first blocks for n faults (at most a block), when the
// caller can count them: blocks that grow from small waste up to half
// their room.
func (a *Arena) Reserve(n int) {
	n = min(max(n, 1), arenaBlock)
	if cap(a.faults) == 0 {
		a.faults = make([]fault.Fault, 0, n)
		a.entries = make([]fault.Entry, 0, n)
		a.lists = make([]*fault.Fault, 0, n)
	}
}

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

// List returns a one-element list of f for an Item's Errors or Warnings;
// appending to it copies it out of the block.
func (a *Arena) List(f *fault.Fault) []*fault.Fault {
	if len(a.lists) == cap(a.lists) {
		a.lists = make([]*fault.Fault, 0, min(max(2*cap(a.lists), 8), arenaBlock))
	}
	n := len(a.lists)
	a.lists = append(a.lists, f)
	return a.lists[n : n+1 : n+1]
}

// Append appends f to list, taking a list from the arena for the first.
func (a *Arena) Append(list []*fault.Fault, f *fault.Fault) []*fault.Fault {
	if list == nil {
		return a.List(f)
	}
	return append(list, f)
}

// Copy returns a copy of fs from the arena's list blocks, capped so that
// appending to it copies it out of the block; nil when fs is empty. It
// lets a walk gather an object's faults in a buffer of its own and keep
// them without an allocation per object.
func (a *Arena) Copy(fs []*fault.Fault) []*fault.Fault {
	if len(fs) == 0 {
		return nil
	}
	if cap(a.lists)-len(a.lists) < len(fs) {
		a.lists = make([]*fault.Fault, 0, max(min(max(2*cap(a.lists), 8), arenaBlock), len(fs)))
	}
	n := len(a.lists)
	a.lists = append(a.lists, fs...)
	return a.lists[n:len(a.lists):len(a.lists)]
}

// Text returns v as vendor text (see [jsonlite.Value.Text]), interned
// when it is a string without escapes or a number.
func (a *Arena) Text(v jsonlite.Value) string {
	raw := v.Raw()
	switch v.Kind() {
	case jsonlite.String:
		if bytes.IndexByte(raw, '\\') < 0 {
			return a.String(raw[1 : len(raw)-1])
		}
	case jsonlite.Number:
		return a.String(raw)
	}
	return v.Text()
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
