package yafault

//go:generate go run ./internal/cmd/gencodes docs/codes.md
