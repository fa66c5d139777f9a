package ingest

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/marsad-project/marsad"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feed reads an RSS, Atom or RDF feed with gofeed: one document per item,
// its title the item's title, its text the item's content or description
// (whichever is longer) turned from HTML into text, or the title when the
// item has neither; its URL the item's link; its date the item's
// publication (else update) date; its source the feed's title. An item's ID
// is its GUID, else its link; its origin is "feed.xml#N", N counting items
// from 0.
func (w *walker) feed(in *input) error {
	b, err := readAll(in.r)
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	f, err := parseFeed(b)
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	for i, it := range f.Items {
		if it == nil {
			continue
		}
		doc := marsad.Document{
			ID:     strings.TrimSpace(it.GUID),
			Title:  strings.TrimSpace(htmlText(it.Title)),
			URL:    strings.TrimSpace(it.Link),
			Source: strings.TrimSpace(f.Title),
		}
		body := it.Content
		if len(strings.TrimSpace(it.Description)) > len(strings.TrimSpace(body)) {
			body = it.Description
		}
		doc.Text = htmlText(body)
		if doc.Text == "" {
			doc.Text = doc.Title
		}
		d, ok := parseDate(strings.TrimSpace(it.Published))
		switch {
		case ok:
			doc.Published = d // with the zone the feed gave
		case it.PublishedParsed != nil:
			doc.Published = it.PublishedParsed.Format(time.RFC3339)
		case it.UpdatedParsed != nil:
			doc.Published = it.UpdatedParsed.Format(time.RFC3339)
		case it.Published != "":
			doc.Published = strings.TrimSpace(it.Published)
		}
		if doc.ID == "" {
			doc.ID = doc.URL
		}
		for _, f := range []*string{&doc.ID, &doc.Title, &doc.URL, &doc.Source, &doc.Published, &doc.Text} {
			*f = strings.ToValidUTF8(*f, "\uFFFD")
		}
		origin := fmt.Sprintf("%s#%d", in.name, i)
		if doc.Text == "" {
			if err := w.report(bad(in.name, 0, -1, fmt.Errorf("feed item %d: %w", i, ErrNoText))); err != nil {
				return err
			}
			continue
		}
		if err := w.emit(doc, origin); err != nil {
			return err
		}
	}
	return nil
}

// parseFeed parses a feed, turning a panic of the parser into an error.
func parseFeed(b []byte) (f *gofeed.Feed, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("feed: panic: %v", r)
		}
	}()
	f, err = gofeed.NewParser().Parse(bytes.NewReader(b))
	if err != nil {
		return nil, fmt.Errorf("feed: %w", err)
	}
	return f, nil
}

// blockTags end a paragraph in htmlText.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "blockquote": true, "tr": true, "section": true, "article": true, "pre": true, "ul": true, "ol": true, "table": true, "figure": true}

// htmlText turns a fragment of HTML (a feed item's description) into
// text: the text nodes, paragraphs separated by blank lines, runs of
// spaces folded. Text without markup comes back trimmed.
func htmlText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return strings.TrimSpace(s)
	}
	nodes, err := html.ParseFragment(strings.NewReader(s), &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body})
	if err != nil {
		return strings.TrimSpace(s)
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if depth > 256 {
			return
		}
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
		case html.ElementNode:
			switch n.Data {
			case "script", "style", "noscript", "iframe":
				return
			}
			if blockTags[n.Data] {
				flush()
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			flush()
		}
	}
	for _, n := range nodes {
		walk(n, 0)
	}
	flush()
	return strings.Join(paras, "\n\n")
}
