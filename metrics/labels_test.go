package metrics

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestUnknownCommandLabel: command names come from requests, so any name
// that is not registered is counted under "unknown"; fifty made-up names
// must not grow the exposition by fifty series.
func TestUnknownCommandLabel(t *testing.T) {
	r := New()
	before := scrape(t, r)
	for n := range 50 {
		name := fmt.Sprintf("made-up-%d", n)
		r.CommandServed(name, OutcomeUserError, time.Millisecond)
		r.RateLimited(name)
		r.InteractionFailed(name)
	}
	after := scrape(t, r)
	if strings.Contains(after, "made-up-") {
		t.Errorf("an unregistered command name became a label")
	}
	if grew := strings.Count(after, "\n") - strings.Count(before, "\n"); grew > 20 {
		t.Errorf("50 unknown names added %d lines", grew)
	}
	for _, want := range []string{
		`coveragebot_commands_total{command="unknown",outcome="user_error"} 50`,
		`coveragebot_rate_limited_total{command="unknown"} 50`,
		`coveragebot_interactions_failed_total{command="unknown"} 50`,
	} {
		if !strings.Contains(after, want+"\n") {
			t.Errorf("exposition lacks %s", want)
		}
	}
}

func scrape(t *testing.T, r *Registry) string {
	t.Helper()
	var b strings.Builder
	if _, err := r.WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
