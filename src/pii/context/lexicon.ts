/**
 * The default word lists of the person-reference finder, English and Welsh. Packs extend them
 * with `params.people` (a council adds its own place names to `not-names`, say); the context
 * rules' own word lists (health terms, birth words, school words...) live in the packs.
 */

import { VEHICLE_MAKES } from '../vehicle-makes.js';

/** Words that give whom news or words come from, not whom they are about: "yn ôl Mr Carson", "according to …". */
export const SOURCE_WORDS = String.raw`(?:yn[ \u00A0]+ôl|according[ \u00A0]+to)`;

/**
 * Before a role or a pupil word, what makes it one held once: "retired teacher", "former nurse",
 * "ex-pupil", "cyn-athrawes", "yn gyn-ddisgyblion", "cyn ddisgybl".
 */
export const FORMER_BEFORE = /(?:^|[^\p{L}])(?:(?:retired|former|old|wedi[ \u00A0]+ymddeol[ \u00A0]+fel)[ \u00A0]+|(?:ex|cyn|gyn|chyn)-|cyn[ \u00A0]+)$/iu;

/**
 * An elected member by their seat or their party, without a title: ", who represents Glantwymyn
 * on Powys County Council", ", sy'n cynrychioli Llanbadarn ar Gyngor Ceredigion" after the name;
 * "Plaid Cymru's " or "Labour's " before it. (A seat held once, "who represented …", is not.)
 */
const REPRESENTS_AFTER = /^[ \u00A0]*,[ \u00A0]*(?:who|sy['’]n)[ \u00A0]+(?:represents|cynrychioli)[ \u00A0]+[^,.;:!?“”"\n]{1,60}?[ \u00A0]+(?:on|ar)[ \u00A0]+(?:the[ \u00A0]+)?(?:\p{Lu}[\p{L}'’-]*[ \u00A0]+){0,4}(?:[Cc]ouncil|[Cc]yngor|[Gg]yngor|Senedd|Parliament)(?![\p{L}])/u;
const PARTY_BEFORE = /(?<![\p{L}])(?:Plaid Cymru|Labour|Welsh Labour|Conservatives|Welsh Conservatives|Liberal Democrats|Lib Dems|Reform UK|Greens|Green Party)['’]s?[ \u00A0]+$/u;
/** An elected member by seat or party around the name at [start, end), as above. */
export const bySeatOrParty = (text: string, start: number, end: number): boolean =>
  REPRESENTS_AFTER.test(text.slice(end, end + 140)) || PARTY_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/** The name lists live in names.ts; re-exported for the modules that import them from here. */
export { AMBIGUOUS_NAMES, GIVEN_NAMES } from './names.js';

/** Courtesy titles before a surname or full name (with or without a full stop), and Welsh "Syr" and "Dame", "Fonesig" (a knight or dame: "Ysgol Syr Hugh Owen"). Not "Sir" (Welsh for county: Cyngor Sir Gâr), nor "Master" or "Lady" (Master Plan, Lady Chapel). */
export const TITLES = ['Mr', 'Mrs', 'Ms', 'Miss', 'Mx', 'Dr', 'Prof', 'Rev', 'Parch', 'Mistar', 'Meistres', 'Syr', 'Dame', 'Fonesig'];

/** Before a list of names: "Cllrs Antony Jones and Terry Davies", "y Cynghorwyr Sian Evans a …". */
export const PLURAL_OFFICIAL_TITLES = ['Cllrs', 'Councillors', 'Cynghorwyr', 'Gynghorwyr', 'Professors', 'Athrawon'];

/** Titles that make the person an elected member or officer (not a member of the public). */
export const OFFICIAL_TITLES = [
  'Cllr', 'Councillor', 'Cyng', 'Cynghorydd', 'Gynghorydd', 'Nghynghorydd', 'Chynghorydd', 'Cynghorwraig', 'Gynghorwraig',
  'Mayor', 'Maer', 'Faer', 'Maeres', 'Faeres',
  ...PLURAL_OFFICIAL_TITLES,
];

/**
 * Third-person pronouns (English and Welsh): a sentence with one and no name of its own may be
 * about the person named in the sentence before ("Thanks to Sian. She is in hospital.").
 */
export const PRONOUNS = ['he', 'she', 'his', 'her', 'him', "he's", "she's", 'hi', "hi'n", 'fe', 'fo', 'e', "e'n", 'ef', 'ei', 'hithau', 'yntau'];

/**
 * Roles and descriptions that point at one identifiable member of the public: in a reply or a
 * local post, "our resident" or "the tenant" is someone the council and neighbours can name.
 * Not "a local man" ("dyn lleol"): the words the police and the press use to name no one
 * (real-text-blind109: "bod dyn lleol wedi cael ei anafu").
 */
export const ROLES = [
  'our resident', 'a resident', 'the resident', 'this resident', 'one resident', 'local resident',
  'our tenant', 'a tenant', 'the tenant', 'this tenant', 'the occupant', 'the occupier', 'the householder',
  'the homeowner', 'a pensioner',
  'the pensioner', 'the complainant', 'the claimant', 'our customer', 'the customer', 'this customer',
  'a customer', 'the caller', 'our caller', 'the patient', 'our client', 'the client', 'a service user',
  'the service user', 'our service user',
  // Staff and volunteers of the organisation: the council's own people are identifiable too.
  'our colleague', 'our apprentice', 'our volunteer', 'our member of staff', 'our staff member', 'our trainee',
  'ein cydweithiwr', 'ein cydweithwraig', 'ein prentis', 'ein gwirfoddolwr', 'ein gwirfoddolwraig', 'ein haelod o staff',
  'ein hyfforddai',
  'y preswylydd', "'r preswylydd", 'ein preswylydd', "'r tenant", "'r claf", "'r cwsmer", "'r pensiynwr", 'preswylydd lleol', 'un preswylydd', 'y tenant', 'ein tenant',
  'tenant lleol', 'y deiliad', 'y pensiynwr', 'yr achwynydd', 'y cwsmer', 'ein cwsmer', 'y claf', 'ein cleient',
  'y defnyddiwr gwasanaeth',
];

/** Second person: in a public reply "you" is the identifiable person replied to. */
export const ADDRESSEE = ['you', 'your', 'yours', "you're", "you've", 'eich', 'chi', 'dy', 'ti', "'ch", 'ych'];

/**
 * Capitalised words that never begin a name's run but often begin a sentence or a greeting:
 * they are trimmed from the front of a run of capitalised words ("Thanks Sian Evans").
 */
export const LEADING_WORDS = [
  'thanks', 'thank', 'diolch', 'congratulations', 'congrats', 'llongyfarchiadau', 'well', 'da', 'happy',
  'pen-blwydd', 'penblwydd', 'hi', 'hello', 'helo', 'dear', 'annwyl', 'shwmae', 'sut', 'today', 'heddiw',
  'yesterday', 'ddoe', 'tomorrow', 'yfory', 'this', 'that', 'these', 'those', 'the', 'a', 'an', 'our', 'ein',
  'please', 'plis', 'if', 'os', 'when', 'pan', 'as', 'and', 'a', 'ac', 'but', 'ond', 'also', 'hefyd', 'we', 'ni',
  'i', 'you', 'chi', 'he', 'she', 'they', 'it', 'his', 'her', 'their', 'mae', 'bydd', 'roedd', 'dyma', 'dyna',
  'yn', 'y', 'yr', 'is', 'was', 'are', 'were', 'meet', 'welcome', 'croeso', 'after', 'ar', 'before', 'cyn',
  'on', 'at', 'in', 'for', 'from', 'to', 'with', 'by', 'of', 'o', 'i', 'gan', 'gyda', 'efo', 'big', 'huge',
  'massive', 'special', 'good', 'great', 'luck', 'pob', 'lwc', 'update', 'diweddariad', 'news', 'newyddion',
  'reminder', 'nodyn', 'atgoffa', 'cllr', 'cyng', 'councillor', 'cynghorydd', 'here', 'there', 'do', "don't",
  'did', 'does', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'my', 'fy', 'no', 'yes', 'sorry',
  'sori', 'apologies', 'ymddiheuriadau', 'who', 'what', 'where', 'why', 'how', 'pwy', 'beth', 'ble', 'pam', 'sut',
  'rt', 'via', 'ps', 'nb', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', "mae'r", "dyma'r", "dyna'r", "gyda'r", "efo'r",
];

/**
 * Capitalised words of places, organisations, events and calendars: a run of capitalised words
 * holding one of them names a thing, not a person ("Cancer Research", "Ysgol Dewi Sant",
 * "Cross Hands Library", "Christmas Market").
 */
export const NOT_NAMES = [
  ...VEHICLE_MAKES,
  // organisations and buildings
  'council', 'cyngor', 'gyngor', 'county', 'sir', 'borough', 'government', 'llywodraeth', 'senedd', 'parliament',
  'ministry', 'department', 'adran', 'office', 'swyddfa', 'service', 'services', 'gwasanaeth', 'gwasanaethau',
  'team', 'tîm', 'tim', 'unit', 'uned', 'board', 'bwrdd', 'trust', 'ymddiriedolaeth', 'association', 'cymdeithas',
  'society', 'club', 'clwb', 'group', 'grŵp', 'grwp', 'foundation', 'sefydliad', 'institute', 'charity', 'elusen', 'fund', 'cronfa',
  'research', 'ymchwil', 'aid', 'care', 'gofal', 'support', 'cymorth', 'network', 'rhwydwaith', 'partnership',
  'partneriaeth', 'forum', 'fforwm', 'committee', 'pwyllgor', 'cabinet', 'cabinet', 'company', 'cwmni', 'ltd',
  'limited', 'cyf', 'plc', 'bank', 'banc', 'fanc', 'mhanc', 'grid', 'commission', 'comisiwn', 'gomisiwn', 'police', 'heddlu', 'fire', 'tân', 'ambulance', 'ambiwlans', 'nhs',
  'gig', 'health', 'iechyd', 'hospital', 'ysbyty', 'surgery', 'meddygfa', 'clinic', 'clinig', 'practice',
  'pharmacy', 'fferyllfa', 'school', 'schools', 'ysgol', 'ysgolion', 'primary', 'cynradd', 'secondary',
  'uwchradd', 'comprehensive', 'academy', 'college', 'coleg', 'university', 'prifysgol', 'nursery', 'meithrin',
  'library', 'llyfrgell', 'museum', 'amgueddfa', 'oriel', 'theatre', 'theatr', 'centre', 'center',
  'canolfan', 'hub', 'hwb', 'neuadd', 'chapel', 'capel', 'eglwys', 'cathedral', 'eglwys',
  'mosque', 'mosg', 'synagogue', 'temple', 'chamber', 'llys', 'prison', 'carchar', 'station', 'gorsaf',
  'market', 'marchnad', 'shop', 'siop', 'store', 'stores', 'café', 'cafe', 'caffi', 'pub', 'tafarn', 'inn',
  'hotel', 'gwesty', 'restaurant', 'bwyty', 'garage', 'garej', 'farm', 'fferm', 'estate', 'ystad',
  // trades a business is named for: "Morris Travel", "Evans Coaches", "Jones Builders"
  'travel', 'coaches', 'motors', 'taxis', 'transport', 'haulage', 'builders', 'plumbing', 'roofing', 'bakery', 'butchers',
  'solicitors', 'accountants', 'lettings', 'carpets', 'furniture',
  'leisure', 'hamdden', 'sports', 'chwaraeon', 'pwll', 'gym', 'stadium', 'stadiwm', 'arena', 'pavilion',
  'pafiliwn', 'fc', 'rfc', 'afc', 'cc', 'cbc', 'bbc', 'itv', 's4c', 'news', 'newyddion', 'radio', 
  'herald', 'journal', 'guardian', 'echo', 'press', 'wasg', 'media', 'cyfryngau', 'diwrnod', 'week',
  'wythnos', 'month', 'mis', 'year', 'blwyddyn', 'festival', 'gŵyl', 'gwyl', 'eisteddfod', 'show', 'sioe', 
  'ffair', 'fun', 'run', 'taith', 'race', 'ras', 'marathon', 'parkrun', 'appeal', 'apêl', 'awards',
  'gwobrau', 'award', 'gwobr', 'lottery', 'loteri', 'act', 'deddf', 'policy', 'polisi', 'strategy',
  'strategaeth', 'plan', 'cynllun', 'scheme', 'programme', 'rhaglen', 'project', 'prosiect', 'campaign',
  'ymgyrch', 'friendly', 'awareness', 'world', 'byd', 'fyd', 'national', 'cenedlaethol', 'highways', 'priffyrdd', 'christmas', 'nadolig', 'easter', 'pasg', 'halloween', 'pride', 'hwyl',
  // places and streets
  'street', 'stryd', 'road', 'heol', 'ffordd', 'avenue', 'rhodfa', 'lôn', 'lon', 'close', 'clos', 'drive',
  'terrace', 'teras', 'crescent', 'cilgant', 'gardens', 'gerddi', 'place', 'square', 'sgwâr', 'sgwar', 'way', 'lane',
  'mews', 'grove', 'parade', 'row', 'rise',
  'rhes', 'parc', 'maes', 'pont', 'bay', 'bae', 'beach',
  'traeth', 'river', 'afon', 'valley', 'cwm', 'dyffryn', 'mountain', 'mynydd', 'coedwig', 
  'castell', 'harbour', 'harbwr', 'port', 'porth', 'quay', 'cei', 'bypass', 'junction', 'cyffordd', 'roundabout',
  'cylchfan', 'gogledd', 'de', 'dwyrain', 'gorllewin', 'upper', 'lower',
  'uchaf', 'isaf', 'town', 'tref', 'city', 'dinas', 'village', 'pentref', 'ward', 'sant', 'santes', 'saint', 'st',
  'wales', 'cymru', 'welsh', 'cymraeg', 'cymreig', 'england', 'lloegr', 'english', 'saesneg', 'scotland', 'ireland',
  'britain', 'british', 'prydain', 'uk', 'europe', 'ewrop', 'carmarthenshire', 'sir gâr', 'carmarthen',
  'caerfyrddin', 'llanelli', 'ammanford', 'rhydaman', 'llandeilo', 'llandovery', 'llanymddyfri', 'whitland',
  'hendy-gwyn', 'kidwelly', 'cydweli', 'newcastle', 'emlyn', 'castellnewydd', 'burry', 'porth tywyn', 'laugharne',
  'talacharn', 'sanclêr', 'clears', 'pembrokeshire', 'sir benfro', 'haverfordwest', 'hwlffordd',
  'swansea', 'abertawe', 'cardiff', 'caerdydd', 'ceredigion', 'aberystwyth', 'powys', 'london', 'llundain',
  'gower', 'gŵyr', 'brecon', 'aberhonddu', 'beacons', 'bannau', 'brycheiniog', 'tywi', 'towy', 'teifi', 'gwendraeth',
  'cymoedd', 'valleys',
  // calendar
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'llun', 'mawrth', 'mercher', 'iau',
  'gwener', 'sadwrn', 'sul', 'dydd', 'nos', 'january', 'february', 'april', 'june', 'july',
  'september', 'october', 'november', 'december', 'ionawr', 'chwefror', 'ebrill', 'mai', 'mehefin',
  'gorffennaf', 'awst', 'medi', 'hydref', 'tachwedd', 'rhagfyr',
  // common capitalised words of posts that are never surnames here
  'covid', 'coronavirus', 'brexit', 'asian', 'muslim', 'christian', 'jewish', 'hindu', 'sikh',
  'labour', 'llafur', 'conservative', 'conservatives', 'tory', 'tories', 'plaid', 'reform', 'liberal', 'democrats',
  'greens', 'independent', 'annibynnol', 'lib', 'dem', 'dems', 'unison', 'unite', 'gmb', 'ucu', 'neu',
  'facebook', 'twitter', 'instagram', 'linkedin', 'threads', 'bluesky', 'youtube', 'tiktok', 'whatsapp', 'google',
  'microsoft', 'amazon', 'apple', 'gov', 'www', 'http', 'https', 'faq', 'ps',
];

/** Words in a handle that make it an organisation's account, not a person's. */
export const ORGANISATION_HANDLE_WORDS = [
  'council', 'cyngor', 'sirgar', 'carms', 'pembs', 'county', 'police', 'heddlu', 'dppolice', 'nhs', 'gig', 'hyweldda',
  'hywelddahb', 'library', 'libraries', 'llyfrgell', 'gov', 'llyw', 'senedd', 'news', 'newyddion', 'school',
  'ysgol', 'uni', 'college', 'coleg', 'club', 'clwb', 'official', 'team', 'fire', 'trust',
  'bbc', 'itv', 's4c', 'radio', 'museum', 'theatre', 'theatr', 'leisure', 'hamdden', 'actif', 'visit', 'croeso',
  'events', 'digwyddiadau', 'info', 'help', 'support', 'cymorth', 'wales', 'cymru', 'uk', 'ltd',
  // Rescue services ("@aberdyfiSART", a search and rescue team, real-text-blind332)
  'rescue', 'sart', 'rnli', 'lifeboat', 'coastguard',
];

/**
 * Organisation handle words that name a place: alone they make a handle an organisation's
 * ("@WalesOnline", "@CarmsNews") only when it has no digits and no given name in it, since
 * people put their area in their handles too ("@lowri_pembs84", "@carms_dai").
 */
export const PLACE_HANDLE_WORDS = ['sirgar', 'carms', 'pembs', 'county', 'wales', 'cymru', 'uk'];

/**
 * Courtesy titles that also mark a name written in lower case ("thanks mrs edwards"), where the
 * title alone shows a person. Not "miss" ("we miss you") nor "dr" (a drive).
 */
export const LOWER_CASE_TITLES = ['mr', 'mrs', 'ms', 'mx', 'cllr', 'cyng'];

/**
 * Words after which a known given name written in lower case is a person, in a post written
 * all in lower case ("well done poppy", "llongyfarchiadau i ffion", "diolch i dai").
 */
export const LOWER_CASE_NAME_AFTER = [
  'done', 'to', 'congrats', 'congratulations', 'thanks', 'thank', 'you', 'diolch', 'llongyfarchiadau', 'i', 'dear',
  'annwyl', 'hi', 'helo', 'hello', 'shwmae', 'bravo', 'iawn', 'colleague', 'apprentice', 'volunteer', 'resident',
  'cydweithiwr', 'cydweithwraig', 'prentis', 'gwirfoddolwr', 'preswylydd', 'and', 'ac', '&', 'with', 'gyda',
];

/** Given names that are also Welsh or English words, not read as names when written in lower case. */
export const LOWER_CASE_NOT_NAMES = ['elin', 'alaw', 'awen', 'gwawr', 'heulwen', 'gwern', 'cai', 'celt', 'frank', 'rob', 'bob', 'ray', 'les', 'iolo', 'hedd', 'llion', 'gwil', 'mali', 'ela', 'efa', 'sara', 'nel', 'lona', 'begw'];

/** Several-word names of places and things whose words alone could be names or surnames. */
export const NOT_NAME_PHRASES = [
  'cross hands', 'st clears', 'burry port', 'pont abraham', 'pen-y-groes', 'black mountain', 'park hall',
  'black lives matter', 'dylan thomas', 'parc howard', 'parc y scarlets', 'bishop gore', 'new year',
  'mothers day', 'fathers day', 'father christmas', 'siôn corn', 'sion corn', 'santa claus', 'good friday',
  'boxing day', 'white ribbon',
  // Mudiad Meithrin's parent and toddler groups: "Ti" is no second person here
  'ti a fi',
];

/** Compass points: a capitalised run starting with one names a place ("East Kilbride", "Gogledd Cymru"). */
export const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'gogledd', 'de', 'dwyrain', 'gorllewin', 'canolbarth']);
