// Package lexicon holds marsad's dictionaries — actors, places, agent words
// and event patterns — as plain text files that analysts edit, and matches
// them against Arabic text.
//
// The files (format in FORMAT.md) are embedded in the binary; Load adds a
// user's directories, whose entries extend or replace the built-in ones.
// Every entry is compiled into one trie over the text layer's normalized,
// clitic-stripped token keys, so matching costs a hash lookup per token
// whatever the size of the lexicon. Check validates the files (codes,
// dates, duplicates) and RunTests codes every example sentence they carry.
package lexicon
