package jsonlite

import (
	"encoding/json"
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
// input, and the same text for every string member.
func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"error":{"error_code":53,"error_string":"x\u00e9"}}`, `{"status":"ERROR","errors":[{"code":"A","message":"b"}]}`, `[1,2,{"a":[]}]`} {
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
		var ref map[string]any
		if json.Unmarshal(b, &ref) != nil {
			return
		}
		v.Members(func(k []byte, val Value) bool {
			var key string
			json.Unmarshal(k, &key)
			if s, ok := ref[key].(string); ok && val.Kind() == String && v.Get(key).Text() != s {
				t.Fatalf("Get(%q).Text() = %q; encoding/json says %q", key, v.Get(key).Text(), s)
			}
			return true
		})
	})
}
