import { boundaryAfter, lineNear, lowerProse } from '../../model/index.js';
import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { findDates, type DateHit } from '../../pii/context/dates.js';
import { PEOPLE_PARAMS_SCHEMA, findPeople, lexicon, type PeopleParams } from '../../pii/context/people.js';
import { givenNameMention } from '../../pii/context/mentions.js';
import { alternation, FoldedRegex } from '../../pii/context/phrases.js';
import { sentenceAt } from '../../pii/context/sentences.js';

export interface DateOfBirthParams {
  /** Words that say a date is a birth date: "born", "DOB", "date of birth", "dyddiad geni", "ganwyd", "a anwyd". */
  'birth-words': string[];
  /** Birthday words: a date with them is a birth date only when it has a year ("birthday", "pen-blwydd"). */
  'birthday-words'?: string[];
  people?: PeopleParams;
}

interface Compiled { trigger: FoldedRegex }

const cache = new WeakMap<object, Compiled>();

function compile(params: DateOfBirthParams): Compiled {
  let c = cache.get(params);
  if (!c) {
    const list = (words: string[], fold: boolean) => alternation(fold ? words.map((w) => w.toLowerCase()) : words);
    const source = (fold: boolean) => {
      const strong = `(${list(params['birth-words'], fold)})`;
      const weak = params['birthday-words']?.length ? `|(${list(params['birthday-words'], fold)})` : '';
      // The boundary is tested after the words (boundaryAfter): the birth words are group 2.
      return `${boundaryAfter(String.raw`(?<![\p{L}\p{M}\p{N}_])`, `${strong}${weak}`)}(?![\\p{L}\\p{M}\\p{N}_])`;
    };
    c = { trigger: new FoldedRegex(source) };
    cache.set(params, c);
  }
  return c;
}

const stringList = { type: 'array', items: { type: 'string', minLength: 1 } };

/** Years: more than anyone has lived (the oldest recorded life was 122 years). */
const LONGEST_LIFE = 123;

/**
 * A date that can be a birth date: never after the run's date ("born and bred here, we
 * celebrate on 30/11/2026"). With birthday words only, the date needs a year before this one:
 * "Happy birthday Mrs Jones, party on 23/11/2026" is the party, not the birth.
 */
function plausibleBirth(d: DateHit, strong: boolean, today: string): boolean {
  if (d.year === undefined) return strong;
  const [y, m, day] = today.split('-').map(Number);
  const year = d.year >= 100 ? d.year : d.year + (d.year > y % 100 ? 1900 : 2000);
  // Data protection is for the living: someone born longer ago than anyone has lived (a museum's
  // pharmacist "born on 12 May 1850") has no personal data to protect.
  if (year < y - LONGEST_LIFE) return false;
  if (!strong) return year < y;
  return year < y || (year === y && (d.month < m || (d.month === m && d.day <= day)));
}

/**
 * A date heading its line, then a dash or colon: "11/04/2024 - Former patient's 90th birthday
 * gift" is when the news was published, not when anyone was born.
 */
function isDateline(text: string, d: DateHit): boolean {
  const [lineStart] = lineNear(text, d.start);
  return /^[\s•*·-]*$/u.test(text.slice(lineStart, d.start)) && /^[ \u00A0]*[-–—:|]/u.test(text.slice(d.end, d.end + 4));
}

/** "the Llanhilleth born former MP", "a Cardiff-born singer": where someone comes from, not when ("Sian Jones born 6/12/2013" is a birth). */
const bornOf = (text: string, at: number) => /^born(?![\p{L}])/iu.test(text.slice(at, at + 5)) && /(?:\p{Lu}[\p{L}\p{M}'’]*-|(?:^|[^\p{L}])(?:the|a|an)[ \u00A0]+\p{Lu}[\p{L}\p{M}'’]*[ \u00A0])$/u.test(text.slice(Math.max(0, at - 30), at));

/**
 * A count or a group born by a date: "the number born at the unit by the end of January 1",
 * "babies born on New Year's Day", "nifer y babanod a anwyd": no one's date of birth.
 */
const groupBorn = (text: string, at: number) => GROUP_BEFORE.test(text.slice(Math.max(0, at - 30), at));
const GROUP_BEFORE = /(?<![\p{L}])(?:number|numbers|total|those|babies|children|twins|nifer|babanod|babis|plant|efeilliaid)[ \u00A0]+(?:(?:who|that)[ \u00A0]+(?:were|are)[ \u00A0]+|were[ \u00A0]+|a[ \u00A0]+)?$/iu;

/** Before a date, a range's start: "born between 1 September 2022 and …", "ei eni rhwng …", "born on or after …". */
const RANGE_START = /(?<![\p{L}])(?:between|rhwng|on[ \u00A0]+or[ \u00A0]+(?:after|before)|after|before|ar[ \u00A0]+neu[ \u00A0]+(?:ar[ \u00A0]+ôl|cyn)|ar[ \u00A0]+ôl|cyn)[ \u00A0]+$/iu;
const RANGE_END = /^[ \u00A0]*(?:and|to|a|ac|i|[-–—])[ \u00A0]*$/iu;

/**
 * The dates that are no one's birth date but the bounds of a rule for everyone's ("Os cafodd eich
 * plentyn ei eni rhwng 1 Medi 2022 a 31 Awst 2023, …"; "children born on or after 1 September
 * 2021"), left out.
 */
function withoutRanges(text: string, dates: DateHit[]): DateHit[] {
  const out: DateHit[] = [];
  let rangeEnd = -1;
  for (const d of dates) {
    if (RANGE_START.test(text.slice(Math.max(0, d.start - 30), d.start))) rangeEnd = d.end;
    else if (rangeEnd >= 0 && RANGE_END.test(text.slice(rangeEnd, d.start))) rangeEnd = -1;
    else out.push(d);
  }
  return out;
}

/**
 * `dp/date-of-birth`: a date in the same sentence as a birth word and an identifiable person
 * (a name, handle, role, or "your"/"eich" in a reply). With "born", "DOB", "date of birth",
 * "dyddiad geni", "ganwyd", a full date is reported at the rule's severity and a day and month
 * without a year as a warning (a partial birth date still narrows down who someone is). With
 * birthday words only a full date counts: "Happy 100th birthday to Mrs Jones" and "her birthday
 * on 23 November" are celebrations, usually shared with the family's agreement, not a DOB.
 */
export const detector: BuiltinDetector<DateOfBirthParams> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['birth-words'],
    properties: { 'birth-words': { ...stringList, minItems: 1 }, 'birthday-words': stringList, people: PEOPLE_PARAMS_SCHEMA },
  },
  detect(doc, params, ctx) {
    if (doc.kind !== 'post') return [];
    const post = doc as PostDocument;
    const text = post.prose;
    const { re: trigger, text: scan } = compile(params).trigger.on(text, lowerProse(post));
    const lex = lexicon(params.people);
    const out: Match[] = [];
    let done = -1;
    trigger.lastIndex = 0;
    for (let m = trigger.exec(scan); m; m = trigger.exec(scan)) {
      if (m.index < done || bornOf(text, m.index) || groupBorn(text, m.index)) continue;
      const [s, e] = sentenceAt(text, m.index);
      done = e;
      // Every birth word of the sentence decides together: any strong word makes it strong.
      let strong = m[2] !== undefined;
      for (let n = trigger.exec(scan); n && n.index < e; n = trigger.exec(scan)) strong ||= n[2] !== undefined;
      trigger.lastIndex = e;
      const dates = withoutRanges(text, findDates(text, s, e)).filter((d) => plausibleBirth(d, strong, ctx.date) && (strong || !isDateline(text, d)));
      if (!dates.length) continue;
      // Someone in the sentence, or a given name alone that a full name before it vouches for ("… to Gwen Example! Gwen was born on …").
      if (!findPeople(text, s, e, lex, { addressee: true, account: post.frontMatter.account }).length &&
        !givenNameMention(text, s, e, findPeople(text, Math.max(post.bodyStart, s - 600), s, lex, { account: post.frontMatter.account }))) continue;
      for (const d of dates) {
        out.push({ start: d.start, end: d.end, sensitive: true, ...(d.year === undefined ? { severity: 'warning' as const, note: 'A day and month without the year: still part of a date of birth.', noteCy: "Diwrnod a mis heb y flwyddyn: mae'n dal yn rhan o ddyddiad geni." } : {}) });
      }
    }
    return out;
  },
};
