package pattern

import (
	"math/bits"
	"sort"
	"sync"
)

// Index holds patterns, each with a value, and finds the best pattern a
// message matches in time linear in the message (see the package comment).
type Index[V any] struct {
	all  []entry[V]
	once sync.Once
	m    *matcher
}

type entry[V any] struct {
	p     *Pattern
	value V
}

// matcher is what build derives from the patterns.
type matcher struct {
	ac   *automaton
	lits []string
	// vars are every pattern's variants, each as literal ids and
	// placeholders; byLit files each variant under its rarest literal.
	vars    []variant
	patVars [][]int32 // each pattern's variants, longest first
	byLit   [][]int32
	open    []int32 // variants without a literal: candidates for every message
	// order lists the patterns by specificity: the most required literal
	// text first, then the one added first.
	order []int32
	rank  []int32 // rank[p] is p's position in order
	pool  sync.Pool
}

// variant is one expansion of a pattern: lit >= 0 for a literal, else the
// placeholder ph.
type variant struct {
	pat  int32
	toks []vtok
}

type vtok struct {
	lit int32 // literal id; -1 for a placeholder
	ph  int32
}

// Add compiles text and adds it with its value. Add all patterns before
// the first lookup; the index is built then.
func (x *Index[V]) Add(text string, v V) error {
	p, err := Compile(text)
	if err != nil {
		return err
	}
	x.all = append(x.all, entry[V]{p: p, value: v})
	return nil
}

// Len returns the number of patterns.
func (x *Index[V]) Len() int { return len(x.all) }

func (x *Index[V]) build() {
	m := &matcher{}
	ids := map[string]int32{}
	freq := map[int32]int{}
	m.patVars = make([][]int32, len(x.all))
	for pi, e := range x.all {
		for _, toks := range e.p.variants {
			v := variant{pat: int32(pi)}
			for _, t := range toks {
				if t.ph >= 0 {
					v.toks = append(v.toks, vtok{lit: -1, ph: int32(t.ph)})
					continue
				}
				id, ok := ids[t.lit]
				if !ok {
					id = int32(len(m.lits))
					ids[t.lit] = id
					m.lits = append(m.lits, t.lit)
				}
				freq[id]++
				v.toks = append(v.toks, vtok{lit: id, ph: -1})
			}
			m.patVars[pi] = append(m.patVars[pi], int32(len(m.vars)))
			m.vars = append(m.vars, v)
		}
	}
	m.ac = newAutomaton(m.lits)
	m.byLit = make([][]int32, len(m.lits))
	for vi, v := range m.vars {
		key := int32(-1)
		for _, t := range v.toks {
			if t.lit < 0 {
				continue
			}
			if key < 0 || freq[t.lit] < freq[key] || freq[t.lit] == freq[key] && len(m.lits[t.lit]) > len(m.lits[key]) {
				key = t.lit
			}
		}
		if key < 0 {
			m.open = append(m.open, int32(vi))
			continue
		}
		m.byLit[key] = append(m.byLit[key], int32(vi))
	}
	m.order = make([]int32, len(x.all))
	for i := range m.order {
		m.order[i] = int32(i)
	}
	sort.SliceStable(m.order, func(i, j int) bool {
		return x.all[m.order[i]].p.weight > x.all[m.order[j]].p.weight
	})
	m.rank = make([]int32, len(x.all))
	for r, p := range m.order {
		m.rank[p] = int32(r)
	}
	m.pool.New = func() any {
		return &scratch{
			count: make([]int32, len(m.lits)),
			start: make([]int32, len(m.lits)+1),
			cands: make([]uint64, (len(x.all)+63)/64),
			vok:   make([]uint64, (len(m.vars)+63)/64),
		}
	}
	x.m = m
}

// scratch is the working memory of one lookup, reused through a pool.
type scratch struct {
	t       text
	occ     []occurrence // in the order found
	byLit   []int32      // occurrence starts grouped by literal
	count   []int32      // occurrences per literal
	start   []int32      // where each literal's starts begin in byLit
	touched []int32      // literals with occurrences
	cands   []uint64     // candidate patterns, by rank
	vok     []uint64     // candidate variants
}

type occurrence struct {
	lit   int32
	start int32
}

// Best returns the value of the best pattern that matches msg and the
// values the message carries. Patterns whose values prefer accepts (when
// not nil) come first; among equals the most specific pattern (the most
// required literal text) wins, then the one added first.
func (x *Index[V]) Best(msg string, prefer func(V) bool) (v V, params map[string]string, ok bool) {
	return x.BestOf(msg, prefer, nil)
}

// BestOf is Best among the patterns whose values allow accepts (all when
// allow is nil).
func (x *Index[V]) BestOf(msg string, prefer, allow func(V) bool) (v V, params map[string]string, ok bool) {
	x.once.Do(x.build)
	m := x.m
	sc := m.pool.Get().(*scratch)
	defer m.pool.Put(sc)
	m.find(sc, msg)

	for pass := 0; pass < 2; pass++ {
		if prefer == nil && pass == 1 {
			break
		}
		for w, word := range sc.cands {
			for word != 0 {
				b := bits.TrailingZeros64(word)
				word &^= 1 << b
				pi := m.order[w*64+b]
				e := &x.all[pi]
				if prefer != nil && prefer(e.value) != (pass == 0) || allow != nil && !allow(e.value) {
					continue
				}
				if pm, matched := m.match(sc, pi, e.p); matched {
					m.clear(sc)
					return e.value, pm, true
				}
			}
		}
	}
	m.clear(sc)
	return v, nil, false
}

// find loads msg, records the occurrences of every literal and marks the
// candidate patterns and variants.
func (m *matcher) find(sc *scratch, msg string) {
	t := &sc.t
	t.load(msg)
	c := t.c
	sc.occ = sc.occ[:0]
	m.ac.scan(c, func(id int32, start int) {
		lit := m.lits[id]
		end := start + len(lit)
		// A literal that begins or ends with a word character must not
		// be glued to another one: "must" is not found in "xmust".
		if isWord(lit[0]) && start > 0 && isWord(c[start-1]) {
			return
		}
		if isWord(lit[len(lit)-1]) && end < len(c) && isWord(c[end]) {
			return
		}
		if sc.count[id] == 0 {
			sc.touched = append(sc.touched, id)
		}
		sc.count[id]++
		sc.occ = append(sc.occ, occurrence{id, int32(start)})
	})
	// Group the starts by literal: each group is in ascending order,
	// since a literal's occurrences end, and so start, in order.
	n := int32(0)
	for _, id := range sc.touched {
		sc.start[id] = n
		n += sc.count[id]
	}
	if cap(sc.byLit) < int(n) {
		sc.byLit = make([]int32, n)
	}
	sc.byLit = sc.byLit[:n]
	fill := sc.count // reused as a cursor, then restored
	for _, id := range sc.touched {
		fill[id] = 0
	}
	for _, o := range sc.occ {
		sc.byLit[sc.start[o.lit]+fill[o.lit]] = o.start
		fill[o.lit]++
	}
	mark := func(vi int32) {
		for _, t := range m.vars[vi].toks {
			if t.lit >= 0 && sc.count[t.lit] == 0 {
				return
			}
		}
		sc.vok[vi/64] |= 1 << (vi % 64)
		r := m.rank[m.vars[vi].pat]
		sc.cands[r/64] |= 1 << (r % 64)
	}
	for _, id := range sc.touched {
		for _, vi := range m.byLit[id] {
			mark(vi)
		}
	}
	for _, vi := range m.open {
		mark(vi)
	}
}

// clear leaves sc ready for the next lookup.
func (m *matcher) clear(sc *scratch) {
	for _, id := range sc.touched {
		sc.count[id] = 0
	}
	sc.touched = sc.touched[:0]
	clear(sc.cands)
	clear(sc.vok)
	sc.t.src = ""
}

// next returns the first start >= from of literal id, or -1.
func (m *matcher) next(sc *scratch, id int32, from int) int {
	starts := sc.byLit[sc.start[id] : sc.start[id]+sc.count[id]]
	i := sort.Search(len(starts), func(i int) bool { return int(starts[i]) >= from })
	if i == len(starts) {
		return -1
	}
	return int(starts[i])
}

// match tries the candidate variants of pattern pi, longest first, and
// returns the values of the first that matches.
func (m *matcher) match(sc *scratch, pi int32, p *Pattern) (map[string]string, bool) {
	var spans [16][2]int
	for _, vi := range m.patVars[pi] {
		if sc.vok[vi/64]&(1<<(vi%64)) == 0 {
			continue
		}
		caps := spans[:0]
		if n := len(p.Names); n > len(spans) {
			caps = make([][2]int, 0, n)
		}
		caps = caps[:len(p.Names)]
		for i := range caps {
			caps[i] = [2]int{-1, -1}
		}
		if !m.walk(sc, m.vars[vi].toks, caps) {
			continue
		}
		var params map[string]string
		for i, c := range caps {
			if c[0] < 0 {
				continue
			}
			val := sc.t.value(c[0], c[1])
			if val == "" {
				continue
			}
			if params == nil {
				params = make(map[string]string, len(caps))
			}
			if _, dup := params[p.Names[i]]; !dup {
				params[p.Names[i]] = val
			}
		}
		return params, true
	}
	return nil, false
}

// walk matches a variant's tokens in order: a literal at its earliest
// occurrence after the previous token (the first at the start, the last at
// the end), a placeholder over at least one byte up to the next literal.
func (m *matcher) walk(sc *scratch, toks []vtok, caps [][2]int) bool {
	end := sc.t.end()
	if len(toks) == 0 {
		return end == 0
	}
	pos := 0
	for i, t := range toks {
		last := i == len(toks)-1
		if t.lit < 0 {
			if last {
				if end <= pos {
					return false
				}
				caps[t.ph] = [2]int{pos, end}
				return true
			}
			caps[t.ph] = [2]int{pos, -1}
			pos++ // a value is never empty
			continue
		}
		n := len(m.lits[t.lit])
		var at int
		switch {
		case i == 0:
			at = 0
			if m.next(sc, t.lit, 0) != 0 {
				return false
			}
		case last:
			at = end - n
			if at < pos || m.next(sc, t.lit, at) != at {
				return false
			}
		default:
			at = m.next(sc, t.lit, pos)
			if at < 0 {
				return false
			}
		}
		if i > 0 && toks[i-1].lit < 0 {
			caps[toks[i-1].ph][1] = at
		}
		pos = at + n
		if last && pos != end {
			return false
		}
	}
	return true
}
