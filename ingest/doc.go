// Package ingest reads news into marsad's documents: plain text, JSON Lines
// and JSON arrays, HTML pages, RSS and Atom feeds, WARC web archives, TREC
// XML (the ANT corpus), and any of these inside directories, tar, zip, gzip,
// xz or bzip2 archives, or on standard input.
//
// Walk chooses the reader of every input by its content, not only by its
// name: a file that starts with the gzip magic is decompressed whatever it is
// called, one that starts with '{' is JSON Lines, one with <rss or <feed is a
// feed. Every document comes with its origin, which names where it came from:
//
//	notes.txt                              a plain-text file: one document
//	docs.jsonl:12                          line 12 of a JSON Lines file
//	crawl.warc.gz#48213                    the WARC record at byte 48213
//	ant.tar.xz:world/SK-1.txt              a member of an archive
//	2015-07-21.zip:2015-07-21.json:3051    the object on line 3051 of a member
//	feed.xml#3                             the fourth item of a feed
//
// A JSON Lines file maps its fields onto a document's with Options.Fields:
//
//	{"content": "وصل وزير الخارجية إلى بغداد", "date": "2021-07-23"}
//
// with Fields{"text": "content", "published": "date"} is the document
// {Text: "وصل وزير الخارجية إلى بغداد", Published: "2021-07-23"}. Without a
// mapping, a field a document needs is looked up under its own name and then
// under common alternatives (content, body, date, date_extracted, link …).
//
// A bad record (a broken JSON line, an HTML page without text, a truncated
// archive) is reported as a *marsad.PositionError naming the file and line,
// or the byte offset, and reading goes on with the next record unless
// Options.Strict is set.
package ingest
