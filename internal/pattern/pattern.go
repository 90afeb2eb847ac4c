// Package pattern matches vendor messages against documented message
// patterns with placeholders, tolerating what real responses do: values
// substituted with or without quotes, straight or typographic quotes,
// runs of white space, letter case and trailing punctuation.
//
// A pattern is literal text with {name} placeholders and [optional] parts;
// a backslash makes the next character literal (\[, \{):
//
//	Hit rate limit of {limit} parallel requests[ for {entity}]
//
// Patterns are indexed by their first literal word, and each is checked
// against a required literal before it is matched, so matching a message
// costs about the same whatever the number of patterns. Matching is a small
// backtracking walk over literal and placeholder tokens on a folded copy of
// the message; no regular expressions.
package pattern

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// token is a literal run (folded) or a placeholder (ph >= 0).
type token struct {
	lit string
	ph  int // index into Names; -1 for a literal
}

// Pattern is one compiled message pattern.
type Pattern struct {
	Text  string   // the source text
	Names []string // placeholder names, in order
	// variants are the token lists the pattern stands for, optional parts
	// expanded, the longest (greediest) first.
	variants [][]token
	words    []string // the words of the required literals, longest first: a message lacks one, no match
	weight   int      // characters of required literal text: the more, the more specific
}

// part is a piece of a parsed pattern: a literal, a placeholder or an
// optional group.
type part struct {
	lit string
	ph  int
	opt []part
}

// Compile compiles a pattern.
func Compile(text string) (*Pattern, error) {
	p := &Pattern{Text: text}
	parts, rest, err := p.parse(text, false)
	if err != nil {
		return nil, err
	}
	if rest != "" {
		return nil, fmt.Errorf("pattern %q: unbalanced ]", text)
	}
	p.variants = expand(parts)
	if len(p.variants) > 64 {
		return nil, fmt.Errorf("pattern %q: too many optional parts", text)
	}
	// Required literal text is what the shortest variant keeps.
	shortest := p.variants[len(p.variants)-1]
	for _, t := range shortest {
		if t.ph < 0 {
			p.weight += utf8.RuneCountInString(t.lit)
			// Words match exactly, while quotes, spaces and punctuation
			// around them may bend: every word of the required literals
			// must be in a matching message.
			for _, w := range strings.FieldsFunc(t.lit, func(r rune) bool { return !isWordRune(r) }) {
				if len(w) > 1 {
					p.words = append(p.words, w)
				}
			}
		}
	}
	sort.SliceStable(p.words, func(i, j int) bool { return len(p.words[i]) > len(p.words[j]) })
	return p, nil
}

// parse reads parts up to the end or, inside an optional group, up to its
// closing bracket.
func (p *Pattern) parse(s string, inOpt bool) (parts []part, rest string, err error) {
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, part{lit: fold(lit.String()), ph: -1})
			lit.Reset()
		}
	}
	for len(s) > 0 {
		switch s[0] {
		case '\\':
			if len(s) > 1 {
				r, n := utf8.DecodeRuneInString(s[1:])
				lit.WriteRune(r)
				s = s[1+n:]
				continue
			}
			s = s[1:]
		case '{':
			j := strings.IndexByte(s, '}')
			if j < 0 {
				return nil, "", fmt.Errorf("pattern %q: unclosed {", p.Text)
			}
			if j == 1 {
				return nil, "", fmt.Errorf("pattern %q: empty placeholder", p.Text)
			}
			flush()
			parts = append(parts, part{ph: len(p.Names)})
			p.Names = append(p.Names, s[1:j])
			s = s[j+1:]
		case '[':
			flush()
			sub, after, err := p.parse(s[1:], true)
			if err != nil {
				return nil, "", err
			}
			if !strings.HasPrefix(after, "]") {
				return nil, "", fmt.Errorf("pattern %q: unclosed [", p.Text)
			}
			parts = append(parts, part{ph: -1, opt: sub})
			s = after[1:]
		case ']':
			if !inOpt {
				return nil, "", fmt.Errorf("pattern %q: unbalanced ]", p.Text)
			}
			flush()
			return parts, s, nil
		default:
			r, n := utf8.DecodeRuneInString(s)
			lit.WriteRune(r)
			s = s[n:]
		}
	}
	if inOpt {
		return nil, "", fmt.Errorf("pattern %q: unclosed [", p.Text)
	}
	flush()
	return parts, "", nil
}

// expand turns optional groups into variants, with each group's presence
// tried before its absence.
func expand(parts []part) [][]token {
	out := [][]token{nil}
	for _, pt := range parts {
		switch {
		case pt.opt != nil:
			var next [][]token
			for _, with := range expand(pt.opt) {
				for _, v := range out {
					next = append(next, appendTokens(v, with))
				}
			}
			next = append(next, out...)
			out = next
		case pt.ph >= 0:
			for i := range out {
				out[i] = appendTokens(out[i], []token{{ph: pt.ph}})
			}
		default:
			for i := range out {
				out[i] = appendTokens(out[i], []token{{lit: pt.lit, ph: -1}})
			}
		}
	}
	// Merge adjacent literals so that matching sees whole runs.
	for i, v := range out {
		var merged []token
		for _, t := range v {
			if n := len(merged); n > 0 && t.ph < 0 && merged[n-1].ph < 0 {
				merged[n-1].lit += t.lit
				continue
			}
			merged = append(merged, t)
		}
		out[i] = merged
	}
	sort.SliceStable(out, func(i, j int) bool { return len(out[i]) > len(out[j]) })
	return out
}

func appendTokens(a, b []token) []token {
	return append(append(make([]token, 0, len(a)+len(b)), a...), b...)
}

// folded is a message prepared for matching: lower case, quotes made
// straight, white space runs made one space, with the byte offset in the
// original of every folded byte (and one past the end).
type folded struct {
	s    string
	orig []int32 // nil when the offsets are the same
	src  string
}

func prepare(msg string) folded {
	// Fast path: ASCII with single spaces folds byte for byte, and the
	// folded offsets are the original ones.
	simple := true
	for i := 0; i < len(msg); i++ {
		c := msg[i]
		if c >= utf8.RuneSelf || c < ' ' || c == ' ' && (i == 0 || msg[i-1] == ' ') {
			simple = false
			break
		}
	}
	if simple {
		b := []byte(msg)
		for i, c := range b {
			switch {
			case 'A' <= c && c <= 'Z':
				b[i] = c + 'a' - 'A'
			case c == '`':
				b[i] = '\''
			}
		}
		return folded{s: string(b), src: msg}
	}
	var b strings.Builder
	b.Grow(len(msg) + 8)
	orig := make([]int32, 0, len(msg)+9)
	space := false
	for i := 0; i < len(msg); {
		c := msg[i]
		if c < utf8.RuneSelf {
			switch {
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
				if !space && b.Len() > 0 {
					b.WriteByte(' ')
					orig = append(orig, int32(i))
				}
				space = true
				i++
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			space = false
			b.WriteByte(c)
			orig = append(orig, int32(i))
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(msg[i:])
		if unicode.IsSpace(r) {
			if !space && b.Len() > 0 {
				b.WriteByte(' ')
				orig = append(orig, int32(i))
			}
			space = true
			i += n
			continue
		}
		space = false
		before := b.Len()
		b.WriteRune(foldRune(r))
		for range b.Len() - before {
			orig = append(orig, int32(i))
		}
		i += n
	}
	orig = append(orig, int32(len(msg)))
	return folded{s: b.String(), orig: orig, src: msg}
}

// value returns the original text of folded bytes [i, j).
func (f folded) value(i, j int) string {
	if f.orig == nil {
		return strings.TrimSpace(f.src[i:j])
	}
	return strings.TrimSpace(f.src[f.orig[i]:f.orig[j]])
}

// Match reports whether msg matches the pattern and returns the placeholder
// values by name, without surrounding quotes; params is nil when the
// pattern has none.
func (p *Pattern) Match(msg string) (params map[string]string, ok bool) {
	return p.match(prepare(msg))
}

// hasWords reports whether a folded message holds every required word.
func (p *Pattern) hasWords(s string) bool {
	for _, w := range p.words {
		if !strings.Contains(s, w) {
			return false
		}
	}
	return true
}

func (p *Pattern) match(f folded) (map[string]string, bool) {
	if !p.hasWords(f.s) {
		return nil, false
	}
	var spans [16][2]int
	var caps [][2]int
	if len(p.Names) > len(spans) {
		caps = make([][2]int, len(p.Names))
	} else {
		caps = spans[:len(p.Names)]
	}
	start := 0
	if start < len(f.s) && f.s[start] == ' ' {
		start++
	}
	for _, v := range p.variants {
		for i := range caps {
			caps[i] = [2]int{-1, -1}
		}
		if walk(v, f.s, start, caps) {
			var params map[string]string
			for i, c := range caps {
				if c[0] < 0 {
					continue
				}
				val := f.value(c[0], c[1])
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
	}
	return nil, false
}

// walk matches tokens against s from pos, recording placeholder spans.
func walk(toks []token, s string, pos int, caps [][2]int) bool {
	if len(toks) == 0 {
		return onlyTrailing(s[pos:])
	}
	t := toks[0]
	if t.ph < 0 {
		end, ok := literal(t.lit, s, pos)
		return ok && walk(toks[1:], s, end, caps)
	}
	// A placeholder: an optional opening quote, then the shortest value
	// (at least one byte) that lets the rest match, then an optional
	// closing quote.
	starts := [2]int{pos, -1}
	if pos < len(s) && isQuote(s[pos]) {
		starts = [2]int{pos + 1, pos}
	}
	for _, st := range starts {
		if st < 0 {
			continue
		}
		if len(toks) == 1 {
			// The last token: the value runs to the trailing punctuation,
			// less a closing quote.
			end := len(s)
			for end > st && strings.IndexByte(" .!;:,", s[end-1]) >= 0 {
				end--
			}
			if end-1 > st && isQuote(s[end-1]) {
				end--
			}
			if end > st {
				caps[t.ph] = [2]int{st, end}
				return true
			}
			continue
		}
		for e := st + 1; e <= len(s); e++ {
			if e < len(s) && !utf8.RuneStart(s[e]) {
				continue
			}
			if toks[1].ph < 0 && !canStart(toks[1].lit, s, e) {
				continue
			}
			if e < len(s) && isQuote(s[e]) && walk(toks[1:], s, e+1, caps) {
				caps[t.ph] = [2]int{st, e}
				return true
			}
			if walk(toks[1:], s, e, caps) {
				caps[t.ph] = [2]int{st, e}
				return true
			}
		}
	}
	return false
}

// canStart is a quick check that a literal may begin at pos (or after a
// closing quote there): its first character that is not a space or a
// quote must come next, after at most one space.
func canStart(lit string, s string, pos int) bool {
	if pos < len(s) && isQuote(s[pos]) {
		pos++
	}
	i := 0
	if lit[0] == ' ' {
		i++
		if pos < len(s) && s[pos] == ' ' {
			pos++
		}
	}
	if i >= len(lit) || isQuote(lit[i]) {
		return true
	}
	return pos < len(s) && s[pos] == lit[i]
}

// literal matches a folded literal at pos: a space needs white space, a
// quote is optional, anything else must be equal.
func literal(lit, s string, pos int) (int, bool) {
	for i := 0; i < len(lit); i++ {
		c := lit[i]
		switch {
		case c == ' ':
			switch {
			case pos < len(s) && s[pos] == ' ':
				pos++
			case i > 0 && !isWordByte(lit[i-1]), pos >= len(s) || !isWordByte(s[pos]):
				// Next to punctuation a space may be missing ("found:1");
				// between two words it is required.
			default:
				return pos, false
			}
		case isQuote(c):
			if pos < len(s) && isQuote(s[pos]) {
				pos++
			}
		default:
			if pos >= len(s) || s[pos] != c {
				return pos, false
			}
			pos++
		}
	}
	return pos, true
}

// onlyTrailing reports whether s holds nothing but trailing punctuation and
// space.
func onlyTrailing(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ', '.', '!', ';', ':', ',':
		default:
			return false
		}
	}
	return true
}

func isQuote(c byte) bool { return c == '\'' || c == '"' || c == '`' }

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c >= 0x80
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'
}

// Index holds patterns, each with a value. Each pattern is filed under the
// rarest word of its required literals; a message looks up only the
// patterns filed under its own words, so the cost of a lookup depends on
// the message, not on the number of patterns.
type Index[V any] struct {
	all   []entry[V]
	once  sync.Once
	keyed map[string][]entry[V]
	open  []entry[V] // patterns without a required word
}

type entry[V any] struct {
	p     *Pattern
	value V
	seq   int
}

// Add compiles text and adds it with its value. Add all patterns before
// the first Lookup; the index is built then.
func (x *Index[V]) Add(text string, v V) error {
	p, err := Compile(text)
	if err != nil {
		return err
	}
	x.all = append(x.all, entry[V]{p: p, value: v, seq: len(x.all)})
	return nil
}

// Len returns the number of patterns.
func (x *Index[V]) Len() int { return len(x.all) }

func (x *Index[V]) build() {
	freq := map[string]int{}
	for _, e := range x.all {
		for _, w := range e.p.words {
			freq[w]++
		}
	}
	x.keyed = map[string][]entry[V]{}
	for _, e := range x.all {
		key := ""
		for _, w := range e.p.words {
			if !isKeyWord(w) {
				continue
			}
			if key == "" || freq[w] < freq[key] || freq[w] == freq[key] && len(w) > len(key) {
				key = w
			}
		}
		if key == "" {
			x.open = append(x.open, e)
			continue
		}
		x.keyed[key] = append(x.keyed[key], e)
	}
}

// isKeyWord reports whether w is a whole word as messageWords splits a
// message, so that it can be looked up by one.
func isKeyWord(w string) bool {
	digits := true
	for _, r := range w {
		if !isWordRune(r) {
			return false
		}
		if r < '0' || r > '9' {
			digits = false
		}
	}
	return len(w) > 1 && !digits
}

// Best returns the value of the best pattern that matches msg and the
// values the message carries. Candidates that prefer accepts (when not nil)
// come first; among equals the most specific pattern (the most required
// literal text) wins, then the one added first. Only candidates whose
// required words are all in the message are matched at all.
func (x *Index[V]) Best(msg string, prefer func(V) bool) (v V, params map[string]string, ok bool) {
	x.once.Do(x.build)
	f := prepare(msg)
	var buf [16]entry[V]
	cands := buf[:0]
	add := func(es []entry[V]) {
		for _, e := range es {
			if e.p.hasWords(f.s) {
				cands = append(cands, e)
			}
		}
	}
	var seen [32]string
	nseen := 0
	forWords(f.s, func(w string) {
		es, found := x.keyed[w]
		if !found {
			return
		}
		for _, s := range seen[:nseen] {
			if s == w {
				return
			}
		}
		if nseen < len(seen) {
			seen[nseen] = w
			nseen++
		}
		add(es)
	})
	add(x.open)
	rank := func(e entry[V]) int {
		if prefer != nil && prefer(e.value) {
			return 1
		}
		return 0
	}
	less := func(a, b entry[V]) bool {
		ra, rb := rank(a), rank(b)
		if ra != rb {
			return ra > rb
		}
		if a.p.weight != b.p.weight {
			return a.p.weight > b.p.weight
		}
		return a.seq < b.seq
	}
	// Insertion sort: there are a handful of candidates, and it allocates
	// nothing.
	for i := 1; i < len(cands); i++ {
		for j := i; j > 0 && less(cands[j], cands[j-1]); j-- {
			cands[j], cands[j-1] = cands[j-1], cands[j]
		}
	}
	for _, e := range cands {
		if pm, matched := e.p.match(f); matched {
			return e.value, pm, true
		}
	}
	return v, nil, false
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// forWords calls fn with every word of a folded string that can be a key.
func forWords(s string, fn func(string)) {
	start := -1
	for i := 0; i <= len(s); i++ {
		word := false
		if i < len(s) {
			c := s[i]
			word = isWordByte(c) || c == '-'
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			if w := s[start:i]; len(w) > 1 && !allDigits(w) {
				fn(w) // keys are never one byte long or numbers
			}
			start = -1
		}
	}
}

// fold lower-cases a pattern's literal, turns typographic quotes into
// straight ones and white space runs into one space, keeping a leading or
// trailing one.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func foldRune(r rune) rune {
	switch r {
	case '‘', '’', '‚', '`', '\'':
		return '\''
	case '“', '”', '„', '«', '»', '"':
		return '"'
	}
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}
	return unicode.ToLower(r)
}
