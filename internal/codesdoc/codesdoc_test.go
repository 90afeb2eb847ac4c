package codesdoc

import (
	"bytes"
	"os"
	"testing"
)

// TestCodesDocIsCurrent fails when docs/codes.md no longer matches the
// catalogs: run go generate ./... and commit the result.
func TestCodesDocIsCurrent(t *testing.T) {
	got, err := os.ReadFile("../../docs/codes.md")
	if err != nil {
		t.Fatal(err)
	}
	if want := Render(); !bytes.Equal(got, want) {
		t.Error("docs/codes.md is stale: run go generate ./... and commit it")
	}
}

func TestRenderHoldsEveryTable(t *testing.T) {
	doc := Render()
	for _, want := range []string{
		"| 152 | quota | yes, 1h0m0s | yes | retry | POINTS_EXHAUSTED | v5 |",
		"| 1002 | internal | yes, 1s | no | retry | OPERATION_ERROR | v5 |",
		"| 10020 | conflict (warning) |",
		"| 56 | quota |", "| observed |", "| 91 | not_found | no |  | fix_request | V4_WORDSTAT_REPORT_NOT_FOUND | v4 |",
		"| 420 | `Hit rate limit of {limit} parallel requests[ for {entity}]` | rate_limit |",
		"| 400 | `Limit exceeded` | invalid | no |",
		"| UNAUTHORIZED | auth |",
		"израсходованы баллы API (units), а не деньги", "| DUPLICATE_OFFER | invalid | no |",
	} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("Render() lacks %q", want)
		}
	}
}
