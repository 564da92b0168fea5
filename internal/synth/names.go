package synth

// The names the generator gives people, places and organisations. They are
// written capitalised and never equal a word of words.txt, so that a name
// stands in a paragraph only where the generator put it.

var firstNames = []string{
	"Aaron", "Abigail", "Adam", "Adriana", "Ahmed", "Aisha", "Alan", "Alejandro", "Alice", "Amara",
	"Amir", "Ana", "Andrea", "Andrew", "Anika", "Anna", "Antonio", "Arjun", "Astrid", "Ayesha",
	"Beatriz", "Benjamin", "Bilal", "Brian", "Bruno", "Camila", "Carlos", "Carmen", "Catherine", "Chen",
	"Chiara", "Chloe", "Christopher", "Claire", "Daniel", "Daniela", "David", "Deborah", "Diego", "Dmitri",
	"Elena", "Elias", "Elif", "Emily", "Emma", "Eric", "Esther", "Fatima", "Felix", "Fernando",
	"Fiona", "Francesca", "Gabriel", "Gareth", "Giulia", "Grace", "Hana", "Hannah", "Hassan", "Helen",
	"Henrik", "Hiroshi", "Ibrahim", "Ines", "Ingrid", "Isaac", "Isabel", "Ivan", "Jacob", "James",
	"Jana", "Javier", "Jennifer", "Joanna", "Johan", "Jonathan", "Jorge", "Joseph", "Julia", "Karen",
	"Karim", "Katarzyna", "Kenji", "Khalid", "Laila", "Lars", "Laura", "Leila", "Leon", "Lucas",
	"Lucia", "Luis", "Magdalena", "Malik", "Marco", "Margaret", "Maria", "Marta", "Martin", "Matteo",
	"Maya", "Mehmet", "Michael", "Miguel", "Mikhail", "Nadia", "Naomi", "Nasser", "Natalia", "Nicholas",
	"Nikolai", "Nina", "Noah", "Olga", "Oliver", "Omar", "Pablo", "Patricia", "Paul", "Pedro",
	"Peter", "Priya", "Rachel", "Rafael", "Rahul", "Ramon", "Rebecca", "Ricardo", "Robert", "Rosa",
	"Ruth", "Samir", "Samuel", "Sandra", "Sara", "Sebastian", "Sergei", "Simon", "Sofia", "Sophie",
	"Stefan", "Susan", "Tariq", "Thomas", "Timothy", "Tomasz", "Valentina", "Vanessa", "Victor", "Viktor",
	"Wei", "Yasmin", "Yusuf", "Zainab", "Zofia",
}

var lastNames = []string{
	"Abara", "Adeyemi", "Aguilar", "Ahlberg", "Alvarez", "Amsel", "Andersen", "Antonov", "Arslan", "Asante",
	"Baptiste", "Barros", "Becker", "Bellamy", "Benali", "Bergstrom", "Bianchi", "Blackwood", "Bogdan", "Brandt",
	"Brennan", "Calloway", "Carvalho", "Castellano", "Chakraborty", "Chowdhury", "Cifuentes", "Coleridge", "Costa", "Dahlgren",
	"Dalca", "Delacroix", "Demir", "Desai", "Dimitrov", "Donovan", "Dubois", "Duarte", "Eklund", "Elnaggar",
	"Esposito", "Falkner", "Farouk", "Ferreira", "Fitzgerald", "Fontaine", "Fujimoto", "Gallagher", "Garibaldi", "Gashi",
	"Gonzalez", "Grabowski", "Gutierrez", "Haddad", "Halvorsen", "Hartmann", "Hashemi", "Hendricks", "Herrera", "Hoffmann",
	"Horvath", "Huang", "Ibarra", "Ilunga", "Ivanova", "Jablonski", "Jansen", "Jaramillo", "Jovanovic", "Kaczmarek",
	"Kamara", "Karlsson", "Kaur", "Kawasaki", "Kellerman", "Khalil", "Kiplagat", "Kowalczyk", "Kristiansen", "Kuznetsov",
	"Lachance", "Laurent", "Lindqvist", "Lombardi", "Lundgren", "Lysenko", "Macharia", "Madsen", "Malinowski", "Marchetti",
	"Markovic", "Mbeki", "Medeiros", "Mendoza", "Moreau", "Mukherjee", "Nakamura", "Navarro", "Ndlovu", "Nguyen",
	"Novak", "Nowicki", "Obradovic", "Okafor", "Okonkwo", "Olafsson", "Oliveira", "Ortega", "Osei", "Ostrowski",
	"Pacheco", "Papadopoulos", "Pereira", "Petrenko", "Pettersson", "Popescu", "Quintero", "Rahman", "Ramirez", "Rasmussen",
	"Reinholt", "Richter", "Rinaldi", "Rodrigues", "Romanov", "Rosenthal", "Sadeghi", "Salazar", "Santoro", "Schneider",
	"Schultz", "Sedlak", "Serrano", "Shevchenko", "Siddiqui", "Silvestri", "Sokolov", "Soto", "Stavros", "Strand",
	"Suarez", "Svensson", "Szabo", "Takahashi", "Tanaka", "Tavares", "Thorsen", "Toledo", "Tkachenko", "Uchenna",
	"Valdez", "Vasquez", "Vennard", "Vidal", "Villanueva", "Volkov", "Wagner", "Walcott", "Weissman", "Wojcik",
	"Yamamoto", "Yilmaz", "Yoshida", "Zamora", "Zielinski", "Zimmermann", "Zoric", "Achterberg", "Baranski", "Castaneda",
	"Dvorak", "Eriksen", "Ferraro", "Gunnarsson", "Holloway", "Iglesias", "Jorgensen", "Kaminski", "Lindholm", "Montalvo",
	"Nieminen", "Oyelaran", "Pienaar", "Quiroga", "Rutkowski", "Sandoval", "Tolentino", "Underhill", "Varga", "Wendell",
}

// surnames are lastNames and as many again made of syllables ("Corholm",
// "Varelli"), so that a large cast does not share a few hundred surnames.
var surnames = func() []string {
	pre := []string{"Al", "Bar", "Cor", "Dal", "Es", "Fen", "Gar", "Hal", "Ival", "Jor", "Kel", "Lun", "Mar",
		"Nor", "Or", "Pel", "Quin", "Ros", "Sal", "Tor", "Ul", "Var", "Wes", "Yar", "Zel"}
	suf := []string{"ani", "berg", "court", "dottir", "eski", "ford", "gaard", "holm", "ini", "ovic",
		"sson", "ton", "ville", "wick", "ez", "ard", "ley", "more", "stad", "elli"}
	out := append([]string(nil), lastNames...)
	seen := map[string]bool{}
	for _, n := range out {
		seen[n] = true
	}
	for _, p := range pre {
		for _, s := range suf {
			if n := p + s; !seen[n] {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	return out
}()

// placeNames are towns, cities and regions; the generator adds its own
// ("Port Amsel", "Greater Dalca") for more.
var placeNames = []string{
	"Aberdale", "Alderport", "Amberley", "Ashford", "Bayridge", "Belmora", "Blackmere", "Bramwell", "Brightwater", "Calderon",
	"Carrow", "Castlebar", "Cedarfield", "Clearwell", "Coldharbour", "Corrin", "Dunmore", "Eastfield", "Elmsworth", "Fairhaven",
	"Farrowdale", "Fenwick", "Glenmoor", "Goldcrest", "Greystone", "Hallam", "Harbourton", "Hartwell", "Highbury", "Hollins Cross",
	"Ironbridge", "Kestrel Bay", "Kingsmere", "Lakeshore", "Larkhill", "Lindenport", "Longmead", "Marlow Heath", "Meadowvale", "Millbrook",
	"Montvale", "Newhaven", "Northgate", "Oakridge", "Ostend Vale", "Pemberton", "Pinecrest", "Queensbury", "Ravenscar", "Redcliff",
	"Riverside", "Rosemount", "Saltmarsh", "Sandown", "Silverton", "Southwick", "Stonebridge", "Sunnydale", "Thornbury", "Valmora",
	"Westbrook", "Whitby Sands", "Willowmere", "Windermere Falls", "Wrenfield", "Yarrow", "Zenith Point", "Almora", "Belvedere", "Corvina",
	"Dravena", "Estoria", "Faloria", "Galvany", "Hesperia", "Istrana", "Jarvona", "Karstad", "Lorvik", "Maravel",
	"Norrland Coast", "Orlova", "Pravik", "Quorra", "Rostova", "Selvania", "Tarnow Ridge", "Ulmora", "Varesh", "Wexmoor",
}

// orgPatterns make organisation names; %P is a place, %S a surname, %N a
// capitalised noun. Acronyms are made for names of three words or more.
var orgPatterns = []string{
	"%P City Council", "%P Port Authority", "%P General Hospital", "%P Chamber of Commerce",
	"%P Transport Authority", "%P Police Department", "%P University", "%P Water Board",
	"Ministry of %N", "National %N Agency", "%N Workers Union", "%S Foundation",
	"%S Institute", "%N Research Council", "%P Housing Association", "%N Safety Board",
	"%P Regional Assembly", "Office of %N Standards", "%S and %S", "%P Energy Company",
}

// rolePatterns describe people; %O is their organisation's name, %N a noun.
var rolePatterns = []string{
	"spokesperson for %O", "director of %O", "chief executive of %O", "chair of %O",
	"deputy director of %O", "head of %N at %O", "senior analyst at %O", "%N adviser at %O",
	"lawyer for %O", "treasurer of %O", "board member of %O", "researcher at %O",
	"press officer at %O", "%N coordinator at %O", "founder of %O", "engineer at %O",
}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// eventVerbs are what organisations and people do on a date: base form for
// questions, past tense for the text and the summary.
var eventVerbs = [][2]string{
	{"announce", "announced"}, {"approve", "approved"}, {"reject", "rejected"}, {"sign", "signed"},
	{"launch", "launched"}, {"postpone", "postponed"}, {"suspend", "suspended"}, {"open", "opened"},
	{"close", "closed"}, {"propose", "proposed"}, {"complete", "completed"}, {"block", "blocked"},
	{"unveil", "unveiled"}, {"cancel", "cancelled"}, {"expand", "expanded"}, {"review", "reviewed"},
	{"delay", "delayed"}, {"fund", "funded"}, {"ban", "banned"}, {"extend", "extended"},
}

// sayVerbs attribute speech.
var sayVerbs = []string{"said", "added", "warned", "argued", "told reporters", "said in a statement", "insisted", "noted"}

// modals come before a verb's base form.
var modals = []string{"will", "would", "could", "may", "should", "is expected to", "plans to", "has agreed to", "is set to", "wants to", "refused to", "promised to"}
