// Package otel shows yafault's Transport under OpenTelemetry's otelhttp: a
// Direct error sent with HTTP 200 ends its span with status Error and an
// error.type that names the service and the reason.
package otel
