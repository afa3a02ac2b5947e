import { boundaryAfter, lowerProse } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams, type PersonRef } from '../../pii/context/people.js';
import { antecedent, mentionedWith, PERSON_NOUNS, surnameMention } from '../../pii/context/mentions.js';
import { allMatches, alternation, FoldedRegex, matchesWithin, phraseRegex, wordSet } from '../../pii/context/phrases.js';
import { addressedBefore, correspondentAt, onCondition } from '../../pii/context/correspondent.js';
import { atSentenceStart, sentenceAt } from '../../pii/context/sentences.js';
import { timeNotDeath } from '../../pii/context/deaths.js';
import { isTopic, topicWords } from '../../pii/context/terms.js';
import { aboutAnimal } from '../../pii/context/animals.js';
import { bySeatOrParty, SOURCE_WORDS } from '../../pii/context/lexicon.js';
import { aboutGroup, NOT_AT_WORK, nobodysNow, otherSubject, ownedByOthers, sharedRisk } from './lib/subjects.js';

export interface SpecialCategoryParams {
  /** Each category's terms (English and Welsh, mutated forms written out); see phrases.ts for syntax. */
  categories: Array<{ name: string; 'name-cy'?: string; terms: string[]; 'cased-terms'?: string[]; 'not-about-officials'?: boolean; 'not-after'?: string[] }>;
  /** Words before a named hospital that put someone in it: "is in Glangwili Hospital", "taken to Withybush Hospital". */
  'stay-words'?: string[];
  /** Words that end a hospital's or hospice's name: Hospital, Hospice, Infirmary (as written, capitalised). */
  'hospital-words'?: string[];
  /**
   * Words that mark a death ("died", "passed away", "bu farw", "y diweddar"): data protection law
   * is about the living, so what a post says of someone who has died is not reported.
   */
  'deceased-words'?: string[];
  /** Titles and ranks whose holder, quoted, speaks for their organisation: what they say is not about them ("Sergeant … said: “… injuries to somebody”"). */
  'speaker-titles'?: string[];
  /** Words right before such a stay that make the person staff there: "meddyg yn Ysbyty …", "a nurse in … Hospital". */
  'staff-words'?: string[];
  /**
   * A hospital's parts, named before a stay ("Uned Cancr yn yr ysbyty", "the Dewi Ward in
   * hospital"): the stay says where the unit is, not that someone is a patient.
   */
  'unit-words'?: string[];
  'not-before'?: string[];
  'not-after'?: string[];
  groups?: string[];
  /** Services named by a term, written in lower case ("uned mân anafiadau", "minor injuries unit"): a term inside one is the service's. */
  services?: string[];
  /** Describing words that name people as a group after an article ("the disabled", "yr anabl"). */
  'group-adjectives'?: string[];
  /** Nouns after which "on" or "ar" makes the term a topic: "a talk on diabetes", "sgwrs ar ddementia". */
  'topic-nouns'?: string[];
  /** Words before "for" or "am" that make the term a patient's, not a topic: "treatment for leukaemia", "triniaeth am ganser". */
  'treated-words'?: string[];
  people?: PeopleParams;
}

interface Compiled { notAfter: Array<FoldedRegex | undefined>; terms: FoldedRegex; cased?: RegExp; stay?: RegExp; staff?: RegExp; unit?: RegExp; speakers: Set<string>; health: number; names: string[]; namesCy: string[]; officialsExempt: boolean[] }

const cache = new WeakMap<object, Compiled>();
/** Not after a letter, mark, digit or underscore: a whole word's start. */
const WORD_EDGE = String.raw`(?<![\p{L}\p{M}\p{N}_])`;

/**
 * One regex for every category, a group per category so a hit says which; and one for the
 * terms matched as written ("has MS": the condition, where "Ms" is a title and "MS" after a
 * name a Member of the Senedd).
 */
function compile(params: SpecialCategoryParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    const groups = (fold: boolean) => params.categories.map((cat) => `(${alternation(fold ? cat.terms.map((t) => t.toLowerCase()) : cat.terms)})`);
    const cased = params.categories.some((cat) => cat['cased-terms']?.length)
      ? params.categories.map((cat) => (cat['cased-terms']?.length ? `(${alternation(cat['cased-terms'])})` : '((?!))'))
      : undefined;
    c = {
      // The start's boundary is tested after the body (boundaryAfter): V8 then scans for the
      // terms' first letters instead of trying every position. Group 1 is that wrapper.
      terms: new FoldedRegex(
        (fold) => `${boundaryAfter(WORD_EDGE, `(?:${groups(fold).join('|')})`)}(?![\\p{L}\\p{M}\\p{N}_])`,
        () => params.categories.flatMap((cat) => cat.terms.map((t) => t.toLowerCase())),
      ),
      ...(cased ? { cased: new RegExp(`${boundaryAfter(WORD_EDGE, `(?:${cased.join('|')})`)}(?![\\p{L}\\p{M}\\p{N}_])`, 'gu') } : {}),
      ...(params['stay-words']?.length && params['hospital-words']?.length
        ? { stay: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(params['stay-words'])})[ \\u00A0]+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*[ \\u00A0]+){1,3}(?:${alternation(params['hospital-words'])})(?![\\p{L}\\p{M}])`, 'gu') }
        : {}),
      // A staff word, then perhaps the rest of a job's title or a place in the building, no verb of a stay in it
      // ("Swyddog Clerigol Cofnodion Iechyd yn Ysbyty …", "gwirfoddoli ar y ddesg flaen yn Ysbyty …", "clerc ffeilio yn Ysbyty …").
      ...(params['staff-words']?.length ? { staff: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(params['staff-words'].flatMap((w) => [w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase()]))})(?:[ \\u00A0]+(?!${NOT_AT_WORK}(?![\\p{L}]))[\\p{L}\\p{M}'’-]+){0,4}[ \\u00A0]*$`, 'u') } : {}),
      // A unit's word in either case, then up to four words of its name or its place, no verb of a stay among them.
      ...(params['unit-words']?.length ? { unit: new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(params['unit-words'].flatMap((w) => [w.toLowerCase(), w[0]!.toUpperCase() + w.slice(1).toLowerCase()]))})(?:[ \\u00A0]+(?!${NOT_AT_WORK}(?![\\p{L}]))[\\p{L}\\p{M}'’-]+){0,4}[ \\u00A0]*$`, 'u') } : {}),
      speakers: wordSet(params['speaker-titles']),
      health: Math.max(0, params.categories.findIndex((cat) => cat.name === 'health')),
      names: params.categories.map((cat) => cat.name),
      namesCy: params.categories.map((cat) => cat['name-cy'] ?? cat.name),
      officialsExempt: params.categories.map((cat) => cat['not-about-officials'] === true),
      notAfter: params.categories.map((cat) => (cat['not-after']?.length ? phraseRegex(cat['not-after']) : undefined)),
    };
    cache.set(params, c);
  }
  return c;
}

interface Hit { start: number; end: number; category: number }

/**
 * A political office given right beside a person ("Jane Example MP", "Harold Wilson was prime
 * minister", "Roedd … yn brif weinidog", "the First Minister, Jane Example", "the Labour member
 * for Douglas", "aelod dros Arfon"): an office holder's party is public, as a councillor's is.
 */
const OFFICE_AFTER = /^[ \u00A0,]*(?:(?:MP|MS|AS|MSP|MLA|MEP|AoS)(?![\p{L}])|(?:(?:who|was|is|has been|,)[ \u00A0]+)*(?:(?:the|a|an|former|then)[ \u00A0]+)*(?:(?:plaid cymru|welsh labour|labour|welsh conservative|conservative|liberal democrat|reform uk|green|llafur|ceidwadol)[ \u00A0]+)?(?:prime minister|first minister|deputy first minister|minister|member of parliament|member of the senedd|leader of the council|politician|(?:yn[ \u00A0]+)?(?:brif|prif|gyn-brif|cyn-brif) weinidog|(?:yn[ \u00A0]+)?(?:aelod seneddol|aelod o['’]r senedd|wleidydd|weinidog)))/iu;
const OFFICE_BEFORE = /(?:prime minister|first minister|minister(?:[ \u00A0]+for(?:[ \u00A0]+[\p{L}'’-]+){1,6})?|(?:prif|brif) weinidog|gweinidog(?:[ \u00A0]+dros(?:[ \u00A0]+[\p{L}'’-]+){1,6})?|aelod seneddol|aelod o['’]r senedd|politician|gwleidydd|(?:member|MP|MS|AM|MSP|MLA)[ \u00A0]+for|(?:aelod|AS)[ \u00A0]+dros)[ \u00A0,]*$/iu;
function holdsOffice(text: string, p: { start: number; end: number }): boolean {
  return OFFICE_AFTER.test(text.slice(p.end, p.end + 60)) || OFFICE_BEFORE.test(text.slice(Math.max(0, p.start - 80), p.start)) || bySeatOrParty(text, p.start, p.end);
}

/** Words of a birth: a hospital named in its sentence is where someone was born. */
const BIRTH = /(?<![\p{L}])(?:ganwyd|ganed|geni|eni|i['’]r[ \u00A0]+byd|born|birth)(?![\p{L}])/iu;
const HOSPITAL = /ysbyty|hospital/iu;
/** A body named for a hospital, no stay in it: "yn Radio Ysbyty Gwynedd", "with Friends of Glan Clwyd Hospital". */
const HOSPITAL_BODY = /(?<![\p{L}])(?:Radio|Friends|Cyfeillion|League)(?![\p{L}])/u;
const bornThere = (text: string, start: number, end: number) => HOSPITAL.test(text.slice(start, end)) && BIRTH.test(text.slice(...sentenceAt(text, start)));

/** A stay's preposition: "yn yr ysbyty", "in hospital", "mewn ysbyty". */
const LOCATIVE = /^(?:yn|ym|mewn|in)[ \u00A0]/iu;

/** Every term hit in the body, in order: the folded terms and the terms matched as written. */
function hits(c: Compiled, post: PostDocument): Hit[] {
  const text = post.prose;
  const out: Hit[] = [];
  const add = (m: RegExpExecArray) => out.push({ start: m.index, end: m.index + m[0].length, category: m.slice(2).findIndex((g) => g !== undefined) });
  const collect = (re: RegExp, scan: string) => {
    re.lastIndex = post.bodyStart;
    for (let m = re.exec(scan); m; m = re.exec(scan)) add(m);
  };
  for (const m of c.terms.matches(text, lowerProse(post), post.bodyStart)) add(m);
  // "prif feddyg yn ysbyty …", "consultant in cancer care": a health word right after a job
  // there is the person's work, not their health; a stay after a unit's name ("Uned Cancr yn
  // yr ysbyty") says where the unit is.
  const workOrPlace = (h: Hit): boolean =>
    c.staff?.test(text.slice(Math.max(0, h.start - 60), h.start)) === true || bornThere(text, h.start, h.end) ||
    (c.unit !== undefined && LOCATIVE.test(text.slice(h.start, h.end)) && c.unit.test(text.slice(Math.max(0, h.start - 60), h.start)));
  if (c.staff || c.unit) for (let i = out.length - 1; i >= 0; i--) if (out[i]!.category === c.health && workOrPlace(out[i]!)) out.splice(i, 1);
  const before = out.length;
  if (c.cased && /\p{Lu}{2}/u.test(text)) collect(c.cased, text);
  if (c.stay) {
    c.stay.lastIndex = post.bodyStart;
    for (let m = c.stay.exec(text); m; m = c.stay.exec(text)) {
      // "prif feddyg yn Ysbyty …", "a nurse in Glangwili Hospital": staff there, not a patient;
      // "… yn Ysbyty Dyffryn Aman … daeth Aneira i'r byd", "born in …": a birthplace.
      if (c.staff?.test(text.slice(Math.max(0, m.index - 60), m.index)) || bornThere(text, m.index, m.index + m[0].length) || HOSPITAL_BODY.test(m[0])) continue;
      out.push({ start: m.index, end: m.index + m[0].length, category: c.health });
    }
  }
  if (out.length > before) out.sort((a, b) => a.start - b.start);
  return out;
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/**
 * `dp/special-category`: a term of a special category (UK GDPR Art. 9: health, racial or ethnic
 * origin, religion, sexual orientation, political opinion, trade union membership) or of
 * criminal offence data (Art. 10) in the same sentence as an identifiable person. A term used as
 * a topic or a name is not about a person ("Cancer Research fun run", "dementia-friendly café",
 * "money for cancer", "people living with dementia"); nor is a sentence with nobody in it ("the
 * police arrested a man"). A category may exempt elected members and officers, whose party is
 * public. The finding spans the person and the term, so both are masked.
 */
export const detector: BuiltinDetector<SpecialCategoryParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['categories'],
    properties: {
      categories: {
        type: 'array',
        minItems: 1,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'terms'],
          properties: { name: { type: 'string' }, 'name-cy': { type: 'string' }, terms: { ...stringList, minItems: 1 }, 'cased-terms': stringList, 'not-about-officials': { type: 'boolean' }, 'not-after': stringList },
        },
      },
      'stay-words': stringList,
      'hospital-words': stringList,
      'staff-words': stringList,
      'unit-words': stringList,
      'deceased-words': stringList,
      'speaker-titles': stringList,
      'not-before': stringList,
      'not-after': stringList,
      groups: stringList,
      'group-adjectives': stringList,
      services: stringList,
      'topic-nouns': stringList,
      'treated-words': stringList,
      people: PEOPLE_PARAMS_SCHEMA,
    },
  },
  detect(doc, params) {
    if (doc.kind !== 'post' || !params.categories?.length) return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const c = compile(params);
    const out: Match[] = [];
    const lex = lexicon(params.people);
    const words = topicWords(params);
    const account = post.frontMatter.account;
    let sentence: [number, number] = [-1, -1];
    let people: readonly PersonRef[] = [];
    // Everyone the post names, found when first needed (a surname alone pointing back to them).
    let everyone: readonly PersonRef[] | undefined;
    const deceased = params['deceased-words']?.length ? phraseRegex(params['deceased-words']) : undefined;
    // A death's words, less "the late" before a time ("the late 1980s", "the late afternoon").
    const deaths = (from: number, to: number) => (matchesWithin(deceased!, text, from, to) ? allMatches(deceased!, text, from, to).filter(([, e]) => !timeNotDeath(text, e)) : []);
    const deceasedIn = (from: number, to: number) => deaths(from, to).length > 0;
    // A death in the sentence is the person's only when they are the one named nearest to its
    // words: "Thomas Hughes jailed for seven years for death of Kirk Butcher" is about the living.
    const diedHere = (person: PersonRef) =>
      deaths(sentence[0], sentence[1]).some(([s, e]) => people.reduce((a, b) => (distance(b, s, e) < distance(a, s, e) ? b : a)) === person);
    // Looked for once, when a person is first found: most posts are no tribute, and then no
    // mention of anyone need be read.
    let tribute: boolean | undefined;
    // The end of the last term read as a topic: a term joined to it is one too ("pobl sydd wedi
    // cael strôc neu ddementia").
    let topicEnd = -1;
    let greeted: number | undefined;
    let services: Array<[number, number]> | undefined;
    for (const { start, end, category } of hits(c, post)) {
      if (start >= sentence[1]) {
        sentence = sentenceAt(text, start);
        people = findPeople(text, sentence[0], sentence[1], lex, { account });
        // "Thanks to Sian Evans. She is in hospital.": a pronoun points back to the sentence before.
        // …or a surname alone repeats someone named in full before ("… heard Morgan laundered …").
        if (!people.length) {
          const earlier = antecedent(text, sentence[0], sentence[1], lex, { account }) ?? surnameMention(text, sentence[0], sentence[1], (everyone ??= findPeople(text, post.bodyStart, text.length, lex, { account })));
          if (earlier) people = [earlier];
        }
      }
      // In a reply that greets someone, a sentence spoken to them is about them ("Helo Mrs Evans, …
      // Gan fod gennych chi sglerosis ymledol, …"); "if you have …" is about anyone.
      const toCorrespondent = !people.length && (greeted ??= correspondentAt(post)) >= 0 && addressedBefore(text, sentence[0], start);
      if ((!people.length && !toCorrespondent) || onCondition(text, sentence[0], start)) continue;
      if (((topicEnd >= sentence[0] && JOINED.test(text.slice(topicEnd, start))) || isTopic(text, sentence[0], sentence[1], start, end, words)) && !ownCare(text, people, start, end) && !opensOnName(text, sentence[0], people, start, end)) {
        topicEnd = end;
        continue;
      }
      if (toCorrespondent) {
        out.push({ start, end, sensitive: true, data: { category: c.names[category], 'category-cy': c.namesCy[category] } });
        continue;
      }
      // "another cat, a pregnant …", "ci dall": the animal's, whoever the sentence names; "tafarn y Black Boy": a name.
      if (aboutAnimal(text, start, end) || (NAMED_LIKE_PERSON.test(text.slice(start, end)) && !atSentenceStart(text, sentence[0], start))) continue;
      // A category's own words before a term that make it something else: "teimlo'n euog" (felt guilty) is no verdict.
      if (/(?:^|[^\p{L}])(?:non|di)-$/iu.test(text.slice(Math.max(0, start - 5), start))) continue; // Negated: "non-alcoholic drinks", "di-alcohol".
      const notAfter = c.notAfter[category];
      if (notAfter && allMatches(notAfter, text, Math.max(sentence[0], start - 30), start).some(([, e]) => /^[ \u00A0]*$/.test(text.slice(e, start)))) continue;
      // Inside a service's name: "ei anfon i uned y mân anafiadau".
      if ((services ??= allMatches(phraseRegex(params.services), text, post.bodyStart)).some(([s, e]) => s <= start && e >= end)) continue;
      // Unnamed people the term describes: "one injured person", "two injured walkers", "tri pherson wedi'u hanafu".
      // Not one said of someone named: "Dewi Example, a disabled angler", "Dewi is a disabled angler".
      const described = UNNAMED_DESCRIBED.exec(text.slice(Math.max(0, start - 30), start));
      if (described && PERSON_NOUN_AFTER.test(text.slice(end, end + 24)) && !SAID_OF_BEFORE.test(described.input.slice(0, described.index + 1))) continue;
      if (aboutGroup(text, start, end) || sharedRisk(text, sentenceAt(text, start)[0], start) || nobodysNow(text, start, end)) continue;
      // "Patients who have dementia … would cause the patient to be distressed": a role word in a
      // sentence about a group is one of the group, no one in particular.
      const candidates = people.filter(
        (p) =>
          (p.end <= start || p.start >= end) &&
          !(c.officialsExempt[category] && (p.kind === 'official' || holdsOffice(text, p))) &&
          !(p.kind === 'role' && (groupBefore(text, sentence[0], start, words.groups) || indefiniteBefore(text, sentence[0], p))) &&
          !(p.start < start && (speaksInRole(text, p, c.speakers) || holdsOffice(text, p)) && quotedAfter(text, p.end, start)) &&
          // Whom the news comes from, not whom it is about: "yn ôl Mr Carson roedd y bachgen …", "according to Mr Carson".
          !SOURCE_BEFORE.test(text.slice(Math.max(0, p.start - 16), p.start)) &&
          !(p.end <= start && ownedByOthers(text.slice(end, end + 40))) && // Others' right after it: "the ill health of the people running it".
          // Someone titled in their work, far from the term in a long sentence: their subject, not their health
          // ("Professor Colin Example … has joined forces with … in a trial … the cells in Type 1 diabetes").
          !(p.end <= start && start - p.end > FAR && speaksInRole(text, p, c.speakers)) &&
          // "Hi Angharad, anyone who finds it hard because of illness …": the term is about anyone.
          !(p.end <= start && (GENERIC_SUBJECT.test(text.slice(p.end, start)) || otherSubject(text.slice(p.end, start)))) &&
          // In their own words about people at large ("said: “… a cancer diagnosis can turn someone's world …”").
          !(p.end <= start && quotedAfter(text, p.end, start) && GENERIC_SUBJECT.test(text.slice(p.end, sentence[1]))) &&
          // Or the speaker named after their words: "“… am rywun sydd wedi cael ei anafu,” meddai Glyn".
          !(p.start >= end && GENERIC_SUBJECT.test(text.slice(sentence[0], start))),
      );
      if (!candidates.length) continue;
      const person = candidates.reduce((a, b) => (distance(b, start, end) < distance(a, start, end) ? b : a));
      if ((tribute ??= deceased !== undefined && deceasedIn(post.bodyStart, text.length)) && ((person.start >= sentence[0] ? diedHere(person) : deceasedIn(sentence[0], sentence[1])) || mentionedWith(text, post.bodyStart, text.length, person, (s) => deceasedIn(...sentenceAt(text, s))))) continue;
      // A person from the sentence before is named there: the finding is the term alone.
      const inSentence = person.start >= sentence[0];
      out.push({
        start: inSentence ? Math.min(person.start, start) : start,
        end: inSentence ? Math.max(person.end, end) : end,
        sensitive: true,
        data: { category: c.names[category], 'category-cy': c.namesCy[category] },
      });
    }
    return dedupe(out);
  },
};

/**
 * A term that opens the sentence right before a person's name is a verb said of them
 * ("Carcharwyd Thomas Example …", "Arrested: Thomas Example"), not a word of a name in capitals.
 */
function opensOnName(text: string, sentenceStart: number, people: readonly PersonRef[], start: number, end: number): boolean {
  return atSentenceStart(text, sentenceStart, start) && people.some((p) => p.kind === 'name' && p.start >= end && /^[ \u00A0:]+$/u.test(text.slice(end, p.start)));
}

/** Words of one person's care, which a term owned by them keeps personal: "Lili's epilepsy care plan". */
const CARE = new Set(['care', 'plan', 'nurse', 'specialist', 'support', 'symptoms', 'test', 'tests', 'screening', 'clinic', 'treatment', 'medication', 'gofal', 'cynllun', 'nyrs', 'arbenigwr', 'cymorth', 'cefnogaeth', 'symptomau', 'prawf', 'profion', 'clinig', 'triniaeth', 'meddyginiaeth']);

/**
 * A term owned by the person right beside it and read with a word of their care: "Lili's
 * epilepsy care plan", "nyrs epilepsi Lili Jones". Theirs, though "care" and "nyrs" make a term
 * a service elsewhere ("epilepsy nurses", "Sian's dementia café" stays a topic).
 */
function ownCare(text: string, people: readonly PersonRef[], start: number, end: number): boolean {
  return people.some((p) => {
    if (p.end <= start && /^['’]s?[ \u00A0]+$/u.test(text.slice(p.end, start))) return CARE.has(/^[ \u00A0]+([\p{L}]+)/u.exec(text.slice(end, end + 20))?.[1]?.toLowerCase() ?? '');
    return p.kind === 'name' && p.start >= end && /^[ \u00A0]+$/u.test(text.slice(end, p.start)) && CARE.has(/([\p{L}]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1]?.toLowerCase() ?? '');
  });
}

/**
 * Anyone at all, anyone's ("a patient's stay"), or a share of people ("1 in 4 people", "un o bob pedwar", "40% of adults"),
 * between a person and a term or in their own quoted words: the term is said of them, not of
 * the person.
 */
const GENERIC_SUBJECT = /(?<![\p{L}])(?:anyone|anybody|everyone|everybody|whoever|someone|somebody|rhywun|rywun|people[ \u00A0]+who|those[ \u00A0]+who|(?:a|an|any|every|each)[ \u00A0]+(?:patient|person|resident|child|visitor)['’]s|unrhyw[ \u00A0]+un|pawb|(?:pobl|bobl|y[ \u00A0]+rhai)[ \u00A0]+(?:sydd|sy['’]n|sy)|(?:\d+|one|two|three|un|dau|dwy|tri|tair)[ \u00A0]+(?:in|out[ \u00A0]+of|o[ \u00A0]+bob)[ \u00A0]+(?:\d+|every|two|three|four|five|six|seven|eight|nine|ten|dau|dwy|tri|tair|pedwar|pedair|pump|pum|chwech|saith|wyth|naw|deg))(?![\p{L}])|\d+(?:\.\d+)?[ \u00A0]?(?:%|per[ \u00A0]?cent|y[ \u00A0]+cant)[ \u00A0]+(?:of|o)(?![\p{L}])/iu;

/** A term in Title Case ending in a person noun, inside a sentence: a pub's or a place's name ("the Black Boy"). */
const NAMED_LIKE_PERSON = /^\p{Lu}\p{Ll}+[ \u00A0]+(?:Boy|Man|Girl|Woman|Lad|Boys|Men)$/u;

/** How far a term may stand after a titled person and still be said of them (characters). */
const FAR = 120;

/** Before a name, a source: "yn ôl Mr Carson", "according to Mr Carson". */
const SOURCE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${SOURCE_WORDS}[ \u00A0]+$`, 'iu');
/** An indefinite before a term, a person noun after it: unnamed people ("one injured person", "an injured walker"). */
const UNNAMED_DESCRIBED = /(?:^|[^\p{L}])(?:a|an|one|another|two|three|four|five|several|un|dau|dwy|tri|tair)[ \u00A0]+$/iu;
/** Before such an indefinite, an apposition or a copula: the description is of the person before it. */
const SAID_OF_BEFORE = /(?:,|(?:^|[^\p{L}])(?:is|was|as|yn|oedd|yw|fel))[ \u00A0]*$/iu;
const PERSON_NOUN_AFTER = new RegExp(String.raw`^[ \u00A0]+${PERSON_NOUNS}(?![\p{L}])`, 'iu');

/** What joins two terms of one list: "strôc neu ddementia", "autism and ADHD", "cancer, diabetes". */
const JOINED = /^(?:[ \u00A0]*,)?[ \u00A0]+(?:or|and|neu|a|ac|&)[ \u00A0]+$|^,[ \u00A0]+$/iu;

/** A person named with one of `titles` ("Sergeant Stuart Archer", "Cllr Jones"): quoted, they speak for their organisation. */
function speaksInRole(text: string, p: PersonRef, titles: Set<string>): boolean {
  if (!titles.size) return false;
  const first = p.text.split(/[ .\u00A0]/)[0]!.toLowerCase();
  const before = /([\p{L}]+)[.,]?[ \u00A0]+$/u.exec(text.slice(Math.max(0, p.start - 20), p.start))?.[1]?.toLowerCase();
  return titles.has(first) || (before !== undefined && titles.has(before));
}

/** Whether text[at] is inside a quotation opened after `from`: what the person at `from` says, not what is said of them. */
function quotedAfter(text: string, from: number, at: number): boolean {
  const between = text.slice(from, at);
  const open = between.lastIndexOf('“');
  if (open >= 0) return !between.includes('”', open);
  return (between.split('"').length - 1) % 2 === 1;
}

/**
 * "the patient" after "a patient" in one sentence ("a family member of a patient who has
 * dementia, where being apart would cause the patient distress"): anyone of that kind, no one
 * in particular; so after "someone"; Welsh "y claf" after "pob claf" or "rhywun".
 */
const INDEFINITE = /(?:^|[^\p{L}'’])(?:a|an|any|each|every|unrhyw|pob)[ \u00A0]+([\p{L}-]+)(?![\p{L}])/gu;
function indefiniteBefore(text: string, sentenceStart: number, p: PersonRef): boolean {
  const noun = /([\p{L}-]+)$/u.exec(p.text)?.[1]?.toLowerCase();
  if (!noun) return false;
  const before = text.slice(sentenceStart, p.start).toLowerCase();
  // "To support someone with dementia, where … would cause the patient distress."
  if (/(?:^|[^\p{L}])(?:someone|somebody|anyone|anybody|rhywun)(?![\p{L}])/u.test(before)) return true;
  for (const m of before.matchAll(INDEFINITE)) if (m[1] === noun) return true;
  return false;
}

/** A group word ("patients", "pobl") earlier in the sentence than the term. */
function groupBefore(text: string, sentenceStart: number, at: number, groups: Set<string>): boolean {
  for (const m of text.slice(sentenceStart, at).toLowerCase().matchAll(/[\p{L}'’]+/gu)) if (groups.has(m[0])) return true;
  return false;
}

function distance(p: PersonRef, start: number, end: number): number {
  return p.end <= start ? start - p.end : p.start - end;
}

/** Two terms about the same person in one sentence give one finding. */
function dedupe(matches: Match[]): Match[] {
  const out: Match[] = [];
  for (const m of matches) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      last.end = Math.max(last.end, m.end);
      if (last.data && m.data && !last.data.category.split(', ').includes(m.data.category)) {
        last.data.category += `, ${m.data.category}`;
        last.data['category-cy'] += `, ${m.data['category-cy']}`;
      }
    } else out.push(m);
  }
  return out;
}
