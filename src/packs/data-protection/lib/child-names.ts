/**
 * The name an age belongs to when the name lists cannot say (dp/child-details): a capitalised
 * word right before the age ("Zephyr (7)"), a son or daughter named before it ("a’u mab, Will,
 * 16"), and the capitalised Welsh words that are no name ("Hogyn deg oed").
 */
import { isWelshWord, loadWelshWords } from '../../../language/welsh-spelling.js';
import { isNotName, type Lexicon, type PersonRef } from '../../../pii/context/people.js';
import { alternation } from '../../../pii/context/phrases.js';
import { ANIMAL } from '../../../pii/context/animals.js';
import { englishWord } from '../../../pii/context/word-kinds.js';
import { sentenceAt } from '../../../pii/context/sentences.js';

/**
 * Capitalised Welsh words that the name lists do not know, none a name: "Hogyn deg oed oeddwn"
 * (a boy), "Myfyrdod Trosgynnol yn chwech oed" (a practice begun at six). Welsh given names
 * that are also words (Gwyn, Elan, Eira) are in the name lists.
 */
export function welshWords(p: { text: string }, lex: Lexicon): boolean {
  const words = p.text.toLowerCase().split(/[ \u00A0]+/).filter(Boolean);
  return words.length > 0 && words.every((w) => !lex.given.has(w) && !lex.surnames.has(w) && isWelshWord(w, loadWelshWords()));
}

const CAPITALISED_BEFORE = /(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0]*,?[ \u00A0]*(?:who is[ \u00A0]+|sy['’]n[ \u00A0]+)?$/u;

/**
 * A son, daughter or grandchild named right before an age: "their son, Will, 16", "a’u mab, Will,
 * 16". `kin` is the pattern of the pack's `kin-words` (kinPattern).
 */
export function kinNamed(text: string, sentenceStart: number, at: number, lex: Lexicon, kin: RegExp | undefined): PersonRef | undefined {
  const m = kin?.exec(text.slice(Math.max(sentenceStart, at - 50), at));
  if (!m || isNotName(m[1]!.toLowerCase(), lex)) return undefined;
  const start = at - m[0].length + m[0].lastIndexOf(m[1]!);
  return { start, end: start + m[1]!.length, kind: 'name', text: m[1]!, given: true };
}

/** The pack's kin words around an age, then a name after it: "her 14-month-old son Brogan", "ei mab 14 mis oed, Brogan". */
export interface KinAround { after: RegExp; before: RegExp }
/** A name of one or two capitalised words: group 1. */
const KIN_NAME = String.raw`(\p{Lu}[\p{Ll}\p{M}'’-]+(?:[ \u00A0]\p{Lu}[\p{Ll}\p{M}'’-]+)?)`;
const NAME_NEXT = new RegExp(`^[ \\u00A0]*,?[ \\u00A0]*${KIN_NAME}`, 'u');
export function kinAroundPattern(words: readonly string[] | undefined): KinAround | undefined {
  if (!words?.length) return undefined;
  const kin = alternation(words.map((w) => w.toLowerCase()));
  return {
    after: new RegExp(`^[ \\u00A0]+(?:${kin})[ \\u00A0]*,?[ \\u00A0]*${KIN_NAME}`, 'u'),
    before: new RegExp(`(?<![\\p{L}])(?:${kin})[ \\u00A0]+$`, 'u'),
  };
}

/**
 * A son, daughter or grandchild named right after an age, with the kin word between or before
 * it: "her 14-month-old son Brogan", "ei mab 14 mis oed, Brogan". After a kin word a capitalised
 * word is a name even when it is also a word ("son Will").
 */
export function kinNamedAfter(text: string, start: number, end: number, lex: Lexicon, kin: KinAround | undefined): PersonRef | undefined {
  if (!kin) return undefined;
  const after = text.slice(end, end + 60);
  const m = kin.after.exec(after) ?? (kin.before.test(text.slice(Math.max(0, start - 20), start)) ? NAME_NEXT.exec(after) : null);
  if (!m) return undefined;
  const first = m[1]!.split(/[ \u00A0]/)[0]!.toLowerCase();
  if (isNotName(first, lex) || lex.leading.has(first)) return undefined;
  const at = end + m[0].length - m[1]!.length;
  return { start: at, end: at + m[1]!.length, kind: 'name', text: m[1]!, given: true };
}

/**
 * "Jade Cross, 15, …": a given name that is also a word or a place ("Jade", "Dale", "Taylor")
 * and a capitalised surname, right before a bare age, are a name: the age says a person is meant.
 */
export function ambiguousNameBefore(text: string, sentenceStart: number, at: number, lex: Lexicon): PersonRef | undefined {
  const m = PAIR_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 50), at));
  if (!m || !lex.ambiguous.has(m[1]!.toLowerCase()) || isNotName(m[2]!.toLowerCase(), lex) || NOT_SURNAME.test(m[2]!)) return undefined;
  const start = at - m[0].length;
  const name = `${m[1]} ${m[2]}`;
  return { start, end: start + name.length, kind: 'name', text: name, given: true };
}
const PAIR_BEFORE = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0](\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0]*,[ \u00A0]*$/u;
/** A street's or a place's last word after a name that is also a word: "Dale Road, 15", "Holly Close, 12". */
const NOT_SURNAME = /^(?:Road|Street|Lane|Close|Avenue|Drive|Way|Park|Court|Place|Terrace|Crescent|Gardens|Hill|View|Heol|Stryd|Ffordd|Lôn|Rhodfa|Teras|Parc|Cilgant)$/u;

/** The kin words (lower case, as a sentence writes them) before a capitalised name and a comma, ending where an age follows. */
export function kinPattern(words: readonly string[] | undefined): RegExp | undefined {
  if (!words?.length) return undefined;
  return new RegExp(`(?<![\\p{L}])(?:${alternation(words.map((w) => w.toLowerCase()))})[ \\u00A0]*,?[ \\u00A0]*(\\p{Lu}[\\p{Ll}'’-]+)[ \\u00A0]*,[ \\u00A0]*$`, 'u');
}

/**
 * A relative's mention: one of `words` (elder kin: "grandad", "taid") or a possessive, then
 * perhaps a courtesy title and a given name, right before it ("his grandad Mr Bell", "ei daid, Mr Bell").
 */
export function kinMentionPattern(words: readonly string[]): RegExp {
  const kin = [...words.map((w) => w.toLowerCase()), 'his', 'her', 'their', 'ei', 'eu'];
  return new RegExp(`(?:^|[^\\p{L}])(?:${alternation(kin)})[ \\u00A0,]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?[ \\u00A0]+)?(?:\\p{Lu}[\\p{L}'’-]*[ \\u00A0]+)?$`, 'iu');
}

/** "Zephyr (7)": a capitalised word right before an age is a name even when the lexicon does not know it; "Children aged 2", "Dairy Cattle (9)" are not. */
export function nameRightBefore(text: string, sentenceStart: number, at: number, lex: Lexicon, groups: Set<string>): PersonRef | undefined {
  const m = CAPITALISED_BEFORE.exec(text.slice(Math.max(sentenceStart, at - 40), at));
  if (!m) return undefined;
  const word = m[1].replace(/['’]s$/, '');
  const start = at - m[0].length;
  return unknownName(word, lex, groups) ? { start, end: start + word.length, kind: 'name', text: word } : undefined;
}

/** One capitalised word right before a bare age and its comma ("Tal, 14, who …"), not a listed non-name or a leading word. */
export function capitalisedBefore(text: string, sentenceStart: number, at: number, lex: Lexicon): PersonRef | undefined {
  const m = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{Ll}\p{M}'’-]+)[ \u00A0]*,[ \u00A0]*$/u.exec(text.slice(Math.max(sentenceStart, at - 30), at));
  const lower = m?.[1]!.toLowerCase() ?? '';
  if (!m || isNotName(lower, lex) || lex.leading.has(lower)) return undefined;
  const start = at - m[0].length;
  return { start, end: start + m[1]!.length, kind: 'name', text: m[1]! };
}

/** "two year old Eken was rushed …": one capitalised word right after an age said as an adjective is a name the lexicon may not know. */
export function nameRightAfter(text: string, at: number, lex: Lexicon, groups: Set<string>): PersonRef | undefined {
  const m = /^[ \u00A0]+(\p{Lu}[\p{Ll}\p{M}'’-]+)(?![\p{L}\p{M}]|[ \u00A0]*\p{Lu})/u.exec(text.slice(at, at + 40));
  if (!m || !unknownName(m[1]!, lex, groups)) return undefined;
  const start = at + m[0].length - m[1]!.length;
  return { start, end: start + m[1]!.length, kind: 'name', text: m[1]! };
}

/** A capitalised word that may be a name no list knows: no listed non-name, group, Welsh word or everyday English word ("Dairy Cattle (9)") unless a list knows it as a given name ("Willow (7)"). */
function unknownName(word: string, lex: Lexicon, groups: Set<string>): boolean {
  const lower = word.toLowerCase();
  if (isNotName(lower, lex) || lex.leading.has(lower) || groups.has(lower)) return false;
  if (welshWords({ text: word }, lex)) return false;
  return !(englishWord(lower) && !lex.given.has(lower));
}

/** Counts a parent gives before their children: "her two children", "ei dau blentyn", "eu tair merch". */
const COUNT = ['two', 'three', 'four', 'twin', 'dau', 'ddau', 'dwy', 'ddwy', 'tri', 'dri', 'tair', 'dair', 'pedwar', 'bedwar'];

/**
 * The pattern of a pronoun owning children (`words`: the pack's kin and group words): "her two
 * children", "his son", "ei dau blentyn", "eu plant", "has one child", or a name's own "’s
 * daughter" (at the start of the text it is asked of). Such a pronoun points at the parent, and
 * the sentence is about the children, whom it does not name.
 */
export function ownChildrenPattern(words: readonly string[]): RegExp {
  return new RegExp(`(?:(?<![\\p{L}])(?:his|her|their|ei|eu|has|have|had)|^['’]s?)[ \\u00A0]+(?:(?:a|an|one|un|${alternation(COUNT)})[ \\u00A0]+)?(?:\\d{1,2}[-‐‑ \\u00A0]?(?:years?|months?)[-‐‑ \\u00A0]?old[ \\u00A0]+)?(?:${alternation(words.map((w) => w.toLowerCase()))})(?![\\p{L}])`, 'giu');
}

/** Whether a pronoun in `text` owns children ("her 14-year-old son"). */
export function ownsChildrenIn(own: RegExp, text: string): boolean {
  own.lastIndex = 0;
  return own.test(text);
}

/** Whether every pronoun of text[from, to) owns children (`own`: ownChildrenPattern): then none names a child. */
export function onlyOwnsChildren(text: string, from: number, to: number, own: RegExp, lex: Lexicon): boolean {
  const rest = text.slice(from, to).replace(own, (m) => ' '.repeat(m.length));
  return !lex.pronouns.test(rest);
}

/** A clause's subject before its age: "Olivia Finch from Bryn in Neath Port Talbot was just two years old", "Roedd Olivia o Fryn ond yn ddwy oed". */
const SUBJECT_GAP = /^[^,;:.!?()\n“”"]{0,70}?[ \u00A0](?:was|is|turned|turns|oedd|yn)(?:[ \u00A0]+(?:just|only|now|nearly|almost|barely|dim[ \u00A0]+ond|ond|bron[ \u00A0]+yn))?[ \u00A0]+$/iu;

/** A saying verb or a determiner in the gap: the age is another subject's ("said the building was just two years old"). */
const ANOTHER_SUBJECT = /(?:^|[^\p{L}])(?:said|says|told|the|a|an|this|that|its|their|his|her|y|yr|ei|eu|mae|meddai)(?![\p{L}])/iu;

/** The named person whose clause states the age at `at`, with no clause mark between them. */
export function subjectOfAge(text: string, named: readonly PersonRef[], at: number): PersonRef | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const p = named[i]!;
    if (p.end <= at && at - p.end <= 80) {
      const gap = text.slice(p.end, at);
      return SUBJECT_GAP.test(gap) && !ANOTHER_SUBJECT.test(gap) ? p : undefined;
    }
  }
  return undefined;
}

/** A past tense before an age in its clause: "was 12 years old when", "Roedd … yn 12 oed", "at the age of 9 in". */
const PAST_AGE = /(?:^|[^\p{L}])(?:was|were|had been|at the age of|oedd|roedd|bu|buodd)(?![\p{L}])[^,;:.!?\n]{0,60}$/iu;
const YEAR = /(?<![\p{N}£$€])(1[89]\d\d|20\d\d)(?![\p{N}])/gu;
const IN_YEAR = /(?<![\p{L}])(?:in|ym|yn|back[ \u00A0]+in|nôl[ \u00A0]+yn|during)[ \u00A0]+(1[89]\d\d|20\d\d)(?![\p{N}])/iu;

/**
 * Whether an age said in the past tense belongs to someone grown up by `today` (YYYY-MM-DD):
 * a year in the same sentence puts it far enough back ("Gwen was 12 when the pool opened in
 * 1980", "Roedd hi'n 9 oed yn 1975"). "Ffion was 7 when she started in 2024" is still a child.
 */
export function grownUpSince(text: string, sentence: readonly [number, number], ageStart: number, age: number, maxAge: number, today: string): boolean {
  const now = Number(today.slice(0, 4));
  // A year the age is tied to, past tense or not: "Ymunodd Trefor â'r GIG ym 1972 yn 17 oed", "in 1972 aged 17".
  const atYear = IN_YEAR.exec(text.slice(Math.max(sentence[0], ageStart - 40), Math.min(sentence[1], ageStart + 50)));
  if (atYear) return Number(atYear[1]) <= now && age + (now - Number(atYear[1])) > maxAge;
  if (!PAST_AGE.test(text.slice(sentence[0], ageStart))) return false;
  for (const m of text.slice(sentence[0], sentence[1]).matchAll(YEAR)) {
    const year = Number(m[1]);
    if (year <= now && age + (now - year) > maxAge) return true;
  }
  return false;
}

/** A copula and a pronoun right after an age: "chwech oed ydi o", "naw oed yw hi", "saith oed oedd e". */
const PRONOUN_AFTER_AGE = /^[ \u00A0]+(?:ydi|ydy|yw|ydyw|oedd)[ \u00A0]+(?:o|e|hi|fe|fo)(?![\p{L}])/iu;
/** "he" or "she" right before "is" and an age: "He is only 6!". */
const PRONOUN_BEFORE_AGE = /(?:^|[^\p{L}])(?:he|she)[ \u00A0]+$/iu;

/**
 * Whether the age at [start, end) is said of a pronoun ("… a dim ond chwech oed ydi o!", "He is
 * only 6!"): it is then the age of the person the pronoun points to, the one named last before
 * it in the sentence or, with none, in the sentence before.
 */
export function ageOfPronoun(text: string, sentenceStart: number, start: number, end: number): boolean {
  return PRONOUN_AFTER_AGE.test(text.slice(end, end + 16)) || PRONOUN_BEFORE_AGE.test(text.slice(Math.max(sentenceStart, start - 8), start));
}

/** Up to three words right after an age that it describes, up to a joining word: "14-year-old Jack Russell Terrier", not "9 and loves his dog". */
const AGE_DESCRIBES = /^(?:[ \u00A0-]+(?!(?:and|with|his|her|their|a|an|the|ac|gyda|efo|ei|eu|yn|sy|sydd|who)(?![\p{L}]))[\p{L}'’]+){1,3}/iu;

/** An animal named between the age and the name, or described by the age: "14-year-old Jack Russell Terrier, Cindy", "Cindy, ci 9 oed". */
export function animalsAge(text: string, name: PersonRef, start: number, end: number): boolean {
  const between = name.start >= end ? text.slice(end, name.start) : text.slice(name.end, start);
  // The kind named right before a breed taken for a name: "daeargi Jack Russell 14 oed o'r enw Cindy".
  // (Past a kennel name before it too: "his collie Tysswg Nell, six", real-text-blind188.)
  const before = text.slice(Math.max(0, name.start - 30), name.start);
  const kindBefore = /([\p{L}]+)[ \u00A0]+$/u.exec(before)?.[1] ?? '';
  const kindPastPrefix = /([\p{L}]+)[ \u00A0]+\p{Lu}[\p{L}'’-]*[ \u00A0]+$/u.exec(before)?.[1] ?? '';
  // Welsh puts the age after its noun: "gyda'i ast bedair oed Meg" (the name after the age).
  const nounBeforeAge = name.start >= end ? (/([\p{L}]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 16), start))?.[1] ?? '') : '';
  return ANIMAL.test(between) || ANIMAL.test(kindBefore) || ANIMAL.test(kindPastPrefix) || ANIMAL.test(nounBeforeAge) || ANIMAL.test(AGE_DESCRIBES.exec(text.slice(end, end + 40))?.[0] ?? '');
}

/**
 * A film's certificate in brackets after its title, in a post about screenings: "This week: The
 * Damned United (15)", "Dangosiad o Brave (12)". Not after a known given name: "Ffion (12)" at
 * the cinema is a child.
 */
export function filmCertificate(text: string, child: PersonRef, paren: string | undefined): boolean {
  return paren !== undefined && CERTIFICATES.has(paren) && child.given !== true && FILM_WORDS.test(text);
}
const CERTIFICATES = new Set(['12', '15', '18']);
const FILM_WORDS = /(?<![\p{L}])(?:cinema|films?|movies?|screenings?|now showing|sinema|ffilm|ffilmiau|dangosiad|dangosiadau)(?![\p{L}])/iu;

/**
 * An age that is no named child's: said of "you" ("Petaech chi'n 16 oed neu hŷn, fe fyddech chi
 * …", "if you are 16 or over", "you're 17"), of a group ("children aged 11", "plant 4–11 oed"), a
 * limit rather than an age ("aged 11 and above", "11 oed a hŷn"), or an animal's up for rehoming
 * in a post about animals ("Mae Lula, wyth oed, … yn chwilio am gartref newydd", real-text-blind162).
 */
export function nobodysAge(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  if (ADDRESSED_BEFORE.test(before) || GROUP_BEFORE.test(before) || LIMIT_AFTER.test(text.slice(end, end + 24))) return true;
  const [from, to] = sentenceAt(text, start);
  // (Not a family's, with its own pet: "Tom, 9, and his puppy Pero are looking for a new home".)
  const sentence = text.slice(from, to);
  return REHOMING.test(sentence) && ANIMAL.test(text.slice(Math.max(0, from - 600), to)) && !OWN_PET.test(sentence);
}
/** A pet someone in the sentence owns: "his puppy", "their dog", "ei gi", "a'i gi". */
const OWN_PET = new RegExp(String.raw`(?:(?<![\p{L}])(?:his|her|their|ei|eu)|['’](?:i|u))[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+)?${ANIMAL.source}`, 'iu');
const ADDRESSED_BEFORE = /(?:^|[^\p{L}])(?:(?:chi|ti)(?:['’]n|[ \u00A0]+yn)?|you['’]re|you[ \u00A0]+(?:are|were|turn|turned|must[ \u00A0]+be|need[ \u00A0]+to[ \u00A0]+be))[ \u00A0]*(?:(?:only|just|under|over|aged|rhwng)[ \u00A0]+)?$/iu;
/** A group before its age: "children aged", "young people aged", "plant", "disgyblion". */
const GROUP_BEFORE = /(?:^|[^\p{L}])(?:children|kids|pupils|students|young[ \u00A0]+people|teenagers|people|adults|plant|blant|phlant|disgyblion|pobl[ \u00A0]+ifanc|oedolion)[ \u00A0]+(?:(?:aged|rhwng|o)[ \u00A0]+)?$/iu;
/** After an age, what makes it a limit: "and above", "and over", "plus", "+", "a hŷn", "neu hŷn" (not "a hyn": "and this"). */
const LIMIT_AFTER = /^[ \u00A0]*(?:\+|(?:plus|and[ \u00A0]+(?:above|over|under|older|upwards)|or[ \u00A0]+(?:over|older|above|under)|(?:a|neu)[ \u00A0]+(?:hŷn|throsodd|drosodd|iau))(?![\p{L}]))/iu;
/** Looking for a new home: "chwilio am gartref", "looking for a new home", "ready for rehoming". */
const REHOMING = /(?<![\p{L}])(?:chwilio[ \u00A0]+am[ \u00A0]+(?:gartref|gartrefi|deulu)|looking[ \u00A0]+for[ \u00A0]+(?:a|their)[ \u00A0]+(?:new[ \u00A0]+|forever[ \u00A0]+|loving[ \u00A0]+)*homes?|ready[ \u00A0]+(?:for[ \u00A0]+rehoming|to[ \u00A0]+be[ \u00A0]+rehomed)|ailgartrefu|rehoming)(?![\p{L}])/iu;

/**
 * A name that is a school's, by the pupils it has: "disgyblion Bryn Tawe" (pupils of; not "y
 * disgyblion Ffion ac Osian", who are named), "Bryn Tawe pupils"; or the person a school is named
 * for, written with initials after the school's words: "Ysgol Gynradd T. Llew Jones"
 * (real-text-blind314), "Ysgol O. M. Edwards".
 */
export const schoolByName = (text: string, p: { start: number; end: number }): boolean =>
  PUPILS_OF.test(text.slice(Math.max(0, p.start - 24), p.start)) || /^[ \u00A0]+(?:pupils|students|learners)(?![\p{L}])/u.test(text.slice(p.end, p.end + 12)) ||
  NAMED_FOR.test(text.slice(Math.max(0, p.start - 60), p.start));
const NAMED_FOR = /(?<![\p{L}])(?:Ysgol|School|Academy)(?:[ \u00A0]+(?:\p{Lu}[\p{L}'’-]*|y|yr))*[ \u00A0]+(?:\p{Lu}\.[ \u00A0]*){1,3}$/u;
const PUPILS_OF = /(?<!(?:^|[^\p{L}])(?:y|yr|['’]r|ein|eich|ei|eu|fy|dy)[ \u00A0]+)(?<![\p{L}])(?:disgyblion|ddisgyblion|nisgyblion|myfyrwyr|fyfyrwyr|dysgwyr|ddysgwyr)[ \u00A0]+$/iu;

/**
 * A name listed beside "the pupil", who is someone else: "Roedd Fiona Elias, Liz Hopkin a’r
 * disgybl wedi mynd i’r ysbyty" names the two teachers, not the pupil (real-text-blind292).
 */
export const besidePupil = (text: string, p: { end: number }): boolean => BESIDE_PUPIL.test(text.slice(p.end, p.end + 80));
const BESIDE_PUPIL = /^(?:[ \u00A0]*,[ \u00A0]*\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*)*)*[ \u00A0]*,?[ \u00A0]+(?:a['’]r|and[ \u00A0]+the|and[ \u00A0]+a|ac[ \u00A0]+un)[ \u00A0]+(?:disgybl|ddisgybl|pupil|student|myfyriwr|fyfyriwr|plentyn|blentyn|child|bachgen|boy|ferch|girl)(?![\p{L}])/u;

/**
 * A school of a university or of adults, by its subject: "Ysgol Gelf Byam Shaw", "Ysgol
 * Feddygol", "School of Art", "Drama School" (real-text-blind297): its students are grown up.
 */
export const adultSchool = (text: string, start: number): boolean =>
  /^(?:ysgol|school)[ \u00A0]+(?:gelf|gerdd|feddygol|feddygaeth|ddrama|fusnes|bensaern[iï]aeth|y[ \u00A0]+gyfraith|of[ \u00A0]+(?:art|music|medicine|law|drama|business|architecture|nursing|dentistry))(?![\p{L}])/iu.test(text.slice(start, start + 40)) ||
  /(?<![\p{L}])(?:art|medical|law|drama|business|film)[ \u00A0]+$/iu.test(text.slice(Math.max(0, start - 10), start));

/**
 * A school word naming no pupils' school: a university's ("Cardiff University School of
 * Medicine", "Ysgol Meddygaeth Prifysgol Caerdydd", "School of Law": the university's name before
 * it, "of" and a subject after it, or the university's name a few capitalised words on), or the
 * national body of Welsh-medium nurseries, "Mudiad Meithrin" (real-text-blind324).
 */
export function noPupilsSchool(text: string, start: number, end: number): boolean {
  return UNIVERSITY_BEFORE.test(text.slice(Math.max(0, start - 60), start)) || /^[ \u00A0]+of[ \u00A0]+\p{Lu}/u.test(text.slice(end, end + 6)) ||
    UNIVERSITY_AFTER.test(text.slice(end, end + 80)) || /(?<![\p{L}])[Mm]udiad[ \u00A0]+$/u.test(text.slice(Math.max(0, start - 8), start));
}
const UNIVERSITY_BEFORE = /(?:University|Prifysgol|Brifysgol)(?:[ \u00A0]+(?:of[ \u00A0]+)?\p{Lu}[\p{L}'’-]*){0,3}[ \u00A0]+$/u;
const UNIVERSITY_AFTER = /^(?:[ \u00A0]+(?:\p{Lu}[\p{L}'’-]*|y|yr|a|ac|['’]r)){1,5}(?:,|[ \u00A0]+(?:ym|at|in))?[ \u00A0]+(?:Prifysgol|Brifysgol|Mhrifysgol|University)(?![\p{L}])/u;
