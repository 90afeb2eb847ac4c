// Package pattern matches vendor messages against documented message
// patterns with placeholders, tolerating what real responses do: values
// substituted with or without quotes, straight or typographic quotes,
// runs of white space, a space missing or added next to punctuation,
// letter case and trailing punctuation.
//
// A pattern is literal text with {name} placeholders and [optional] parts;
// a backslash makes the next character literal (\[, \{):
//
//	Hit rate limit of {limit} parallel requests[ for {entity}]
//
// # Cost
//
// Matching costs time linear in the message, whatever the message and
// whatever the number of patterns, and never backtracks:
//
//   - A message and every literal are brought to one canonical form
//     (canon.go), in which literal text matches exactly.
//   - One pass of an Aho-Corasick automaton over the canonical message finds
//     every occurrence of every literal of every pattern (automaton.go).
//   - A pattern is a candidate only when each of its literals occurs.
//   - A candidate matches when its literals occur in order, the first at the
//     start and the last at the end: placeholders take any text in between,
//     so taking each literal's earliest occurrence after the previous one is
//     exact, and costs one binary search per literal.
//
// A message longer than [MaxLook] is matched on its first and last
// MaxLook/2 bytes, with the middle taken as part of a placeholder's value:
// documented messages are under 200 bytes of fixed text, and a long message
// is long because of a value it echoes, so its fixed words are still seen.
package pattern

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MaxLook bounds how much of a message matching reads: the first and the
// last MaxLook/2 bytes of a longer message.
const MaxLook = 2048

// token is a literal run (canonical) or a placeholder (ph >= 0).
type token struct {
	lit string
	ph  int // index into Names; -1 for a literal
}

// Pattern is one compiled message pattern.
type Pattern struct {
	Text  string   // the source text
	Names []string // placeholder names, in order
	// variants are the token lists the pattern stands for, optional parts
	// expanded, the longest (greediest) first. Literals are canonical;
	// placeholders are never adjacent.
	variants [][]token
	weight   int // characters of required literal text: the more, the more specific

	once sync.Once
	self *Index[struct{}] // for Match: an index of this pattern alone
}

// part is a piece of a parsed pattern: a literal, a placeholder or an
// optional group.
type part struct {
	lit string
	ph  int
	opt []part
}

// maxVariants bounds the optional parts a pattern may have (2^6).
const maxVariants = 64

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
	raw := expand(parts)
	if len(raw) > maxVariants {
		return nil, fmt.Errorf("pattern %q: too many optional parts", text)
	}
	// Required literal text is what the shortest variant keeps; its
	// length in the source's folded form ranks patterns.
	for _, t := range raw[len(raw)-1] {
		if t.ph < 0 {
			p.weight += utf8.RuneCountInString(fold(t.lit))
		}
	}
	for _, v := range raw {
		cv, err := canonVariant(v)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %v", text, err)
		}
		p.variants = append(p.variants, cv)
	}
	return p, nil
}

// canonVariant brings a variant's literals to canonical form, drops those
// that vanish (white space or quotes alone), and takes the trailing
// punctuation off a final literal, since a message may or may not end with
// it.
func canonVariant(v []token) ([]token, error) {
	var out []token
	for i, t := range v {
		if t.ph >= 0 {
			if n := len(out); n > 0 && out[n-1].ph >= 0 {
				return nil, fmt.Errorf("placeholders {%d} and {%d} have no literal text between them", out[n-1].ph, t.ph)
			}
			out = append(out, t)
			continue
		}
		c := canonString(t.lit)
		if i == len(v)-1 {
			c = strings.TrimRight(c, trailing)
		}
		if c == "" {
			continue
		}
		out = append(out, token{lit: c, ph: -1})
	}
	return out, nil
}

// parse reads parts up to the end or, inside an optional group, up to its
// closing bracket.
func (p *Pattern) parse(s string, inOpt bool) (parts []part, rest string, err error) {
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			parts = append(parts, part{lit: lit.String(), ph: -1})
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
// tried before its absence, and merges adjacent literals.
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

// Match reports whether msg matches the pattern and returns the placeholder
// values by name, without surrounding quotes; params is nil when the
// pattern has none.
func (p *Pattern) Match(msg string) (params map[string]string, ok bool) {
	p.once.Do(func() {
		p.self = new(Index[struct{}])
		p.self.all = []entry[struct{}]{{p: p}}
	})
	_, params, ok = p.self.Best(msg, nil)
	return params, ok
}

// fold lower-cases a pattern's literal, turns typographic quotes into
// straight ones and white space runs into one space. It measures a
// pattern's weight only; matching uses the canonical form.
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
		switch r {
		case '‘', '’', '‚', '`':
			r = '\''
		case '“', '”', '„', '«', '»':
			r = '"'
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
