package wordvec

import "testing"

// BenchmarkRank looks up words as a question's reading does: most of them
// known, some not (names, misspellings), some capitalised.
func BenchmarkRank(b *testing.B) {
	vs, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	words := []string{"the", "council", "Mayor", "approved", "budget", "xqzzy", "Wesani", "tractor", "blockade", "vineyard", "frost", "retraction", "study", "of", "said", "zzzq"}
	b.ResetTimer()
	for i := range b.N {
		vs.Rank(words[i%len(words)])
	}
}

// BenchmarkRankOf is BenchmarkRank with the words as bytes.
func BenchmarkRankOf(b *testing.B) {
	vs, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	words := [][]byte{[]byte("the"), []byte("council"), []byte("approved"), []byte("xqzzy"), []byte("tractor"), []byte("frost"), []byte("retraction"), []byte("zzzq")}
	b.ResetTimer()
	for i := range b.N {
		vs.RankOf(words[i%len(words)])
	}
}
