package fault

import (
	"errors"
	"fmt"
)

// Kind is the portable category of a fault: what sort of failure it is,
// whatever the vendor's code. A program branches on Kind (usually through
// [errors.Is]) and shows the vendor's code and text to people.
//
// The list is append-only: values are never renumbered or removed, so a Kind
// stored as its string stays meaningful.
type Kind uint8

// The kinds. The zero value is [Unknown].
const (
	// Unknown: the response was an error but nothing in it told us which
	// kind. Read Code, Message and Err.
	Unknown Kind = iota
	// Invalid: the request itself is wrong (a field, a parameter, the body
	// format); sending it again unchanged fails again.
	Invalid
	// Auth: the credentials are missing, malformed, expired or revoked; a new
	// token or key is needed.
	Auth
	// Permission: the credentials are valid but do not grant this operation
	// or object.
	Permission
	// Account: the account, store, cabinet or app is in a state that a person
	// must fix (not registered, disabled, inactive, not approved).
	Account
	// NotFound: an object named in the request does not exist or is not
	// visible to the caller.
	NotFound
	// Unsupported: the method, field, media type or feature is not available
	// for this request or account.
	Unsupported
	// Conflict: the object's state forbids the operation (already archived,
	// wrong order status, duplicate).
	Conflict
	// RateLimit: too many requests or connections right now; slow down and
	// try again shortly.
	RateLimit
	// Quota: a budget is spent and refills over time, as Direct's API points
	// or a Market resource quota per period.
	Quota
	// Locked: the object is temporarily locked by a process on the vendor's
	// side (a migration); wait for it to finish.
	Locked
	// Internal: the vendor failed while handling a valid request.
	Internal
	// Unavailable: the vendor or one of its back ends is down, overloaded or
	// timed out.
	Unavailable
)

var kindNames = [...]string{
	Unknown:     "unknown",
	Invalid:     "invalid",
	Auth:        "auth",
	Permission:  "permission",
	Account:     "account",
	NotFound:    "not_found",
	Unsupported: "unsupported",
	Conflict:    "conflict",
	RateLimit:   "rate_limit",
	Quota:       "quota",
	Locked:      "locked",
	Internal:    "internal",
	Unavailable: "unavailable",
}

// Kinds lists every kind in order, [Unknown] first.
func Kinds() []Kind {
	ks := make([]Kind, len(kindNames))
	for i := range ks {
		ks[i] = Kind(i)
	}
	return ks
}

// String returns the kind's snake_case name, such as "rate_limit".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Error makes a Kind usable as an error target, so that
// errors.Is(err, fault.RateLimit) reports whether err holds a rate-limit
// fault. It returns the same text as String, which fmt prefers for errors.
func (k Kind) Error() string { return k.String() }

// MarshalText encodes the kind as its name.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText decodes a kind from its name; on a nil *Kind it returns
// an error.
func (k *Kind) UnmarshalText(b []byte) error {
	if k == nil {
		return errors.New("fault: UnmarshalText on a nil *Kind")
	}
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("fault: unknown kind %q", b)
}

// ParseKind returns the kind named s, and false when s names none.
func ParseKind(s string) (Kind, bool) {
	var k Kind
	if err := k.UnmarshalText([]byte(s)); err != nil {
		return Unknown, false
	}
	return k, true
}

// Action is what the caller, or a person behind it, should do about a fault.
//
// The list is append-only.
type Action uint8

// The actions. The zero value is [None].
const (
	// None: nothing to do, or nothing known to help.
	None Action = iota
	// Retry: send the same request again, after RetryAfter when it is set.
	Retry
	// FixRequest: change the request (fields, parameters, ids) before
	// sending it again.
	FixRequest
	// Reauthenticate: get a new token or key, or send the one you have in the
	// right header.
	Reauthenticate
	// RequestAccess: ask for rights, scopes or API access for this user,
	// key or app.
	RequestAccess
	// FixAccount: a person must fix the account, store or app in the vendor's
	// web interface.
	FixAccount
	// ContactSupport: only the vendor's support can resolve it; quote the
	// request id.
	ContactSupport
)

var actionNames = [...]string{
	None:           "none",
	Retry:          "retry",
	FixRequest:     "fix_request",
	Reauthenticate: "reauthenticate",
	RequestAccess:  "request_access",
	FixAccount:     "fix_account",
	ContactSupport: "contact_support",
}

// String returns the action's snake_case name, such as "fix_request".
func (a Action) String() string {
	if int(a) < len(actionNames) {
		return actionNames[a]
	}
	return fmt.Sprintf("action(%d)", uint8(a))
}

// MarshalText encodes the action as its name.
func (a Action) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText decodes an action from its name; on a nil *Action it
// returns an error.
func (a *Action) UnmarshalText(b []byte) error {
	if a == nil {
		return errors.New("fault: UnmarshalText on a nil *Action")
	}
	for i, n := range actionNames {
		if n == string(b) {
			*a = Action(i)
			return nil
		}
	}
	return fmt.Errorf("fault: unknown action %q", b)
}
