package otel

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"go.opentelemetry.io/contrib/instrumentation/net/http/otelhttp"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"

	"github.com/yafault/yafault"
	"github.com/yafault/yafault/fault"
)

// tracedClient is the one line of wiring: otelhttp around yafault's
// Transport, as any client takes an *http.Client.
func tracedClient(tp *sdktrace.TracerProvider, svc fault.Service) *http.Client {
	return &http.Client{Transport: otelhttp.NewTransport(&yafault.Transport{Service: svc}, otelhttp.WithTracerProvider(tp))}
}

// TestDirectErrorInHTTP200EndsTheSpanInError checks that a Direct error
// sent with HTTP 200, which otelhttp alone leaves Unset, ends its span with
// status Error and an error.type naming the service and the reason.
func TestDirectErrorInHTTP200EndsTheSpanInError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if strings.Contains(string(body), `"add"`) {
			io.WriteString(w, `{"result":{"AddResults":[{"Id":1}]}}`)
			return
		}
		io.WriteString(w, `{"error":{"request_id":"8695244274068608439","error_code":152,"error_string":"Not enough Yandex units"}}`)
	}))
	defer srv.Close()

	for _, tt := range []struct {
		name      string
		client    func(tp *sdktrace.TracerProvider) *http.Client
		body      string
		status    codes.Code
		errorType string
	}{
		{"152 behind yafault", func(tp *sdktrace.TracerProvider) *http.Client { return tracedClient(tp, fault.Direct) }, `{"method":"get"}`, codes.Error, "direct.POINTS_EXHAUSTED"},
		{"a success behind yafault", func(tp *sdktrace.TracerProvider) *http.Client { return tracedClient(tp, fault.Direct) }, `{"method":"add"}`, codes.Unset, ""},
		{"152 with otelhttp alone", func(tp *sdktrace.TracerProvider) *http.Client {
			return &http.Client{Transport: otelhttp.NewTransport(http.DefaultTransport, otelhttp.WithTracerProvider(tp))}
		}, `{"method":"get"}`, codes.Unset, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec := tracetest.NewSpanRecorder()
			tp := sdktrace.NewTracerProvider(sdktrace.WithSpanProcessor(rec))
			req, _ := http.NewRequestWithContext(context.Background(), http.MethodPost, srv.URL+"/json/v5/campaigns", strings.NewReader(tt.body))
			resp, err := tt.client(tp).Do(req)
			if err == nil {
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
			}
			if tt.status == codes.Error {
				if f, ok := errors.AsType[*fault.Fault](err); !ok || f.Reason != "POINTS_EXHAUSTED" {
					t.Fatalf("err = %v; want the 152's fault", err)
				}
			}
			spans := rec.Ended()
			if len(spans) != 1 {
				t.Fatalf("%d spans ended; want 1", len(spans))
			}
			span := spans[0]
			if span.Status().Code != tt.status {
				t.Errorf("span status = %v (%q); want %v", span.Status().Code, span.Status().Description, tt.status)
			}
			got := ""
			for _, a := range span.Attributes() {
				if a.Key == attribute.Key("error.type") {
					got = a.Value.AsString()
				}
			}
			if got != tt.errorType {
				t.Errorf("error.type = %q; want %q", got, tt.errorType)
			}
		})
	}
}
