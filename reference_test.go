package yafault

import (
	"bufio"
	"encoding/json"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
)

// readTable reads a tab-separated fixture under testdata/catalog, skipping
// comments and the header line.
func readTable(t *testing.T, name string) [][]string {
	t.Helper()
	f, err := os.Open("testdata/catalog/" + name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	header := true
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		if header {
			header = false
			continue
		}
		rows = append(rows, strings.Split(line, "\t"))
	}
	return rows
}

// TestEveryDocumentedMarketMessage feeds a message as Market sends it for
// every documented pattern (testdata/catalog/market-messages.tsv: the error
// codes, limits and access pages and the spec) through Normalize and checks
// it is classified, with the reason the reference table proposes.
func TestEveryDocumentedMarketMessage(t *testing.T) {
	rows := readTable(t, "market-messages.tsv")
	if len(rows) < 200 {
		t.Fatalf("only %d documented messages; the table is incomplete", len(rows))
	}
	for _, r := range rows {
		status, _ := strconv.Atoi(r[0])
		pattern, sample, reason := r[1], r[2], r[3]
		t.Run(r[0]+"/"+pattern, func(t *testing.T) {
			body, _ := json.Marshal(map[string]any{"status": "ERROR", "errors": []map[string]string{{"code": "BAD_REQUEST", "message": sample}}})
			f := faultOf(Normalize(fault.Market, status, http.Header{}, body))
			if f == nil {
				t.Fatalf("Normalize(%d, %q) = nil", status, sample)
			}
			if f.Kind == fault.Unknown || f.Reason != reason {
				t.Errorf("Normalize(%d, %q) = %v %s; want reason %s and a known kind", status, sample, f.Kind, f.Reason, reason)
			}
			if f.Message != sample {
				t.Errorf("message rewritten: %q; want %q", f.Message, sample)
			}
		})
	}
}

// TestEveryDocumentedDirectCode feeds every code of the reference table
// (testdata/catalog/direct-codes.tsv) through Normalize, in JSON with HTTP
// 200 and in SOAP, and checks it is classified; warnings stay warnings.
func TestEveryDocumentedDirectCode(t *testing.T) {
	rows := readTable(t, "direct-codes.tsv")
	if len(rows) < 100 {
		t.Fatalf("only %d codes; the table is incomplete", len(rows))
	}
	for _, r := range rows {
		code, kind := r[0], r[1]
		t.Run(code, func(t *testing.T) {
			n, _ := strconv.Atoi(code)
			info, ok := direct.LookupCode(n)
			if !ok {
				t.Fatalf("code %s is not in the catalog", code)
			}
			if info.Warning != (kind == "warning") {
				t.Errorf("code %s: Warning = %v; the reference says %s", code, info.Warning, kind)
			}
			bodies := map[string]string{
				"json": `{"error":{"request_id":"1","error_code":` + code + `,"error_string":"текст","error_detail":"x"}}`,
				"soap": `<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault>` +
					`<faultcode>soap:Client</faultcode><faultstring>text</faultstring><detail><FaultResponse>` +
					`<requestId>1</requestId><errorCode>` + code + `</errorCode></FaultResponse></detail></soap:Fault></soap:Body></soap:Envelope>`,
			}
			for form, body := range bodies {
				f := faultOf(Normalize(fault.Direct, http.StatusOK, nil, []byte(body)))
				if f == nil || f.Kind == fault.Unknown || f.Reason == "" || f.Reason != info.Reason {
					t.Errorf("%s: Normalize(code %s) = %v; want reason %s", form, code, f, info.Reason)
				}
			}
		})
	}
}

// TestDirectTextsAreDocumented checks that every v5 code has its Russian
// text, and every code up to 506 its English one, as the errors list gives.
func TestDirectTextsAreDocumented(t *testing.T) {
	for _, c := range direct.Codes() {
		if c.Origin != direct.V5 {
			continue
		}
		if c.Texts.RU == "" {
			t.Errorf("code %d has no Russian text", c.Code)
		}
		if c.Texts.EN == "" {
			t.Errorf("code %d has no English text", c.Code)
		}
	}
}
