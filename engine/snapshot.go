package engine

import (
	"bufio"
	"context"
	"encoding/gob"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/coveragebot/coveragebot/knowledge"
)

// snapshotFile, beside the index, keeps what a restart would otherwise read,
// validate and analyze again: the sources and every article's part. It is
// used only while every fact base and text it was made from is unchanged
// (same path, size and modification time) and the index's manifest is the
// one it was made with, so a restart with nothing changed costs reading it.
const snapshotFile = "coveragebot.snapshot"

// snapshotVersion changes whenever the snapshot's layout or the analysis
// behind a part changes.
const snapshotVersion = "coveragebot-snapshot-2"

// snapshot is the file's first gob message, without Sources and Parts: the
// Articles messages that follow, one snapArticle each, fill them in. One
// message per article, rather than one for everything, is what lets the
// writer hold one article's encoding at a time instead of the whole file's.
type snapshot struct {
	Version  string
	Files    []fileStamp // every fact base and text, in load order
	Terms    []string    // the term table, id order
	Articles int         // how many snapArticle messages follow
	Sources  []*knowledge.Source
	Parts    []snapPart
}

// snapArticle is one article's source and part.
type snapArticle struct {
	Source *knowledge.Source
	Part   snapPart
}

type fileStamp struct {
	Path    string
	Size    int64
	ModTime int64
}

type snapPart struct {
	Article, Hash     string
	Paras             []snapPara
	DF                map[uint32]int32
	Words             map[string]string
	InCompound, Alone []uint32
	Quoted            map[int][]string
	Events            [][]uint32
	EventsAt          map[int][]int32
	Groups            []snapGroup
}

type snapPara struct {
	Terms   []uint32
	Sents   []snapSent
	Figures uint8
}

type snapSent struct {
	Start, End int32
	Terms      []uint32
	Vec        []int8
	Scale      float32
}

type snapGroup struct {
	Alts   [][]string
	Entity int // index in its source's Entities
}

// stamps returns the files the sources were read from, with their size and
// modification time, or false when one cannot be stated.
func stamps(facts []string, sources []*knowledge.Source) ([]fileStamp, bool) {
	var paths []string
	paths = append(paths, facts...)
	for _, s := range sources {
		paths = append(paths, s.Article.Path)
	}
	out := make([]fileStamp, 0, len(paths))
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, false
		}
		out = append(out, fileStamp{Path: p, Size: fi.Size(), ModTime: fi.ModTime().UnixNano()})
	}
	return out, true
}

// loadSnapshot returns the snapshot at dir when it was made from exactly the
// files named (fact bases then texts, as stamps lists them).
func loadSnapshot(dir string, facts []string) (*snapshot, bool) {
	f, err := os.Open(filepath.Join(dir, snapshotFile))
	if err != nil {
		return nil, false
	}
	defer f.Close()
	dec := gob.NewDecoder(bufio.NewReaderSize(f, 1<<20))
	var snap snapshot
	if err := dec.Decode(&snap); err != nil || snap.Version != snapshotVersion || snap.Articles < 0 {
		return nil, false
	}
	snap.Sources = make([]*knowledge.Source, 0, snap.Articles)
	snap.Parts = make([]snapPart, 0, snap.Articles)
	for range snap.Articles {
		var a snapArticle
		if err := dec.Decode(&a); err != nil || a.Source == nil || a.Source.Article == nil {
			return nil, false
		}
		snap.Sources = append(snap.Sources, a.Source)
		snap.Parts = append(snap.Parts, a.Part)
	}
	now, ok := stamps(facts, snap.Sources)
	if !ok || len(now) != len(snap.Files) {
		return nil, false
	}
	for i := range now {
		if now[i] != snap.Files[i] {
			return nil, false
		}
	}
	return &snap, true
}

// saveSnapshot writes the snapshot of an engine loaded from facts, through a
// temporary file renamed into place, so that a reader never sees half.
func saveSnapshot(dir string, facts []string, e *Engine) error {
	files, ok := stamps(facts, e.sources)
	if !ok {
		return errors.New("snapshot: a source file cannot be stated")
	}
	snap := snapshot{Version: snapshotVersion, Files: files, Articles: len(e.sources)}
	e.store.tt.mu.RLock()
	snap.Terms = append([]string(nil), e.store.tt.terms...)
	e.store.tt.mu.RUnlock()
	tmp, err := os.CreateTemp(dir, snapshotFile+".*")
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	w := bufio.NewWriterSize(tmp, 1<<20)
	enc := gob.NewEncoder(w)
	err = enc.Encode(&snap)
	for _, s := range e.sources {
		if err != nil {
			break
		}
		err = enc.Encode(&snapArticle{Source: s, Part: toSnap(e.vocab.parts[s.Article.ID], s)})
	}
	if err == nil {
		err = w.Flush()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), filepath.Join(dir, snapshotFile))
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("snapshot: %w", err)
	}
	return nil
}

func toSnap(p *part, s *knowledge.Source) snapPart {
	sp := snapPart{Article: p.article, Hash: p.hash, DF: p.df, Words: p.words, Quoted: map[int][]string{}, EventsAt: p.eventsAt}
	for _, pi := range p.paras {
		spp := snapPara{Terms: pi.terms, Figures: pi.figures}
		for _, st := range pi.sents {
			spp.Sents = append(spp.Sents, snapSent{Start: st.start, End: st.end, Terms: st.terms, Vec: st.vec.q, Scale: st.vec.scale})
		}
		sp.Paras = append(sp.Paras, spp)
	}
	for id := range p.inCompound {
		sp.InCompound = append(sp.InCompound, id)
	}
	for id := range p.alone {
		sp.Alone = append(sp.Alone, id)
	}
	for n, who := range p.quoted {
		for w := range who {
			sp.Quoted[n] = append(sp.Quoted[n], w)
		}
	}
	for _, ev := range p.events {
		sp.Events = append(sp.Events, ev.terms)
	}
	for _, g := range p.groups {
		idx := -1
		for i := range s.Entities {
			if &s.Entities[i] == g.entity {
				idx = i
			}
		}
		sp.Groups = append(sp.Groups, snapGroup{Alts: g.alts, Entity: idx})
	}
	return sp
}

func fromSnap(sp snapPart, s *knowledge.Source) *part {
	p := &part{article: sp.Article, hash: sp.Hash, df: sp.DF, words: sp.Words, eventsAt: sp.EventsAt,
		inCompound: map[uint32]bool{}, alone: map[uint32]bool{}, quoted: map[int]map[string]bool{}}
	for n, spp := range sp.Paras {
		pi := &paraInfo{text: s.Article.Paragraphs[n], terms: spp.Terms, figures: spp.Figures}
		for _, ss := range spp.Sents {
			pi.sents = append(pi.sents, sentInfo{start: ss.Start, end: ss.End, terms: ss.Terms, vec: packedVector{q: ss.Vec, scale: ss.Scale}})
		}
		p.paras = append(p.paras, pi)
	}
	for _, id := range sp.InCompound {
		p.inCompound[id] = true
	}
	for _, id := range sp.Alone {
		p.alone[id] = true
	}
	for n, who := range sp.Quoted {
		p.quoted[n] = map[string]bool{}
		for _, w := range who {
			p.quoted[n][w] = true
		}
	}
	for _, ev := range sp.Events {
		p.events = append(p.events, eventTerms{terms: ev})
	}
	for _, g := range sp.Groups {
		if g.Entity >= 0 && g.Entity < len(s.Entities) {
			p.groups = append(p.groups, namedGroup{alts: g.Alts, entity: &s.Entities[g.Entity]})
		}
	}
	return p
}

// reopen builds the engine from a snapshot over the index at path, when the
// index holds exactly what the snapshot was made with; false when anything
// differs, and the caller loads afresh.
func reopen(ctx context.Context, snap *snapshot, path string) (*Engine, bool) {
	lex, err := loadLexicon()
	if err != nil {
		return nil, false
	}
	st, err := openStore(path, lex)
	if err != nil {
		return nil, false
	}
	if len(st.manifest.Articles) != len(snap.Parts) {
		st.index.Close()
		return nil, false
	}
	for i, s := range snap.Sources {
		m, ok := st.manifest.Articles[s.Article.ID]
		if !ok || m.Hash != indexHash(s) || snap.Parts[i].Article != s.Article.ID {
			st.index.Close()
			return nil, false
		}
	}
	st.tt = &termTable{ids: make(map[string]uint32, len(snap.Terms)), terms: snap.Terms}
	for id, t := range snap.Terms {
		st.tt.ids[t] = uint32(id)
	}
	for _, s := range snap.Sources {
		s.Restamp() // the snapshot was checked against these very files
	}
	parts := make([]*part, len(snap.Parts))
	for i, sp := range snap.Parts {
		parts[i] = fromSnap(sp, snap.Sources[i])
		st.parts[sp.Article] = parts[i]
	}
	if ctx.Err() != nil {
		st.index.Close()
		return nil, false
	}
	return st.newEngine(snap.Sources, parts, 0), true
}
