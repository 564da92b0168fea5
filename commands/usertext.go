package commands

import (
	"strings"
	"unicode"
)

// CleanText makes text a user typed safe to show anywhere, a terminal
// included: invalid UTF-8 becomes U+FFFD, control characters (NUL, ESC, line
// breaks) become spaces, and the invisible characters that reorder or hide
// text (bidi overrides and isolates such as U+202E, zero-width joiners) are
// dropped. Router.Handle applies it to every option before any handler sees
// it, so replies, logs and page buttons all carry the cleaned text.
func CleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if !strings.ContainsFunc(s, needsCleaning) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case unicode.IsControl(r):
			b.WriteByte(' ')
		case unicode.Is(unicode.Cf, r) && r != '\u00AD':
			// Format characters (bidi controls, zero-width ones) change how
			// the rest reads without showing; the soft hyphen is harmless.
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func needsCleaning(r rune) bool {
	return unicode.IsControl(r) || (unicode.Is(unicode.Cf, r) && r != '\u00AD')
}

// markdownEscaper keeps text literal in Discord: markdown characters are
// escaped and mentions are broken with a zero-width space (on top of
// allowed_mentions, which stops the ping itself).
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`, ">", `\>`, "[", `\[`, "]", `\]`,
	"@everyone", "@\u200beveryone", "@here", "@\u200bhere", "<@", "<\u200b@", "<#", "<\u200b#",
)

// markdownUnescaper undoes markdownEscaper.
var markdownUnescaper = strings.NewReplacer(
	`\\`, `\`, `\*`, "*", `\_`, "_", `\~`, "~", "\\`", "`", `\|`, "|", `\>`, ">", `\[`, "[", `\]`, "]",
	"@\u200beveryone", "@everyone", "@\u200bhere", "@here", "<\u200b@", "<@", "<\u200b#", "<#",
)

// EscapeMarkdown writes s so that Discord shows it as typed: no formatting,
// no mention.
func EscapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// UnescapeMarkdown reads back what EscapeMarkdown wrote. It is exact for
// text without zero-width spaces (CleanText removes them); the bot uses it
// to recover a question from the title of the reply it sent.
func UnescapeMarkdown(s string) string { return markdownUnescaper.Replace(s) }
