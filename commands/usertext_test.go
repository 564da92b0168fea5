package commands

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestUserTextShown: what a user types reaches titles, intros and
// suggestions. Wherever it is shown it is valid UTF-8, carries no control
// or bidi-override characters (NUL, ESC, U+202E), and in Discord its
// markdown and mentions are escaped, titles included.
func TestUserTextShown(t *testing.T) {
	r := testRouter(t)
	evil := "*bold* __u__ `code` @everyone <@123> \x00\x1b[31mred\u202eeliforp \xff end"
	tests := []struct{ name, line string }{
		{"ask", "/ask question:" + evil},
		{"who", "/who name:" + evil},
		{"quote", "/quote speaker:Putin topic:" + evil},
		{"timeline", "/timeline topic:" + evil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, err := r.Parse(tt.line)
			if err != nil {
				t.Fatal(err)
			}
			resp, err := r.Handle(t.Context(), req)
			if err != nil {
				t.Fatal(err)
			}
			text := r.RenderText(resp)
			checkClean(t, "text", text)
			for _, m := range r.Render(resp) {
				for _, e := range m.Embeds {
					for what, s := range map[string]string{"title": e.Title, "description": e.Description, "footer": e.Footer} {
						checkClean(t, what, s)
						for _, raw := range []string{"*bold*", "__u__", "`code`", "@everyone", "<@123>"} {
							if strings.Contains(s, raw) {
								t.Errorf("%s shows %q unescaped: %q", what, raw, s)
							}
						}
					}
				}
			}
		})
	}
}

func checkClean(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Errorf("%s is not valid UTF-8: %q", what, s)
	}
	if i := strings.IndexAny(s, "\x00\x1b\u202e"); i >= 0 {
		t.Errorf("%s carries a control character: %q", what, s)
	}
}

func TestCleanText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain question?", "plain question?"},
		{"a\x00b\x1bc\nd\te", "a b c d e"},
		{"evil\u202eslipped\u2066in\u200b", "evilslippedin"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"Türkiye — soft\u00adhyphen", "Türkiye — soft\u00adhyphen"},
	}
	for _, tt := range tests {
		if got := CleanText(tt.in); got != tt.want {
			t.Errorf("CleanText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnescapeMarkdown(t *testing.T) {
	for _, s := range []string{"", "plain", `a\b*c_d~e` + "`f|g>h[i]j", "@everyone @here <@1> <#2>", `\*already\*`} {
		if got := UnescapeMarkdown(EscapeMarkdown(s)); got != s {
			t.Errorf("round trip of %q = %q", s, got)
		}
	}
}

// TestMarkupAsksNothing: a mention or a custom emoji in a question is
// Discord's markup, not words of the question: "@coveragebot who is
// peskov" is answered as "who is peskov" is, not refused because the
// coverage never mentions "coveragebot" or "12345".
func TestMarkupAsksNothing(t *testing.T) {
	known := func(name string) bool { return name == "putin" }
	tests := []struct{ in, want string }{
		{"<@12345> who is peskov", "who is peskov"},
		{"<@!99> <#55> who is peskov <:thinking:123456>", "who is peskov"},
		{"<@&7> <a:dance:8> what did @putin propose", "what did putin propose"},
		{"@coveragebot who is peskov", "who is peskov"},
		{"@everyone who is peskov", "who is peskov"},
		{"write to peskov@kremlin.ru", "write to peskov@kremlin.ru"}, // an address, not a mention
	}
	for _, tt := range tests {
		if got := strings.Join(strings.Fields(withoutMarkup(tt.in, known)), " "); got != tt.want {
			t.Errorf("withoutMarkup(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	r := testRouter(t)
	cites := func(line string) string {
		resp := handleLine(t, r, line)
		if resp.Abstained {
			return "abstained: " + resp.Intro
		}
		return r.RenderText(resp)[strings.Index(r.RenderText(resp), "\n"):]
	}
	if got, want := cites("/ask question:<@12345> who is peskov"), cites("/ask question:who is peskov"); got != want {
		t.Errorf("with a mention:\n%s\nwithout:\n%s", got, want)
	}
}
