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
	// An article read from its file carries its digest, and its version is
	// read from it, not from the text.
	read := &knowledge.Article{ID: "a", Digest: sum}
	if got, want := ArticleVersion(read), hex.EncodeToString(sum[:])[:versionDigits]; got != want {
		t.Errorf("ArticleVersion of a digest = %q, want %q", got, want)
	}
}
