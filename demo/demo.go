// Package demo holds marsad's bundled sample corpus: short Arabic news
// articles written by the marsad authors for demonstrations and smoke tests.
// The facts are modelled on real events; the wording is the authors' own.
package demo

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/marsad-project/marsad"
)

//go:embed corpus/*.txt
var corpus embed.FS

// Published gives the publication date of each sample article.
var published = map[string]string{
	"001_baghdad_talks":  "2021-04-27",
	"002_base_attack":    "2021-07-08",
	"003_beirut_protest": "2021-08-05",
}

// Documents returns the sample articles, sorted by id. The first line of
// each file is its title.
func Documents() ([]marsad.Document, error) {
	names, err := fs.Glob(corpus, "corpus/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	docs := make([]marsad.Document, 0, len(names))
	for _, name := range names {
		b, err := corpus.ReadFile(name)
		if err != nil {
			return nil, err
		}
		id := strings.TrimSuffix(path.Base(name), ".txt")
		text := string(b)
		title, _, _ := strings.Cut(text, "\n")
		docs = append(docs, marsad.Document{ID: id, Title: strings.TrimSpace(title), Published: published[id], Source: "marsad-demo", Text: text})
	}
	return docs, nil
}
