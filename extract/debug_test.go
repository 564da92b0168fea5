package extract

import (
	"os"
	"testing"
	"time"
)

func TestDebugDraft(t *testing.T) {
	f := os.Getenv("DRAFT")
	if f == "" {
		t.Skip()
	}
	raw, _ := os.ReadFile(f)
	pub, _ := time.Parse("2006-01-02", os.Getenv("PUB"))
	d, err := Extract(string(raw), Options{Published: pub, ID: "x", TextPath: f})
	if err != nil {
		t.Fatal(err)
	}
	d.Render(os.Stdout)
}
