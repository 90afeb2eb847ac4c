package jsonlite

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"unicode/utf8"
)

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`{}`, `[]`, `""`, `0`, `-0.5e+10`, `true`, `null`, ` {"a" : [1, "x", {"b": null}] } `,
		`{"a":"\u0041\n"}`, `{"a":1,}`, `[1,]`, `{"a"}`, `{a:1}`, `01`, `1.`, `-`, `"\x"`, "\"\x01\"", `[`, `{"a":1} x`, ``, ` `,
		`nul`, `tru`, `1e`, `"\u12"`,
	} {
		_, err := Parse([]byte(in))
		if (err == nil) != json.Valid([]byte(in)) {
			t.Errorf("Parse(%q) error = %v; json.Valid = %v", in, err, json.Valid([]byte(in)))
		}
	}
}

func TestAccessors(t *testing.T) {
	v, err := Parse([]byte(`{"status":"ERROR","errors":[{"code":"X","message":"a \"b\""},{"code":42}],"n":null,"status":"LAST"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got := v.Get("status").Text(); got != "LAST" {
		t.Errorf(`Get("status") = %q; want LAST (the last repeat wins)`, got)
	}
	var codes, msgs []string
	v.Get("errors").Each(func(e Value) bool {
		codes = append(codes, e.Get("code").Text())
		msgs = append(msgs, e.Get("message").Text())
		return true
	})
	if len(codes) != 2 || codes[0] != "X" || codes[1] != "42" || msgs[0] != `a "b"` || msgs[1] != "" {
		t.Errorf("errors = %q %q", codes, msgs)
	}
	if !v.Get("n").IsNull() || v.Get("missing").Exists() || v.Get("n").Kind() != Null {
		t.Error("null and missing members misread")
	}
	if v.Get("errors").Kind() != Array || v.Kind() != Object || v.Get("status").Kind() != String {
		t.Error("kinds misread")
	}
}

// FuzzParse checks Parse against encoding/json: the same verdict on every
// input and, for valid UTF-8, the same tree: every member of every object,
// every element of every array, strings unescaped alike, numbers with the
// same text.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		`{"error":{"error_code":53,"error_string":"x\u00e9"}}`,
		`{"status":"ERROR","errors":[{"code":"A","message":"b"}]}`,
		`[1,2,{"a":[]}]`,
		`{"a":{"b":[{"c":"\"}\\","d":[[],{}]}],"e":-1.5e3},"a":null}`,
		`["\ud83d\ude00","\ud83d","\u00e9\n",true,false,null]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		v, err := Parse(b)
		if (err == nil) != json.Valid(b) {
			t.Fatalf("Parse(%q) error = %v; json.Valid = %v", b, err, json.Valid(b))
		}
		if err != nil || !utf8.Valid(b) {
			return
		}
		dec := json.NewDecoder(bytes.NewReader(b))
		dec.UseNumber()
		var ref any
		if dec.Decode(&ref) != nil {
			t.Fatalf("encoding/json cannot decode %q", b)
		}
		if why := same(v, ref); why != "" {
			t.Fatalf("Parse(%q): %s", b, why)
		}
	})
}

// same compares a jsonlite value with encoding/json's decoding of it and
// says where they differ; "" when they agree.
func same(v Value, ref any) string {
	switch r := ref.(type) {
	case nil:
		if v.Kind() != Null || !v.IsNull() || v.Text() != "" {
			return fmt.Sprintf("%s is not null", v.Raw())
		}
	case bool:
		if v.Kind() != Bool || v.Text() != fmt.Sprint(r) {
			return fmt.Sprintf("%s is not %v", v.Raw(), r)
		}
	case json.Number:
		if v.Kind() != Number || v.Text() != string(r) {
			return fmt.Sprintf("number %s is not %s", v.Raw(), r)
		}
	case string:
		if v.Kind() != String || v.Text() != r {
			return fmt.Sprintf("string %s reads %q; encoding/json says %q", v.Raw(), v.Text(), r)
		}
	case []any:
		if v.Kind() != Array {
			return fmt.Sprintf("%s is not an array", v.Raw())
		}
		i, why := 0, ""
		v.Each(func(e Value) bool {
			if i >= len(r) {
				why = fmt.Sprintf("array %s has more than %d elements", v.Raw(), len(r))
				return false
			}
			why = same(e, r[i])
			i++
			return why == ""
		})
		if why == "" && i != len(r) {
			why = fmt.Sprintf("array %s has %d elements; want %d", v.Raw(), i, len(r))
		}
		return why
	case map[string]any:
		if v.Kind() != Object {
			return fmt.Sprintf("%s is not an object", v.Raw())
		}
		n := 0
		v.Members(func(k []byte, _ Value) bool { n++; return true })
		if n < len(r) {
			return fmt.Sprintf("object %s has %d members; want at least %d", v.Raw(), n, len(r))
		}
		for k, want := range r {
			if why := same(v.Get(k), want); why != "" {
				return fmt.Sprintf("member %q: %s", k, why)
			}
		}
	}
	return ""
}
