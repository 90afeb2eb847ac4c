package fault

import "regexp"

// Redacted replaces a secret in text that this module prints.
const Redacted = "[redacted]"

// secretRE finds credentials that may be echoed into a vendor message or a
// pasted capture: Market Api-Key tokens (ACMA:...), Yandex OAuth tokens
// (y0_..., AQAAAA...), Authorization values (Bearer/OAuth schemes,
// oauth_token=) and header lines that carry credentials.
var secretRE = regexp.MustCompile(
	`(?i)((?:api-key|authorization|member-authorization|payment-token|x-auth-token)\s*:\s*)[^\r\n]*` +
		`|(\b(?:bearer|oauth)\s+)(?:oauth_token=)?[A-Za-z0-9._~+/=:-]{6,}` +
		`|((?:oauth_token|access_token|api_key|token)=)[^\s,&"']+` +
		`|\bACMA:[A-Za-z0-9:]+` +
		`|\by[0-9]_[A-Za-z0-9_-]{16,}` +
		`|\bAQAAAA[A-Za-z0-9_-]{16,}`)

// markers are substrings, compared without case, one of which every
// secretRE match holds; text without any is returned as is, without running
// the expression.
var markers = []string{"acma:", "aqaaaa", "bearer", "oauth", "api-key", "api_key", "authoriz", "token"}

// mayHoldSecret reports whether s holds a marker or a "y<digit>_" OAuth
// prefix.
func mayHoldSecret(s string) bool {
	for i := 2; i < len(s); i++ {
		if s[i] == '_' && s[i-1] >= '0' && s[i-1] <= '9' && s[i-2] == 'y' {
			return true
		}
	}
	for _, m := range markers {
		if containsFold(s, m) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word m,
// ignoring the case of s.
func containsFold(s, m string) bool {
	for i := 0; i+len(m) <= len(s); i++ {
		j := 0
		for ; j < len(m); j++ {
			c := s[i+j]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != m[j] {
				break
			}
		}
		if j == len(m) {
			return true
		}
	}
	return false
}

// Redact returns s with every credential-shaped substring replaced by
// [Redacted]. It is applied to every text this module prints (Error,
// LogValue, JSON, the command's output); the fields of a [Fault] keep the
// vendor's text verbatim.
func Redact(s string) string {
	if !mayHoldSecret(s) {
		return s
	}
	return secretRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := secretRE.FindStringSubmatch(m)
		for _, keep := range sub[1:] {
			if keep != "" {
				return keep + Redacted
			}
		}
		return Redacted
	})
}
