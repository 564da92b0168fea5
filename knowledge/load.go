package knowledge

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

// Source is one article with its fact base, validated.
type Source struct {
	Article  *Article
	Entities []Entity
	Events   []Event
	Quotes   []Quote
	// Synonyms are groups of words the article uses for the same thing.
	Synonyms [][]string
	// FactsPath is the fact base file the source was read from.
	FactsPath string
	// stamps are the fact base's and the text's size and modification
	// time when read from the disk, so that a reload can reuse the source.
	stamps []fileStamp
	// Warnings are the problems that did not stop it loading, in line
	// order, for its editor to see.
	Warnings []Problem
}

// SplitParagraphs numbers a plain-text article: paragraph N is the N-th
// non-blank line, counted from 1, headings included.
func SplitParagraphs(text string) []string {
	var out []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		if l := strings.TrimSpace(line); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// LoadSource reads and validates one fact base and the article it names.
// Every problem is reported at once in a *LoadError; on any error nothing
// is returned, so a broken file never half-loads. Warnings alone do not stop
// it: they come back in the Source's Warnings.
func LoadSource(path string) (*Source, error) {
	s, err := loadSource(os.ReadFile, path)
	if s != nil {
		s.stampFiles()
	}
	return s, err
}

// LoadSourceFS is LoadSource reading from fsys (an embedded copy, a test's
// fstest.MapFS) instead of the disk.
func LoadSourceFS(fsys fs.FS, path string) (*Source, error) {
	return loadSource(func(p string) ([]byte, error) { return fs.ReadFile(fsys, filepath.ToSlash(p)) }, path)
}

func loadSource(readFile func(string) ([]byte, error), path string) (*Source, error) {
	ps := &problems{file: path}
	raw, err := readFile(path)
	if err != nil {
		// The path is already the problem's file: say only what went wrong.
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		ps.add(0, "cannot read the fact base: %v", err)
		return nil, &LoadError{Problems: ps.list}
	}
	if line, col, b, bad := invalidUTF8(raw); bad {
		ps.add(line, "not valid UTF-8: byte 0x%02x at column %d; save the fact base as UTF-8", b, col)
		return nil, &LoadError{Problems: ps.list}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(raw, &root); err != nil {
		// yaml.v3 sometimes reports a syntax error on the line before it.
		addYAMLError(ps, strings.Replace(err.Error(), ": ", ": YAML syntax, at or just after this line: ", 1))
		return nil, &LoadError{Problems: ps.list}
	}
	if len(root.Content) == 0 {
		ps.add(0, "the file is empty: a fact base needs at least an article section")
		return nil, &LoadError{Problems: ps.list}
	}
	checkKeys(&root, reflect.TypeOf(factsFile{}), "", ps)
	var f factsFile
	if err := root.Decode(&f); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) {
			for _, e := range te.Errors {
				addYAMLError(ps, e)
			}
		} else {
			addYAMLError(ps, err.Error())
		}
	}
	src := validate(&f, filepath.Dir(path), readFile, ps)
	sort.SliceStable(ps.list, func(i, j int) bool { return ps.list[i].Line < ps.list[j].Line })
	if ps.hasErrors() {
		return nil, &LoadError{Problems: ps.list}
	}
	src.FactsPath = path
	src.Warnings = ps.list
	src.pack()
	return src, nil
}

// invalidUTF8 finds the first byte of b that is not valid UTF-8, with its
// line and column (in characters, from 1).
func invalidUTF8(b []byte) (line, col int, bad byte, found bool) {
	// Every file is checked at every load: the library's fast check first,
	// the walk that counts lines only for a file that fails it.
	if utf8.Valid(b) {
		return 0, 0, 0, false
	}
	line, col = 1, 1
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return line, col, b[i], true
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return 0, 0, 0, false
}

func validate(f *factsFile, dir string, readFile func(string) ([]byte, error), ps *problems) *Source {
	a := f.Article
	art := &Article{ID: a.ID, Title: a.Title, ShortTitle: strings.TrimSpace(a.ShortTitle), Outlet: a.Outlet, Language: a.Language, URL: a.URL}
	required(ps, a.line, "article", map[string]string{"id": a.ID, "title": a.Title, "text": a.Text})
	if a.ID != "" && !slug.MatchString(a.ID) {
		ps.add(a.keys.at("id", a.line), "article: id %q must be lowercase letters, digits and dashes", a.ID)
	}
	if n := len([]rune(art.ShortTitle)); n > ShortTitleMax {
		ps.warn(a.keys.at("short_title", a.line), "article.short_title is %d characters; citations read best with at most %d", n, ShortTitleMax)
	}
	if a.Published != "" {
		d, err := ParseDate(a.Published)
		if err != nil {
			ps.add(a.keys.at("published", a.line), "article.published: %v", err)
		}
		checkYear(ps, a.keys.at("published", a.line), "article.published", d)
		art.Published = d
	}
	if a.Text != "" {
		p := a.Text
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		raw, err := readFile(p)
		if err != nil {
			ps.add(a.keys.at("text", a.line), "article.text: cannot read %s: %v", p, errors.Unwrap(err))
		} else if line, col, b, bad := invalidUTF8(raw); bad {
			// Quotes and excerpts would carry the broken bytes to Discord.
			ps.add(a.keys.at("text", a.line), "article.text: %s is not valid UTF-8: byte 0x%02x at line %d, column %d; save it as UTF-8", p, b, line, col)
		} else {
			art.Path = p
			art.Paragraphs = SplitParagraphs(string(raw))
			art.Digest = TextDigest(art.Paragraphs)
			if len(art.Paragraphs) == 0 {
				ps.add(a.keys.at("text", a.line), "article.text: %s has no paragraphs", p)
			}
		}
	}
	src := &Source{Article: art}
	checkPara := func(line int, what string, n int) {
		if art.Paragraphs != nil && (n < 1 || n > len(art.Paragraphs)) {
			ps.add(line, "%s: cites ¶%d, but the article has paragraphs 1 to %d", what, n, len(art.Paragraphs))
		}
	}
	ids := map[string]int{}
	for _, e := range f.Entities {
		what := "entity " + e.ID
		required(ps, e.line, "entity", map[string]string{"id": e.ID, "name": e.Name, "kind": e.Kind})
		checkID(ps, e.line, "entity", e.ID, ids)
		switch Kind(e.Kind) {
		case KindPerson, KindOrganisation, KindPlace, "":
		default:
			ps.add(e.keys.at("kind", e.line), "%s: kind %q is not person, organisation or place", what, e.Kind)
		}
		for i, n := range e.Paragraphs {
			checkPara(lineOf(e.paraLines, i, e.keys.at("paragraphs", e.line)), what, n)
		}
		checkOrder(ps, what, e.Paragraphs, e.paraLines, e.keys.at("paragraphs", e.line))
		src.Entities = append(src.Entities, Entity{
			Article: art.ID, ID: e.ID, Name: e.Name, Kind: Kind(e.Kind), Role: e.Role,
			Affiliation: e.Affiliation, Aliases: e.Aliases, Paragraphs: sortedUnique(e.Paragraphs),
		})
	}
	for _, e := range f.Entities {
		if e.Affiliation != "" {
			if _, ok := ids[e.Affiliation]; !ok {
				ps.add(e.keys.at("affiliation", e.line), "entity %s: affiliation %q is not the id of an entity in this file%s", e.ID, e.Affiliation, didYouMean(nearestIDs(e.Affiliation, ids)))
			}
		}
	}
	checkAliases(ps, f.Entities)
	if art.Paragraphs != nil {
		checkMentions(ps, f.Entities, art.Paragraphs)
	}
	eventIDs := map[string]int{}
	for _, e := range f.Events {
		what := "event " + e.ID
		required(ps, e.line, "event", map[string]string{"id": e.ID, "date": e.Date, "summary": e.Summary})
		checkID(ps, e.line, "event", e.ID, eventIDs)
		ev := Event{Article: art.ID, ID: e.ID, Summary: e.Summary, Topics: e.Topics, Paragraphs: sortedUnique(e.Paragraphs)}
		if e.Date != "" {
			d, err := ParseDate(e.Date)
			if err != nil {
				ps.add(e.keys.at("date", e.line), "%s: date: %v", what, err)
			}
			checkYear(ps, e.keys.at("date", e.line), what+": date", d)
			d.Approximate = e.Approximate
			ev.Date = d
		}
		if e.Until != "" {
			u, err := ParseDate(e.Until)
			switch {
			case err != nil:
				ps.add(e.keys.at("until", e.line), "%s: until: %v", what, err)
			case !ev.Date.IsZero() && u.End().Before(ev.Date.Start()):
				ps.add(e.keys.at("until", e.line), "%s: until %s is before date %s", what, u, ev.Date)
			}
			checkYear(ps, e.keys.at("until", e.line), what+": until", u)
			u.Approximate = e.Approximate
			ev.Until = &u
		}
		if len(e.Paragraphs) == 0 {
			ps.add(e.line, "%s: cites no paragraph (paragraphs: [N, ...])", what)
		}
		for i, n := range e.Paragraphs {
			checkPara(lineOf(e.paraLines, i, e.keys.at("paragraphs", e.line)), what, n)
		}
		checkOrder(ps, what, e.Paragraphs, e.paraLines, e.keys.at("paragraphs", e.line))
		src.Events = append(src.Events, ev)
	}
	quoteIDs := map[string]int{}
	for _, q := range f.Quotes {
		what := "quote " + q.ID
		required(ps, q.line, "quote", map[string]string{"id": q.ID, "speaker": q.Speaker, "text": q.Text})
		checkID(ps, q.line, "quote", q.ID, quoteIDs)
		_, known := ids[q.Speaker]
		if q.Speaker != "" && !known {
			ps.add(q.keys.at("speaker", q.line), "%s: speaker %q is not the id of an entity in this file%s", what, q.Speaker, didYouMean(nearestIDs(q.Speaker, ids)))
		}
		quote := Quote{Article: art.ID, ID: q.ID, Speaker: q.Speaker, Text: q.Text, Paragraph: q.Paragraph, Topics: q.Topics}
		if q.Paragraph == 0 {
			ps.add(q.line, "%s: paragraph is missing", what)
		} else if text, ok := art.Paragraph(q.Paragraph); ok {
			if q.Text != "" && !strings.Contains(FoldSpace(text), FoldSpace(q.Text)) {
				ps.add(q.keys.at("text", q.line), "%s: the words are not in ¶%d (compared after folding case, white space and quotes); closest there: %q", what, q.Paragraph, closestPassage(text, q.Text))
			}
			if listed, line := speakerLists(f.Entities, q.Speaker, q.Paragraph); known && !listed {
				ps.warn(q.keys.at("paragraph", q.line), "%s: ¶%d is not among the paragraphs of its speaker %s (line %d); add it there", what, q.Paragraph, q.Speaker, line)
			}
		} else {
			checkPara(q.keys.at("paragraph", q.line), what, q.Paragraph)
		}
		if q.Date != "" {
			d, err := ParseDate(q.Date)
			if err != nil {
				ps.add(q.keys.at("date", q.line), "%s: date: %v", what, err)
			}
			checkYear(ps, q.keys.at("date", q.line), what+": date", d)
			d.Approximate = q.Approximate
			quote.Date = &d
		} else if q.Approximate {
			ps.add(q.keys.at("approximate", q.line), "%s: approximate says how loose the date is, but the quote has no date", what)
		}
		src.Quotes = append(src.Quotes, quote)
	}
	for _, s := range f.Synonyms {
		if len(s.Terms) < 2 {
			ps.add(s.line, "synonyms: a group needs at least two words")
		}
		src.Synonyms = append(src.Synonyms, s.Terms)
	}
	return src
}

// speakerLists reports whether the entity id lists paragraph n, and the
// line of its paragraphs.
func speakerLists(entities []entityYAML, id string, n int) (bool, int) {
	for _, e := range entities {
		if e.ID == id {
			return slices.Contains(e.Paragraphs, n), e.keys.at("paragraphs", e.line)
		}
	}
	return false, 0
}

func required(ps *problems, line int, what string, fields map[string]string) {
	keys := make([]string, 0, len(fields))
	for k := range fields {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		if strings.TrimSpace(fields[k]) == "" {
			ps.add(line, "%s: %s is missing", what, k)
		}
	}
}

func checkID(ps *problems, line int, what, id string, seen map[string]int) {
	if id == "" {
		return
	}
	if !slug.MatchString(id) {
		ps.add(line, "%s %s: id must be lowercase letters, digits and dashes", what, id)
	}
	if first, dup := seen[id]; dup {
		ps.add(line, "%s %s: duplicate id (first at line %d)", what, id, first)
		return
	}
	seen[id] = line
}

func sortedUnique(ns []int) []int {
	out := append([]int(nil), ns...)
	sort.Ints(out)
	j := 0
	for i, n := range out {
		if i == 0 || n != out[j-1] {
			out[j] = n
			j++
		}
	}
	return out[:j]
}

func sortStrings(s []string) { sort.Strings(s) }
