package fault_test

import (
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/yafault/yafault/fault"
)

// A fault logs as a group of fields; tokens echoed by the vendor are
// redacted and the raw body is never logged.
func ExampleFault_LogValue() {
	f := &fault.Fault{
		Service: fault.Direct, HTTPStatus: 200, Code: "53", Message: "Authorization error",
		Detail:    "Invalid token Bearer y0_AgAAAAAbcdefghijklmnopqrstuvwxyz",
		RequestID: "8695244274068608439",
		Verdict:   fault.Verdict{Kind: fault.Auth, Reason: "TOKEN_INVALID", Action: fault.Reauthenticate},
		Body:      []byte(`{"error":...}`),
	}
	log := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
		ReplaceAttr: func(_ []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey {
				return slog.Attr{} // keep the output stable
			}
			return a
		},
	}))
	log.Error("campaigns.get failed", "err", f)
	// Output:
	// level=ERROR msg="campaigns.get failed" err.service=direct err.http_status=200 err.code=53 err.message="Authorization error" err.detail="Invalid token Bearer [redacted]" err.request_id=8695244274068608439 err.kind=auth err.reason=TOKEN_INVALID err.action=reauthenticate err.retryable=false
}

// Kinds work with errors.Is through any wrapping.
func ExampleKind() {
	var err error = &fault.Fault{Service: fault.Market, Code: "UNAUTHORIZED", Message: "Api-Key token is revoked", Verdict: fault.Verdict{Kind: fault.Auth}}
	err = fmt.Errorf("sync orders: %w", err)
	fmt.Println(errors.Is(err, fault.Auth), errors.Is(err, fault.RateLimit))
	// Output:
	// true false
}
