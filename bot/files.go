package bot

import (
	"bytes"
	"encoding/json"

	"github.com/bwmarrin/discordgo"
)

// files are the message's files as discordgo uploads them, each with a
// reader of its own: a reader is spent by one upload.
func (o outgoing) files() []*discordgo.File {
	if len(o.msg.Files) == 0 {
		return nil
	}
	out := make([]*discordgo.File, len(o.msg.Files))
	for i, f := range o.msg.Files {
		out[i] = &discordgo.File{Name: f.Name, ContentType: f.ContentType, Reader: bytes.NewReader(f.Data)}
	}
	return out
}

// attachmentRef lists an uploaded file in a message's attachments: id is
// the n of its files[n] part. discordgo's MessageAttachment would send a
// dozen empty fields besides.
type attachmentRef struct {
	ID       string `json:"id"`
	Filename string `json:"filename"`
}

func attachmentRefs(files []*discordgo.File) []attachmentRef {
	out := make([]attachmentRef, len(files))
	for i, f := range files {
		out[i] = attachmentRef{ID: itoa(i), Filename: f.Name}
	}
	return out
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// requestBody encodes a callback, edit or follow-up: as JSON, or, when it
// carries files, as multipart/form-data with the message in payload_json
// and each file in files[n] (Discord's "Uploading Files"). The message then
// lists the files in its attachments: an edit keeps only the files listed
// there, so a page turn replaces the picture rather than adding another.
func requestBody(body any) (contentType string, b []byte, err error) {
	var files []*discordgo.File
	payload := body
	switch v := body.(type) {
	case *discordgo.InteractionResponse:
		if v.Data != nil && len(v.Data.Files) > 0 {
			files = v.Data.Files
			payload = struct {
				Type discordgo.InteractionResponseType `json:"type"`
				Data any                               `json:"data"`
			}{v.Type, struct {
				*discordgo.InteractionResponseData
				Attachments []attachmentRef `json:"attachments"`
			}{v.Data, attachmentRefs(files)}}
		}
	case *discordgo.WebhookEdit:
		if len(v.Files) > 0 {
			files = v.Files
			payload = struct {
				*discordgo.WebhookEdit
				Attachments []attachmentRef `json:"attachments"`
			}{v, attachmentRefs(files)}
		}
	case *discordgo.WebhookParams:
		if len(v.Files) > 0 {
			files = v.Files
			payload = struct {
				*discordgo.WebhookParams
				Attachments []attachmentRef `json:"attachments"`
			}{v, attachmentRefs(files)}
		}
	}
	if len(files) == 0 {
		b, err = json.Marshal(body)
		return "application/json", b, err
	}
	return discordgo.MultipartBodyWithJSON(payload, files)
}
