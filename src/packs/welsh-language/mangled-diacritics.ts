import type { BuiltinDetector, Match, PostDocument } from '../../model/index.js';

interface Params {
  /** Mis-decoded byte sequences and the character they should be ("Åµ": "ŵ"). */
  mojibake?: Record<string, string>;
  /** Letters that take a circumflex in Welsh, for "w^" and "?" repairs. */
  circumflex?: Record<string, string>;
}

// Short English words a question can end on ("is it? yes"): not a lost ŵ or ŷ.
const SHORT_ENGLISH = new Set(['a', 'i', 'it', 'is', 'so', 'me', 'us', 'ok', 'no', 'go', 'do', 'up', 'on', 'in', 'to', 'be', 'he', 'we', 'hi', 'oh', 'or', 'an', 'at', 'by', 'if', 'my', 'of', 'as', 'am', 'u', 'ur', 'ya', 'yo']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const compiled = new WeakMap<Params, { mojibake?: RegExp; caret?: RegExp }>();

function patterns(params: Params) {
  let p = compiled.get(params);
  if (!p) {
    const keys = Object.keys(params.mojibake ?? {}).sort((a, b) => b.length - a.length);
    const letters = Object.keys(params.circumflex ?? {}).join('');
    p = {
      mojibake: keys.length ? new RegExp(keys.map(escape).join('|'), 'gu') : undefined,
      caret: letters ? new RegExp(`[${escape(letters)}]\\^`, 'giu') : undefined,
    };
    compiled.set(params, p);
  }
  return p;
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
 * Where the repair is certain (mis-decoded bytes, w^, decomposed marks) it is suggested.
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
    const out: Match[] = [];
    const { mojibake, caret } = patterns(params);
    const repair = (start: number, end: number, fixed: string, what: string) => {
      const w = wordAround(text, start, end);
      const word = text.slice(w.start, w.end);
      const repaired = text.slice(w.start, start) + fixed + text.slice(end, w.end);
      out.push({ start: w.start, end: w.end, data: { what }, suggestions: [repaired.normalize('NFC')], note: word !== repaired ? `did you mean '${repaired.normalize('NFC')}'?` : undefined });
    };
    if (mojibake && /[ÃÅâ]/.test(text)) {
      mojibake.lastIndex = 0;
      for (let m = mojibake.exec(text); m; m = mojibake.exec(text)) repair(m.index, m.index + m[0].length, params.mojibake![m[0]], `'${m[0]}' is a mis-decoded '${params.mojibake![m[0]]}'`);
    }
    if (caret && text.includes('^')) {
      caret.lastIndex = 0;
      for (let m = caret.exec(text); m; m = caret.exec(text)) {
        const letter = m[0][0];
        const fixed = params.circumflex![letter.toLowerCase()];
        repair(m.index, m.index + 2, letter === letter.toUpperCase() ? fixed.toUpperCase() : fixed, `'${m[0]}' stands for '${fixed}'`);
      }
    }
    if (text.includes('\u0302')) {
      for (const m of text.matchAll(/\p{L}\u0302/gu)) repair(m.index!, m.index! + 2, m[0].normalize('NFC'), 'a decomposed circumflex (letter + U+0302), which breaks search');
    }
    if (/\p{L}[?\ufffd]/u.test(text)) {
      // The lost letter is ŵ or ŷ (or â, ê ...), not certain which: "�" after any letter;
      // "?" between letters ("d?r", not "agor?Ydy", a missing space), or ending a word of one
      // or two letters that runs on into a lower-case word ("t? ar gau": tŷ).
      for (const m of text.matchAll(/(?<=\p{L})\ufffd|(?<=\p{L})\?(?=\p{Ll})|(?<=(?<![\p{L}'’])\p{L}{1,2})\?(?= \p{Ll})/gu)) {
        const before = /\p{L}{1,2}$/u.exec(text.slice(Math.max(0, m.index! - 2), m.index!))?.[0].toLowerCase() ?? '';
        if (m[0] === '?' && text[m.index! + 1] === ' ' && SHORT_ENGLISH.has(before)) continue;
        const w = wordAround(text, m.index!, m.index! + 1);
        out.push({ start: w.start, end: w.end, data: { what: `'${m[0]}' in '${text.slice(w.start, w.end)}' is probably a lost ŵ or ŷ` } });
      }
    }
    return out.filter((o, i) => out.findIndex((p) => p.start === o.start) === i);
  },
};

