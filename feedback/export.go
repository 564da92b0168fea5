package feedback

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/coveragebot/coveragebot/knowledge"
	"gopkg.in/yaml.v3"
)

// Formats are the export formats, as the feedback command names them.
var Formats = []string{"csv", "yaml", "cases"}

// Write writes records in format: "csv", "yaml" or "cases" (see
// WriteCases for check).
func Write(w io.Writer, format string, rs []Record, check func(command string) error) error {
	switch format {
	case "csv":
		return WriteCSV(w, rs)
	case "yaml":
		return WriteYAML(w, rs)
	case "cases":
		return WriteCases(w, rs, check)
	}
	return fmt.Errorf("unknown format %q: want one of %s", format, strings.Join(Formats, ", "))
}

// csvHeader names the columns of WriteCSV.
var csvHeader = []string{"voted_at", "vote", "user", "comment", "question", "typed", "follow_up_to", "article", "abstained", "citations", "versions", "coverage", "answer_id", "answered_at"}

// WriteCSV writes one row per vote, for a spreadsheet: citations as
// "article ¶N" joined by "; ", versions as "article@version".
func WriteCSV(w io.Writer, rs []Record) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, r := range rs {
		a := r.Answer
		row := []string{
			stamp(r.At), vote(r.Up), r.User, r.Comment, a.Question, a.Typed, a.FollowUpTo, a.Article,
			strconv.FormatBool(a.Abstained), citations(a.Citations), versions(a.Versions), a.Coverage, a.ID, stamp(a.At),
		}
		if err := cw.Write(row); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func vote(up bool) string {
	if up {
		return "up"
	}
	return "down"
}

func citations(refs []knowledge.Ref) string {
	parts := make([]string, len(refs))
	for i, r := range refs {
		parts[i] = fmt.Sprintf("%s ¶%d", r.Article, r.Paragraph)
	}
	return strings.Join(parts, "; ")
}

func versions(v map[string]string) string {
	ids := make([]string, 0, len(v))
	for id := range v {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for i, id := range ids {
		ids[i] = id + "@" + v[id]
	}
	return strings.Join(ids, "; ")
}

// yamlRecord is a Record as WriteYAML writes it.
type yamlRecord struct {
	VotedAt time.Time `yaml:"voted_at"`
	Vote    string    `yaml:"vote"`
	User    string    `yaml:"user"`
	Comment string    `yaml:"comment,omitempty"`
	Answer  Answer    `yaml:"answer"`
}

// WriteYAML writes the votes as a YAML list, each with its answer.
func WriteYAML(w io.Writer, rs []Record) error {
	out := make([]yamlRecord, len(rs))
	for i, r := range rs {
		a := r.Answer
		a.At = a.At.UTC()
		out[i] = yamlRecord{VotedAt: r.At.UTC(), Vote: vote(r.Up), User: r.User, Comment: r.Comment, Answer: a}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(out); err != nil {
		return err
	}
	return enc.Close()
}
