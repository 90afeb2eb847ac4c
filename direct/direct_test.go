package direct

import "testing"

func TestRecognize(t *testing.T) {
	tests := []struct {
		body   string
		want   bool
		reason string
	}{
		{`{"error":{"error_code":53,"error_string":"x"}}`, true, "v5 JSON error"},
		{`{"error_code":156,"error_str":"x"}`, true, "v4 JSON error"},
		{`{"result":{"Campaigns":[]}}`, false, "a JSON success"},
		{`<?xml version="1.0"?><soap:Envelope xmlns:soap="s"><soap:Body><soap:Fault><faultstring>x</faultstring></soap:Fault></soap:Body></soap:Envelope>`, true, "a SOAP fault"},
		{`<soap:Envelope xmlns:soap="s"><soap:Body><soap:Fault><faultstring>Серв`, true, "a SOAP fault cut short"},
		{`<reports:reportDownloadError xmlns:reports="r"><reports:ApiError/></reports:reportDownloadError>`, true, "a Reports error"},
		{`<Fault><faultcode>Server.1000</faultcode></Fault>`, true, "a bare Fault"},
		{`<soap:Envelope xmlns:soap="s"><soap:Body><GetResponse><Note>Fault tolerant</Note></GetResponse></soap:Body></soap:Envelope>`, false, "a SOAP success that says Fault"},
		{`<response><status>ERROR</status><errors><error code="BAD_REQUEST" message="Fault in reportDownloadError"/></errors></response>`, false, "a Market XML error whose message says Fault"},
	}
	for _, tt := range tests {
		if got := Recognize([]byte(tt.body)); got != tt.want {
			t.Errorf("Recognize(%.60q) = %v; want %v (%s)", tt.body, got, tt.want, tt.reason)
		}
	}
}
