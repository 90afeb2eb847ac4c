package generated

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/fault"
)

func market(t *testing.T) *httptest.Server {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Header.Get("Api-Key") {
		case "revoked":
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"status":"ERROR","errors":[{"code":"UNAUTHORIZED","message":"Api-Key token is revoked"}]}`)
		case "busy":
			w.WriteHeader(420) // a balancer's page, not JSON
			io.WriteString(w, `<html><body>Too many requests</body></html>`)
		default:
			io.WriteString(w, `{"status":"OK","campaigns":[{"id":21000001,"domain":"shop.example"}]}`)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// withKey adds the Api-Key header, as a generated client's request editor
// would.
type withKey struct {
	key  string
	next HttpRequestDoer
}

func (d withKey) Do(req *http.Request) (*http.Response, error) {
	req.Header.Set("Api-Key", d.key)
	return d.next.Do(req)
}

// TestOneLineWiring checks what a generated client gives for Market's
// errors without yafault and with it, wired by its WithHTTPClient option.
func TestOneLineWiring(t *testing.T) {
	srv := market(t)
	ctx := context.Background()
	newClient := func(key string, doer *http.Client) *Client {
		c, err := NewClient(srv.URL, WithHTTPClient(withKey{key, doer}))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	// The one line: the service is set because a test server's host says
	// nothing of it.
	wired := &http.Client{Transport: &yafault.Transport{Service: fault.Market, Budget: &yafault.Budget{}}}

	// Without yafault: a 401 is no error, and a 420 page fails the parse.
	rsp, err := newClient("revoked", http.DefaultClient).GetCampaignsWithResponse(ctx)
	if err != nil || rsp.HTTPResponse.StatusCode != http.StatusUnauthorized {
		t.Errorf("plain client, 401: err = %v; want no error and the status left to the caller", err)
	}
	if _, err := newClient("busy", http.DefaultClient).GetCampaignsWithResponse(ctx); err == nil || !strings.Contains(err.Error(), "invalid character '<'") {
		t.Errorf("plain client, 420 page: err = %v; want the parse failure", err)
	}

	// With yafault: every error is a fault the caller can act on.
	for _, tt := range []struct {
		key  string
		kind fault.Kind
	}{
		{"revoked", fault.Auth},
		{"busy", fault.RateLimit},
	} {
		_, err := newClient(tt.key, wired).GetCampaignsWithResponse(ctx)
		f, ok := errors.AsType[*fault.Fault](err)
		if !ok || f.Kind != tt.kind || f.Service != fault.Market {
			t.Errorf("wired client, %s: err = %v; want a Market %v fault", tt.key, err, tt.kind)
		}
		if ok && f.Kind == fault.RateLimit && (!f.Retryable || f.RetryAfter <= 0) {
			t.Errorf("the 420's fault: retryable %v after %v; want a wait", f.Retryable, f.RetryAfter)
		}
	}
	rsp, err = newClient("ok", wired).GetCampaignsWithResponse(ctx)
	if err != nil || rsp.JSON200 == nil || len(rsp.JSON200.Campaigns) != 1 || rsp.JSON200.Campaigns[0].ID != 21000001 {
		t.Errorf("wired client, success: %+v, %v; want the campaigns parsed as before", rsp, err)
	}
}
