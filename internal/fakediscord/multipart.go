package fakediscord

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"regexp"
)

// File is one file a request uploaded: a files[n] part of a
// multipart/form-data body.
type File struct {
	Field       string // the part's name, files[n]
	Name        string // its filename, which embeds refer to as attachment://Name
	ContentType string
	Data        []byte
}

// Discord's limits on uploads, from its developer docs ("Uploading Files"
// and Create Message's limitations).
const (
	maxRequestBytes = 25 << 20 // the whole request
	maxFiles        = 10
)

var fileField = regexp.MustCompile(`^files\[\d+\]$`)

// multipartBody splits a multipart/form-data body as Discord reads it: the
// message is the JSON of the payload_json part, each files[n] part is a
// file. It returns why Discord would refuse the body, if it would.
func multipartBody(raw []byte, boundary string) (payload []byte, files []File, problems []string) {
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	mr := multipart.NewReader(bytes.NewReader(raw), boundary)
	seen := map[string]bool{}
	for {
		p, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			bad("multipart body: %v", err)
			return nil, files, problems
		}
		data, err := io.ReadAll(p)
		if err != nil {
			bad("part %q: %v", p.FormName(), err)
			return nil, files, problems
		}
		name := p.FormName()
		switch {
		case name == "payload_json":
			payload = data
		case fileField.MatchString(name):
			if seen[name] {
				bad("%s: sent twice", name)
			}
			seen[name] = true
			if p.FileName() == "" {
				bad("%s: no filename in its Content-Disposition", name)
			}
			files = append(files, File{Field: name, Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		default:
			bad("%s: a part this fake does not read (only payload_json and files[n])", name)
		}
	}
	if payload == nil {
		bad("payload_json: missing (this fake reads the message only from it)")
	}
	if len(files) > maxFiles {
		bad("files: %d, at most %d", len(files), maxFiles)
	}
	return payload, files, problems
}

// isMultipart reports whether a Content-Type is multipart/form-data, and
// its boundary.
func isMultipart(contentType string) (string, bool) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || mt != "multipart/form-data" {
		return "", false
	}
	return params["boundary"], true
}
