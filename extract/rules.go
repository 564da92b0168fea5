package extract

import (
	_ "embed"
	"strings"
)

// The rules as data. Each list is what the sieves and the name finder look
// for; a word added here is picked up everywhere, and rules_test.go checks
// each list on a sentence that needs it.

// speechVerbs are the verbs that report speech, in every form the sieves
// meet: "said X", "X added", "saying", "began to say".
var speechVerbs = set(`say says said saying tell tells told telling add adds added adding
	stated stating write writes wrote writing announce announces announced
	explain explains explained noted insist insists insisted argue argues argued
	warn warns warned caution cautions cautioned claims claimed declare declares declared
	ask asks asked replies replied answered acknowledge acknowledged
	admit admits admitted concede concedes conceded recall recalls recalled continued
	stress stresses stressed emphasise emphasised emphasize emphasized urge urges urged
	called describe describes described dub dubbed term termed predict predicted
	tweeted posted remarked commented complain complained
	promised vowed pledged assert asserted maintain maintained
	suggest suggested propose proposed confirm confirmed deny denied reported
	quip quipped joke joked shout shouted whisper whispered agree agreed observe observed
	insisting claiming describing warning stressing calling announcing arguing explaining
	urging noting declaring`)

// participles report speech in a clause that takes its subject from the
// main clause: "Trump ..., saying Crimea "will stay in Russia."".
var participles = set(`saying adding telling noting insisting arguing warning claiming declaring
	explaining stressing urging calling describing writing stating announcing`)

// speechNouns mark a sentence as reporting speech without a speech verb:
// "in a speech to the media, Putin ... rather than "no prerequisites."".
var speechNouns = set(`speech speeches statement statements interview interviews remarks address
	response reply message letter tweet post broadcast briefing conference testimony
	announcement op-ed column`)

// subjectSkip are the words that may stand between a speaker and the speech
// verb: "Kremlin has repeatedly stated", "authorities began to say".
var subjectSkip = set(`has have had is was were will would could should may might must also
	then later again repeatedly previously earlier once still never often separately
	publicly privately quickly immediately first finally further already simply just
	began begun started continued declined refused went tried to not`)

// pronouns resolve to the most recent subject of their kind.
var pronounGender = map[string]string{"he": "m", "she": "f"}

// personTitles come before a name and give the role: "Transport Minister
// Lucia Ferrante", "Dr. Aisha Rahman". Multi-word titles come first.
var personTitles = []string{
	"Secretary of State", "Secretary-General", "Director-General", "Prime Minister", "Foreign Minister", "Foreign Secretary",
	"Vice President", "Deputy Prime Minister", "Chief Executive", "Attorney General",
	"President", "Chancellor", "Minister", "Secretary", "Mayor", "Councillor", "Councilor",
	"Governor", "Senator", "Sen.", "Rep.", "Gov.", "Representative", "Ambassador",
	"Commissioner", "Premier", "Chairman", "Chairwoman", "Chair", "Director", "Judge",
	"Justice", "General", "Gen.", "Colonel", "Col.", "Admiral", "Lt.", "Sgt.", "Captain", "Capt.",
	"Pope", "King", "Queen", "Prince", "Princess", "Cardinal", "Bishop", "Archbishop",
	"Rabbi", "Imam", "Sheikh", "Dr.", "Dr", "Professor", "Prof.", "Mr.", "Mr", "Mrs.", "Mrs",
	"Ms.", "Ms", "Miss", "Sir", "Dame", "Lord", "Lady", "Coach", "Inspector", "Chief",
	"Speaker", "Spokesman", "Spokeswoman", "Spokesperson", "Leader", "Deputy", "Superintendent",
	"Constable", "Detective", "Officer", "Father", "Sister", "Brother",
}

// titleGender is what an honorific says of a person.
var titleGender = map[string]string{
	"Mr.": "m", "Mr": "m", "Sir": "m", "Lord": "m", "King": "m", "Prince": "m", "Father": "m", "Brother": "m",
	"Mrs.": "f", "Mrs": "f", "Ms.": "f", "Ms": "f", "Miss": "f", "Dame": "f", "Lady": "f", "Queen": "f",
	"Princess": "f", "Sister": "f", "Spokeswoman": "f", "Chairwoman": "f",
}

// roleNouns are lower-case words that name what someone is, before a name
// ("union leader Tomás Okafor", "Kremlin spokesman Dmitry Peskov") or in an
// apposition ("Mykhailo Podolyak, Ukrainian presidential adviser,"). They
// also resolve "the Estrela president added" to the person with that role.
var roleNouns = set(`president minister chancellor secretary mayor councillor councilor governor
	senator ambassador commissioner premier chairman chairwoman chair chairperson director
	judge justice general colonel captain spokesman spokeswoman spokesperson adviser advisor
	aide leader head chief executive officer manager coach striker forward midfielder defender
	goalkeeper winger player captain owner founder analyst economist researcher scientist
	professor lecturer neurologist doctor physician surgeon nurse epidemiologist author
	lawyer attorney prosecutor editor journalist reporter correspondent diplomat negotiator
	envoy official spokesperson inspector superintendent officer commander activist
	campaigner organiser organizer resident farmer fisher fisherman fishermen worker teacher
	student priest pastor bishop rabbi imam chairman treasurer deputy vice-president
	vice-chair trustee member representative consultant engineer architect developer
	investor banker trader executive board-member administrator`)

// groupNouns follow a nationality to name an organisation: "Russian
// authorities", "Ukrainian armed forces".
var groupNouns = set(`authorities officials government army military forces troops delegation
	navy police ministry parliament negotiators diplomats administration`)

// orgHeads make a capitalised name an organisation: "Ministry of Transport",
// "Kestrelmouth Town Council", "Harbour Light Developments".
var orgHeads = set(`Ministry Department Institute Institution University College School
	Bank Union Trust Society Association Federation League Party Committee Commission
	Council Agency Authority Court Company Corporation Corp Corp. Inc Inc. Ltd Ltd. PLC
	LLC Group Developments Holdings Partners Industries Foundation Fund Organization
	Organisation Parliament Senate Congress Assembly Government Administration Army Navy
	Police Office Service Services Board Bureau Cabinet Center Centre Hospital Clinic
	Network Alliance Club FC Athletic Rovers Wanderers Rangers Airlines Airways Motors Times
	Post Press News Herald Journal Tribune Gazette Institutet Academy Laboratory Laboratories
	Labs Coalition Movement Front Guard Forces Command Network Exchange Reserve Treasury
	Secretariat Tribunal Observatory Museum Library Church Mosque Synagogue House`)

// clubSuffixes make a two-word name a club when they come last: Ashford
// United, Northgate City.
var clubSuffixes = set(`United City Town County Athletic Rovers Wanderers Albion Rangers Celtic`)

// orgDescriptors before a name make it an organisation: "Portuguese club
// Estrela do Norte", "the charity Alzheimer's Research UK".
var orgDescriptors = set(`club company firm charity group party newspaper agency insurer bank
	university broadcaster carrier airline manufacturer developer retailer union side team
	regulator watchdog tank institute network operator association federation
	organisation organization body foundation consortium coalition alliance`)

// knownOrgs are organisations named by one word the patterns cannot tell
// from a place or a person.
var knownOrgs = set(`Kremlin Pentagon NATO EU UN UNESCO UNICEF WHO IMF OPEC Hamas Hezbollah
	Taliban Interpol Europol Congress Senate Parliament Bundestag Duma Knesset YouTube Google Meta
	Facebook Twitter Apple Microsoft Amazon Reuters AFP FIFA UEFA Vatican`)

// multiKnownOrgs are organisations whose names look like a person's.
var multiKnownOrgs = set(`White House|Downing Street|European Union|United Nations|Red Cross|Red Crescent|World Bank|Security Council|European Commission|Oval Office|Associated Press`, "|")

// nonNames are capitalised words that start a sentence or a title and are
// not names: they are dropped from the front of a capitalised run.
var nonNames = set(`The A An In On At By For From To Of And But Or So If As After Before
	Since Until When While Where Who What Why How This That These Those There Here Then
	However Meanwhile Although Though Because Despite Under Over Among Between Both Several
	Some Many Most Much Each Every All Any No Not Now Yet Still Also Even Just Only Last
	Next Earlier Later Today Tomorrow Yesterday Tonight His Her Their Its Our My Your We
	They He She It I You Such Other Another Asked Like Unlike Instead Thus
	Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
	May June July August September October November December Jan. Feb. Mar. Apr. Jun. Jul.
	Aug. Sept. Sep. Oct. Nov. Dec. Mr Mrs Ms Whether Once Almost About Around Nearly With
	Without Within Against Through Throughout During Across Along Away Up Down Out Off
	Fewer More Less Few Second Third First Final Half Nobody Everyone Everything Nothing
	Something Someone Anyone Those`)

// nameParticles may sit inside a person's or a club's name: Pieter de Wolff,
// Estrela do Norte, Ursula von der Leyen.
var nameParticles = set(`de do da dos das del della di du van von der den la le al bin ibn y`)

// orgConnectors may sit inside an organisation's name once it has a head
// word: Department of Health and Social Care, Institute for the Study of War.
var orgConnectors = set(`of for the and on`)

// notNameTails end a capitalised run that names a day, a war or a treaty
// rather than a person: Victory Day, World War II, Istanbul Agreement.
var notNameTails = set(`Day Eve War Agreement Accord Accords Act Treaty Games Cup Championship
	Award Prize Declaration Convention Protocol Plan Summit Festival Week Season Revolution`)

// placeTails end a capitalised run that names a place: Crimean Peninsula,
// Kursk Region, Victoria Street.
var placeTails = set(`Peninsula Sea Ocean River Mountains Street Square Road Avenue Bridge
	Airport Station Stadium Park Island Islands Region Province Oblast Valley Basin Gulf Bay
	Coast Desert Heights Strait`)

// honorifics are titles that say nothing of a role.
var honorifics = set(`Mr. Mr Mrs. Mrs Ms. Ms Miss Dr. Dr Sir Dame Lord Lady`)

// roleModifiers may stand in a role before its noun: "chief executive",
// "Ukrainian presidential adviser", "policy director".
var roleModifiers = set(`presidential deputy vice former acting interim chief senior policy
	foreign prime health transport finance defence defense union club trust party team
	press managing general state national regional local assistant associate head
	communications legal medical military economic political research science scientific
	executive lead principal co-founder education interior justice sports technical
	first second third youth think`)

// placeCues before an unknown name make it a place: "in São Paulo". Not
// "to" or "from": "according to Anna Kowalski", "a letter from Tom Hart".
var placeCues = set(`in at near across outside inside toward towards around into via`)

// abbreviations keep their full stop and do not end a sentence.
var abbreviations = set(`Dr Mr Mrs Ms Prof Gen Sen Rep Gov Lt Col Sgt Capt St Jr Sr No Jan Feb
	Mar Apr Jun Jul Aug Sept Sep Oct Nov Dec vs Co Corp Inc Ltd Mt Ft approx`)

// nationalities map the adjective to the country, for a role's affiliation
// ("Russian President") and the "Russian authorities" pattern.
var nationalities = map[string]string{}

//go:embed places.txt
var placesText string

// places are the names the finder knows as places without a cue; each line
// of places.txt is "Name|Adjective|Alias...".
var places = map[string]string{}

func init() {
	for _, line := range strings.Split(placesText, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fs := strings.Split(line, "|")
		name := fs[0]
		places[name] = name
		if len(fs) > 1 && fs[1] != "" {
			for _, adj := range strings.Split(fs[1], ",") {
				nationalities[adj] = name
			}
		}
		if len(fs) > 2 {
			for _, a := range strings.Split(fs[2], ",") {
				if a != "" {
					places[a] = name
				}
			}
		}
	}
}

func set(words string, sep ...string) map[string]bool {
	m := map[string]bool{}
	var fs []string
	if len(sep) > 0 {
		fs = strings.Split(words, sep[0])
	} else {
		fs = strings.Fields(words)
	}
	for _, w := range fs {
		m[strings.TrimSpace(w)] = true
	}
	return m
}
