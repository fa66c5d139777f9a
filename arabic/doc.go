// Package arabic is marsad's Arabic text layer: normalization for matching,
// tokenization, sentence splitting, clitic segmentation, stemming, and the
// reading of numbers and dates.
//
// Nothing here rewrites the text it is given. Every function returns keys
// (normalized forms used for matching) beside byte offsets into the original
// string, so that for every token t of src:
//
//	src[t.Start:t.End] == t.Text
//
// and for every normalized string n built from src, n.Orig maps a span of
// n.Text back to the span of src it came from.
//
// Normalization folds what Arabic news writes in several ways (presentation
// forms, diacritics, tatweel, alef with hamza or madda, alef maqsura, Persian
// letters and Arabic-Indic or Persian digits) onto one key. Letters are named
// constants (letters.go); word lists are normalized when they are loaded,
// with the same function that normalizes text.
package arabic
