// Package marsad holds the domain of marsad, a coder that turns Arabic news
// into political event data: the records it writes (documents, entities,
// events, quotes, quantities), the spans that tie every record to the words
// it came from, and the errors shared by its packages.
//
// The root package imports only the standard library. Each dependency lives in
// a package of its own (arabic/ for the text layer, cmd/marsad for wiring), so
// the types here can be used by every stage without pulling in the others.
//
// The invariant of every record: doc.Text[r.Start:r.End] == r.Text.
package marsad

// Span is a half-open range of byte offsets [Start, End) into a document's
// original text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// In returns the text the span covers in src, or "" when the span does not
// fit src. It is meant for assertions: span.In(doc.Text) == record.Text.
func (s Span) In(src string) string {
	if s.Start < 0 || s.End < s.Start || s.End > len(src) {
		return ""
	}
	return src[s.Start:s.End]
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Document is one news item as marsad reads it. Text is never rewritten:
// every offset in the records coded from it points into Text.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"` // ISO 8601 date or date-time
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Text      string `json:"text"`
}

// Entity kinds.
const (
	KindPerson   = "PER"
	KindOrg      = "ORG"
	KindLocation = "LOC"
	KindGPE      = "GPE"
	KindMisc     = "MISC"
)

// Entity is a named mention found in a document.
type Entity struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Kind    string `json:"kind"` // PER, ORG, LOC, GPE or MISC
	Name    string `json:"name,omitempty"`
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
}

// Actor is a participant of an event or the speaker of a quote. Code is a
// CAMEO-style actor code: a country (ISO 3166 alpha-3) followed by an agent
// (GOV, MIL, REB …), e.g. "IRQGOV".
type Actor struct {
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Code    string `json:"code,omitempty"`
	Country string `json:"country,omitempty"`
	Agent   string `json:"agent,omitempty"`
	Name    string `json:"name,omitempty"` // canonical English name, where known
}

// Location is the place an event happened.
type Location struct {
	Text    string  `json:"text"`
	Start   int     `json:"start"`
	End     int     `json:"end"`
	Name    string  `json:"name,omitempty"`
	Country string  `json:"country,omitempty"`
	Lat     float64 `json:"lat,omitempty"`
	Lon     float64 `json:"lon,omitempty"`
}

// Trigger is the word or phrase that signals an event.
type Trigger struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// SentenceRef locates the sentence an event was coded from.
type SentenceRef struct {
	Index int `json:"index"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Modality values of an event.
const (
	ModalityAsserted     = "asserted"
	ModalityReported     = "reported"
	ModalityFuture       = "future"
	ModalityConditional  = "conditional"
	ModalityHypothetical = "hypothetical"
)

// Event is one coded interaction: who did what to whom, when and where.
// Type is a PLOVER event type (CONSULT, ASSAULT …); CAMEO, Goldstein and
// QuadClass carry the older CAMEO coding of the same event.
type Event struct {
	ID         string    `json:"id"`
	Type       string    `json:"type"`
	Mode       string    `json:"mode"`
	Context    []string  `json:"context"`
	CAMEO      string    `json:"cameo"`
	Goldstein  float64   `json:"goldstein"`
	QuadClass  int       `json:"quad_class"`
	Source     *Actor    `json:"source"`
	Target     *Actor    `json:"target"`
	Location   *Location `json:"location"`
	Date       string    `json:"date"` // "2021-07-23", "2021-07", "2021" or ""
	DateText   string    `json:"date_text"`
	Negated    bool      `json:"negated"`
	Historical bool      `json:"historical"`
	Modality   string    `json:"modality"`
	// Confidence, from 0 to 1, is how surely the sentence reports the
	// event as its own news rather than naming it in passing: counts of
	// the dead, several words for the same act, a verb rather than a noun
	// and a day named raise it. Filter on it for precision.
	Confidence float64     `json:"confidence"`
	Trigger    Trigger     `json:"trigger"`
	Sentence   SentenceRef `json:"sentence"`
	Rule       string      `json:"rule"`
	// Evidence lists every trigger in the document that coded this same
	// event (type, source, target, date and location), the first included:
	// a document that reports one meeting three times yields one event
	// with three pieces of evidence.
	Evidence []Trigger `json:"evidence,omitempty"`
}

// Quote is reported speech with its speaker, when one could be resolved.
type Quote struct {
	Speaker *Actor `json:"speaker"`
	Text    string `json:"text"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Verb    string `json:"verb,omitempty"`
}

// Quantity is a counted amount: troops, dead, dollars, missiles.
type Quantity struct {
	Value float64 `json:"value"`
	Unit  string  `json:"unit"`
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	About *Actor  `json:"about"`
}

// Coded is everything marsad codes from one document: one line of
// `marsad code` output.
type Coded struct {
	Doc        Document   `json:"doc"`
	Entities   []Entity   `json:"entities"`
	Events     []Event    `json:"events"`
	Quotes     []Quote    `json:"quotes"`
	Quantities []Quantity `json:"quantities"`
}
