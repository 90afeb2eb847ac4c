// Package pattern matches vendor messages against documented message
// patterns with placeholders, tolerating what real responses do: values
// substituted with or without quotes, straight or typographic quotes,
// runs of white space, letter case and trailing punctuation.
//
// A pattern is literal text with {name} placeholders and [optional] literal
// parts; a backslash makes the next character literal (\[, \{):
//
//	Hit rate limit of {limit} parallel requests[ for {entity}]
//
// Patterns are indexed by their first literal word, so matching a message
// tries only the few patterns that begin like it, whatever the size of the
// set.
package pattern

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteClass matches any quote a value may be wrapped in.
const quoteClass = `['"‘’‚“”„«»` + "`" + `]`

// Pattern is one compiled message pattern.
type Pattern struct {
	Text   string   // the source text
	Names  []string // placeholder names, in order
	first  string   // first literal word, lower case; "" when it starts with a placeholder
	weight int      // characters of required literal text: the more, the more specific
	re     *regexp.Regexp
	prefix string // literal text before the first placeholder, lower case, folded
}

// Compile compiles a pattern.
func Compile(text string) (*Pattern, error) {
	var re strings.Builder
	re.WriteString(`(?is)^\s*`)
	p := &Pattern{Text: text}
	lit := func(s string) {
		for _, r := range s {
			switch {
			case unicode.IsSpace(r):
				re.WriteString(`\s+`)
			case strings.ContainsRune(`'"‘’“”«»`, r):
				re.WriteString(quoteClass + `?`)
			default:
				re.WriteString(regexp.QuoteMeta(string(r)))
			}
		}
	}
	seenPlaceholder := false
	var prefix strings.Builder
	for i := 0; i < len(text); {
		switch text[i] {
		case '\\':
			if i+1 < len(text) {
				r, n := utf8.DecodeRuneInString(text[i+1:])
				lit(string(r))
				if !seenPlaceholder {
					prefix.WriteRune(r)
				}
				i += 1 + n
				continue
			}
			i++
		case '{':
			j := strings.IndexByte(text[i:], '}')
			if j < 0 {
				return nil, fmt.Errorf("pattern %q: unclosed {", text)
			}
			name := text[i+1 : i+j]
			if name == "" {
				return nil, fmt.Errorf("pattern %q: empty placeholder", text)
			}
			p.Names = append(p.Names, name)
			re.WriteString(quoteClass + `?(.+?)` + quoteClass + `?`)
			seenPlaceholder = true
			i += j + 1
		case '[':
			j := strings.IndexByte(text[i:], ']')
			if j < 0 {
				return nil, fmt.Errorf("pattern %q: unclosed [", text)
			}
			inner := text[i+1 : i+j]
			re.WriteString(`(?:`)
			// An optional part may hold placeholders too.
			sub, err := Compile(inner)
			if err != nil {
				return nil, err
			}
			re.WriteString(strings.TrimSuffix(strings.TrimPrefix(sub.re.String(), `(?is)^\s*`), `[\s.!;:,]*$`))
			p.Names = append(p.Names, sub.Names...)
			re.WriteString(`)?`)
			seenPlaceholder = true // what follows an optional part is not a fixed prefix
			i += j + 1
		default:
			r, n := utf8.DecodeRuneInString(text[i:])
			lit(string(r))
			p.weight++
			if !seenPlaceholder {
				prefix.WriteRune(r)
			}
			i += n
		}
	}
	re.WriteString(`[\s.!;:,]*$`)
	var err error
	if p.re, err = regexp.Compile(re.String()); err != nil {
		return nil, fmt.Errorf("pattern %q: %v", text, err)
	}
	p.prefix = fold(prefix.String())
	p.first = firstWord(p.prefix)
	return p, nil
}

// Match reports whether msg matches the pattern and returns the placeholder
// values by name, without surrounding quotes; params is nil when the pattern
// has none.
func (p *Pattern) Match(msg string) (params map[string]string, ok bool) {
	m := p.re.FindStringSubmatch(msg)
	if m == nil {
		return nil, false
	}
	for i, name := range p.Names {
		v := strings.TrimSpace(m[i+1])
		if v == "" {
			continue
		}
		if params == nil {
			params = make(map[string]string, len(p.Names))
		}
		if _, dup := params[name]; !dup {
			params[name] = v
		}
	}
	return params, true
}

// Index holds patterns, each with a value, bucketed by first literal word.
type Index[V any] struct {
	buckets map[string][]entry[V]
	open    []entry[V] // patterns that start with a placeholder
	n       int
}

type entry[V any] struct {
	p     *Pattern
	value V
	seq   int
}

// Add compiles text and adds it with its value. Patterns added first win
// when several match.
func (x *Index[V]) Add(text string, v V) error {
	p, err := Compile(text)
	if err != nil {
		return err
	}
	e := entry[V]{p: p, value: v, seq: x.n}
	x.n++
	if p.first == "" {
		x.open = append(x.open, e)
		return nil
	}
	if x.buckets == nil {
		x.buckets = make(map[string][]entry[V])
	}
	x.buckets[p.first] = append(x.buckets[p.first], e)
	return nil
}

// Len returns the number of patterns.
func (x *Index[V]) Len() int { return x.n }

// Lookup returns every value whose pattern matches msg, the most specific
// first (the one with the most literal text; ties in the order added), with
// the parameters each found. accept, when not nil, filters candidates before
// their expression runs.
func (x *Index[V]) Lookup(msg string, accept func(V) bool) (vals []V, params []map[string]string) {
	w := firstWord(fold(leading(msg)))
	var found []entry[V]
	var foundParams []map[string]string
	for _, es := range [2][]entry[V]{x.buckets[w], x.open} {
		for _, e := range es {
			if accept != nil && !accept(e.value) {
				continue
			}
			if pm, ok := e.p.Match(msg); ok {
				found = append(found, e)
				foundParams = append(foundParams, pm)
			}
		}
	}
	order := make([]int, len(found))
	for i := range order {
		order[i] = i
	}
	if len(found) > 1 {
		sort.SliceStable(order, func(a, b int) bool {
			ea, eb := found[order[a]], found[order[b]]
			if ea.p.weight != eb.p.weight {
				return ea.p.weight > eb.p.weight
			}
			return ea.seq < eb.seq
		})
	}
	for _, i := range order {
		vals = append(vals, found[i].value)
		params = append(params, foundParams[i])
	}
	return vals, params
}

// leading returns msg's first 64 bytes, enough to find its first word.
func leading(msg string) string {
	if len(msg) > 64 {
		i := 64
		for i > 0 && !utf8.RuneStart(msg[i]) {
			i--
		}
		return msg[:i]
	}
	return msg
}

// fold lower-cases s and turns typographic quotes into straight ones.
func fold(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', '‚', '`':
			return '\''
		case '“', '”', '„', '«', '»':
			return '"'
		}
		return unicode.ToLower(r)
	}, s)
}

// firstWord returns the leading run of letters and digits of s, after white
// space; "" when s starts with anything else (a quote, a placeholder value).
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	end := 0
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-' {
			break
		}
		end += n
	}
	return s[:end]
}
