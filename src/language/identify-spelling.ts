/**
 * Spelling patterns for words the identifier's lists do not hold: Welsh ŵ ŷ â ê î ô û,
 * "dd", "ll", "wy", "-au", "-wch"; English k q v x z, "th", "sh", "-ing", "-tion"….
 * Memoised per word.
 */

const SPELLING_CACHE = new Map<string, number>();
const SPELLING_CACHE_MAX = 50_000;

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u' || c === 'y' || c === 'w';
}

/** `computeSpelling`, memoised. */
export function spellingScore(w: string): number {
  const cached = SPELLING_CACHE.get(w);
  if (cached !== undefined) return cached;
  const s = computeSpelling(w);
  if (SPELLING_CACHE.size >= SPELLING_CACHE_MAX) SPELLING_CACHE.clear();
  SPELLING_CACHE.set(w, s);
  return s;
}

/** Positive: looks Welsh; negative: looks English. Clamped to ±2.5. */
export function computeSpelling(w: string): number {
  const n = w.length;
  if (n < 3) return 0;
  let cy = 0;
  let en = 0;
  let marks = 0;
  let foreign = 0;
  for (let i = 0; i < n; i++) {
    switch (w.charCodeAt(i)) {
      case 0xe2: case 0xea: case 0xee: case 0xf4: case 0xfb: case 0x175: case 0x177: case 0xef: case 0x1e81: case 0x1ef3:
        marks++;
        break;
      case 0x6b: case 0x71: case 0x76: case 0x78: case 0x7a: // k q v x z
        foreign += 1;
        break;
      case 0x6a: // j
        foreign += 0.5;
        break;
    }
  }
  if (marks) cy += 2;
  if (foreign) en += Math.min(3, foreign * 1.5);

  // Word starts.
  const c0 = w[0];
  const c1 = w[1];
  if (c0 === 'l' && c1 === 'l') cy += 2;
  else if (c0 === 'r' && c1 === 'h') cy += 1;
  else if (c0 === 'd' && c1 === 'd') cy += 2;
  else if (c0 === 'f' && c1 === 'f') cy += 1.5;
  else if ((c0 === 'm' || c0 === 'n') && c1 === 'h') cy += 2;
  else if (c0 === 'n' && c1 === 'g') cy += 2;
  else if (c0 === 'g' && c1 === 'w') cy += 1.5;
  else if (c0 === 'c' && c1 === 'h' && w[2] === 'w') cy += 2;
  else if (c0 === 'y' && !isVowel(c1)) cy += 1;
  else if (c0 === 'w' && c1 === 'h') en += 2;
  else if (c0 === 't' && c1 === 'h') en += 0.5;
  else if (c0 === 'w' && (c1 === 'a' || c1 === 'e' || c1 === 'i' || c1 === 'o' || c1 === 'r')) en += 1;

  // Inside the word.
  if (w.includes('dd', 1)) cy += w.endsWith('dd') ? 2 : 1;
  const wy = w.indexOf('wy');
  if (wy >= 0 && !(wy > 0 && (w[wy - 1] === 'a' || w[wy - 1] === 'e' || w[wy - 1] === 'o'))) cy += 1.5;
  if (w.includes('ae')) cy += 1;
  if (w.includes('yf') || w.includes('yw') || w.includes('iw')) cy += 1;
  const oe = w.indexOf('oe');
  if (oe >= 0) {
    const next = w[oe + 2];
    if (next === 'd' || next === 'r' || next === 'n' || next === 'l' || (next === 't' && w[oe + 3] === 'h')) cy += 1;
  }
  // "w" as a vowel after a consonant: cwm, bwyd, pwysig, mwy, hwyl, fwy.
  for (let i = 1; i < n; i++) {
    if (w[i] === 'w') {
      const p = w[i - 1];
      if (p === 'c' || p === 'b' || p === 'g' || p === 'f' || p === 'm' || p === 'p' || (p === 'h' && (i < 2 || w[i - 2] !== 'g'))) {
        cy += 1;
        break;
      }
    }
  }
  // Consonant + y + consonant inside a word: cyfle, mynydd, hyd, tynnu.
  for (let i = 1; i < n - 1; i++) {
    if (w[i] === 'y' && !isVowel(w[i - 1]) && !isVowel(w[i + 1])) {
      cy += 0.75;
      break;
    }
  }

  // Endings.
  if (w.endsWith('au') && !w.endsWith('eau')) cy += w.endsWith('iau') ? 2.5 : 2;
  else if (w.endsWith('wch')) cy += 2;
  else if (w.endsWith('ych') || w.endsWith('och')) cy += 1.5;
  else if (w.endsWith('uch') && !w.endsWith('ouch')) cy += 1;
  else if (w.endsWith('ach') && !w.endsWith('each') && !w.endsWith('oach')) cy += 1;
  else if (w.endsWith('wr')) cy += 2;
  else if (w.endsWith('iad')) cy += 2;
  else if (w.endsWith('iol')) cy += 1.5;
  else if (w.endsWith('ol')) {
    const p = w[n - 3];
    if (p === 'n' || p === 'e' || p === 'g' || p === 'd') cy += 0.75;
  }
  else if (w.endsWith('og') && n >= 5) cy += 1;
  else if (w.endsWith('wn') && !w.endsWith('own') && !w.endsWith('awn') && !w.endsWith('ewn')) cy += 1.5;
  else if (w.endsWith('aeth')) cy += 1;
  else if (w.endsWith('ing')) en += 1.5;
  else if (w.endsWith('tion') || w.endsWith('sion')) en += 2;
  else if (w.endsWith('ly')) en += 1;
  else if (w.endsWith('ness') || w.endsWith('ment') || w.endsWith('ful') || w.endsWith('less')) en += 1.5;
  else if (w.endsWith('able') || w.endsWith('ous') || w.endsWith('ive') || w.endsWith('ure') || w.endsWith('ate')) en += 1;
  else if (w.endsWith('ed')) en += 1;
  else if (w.endsWith('ce') || w.endsWith('ge') || w.endsWith('se')) en += 1;
  else if (w.endsWith('ey')) en += 1;
  else if (n >= 4 && w.endsWith('s')) {
    const p = w[n - 2];
    if (p === 't' || p === 'd' || p === 'k' || p === 'p' || p === 'l' || p === 'm' || p === 'g' || p === 'n' || p === 'e') en += 1;
  } else if (w.endsWith('y') && !isVowel(w[n - 2])) en += 1;

  // English letter groups.
  if (w.includes('sh')) en += 1.5;
  if (w.includes('ck')) en += 2;
  if (w.includes('ght')) en += 2;
  if (w.includes('ee')) en += 1.5;
  if (w.includes('oo')) en += 1.5;
  if (w.includes('ou')) en += 1.5;
  if (w.includes('ea')) en += 1;
  if (w.includes('th', 1)) en += 0.5;

  const s = cy - en;
  return s > 2.5 ? 2.5 : s < -2.5 ? -2.5 : s;
}
