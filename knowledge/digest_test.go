package knowledge

import (
	"crypto/sha256"
	"strings"
	"testing"
)

// TextDigest is SHA-256 over the paragraphs each followed by a newline,
// however their lengths fall against its buffer.
func TestTextDigest(t *testing.T) {
	for _, tc := range []struct {
		name  string
		paras []string
	}{
		{"none", nil},
		{"two", []string{"First paragraph.", "Second, longer paragraph."}},
		{"one of the buffer's length", []string{strings.Repeat("a", 4095)}},
		{"longer than the buffer", []string{"x", strings.Repeat("b", 10000), "y"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			// Each paragraph and a newline: joined with one more, empty.
			want := sha256.Sum256([]byte(strings.Join(append(tc.paras, ""), "\n")))
			if got := TextDigest(tc.paras); got != want {
				t.Errorf("TextDigest = %x, want %x", got, want)
			}
		})
	}
}

// An article read from its file carries the digest of its paragraphs.
func TestLoadSourceDigest(t *testing.T) {
	s, err := LoadSource("testdata/harbour/harbour-vote.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Article.Digest, TextDigest(s.Article.Paragraphs); got != want {
		t.Errorf("Digest = %x, want %x", got, want)
	}
}
