package yafault

import (
	"bufio"
	"encoding/json"
	"fmt"
	"net/http"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/yafault/yafault/direct"
	"github.com/yafault/yafault/fault"
	"github.com/yafault/yafault/internal/wire"
	"github.com/yafault/yafault/market"
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

// TestOneMeaningPerReason checks, across every catalog (Direct's codes,
// Market's reasons and codes, the status fallbacks), that a reason means one
// thing: one verdict and one hint wherever it is given.
func TestOneMeaningPerReason(t *testing.T) {
	type source struct {
		where string
		v     fault.Verdict
	}
	seen := map[string]source{}
	add := func(where string, v fault.Verdict) {
		v.Refused = v.Retryable && v.Refused
		if prev, ok := seen[v.Reason]; ok && prev.v != v {
			t.Errorf("reason %s means two things:\n  %s: %+v\n  %s: %+v", v.Reason, prev.where, prev.v, where, v)
			return
		}
		seen[v.Reason] = source{where, v}
	}
	for status := 100; status < 600; status++ {
		add(fmt.Sprintf("HTTP %d", status), wire.StatusClass(status).Verdict)
	}
	for _, c := range direct.Codes() {
		add(fmt.Sprintf("Direct %d", c.Code), c.Verdict)
	}
	for _, m := range market.Messages() {
		add(fmt.Sprintf("Market %d %q", m.Status, m.Pattern), m.Verdict)
	}
	for _, m := range market.Codes() {
		add("Market code "+m.Code, m.Verdict)
	}
	for reason, c := range budgetVerdicts {
		add("Budget "+reason, c.Verdict)
	}
	// Verdicts the decoders give beside the catalogs' rows.
	for _, b := range []struct {
		svc    fault.Service
		status int
		body   string
	}{
		{fault.Direct, 200, `{"error":{"error_code":8000,"error_string":"x","error_detail":"Token not entered"}}`},
		{fault.Market, 200, `{"status":"ERROR","results":[{"offerId":"o","errors":[{"type":"UNKNOWN_CATEGORY"}]}]}`},
	} {
		if f := faultOf(Normalize(b.svc, b.status, nil, []byte(b.body))); f != nil {
			add("decoded "+f.Reason, f.Verdict)
		}
	}
	if len(seen) < 200 {
		t.Errorf("only %d reasons seen", len(seen))
	}
}
