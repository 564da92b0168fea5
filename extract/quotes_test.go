package extract

import (
	"strings"
	"testing"
	"time"
)

// draftOf drafts text published on Thursday 2026-03-05.
func draftOf(t *testing.T, text string) *Draft {
	t.Helper()
	d, err := Extract(text, Options{Published: time.Date(2026, 3, 5, 0, 0, 0, 0, time.UTC), ID: "t", TextPath: "t.txt"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Load(d, text); err != nil {
		t.Fatalf("draft does not validate: %v", err)
	}
	return d
}

func TestSieves(t *testing.T) {
	tests := []struct {
		name, text string
		quote      string // words of the quote to look at
		speaker    string // entity name, "" for unattributed
		sieve      string // a part of the sieve's name
	}{
		{"quote, X said", `"We will win," club captain Anna Kowalski said.`, "We will win", "Anna Kowalski", "X said"},
		{"quote, said X", `"We will win," said Anna Kowalski.`, "We will win", "Anna Kowalski", "said X"},
		{"quote, said X, apposition", `"We will win," said Dr. Anna Kowalski, a surgeon who leads the team.`, "We will win", "Anna Kowalski", "said X"},
		{"X said: quote", `Anna Kowalski said: "We will win."`, "We will win.", "Anna Kowalski", "X said"},
		{"X, apposition, said that quote", `Anna Kowalski, the club's captain since 2019, said that the team was "ready to win."`, "ready to win.", "Anna Kowalski", "X said"},
		{"name in an apposition", `The club's captain, Anna Kowalski, said the team was "ready."`, "ready.", "Anna Kowalski", "X said"},
		{"person of an organisation", `Professor Anna Kowalski of the Warsaw Institute, who was not involved, called it "a landmark."`, "a landmark.", "Anna Kowalski", "called"},
		{"organisation said", `The Ministry of Transport said on Friday that it was "ready to talk."`, "ready to talk.", "Ministry of Transport", "X said"},
		{"has repeatedly stated", `The Ministry of Transport has repeatedly stated that the "deal is dead."`, "deal is dead.", "Ministry of Transport", "stated"},
		{"began to say", `Russian authorities began to say that Kyiv should recognise "real reality."`, "real reality.", "Russian authorities", "say"},
		{"participle", `Anna Kowalski thanked the fans, saying the title was "for them."`, "for them.", "Anna Kowalski", "saying"},
		{"coordination", `Club president Anna Kowalski called it "a statement" and said the team would "welcome the challenge."`, "welcome the challenge.", "Anna Kowalski", "and"},
		{"which said", `Strikes are planned, according to the European Transport Federation, which said they were "a warning."`, "a warning.", "European Transport Federation", "which"},
		{"according to, after", `"Prices will rise," according to Anna Kowalski, an economist.`, "Prices will rise", "Anna Kowalski", "according to"},
		{"according to, before", `According to Anna Kowalski, prices are "out of control."`, "out of control.", "Anna Kowalski", "according to"},
		{"British single quotes", "‘We will win,’ said Anna Kowalski. ‘The fans’ support matters.’", "The fans’ support matters.", "Anna Kowalski", "continues"},
		{"told an outlet", `"Prices will rise," Anna Kowalski told Reuters on Monday.`, "Prices will rise", "Anna Kowalski", "X said"},
		{"apposition between quote and verb", `"We will win," Anna Kowalski, the club's captain, said.`, "We will win", "Anna Kowalski", "X said"},
		{"adding that", `"We will win," Anna Kowalski said, adding that the title was "for the fans."`, "for the fans.", "Anna Kowalski", "adding"},
		{"continuation", `"We will win," Anna Kowalski said. "Nobody can stop us."`, "Nobody can stop us.", "Anna Kowalski", "continues"},
		{"typographic marks", "“We will win,” said Anna Kowalski.", "We will win", "Anna Kowalski", "said X"},
		{"speech noun", `In a statement, Anna Kowalski thanked the fans for their "loyalty."`, "loyalty.", "Anna Kowalski", "speech"},
		{"role noun", "Club president Anna Kowalski spoke first.\n\n\"It was a fine season,\" the club president added.", "It was a fine season", "Anna Kowalski", "the president"},
		{"pronoun across a paragraph", "Union leader Tomás Okafor rejected the offer on Monday.\n\n\"It is an insult,\" he said.", "It is an insult", "Tomás Okafor", "he/she"},
		{"pronoun skips the other gender", "Anna Kowalski spoke after the vote. Mr. Piotr Nowak disagreed.\n\n\"It is a mistake,\" she said.", "It is a mistake", "Anna Kowalski", "he/she"},
		{"pronoun takes the subject, not the last name", "Mykhailo Podolyak said Ukraine would meet no one but Vladimir Putin.\n\n\"There is no doubt,\" he said.", "There is no doubt", "Mykhailo Podolyak", "he/she"},
		{"it said", "The Ministry of Transport rejected the plan.\n\n\"It is unaffordable,\" it said.", "It is unaffordable", "Ministry of Transport", "he/she"},
		{"open quote goes on in the next paragraph", "\"Prices rose,\" Anna Kowalski said. \"Drivers are no different.\n\n\"We ask for nothing more.\"", "We ask for nothing more.", "Anna Kowalski", "continues"},
		{"scare quote, no speaker", `The Ministry of Transport's plan was a "restart" of the talks.`, "restart", "", "no speech verb"},
		{"pronoun with no one to resolve to", `"We will win," he said.`, "We will win", "", "no speech verb"},
		{"a spokesman is no one", "Anna Kowalski left early.\n\n\"No comment,\" a spokesman said.", "No comment", "", "no speech verb"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, tc.text)
			names := map[string]string{}
			for _, e := range d.Entities {
				names[e.ID] = e.Name
			}
			for _, q := range append(d.Quotes, d.Unassigned...) {
				if q.Text != tc.quote {
					continue
				}
				if got := names[q.Speaker]; got != tc.speaker {
					t.Errorf("speaker %q (sieve %q), want %q", got, q.Sieve, tc.speaker)
				}
				if !strings.Contains(q.Sieve, tc.sieve) {
					t.Errorf("sieve %q, want one with %q", q.Sieve, tc.sieve)
				}
				return
			}
			t.Errorf("no quote %q among %+v %+v", tc.quote, d.Quotes, d.Unassigned)
		})
	}
}
