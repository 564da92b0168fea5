package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/coveragebot/coveragebot/internal/synth"
)

// benchReport is a whole bench run: where, with what, and a result per
// size.
type benchReport struct {
	Machine    machine       `json:"machine"`
	Seed       uint64        `json:"seed"`
	ArticlesOf int           `json:"articles_of"`
	Queries    int           `json:"queries_per_command"`
	Sizes      []benchResult `json:"sizes"`
}

// writeMarkdown prints the run as a line about the machine and a table
// with a row per size.
func (r benchReport) writeMarkdown(w io.Writer) error {
	m := r.Machine
	fmt.Fprintf(w, "%s, %d CPUs (%s), %s, %s; seed %d, articles of %d paragraphs, %d timed queries per command.",
		m.OS, m.CPUs, orNA(m.CPU), m.GoVersion, m.Date, r.Seed, r.ArticlesOf, r.Queries)
	if len(r.Sizes) > 0 && len(r.Sizes[0].Runs) > 1 {
		fmt.Fprintf(w, " Each figure is the median of %d runs, each in a process of its own on a fresh index.", len(r.Sizes[0].Runs))
	}
	fmt.Fprint(w, "\n\n")
	head := []string{"paragraphs", "articles", "start-up (s)", "build (s)", "build CPU (s)", "build (¶/s)", "peak RSS build (MB)", "index on disk (MB)",
		"reopen (s; settled)", "peak RSS reopen (MB)", "serving RSS (MB)", "peak RSS serving (MB)", "add article (s)"}
	for _, c := range synth.QueryCommands {
		head = append(head, commandLabel(c)+" p50 / p99 / max (ms)")
	}
	row := func(cells []string) { fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | ")) }
	row(head)
	seps := make([]string, len(head))
	for i := range seps {
		seps[i] = "---:"
	}
	row(seps)
	for _, s := range r.Sizes {
		cells := []string{
			fmt.Sprintf("%d", s.Paragraphs), fmt.Sprintf("%d", s.Articles), fixed(s.StartupSeconds, 2),
			fixed(s.BuildSeconds, 2), fixed(s.BuildCPUSeconds, 2), fixed(s.BuildRate, 0), fixed(s.PeakBuildMB, 0), fixed(s.IndexMB, 1),
			fixed(s.ReopenSeconds, 2) + "; " + fixed(s.SettledSeconds, 2), fixed(s.PeakReopenMB, 0), fixed(s.ServingMB, 0), fixed(s.PeakServingMB, 0), fixed(s.AddSeconds, 2),
		}
		for _, c := range synth.QueryCommands {
			l, ok := s.Latency[c]
			if !ok {
				cells = append(cells, "not timed")
				continue
			}
			cells = append(cells, fmt.Sprintf("%s / %s / %s", ms(l.P50), ms(l.P99), ms(l.Max)))
		}
		row(cells)
	}
	// What the queries found, so that a faster engine that stopped
	// answering is seen.
	fmt.Fprintln(w)
	for _, s := range r.Sizes {
		var parts, allocs []string
		for _, c := range synth.QueryCommands {
			l, ok := s.Latency[c]
			if !ok {
				continue
			}
			p := fmt.Sprintf("%s %d/%d abstained", commandLabel(c), l.Abstained, l.N)
			if c == "autocomplete" {
				p = fmt.Sprintf("%s %d/%d empty", commandLabel(c), l.Abstained, l.N)
			}
			if l.Errors > 0 {
				p += fmt.Sprintf(", %d refused", l.Errors)
			}
			parts = append(parts, p)
			a := fmt.Sprintf("%s %.0f KB in %.0f allocations", commandLabel(c), l.AllocKB, l.Allocs)
			if l.CPUMS >= 0 {
				a += fmt.Sprintf(" and %.2f ms of CPU", l.CPUMS)
			}
			if l.MinorFaults >= 0 {
				a += fmt.Sprintf(", %.1f page faults", l.MinorFaults+l.MajorFaults)
			}
			allocs = append(allocs, a)
		}
		fmt.Fprintf(w, "%d paragraphs (%d index documents): %s.", s.Paragraphs, s.IndexDocs, strings.Join(parts, "; "))
		if s.ServingObjects > 0 {
			fmt.Fprintf(w, " Serving heap: %.0f MB in %d objects.", s.ServingHeapMB, s.ServingObjects)
		}
		if s.PeakServingMB > 0 && s.PeakServingFileMB >= 0 {
			fmt.Fprintf(w, " Peak RSS serving: %.0f MB anonymous, %.0f MB of files mapped.", s.PeakServingMB-s.PeakServingFileMB, s.PeakServingFileMB)
		}
		if len(allocs) > 0 {
			fmt.Fprintf(w, " Per query: %s; %d garbage collections in %.1f s of timed queries.", strings.Join(allocs, ", "), s.QueryGCs, s.QuerySeconds)
		}
		fmt.Fprintln(w)
	}
	return nil
}

func commandLabel(c string) string {
	if c == "autocomplete" {
		return c
	}
	return "/" + c
}

// fixed formats a figure, "n/a" when negative (not measured).
func fixed(f float64, prec int) string {
	if f < 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.*f", prec, f)
}

// ms formats a latency with the precision its size deserves.
func ms(f float64) string {
	switch {
	case f < 0:
		return "n/a"
	case f < 10:
		return fmt.Sprintf("%.2f", f)
	case f < 100:
		return fmt.Sprintf("%.1f", f)
	}
	return fmt.Sprintf("%.0f", f)
}

func orNA(s string) string {
	if s == "" {
		return "CPU unknown"
	}
	return s
}
