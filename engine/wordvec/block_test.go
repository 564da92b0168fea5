package wordvec

import "testing"

// A Block's vectors are its words' own: the same cosines, to the bit.
func TestBlockHoldsTheSameVectors(t *testing.T) {
	vs, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	words := []string{"harbour", "ship", "minister", "the", "budget", "war"}
	var vecs []Vec
	for _, w := range words {
		v, ok := vs.Vector(w)
		if !ok {
			t.Fatalf("no vector for %q", w)
		}
		vecs = append(vecs, v)
	}
	tests := []struct {
		name string
		vecs []Vec
	}{
		{"none", nil},
		{"one", vecs[:1]},
		{"several", vecs},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBlock(tt.vecs)
			if b.Len() != len(tt.vecs) {
				t.Fatalf("Len() = %d, want %d", b.Len(), len(tt.vecs))
			}
			for i, v := range tt.vecs {
				for _, u := range vecs {
					if got, want := u.Cosine(b.At(i)), u.Cosine(v); got != want {
						t.Errorf("vector %d: cosine %v, want %v", i, got, want)
					}
				}
				if b.At(i).q != v.q || b.At(i).scale != v.scale {
					t.Errorf("vector %d differs from its word's", i)
				}
			}
		})
	}
}
