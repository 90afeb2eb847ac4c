package market

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
)

func decodeFault(t *testing.T, status int, body string) *fault.Fault {
	t.Helper()
	f, _ := errors.AsType[*fault.Fault](Decode(status, http.Header{"Content-Type": {"application/xml"}}, []byte(body)))
	return f
}

// xmlEnvelope renders entries as the Partner API's XML error document.
func xmlEnvelope(entries ...[2]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><response><status>ERROR</status><errors>`)
	for _, e := range entries {
		fmt.Fprintf(&b, `<error code="%s" message="%s"/>`, html.EscapeString(e[0]), html.EscapeString(e[1]))
	}
	b.WriteString(`</errors></response>`)
	return b.String()
}

// TestXMLDecode covers what the captures in testdata do not: the shapes
// and statuses no published example shows, and the edges of the decoder.
func TestXMLDecode(t *testing.T) {
	tests := []struct {
		reason  string
		status  int
		body    string
		isNil   bool
		kind    fault.Kind
		rsn     string
		code    string
		msg     string
		entries int
		cause   string // wanted in Err
	}{
		{"a legacy error alone, its message a child element, as in the hybrid", 400,
			"<response><error code=\"400\">\n  <message>\n    Order 100000 with status CANCELLED is not allowed for status PROCESSING\n  </message>\n</error></response>",
			false, fault.Conflict, "ORDER_STATUS_TRANSITION_FORBIDDEN", "400", "Order 100000 with status CANCELLED is not allowed for status PROCESSING", 1, ""},
		{"a 200 that says ERROR is a fault", 200, xmlEnvelope([2]string{"BAD_REQUEST", "OfferMappingEntries array is empty"}),
			false, fault.Invalid, "", "BAD_REQUEST", "OfferMappingEntries array is empty", 1, ""},
		{"a 200 that says ERROR and lists nothing", 200, `<response><status>ERROR</status></response>`,
			false, fault.Unknown, reasonStatusError, "", "", 0, ""},
		{"a 200 with status OK is a success whatever follows", 200, `<response><status>OK</status><errors><error code="BAD_REQUEST" message="x"/></errors></response>`,
			true, 0, "", "", "", 0, ""},
		{"a 200 with status OK last is a success", 200, `<response><result><x/></result><status>OK</status></response>`,
			true, 0, "", "", "", 0, ""},
		{"a 200 errors list without a status is a fault, as in JSON", 200, `<errors><error message="Bad request"/></errors>`,
			false, fault.Unknown, reasonUnknownMessage, "", "Bad request", 1, ""},
		{"a 200 of another root is a success", 200, `<campaigns><campaign id="1"/></campaigns>`,
			true, 0, "", "", "", 0, ""},
		{"another root at 400 speaks through the status", 400, `<campaigns/>`,
			false, fault.Invalid, "BAD_REQUEST", "", "", 0, "not a Market error document"},
		{"a response that lists nothing speaks through the status", 403, `<response><status>ERROR</status><errors/></response>`,
			false, fault.Permission, "FORBIDDEN", "", "", 0, "no error entries"},
		{"empty entries are skipped", 400, `<errors><error/><error code=""/><error message="Bad request"/></errors>`,
			false, fault.Invalid, "BAD_REQUEST", "", "Bad request", 1, ""},
		{"entities are read, the text kept verbatim", 404, `<response><status>ERROR</status><errors><error code="NOT_FOUND" message="Campaign not found: &quot;12&quot; &amp; more"/></errors></response>`,
			false, fault.NotFound, "", "NOT_FOUND", `Campaign not found: "12" & more`, 1, ""},
		{"a machine token leads the message", 400, xmlEnvelope([2]string{"OTHER", "NO_REQUIRED_FIELDS: нет полей"}),
			false, fault.Invalid, "NO_REQUIRED_FIELDS", "OTHER", "NO_REQUIRED_FIELDS: нет полей", 1, ""},
		{"a namespace prefix does not hide the names", 400, `<m:response xmlns:m="u"><m:status>ERROR</m:status><m:errors><m:error code="BAD_REQUEST" message="Bad request"/></m:errors></m:response>`,
			false, fault.Invalid, "BAD_REQUEST", "BAD_REQUEST", "Bad request", 1, ""},
		{"windows-1251 is not read: the status speaks", 400, "<?xml version=\"1.0\" encoding=\"windows-1251\"?><errors><error message=\"\xce\xf8\xe8\xe1\xea\xe0\"/></errors>",
			false, fault.Invalid, "BAD_REQUEST", "", "", 0, "invalid XML"},
		{"a document cut short speaks through the status", 420, `<response><status>ERROR</status><errors><error code="REQUEST_LIMIT_EXCEEDED" mess`,
			false, fault.RateLimit, "ENHANCE_YOUR_CALM", "", "", 0, "invalid XML"},
		{"HTML is not XML", 502, `<html><body>Bad Gateway</body></html>`,
			false, fault.Unavailable, "BAD_GATEWAY", "", "", 0, "HTML page"},
	}
	for _, tt := range tests {
		t.Run(tt.reason, func(t *testing.T) {
			f := decodeFault(t, tt.status, tt.body)
			if tt.isNil {
				if f != nil {
					t.Fatalf("Decode = %v; want nil", f)
				}
				return
			}
			if f == nil {
				t.Fatal("Decode = nil; want a fault")
			}
			if f.Kind != tt.kind || tt.rsn != "" && f.Reason != tt.rsn || f.Code != tt.code || f.Message != tt.msg || len(f.Errors) != tt.entries {
				t.Errorf("Decode = %v/%s, code %q, message %q, %d entries; want %v/%s, %q, %q, %d",
					f.Kind, f.Reason, f.Code, f.Message, len(f.Errors), tt.kind, tt.rsn, tt.code, tt.msg, tt.entries)
			}
			if tt.cause != "" && (f.Err == nil || !strings.Contains(f.Err.Error(), tt.cause)) {
				t.Errorf("Err = %v; want it to say %q", f.Err, tt.cause)
			}
		})
	}
}

// TestXMLClassifiedAsJSON checks that an XML entry is classified as the
// same entry in JSON is: one classify for both.
func TestXMLClassifiedAsJSON(t *testing.T) {
	var entries [][2]string
	for i, r := range messageRows {
		msg, _ := sampleMessage(r.Pattern, i%3)
		entries = append(entries, [2]string{"BAD_REQUEST", msg})
	}
	for code := range codeRows {
		entries = append(entries, [2]string{code, ""})
	}
	for _, status := range []int{200, 400, 403, 404, 420, 423, 500} {
		for _, e := range entries {
			js, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []map[string]string{{"code": e[0], "message": e[1]}}})
			want := decodeFault(t, status, string(js))
			got := decodeFault(t, status, xmlEnvelope(e))
			if diff := cmp.Diff(want.Errors, got.Errors); diff != "" {
				t.Fatalf("HTTP %d, %q: XML entries differ from JSON's (-json +xml):\n%s", status, e, diff)
			}
		}
	}
}

// TestXMLEntriesBounded checks that an XML error list keeps its first
// wire.MaxEntries entries and counts the rest, as a JSON one does, however
// long it is.
func TestXMLEntriesBounded(t *testing.T) {
	for _, n := range []int{1, wire.MaxEntries, wire.MaxEntries + 1, 2500} {
		list := make([][2]string, n)
		for i := range list {
			list[i] = [2]string{"BAD_REQUEST", fmt.Sprintf("Unable to find mapping for marketSku: %d", i)}
		}
		f := decodeFault(t, 400, xmlEnvelope(list...))
		if f == nil {
			t.Fatalf("%d entries: Decode = nil; want a fault", n)
		}
		kept := min(n, wire.MaxEntries)
		if len(f.Errors) != kept || f.OmittedErrors != n-kept {
			t.Errorf("%d entries: Errors holds %d, OmittedErrors %d; want %d and %d (cause %v)", n, len(f.Errors), f.OmittedErrors, kept, n-kept, f.Err)
		}
		if len(f.Errors) > 0 && f.Errors[len(f.Errors)-1].Message != list[kept-1][1] {
			t.Errorf("%d entries: the last kept is %q; want %q", n, f.Errors[len(f.Errors)-1].Message, list[kept-1][1])
		}
	}
}
