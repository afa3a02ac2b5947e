import { boundaryAfter, escapeRegExp, lowerProse } from '../../model/index.js';
import { publication, type BuiltinDetector, type Match, type PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { antecedent, mentionedWith } from '../../pii/context/mentions.js';
import { allMatches, alternation, FoldedRegex, matchesWithin, phraseRegex, wordSet } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';
import { correspondentsAt } from '../../pii/context/correspondent.js';
import { ageOfPronoun, animalsAge, ambiguousNameBefore, capitalisedBefore, filmCertificate, grownUpSince, kinAroundPattern, type KinAround, kinMentionPattern, kinNamed, kinNamedAfter, kinPattern, nameRightAfter, nameRightBefore, nobodysAge, onlyOwnsChildren, ownChildrenPattern, ownsChildrenIn, schoolByName, besidePupil, adultSchool, noPupilsSchool, subjectOfAge, welshWords } from './lib/child-names.js';
import { FORMER_BEFORE, PLURAL_OFFICIAL_TITLES } from '../../pii/context/lexicon.js';
import { adultAgeAfter, isAdult, roleAfter, visitsToSpeak } from './lib/adult-roles.js';

export interface ChildDetailsParams {
  /** Words that place a child in a school on their own: "pupil", "disgybl", "reception class". */
  'school-words': string[];
  /** Words of a school's name, counted only when capitalised within the name ("Ysgol y Strade", "Model Primary School"). */
  'school-name-words'?: string[];
  /** Class words that take a number: "Year" (Year 4), "Blwyddyn", "Mlwyddyn", "Form". */
  'class-words'?: string[];
  /** Words that make the named person an adult at the school: "teacher", "headteacher", "pennaeth", "author". */
  'adult-words'?: string[];
  /** Letters after a name, as written, of a member of a parliament ("MS", "AS", "MP"): an adult visiting. */
  'member-letters'?: string[];
  /** Words for a son, daughter or grandchild, after which a name that is also a word is a name: "son", "mab", "merch". */
  'kin-words'?: string[];
  /** Elder relatives ("grandad", "taid", "mam"): a mention after one is theirs, so its grown-up age is not the child's. */
  'elder-kin-words'?: string[];
  /** Roles that are children: "local boy", "merch leol". */
  'child-roles'?: string[];
  /** Words of a birth that name the baby next: "birth of", "new baby", "genedigaeth". */
  'birth-words'?: string[];
  /** Words a name's age may follow that are not names: "Children aged 2", "Pupils aged 7". */
  'group-words'?: string[];
  /** Highest age that is a child's (default 17). */
  'max-age'?: number;
  people?: PeopleParams;
}

/** Ages written as words, English and Welsh (with the soft mutation after "yn": "yn ddeg oed"). */
const AGE_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  dwy: 2, ddwy: 2, dau: 2, ddau: 2, tair: 3, dair: 3, tri: 3, dri: 3, pedair: 4, bedair: 4, pedwar: 4, bedwar: 4,
  pump: 5, bump: 5, chwech: 6, saith: 7, wyth: 8, naw: 9, deg: 10, ddeg: 10, 'un ar ddeg': 11, deuddeg: 12,
  ddeuddeg: 12, 'tair ar ddeg': 13, 'dair ar ddeg': 13, 'tri ar ddeg': 13, 'pedair ar ddeg': 14, 'bedair ar ddeg': 14,
  'pedwar ar ddeg': 14, pymtheg: 15, bymtheg: 15, 'un ar bymtheg': 16, 'dwy ar bymtheg': 17, 'dau ar bymtheg': 17,
  deunaw: 18, ddeunaw: 18,
  // The forms before "blwydd"/"mlwydd oed" ("pum mlwydd oed", "deng mlwydd oed"), and "blwydd" joined
  // on as two and three take it ("y plentyn dwyflwydd oed", "yn deirblwydd oed", "yn flwydd oed").
  pum: 5, bum: 5, chwe: 6, deng: 10, ddeng: 10, deuddeng: 12, ddeuddeng: 12, pymtheng: 15, bymtheng: 15,
  blwydd: 1, flwydd: 1, dwyflwydd: 2, ddwyflwydd: 2, teirblwydd: 3, deirblwydd: 3,
};
const WORD_AGE = alternation(Object.keys(AGE_WORDS));
/** The tens of a larger number before an age word: "Twenty-three", "thirty three". */
const TENS_BEFORE = /(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[ \u00A0\-‐‑]*$/iu;
const YEARS_OLD = String.raw`(?:[ \u00A0-]*years?[ \u00A0-]*old|[ \u00A0-]*yr[ \u00A0-]*old|(?:[ \u00A0-]+|[ \u00A0]*\r?\n[ \u00A0]*)(?:[mbf]lwydd[ \u00A0-]+)?oed)`; // (a line may break before "oed")

// Ages: "(7)", "(7 oed)", "aged 7", "aged seven", "7 years old", "seven-year-old", "7 oed", "naw oed", "20 months old",
// "yn ddeg oed", "9 mlwydd oed"; and a bare number right after a name: "Orla, 16, said".
// Each alternative tests its start boundary after its body (boundaryAfter): the same matches, scanned faster.
const AGE_SOURCE = [
  String.raw`\((?<paren>\d{1,2})(?:[ \u00A0]*(?:oed|yrs?|years?))?\)`,
  boundaryAfter(String.raw`(?<![\p{L}])`, String.raw`(?:aged?|oed)[ \u00A0]+(?:(?<aged>\d{1,2})(?!\d)|(?<agedWord>${WORD_AGE})(?![\p{L}]))`),
  boundaryAfter(String.raw`(?<![\p{L}\p{N}])`, String.raw`(?:(?<old>\d{1,2})|(?<oldWord>${WORD_AGE}))${YEARS_OLD}(?![\p{L}])`),
  // Months: "20 months old", "an 18-month-old", "6 mis oed", "chwe mis oed": a baby or a toddler.
  boundaryAfter(String.raw`(?<![\p{L}\p{N}])`, String.raw`(?<months>\d{1,2}|${WORD_AGE})(?:[ \u00A0-]*months?[ \u00A0-]*old|[ \u00A0]+mis[ \u00A0]+oed)(?![\p{L}])`),
  // "Gethin, who is seven and lives in …", "Ava, who turned 6 today": an age with no "years old".
  boundaryAfter(String.raw`(?<![\p{L}])`, String.raw`(?:who[ \u00A0]+is(?:[ \u00A0]+(?:now|only|just))?|who['’]s(?:[ \u00A0]+(?:now|only|just))?|who[ \u00A0]+(?:has[ \u00A0]+just[ \u00A0]+)?turn(?:ed|s))[ \u00A0]+(?:(?<who>\d{1,2})(?!\d)|(?<whoWord>${WORD_AGE})(?![\p{L}]))(?=[ \u00A0]*(?:[,.;:!?)]|$)|[ \u00A0]+(?:and|today|this|on|last|next)(?![\p{L}]))`),
  // "Oliver is 13: …", "Malkia is 12 and says …": "is" and a number ending its clause, right
  // after a name (the only subject taken for it: "the score is 13" is no one's age).
  // Welsh "sy'n 10" too ("I Gruff sy'n 10 a Llywelyn sy'n saith …").
  boundaryAfter(String.raw`(?<![\p{L}])`, String.raw`(?:is|being|sy['’]n)(?:[ \u00A0]+(?:now|only|just))?[ \u00A0]+(?:(?<isAge>\d{1,2})(?!\d)|(?<isWord>${WORD_AGE})(?![\p{L}]))(?=[ \u00A0]*(?:[,.;:!?)]|$)|[ \u00A0]+(?:and|today|this|on|last|next|a|ac|heddiw|eleni)(?![\p{L}]))`),
  String.raw`(?<=,[ \u00A0]?)(?<bare>\d{1,2})(?=[ \u00A0]*,|[.!](?![\p{L}\p{N}])|[ \u00A0]+[–—][ \u00A0]|[ \u00A0]+(?:from|of|o|and|ac|said|meddai|who|sy['’]n|sydd)(?![\p{L}]))`,
  // In words, in English lists: "nephew Bailey Allen, four, niece Skye, two, and …".
  String.raw`(?<=,[ \u00A0]?)(?<bareWord>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)(?=[ \u00A0]*[,.;]|[ \u00A0]+(?:and|who)(?![\p{L}]))`,
].join('|');

/** Not after a letter, mark, digit or underscore: a whole word's start. */
const WORD_BOUNDARY = String.raw`(?<![\p{L}\p{M}\p{N}_])`;

interface Compiled {
  trigger: FoldedRegex; adult: FoldedRegex; childRoles: Set<string>; groups: Set<string>;
  /** The school-name words written out ("ysgol", "primary"), without the status letters (CP, VC). */
  schoolNames: FoldedRegex;
  /** Member letters right after a name, and anywhere in a post; undefined with none listed. */
  member?: { after: RegExp; anywhere: RegExp };
  /** A son or daughter named before an age (the pack's kin-words); undefined with none listed. */
  kin?: RegExp;
  /** A son or daughter named after an age, the kin word between or before it. */
  kinAround?: KinAround;
  /** A relative's mention ("his grandad Mr Bell", "ei daid, Mr Bell"): elder kin words or a possessive before it. */
  elderKin: RegExp;
  /** A pronoun owning children ("her two children", "ei dau blentyn"): kin and group words after his, her, their, ei or eu. */
  ownChildren: RegExp;
}

const cache = new WeakMap<object, Compiled>();

function compile(params: ChildDetailsParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    c = {
      // Named groups: an age, a word of a school's name (`school`), a birth word (`birth`);
      // otherwise a school word, or a class word with its number.
      // Matched on the lower-cased text (FoldedRegex): a case-insensitive Unicode pattern this
      // long costs several times as much per character.
      trigger: new FoldedRegex((fold) =>
        `${AGE_SOURCE}|${word(params['school-name-words'], 'school', fold)}|${word(params['birth-words'], 'birth', fold)}|${word(params['school-words'], undefined, fold)}` +
          (params['class-words']?.length ? `|${boundaryAfter(WORD_BOUNDARY, `(?:${alternation(fold ? params['class-words'].map((w) => w.toLowerCase()) : params['class-words'])})[ \\u00A0]?\\d{1,2}(?!\\d)`)}` : '') +
          `|${SHORT_CLASS}|${teachersClass(fold)}`,
      ),
      adult: phraseRegex(params['adult-words']),
      schoolNames: phraseRegex(params['school-name-words']?.filter((w) => !ABBREVIATION.test(w.toUpperCase()))),
      member: memberPatterns(params['member-letters']),
      kin: kinPattern(params['kin-words']),
      kinAround: kinAroundPattern(params['kin-words']),
      elderKin: kinMentionPattern(params['elder-kin-words'] ?? []),
      ownChildren: ownChildrenPattern([...(params['kin-words'] ?? []), ...(params['group-words'] ?? [])]),
      childRoles: wordSet(params['child-roles']),
      groups: wordSet(params['group-words']),
    };
    cache.set(params, c);
  }
  return c;
}

/** Between an adult's role and the school it is held at: "prifathro yr ", "headteacher of the Primary ", "athrawes yn ", "cafodd ei haddysg yn Ysgol … ac yna yn ". */
const ROLE_OF = /^[ \u00A0]*(?:(?:of|at|in|yr|y|'r|o|yn|ym|the|ac[ \u00A0]+yna|and[ \u00A0]+then|yna|wedyn|then|\p{Lu}[\p{L}\p{M}'’-]*)[ \u00A0]+)*$/u;

/** A secondary school's form group after "in" or "o": "in 7E", "o 10R" (case-sensitive). */
const FORM_GROUPS = /(?<=[ \u00A0])(?:in|from|of|o|yn|ym)[ \u00A0]+(?:1[0-3]|[1-9])[A-Z]{1,2}(?![\p{L}\p{N}])/gu;
const FORM_GROUP = new RegExp(FORM_GROUPS.source, 'u');
const SCHOOL_CONTEXT = /(?<![\p{L}])(?:year|years|blwyddyn|flwyddyn|mlwyddyn|form|dosbarth|school|ysgol|pupils?|students?|disgyblion|disgybl|myfyrwyr)(?![\p{L}])/iu;

/** A year group written short: "Yr 2", "yr. 6", "Y4", Welsh "Bl2", "Bl. 3" (not Welsh "yr 1af", "yr 2il": no letters after the number; not a time, "yr 8.40 i Fangor"). */
const SHORT_CLASS = boundaryAfter(String.raw`(?<![\p{L}\p{M}\p{N}_])`, String.raw`(?:yr\.?[ \u00A0]?|y|bl\.?[ \u00A0]?)\d{1,2}(?![\p{L}\p{N}]|[.:]\d)`);
/** A class named by its teacher: "Mrs Davies' class", "Mr Jones's class", "dosbarth Mrs Harries", "o ddosbarth Miss Evans". */
const teachersClass = (fold: boolean) => {
  const title = fold ? 'mr|mrs|miss|ms|mx' : 'Mr|Mrs|Miss|Ms|Mx';
  return boundaryAfter(String.raw`(?<![\p{L}])`, String.raw`(?:(?:${title})\.?[ \u00A0]+[\p{L}][\p{L}'’-]*[ \u00A0]+(?:class|form)|(?:dosbarth|ddosbarth|nosbarth)[ \u00A0]+(?:${title}|${fold ? 'mistar|meistres' : 'Mistar|Meistres'})\.?[ \u00A0]+[\p{L}][\p{L}'’-]*)(?![\p{L}])`);
};

const word = (list: string[] | undefined, group?: string, fold = false) =>
  list?.length ? `${boundaryAfter(WORD_BOUNDARY, `${group ? `(?<${group}>` : '(?:'}${alternation(fold ? list.map((w) => w.toLowerCase()) : list)})`)}(?![\\p{L}\\p{M}\\p{N}_])` : '(?!)';

/**
 * A school's status written short (CP, VC, VA): a school's beside a school word ("Ysgol Gynradd
 * Llanfair VC") or ending the name ("Ferryside CP"), not before a person's ("our National VC Emyr").
 */
const ABBREVIATION = /^\p{Lu}{2,3}$/u;
const besideSchoolWord = (c: Compiled, text: string, start: number, end: number) => matchesWithin(c.schoolNames, text, Math.max(0, start - 40), Math.min(text.length, end + 30));
/** Ending a school's name ("Ferryside CP for …"): no capitalised word follows, as a person's name would ("our National VC Emyr Gruffydd"). */
const endsName = (text: string, end: number) => !/^[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 3));

/** "Ysgol y Strade", "Ysgol Gymraeg", "Model Primary School": the word is capitalised and so is a neighbour. */
function inSchoolName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text[start])) return false;
  return /^[ \u00A0]+(?:(?:y|yr)[ \u00A0]+)?\p{Lu}/u.test(text.slice(end, end + 6)) || /\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+$/u.test(text.slice(Math.max(0, start - 30), start));
}


/** A photograph's credit right before a name ("(Image: Ian Burt)", "Llun: Huw Example"): the photographer. */
const PHOTO_CREDIT = /(?:image|photo|photograph|picture|pic|credit|llun|ffotograff)[ \u00A0]*(?:by|gan)?[ \u00A0]*[:\-–][ \u00A0]*$|(?:photo|photograph|picture|llun)[ \u00A0]+(?:by|gan)[ \u00A0]+$/iu;
/** "by" or "gan" right before a name: the name is credited with a work. */
const CREDITED = /(?:^|[^\p{L}])(?:by|gan)[ \u00A0]+$/iu;
/** Between a birth word and the baby's name: "the birth of their granddaughter, Nel", "genedigaeth ei merch fach Nel". */
const BIRTH_GAP = /^(?:[ \u00A0,]+(?:his|her|their|a|the|baby|little|daughter|son|granddaughter|grandson|girl|boy|ei|eu|y|yr|merch|mab|ŵyr|wyr|wyres|ŵyres|fach|bach|newydd))*[ \u00A0,]+$/iu;
/** A school or class word this close to a name makes the name a pupil; farther off it is another clause's. */
const NEAR = 80;
/** After a bare age, a relative clause or a verb about a person: ", who has …", ", sy'n …", ", lives with …" (a verb in -s, not -ss). */
const WHO_AFTER = /^[ \u00A0]*,[ \u00A0]*(?:who|sy['’]n|sydd|is|was|has|had|\p{Ll}+(?<!s)s)(?![\p{L}])/u;
/** Between a name and its age: "Tom, aged", "Ffion, who is", "sy'n", "bron yn", "Layla … at just", "yn ddim ond". */
const AGE_GAP = /^[\s,]*(?:who is\s+|is\s+(?:now\s+|only\s+|just\s+|nearly\s+|almost\s+)?|at\s+(?:just\s+|only\s+|the\s+age\s+of\s+)?|sy['’]n\s+|(?:bron\s+)?yn\s+(?:ddim\s+ond\s+)?)?$/u;
/** A role between a name and its bracketed age: " – Young Mentor ", ", Llysgennad Ifanc ". */
const ROLE_GAP = /^[ \u00A0]*[,–—-][ \u00A0]*(?:[\p{L}\p{M}'’-]+[ \u00A0]+){1,4}$/u;
const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/child-details`: a named child with an age, a school or a class (UK GDPR Art. 8 and
 * recital 38; ICO Age Appropriate Design Code). A child is named when a given name or full name
 * (no courtesy title: "Mrs Evans" at a school is staff) is within a few words of a school or
 * class word in the same sentence, or sits right by an age under 18 ("Ffion (7)", "Tom, aged
 * 9", "9-year-old Tom", "Cai, 7 oed", "Elis, naw oed", "Orla, 16, said"), or is the baby of a
 * birth ("the birth of their daughter, Nel"). A pronoun reaches back to the name of the
 * sentence before ("Well done Megan! She is in Year 6 at …"). Pupils without names ("Year 4
 * pupils at Ysgol …"), ages of groups ("Children aged 2"), saints and characters ("Ysgol Dewi
 * Sant", "Wil the Road Safety Dragon") and adults at the school ("headteacher Sian Evans", an
 * author visiting, a name given an adult's role anywhere in the post) are not reported.
 */
export const detector: BuiltinDetector<ChildDetailsParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['school-words'],
    properties: {
      'school-words': { ...stringList, minItems: 1 },
      'school-name-words': stringList,
      'class-words': stringList,
      'adult-words': stringList,
      'member-letters': stringList,
      'kin-words': stringList,
      'elder-kin-words': stringList,
      'child-roles': stringList,
      'birth-words': stringList,
      'group-words': stringList,
      'max-age': { type: 'integer', minimum: 1, maximum: 25, default: 17 },
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const c = compile(params);
    const { adult, childRoles } = c;
    const maxAge = params['max-age'] ?? 17;
    const lex = lexicon(params.people);
    const account = post.frontMatter.account;
    const out = new Map<number, Match>();
    let sentence: [number, number] = [-1, -1];
    let named: PersonRef[] = [];
    let pupils: PersonRef[] = [];
    let earlier: PersonRef | undefined;
    let today: string | undefined;
    // Findings that consent cannot cover: an age or birth, or a full name (see the end).
    const beyondConsent = new Set<Match>();
    const report = (child: PersonRef, from: number, to: number, strong = false) => {
      // A child named in the sentence before: the finding is this sentence's detail.
      const [s, e] = child.start < sentence[0] ? [from, to] : [Math.min(child.start, from), Math.max(child.end, to)];
      let match = out.get(child.start);
      if (match) {
        match.start = Math.min(match.start, s);
        match.end = Math.max(match.end, e);
      } else out.set(child.start, (match = { start: s, end: e, sensitive: true }));
      if (strong || /[ \u00A0]/.test(child.text.trim())) beyondConsent.add(match);
    };
    // An adult here, or where the same name appears elsewhere in the post ("… enillodd Liah wobr cymhorthydd").
    // Given names of people with a courtesy title in the post ("Mrs Jean Harries … thank you Jean!"): children have none.
    // Every word of the name is in the titled person's ("Jean" in "Mrs Jean Harries"; not "Ffion Bowen" for "Mrs Ffion Hughes").
    let titledNames: Array<Set<string>> | undefined;
    const words = (t: string) => t.toLowerCase().split(/[ \u00A0]+/);
    const titled = (p: PersonRef) => (titledNames ??= findPeople(text, post.bodyStart, text.length, lex, { account })
      .filter((q) => q.kind === 'titled' || q.kind === 'official')
      .map((q) => new Set(words(q.text).slice(1)))).some((names) => words(p.text).every((w) => names.has(w)));
    // Whether the post has an adult's role word, a member's letters or a digit (an age) at all:
    // without one, no other mention can make anyone an adult.
    let anyAdult: boolean | undefined;
    // The person a reply greets ("Hi Huw, the new school parking ...") wrote to the council: not a pupil.
    const greeted = new Set(correspondentsAt(post));
    // A member of a parliament, by the letters after the name as written ("Non Griffiths AS").
    const member = (end: number) => c.member?.after.test(text.slice(end, end + 16)) ?? false;
    let anyMember: boolean | undefined;
    let anyAge: boolean | undefined;
    const isChild = (p: PersonRef) =>
      !greeted.has(p.start) && !member(p.end) && !PLURAL_TITLE_LIST.test(text.slice(Math.max(0, p.start - 80), p.start)) &&
      !isAdult(text, p.start, p.end, sentence, adult) && !adultAgeAfter(text, p.end, maxAge) && !visitsToSpeak(text, p.end) && !titled(p) && !schoolByName(text, p) && !besidePupil(text, p) && !STAFF_AFTER.test(text.slice(p.end, Math.min(sentence[1], p.end + 60))) &&
      // Another mention with a role, a member's letters or a grown-up's age ("Mr Bell, 62 oed";
      // not a relative's: "his grandad Mr Bell, 62"): an adult.
      !(((anyAdult ??= matchesWithin(adult, text, post.bodyStart, text.length)) || (anyMember ??= c.member?.anywhere.test(text) ?? false) || (anyAge ??= /\d/.test(text))) &&
        mentionedWith(text, post.bodyStart, text.length, p, (s, e) => isAdult(text, s, e, sentenceAt(text, s), adult) || roleAfter(text, e, adult) || member(e) || (adultAgeAfter(text, e, maxAge) && !c.elderKin.test(text.slice(Math.max(0, s - 30), s))), sentence));
    const { re: trigger, text: scan } = c.trigger.on(text, lowerProse(post));
    trigger.lastIndex = 0;
    for (let m = trigger.exec(scan); m; m = trigger.exec(scan)) {
      const start = m.index;
      const end = start + m[0].length;
      if (start >= sentence[1]) {
        sentence = sentenceAt(text, start);
        named = findPeople(text, sentence[0], sentence[1], lex, { account })
          .filter((p) => p.kind === 'name' || (p.kind === 'role' && childRoles.has(p.text.toLowerCase())));
        // With only a school word to go on, a name must be a known given name or surname
        // ("Ffion", "Tom Jones"): capitals alone are too often a place or a college.
        pupils = named.filter((p) => (p.kind === 'role' || p.given) && isChild(p));
        earlier = undefined;
        if (!named.length) {
          const before = antecedent(text, sentence[0], sentence[1], lex, { account });
          // "Sophie Edwards … Aeth ei dau blentyn i Gylch Meithrin": her children, not Sophie, go there.
          if (before?.kind === 'name' && before.given && isChild(before) && !onlyOwnsChildren(text, sentence[0], sentence[1], c.ownChildren, lex)) earlier = before;
        }
      }
      const g = m.groups ?? {};
      // A former pupil is grown up: "yn gyn-ddisgyblion yn Ysgol …", "ex-pupils", "former pupils of".
      if (FORMER_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      if (g.school !== undefined && (!inSchoolName(text, start, end) || noPupilsSchool(text, start, end) || (ABBREVIATION.test(text.slice(start, end)) && !besideSchoolWord(c, text, start, end) && !endsName(text, end)))) continue;
      if (g.birth !== undefined) {
        const baby = named.find((p) => p.start >= end && p.start - end <= 50 && BIRTH_GAP.test(text.slice(end, p.start)));
        if (baby) report(baby, start, baby.end, true);
        continue;
      }
      const ageText = g.paren ?? g.aged ?? g.old ?? g.who ?? g.isAge ?? g.bare ?? (g.months !== undefined ? '0' : undefined);
      const ageWord = g.agedWord ?? g.oldWord ?? g.whoWord ?? g.bareWord ?? g.isWord;
      if (ageText !== undefined || ageWord !== undefined) {
        if (nobodysAge(text, start, end)) continue;
        const age = ageText !== undefined ? Number(ageText) : AGE_WORDS[ageWord!.toLowerCase().replace(/\s+/g, ' ')];
        // The units of a larger number: "Twenty-three year old", "thirty three years old".
        if (g.oldWord !== undefined && TENS_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
        if (!(age <= maxAge) || grownUpSince(text, sentence, start, age, maxAge, (today ??= publication(post, ctx).date))) continue;
        // The age belongs to the name right before it ("Ffion (7)", "Tom, aged 9") or right after ("9-year-old Tom").
        // A bracketed age may follow the person's role in a list ("Anna Williams – Young Mentor (16)").
        const gapOk = (p: PersonRef) => (start - p.end <= 16 && AGE_GAP.test(text.slice(p.end, start))) || (g.paren !== undefined && start - p.end <= 40 && ROLE_GAP.test(text.slice(p.end, start)));
        const before = named.find((p) => p.end <= start && gapOk(p) && !welshWords(p, lex));
        // The person a pronoun the age is said of points to ("Tomi … a dim ond chwech oed ydi o!").
        const pointedTo = () => (ageOfPronoun(text, sentence[0], start, end) ? (named.filter((p) => p.end <= start).pop() ?? earlier) : undefined);
        if (g.isAge !== undefined || g.isWord !== undefined) {
          const subject = before ?? pointedTo();
          if (subject?.kind === 'name' && isChild(subject)) report(subject, start, end, true);
          continue;
        }
        if (g.bare !== undefined || g.bareWord !== undefined) {
          // "a’u mab, Will, 16": after a son or daughter, a name that is also a word is a name.
          // "Tal, 14, who has …": an age then "who" says a person is meant, by a name that is also a word.
          const whoAfter = WHO_AFTER.test(text.slice(end, end + 12)) ? capitalisedBefore(text, sentence[0], start, lex) : undefined;
          const child = before ?? kinNamed(text, sentence[0], start, lex, c.kin) ?? ambiguousNameBefore(text, sentence[0], start, lex) ?? whoAfter;
          if (child && child.kind === 'name' && isChild(child) && !animalsAge(text, child, start, end)) report(child, start, end, true);
          continue;
        }
        // Right after the age, or after the Welsh copula of a fronted age ("Dim ond 16 oed oedd Jack").
        const after = named.find((p) => p.start >= end && ((p.start - end <= 2 && !/[.!?:;]/.test(text.slice(end, p.start))) || COPULA_GAP.test(text.slice(end, p.start))));
        const child = before ?? after ?? kinNamedAfter(text, start, end, lex, c.kinAround) ?? kinNamed(text, sentence[0], start, lex, c.kin) ?? (g.old ?? g.oldWord ? nameRightAfter(text, end, lex, c.groups) : undefined) ?? nameRightBefore(text, sentence[0], start, lex, c.groups) ?? subjectOfAge(text, named, start) ?? pointedTo() ?? earlier;
        if (child && !animalsAge(text, child, start, end) && !filmCertificate(text, child, g.paren)) report(child, start, end, true);
        continue;
      }
      // With only a school word (no class or year), a name credited with a work ("gan Bedwyr
      // Rees", "by Sian Evans": a play for pupils, songs for nursery children) is its author.
      const schoolWordOnly = !/\d|class|form|dosbarth/i.test(m[0]);
      // A school named as an adult's post ("iddo fod yn brif-athro yr Ysgol Gynradd", "headteacher
      // of the Primary School") is that adult's, not a pupil's beside it.
      if (schoolWordOnly && allMatches(adult, text, Math.max(sentence[0], start - 80), start).some(([, e]) => ROLE_OF.test(text.slice(e, start))) || adultSchool(text, start)) continue;
      // A parent who speaks of "her 14-year-old son and daughter" before the school words: they are the children's.
      const parent = (p: PersonRef) => p.end <= start && ownsChildrenIn(c.ownChildren, text.slice(p.end, start));
      const near = pupils.filter((p) => (p.end <= start ? start - p.end : p.start - end) <= NEAR && !parent(p) && !PHOTO_CREDIT.test(text.slice(Math.max(0, p.start - 20), p.start)) && !(schoolWordOnly && CREDITED.test(text.slice(Math.max(sentence[0], p.start - 8), p.start))));
      for (const child of near) report(child, child.start, child.end <= start ? end : child.end);
      if (!near.length && !named.length && earlier) report(earlier, start, end);
    }
    // A form group right after a pupil's name ("Robyn in 7E, Alex in 7M"), in a post about a
    // school, its years or its pupils: written with its capital, so "in 7m" (metres) is not one.
    if (FORM_GROUP.test(text) && SCHOOL_CONTEXT.test(text)) {
      for (const f of text.matchAll(FORM_GROUPS)) {
        const at = f.index!;
        sentence = sentenceAt(text, at);
        const child = findPeople(text, sentence[0], sentence[1], lex, { account }).find((p) => p.kind === 'name' && p.given && p.end <= at && at - p.end <= 2 && isChild(p));
        if (child) report(child, child.start, at + f[0].length);
      }
    }
    // Children named together ("Rhys and Cerys from Ysgol …") give one finding.
    const merged: Match[] = [];
    for (const m of [...out.values()].sort((a, b) => a.start - b.start)) {
      const last = merged[merged.length - 1];
      if (last && m.start < last.end) last.end = Math.max(last.end, m.end);
      else merged.push(m);
    }
    // A post whose front matter records consent for the people in its image (a parent's, for a
    // pupil's award photo) may name a child by first name with their school: left as information,
    // to check the consent covers the name. An age, a birth or a full name is reported as ever.
    if (merged.length && post.frontMatter.attachments?.some((a) => a.people === true && a.consent?.trim())) {
      for (const m of merged) {
        if ([...beyondConsent].some((b) => b.start < m.end && b.end > m.start)) continue;
        m.severity = 'info';
        m.note = "Consent is recorded for this post's image: check it covers naming the child in the text.";
        m.noteCy = "Mae caniatâd wedi'i gofnodi ar gyfer delwedd y neges hon: gwiriwch ei fod yn cynnwys enwi'r plentyn yn y testun.";
      }
    }
    return merged;
  },
};

/** The Welsh copula between a fronted age and its subject: "16 oed oedd Jack", "saith oed yw Cai". */
const COPULA_GAP = /^[ \u00A0]+(?:oedd|yw|ydy|ydi|fydd|bydd)[ \u00A0]+$/u;

/**
 * A name followed by the organisation's team or service is staff: "Eleri from our Education
 * team", "Tom from the council's play team", "Eleri o'n tîm Addysg", "Eleri o dîm Addysg y Cyngor";
 * so is one who runs something there: "Rae Pritchard, sy’n cynnal y clwb ar ôl yr ysgol yn Ysgol …"
 * (real-text-blind316), "who runs the breakfast club".
 */
const STAFF_AFTER = /^[ \u00A0]*,?[ \u00A0]*(?:(?:who[ \u00A0]+(?:runs|leads|organises|organizes|coaches|manages)|sy['’]n[ \u00A0]+(?:cynnal|rhedeg|arwain|trefnu|hyfforddi|rheoli))[ \u00A0]+(?:the|a|an|y|yr|['’]r)(?![\p{L}])|(?:from|of|in|with|at)[ \u00A0]+(?:our|the[ \u00A0]+council['’]s)[ \u00A0]+(?:[\p{L}'’&-]+[ \u00A0]+){0,3}(?:team|department|service|services|section|unit|staff|crew)(?![\p{L}])|(?:o['’]n|gyda['’]n|yn[ \u00A0]+ein)[ \u00A0]+(?:tîm|tim|nhîm|adran|hadran|gwasanaeth|staff)(?![\p{L}])|(?:o|o['’]r|gyda|gyda['’]r|efo)[ \u00A0]+(?:tîm|tim|dîm|dim|adran|wasanaeth|gwasanaeth|staff)(?![\p{L}])[^.!?\n]{0,40}(?:y|['’]r)[ \u00A0]+[Cc]yngor(?![\p{L}]))/u;

/**
 * The letters of a member of a parliament after a name, as written (`member-letters`: MS / AS
 * for the Senedd, MP …). An adult visiting a school ("Croeso i Non Griffiths AS … Mae Non wedi
 * …"), however the post goes on to name them; never the word "as" (lower case), nor an AS level.
 */
function memberPatterns(letters: string[] | undefined): Compiled['member'] {
  if (!letters?.length) return undefined;
  const body = `(?:${letters.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}]|[ \\u00A0-]*(?:[Ll]evel|[Ll]efel))`;
  return { after: new RegExp(`^,?[ \\u00A0]+${body}`, 'u'), anywhere: new RegExp(`[ \\u00A0]${body}`, 'u') };
}

/** A name later in a list under one plural title: "Cllrs Antony Jones and Terry Davies", "y Cynghorwyr Sian Evans, Huw Owen a …". */
const PLURAL_TITLE_LIST = new RegExp(String.raw`(?<![\p{L}])(?:${PLURAL_OFFICIAL_TITLES.join('|')})\.?[ \u00A0]+(?:\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+|,[ \u00A0]*)){1,6}(?:(?:and|a|ac|&)[ \u00A0]+)?$`, 'u');
