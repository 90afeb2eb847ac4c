// Package jsonlite is the one JSON reader of the decoders, for error
// documents and per-object results alike: Parse validates a document once,
// and a Value is then a window on its bytes that can be asked for its
// members, its elements or its text, without reflection and without
// allocating, and without validating again. Walking a value only skips over
// the values it passes.
//
// It is kept because it pays: the benchmarks in the root package
// (BenchmarkJSONReader, BenchmarkItems) measure it against encoding/json on
// the paths that matter. encoding/json remains the reference: a
// differential fuzz target holds the two to the same verdict and the same
// tree, and syntax errors are reported in encoding/json's words.
package jsonlite

import (
	"bytes"
	"encoding/json"
	"errors"
	"unicode/utf16"
	"unicode/utf8"
)

// MaxDepth bounds nesting, as encoding/json does.
const MaxDepth = 10000

// Value is one JSON value: a window on the document's bytes.
type Value struct{ b []byte }

// Kinds, by a value's first byte.
const (
	Object = '{'
	Array  = '['
	String = '"'
	Number = '0'
	Bool   = 't'
	Null   = 'n'
)

var errSyntax = errors.New("jsonlite: syntax error")

// Parse validates b as one JSON value surrounded by white space and returns
// it. The error, when there is one, is encoding/json's for the same input.
func Parse(b []byte) (Value, error) {
	start := skipSpace(b, 0)
	end, err := validate(b, start, 0)
	if err == nil && skipSpace(b, end) != len(b) {
		err = errSyntax
	}
	if err != nil {
		var v any
		if jerr := json.Unmarshal(b, &v); jerr != nil {
			return Value{}, jerr
		}
		return Value{}, err
	}
	return Value{b[start:end]}, nil
}

// Kind returns the value's kind (Object, Array, String, Number, Bool, Null)
// or 0 for the zero Value.
func (v Value) Kind() byte {
	if len(v.b) == 0 {
		return 0
	}
	switch c := v.b[0]; c {
	case '{', '[', '"', 'n':
		return c
	case 't', 'f':
		return Bool
	}
	return Number
}

// Raw returns the value's bytes.
func (v Value) Raw() []byte { return v.b }

// Exists reports whether v is a value (not the zero Value of a missing
// member).
func (v Value) Exists() bool { return len(v.b) > 0 }

// IsNull reports whether v is missing or null.
func (v Value) IsNull() bool { return len(v.b) == 0 || v.b[0] == 'n' }

// Get returns the member named key of an object; the zero Value when v is
// not an object or has no such member. With repeated keys the last wins, as
// in encoding/json.
func (v Value) Get(key string) Value {
	var found Value
	v.Members(func(k []byte, val Value) bool {
		if keyEquals(k, key) {
			found = val
		}
		return true
	})
	return found
}

// Members calls fn with each member of an object (the key's raw bytes,
// quotes included) until fn returns false. It does nothing when v is not an
// object.
func (v Value) Members(fn func(key []byte, val Value) bool) {
	if v.Kind() != Object {
		return
	}
	b := v.b
	i := skipSpace(b, 1)
	if b[i] == '}' {
		return
	}
	for {
		kEnd := skip(b, i)
		key := b[i:kEnd]
		i = skipSpace(b, kEnd) + 1 // ':'
		i = skipSpace(b, i)
		vEnd := skip(b, i)
		if !fn(key, Value{b[i:vEnd]}) {
			return
		}
		i = skipSpace(b, vEnd)
		if b[i] == '}' {
			return
		}
		i = skipSpace(b, i+1) // ','
	}
}

// Each calls fn with each element of an array until fn returns false. It
// does nothing when v is not an array.
func (v Value) Each(fn func(Value) bool) {
	if v.Kind() != Array {
		return
	}
	b := v.b
	i := skipSpace(b, 1)
	if b[i] == ']' {
		return
	}
	for {
		end := skip(b, i)
		if !fn(Value{b[i:end]}) {
			return
		}
		i = skipSpace(b, end)
		if b[i] == ']' {
			return
		}
		i = skipSpace(b, i+1)
	}
}

// Text returns the value as vendor text: a string unquoted, null or a
// missing value as "", anything else as its JSON text.
func (v Value) Text() string {
	if len(v.b) == 0 || v.b[0] == 'n' {
		return ""
	}
	if v.b[0] == '"' {
		inner := v.b[1 : len(v.b)-1]
		if bytes.IndexByte(inner, '\\') < 0 {
			return string(inner)
		}
		return unescape(inner)
	}
	return string(v.b)
}

// unescape decodes the escapes of a validated string's contents as
// encoding/json does (a lone surrogate becomes U+FFFD); other bytes, even
// invalid UTF-8, are kept as they are.
func unescape(in []byte) string {
	out := make([]byte, 0, len(in))
	for i := 0; i < len(in); {
		c := in[i]
		if c != '\\' {
			j := bytes.IndexByte(in[i:], '\\')
			if j < 0 {
				j = len(in) - i
			}
			out = append(out, in[i:i+j]...)
			i += j
			continue
		}
		e := in[i+1]
		i += 2
		switch e {
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			r := hex4(in[i:])
			i += 4
			if utf16.IsSurrogate(r) {
				r2 := rune(-1)
				if i+6 <= len(in) && in[i] == '\\' && in[i+1] == 'u' {
					r2 = hex4(in[i+2:])
				}
				if d := utf16.DecodeRune(r, r2); d != utf8.RuneError {
					r = d
					i += 6
				} else {
					r = utf8.RuneError
				}
			}
			out = utf8.AppendRune(out, r)
		default: // " \ /
			out = append(out, e)
		}
	}
	return string(out)
}

func hex4(b []byte) rune {
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			c -= '0'
		case c >= 'a' && c <= 'f':
			c = c - 'a' + 10
		default:
			c = c - 'A' + 10
		}
		r = r<<4 | rune(c)
	}
	return r
}

// Key returns a member's name from its raw key, as Members gives it.
func Key(raw []byte) string {
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner)
	}
	return unescape(inner)
}

// keyEquals compares a raw key (quoted, perhaps escaped) with a name.
func keyEquals(raw []byte, name string) bool {
	inner := raw[1 : len(raw)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner) == name
	}
	return unescape(inner) == name
}

// skip returns the index after the value at b[i], which Parse has
// validated: it only finds where the value ends, without checking it again.
func skip(b []byte, i int) int {
	switch b[i] {
	case '"':
		return skipString(b, i)
	case '{', '[':
		depth := 0
		for i < len(b) {
			switch b[i] {
			case '"':
				i = skipString(b, i)
				continue
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
			i++
		}
		return i
	}
	for i < len(b) { // a number or a literal: up to a delimiter
		switch b[i] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return i
		}
		i++
	}
	return i
}

// skipString returns the index after the validated string at b[i].
func skipString(b []byte, i int) int {
	i++
	for {
		j := bytes.IndexByte(b[i:], '"')
		if j < 0 {
			return len(b)
		}
		i += j
		// The quote ends the string unless an odd number of backslashes
		// escapes it.
		n := 0
		for k := i - 1; k >= 0 && b[k] == '\\'; k-- {
			n++
		}
		i++
		if n%2 == 0 {
			return i
		}
	}
}

func skipSpace(b []byte, i int) int {
	for i < len(b) {
		switch b[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// validate checks the value starting at b[i] and returns the index after
// it.
func validate(b []byte, i, depth int) (int, error) {
	if i >= len(b) {
		return i, errSyntax
	}
	switch c := b[i]; {
	case c == '{' || c == '[':
		if depth >= MaxDepth {
			return i, errSyntax
		}
		closer := byte('}')
		if c == '[' {
			closer = ']'
		}
		i = skipSpace(b, i+1)
		if i < len(b) && b[i] == closer {
			return i + 1, nil
		}
		for {
			var err error
			if c == '{' {
				if i >= len(b) || b[i] != '"' {
					return i, errSyntax
				}
				if i, err = validateString(b, i); err != nil {
					return i, err
				}
				i = skipSpace(b, i)
				if i >= len(b) || b[i] != ':' {
					return i, errSyntax
				}
				i = skipSpace(b, i+1)
			}
			if i, err = validate(b, i, depth+1); err != nil {
				return i, err
			}
			i = skipSpace(b, i)
			if i >= len(b) {
				return i, errSyntax
			}
			if b[i] == closer {
				return i + 1, nil
			}
			if b[i] != ',' {
				return i, errSyntax
			}
			i = skipSpace(b, i+1)
		}
	case c == '"':
		return validateString(b, i)
	case c == 't':
		return literal(b, i, "true")
	case c == 'f':
		return literal(b, i, "false")
	case c == 'n':
		return literal(b, i, "null")
	case c == '-' || c >= '0' && c <= '9':
		return validateNumber(b, i)
	}
	return i, errSyntax
}

func literal(b []byte, i int, word string) (int, error) {
	if len(b)-i >= len(word) && string(b[i:i+len(word)]) == word {
		return i + len(word), nil
	}
	return i, errSyntax
}

func validateString(b []byte, i int) (int, error) {
	i++ // opening quote
	for i < len(b) {
		c := b[i]
		switch {
		case c == '"':
			return i + 1, nil
		case c == '\\':
			if i+1 >= len(b) {
				return i, errSyntax
			}
			switch b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(b) {
					return i, errSyntax
				}
				for _, h := range b[i+2 : i+6] {
					if !(h >= '0' && h <= '9' || h >= 'a' && h <= 'f' || h >= 'A' && h <= 'F') {
						return i, errSyntax
					}
				}
				i += 6
			default:
				return i, errSyntax
			}
		case c < 0x20:
			return i, errSyntax
		default:
			i++
		}
	}
	return i, errSyntax
}

func validateNumber(b []byte, i int) (int, error) {
	if b[i] == '-' {
		i++
	}
	if i >= len(b) {
		return i, errSyntax
	}
	switch {
	case b[i] == '0':
		i++
	case b[i] >= '1' && b[i] <= '9':
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
	default:
		return i, errSyntax
	}
	if i < len(b) && b[i] == '.' {
		i++
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return i, errSyntax
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		start := i
		for i < len(b) && b[i] >= '0' && b[i] <= '9' {
			i++
		}
		if i == start {
			return i, errSyntax
		}
	}
	return i, nil
}
