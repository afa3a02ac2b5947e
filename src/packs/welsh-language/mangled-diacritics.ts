import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';
import { escapeRegExp, lineNear } from '../../model/index.js';
import { isWelshWord, loadWelshWords } from '../../language/welsh-spelling.js';

interface Params {
  /** Mis-decoded byte sequences and the character they should be ("Åµ": "ŵ"). */
  mojibake?: Record<string, string>;
  /** Letters that take a circumflex in Welsh, for "w^" and "?" repairs. */
  circumflex?: Record<string, string>;
}

// Short English words a question can end on ("is it? yes"): not a lost ŵ or ŷ.
const SHORT_ENGLISH = new Set(['a', 'i', 'it', 'is', 'so', 'me', 'us', 'ok', 'no', 'go', 'do', 'up', 'on', 'in', 'to', 'be', 'he', 'we', 'hi', 'oh', 'or', 'an', 'at', 'by', 'if', 'my', 'of', 'as', 'am', 'u', 'ur', 'ya', 'yo']);

const compiled = new WeakMap<Params, { mojibake?: RegExp; table: Map<string, string>; gate?: RegExp; caret?: RegExp }>();

/** Windows-1252's characters for bytes 0x80-0x9F (undefined bytes: Latin-1's C1 controls). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const cp1252Char = (byte: number): string => (byte >= 0x80 && byte <= 0x9f ? CP1252[byte - 0x80]! : String.fromCharCode(byte));
/** Text as it reads when its UTF-8 bytes are decoded as Windows-1252 (one more round of damage). */
const misDecode = (text: string): string => [...Buffer.from(text, 'utf8')].map(cp1252Char).join('');

/**
 * Every form a mis-decoded letter takes: as configured ("Åµ"), decoded as Latin-1 rather than
 * Windows-1252 ("Ã" + U+0082 for "Ã‚"), upper- or lower-cased after the damage ("ÅΜ" in
 * capitals, "åµ"), and encoded twice ("ÃƒÂ´" for "ô").
 */
function mojibakeTable(mojibake: Record<string, string>): Map<string, string> {
  const table = new Map<string, string>();
  const add = (bad: string, good: string) => {
    if (bad !== good && !table.has(bad)) table.set(bad, good);
  };
  for (const [bad, good] of Object.entries(mojibake)) {
    const latin1 = [...bad].map((c) => { const i = CP1252.indexOf(c); return i >= 0 ? String.fromCharCode(0x80 + i) : c; }).join('');
    for (const form of new Set([bad, latin1])) {
      add(form, good);
      add(form.toUpperCase(), good.toUpperCase());
      add(form.toLowerCase(), good.toLowerCase());
      add(misDecode(form), good);
    }
  }
  // Read as Central European Windows-1250 instead ("dĹ·" for "dŷ", "Ă´" for "ô"): Latin script,
  // where such pairs are never words, so every form is damage.
  const latin = new TextDecoder('windows-1250');
  for (const good of new Set(Object.values(mojibake))) {
    const bad = latin.decode(Buffer.from(good, 'utf8'));
    if (bad.length > 1 && !bad.includes('\ufffd')) add(bad, good);
    // ...or as the DOS code page 437 ("├┤" for "ô", "┼╡" for "ŵ"; real-text-blind293): box
    // drawing, never a word. (TextDecoder has no IBM437: its upper half is written out here.)
    add([...Buffer.from(good, 'utf8')].map((b) => (b < 0x80 ? String.fromCharCode(b) : CP437_HIGH[b - 0x80]!)).join(''), good);
  }
  return table;
}
const CP437_HIGH = 'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00a0';

/**
 * Read as Cyrillic Windows-1251, Greek Windows-1253 or Thai Windows-874 ("tรขl" for "tâl",
 * "tГўl", "ar Γ΄l" for "ar ôl"): forms made of another script's letters, so each is damage only
 * beside a Latin letter, and Russian, Greek or Thai text itself is never reported. Built only for
 * a text holding such letters.
 */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0e00-\u0e7f]/u;
const otherCache = new WeakMap<Params, { re: RegExp; table: Map<string, string> }>();
function otherScriptPatterns(params: Params) {
  let p = otherCache.get(params);
  if (!p) {
    const table = new Map<string, string>();
    for (const page of ['windows-1251', 'windows-1253', 'windows-874']) {
      const decoder = new TextDecoder(page);
      for (const good of new Set(Object.values(params.mojibake ?? {}))) {
        const bad = decoder.decode(Buffer.from(good, 'utf8'));
        if (bad.length > 1 && !bad.includes('\ufffd') && OTHER_SCRIPT.test(bad) && !table.has(bad)) table.set(bad, good);
      }
    }
    const keys = [...table.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
    p = { table, re: new RegExp(keys ? `(?<=[A-Za-z])(?:${keys})|(?:${keys})(?=[A-Za-z])` : '(?!)', 'gu') };
    otherCache.set(params, p);
  }
  return p;
}

const CJK = /[\u3400-\u9fff]/u;
/** GBK's reading of "â" alone, between two words of Latin letters. */
const LONE_GBK_A = /(?<=[A-Za-z\u00C0-\u017F][ \u00A0])\u8292(?=[ \u00A0][A-Za-z\u00C0-\u017F]|['’]r(?![A-Za-z]))/gu;
const gbkCache = new WeakMap<Params, { re: RegExp; table: Map<string, string> }>();

/**
 * Decoded as GBK (a Chinese Windows default) a Welsh letter's two bytes become one Chinese
 * character ("D诺r" for "Dŵr") and a curly quote's three bytes run into the next letter
 * ("Amgueddfa鈥檙" for "Amgueddfa’r"). Each form is taken with the ASCII letter after it, so
 * Chinese text itself is never read as damage. Built only for a text with a Chinese character
 * in it (decoding every form costs ~10 ms, which every other run need not pay).
 */
function gbkPatterns(params: Params) {
  let p = gbkCache.get(params);
  if (!p) {
    const table = new Map<string, string>();
    const gbk = new TextDecoder('gbk');
    for (const good of new Set(Object.values(params.mojibake ?? {}))) {
      for (const next of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') {
        const bad = gbk.decode(Buffer.from(good + next, 'utf8'));
        const oneChar = bad.endsWith(next) && !bad.includes('\ufffd') && CJK.test(bad[0]!);
        if ((oneChar || /^[\u3400-\u9fff]{2}$/u.test(bad)) && !table.has(bad)) table.set(bad, good + next);
      }
    }
    const keys = [...table.keys()].sort((a, b) => b.length - a.length);
    p = { table, re: new RegExp(keys.length ? keys.map(escapeRegExp).join('|') : '(?!)', 'gu') };
    gbkCache.set(params, p);
  }
  return p;
}

function patterns(params: Params) {
  let p = compiled.get(params);
  if (!p) {
    const table = mojibakeTable(params.mojibake ?? {});
    const keys = [...table.keys()].sort((a, b) => b.length - a.length);
    const letters = Object.keys(params.circumflex ?? {}).join('');
    p = {
      table,
      mojibake: keys.length ? new RegExp(keys.map(escapeRegExp).join('|'), 'gu') : undefined,
      // Cheap test first: a character that starts some damaged form.
      gate: keys.length ? new RegExp(`[${escapeRegExp([...new Set(keys.map((k) => k[0]))].join(''))}]`, 'u') : undefined,
      caret: letters ? new RegExp(`[${escapeRegExp(letters)}]\\^`, 'giu') : undefined,
    };
    compiled.set(params, p);
  }
  return p;
}

/** HTML entities for letters: named ("&acirc;", "&wcirc;", "&Ocirc;") and numeric ("&#373;", "&#x175;"). */
const ENTITY = /&(?:([A-Za-z])(circ|uml|acute|grave);|#(\d{2,5});|#[xX]([0-9A-Fa-f]{2,4});)/g;
const MARKS: Record<string, string> = { circ: '\u0302', uml: '\u0308', acute: '\u0301', grave: '\u0300' };

/** The accented letter an entity stands for, or undefined (not a letter: "&#8217;", "&#38;"). */
function entityLetter(m: RegExpMatchArray): string | undefined {
  const letter = m[1] ? (m[1] + MARKS[m[2]!]).normalize('NFC') : String.fromCodePoint(m[3] ? Number(m[3]) : parseInt(m[4]!, 16));
  return letter.length === 1 && letter.charCodeAt(0) >= 0xc0 && /\p{L}/u.test(letter) ? letter : undefined;
}

/**
 * One byte of an 8-bit Welsh text read in the wrong code page: ISO-8859-14 (Latin-8, made for
 * Welsh) read as Latin-1 gives "ð" for ŵ and "þ" for ŷ ("grðp"); Latin-1 read as Windows-1250
 * gives "ď" for ï, "ę" for ê, "ű" for û ("streipďog"). Reported only where a Welsh word comes of it.
 */
const LEGACY: Record<string, string> = { ð: 'ŵ', Ð: 'Ŵ', þ: 'ŷ', Þ: 'Ŷ', ď: 'ï', Ď: 'Ï', ę: 'ê', Ę: 'Ê', ű: 'û', Ű: 'Û', ň: 'ò', ů: 'ù' };
const LEGACY_LETTER = /[ðÐþÞďĎęĘűŰňů]/gu;
const HAS_LEGACY_LETTER = new RegExp(LEGACY_LETTER.source, 'u');

/** A digit with a letter on both sides: OCR reads ô as 6 ("C6r" for "Côr"). */
const DIGIT_IN_WORD = /\p{L}\p{Nd}\p{L}/u;
const DIGITS_IN_WORDS = /(?<=\p{L})\p{Nd}(?=\p{L})/gu;
/** What a '?' most often stands for first (ŵ ŷ are not in Windows-1252); what OCR reads as a digit. */
const LOST = 'ŵŷâêîôû';
const MISREAD = 'ôâêîûŵŷ';

/** The letters (of `letters`, in order) that make `before + letter + after` a Welsh word. */
function welshRepairs(before: string, after: string, letters: string): string[] {
  const words = loadWelshWords();
  const upper = before + after === (before + after).toUpperCase();
  return [...letters].map((c) => (upper ? c.toUpperCase() : c)).filter((c) => isWelshWord(before + c + after, words));
}

/** The run of letters and digits around [start, end). */
function runAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{M}\p{Nd}]/u.test(text[s - 1]!)) s--;
  while (e < text.length && /[\p{L}\p{M}\p{Nd}]/u.test(text[e]!)) e++;
  return { start: s, end: e };
}

/** `certain`: the damage says which letter it was (bytes, an entity, w^, a loose mark), so --fix may repair it. */
type Repair = (start: number, end: number, fixed: string, what: string, whatCy: string, certain?: boolean) => void;

/** "C6r": the only digit of a word, where a circumflexed vowel makes it a Welsh word. */
function ocrDigit(text: string, at: number, repair: Repair): void {
  const w = runAround(text, at, at + 1);
  const before = text.slice(w.start, at);
  const after = text.slice(at + 1, w.end);
  if (/\p{Nd}/u.test(before + after) || before.length + after.length < 2) return;
  // A short code in capitals on a line written in lower case too is a code, not a word in a
  // capitals heading: the bus services "T1C" and "T3C", not "C6R MEIBION" for "CÔR".
  if (before.length + after.length <= 3 && before + after === (before + after).toUpperCase() && /\p{Ll}/u.test(text.slice(...lineNear(text, at)))) return;
  const [fixed] = welshRepairs(before, after, MISREAD);
  if (fixed) repair(at, at + 1, fixed, `'${text[at]}' in '${before}${text[at]}${after}' is probably a misread '${fixed}'`, `'${fixed}' wedi'i gamddarllen yw '${text[at]}' yn '${before}${text[at]}${after}', mae'n debyg`);
}

/** The whole word around [start, end), for showing the repair in context. */
function wordAround(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{M}]/u.test(text[s - 1])) s--;
  while (e < text.length && /[\p{L}\p{M}]/u.test(text[e])) e++;
  return { start: s, end: e };
}

/**
 * `welsh/mangled-diacritics`: ŵ and ŷ are not in Windows-1252, so text passed through the
 * wrong encoding shows "Åµ", "w^", "?" or "�" instead; â becomes "Ã¢" and ’ becomes "â€™".
 * Decomposed w + U+0302 displays but breaks search. URLs are not prose here, so a "?" in a
 * query string is never reported; "ÿ" (Welsh "loÿnnod") is a real letter and never reported.
 * Where the repair is certain (mis-decoded bytes, HTML entities, w^, decomposed marks) it is
 * suggested and is the match's fix; a letter guessed from the dictionary ('?', '�', an OCR
 * digit) is only suggested, never fixed.
 */
export const detector: BuiltinDetector<Params> = {
  appliesTo: 'post',
  paramsSchema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      mojibake: { type: 'object', additionalProperties: { type: 'string' } },
      circumflex: { type: 'object', additionalProperties: { type: 'string' } },
    },
  },
  detect(doc, params) {
    const text = (doc as PostDocument).prose;
    const original = (doc as PostDocument).text;
    const out: Match[] = [];
    const { mojibake, caret, gate, table } = patterns(params);
    const repair: Repair = (start, end, fixed, what, whatCy, certain) => {
      const w = wordAround(text, start, end);
      const word = text.slice(w.start, w.end);
      const repaired = (text.slice(w.start, start) + fixed + text.slice(end, w.end)).normalize('NFC');
      // The fix replaces the word in the file: only where the file has the word as prose has it.
      const fix = certain && original.slice(w.start, w.end) === word ? { fix: { start: w.start, end: w.end, text: repaired } } : {};
      out.push({ start: w.start, end: w.end, data: { what, 'what-cy': whatCy }, suggestions: [repaired], note: word !== repaired ? `did you mean '${repaired}'?` : undefined, noteCy: word !== repaired ? `ai '${repaired}' oedd dan sylw?` : undefined, ...fix });
    };
    const misDecoded = (at: number, bad: string, good: string) =>
      repair(at, at + bad.length, good, `'${bad}' is a mis-decoded '${good}'`, `'${good}' wedi'i ddadgodio'n anghywir yw '${bad}'`, true);
    if (mojibake && gate!.test(text)) {
      mojibake.lastIndex = 0;
      for (let m = mojibake.exec(text); m; m = mojibake.exec(text)) misDecoded(m.index, m[0], table.get(m[0])!);
    }
    if (OTHER_SCRIPT.test(text)) {
      const { re, table: forms } = otherScriptPatterns(params);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) misDecoded(m.index, m[0], forms.get(m[0])!);
    }
    if (CJK.test(text)) {
      const { re, table: forms } = gbkPatterns(params);
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) misDecoded(m.index, m[0], forms.get(m[0])!);
      // "â" (with) is a word of its own: its form stands alone between words ("Parhau 芒 dosbarthiadau").
      for (const m of text.matchAll(LONE_GBK_A)) misDecoded(m.index!, m[0], 'â');
    }
    if (text.includes('&')) {
      for (const m of text.matchAll(ENTITY)) {
        const letter = entityLetter(m);
        if (letter) repair(m.index!, m.index! + m[0].length, letter, `the HTML entity '${m[0]}' was left in place of '${letter}'`, `gadawyd yr endid HTML '${m[0]}' yn lle '${letter}'`, true);
      }
    }
    if (HAS_LEGACY_LETTER.test(text)) {
      for (const m of text.matchAll(LEGACY_LETTER)) {
        const w = wordAround(text, m.index!, m.index! + 1);
        const before = text.slice(w.start, m.index!);
        const after = text.slice(m.index! + 1, w.end);
        const good = LEGACY[m[0]]!;
        if (before.length + after.length >= 1 && welshRepairs(before, after, good.toLowerCase()).length) {
          repair(m.index!, m.index! + 1, good, `'${m[0]}' is a '${good}' read in the wrong code page`, `'${good}' wedi'i ddarllen yn y dudalen god anghywir yw '${m[0]}'`, true);
        }
      }
    }
    if (DIGIT_IN_WORD.test(text)) for (const m of text.matchAll(DIGITS_IN_WORDS)) ocrDigit(text, m.index!, repair);
    if (caret && text.includes('^')) {
      caret.lastIndex = 0;
      for (let m = caret.exec(text); m; m = caret.exec(text)) {
        const letter = m[0][0];
        const fixed = params.circumflex![letter.toLowerCase()];
        repair(m.index, m.index + 2, letter === letter.toUpperCase() ? fixed.toUpperCase() : fixed, `'${m[0]}' stands for '${fixed}'`, `mae '${m[0]}' yn sefyll am '${fixed}'`, true);
      }
    }
    // A spacing accent after its letter, as PDFs give it: "Tyˆ Poeth" for "Tŷ Poeth", "ymlaenˆ".
    if (/[\u02c6\u00a8]/.test(text)) {
      for (const m of text.matchAll(/([aeiouwyAEIOUWY])([\u02c6\u00a8])/gu)) {
        const fixed = (m[1]! + (m[2] === '\u02c6' ? '\u0302' : '\u0308')).normalize('NFC');
        if (fixed.length === 1) repair(m.index!, m.index! + 2, fixed, `'${m[0]}' (a spacing accent after the letter) stands for '${fixed}'`, `mae '${m[0]}' (acen ar wahân ar ôl y llythyren) yn sefyll am '${fixed}'`, true);
      }
    }
    if (text.includes('\u0302')) {
      for (const m of text.matchAll(/\p{L}\u0302/gu)) repair(m.index!, m.index! + 2, m[0].normalize('NFC'), 'a decomposed circumflex (letter + U+0302), which breaks search', "to bach ar wahân (llythyren + U+0302), sy'n torri chwilio", true);
    }
    if (/\p{L}[?\ufffd]/u.test(text)) {
      // The lost letter is ŵ or ŷ (or â, ê ...), not certain which: "�" after any letter;
      // "?" between letters ("d?r", not "agor?Ydy", a missing space), or ending a word of one
      // or two letters that runs on into a lower-case word ("t? ar gau": tŷ).
      for (const m of text.matchAll(/(?<=\p{L})\ufffd|(?<=\p{L})\?(?=\p{Ll})|(?<=(?<![\p{L}\p{N}'’])\p{L}{1,2})\?(?= \p{Ll})/gu)) {
        const before = /\p{L}{1,2}$/u.exec(text.slice(Math.max(0, m.index! - 2), m.index!))?.[0].toLowerCase() ?? '';
        if (m[0] === '?' && text[m.index! + 1] === ' ' && SHORT_ENGLISH.has(before)) continue;
        const w = wordAround(text, m.index!, m.index! + 1);
        out.push({ start: w.start, end: w.end, data: { what: `'${m[0]}' in '${text.slice(w.start, w.end)}' is probably a lost ŵ or ŷ`, 'what-cy': `ŵ neu ŷ coll yw '${m[0]}' yn '${text.slice(w.start, w.end)}', mae'n debyg` } });
      }
    }
    if (text.includes('?')) {
      // '?' for a lost letter where the surrounding letters allow nothing else: between capitals
      // ("D?R") or opening a word ("yr ?yl"). Reported only when a Welsh word comes of it.
      // So is '?' ending a word of one or two letters before anything else ("Mae'r t?.", "T? ELWYN"),
      // but not a unit after a number, which ends a question ("arbed £9.4m?", "5km?").
      for (const m of text.matchAll(/(?<=\p{Lu})\?(?=\p{Lu})|(?<=^|[\s(“"‘'])\?(?=\p{Ll}{2})|(?<=(?<![\p{L}\p{N}'’])\p{L}{1,2})\?(?!\p{L})/gu)) {
        const w = wordAround(text, m.index!, m.index! + 1);
        const before = text.slice(w.start, m.index!);
        const after = text.slice(m.index! + 1, w.end);
        if (!after && SHORT_ENGLISH.has(before.toLowerCase())) continue;
        const fixes = welshRepairs(before, after, LOST);
        if (!fixes.length) continue;
        const word = before + '?' + after;
        out.push({ start: w.start, end: w.end, data: { what: `'?' in '${word}' is probably a lost ${fixes.join(' or ')}`, 'what-cy': `${fixes.join(' neu ')} coll yw '?' yn '${word}', mae'n debyg` }, suggestions: fixes.map((f) => before + f + after) });
      }
    }
    if (/\p{L}[_[\]{}|]\p{L}/u.test(text)) {
      // '_' or a bracket for a lost letter inside a word ("gr_p" for "grŵp", "g[r" for "gŵr"), as
      // some systems write what they cannot show: one such mark in the word, and only when a
      // Welsh word comes of it (so "file_name" and "@cyngor_sir" never are).
      for (const m of text.matchAll(/(?<=\p{L})[_[\]{}|](?=\p{L})/gu)) {
        const mark = m[0];
        const w = wordAround(text, m.index!, m.index! + 1);
        if (/[_[\]{}|@#]/.test(text[w.start - 1] ?? '') || /[_[\]{}|]/.test(text[w.end] ?? '')) continue;
        const before = text.slice(w.start, m.index!);
        const after = text.slice(m.index! + 1, w.end);
        const fixes = welshRepairs(before, after, LOST);
        if (!fixes.length) continue;
        const word = `${before}${mark}${after}`;
        out.push({ start: w.start, end: w.end, data: { what: `'${mark}' in '${word}' is probably a lost ${fixes.join(' or ')}`, 'what-cy': `${fixes.join(' neu ')} coll yw '${mark}' yn '${word}', mae'n debyg` }, suggestions: fixes.map((f) => before + f + after) });
      }
    }
    return out.filter((o, i) => out.findIndex((p) => p.start === o.start) === i);
  },
};

