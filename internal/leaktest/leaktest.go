// Package leaktest holds the credentials and the look-alikes that the
// tests of every output path feed through it: the token shapes Yandex
// issues or documents, each with where it is seen, and the vendors'
// sentences and ids that must survive redaction untouched.
package leaktest

// Shape is a text that carries a credential.
type Shape struct {
	// In is the text; Want is what Redact must make of it.
	In, Want string
	// Why says where the shape is seen.
	Why string
}

// Secret returns the part of In that must never be printed: the longest
// token of the package's constants that In holds.
func (s Shape) Secret() string {
	best := ""
	for _, t := range []string{TokY0, TokAQ, TokHex39, TokHex, TokACMA, TokBasic, "hunter22", "hunter2", "p@ssw0rd!", "abcdefabcdefabcdefabcdefabcdefab"} {
		if len(t) > len(best) && contains(s.In, t) {
			best = t
		}
	}
	return best
}

// LookAlike is a text that must come out unchanged.
type LookAlike struct {
	In, Why string
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

// Token shapes Yandex issues or documents, and where each is seen.
const (
	// The new OAuth format (y0_, then base64url), as Yandex ID issues it
	// today; the Direct and Market docs show it in Authorization headers.
	TokY0 = "y0_AgAAAAAbcdefghijklmnopqrstuvwxyz0123456789ABCDE"
	// The older OAuth format, AQAAAA then 33 characters.
	TokAQ = "AQAAAAAAbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb"
	// A bare hex OAuth token: the sample token of Yandex's OAuth and
	// Metrica docs, as public clients copy it (metrika4j's ApiFactory
	// example; Metrica request samples with oauth_token=).
	TokHex   = "05dd3dd84ff948fdae2bc4fb91f13e22"
	TokHex39 = "05dd3dd84ff948fdae2bc4fb91f13e22bb1f289ceef0037"
	// Market's Api-Key, the example of the api-key docs page
	// (../shared/reference/market.md, Authentication).
	TokACMA = "ACMA:I4c4CxCSYaI41RSC2uYWP2qj3Rhhm4knMiBEga5K:151c0664"
	// HTTP Basic credentials (user:password in base64).
	TokBasic = "dXNlcjpwYXNzd29yZA=="
)

// Shapes are texts that carry a credential, with what Redact must make
// of them.
var Shapes = []Shape{
	{"Api-Key: " + TokACMA, "Api-Key: [redacted]", "a pasted header line (Market api-key page)"},
	{"key " + TokACMA + " used", "key [redacted] used", "a bare Api-Key"},
	{"key" + TokACMA, "key[redacted]", "an Api-Key glued to a word"},
	{"Authorization: Bearer " + TokY0, "Authorization: Bearer [redacted]", "an Authorization header line (Direct and Market OAuth pages)"},
	{"sent Bearer " + TokY0 + " twice", "sent Bearer [redacted] twice", "a Bearer value in prose"},
	{"Authorization: OAuth oauth_token=" + TokAQ + ", oauth_client_id=1", "Authorization: OAuth oauth_token=[redacted], oauth_client_id=1", "the legacy OAuth header of Market's PHP SDK"},
	{"OAuth oauth_token=" + TokAQ + ", oauth_client_id=1", "OAuth oauth_token=[redacted], oauth_client_id=1", "the legacy OAuth value in prose"},
	{"token " + TokY0 + " is revoked", "token [redacted] is revoked", "a y0_ token in prose"},
	{"old " + TokAQ + " token", "old [redacted] token", "an AQAAAA token in prose"},
	{"key_" + TokY0, "key_[redacted]", "a y0_ token glued after an underscore, where \\b fails"},
	{"x" + TokAQ, "x[redacted]", "an AQAAAA token glued after a letter"},
	{"url?access_token%3D" + TokY0 + "&x=1", "url?access_token%3D[redacted]&x=1", "a URL-encoded query string"},
	{"url?access_token%3D" + TokHex + "&x=1", "url?access_token%3D[redacted]&x=1", "a URL-encoded hex token"},
	{"https://oauth.yandex.ru/verification_code#access_token=" + TokY0 + "&expires_in=31536000", "https://oauth.yandex.ru/verification_code#access_token=[redacted]&expires_in=31536000", "Yandex ID's debug-token redirect"},
	{"/stat/geo.json?id=2138128&pretty=1&oauth_token=" + TokHex + "&date1=x", "/stat/geo.json?id=2138128&pretty=1&oauth_token=[redacted]&date1=x", "a Metrica request sample with oauth_token="},
	{"Invalid token: " + TokHex, "Invalid token: [redacted]", "a bare hex token echoed after a colon"},
	{"token " + TokHex + " is revoked", "token [redacted] is revoked", "a bare hex token echoed after a space"},
	{`{"token": "` + TokHex + `"}`, `{"token": "[redacted]"}`, "a hex token in JSON"},
	{`{"access_token":"` + TokY0 + `","token_type":"bearer"}`, `{"access_token":"[redacted]","token_type":"bearer"}`, "an OAuth token response"},
	{`{\"token\":\"` + TokHex + `\"}`, `{\"token\":\"[redacted]\"}`, "JSON escaped inside a message"},
	{`<token>` + TokHex + `</token>`, `<token>[redacted]</token>`, "a hex token in XML"},
	{`<ns:token> ` + TokHex + ` </ns:token>`, `<ns:token> [redacted] </ns:token>`, "a namespaced XML element"},
	{`<auth token="` + TokHex + `"/>`, `<auth token="[redacted]"/>`, "an XML attribute"},
	{`OAuth "` + TokHex39 + `"`, `OAuth "[redacted]"`, "a double-quoted value after the scheme"},
	{`OAuth '` + TokHex39 + `'`, `OAuth '[redacted]'`, "a single-quoted value after the scheme"},
	{`Authorization: OAuth ` + TokHex39, `Authorization: OAuth [redacted]`, "Metrica's Authorization header with a hex token"},
	{`{"Authorization": "OAuth ` + TokHex39 + `"}`, `{"Authorization": "OAuth [redacted]"}`, "a header in JSON (requests' headers= in Python clients)"},
	{"Authorization=Basic " + TokBasic, "Authorization=Basic [redacted]", "Basic credentials after '='"},
	{"Authorization: Basic " + TokBasic, "Authorization: Basic [redacted]", "a Basic header line"},
	{"Basic:" + TokBasic, "Basic:[redacted]", "Basic credentials after ':'"},
	{"Bearer=" + TokHex, "Bearer=[redacted]", "a Bearer value after '='"},
	{"Authorization%3A%20Bearer%20" + TokHex, "Authorization%3A%20Bearer%20[redacted]", "a URL-encoded header"},
	{"password=hunter22", "password=[redacted]", "a password in a query string"},
	{"password=p@ssw0rd!", "password=[redacted]", "a password with symbols, up to the next delimiter"},
	{`{"password": "hunter2"}`, `{"password": "[redacted]"}`, "a short password in JSON"},
	{"Api-Key: " + TokACMA + "\r\nAccept: */*", "Api-Key: [redacted]\r\nAccept: */*", "a header line stops at the line's end"},
	{"Authorization: Bearer\r\n " + TokHex, "Authorization: Bearer\r\n [redacted]", "a folded header line"},
	{"access_token=Bearer " + TokHex, "access_token=Bearer [redacted]", "a key whose value is a scheme and a token"},
	{"password=token: " + TokHex, "password=token: [redacted]", "a key whose value is another key"},
	{"token:00token: " + TokHex, "token:00token: [redacted]", "FuzzRedact's find: a key glued after a short value"},
	{"token '" + TokHex + "'", "token '[redacted]'", "a quoted token in prose"},
	{`Token "` + TokHex + `" is invalid`, `Token "[redacted]" is invalid`, "a double-quoted token in prose"},
	{"token=<" + TokHex + ">", "token=<[redacted]>", "a bracketed value"},
	{"token: (" + TokHex + ")", "token: ([redacted])", "a value in parentheses"},
	{"OAuth," + TokHex, "OAuth,[redacted]", "a scheme and a comma"},
	{`{"token" => "` + TokHex + `"}`, `{"token" => "[redacted]"}`, "a PHP array"},
	{"<token><![CDATA[" + TokHex + "]]></token>", "<token><![CDATA[[redacted]]]></token>", "CDATA in an XML element"},
	{`<token xmlns="urn:x">` + TokHex + `</token>`, `<token xmlns="urn:x">[redacted]</token>`, "an XML element with attributes"},
	{"<accessToken>" + TokHex + "</accessToken>", "<accessToken>[redacted]</accessToken>", "a camel-case XML element"},
	{"<OAuthToken>" + TokHex + "</OAuthToken>", "<OAuthToken>[redacted]</OAuthToken>", "a camel-case element starting with a scheme"},
	{"&lt;token&gt;" + TokHex + "&lt;/token&gt;", "&lt;token&gt;[redacted]&lt;/token&gt;", "XML escaped for HTML"},
	{"&quot;token&quot;:&quot;" + TokHex + "&quot;", "&quot;token&quot;:&quot;[redacted]&quot;", "JSON escaped for HTML"},
	{"access_token%3A%20" + TokHex, "access_token%3A%20[redacted]", "a URL-encoded colon"},
	{"Authorization%3A%20" + TokHex, "Authorization%3A%20[redacted]", "a URL-encoded header without a scheme"},
	{"token%22%3A%22" + TokHex, "token%22%3A%22[redacted]", "URL-encoded JSON"},
	{`{\\\"token\\\":\\\"` + TokHex + `\\\"}`, `{\\\"token\\\":\\\"[redacted]\\\"}`, "JSON escaped twice"},
	{"the token is " + TokHex, "the token is [redacted]", "a token after a short word"},
	{"api key: " + TokHex, "api key: [redacted]", "\"api key\" in two words"},
	{"/oauth/token/" + TokHex, "/oauth/token/[redacted]", "a token as a path segment"},
	{"Токен: " + TokHex, "Токен: [redacted]", "Russian: токен"},
	{"OAuth-токен " + TokHex + " недействителен", "OAuth-токен [redacted] недействителен", "Russian: OAuth-токен in Direct's wording"},
	{"Bearer abcdefabcdefabcdefabcdefabcdefab", "Bearer [redacted]", "a hex token without a digit"},
}

// LookAlikes are texts that must come out unchanged: the vendors' own
// sentences about credentials, and ids of every kind.
var LookAlikes = []LookAlike{
	{"Api-Key token is invalid", "Market 401 (market.md, Authentication)"},
	{"Api-Key token is not specified", "Market 401"},
	{"Api-Key token prefix invalid", "Market 401"},
	{"OAuth token is invalid (account has been globally logged out)", "Market 403"},
	{"OAuth credentials are not specified", "Market 401"},
	{"OAuth client id is not specified", "Market 401"},
	{"Authorization header has invalid syntax", "Market 401"},
	{"Unsupported authorization type specified in Authorization header", "Market 401"},
	{"Token does not have any of the scopes to access the API method: [partner-api:read]", "Market 403"},
	{"Electronic signature is only available for API token authorization.", "Market 403"},
	{"Token is invalid", "Market 403, hybrid body"},
	{"Authorization error: Invalid OAuth token", "Direct 53 (direct-codes.tsv)"},
	{"Token not entered", "Direct Reports 53 detail"},
	{"Send the OAuth token in the Authorization header as Bearer <token>", "our own kind of hint"},
	{"Basic authentication is not supported", "a scheme named in prose"},
	{"the secret to success", "a key word in prose, without = or :"},
	{"RequestId: 8695244274068608439", "a Direct request id header (direct.md)"},
	{`{"request_id":"8695244274068608439","error_code":152}`, "a Direct request id in JSON"},
	{"X-Request-Id: 4f1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", "a 32-hex request id with no credential word before it"},
	{"Campaign not found: 10003", "a Market campaign id"},
	{"Hit rate limit of 4 parallel requests for campaignId 21621240", "Market 420 with a campaign id"},
	{"API for business 21621240 disabled because it has only disabled partners", "a Market business id"},
	{"Order 51736429 is in terminal state", "a Market order id"},
	{"Object not found: Id 12345678901", "a Direct object id"},
	{"Duplicate offer in request: offerId = 'SKU-001/black.XL'", "an offer SKU with symbols"},
	{"Stock for token-12345678901234567890 should not be in the future", "an SKU that starts with a key word"},
	{"offerId = 'toy0_blue'", "an SKU that holds y0_ but no token after it"},
	{"Unrecognized vat: VAT_20: offerId = ACME-1", "an SKU near ACMA-like letters"},
	{"Bad page token: eyJvcCI6Ij4iLCJrZXkiOnsicGFnZSI6MX19", "Market's page token, a cursor"},
	{"Invalid page_token=eyJvcCI6Ij4iLCJrZXkiOnsicGFnZSI6MX19", "a page token in a query"},
	{"nextPageToken: eyJvcCI6Ij4iLCJrZXkiOnsicGFnZSI6MX19", "a camel-case page token"},
	{"offerId = 'pay2_monthly_subscription_plan'", "an SKU that holds y2_"},
	{"offerId = 'toy1_red_car_with_remote'", "an SKU that holds y1_"},
	{"Unknown offer: AQAAAAB-promo-summer-sale-2024-xl", "an SKU that starts like an old token"},
	{"Offer 'Cookie: chocolate chip 250g' has invalid price", "a header word in a product name"},
	{"Parameter 'token': must not be empty", "a field name quoted in a validation message"},
	{"Field \"secret\": value is required", "a double-quoted field name in prose"},
	{"The value of the field password: must not be null", "a key word before a sentence"},
	{"Offer Basic X100-BLACK-XL not found", "a scheme word in a product name"},
	{"Authorization: header is missing", "a header word in prose"},
}
