/** The words around a capitalised run that tell a person from a place or a thing (people.ts). */
import { PLACE_ELEMENTS } from '../../language/welsh-spelling.js';

/**
 * Congratulations and birthday wishes go to people: a given name that is also a word ("Elan",
 * "Haf", "Grace") is a name right after one ("Well done Grace", "Pen-blwydd hapus yn 6 oed i
 * Elan", "Llongyfarchiadau i Haf").
 */
export const GREETED = /(?:well[ \u00A0]+done|congratulations[ \u00A0]+to|congrats[ \u00A0]+to|birthday[ \u00A0]+to|llongyfarchiadau[ \u00A0]+(?:mawr[ \u00A0]+)?i|da[ \u00A0]+iawn|oed[ \u00A0]+i|pen-?blwydd[ \u00A0]+hapus[ \u00A0]+i)[ \u00A0,!]*$/iu;
export const PLACE_BEFORE = /(?:(?:^|[^\p{L}])(?:in|at|near|outside|around|across|the|yn|ym|yng|ger|y|yr)|\p{L}['’]r)[ \u00A0]+$/iu;
/** An elected member's seat: the capitalised words after "MP for", "AM for", "councillor for", "aelod dros" name a place. */
export const SEAT_BEFORE = /(?:^|[^\p{L}])(?:MP|MS|AM|MSP|MLA|MEP|AoS|AS|[Mm]ember|[Aa]elod|[Cc]ouncillor|[Cc]ynghorydd|[Cc]llr|[Cc]yng)\.?[ \u00A0]+(?:for|dros)[ \u00A0]+$/u;
export const SAINT_BEFORE = /(?:^|[^\p{L}])(?:St|Saint|Sant|Santes)\.?[ \u00A0]+$/u;
/** After a name, what introduces a person: ", of", ", o", ", aged", ", 56,". */
export const INTRODUCED = /^,[ \u00A0]+(?:of|o|aged|\d{1,3},)[ \u00A0]/u;
/** Welsh verbs that start sentences ("Dywedodd", "Cafodd", "Gwelais"): not a given name before a surname. */
export const VERB_ENDING = /(?:odd|wyd|ais|ent|ech|iwyd)$/u;
/** A dance named for its style, not a person: "dawnsio Morris", "Morris dancing", "Morris dancers". */
const DANCE_BEFORE = /(?:^|[^\p{L}])(?:dawnsio|ddawnsio|dawnswyr|ddawnswyr)[ \u00A0]+$/iu;
const DANCE_AFTER = /^[ \u00A0]+(?:dancing|dancers|dance|dances)(?![\p{L}])/iu;
export const danceStyle = (text: string, start: number, end: number): boolean =>
  DANCE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) || DANCE_AFTER.test(text.slice(end, end + 10));

/** Whether `word` at `at` in `text` lies inside one of `phrases` (lower case, single spaces): "Ti" in "Ti a Fi". */
export function inListedPhrase(text: string, at: number, word: string, phrases: readonly string[]): boolean {
  const w = ` ${word.toLowerCase()} `;
  return phrases.some((p) => {
    const k = ` ${p} `.indexOf(w);
    return k >= 0 && at >= k && text.slice(at - k, at - k + p.length).toLowerCase() === p && !/[\p{L}\p{N}]/u.test(text[at - k - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at - k + p.length] ?? '');
  });
}

/** Welsh organisations' names start with their head word: a run of capitals ends before one ("Olivia Davies Ysgol Cwm Brombil"). */
export const ORG_HEADS = new Set(['ysgol', 'coleg', 'prifysgol', 'canolfan', 'clwb', 'capel', 'eglwys', 'cyngor', 'ysbyty', 'neuadd', 'gwesty', 'cylch', 'menter', 'cymdeithas', 'ymddiriedolaeth', 'sefydliad']);

/** English organisations' names end with their head word ("Llangatwg Community School", "Bryn Rugby Club"). */
export const ORG_TAILS = new Set(['school', 'primary', 'academy', 'college', 'university', 'club', 'chapel', 'church', 'hospital', 'centre', 'council', 'society', 'trust', 'association']);

/** A Welsh place name written as one word: a place element and at least five letters more ("Porthdinllaen", "Llanybydder", "Aberdaron"). */
export const PLACE_COMPOUND = new RegExp(`^(?:${PLACE_ELEMENTS.join('|')})\\p{L}{5,}$`, 'u');

const CLAUSE_END = new Set(['.', ';', ':', '!', '?', '\n']);

/** Whether a character word is within four words of the name: "Wil the Road Safety Dragon", "masgot yr ysgol, Wil". */
export function isCharacter(text: string, start: number, end: number, characterWords: ReadonlySet<string>): boolean {
  const after = /^[^.,;:!?\n(]{0,40}/u.exec(text.slice(end, end + 40))![0].toLowerCase().split(/[^\p{L}\p{M}]+/u).slice(0, 6);
  // Back to the last clause mark within 40 characters (a regular expression anchored at the end
  // would be tried from every one of the 40 positions).
  let from = start;
  while (from > 0 && start - from < 40 && !CLAUSE_END.has(text[from - 1]!)) from--;
  const before = text.slice(from, start).toLowerCase().split(/[^\p{L}\p{M}]+/u).slice(-5);
  return after.some((w) => characterWords.has(w)) || before.some((w) => characterWords.has(w));
}
