import { ONS_NAMES, ONS_WORD_NAMES } from './ons-names.js';

/**
 * Names of people, for the person-reference finder: given names common in Wales (Welsh and
 * English, children's and adults'), surnames common in Wales, and the words that show a name
 * belongs to a saint, a character or a writer rather than to a private person. Lower case.
 */

/**
 * Common given names of Wales and England. A run of capitalised words that starts with one is
 * a person's name wherever it stands; a lone given name counts unless it is also an everyday
 * word (AMBIGUOUS_NAMES), which then needs a surname.
 */
export const GIVEN_NAMES = [
  // Welsh
  'aled', 'alun', 'alwyn', 'alys', 'alaw', 'aneira', 'aneurin', 'anest', 'angharad', 'annes', 'anwen', 'arfon',
  'arwel', 'awen', 'beca', 'bedwyr', 'begw', 'berwyn', 'bethan', 'bleddyn', 'blodwen', 'branwen', 'bryn', 'cadi',
  'cai', 'caitlin', 'caradog', 'carwyn', 'carys', 'catrin', 'ceinwen', 'celt', 'ceredig', 'ceri', 'ceridwen',
  'cerys', 'cian', 'cledwyn', 'cynan', 'cynon', 'dafi', 'dafydd', 'dai', 'deian', 'deiniol', 'deio', 'delyth',
  'dewi', 'dilys', 'dwynwen', 'dyfan', 'dyfed', 'dyfrig', 'dylan', 'eben', 'efa', 'efan', 'eifion', 'eiddwen',
  'eilir', 'einion', 'eira', 'eirian', 'eirlys', 'eirwen', 'eirwyn', 'ela', 'elan', 'eleri', 'elen', 'elfed', 'elfyn',
  'elgan', 'elin', 'elinor', 'elis', 'elliw', 'eluned', 'elwyn', 'emlyn', 'emrys', 'emyr', 'enfys', 'erin', 'eryl',
  'esyllt', 'eurig', 'euros', 'ffion', 'fflur', 'gareth', 'garmon', 'geraint', 'gerwyn', 'gethin', 'glenys', 'glesni',
  'glyn', 'gruff', 'gruffudd', 'gruffydd', 'guto', 'gwawr', 'gwen', 'gwenan', 'gwenda', 'gwenllian', 'gwenllïan',
  'gwennan', 'gwenno', 'gwern', 'gwil', 'gwilym', 'gwion', 'gwladys', 'gwydion', 'gwyn', 'gwyndaf', 'gwyneth',
  'gwynfor', 'hafwen', 'harri', 'hawys', 'hedd', 'heddwyn', 'hefin', 'heledd', 'heulwen', 'huw', 'hywel', 'ianto',
  'idris', 'idwal', 'iestyn', 'ieuan', 'ifan', 'ifor', 'indeg', 'ioan', 'iolo', 'islwyn', 'iwan', 'lleucu', 'llinos',
  'llion', 'llio', 'llŷr', 'llyr', 'llywelyn', 'lois', 'lona', 'lowri', 'luned', 'mabli', 'mabon', 'macsen', 'madoc',
  'mair', 'maldwyn', 'mali', 'manon', 'mared', 'marged', 'mari', 'meilyr', 'meinir', 'meirion', 'megan', 'menna',
  'mererid', 'meredith', 'meredydd', 'meurig', 'mirain', 'morfudd', 'morgan', 'myfanwy', 'myrddin', 'nanw', 'nel',
  'nerys', 'nest', 'nesta', 'nia', 'nye', 'olwen', 'osian', 'owain', 'owen', 'penri', 'peredur', 'rhian', 'rhiannon',
  'rhidian', 'rhodri', 'rhonwen', 'rhun', 'rhydian', 'rhys', 'sara', 'seren', 'shan', 'sian', 'siân', 'sion', 'siôn',
  'sioned', 'siwan', 'steffan', 'sulwen', 'swyn', 'taliesin', 'tanwen', 'tegan', 'tegid', 'tegwen', 'tegwyn',
  'teifion', 'teleri', 'tesni', 'tirion', 'tomos', 'trefor', 'trystan', 'tudur', 'twm', 'wiliam', 'wyn', 'ynyr',
  // older names the ONS lists of recent births lack (real-text-blind28: "Morfydd Bowyer, who was born on …")
  'alwena', 'aneirin', 'eurgain', 'gwenfair', 'gwerfyl', 'iorwerth', 'madog', 'morfydd',
  // Welsh pet forms as children are named in eisteddfod and school news (real-text-blind34: "Tomi")
  'tomi', 'nedw',
  // more Welsh given names met in blind sets' news (real-text-blind62–66: "Talfan is 14", "Aranwen
  // Manzini-Hughes said", "Cadwgan Edwards, 68", "Heiddwen Tomos"), and others of their kind
  'talfan', 'aranwen', 'cadwgan', 'heiddwen', 'ffred', 'undeg', 'alwen', 'anona', 'arianwen', 'caryl', 'cennydd',
  'cerian', 'cynfael', 'cynwal', 'dafina', 'delun', 'eban', 'edryd', 'eifiona', 'eiluned', 'einir', 'eirianwen',
  'elwen', 'eilian', 'eurwen', 'euryn', 'ffraid', 'gaenor', 'gwenyth', 'gwynant', 'hafina', 'heulyn', 'hywyn',
  'idwen', 'ifana', 'ilar', 'iola', 'ithel', 'llewela', 'lliwen', 'llywela', 'maelon', 'mairwen', 'meirwen', 'meleri',
  'morwenna', 'nanno', 'owena', 'rhisiart', 'rhuddian', 'seiriol', 'tudwal', 'yestin', 'llifon', 'meredudd',
  // English and other names common in Wales
  'adam', 'aidan', 'alan', 'albert', 'albie', 'alex', 'alexander', 'alfie', 'alfred', 'alice', 'alison', 'amelia',
  'amy', 'andrew', 'andy', 'angela', 'ann', 'anna', 'anne', 'anthony', 'archie', 'aria', 'arlo', 'arthur', 'ava',
  'barbara', 'barry', 'bella', 'ben', 'benjamin', 'beryl', 'beth', 'bethany', 'billy', 'bobby', 'brenda', 'brendan',
  'brian', 'caleb', 'callum', 'carl', 'carol', 'caroline', 'catherine', 'charlie', 'charlotte', 'cheryl', 'chloe',
  'chris', 'christine', 'christopher', 'claire', 'clive', 'colin', 'craig', 'daniel', 'danny', 'darcey', 'darcie',
  'darren', 'david', 'dave', 'dean', 'deborah', 'debbie', 'dennis', 'derek', 'diane', 'donna', 'doreen', 'dorothy',
  'edna', 'edward', 'eileen', 'elaine', 'eleanor', 'eliza', 'elizabeth', 'ella', 'ellie', 'elliot', 'elliott',
  'ellis', 'elsie', 'emily', 'emma', 'enid', 'eric', 'esme', 'ethan', 'evan', 'evelyn', 'evie', 'ezra', 'finley',
  'fiona', 'florence', 'frances', 'frankie', 'freddie', 'freya', 'gail', 'gary', 'george', 'gemma', 'geoffrey',
  'gerald', 'gillian', 'gordon', 'graham', 'hallie', 'hannah', 'harper', 'harrison', 'harry', 'harvey', 'hayley',
  'hazel', 'heather', 'helen', 'henry', 'hilda', 'howard', 'hugh', 'hugo', 'ian', 'imogen', 'irene', 'isaac',
  'isabella', 'isabelle', 'isla', 'isobel', 'jackie', 'jacob', 'jac', 'james', 'jamie', 'jane', 'janet', 'janice',
  'jason', 'jasmine', 'jaxon', 'jayden', 'jean', 'jeff', 'jennifer', 'jenny', 'jenson', 'jessica', 'jill', 'joan',
  'joanne', 'joe', 'john', 'jonathan', 'joseph', 'joshua', 'joyce', 'judith', 'julia', 'julie', 'kai', 'karen', 'kate',
  'kathleen', 'katie', 'keira', 'keith', 'kelly', 'kenneth', 'kerry', 'kevin', 'kirsty', 'lacey', 'laura', 'lauren',
  'layla', 'leah', 'leanne', 'lee', 'leo', 'leon', 'lewis', 'lexi', 'liam', 'libby', 'linda', 'lisa', 'logan', 'lola',
  'lorraine', 'louie', 'louise', 'lucas', 'lucy', 'luke', 'luna', 'lynne', 'maisie', 'malcolm', 'margaret', 'maria',
  'marilyn', 'marion', 'martin', 'mary', 'mason', 'matilda', 'matthew', 'matt', 'maureen', 'mavis', 'max', 'maya',
  'megan', 'melanie', 'mervyn', 'mia', 'michael', 'michelle', 'mike', 'millie', 'mohammed', 'molly', 'muhammad',
  'nancy', 'natalie', 'nathan', 'neil', 'neville', 'niamh', 'nicola', 'nicole', 'nigel', 'noah', 'olivia', 'ollie',
  'oliver', 'orla', 'orlagh', 'oscar', 'paige', 'pamela', 'patricia', 'paul', 'pauline', 'peggy', 'peter', 'phil',
  'philip', 'phoebe', 'poppy', 'rachel', 'ralph', 'rebecca', 'reggie', 'richard', 'riley', 'rita', 'rob', 'robert',
  'roger', 'ronnie', 'rory', 'rosie', 'ruth', 'ryan', 'sally', 'sam', 'samantha', 'samuel', 'sandra', 'sarah',
  'scarlett', 'scott', 'sean', 'sharon', 'sheila', 'shirley', 'sienna', 'simon', 'sophia', 'sophie', 'stacey',
  'stanley', 'stephen', 'steve', 'steven', 'stuart', 'susan', 'sylvia', 'teddy', 'teresa', 'theo', 'thomas',
  'tilly', 'tina', 'toby', 'tom', 'tommy', 'tony', 'tracey', 'tracy', 'trevor', 'tyler', 'val', 'valerie', 'vera', 'vicky',
  'victoria', 'wayne', 'wendy', 'william', 'willow', 'yvonne', 'zac', 'zach', 'zara', 'zoe',
  // also everyday words: only with a surname (see AMBIGUOUS_NAMES)
  'will', 'mark', 'rose', 'grace', 'hope', 'joy', 'faith', 'dawn', 'pat', 'sue', 'jack', 'eve', 'holly', 'ivy',
  'iris', 'lily', 'daisy', 'ruby', 'amber', 'glen', 'bill', 'may', 'june', 'april', 'summer', 'robin', 'heddwen',
  'haf', 'eira', 'awel', 'non', 'llew', 'teilo', 'wil', 'sali', 'violet', 'olive',
  'siriol', 'derwen', 'glain', 'gwenith', 'medi', 'heini', 'hedydd', 'aeron', 'deri', 'buddug', 'elain', 'eiry',
];

/** Given names that are also everyday words, Welsh words (haf, eira, awel) or saints' and place names (Non, Dewi, Teilo): need a surname. */
export const AMBIGUOUS_NAMES = [
  'will', 'mark', 'rose', 'grace', 'hope', 'joy', 'faith', 'dawn', 'pat', 'sue', 'jack', 'eve', 'holly', 'ivy',
  'iris', 'lily', 'daisy', 'ruby', 'amber', 'glen', 'bill', 'may', 'june', 'april', 'summer', 'robin', 'haf',
  'eira', 'awel', 'non', 'llew', 'bryn', 'glyn', 'gwyn', 'wyn', 'dewi', 'mair', 'seren', 'nest', 'gwen', 'max',
  'lee', 'dean', 'carl', 'luke', 'morgan', 'lewis', 'harry', 'ben', 'teilo', 'violet', 'olive', 'elan', 'enfys',
  // Welsh given names that are words: cheerful, oak, jewel, wheat, September, fit, lark, berries, oaks, victory, fawn, snow.
  'siriol', 'derwen', 'glain', 'gwenith', 'medi', 'heini', 'hedydd', 'aeron', 'deri', 'buddug', 'elain', 'eiry',
  // Short forms an older generation goes by, which are words too ("ken", "bob", "les", "len").
  'ken', 'bob', 'les', 'len', 'ron', 'reg', 'vic', 'sid', 'stan', 'alf', 'bert',
];

/**
 * Surnames common in Wales that are not everyday words: a capitalised word before one is a
 * given name even at the start of a sentence ("Gwenno Jones is…").
 */
export const SURNAMES = [
  'jones', 'davies', 'davis', 'evans', 'williams', 'thomas', 'roberts', 'hughes', 'lewis', 'morgan', 'griffiths',
  'griffith', 'price', 'pryce', 'rees', 'rhys', 'owen', 'owens', 'jenkins', 'phillips', 'james', 'parry', 'edwards',
  'harries', 'harris', 'lloyd', 'pugh', 'powell', 'howells', 'howell', 'bowen', 'watkins', 'richards', 'morris',
  'rowlands', 'vaughan', 'llewellyn', 'llewelyn', 'hopkins', 'mathias', 'walters', 'prosser', 'protheroe',
  'pritchard', 'prichard', 'humphreys', 'ellis', 'gruffydd', 'jenkin', 'meredith', 'probert', 'bevan', 'beynon',
  'gwynne', 'johns', 'mathews', 'matthews', 'maddocks', 'morgans', 'nicholas', 'perkins', 'preece', 'rowland',
  'stephens', 'tudor', 'watkin', 'wynne', 'smith', 'taylor', 'wilson', 'johnson', 'robinson', 'thompson',
  'jackson', 'harrison', 'clarke', 'anderson', 'mitchell', 'phillips', 'collins', 'stevens', 'francis', 'reynolds',
];

/** Several-word names of saints, characters and places whose words alone could be names. */
export const CHARACTER_PHRASES = [
  'sali mali', 'sam tân', 'sam tan', 'fireman sam', 'mr urdd', 'superted', 'peppa pig', 'jac y jwc', 'tomos y tanc',
  'magi ann', 'siôn blewyn coch', 'sion blewyn coch', 'dewi sant', 'teilo sant', 'non sant', 'santes non',
  'santes dwynwen',
];

/** Words that make the name next to them a character or mascot, not a person ("Wil the Road Safety Dragon"). */
export const CHARACTER_WORDS = [
  'dragon', 'draig', 'ddraig', 'mascot', 'masgot', 'bear', 'arth', 'teddy', 'tedi', 'puppet', 'pyped', 'robot',
  'elf', 'coblyn', 'reindeer', 'carw', 'owl', 'tylluan', 'dylluan', 'cartoon', 'cartŵn', 'character', 'cymeriad',
];

/**
 * Given names from the ONS baby-name statistics beyond the lists above (ons-names.ts, made by
 * scripts/build-given-names.mjs): `names` count like GIVEN_NAMES, `wordNames` (also English
 * or Welsh words, towns or countries) like AMBIGUOUS_NAMES. Names already written above keep
 * their place there. Split on first use, so a run that never looks for a person pays nothing.
 */
export function onsNames(): { names: string[]; wordNames: string[] } {
  if (!ons) {
    const hand = new Set(GIVEN_NAMES);
    const split = (list: string) => list.split(/\s+/).filter((w) => w !== '' && !hand.has(w));
    ons = { names: split(ONS_NAMES), wordNames: split(ONS_WORD_NAMES) };
  }
  return ons;
}
let ons: { names: string[]; wordNames: string[] } | undefined;

/** Whether a given name is one of the hand-written GIVEN_NAMES (not only the ONS lists'). */
export function isListedName(name: string): boolean {
  listed ??= new Set(GIVEN_NAMES);
  return listed.has(name);
}
let listed: Set<string> | undefined;
