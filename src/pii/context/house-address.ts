/**
 * Addresses written with a house name and no number, as rural Wales writes them: "Bryn Awel,
 * Llanfihangel, SA39 9XX", "The Old Rectory, Llandeilo SA19 6AB", "Hafod Farm SA44 4XX",
 * "tŷ newydd, pencader, sa399xx", or one part a line above the postcode. Given a full
 * postcode, this reads the comma-separated (or line-separated) parts before it and says where
 * the address starts and where the house's name ends, or that the parts are not a house's
 * address: a town and county alone ("Llanelli, Carmarthenshire, SA15 3AE"), or a street with no
 * number ("King Street, SA31 1BD"). A sentence that runs into the address gives only the name
 * at its end ("… trefnu i alw yn Bron Eryri, Llanengan, LL53 7LH", "Mr Dilwyn Thomas of Hafod
 * Farm, …"). Venues ("Neuadd Bryn Awel") are the caller's to judge.
 */
import { findPeople, isNotName, type Lexicon, type PersonRef } from './people.js';
import { lineNear } from '../../model/index.js';

export interface HouseAddressWords {
  /** Words of a house's name that make one part enough: cottage, farm, fferm, rectory, tŷ, bwthyn. */
  house: Set<string>;
  /** Street words (street, road, heol, ffordd), English and Welsh. */
  street: Set<string>;
  /** English street words, which end a street's name ("King Street"); the other street words start one ("Heol y Parc"). */
  endStreet?: Set<string>;
}

interface Part { start: number; end: number; words: string[] }

const MAX_WORDS = 5;
const MAX_LINE = 45;
/** A flat or unit number is a part of its own: "Flat 2, Tŷ Gwyn, SA19 6AB". */
const FLAT = /^(?:flat|fflat|apartment|unit|uned)[ \u00A0]+\d{1,4}[a-z]?$/iu;
/** Words that start the sentence around a lower-case address, not the house's name. */
const LEAD_IN = new Set([
  'to', 'at', 'from', 'in', 'of', 'is', 'for', 'and', 'on', 'near', 'by', 'address', 'lives', 'live', 'living', 'send',
  'sent', 'deliver', 'post', 'me', 'us', 'we', 'our', 'my', 'his', 'her', 'their', 'was', 'ar', 'yn', 'ym', 'i', 'o',
  'ger', 'gan', 'cyfeiriad', 'byw', 'ei', 'eu', 'fy', 'ein', 'yw', 'ydy', 'mae', 'oedd', 'the', 'a', 'y', 'yr', 'your', 'eich',
  'home', 'cartref', 'gartref',
]);
/** One word alone that begins like a Welsh village ("Llanybydder", "Aberaeron") is a place, not a house. */
const PLACE_START = /^(?:llan|aber|cwm|pont|tre|caer|cefn|rhyd|porth|pen-y|castell|capel|ystrad|bettws|betws)/u;
/** A capitalised run at the end of the first part, with Welsh and English joining words ("Pen y Bryn", "Tŷ'r Ysgol", "The Old Rectory"). */
const NAME_AT_END = /(?:\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00A0]+(?:y|yr|ar|the|of|on|upon)(?=[ \u00A0]+\p{Lu}))?[ \u00A0]+)*\p{Lu}[\p{L}\p{M}'’-]*$/u;
const WORDS = /[\p{L}\p{M}'’-]+/gu;

/** A house-name address: where it starts, and where its house's name (a flat and the name: "Flat 2, Tŷ Gwyn") ends; the rest is the locality. */
export interface HouseAddress { start: number; nameEnd: number }

/**
 * The house-name address ending at the postcode at `postcodeStart`, or undefined.
 * Reads at most the postcode's line (150 characters back) and four short lines above it.
 */
export function houseAddress(text: string, postcodeStart: number, lex: Lexicon, words: HouseAddressWords): HouseAddress | undefined {
  const parts = partsBefore(text, postcodeStart);
  if (!parts.length) return undefined;
  // The first part may run on from a sentence ("Please send it to Bryn Awel"): keep its name.
  let first = nameOf(text, parts[0], lex);
  // A clause that runs into the address with no name at its end ("… o'ch cartref, Bryn Eithin,
  // Llanfynydd, SA32 7TQ"): the address is the parts after it.
  if (!first && parts.length >= 3 && parts[0].words.length > MAX_WORDS) {
    parts.shift();
    first = nameOf(text, parts[0], lex);
  }
  if (!first) return undefined;
  parts[0] = first;
  // "Mrs Evans, Bryn Awel, Llandeilo, …": the person before the house is not part of the address.
  // A house name can look like a name ("Bryn Awel"): only a title or a known surname marks a person.
  const person = (p: PersonRef) => p.kind === 'titled' || p.kind === 'official' || (p.kind === 'name' && lex.surnames.has(p.text.split(' ').pop()!.toLowerCase()));
  if (parts.length > 2 && findPeople(text, first.start, first.end, lex).some((p) => p.end >= first.end - 2 && person(p))) parts.shift();
  // A street first is a street with no number ("King Street, Carmarthen SA31 1BD", "Heol y
  // Parc, …"); after a house name it is part of the address ("Tŷ Newydd, Heol y Parc,
  // Pencader"). A street word elsewhere in a name is the house's: English street words end a
  // street's name and Welsh ones start it, so "Sea View Lodge", "Bryn Llwyn", "Ty'n Llwyn" and
  // "Bwthyn Heol Fach" are houses ("Park Farm Road" is not).
  const lower = (p: Part) => p.words.map((w) => w.toLowerCase());
  const head0 = lower(parts[0]);
  const last = head0[head0.length - 1];
  const isStreet = words.endStreet
    ? words.endStreet.has(last) || (words.street.has(head0[0]) && !words.endStreet.has(head0[0]) && !words.house.has(last))
    : head0.some((w) => words.street.has(w)) && !words.house.has(last) && !words.house.has(head0[0]);
  if (isStreet) return undefined;
  const houseWord = parts.some((p) => lower(p).some((w) => words.house.has(w)));
  if (parts.length === 1 && !houseWord) return undefined;
  const head = lower(parts[0]);
  // A town or county first ("Llanelli, Carmarthenshire") is a place, not a home.
  if (!houseWord && head.every((w) => isNotName(w.replace(/['’]s$/, ''), lex) || w === 'y' || w === 'yr')) return undefined;
  if (!houseWord && head.length === 1 && PLACE_START.test(head[0])) return undefined;
  const named = FLAT.test(text.slice(parts[0].start, parts[0].end)) && parts.length > 1 ? parts[1] : parts[0];
  return { start: parts[0].start, nameEnd: named.end };
}

/** The parts before the postcode, nearest last: comma-separated on its line, then short lines above. */
function partsBefore(text: string, at: number): Part[] {
  const [lineStart] = lineNear(text, at);
  let from = Math.max(lineStart, at - 150);
  // A postcode in brackets belongs to the parts before the bracket: "Bryn Awel, Pencader (SA39 9XX)".
  const bracket = /\([ \u00A0]*$/u.exec(text.slice(from, at));
  const head = text.slice(from, bracket ? at - bracket[0].length : at);
  // A sentence before the address ends at . ! ? ; followed by a space, or at a colon or bracket.
  const cut = /.*(?:[.!?;](?=[ \u00A0])|[:(\[“"])/su.exec(head);
  if (cut) from += cut[0].length;
  const parts = split(text, from, bracket ? at - bracket[0].length : at);
  if (parts.length === 0 || (from === lineStart && parts.length < 3)) {
    // "Bryn Awel\nLlanfihangel\nSA39 9XX": short lines above continue the address.
    let end = lineStart - 1;
    for (let n = 0; n < 4 && end > 0; n++) {
      const start = text.lastIndexOf('\n', end - 1) + 1;
      const line = text.slice(start, end).replace(/\r$/, '');
      if (!line.trim() || line.length > MAX_LINE || /[.!?;:](?:[ \u00A0]*$|[ \u00A0])/u.test(line)) break;
      const above = split(text, start, start + line.length);
      if (!above.length) break;
      parts.unshift(...above);
      end = start - 1;
    }
  }
  // A part with numbers ends the address: it starts after it. A part too long to be a name is
  // a clause running into the address ("we'll call at Bron Eryri, Llanengan, …", "dim casgliad
  // eto i ffermdy penlan, talog, …"): the address starts with the name at its end, if any.
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    const written = text.slice(p.start, p.end);
    if (/\d/.test(written) && !FLAT.test(written)) return parts.slice(i + 1);
    if (p.words.length > MAX_WORDS) return parts.slice(i);
  }
  return parts;
}

function split(text: string, from: number, to: number): Part[] {
  const out: Part[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text[i] !== ',') continue;
    let s = start;
    let e = i;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: s, end: e, words: text.slice(s, e).match(WORDS) ?? [] });
    start = i + 1;
  }
  return out;
}

/** Words joining a person to their house in one capitalised run: "Mr Dilwyn Thomas of Hafod Farm". */
const OF_HOUSE = /^[ \u00A0]+(?:of|at|from)[ \u00A0]+(?=\p{Lu})/u;

/** The name at the end of the first part: its capitalised run, or for lower case its last words after the lead-in. */
function nameOf(text: string, part: Part, lex: Lexicon): Part | undefined {
  const written = text.slice(part.start, part.end);
  if (FLAT.test(written)) return part;
  if (/\p{Lu}/u.test(written)) {
    const m = NAME_AT_END.exec(written);
    if (!m) return undefined;
    let start = part.start + m.index;
    // "Mr Dilwyn Thomas of Hafod Farm": the house's name starts after the person and "of".
    for (const p of findPeople(text, start, part.end, lex)) {
      const of = OF_HOUSE.exec(text.slice(p.end, part.end));
      if (of) start = p.end + of[0].length;
    }
    const words = text.slice(start, part.end).match(WORDS) ?? [];
    return words.length <= MAX_WORDS ? { start, end: part.end, words } : undefined;
  }
  const words = part.words;
  let i = words.length;
  while (i > 0 && words.length - i < 3 && !LEAD_IN.has(words[i - 1])) i--;
  if (i === words.length) return undefined;
  const kept = words.slice(i);
  const at = written.lastIndexOf(kept[0], written.length - kept.slice(1).join(' ').length - 1);
  return { start: part.start + Math.max(0, at), end: part.end, words: kept };
}
