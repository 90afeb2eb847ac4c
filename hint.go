package yafault

import "github.com/yafault/yafault/internal/wire"

// Hint returns what to do about a reason, as a fault's Hint says it, in the
// language lang names: Russian for "ru" and its variants ("ru-RU",
// "ru_RU.UTF-8", as a language tag or a locale's LANG gives it), English
// otherwise. Fault.Hint itself is always English. The hints are ours,
// written for people; the vendors' codes and texts are never translated.
//
// ok is false for a reason no catalog and no decoder gives (an unknown
// Market per-object code is its own reason); hint is "" for a reason with
// nothing to add to its Action.
func Hint(reason, lang string) (hint string, ok bool) {
	en, ok := englishHint(reason)
	if !ok {
		return "", false
	}
	if wire.IsRussian(lang) {
		if ru, ok := wire.Russian(en); ok {
			return ru, true
		}
	}
	return en, true
}

// englishHint returns a reason's hint from the status fallbacks or the
// services' catalogs and decoders, which agree on every reason they share.
func englishHint(reason string) (string, bool) {
	if c, ok := wire.StatusReason(reason); ok {
		return c.Hint, true
	}
	if c, ok := budgetVerdicts[reason]; ok {
		return c.Hint, true
	}
	for _, d := range []*wire.Decoder{&wire.Direct, &wire.Market} {
		if h, ok := d.Hint(reason); ok {
			return h, true
		}
	}
	return "", false
}
