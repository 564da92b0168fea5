package engine

import (
	"testing"

	"github.com/coveragebot/coveragebot/knowledge"
)

// TestOccupation holds that a question asking what someone does for a
// living in the reader's words ("for a living", "for work", "his job") is
// answered only by a paragraph that sets a noun for what they are beside
// their name, not by one that names them doing something else: "Vranck, a
// former secondary school headteacher" tells the mayor's work, "her son
// Piet Doren, 44" tells none, and "Sergeant Hella Brandt" is a title. A
// "place" or a "job" of no one asks no such thing. What someone does as
// a habit ("what does she do") is their work; what one wants another to
// do is not.
func TestOccupation(t *testing.T) {
	const facts = "../knowledge/testdata/"
	for _, tt := range []struct {
		facts, article, question string
		occupation               bool
		gives                    map[int]bool // by paragraph
	}{
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "what did he do for a living before politics", true, map[int]bool{16: true, 4: false, 3: false}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "what is vranck's job", true, map[int]bool{16: true, 8: false}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "what does dessauer do for work", true, map[int]bool{8: true}},
		{"ennis-hill-landslide/ennis-hill-landslide.yaml", "ennis-hill-landslide", "what does piet doren do for work", true, map[int]bool{5: false, 6: false, 7: false}},
		{"ennis-hill-landslide/ennis-hill-landslide.yaml", "ennis-hill-landslide", "what does agnes doren do for a living", true, map[int]bool{6: true, 7: false}},
		{"keldon-meteorite/keldon-meteorite.yaml", "keldon-meteorite", "whats brandt's job", true, map[int]bool{14: true, 15: false}},
		{"keldon-meteorite/keldon-meteorite.yaml", "keldon-meteorite", "what does roald pessar do for a living", true, map[int]bool{3: true, 4: false}},
		{"keldon-meteorite/keldon-meteorite.yaml", "keldon-meteorite", "what kind of work does joren malk do", true, map[int]bool{11: true, 13: false}},
		{"keldon-meteorite/keldon-meteorite.yaml", "keldon-meteorite", "what does ilse varenko do", true, map[int]bool{7: true, 8: false}},
		{"brackwell-school-week/brackwell-school-week.yaml", "brackwell-school-week", "what does she want the ministry to do", false, nil},
		// A possessive says whose the role is ("Brenmoor Line's chief
		// executive"), but not in a phrase after the noun ("a
		// spokeswoman for the prosecutor's office"); a noun before a
		// participle is the role ("a 31-year-old teacher travelling");
		// one who runs a hotel works there.
		{"dravik-ferry-fire/dravik-ferry-fire.yaml", "dravik-ferry-fire", "what does oskar tenvall do for a living", true, map[int]bool{4: true}},
		{"dravik-ferry-fire/dravik-ferry-fire.yaml", "dravik-ferry-fire", "what does lars wendholm do for a living", true, map[int]bool{19: true}},
		{"dravik-ferry-fire/dravik-ferry-fire.yaml", "dravik-ferry-fire", "what does sana quill do for a living", true, map[int]bool{14: true}},
		{"dravik-ferry-fire/dravik-ferry-fire.yaml", "dravik-ferry-fire", "what does mirela voss do for a living", true, map[int]bool{25: true}},
		{"corvey-mayor-bribery/corvey-mayor-bribery.yaml", "corvey-mayor-bribery", "what does lena fauck do for a living", true, map[int]bool{28: true}},
		// Of no one the fact base knows, the question is read as its
		// words: what the coverage says of a "dad" it never names.
		{"keldon-meteorite/keldon-meteorite.yaml", "keldon-meteorite", "what does the dad do for a living", false, nil},
		{"quillan-exams/quillan-exams.yaml", "quillan-exams", "what did police take from his place", false, nil},
		{"brackwell-school-week/brackwell-school-week.yaml", "brackwell-school-week", "do teachers get paid less for working 4 days", false, nil},
	} {
		t.Run(tt.question, func(t *testing.T) {
			e := newEngine(t, []string{facts + tt.facts}, "")
			q := e.read(tt.question)
			if q.occupation != tt.occupation {
				t.Fatalf("occupation = %v, want %v", q.occupation, tt.occupation)
			}
			for p, want := range tt.gives {
				if got := e.givesOccupation(q, knowledge.Ref{Article: tt.article, Paragraph: p}); got != want {
					t.Errorf("givesOccupation(¶%d) = %v, want %v", p, got, want)
				}
			}
		})
	}
}
