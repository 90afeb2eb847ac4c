package pattern

import "sort"

// automaton is an Aho-Corasick automaton over the distinct literals of an
// index: one pass over a text reports every occurrence of every literal, in
// time linear in the text plus the occurrences.
//
// States are trie nodes, 0 the root. Edges are kept flat and sorted by
// label; the root has a full table, since most bytes leave it.
type automaton struct {
	root  [256]int32 // the root's transitions; 0 stays at the root
	first []int32    // state s's edges are labels/targets[first[s]:first[s+1]]
	label []byte
	next  []int32
	fail  []int32 // the longest proper suffix that is a state
	out   []int32 // the literal that ends at this state; -1 for none
	dict  []int32 // the nearest state on the fail chain with an output; 0 for none
	lens  []int32 // length of each literal, by id
}

// newAutomaton builds the automaton of lits; literal i has id i.
func newAutomaton(lits []string) *automaton {
	// The trie, with per-state child lists while it is built.
	type edge struct {
		b byte
		t int32
	}
	kids := [][]edge{nil}
	out := []int32{-1}
	lens := make([]int32, len(lits))
	for id, lit := range lits {
		lens[id] = int32(len(lit))
		s := int32(0)
		for i := 0; i < len(lit); i++ {
			b := lit[i]
			t := int32(-1)
			for _, e := range kids[s] {
				if e.b == b {
					t = e.t
					break
				}
			}
			if t < 0 {
				t = int32(len(kids))
				kids = append(kids, nil)
				out = append(out, -1)
				kids[s] = append(kids[s], edge{b, t})
			}
			s = t
		}
		out[s] = int32(id)
	}
	n := len(kids)
	a := &automaton{out: out, lens: lens, fail: make([]int32, n), dict: make([]int32, n), first: make([]int32, n+1)}
	for s := range kids {
		sort.Slice(kids[s], func(i, j int) bool { return kids[s][i].b < kids[s][j].b })
		a.first[s] = int32(len(a.label))
		for _, e := range kids[s] {
			a.label = append(a.label, e.b)
			a.next = append(a.next, e.t)
		}
	}
	a.first[n] = int32(len(a.label))
	for _, e := range kids[0] {
		a.root[e.b] = e.t
	}
	// Fail and dictionary links, breadth first.
	queue := make([]int32, 0, n)
	for _, e := range kids[0] {
		queue = append(queue, e.t)
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, e := range kids[s] {
			f := a.fail[s]
			for {
				if t := a.step(f, e.b); t >= 0 {
					f = t
					break
				}
				if f == 0 {
					f = 0
					break
				}
				f = a.fail[f]
			}
			if f == e.t {
				f = 0
			}
			a.fail[e.t] = f
			if a.out[f] >= 0 {
				a.dict[e.t] = f
			} else {
				a.dict[e.t] = a.dict[f]
			}
			queue = append(queue, e.t)
		}
	}
	return a
}

// step returns the trie edge from s on b, or -1. From the root it never
// fails: a byte no literal starts with stays at the root.
func (a *automaton) step(s int32, b byte) int32 {
	if s == 0 {
		return a.root[b]
	}
	lo, hi := a.first[s], a.first[s+1]
	for lo < hi { // few edges: a short binary search
		m := int32(uint32(lo+hi) >> 1)
		switch c := a.label[m]; {
		case c == b:
			return a.next[m]
		case c < b:
			lo = m + 1
		default:
			hi = m
		}
	}
	return -1
}

// scan calls found with the id and the start of every occurrence of every
// literal in c, in order of where they end.
func (a *automaton) scan(c []byte, found func(id int32, start int)) {
	s := int32(0)
	for i := 0; i < len(c); i++ {
		b := c[i]
		for {
			if t := a.step(s, b); t >= 0 {
				s = t
				break
			}
			s = a.fail[s]
		}
		o := s
		if a.out[o] < 0 {
			o = a.dict[o]
		}
		for o != 0 {
			id := a.out[o]
			found(id, i+1-int(a.lens[id]))
			o = a.dict[o]
		}
	}
}
