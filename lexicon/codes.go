package lexicon

import "strings"

// The three-letter groups an actor code is made of. A code starts with a
// country (an ISO3 code that the lexicon has a country entry for) or one
// of the international or regional prefixes, and goes on with agents and
// other groups. Adding a group here is how a new one enters the lexicon's
// vocabulary; `marsad dict check` rejects any other.

// agentCodes are CAMEO's agent (sector) codes, the ones an agent entry
// may carry.
var agentCodes = setOf(`
	GOV MIL COP JUD LEG PTY OPP REB INS SEP UAF SPY MED EDU BUS CRM CVL LAB
	HLH REF MOD RAD AGR ELI REL HRI NGO IGO IMG ENV DEV SET ELC PPL MNC`)

// prefixes may start a code in place of a country: international and
// transnational actors, unidentified states and CAMEO's regions.
var prefixes = setOf(`
	IGO NGO IMG MNC UIS INT
	AFR ASA BLK CAS CAU CFR CRB EAF EEU EUR LAM MEA NAF NMR SAF SAM SAS SEA WAF WEU WST`)

// groups may follow the first group: organizations (UNO, NAT, ARL …),
// ethnic and religious groups (KUR, SHI, SUN …) and named armed groups,
// as CAMEO and the Phoenix dictionaries spell them, with marsad's few
// additions after the blank line.
var groups = setOf(`
	ABD ACC ADB AEU AFB AFU AIE ALQ AMF AMN AMU APE ARB ARL ASF ASN ATD BCA
	BGH BIS BUD CEM CES CHR CIS CNY COE CPA CPC CSS CTH CWN DPI DVE EAC EBR
	ECA EEC EFT FAO FID GCC GOE GOS GRB GSS HCH HCR HIN HMS HRW IAC IAD IAE
	ICC ICG ICJ ICO IDB IGC IHF ILO IMF IPU IRC ITP JAI JEW JMA JUR KAS KID
	KUR MCO MDT MOS MSF MUS NAT NON OAS OAU OIC OPC PAL PGS PRO REN SAA SAD
	SCE SCN SHI SIK SOT SUN TAM TAO TIB TMP UER UIG UNO WAD WAM WAS WBK WCT
	WEF WFP WHO WTO XFM CHL

	ISI HEZ HMS HTS PKK YPG SDF HOU HAM PIJ FTH PMF KRG TAL SHB BOK AQI AQP
	AQM NUS DRU ALW YAZ ASY DRZ RSF LNA WAG`)

// offices are the offices a role or an agent word may name.
var offices = setOf(`hos hog vp fm dm im fin min spk cs ldr sg amb env`)

var actorTypes = setOf(`person igo group party org subnational media company`)
var placeTypes = setOf(`country capital province city site region`)

func setOf(s string) map[string]bool {
	m := make(map[string]bool)
	for _, f := range strings.Fields(s) {
		m[f] = true
	}
	return m
}

// codeProblem says what is wrong with an actor code, or "" when nothing
// is.
func (lx *Lexicon) codeProblem(code string) string {
	if len(code) == 0 || len(code)%3 != 0 {
		return "an actor code is made of three-letter groups"
	}
	for i := 0; i < len(code); i += 3 {
		g := code[i : i+3]
		for j := 0; j < 3; j++ {
			if g[j] < 'A' || g[j] > 'Z' {
				return "an actor code is made of upper-case letters"
			}
		}
		_, country := lx.countries[g]
		switch {
		case i == 0 && (country || prefixes[g] || agentCodes[g]):
		case i > 0 && (agentCodes[g] || groups[g] || country || prefixes[g]):
		case i == 0:
			return "group " + g + " is neither a country of the lexicon nor an international prefix"
		default:
			return "unknown group " + g + " (add it to the vocabulary in lexicon/codes.go if it is real)"
		}
	}
	return ""
}

// international reports whether a code starts with an international
// prefix rather than a country.
func international(code string) bool {
	return len(code) >= 3 && prefixes[code[:3]]
}
