package ingest

import (
	"bytes"
	"errors"
	"fmt"
	nurl "net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"github.com/marsad-project/marsad"
	"github.com/marsad-project/marsad/arabic"
	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/transform"
)

// ErrNoMainText is the error of a web page in which no article text was
// found.
var ErrNoMainText = errors.New("no main text found in the page")

// html reads one web page.
func (w *walker) html(in *input) error {
	b, err := readAll(in.r)
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	doc, err := ParseHTML(b, "", "")
	if err != nil {
		return w.report(bad(in.name, 0, -1, err))
	}
	if doc.ID == "" {
		doc.ID = in.name
	}
	return w.emit(doc, in.name)
}

// ParseHTML reads a web page: its main text (comments, menus and
// boilerplate left out) by go-trafilatura, with go-readability as the
// fallback; its title, site and URL from its metadata; its publication
// date from its metadata, else from a date written in Arabic near the top
// of the page. contentType is the HTTP Content-Type, if known, and pageURL
// the address the page was fetched from, if known. The page is decoded
// from the charset it declares; an undeclared charset that is not UTF-8 is
// taken for windows-1256 when most of its bytes are high (Arabic letters),
// else windows-1252. The document's ID is the page's URL, if known.
func ParseHTML(b []byte, contentType, pageURL string) (marsad.Document, error) {
	root, err := html.Parse(transform.NewReader(bytes.NewReader(b), pageEncoding(b, contentType).NewDecoder()))
	if err != nil {
		return marsad.Document{}, fmt.Errorf("HTML: %w", err)
	}
	var u *nurl.URL
	if pageURL != "" {
		u, _ = nurl.Parse(pageURL)
	}
	arDate := arabicPageDate(root)
	opts := trafilatura.Options{
		OriginalURL:     u,
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
		MaxTreeSize:     200_000,
	}
	var doc marsad.Document
	res, terr := extractSafely(root, opts)
	if terr == nil && res != nil {
		doc.Text = strings.TrimSpace(res.ContentText)
		m := res.Metadata
		doc.Title = m.Title
		doc.Source = m.Sitename
		if doc.Source == "" {
			doc.Source = m.Hostname
		}
		doc.URL = m.URL
		if !m.Date.IsZero() {
			doc.Published = isoTime(m.Date)
		}
	}
	if doc.Text == strings.TrimSpace(doc.Title) {
		doc.Text = "" // only the title: no article
	}
	if doc.Text == "" {
		art, rerr := readabilitySafely(root, u)
		if rerr == nil {
			var sb strings.Builder
			if art.RenderText(&sb) == nil {
				doc.Text = strings.TrimSpace(sb.String())
			}
			if doc.Text == strings.TrimSpace(art.Title()) || doc.Text == strings.TrimSpace(doc.Title) {
				doc.Text = ""
			}
			if doc.Title == "" {
				doc.Title = art.Title()
			}
			if doc.Source == "" {
				doc.Source = art.SiteName()
			}
			if doc.Published == "" {
				if t, err := art.PublishedTime(); err == nil && !t.IsZero() {
					doc.Published = isoTime(t)
				}
			}
		}
	}
	if doc.Text == "" {
		if terr != nil {
			return doc, fmt.Errorf("%w (%v)", ErrNoMainText, terr)
		}
		return doc, ErrNoMainText
	}
	if doc.Published == "" && arDate != "" {
		doc.Published = arDate
	}
	if doc.Published == "" {
		if d := arabicDate(firstBytes(doc.Text, 400)); d != "" {
			doc.Published = d
		}
	}
	if doc.URL == "" {
		doc.URL = pageURL
	}
	doc.ID = doc.URL
	doc.Title = strings.TrimSpace(doc.Title)
	doc.Text = strings.ToValidUTF8(doc.Text, "\uFFFD")
	return doc, nil
}

// extractSafely runs trafilatura, turning a panic of the library on odd
// markup into an error.
func extractSafely(root *html.Node, opts trafilatura.Options) (res *trafilatura.ExtractResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			res, err = nil, fmt.Errorf("trafilatura: panic: %v", r)
		}
	}()
	return trafilatura.ExtractDocument(root, opts)
}

// readabilitySafely runs go-readability, turning a panic into an error.
func readabilitySafely(root *html.Node, u *nurl.URL) (art readability.Article, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("readability: panic: %v", r)
		}
	}()
	return readability.FromDocument(root, u)
}

// pageEncoding returns the character encoding of a page: the one its BOM,
// Content-Type or <meta> declares; else UTF-8 when the bytes are valid
// UTF-8; else windows-1256 when high bytes (Arabic letters in that
// charset) are more than a tenth of the page, else windows-1252.
func pageEncoding(b []byte, contentType string) encoding.Encoding {
	e, name, certain := charset.DetermineEncoding(b, contentType)
	if certain || name != "windows-1252" || declaresCharset(b) {
		return e
	}
	if utf8.Valid(b) {
		return encoding.Nop
	}
	high := 0
	for _, c := range b {
		if c >= 0x80 {
			high++
		}
	}
	if high > len(b)/10 {
		return charmap.Windows1256
	}
	return e
}

// declaresCharset reports whether the start of a page names a charset.
func declaresCharset(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	return bytes.Contains(bytes.ToLower(b), []byte("charset"))
}

// isoTime formats a time as a day when it has no time of day, else as
// RFC 3339.
func isoTime(t time.Time) string {
	if t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 {
		return t.Format("2006-01-02")
	}
	return t.Format(time.RFC3339)
}

// dateHint tells whether an element's class, id or itemprop marks it as
// holding a date.
func dateHint(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if n.Data == "time" {
		return true
	}
	for _, a := range n.Attr {
		switch a.Key {
		case "class", "id", "itemprop":
			v := strings.ToLower(a.Val)
			for _, k := range []string{"date", "time", "publish", "posted", "byline", "tarikh", "dateline"} {
				if strings.Contains(v, k) {
					return true
				}
			}
		}
	}
	return false
}

// arabicPageDate returns the first full date written in Arabic in an
// element marked as a date (<time>, class="date", itemprop="datePublished"
// …), as read by marsad's own date parser; "" when there is none.
func arabicPageDate(root *html.Node) string {
	var found string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if found != "" || depth > 512 {
			return
		}
		if n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style" || n.Data == "noscript") {
			return
		}
		if dateHint(n) {
			if d := arabicDate(nodeText(n, 2000)); d != "" {
				found = d
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(root, 0)
	return found
}

// arabicDate returns the first absolute date to the day in s, or "".
func arabicDate(s string) string {
	if s == "" {
		return ""
	}
	for _, m := range arabic.FindDates(s, nil, time.Time{}) {
		if m.Precision == arabic.Day && !m.Relative {
			return m.ISO()
		}
	}
	return ""
}

// nodeText returns the text under n, at most max bytes.
func nodeText(n *html.Node, max int) string {
	var sb strings.Builder
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if sb.Len() >= max || depth > 256 {
			return
		}
		switch {
		case n.Type == html.TextNode:
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		case n.Type == html.ElementNode && (n.Data == "script" || n.Data == "style"):
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return firstBytes(sb.String(), max)
}

// firstBytes returns at most n bytes of s, cut at a rune boundary.
func firstBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
