package pattern

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMatch(t *testing.T) {
	tests := []struct {
		pat, msg string
		ok       bool
		params   map[string]string
		reason   string
	}{
		{"Campaign not found: {campaignId}", "Campaign not found: 123", true, map[string]string{"campaignId": "123"}, "plain value"},
		{"Campaign not found: {campaignId}", "Campaign not found: '123'", true, map[string]string{"campaignId": "123"}, "straight quotes"},
		{"Campaign not found: {campaignId}", "Campaign not found: «123»", true, map[string]string{"campaignId": "123"}, "guillemets"},
		{"Campaign not found: {campaignId}", "campaign  NOT found: 123.", true, map[string]string{"campaignId": "123"}, "case, spaces, full stop"},
		{"Campaign not found: {campaignId}", "Campaign found: 123", false, nil, "different text"},
		{"Campaign not found: {campaignId}", "Campaign not found: 123 and more", true, map[string]string{"campaignId": "123 and more"}, "a value may hold spaces"},
		{"Hit rate limit of {n} parallel requests[ for {entity}]", "Hit rate limit of 2 parallel requests", true, map[string]string{"n": "2"}, "optional part absent"},
		{"Hit rate limit of {n} parallel requests[ for {entity}]", "Hit rate limit of 4 parallel requests for campaignId 1", true, map[string]string{"n": "4", "entity": "campaignId 1"}, "optional part present"},
		{"it's only possible", "it’s only possible", true, nil, "typographic apostrophe in the message"},
		{"Limit exceeded", "Limit exceeded for resource", false, nil, "anchored at the end"},
		{"Limit exceeded", "Page Limit exceeded", false, nil, "anchored at the start"},
		{"Campaign not found: {campaignId}", "Campaign not found:123", true, map[string]string{"campaignId": "123"}, "no space after the colon"},
		{"Campaign not found: {campaignId}", "Campaign not found : 123", true, map[string]string{"campaignId": "123"}, "a space before the colon"},
		{"Campaign not found: {campaignId}", "Campaign notfound: 123", false, nil, "a space between two words is required"},
		{"{field} must not be empty", "xmust not be empty", false, nil, "a literal is not found inside a word"},
		{"{field} must not be empty", "'name' must not be empty", true, map[string]string{"field": "name"}, "a quoted value at the start"},
		{"{field} must not be empty", "offers[0].name must not be empty", true, map[string]string{"field": "offers[0].name"}, "punctuation before the literal"},
		{"Report not found.", "Report not found", true, nil, "the trailing full stop is optional"},
		{"Report not found.", "Report not found!!", true, nil, "other trailing punctuation"},
		{"Status not allowed: {status}", "Status not allowed: 'X'.", true, map[string]string{"status": "X"}, "a quoted value before the final full stop"},
		{"Periods \"orderDate\" and \"orderUpdate\" can't be specified simultaneously!", "Periods orderDate and orderUpdate cant be specified simultaneously", true, nil, "quotes dropped, apostrophe dropped"},
		{"Failed to find \\[{resource}\\] with id \\[{id}\\]", "Failed to find [ORDER] with id [5]", true, map[string]string{"resource": "ORDER", "id": "5"}, "escaped brackets as literals"},
		{"Value {v} is {w}", "Value a is b is c", true, map[string]string{"v": "a", "w": "b is c"}, "a value takes the shortest text before the next literal"},
		{"Order {id} is in terminal state", "Order\t5\nis in\u00a0terminal state", true, map[string]string{"id": "5"}, "any white space"},
		{"Order {id} is in terminal state", "ORDER 5 IS IN TERMINAL STATE", true, map[string]string{"id": "5"}, "upper case"},
		{"Заказ {id} не найден", "заказ 7 НЕ найден", true, map[string]string{"id": "7"}, "Cyrillic, folded"},
		{"Invalid status: {status}", "Invalid status: " + strings.Repeat("x", 10000) + "", true, map[string]string{"status": strings.Repeat("x", 10000)}, "a value longer than MaxLook is taken whole"},
		{"{field} must not be empty", strings.Repeat("f", 10000) + " must not be empty", true, map[string]string{"field": strings.Repeat("f", 10000)}, "a long value before the fixed words"},
		{"Transition {a} -> {b} is not allowed. Reason: {r}", "Transition " + strings.Repeat("A", 5000) + " -> B is not allowed. Reason: " + strings.Repeat("r", 5000), false, nil, "fixed text hidden between two long values is out of sight"},
	}
	for _, tt := range tests {
		p, err := Compile(tt.pat)
		if err != nil {
			t.Fatalf("Compile(%q): %v", tt.pat, err)
		}
		params, ok := p.Match(tt.msg)
		if ok != tt.ok {
			t.Errorf("Match(%q, %q) ok = %v; want %v (%s)", tt.pat, tt.msg, ok, tt.ok, tt.reason)
			continue
		}
		if diff := cmp.Diff(tt.params, params); ok && diff != "" {
			t.Errorf("Match(%q, %q) params (-want +got):\n%s", tt.pat, tt.msg, diff)
		}
	}
}

func TestCompileErrors(t *testing.T) {
	for _, pat := range []string{"a {b", "a [b", "a {}", "a ]", "{a} {b}", "{a}'{b}"} {
		if _, err := Compile(pat); err == nil {
			t.Errorf("Compile(%q) succeeded; want an error", pat)
		}
	}
}

func TestIndexBest(t *testing.T) {
	var x Index[int]
	for i, p := range []string{"Order {id} is in terminal state", "Order {id} is in cancellation state",
		"{field} must not be empty", "Access denied", "Order not found: {orderId}",
		"Order not found: partnerId = {partnerId}, orderId = {orderId}", "Access denied"} {
		if err := x.Add(p, i); err != nil {
			t.Fatal(err)
		}
	}
	if x.Len() != 7 {
		t.Errorf("Len() = %d; want 7", x.Len())
	}
	tests := []struct {
		msg    string
		prefer int
		want   int
		ok     bool
		why    string
	}{
		{"Order 5 is in terminal state", -1, 0, true, "a bucketed pattern"},
		{"'name' must not be empty", -1, 2, true, "a pattern that starts with a placeholder"},
		{"Access denied", -1, 3, true, "equal patterns: the first added"},
		{"Access denied", 6, 6, true, "a preferred candidate first"},
		{"Order not found: partnerId = 1, orderId = 2", -1, 5, true, "the more specific of two matches"},
		{"Order not found: 2", -1, 4, true, "only the general one matches"},
		{"Nothing", -1, 0, false, "no match"},
	}
	for _, tt := range tests {
		got, _, ok := x.Best(tt.msg, func(v int) bool { return v == tt.prefer })
		if ok != tt.ok || (ok && got != tt.want) {
			t.Errorf("Best(%q) = %d, %v; want %d, %v (%s)", tt.msg, got, ok, tt.want, tt.ok, tt.why)
		}
	}
}
