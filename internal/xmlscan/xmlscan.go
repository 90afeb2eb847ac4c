// Package xmlscan reads XML as a stream of tokens, in one pass and without
// allocating per token: enough to bound a document's depth before a tree
// parser sees it, to tell its root element from its first bytes, and to walk
// a large per-object results document without building a tree.
//
// Comments, CDATA sections, processing instructions and the DOCTYPE
// declaration are read as units, so nothing inside them (closing tags, say)
// is ever taken for markup; quoted attribute values likewise. It checks what
// it needs for that and no more: it is not a validating parser.
package xmlscan

import (
	"bytes"
	"errors"
	"strconv"
	"unicode/utf8"
)

// Kind is a token's kind.
type Kind uint8

// The token kinds.
const (
	StartElement Kind = iota + 1
	EndElement
	Text  // character data, entities not yet decoded
	CDATA // the contents of a CDATA section
	ProcInst
	Comment
	Directive // <!DOCTYPE ...> and the like
)

// Token is one token, a window on the document's bytes.
type Token struct {
	Kind Kind
	// Name is an element's or a processing instruction's qualified name
	// ("soap:Envelope"); Local is the part after the prefix.
	Name, Local []byte
	// Raw is the token's contents: an element's attributes, the text, the
	// CDATA, the comment, the instruction's body.
	Raw []byte
	// Empty reports a self-closing start tag; the scanner then gives its
	// EndElement next.
	Empty bool
	// Attrs is how many attributes a start tag holds.
	Attrs int
}

// ErrSyntax means the document is not well-formed as far as the scanner
// can tell; ErrShort that it ends in the middle of a token or with
// elements open.
var (
	ErrSyntax = errors.New("xmlscan: syntax error")
	ErrShort  = errors.New("xmlscan: document ends early")
)

// Scanner reads tokens from a document in memory.
type Scanner struct {
	b       []byte
	i       int
	depth   int
	pending []byte // the name of a self-closing element whose end is due
}

// New returns a scanner of b.
func New(b []byte) *Scanner { return &Scanner{b: b} }

// Depth returns the number of elements open after the last token.
func (s *Scanner) Depth() int { return s.depth }

// Next returns the next token. At the end of a complete document it
// returns ok false and a nil error; a document cut short gives ErrShort.
func (s *Scanner) Next() (t Token, ok bool, err error) {
	if s.pending != nil {
		t = Token{Kind: EndElement, Name: s.pending, Local: local(s.pending)}
		s.pending = nil
		s.depth--
		return t, true, nil
	}
	b := s.b
	if s.i >= len(b) {
		if s.depth > 0 {
			return t, false, ErrShort
		}
		return t, false, nil
	}
	if b[s.i] != '<' {
		j := bytes.IndexByte(b[s.i:], '<')
		if j < 0 {
			j = len(b) - s.i
		}
		t = Token{Kind: Text, Raw: b[s.i : s.i+j]}
		s.i += j
		return t, true, nil
	}
	rest := b[s.i:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		return s.until(Comment, 4, "-->")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		return s.until(CDATA, 9, "]]>")
	case bytes.HasPrefix(rest, []byte("<?")):
		t, ok, err = s.until(ProcInst, 2, "?>")
		if err == nil {
			t.Name = t.Raw[:nameEnd(t.Raw)]
			t.Local = t.Name
		}
		return t, ok, err
	case bytes.HasPrefix(rest, []byte("<!")):
		return s.directive()
	case bytes.HasPrefix(rest, []byte("</")):
		n := nameEnd(rest[2:])
		if n == 0 {
			return t, false, ErrSyntax
		}
		name := rest[2 : 2+n]
		j := 2 + n
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j >= len(rest) {
			return t, false, ErrShort
		}
		if rest[j] != '>' || s.depth == 0 {
			return t, false, ErrSyntax
		}
		s.i += j + 1
		s.depth--
		return Token{Kind: EndElement, Name: name, Local: local(name)}, true, nil
	}
	return s.start()
}

// until reads a token that runs from its opener (skip bytes) to end.
func (s *Scanner) until(k Kind, skip int, end string) (Token, bool, error) {
	rest := s.b[s.i:]
	if len(rest) < skip {
		return Token{}, false, ErrShort
	}
	j := bytes.Index(rest[skip:], []byte(end))
	if j < 0 {
		return Token{}, false, ErrShort
	}
	s.i += skip + j + len(end)
	return Token{Kind: k, Raw: rest[skip : skip+j]}, true, nil
}

// directive reads <!...> as encoding/xml does: quoted strings and comments
// are skipped, and other angle brackets nest, so the directive ends at the
// first '>' outside them all. The byte after "<!" is taken as it is.
func (s *Scanner) directive() (Token, bool, error) {
	b := s.b
	i, depth := s.i+3, 0
	for i < len(b) {
		switch c := b[i]; c {
		case '"', '\'':
			j := bytes.IndexByte(b[i+1:], c)
			if j < 0 {
				return Token{}, false, ErrShort
			}
			i += j + 2
			continue
		case '<':
			if bytes.HasPrefix(b[i:], []byte("<!--")) {
				j := bytes.Index(b[i+4:], []byte("-->"))
				if j < 0 {
					return Token{}, false, ErrShort
				}
				i += 4 + j + 3
				continue
			}
			if len(b)-i < 4 && bytes.HasPrefix([]byte("<!--"), b[i:]) {
				return Token{}, false, ErrShort
			}
			depth++
		case '>':
			if depth == 0 {
				t := Token{Kind: Directive, Raw: b[s.i+2 : i]}
				s.i = i + 1
				return t, true, nil
			}
			depth--
		}
		i++
	}
	return Token{}, false, ErrShort
}

// start reads a start tag, skipping its attributes.
func (s *Scanner) start() (Token, bool, error) {
	b := s.b
	rest := b[s.i:]
	n := nameEnd(rest[1:])
	if n == 0 {
		if len(rest) == 1 {
			return Token{}, false, ErrShort
		}
		return Token{}, false, ErrSyntax
	}
	name := rest[1 : 1+n]
	j := 1 + n
	attrs, count := j, 0
	for {
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j >= len(rest) {
			return Token{}, false, ErrShort
		}
		switch rest[j] {
		case '>':
			return s.opened(name, rest[attrs:j], j+1, false, count)
		case '/':
			if j+1 >= len(rest) {
				return Token{}, false, ErrShort
			}
			if rest[j+1] != '>' {
				return Token{}, false, ErrSyntax
			}
			return s.opened(name, rest[attrs:j], j+2, true, count)
		}
		count++
		// An attribute: name, '=', a quoted value.
		k := nameEnd(rest[j:])
		if k == 0 {
			return Token{}, false, ErrSyntax
		}
		j += k
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j >= len(rest) {
			return Token{}, false, ErrShort
		}
		if rest[j] != '=' {
			return Token{}, false, ErrSyntax
		}
		j++
		for j < len(rest) && isSpace(rest[j]) {
			j++
		}
		if j >= len(rest) {
			return Token{}, false, ErrShort
		}
		q := rest[j]
		if q != '"' && q != '\'' {
			return Token{}, false, ErrSyntax
		}
		e := bytes.IndexByte(rest[j+1:], q)
		if e < 0 {
			return Token{}, false, ErrShort
		}
		j += e + 2
	}
}

func (s *Scanner) opened(name, attrs []byte, size int, empty bool, count int) (Token, bool, error) {
	s.i += size
	s.depth++
	if empty {
		s.pending = name
	}
	return Token{Kind: StartElement, Name: name, Local: local(name), Raw: attrs, Empty: empty, Attrs: count}, true, nil
}

// nameEnd returns the length of the XML name at the start of b: bytes up
// to white space or a delimiter.
func nameEnd(b []byte) int {
	for i, c := range b {
		switch c {
		case ' ', '\t', '\r', '\n', '>', '/', '=', '<', '"', '\'', '?', '!', '[', ']':
			return i
		}
	}
	return len(b)
}

func local(name []byte) []byte {
	if i := bytes.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

// Depth returns the deepest element nesting of b, stopping as soon as it
// exceeds limit (then it returns a value over limit). A document the
// scanner cannot read gives its error with the depth reached.
func Depth(b []byte, limit int) (int, error) {
	s := New(b)
	most := 0
	for {
		_, ok, err := s.Next()
		if err != nil || !ok {
			return most, err
		}
		if d := s.Depth(); d > most {
			most = d
			if most > limit {
				return most, nil
			}
		}
	}
}

// MeasureList returns the deepest element nesting of b and how many
// elements and attributes it holds, stopping as soon as either passes its
// limit (the figure returned is then over it): what a tree parser would
// build, known before it builds it. A document the scanner cannot read
// gives its error with the figures reached.
//
// The document may hold a long list: the children whose local name is item of the first element whose local name
// is list and that is the root or a child of the root. Past the first keep
// items, the list's contents are left out: the items are counted in
// dropped, nothing of them counts in nodes, and cut is the span of bytes
// they take, from the first dropped item's start to the list's end tag.
// Removing cut from b gives the document with the first keep items only,
// so that a caller builds a tree of those and counts the rest, whatever
// the list's length. cut is zero when nothing is dropped. depth counts
// every element, dropped or not.
func MeasureList(b []byte, maxDepth, maxNodes int, list, item string, keep int) (depth, nodes, dropped int, cut [2]int, err error) {
	s := New(b)
	listDepth, kept := 0, 0 // listDepth: the list's while it is open, -1 after
	for {
		start := s.i
		t, ok, err := s.Next()
		if err != nil || !ok {
			return depth, nodes, dropped, cut, err
		}
		d := s.Depth()
		switch t.Kind {
		case StartElement:
			depth = max(depth, d)
			if listDepth > 0 && d == listDepth+1 && string(t.Local) == item {
				if kept < keep {
					kept++
				} else {
					if dropped == 0 {
						cut[0] = start
					}
					dropped++
				}
			}
			if listDepth <= 0 || dropped == 0 {
				nodes += 1 + t.Attrs
			}
			if listDepth == 0 && d <= 2 && string(t.Local) == list {
				listDepth = d
			}
			if depth > maxDepth || nodes > maxNodes {
				return depth, nodes, dropped, cut, nil
			}
		case EndElement:
			if listDepth > 0 && d < listDepth {
				if dropped > 0 {
					cut[1] = start
				}
				listDepth = -1
			}
		}
	}
}

// Root returns the local name of b's root element. A prefix that ends
// before the root's start tag is whole gives ErrShort.
func Root(b []byte) (localName []byte, err error) {
	s := New(b)
	for {
		t, ok, err := s.Next()
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, ErrShort
		}
		switch t.Kind {
		case StartElement:
			return t.Local, nil
		case Text:
			if len(bytes.TrimSpace(t.Raw)) > 0 {
				return nil, ErrSyntax
			}
		}
	}
}

// Unescape decodes the five predefined entities and character references
// in text. An unknown or malformed reference is kept as it is.
func Unescape(raw []byte) string {
	if bytes.IndexByte(raw, '&') < 0 {
		return string(raw)
	}
	return string(AppendUnescaped(make([]byte, 0, len(raw)), raw))
}

// AppendUnescaped appends raw to dst with its entities decoded, as
// [Unescape] does.
func AppendUnescaped(dst, raw []byte) []byte {
	for {
		i := bytes.IndexByte(raw, '&')
		if i < 0 {
			return append(dst, raw...)
		}
		dst = append(dst, raw[:i]...)
		raw = raw[i:]
		semi := bytes.IndexByte(raw, ';')
		r := rune(-1)
		if semi > 0 && semi <= 12 {
			r = entity(raw[1:semi])
		}
		if r < 0 {
			dst = append(dst, '&')
			raw = raw[1:]
			continue
		}
		dst = utf8.AppendRune(dst, r)
		raw = raw[semi+1:]
	}
}

// entity returns the character a reference (without & and ;) stands for,
// or -1.
func entity(ref []byte) rune {
	switch string(ref) {
	case "lt":
		return '<'
	case "gt":
		return '>'
	case "amp":
		return '&'
	case "quot":
		return '"'
	case "apos":
		return '\''
	}
	if len(ref) < 2 || ref[0] != '#' {
		return -1
	}
	var n uint64
	var err error
	if ref[1] == 'x' {
		n, err = strconv.ParseUint(string(ref[2:]), 16, 32)
	} else {
		n, err = strconv.ParseUint(string(ref[1:]), 10, 32)
	}
	if err != nil || !utf8.ValidRune(rune(n)) {
		return -1
	}
	return rune(n)
}
