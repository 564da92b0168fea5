package knowledge

// Answer is what the coverage says to a question: the best passages, best
// first, or an abstention when nothing in it answers.
type Answer struct {
	Passages  []Passage
	Abstained bool
	// Reason says why the answer abstained, for the reply.
	Reason string
	// ReadAs says how the question was read where the reader may not
	// expect it: "Reading “her” as Lena Strand."
	ReadAs string
}

// Passage is an excerpt of one paragraph: the sentences that answer, and the
// paragraph they come from.
type Passage struct {
	Ref   Ref
	Text  string
	Score float64
}

// EntityMatch is an entity found by a name, alias or role.
type EntityMatch struct {
	Entity Entity
	// Matched is the name, alias or role the query matched.
	Matched string
	Score   float64
	// QuoteCount is how many quotes the fact base attributes to the entity.
	QuoteCount int
}

// Field names what an autocomplete completes.
type Field string

// The fields that autocomplete.
const (
	FieldEntity  Field = "entity"
	FieldSpeaker Field = "speaker"
	FieldTopic   Field = "topic"
	FieldArticle Field = "article"
)

// Completion is one autocomplete choice: Label is shown, Value is sent back.
type Completion struct {
	Label string
	Value string
}
