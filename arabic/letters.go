package arabic

// Letters and marks the text layer treats specially. Logic names them
// instead of burying raw Arabic letters in code.
const (
	Hamza             = '\u0621' // ء
	AlefMadda         = '\u0622' // آ
	AlefHamzaAbove    = '\u0623' // أ
	WawHamza          = '\u0624' // ؤ
	AlefHamzaBelow    = '\u0625' // إ
	YehHamza          = '\u0626' // ئ
	Alef              = '\u0627' // ا
	Beh               = '\u0628' // ب
	TehMarbuta        = '\u0629' // ة
	Teh               = '\u062A' // ت
	Jeem              = '\u062C' // ج
	Dal               = '\u062F' // د
	Seen              = '\u0633' // س
	Feh               = '\u0641' // ف
	Kaf               = '\u0643' // ك
	Lam               = '\u0644' // ل
	Meem              = '\u0645' // م
	Noon              = '\u0646' // ن
	Heh               = '\u0647' // ه
	Waw               = '\u0648' // و
	AlefMaksura       = '\u0649' // ى
	Yeh               = '\u064A' // ي
	Tatweel           = '\u0640' // ـ
	SuperscriptAlef   = '\u0670' // dagger alef, a diacritic
	AlefWasla         = '\u0671' // ٱ
	FarsiYeh          = '\u06CC' // ی
	KehehPersian      = '\u06A9' // ک
	ArabicComma       = '\u060C' // ،
	ArabicSemicolon   = '\u061B' // ؛
	ArabicQuestion    = '\u061F' // ؟
	ArabicFullStop    = '\u06D4' // ۔
	ArabicPercent     = '\u066A' // ٪
	ArabicDecimalSep  = '\u066B' // ٫
	ArabicThousandSep = '\u066C' // ٬
	ArabicLetterMark  = '\u061C' // ALM, a bidi control
	ZWNJ              = '\u200C'
	ZWJ               = '\u200D'
	LRM               = '\u200E'
	RLM               = '\u200F'
	BOM               = '\uFEFF'
	NBSP              = '\u00A0'
)

// isDiacritic reports whether r is a vowel sign or Quranic mark that the
// normalizer strips.
func isDiacritic(r rune) bool {
	switch {
	case r >= '\u064B' && r <= '\u065F': // fathatan … wavy hamza below
		return true
	case r == SuperscriptAlef:
		return true
	case r >= '\u0610' && r <= '\u061A': // honorifics and small high letters
		return true
	case r >= '\u06D6' && r <= '\u06ED': // Quranic annotation marks
		return r != '\u06DD' && r != '\u06DE' && r != '\u06E5' && r != '\u06E6' && r != '\u06E9'
	case r >= '\u08D3' && r <= '\u08FF' && r != '\u08E2':
		return true
	}
	return false
}

// isIgnorable reports whether r is an invisible format character (bidi
// controls, zero-width joiners, byte-order mark) that carries no letter.
func isIgnorable(r rune) bool {
	switch r {
	case ZWNJ, ZWJ, LRM, RLM, ArabicLetterMark, BOM, '\u200B', '\u2060', '\u00AD':
		return true
	}
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// isPresentationForm reports whether r is an Arabic presentation form, which
// NFKC maps to its base letters.
func isPresentationForm(r rune) bool {
	return (r >= '\uFB50' && r <= '\uFDFF' && r != '\uFD3E' && r != '\uFD3F') ||
		(r >= '\uFE70' && r <= '\uFEFC')
}

// isArabicLetter reports whether r is a letter of the Arabic script,
// presentation forms included.
func isArabicLetter(r rune) bool {
	switch {
	case r >= '\u0620' && r <= '\u063F', r >= '\u0641' && r <= '\u064A':
		return true
	case r >= '\u066E' && r <= '\u06D3', r == '\u06D5', r >= '\u06EE' && r <= '\u06EF', r >= '\u06FA' && r <= '\u06FC', r == '\u06FF':
		return true
	case r >= '\u0750' && r <= '\u077F', r >= '\u08A0' && r <= '\u08C9':
		return true
	}
	return isPresentationForm(r)
}

// isWordMark reports whether r may sit inside an Arabic word without being a
// letter: diacritics, tatweel and zero-width (non-)joiners.
func isWordMark(r rune) bool {
	return isDiacritic(r) || r == Tatweel || r == ZWNJ || r == ZWJ
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '\u0660' && r <= '\u0669':
		return int(r - '\u0660'), true
	case r >= '\u06F0' && r <= '\u06F9':
		return int(r - '\u06F0'), true
	}
	return 0, false
}
