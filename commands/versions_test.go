package commands

import (
	"crypto/sha256"
	"encoding/hex"
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

func TestArticleVersion(t *testing.T) {
	a := &knowledge.Article{ID: "a", Paragraphs: []string{"First paragraph.", "Second, longer paragraph."}}
	sum := sha256.Sum256([]byte("First paragraph.\nSecond, longer paragraph.\n"))
	if got, want := ArticleVersion(a), hex.EncodeToString(sum[:])[:versionDigits]; got != want {
		t.Errorf("ArticleVersion = %q, want %q", got, want)
	}
	// With its buffer reused, a version costs its string alone: the
	// paragraphs are not copied for the hash one by one.
	_, buf := articleVersion(a, nil)
	if n := testing.AllocsPerRun(100, func() { _, buf = articleVersion(a, buf) }); n > 1 {
		t.Errorf("articleVersion allocates %v times, want 1", n)
	}
}
