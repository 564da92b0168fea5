package extract

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/coveragebot/coveragebot/knowledge"
)

func TestEntities(t *testing.T) {
	tests := []struct {
		name, text string
		want       Entity // ID, Evidence and Paragraphs are not compared when zero
	}{
		{"role noun in front", "Union leader Tomás Okafor rejected the offer.", Entity{Name: "Tomás Okafor", Kind: knowledge.KindPerson, Role: "Union leader", Aliases: []string{"Okafor", "Tomas Okafor"}}},
		{"capitalised title", "Transport Minister Lucia Ferrante said no.", Entity{Name: "Lucia Ferrante", Kind: knowledge.KindPerson, Role: "Transport Minister", Aliases: []string{"Ferrante"}}},
		{"organisation before the role", "Kremlin spokesman Dmitry Peskov declined to say.", Entity{Name: "Dmitry Peskov", Kind: knowledge.KindPerson, Role: "Kremlin spokesman", Affiliation: "kremlin", Aliases: []string{"Peskov"}}},
		{"nationality and title", "Polish Prime Minister Donald Tusk came, and Poland agreed.", Entity{Name: "Donald Tusk", Kind: knowledge.KindPerson, Role: "Polish Prime Minister", Affiliation: "poland", Aliases: []string{"Tusk"}}},
		{"apposition after", "Rafael Oduya, chief executive of Harbour Light Developments, said so.", Entity{Name: "Rafael Oduya", Kind: knowledge.KindPerson, Role: "chief executive of Harbour Light Developments", Affiliation: "harbour-light-developments", Aliases: []string{"Oduya"}}},
		{"apposition before", "A former judge, Paolo Ricci, mediates.", Entity{Name: "Paolo Ricci", Kind: knowledge.KindPerson, Role: "former judge", Aliases: []string{"Ricci"}}},
		{"particle in a name", "Club manager Pieter de Wolff smiled.", Entity{Name: "Pieter de Wolff", Kind: knowledge.KindPerson, Role: "Club manager", Aliases: []string{"de Wolff", "De Wolff"}}},
		{"no accents", "Mayor Zoë Brønsted spoke.", Entity{Name: "Zoë Brønsted", Kind: knowledge.KindPerson, Role: "Mayor", Aliases: []string{"Brønsted", "Zoe Bronsted", "Bronsted"}}},
		{"place before a title", "Kyiv Mayor Vitali Klitschko spoke.", Entity{Name: "Vitali Klitschko", Kind: knowledge.KindPerson, Role: "Kyiv Mayor", Affiliation: "kyiv", Aliases: []string{"Klitschko"}}},
		{"capitalised role noun", "EPA Administrator Lee Zeldin told reporters.", Entity{Name: "Lee Zeldin", Kind: knowledge.KindPerson, Role: "EPA Administrator", Aliases: []string{"Zeldin"}}},
		{"party and state are not a name", "Sen. Maria Delgado, D-New Mexico, wrote the bill.", Entity{Name: "Maria Delgado", Kind: knowledge.KindPerson, Role: "Sen.", Aliases: []string{"Delgado"}}},
		{"initial", "Donald J. Trump spoke.", Entity{Name: "Donald J. Trump", Kind: knowledge.KindPerson, Aliases: []string{"Trump"}}},
		{"title inside an organisation", "The United Nations General Assembly voted.", Entity{Name: "United Nations General Assembly", Kind: knowledge.KindOrganisation}},
		{"Ministry of", "The Ministry of Health and Social Care said so.", Entity{Name: "Ministry of Health and Social Care", Kind: knowledge.KindOrganisation}},
		{"Union", "The National Union of Teachers will strike.", Entity{Name: "National Union of Teachers", Kind: knowledge.KindOrganisation}},
		{"Institute", "The War Institute of Washington think tank said so.", Entity{Name: "War Institute of Washington", Kind: knowledge.KindOrganisation}},
		{"Bank", "The Bank of England raised rates.", Entity{Name: "Bank of England", Kind: knowledge.KindOrganisation}},
		{"club name", "Ashford United beat Northgate City.", Entity{Name: "Ashford United", Kind: knowledge.KindOrganisation}},
		{"descriptor before", "It bought the Portuguese club Estrela do Norte.", Entity{Name: "Estrela do Norte", Kind: knowledge.KindOrganisation}},
		{"nationality and group", "Russian authorities began to say so.", Entity{Name: "Russian authorities", Kind: knowledge.KindOrganisation}},
		{"place cue", "He grew up in São Paulo.", Entity{Name: "São Paulo", Kind: knowledge.KindPlace, Aliases: []string{"Sao Paulo"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := draftOf(t, tc.text)
			for _, e := range d.Entities {
				if e.Name != tc.want.Name {
					continue
				}
				e.ID, e.Evidence, e.Paragraphs = "", "", nil
				if diff := cmp.Diff(tc.want, e); diff != "" {
					t.Errorf("mismatch (-want, +got):\n%s", diff)
				}
				return
			}
			t.Errorf("no entity %q among %+v", tc.want.Name, d.Entities)
		})
	}
}

func TestMentions(t *testing.T) {
	text := "President Volodymyr Zelenskyy spoke.\n\nPutin waited.\n\nZelenskyy said no.\n\nHe met Zelensky on Monday.\n\nZelenskyy's aide laughed."
	d := draftOf(t, text)
	for _, e := range d.Entities {
		if e.Name == "Volodymyr Zelenskyy" {
			if want := []int{1, 3, 4, 5}; !slices.Equal(e.Paragraphs, want) {
				t.Errorf("paragraphs %v, want %v (by surname, a one-letter misspelling and a possessive)", e.Paragraphs, want)
			}
			if !slices.Contains(e.Aliases, "Zelensky") {
				t.Errorf("aliases %v lack the text's spelling Zelensky", e.Aliases)
			}
			return
		}
	}
	t.Fatalf("no Zelenskyy in %+v", d.Entities)
}
