package knowledge

import (
	"io/fs"
	"os"
	"time"
)

// fileStamp is what a reload compares to know a file unchanged: its size
// and modification time, as make does.
type fileStamp struct {
	size    int64
	modTime time.Time
}

func stampOf(path string) (fileStamp, bool) {
	fi, err := os.Stat(path)
	if err != nil {
		return fileStamp{}, false
	}
	return fileStamp{size: fi.Size(), modTime: fi.ModTime()}, true
}

// stampFiles records the fact base's and the text's stamps on a source read
// from the disk, for a later reload to reuse it.
func (s *Source) stampFiles() {
	f, ok1 := stampOf(s.FactsPath)
	t, ok2 := stampOf(s.Article.Path)
	if ok1 && ok2 {
		s.stamps = []fileStamp{f, t}
	}
}

// unchanged reports whether the files a source was read from are as they
// were then; false for a source read from an fs.FS or not stamped.
func (s *Source) unchanged() bool {
	if len(s.stamps) != 2 {
		return false
	}
	f, ok1 := stampOf(s.FactsPath)
	t, ok2 := stampOf(s.Article.Path)
	return ok1 && ok2 && f == s.stamps[0] && t == s.stamps[1]
}

// StampWith records the given size and modification time of the source's
// fact base and text, as Restamp does, from what the caller has just read
// of those files (os.Stat): for a source restored from a snapshot that was
// checked against them.
func (s *Source) StampWith(facts, text fs.FileInfo) {
	s.stamps = []fileStamp{{size: facts.Size(), modTime: facts.ModTime()}, {size: text.Size(), modTime: text.ModTime()}}
}

// Restamp records the current size and modification time of the source's
// fact base and text, as loading it from the disk does: for a source
// restored from a snapshot that was checked against those files, so that a
// later reload can reuse it.
func (s *Source) Restamp() { s.stampFiles() }
