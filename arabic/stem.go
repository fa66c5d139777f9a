package arabic

import (
	"github.com/blevesearch/snowballstem"
	snowballarabic "github.com/blevesearch/snowballstem/arabic"
)

// Stem returns the Snowball Arabic stem of word. It takes the word as
// written (Snowball does its own normalization) and agrees with the
// reference C implementation of Snowball on the news vocabulary it is
// tested on. It is safe for concurrent use.
func Stem(word string) string {
	env := snowballstem.NewEnv(word)
	snowballarabic.Stem(env)
	return env.Current()
}
