package engine

import (
	"errors"
	"os"
	"sync"
)

// fileMap is a snapshot file mapped into memory, read only. The columns a
// reopen only slices and a question reads only in part, the articles'
// texts, the sentences' vectors and the term ids of every paragraph and
// sentence, are slices of it instead of copies in the Go heap: at 100,000
// paragraphs some 70 MB that the collector would
// otherwise let grow by half again between collections while serving. Its
// pages are the page cache's, brought in as they are read, and dropped by
// the kernel when it needs the room.
//
// The file is never written in place (saveSnapshot renames a new one over
// it), so the mapping stays valid for as long as it is held, and it is
// held by the store of the engines made from it: released with the index,
// when the last of them is closed, since the sources and parts of every
// engine over that store may be slices of it. Released, the file's pages
// give way to zero pages (see unmapFile): a string of it that outlived the
// store, in a process-wide cache or a reply still being sent, reads as
// zeros rather than faulting. Elsewhere than Linux on amd64 and arm64 the
// columns are read into the heap.
type fileMap struct {
	data []byte
	once sync.Once
	err  error
}

// errNoMap is a platform without mmap: the columns are read into the heap.
var errNoMap = errors.New("memory mapping not supported")

// mapFile maps the first size bytes of f. f may be closed afterwards.
func mapFile(f *os.File, size int64) (*fileMap, error) {
	if size <= 0 || int64(int(size)) != size {
		return nil, errors.New("snapshot: cannot map a file of this size")
	}
	data, err := mmapFile(f, int(size))
	if err != nil {
		return nil, err
	}
	return &fileMap{data: data}, nil
}

// close releases the file's pages: what still reads a slice of it reads
// zeros. Closing a nil map, or one already closed, does nothing.
func (m *fileMap) close() error {
	if m == nil {
		return nil
	}
	m.once.Do(func() {
		m.err = unmapFile(m.data)
		m.data = nil
	})
	return m.err
}
