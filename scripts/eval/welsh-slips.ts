/**
 * What the Welsh spelling rule's generous parts cost: how many invented slips of real Welsh
 * words it accepts.
 *
 *   npx tsx scripts/eval/welsh-slips.ts [--list]
 *
 * Every word of four letters or more of the word list (mutated or not) in the Welsh items of
 * eval/real-text and eval/real-text-heldout gets six slips, drawn with a fixed seed: a letter
 * dropped, added, changed or two swapped; and one pair of neighbouring words in seven is run
 * together. A slip counts when the word list does not hold it (as written, mutated or with a
 * clitic). The script prints how many of those the checker still accepts, by the part that
 * accepts them (regular derivation, plural or verb-noun, English word): each is a misspelling
 * that would go unreported. --list prints them.
 *
 * The slips come from the evaluation text, so the figure moves when that text does; compare
 * two versions of the rule on the same text.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { excused } from '../../src/language/welsh-excuses.js';
import { knownPlural, knownVerbNoun } from '../../src/language/welsh-inflection.js';
import { isWelshWord, loadWelshWords } from '../../src/language/welsh-spelling.js';
import { knownPart } from '../../src/language/welsh-words.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const words = loadWelshWords();
const WORD = /[a-zâêîôûŵŷ]+/g;
const ALPHABET = 'abcdefghilmnoprstuwyâŵŷ';

interface Item { file: string; language?: string; kind?: string }
const texts: string[] = [];
for (const set of ['eval/real-text', 'eval/real-text-heldout']) {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, set, 'manifest.json'), 'utf8')) as Item[];
  for (const item of manifest) {
    if (item.language === 'cy' || item.language === 'bi' || item.kind === 'bilingual' || item.kind?.startsWith('welsh')) {
      texts.push(readFileSync(resolve(ROOT, set, item.file), 'utf8').toLowerCase());
    }
  }
}

let seed = 12345;
const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = (n: number): number => Math.floor(random() * n);

const vocabulary = new Set<string>();
for (const text of texts) for (const w of text.match(WORD) ?? []) if (w.length >= 4 && knownPart(w, words)) vocabulary.add(w);

const slips = new Set<string>();
for (const w of [...vocabulary].sort()) {
  for (let k = 0; k < 6; k++) {
    const i = pick(w.length);
    const op = pick(4);
    const letter = ALPHABET[pick(ALPHABET.length)]!;
    const slip =
      op === 0 ? w.slice(0, i) + w.slice(i + 1)
      : op === 1 ? w.slice(0, i) + letter + w.slice(i)
      : op === 2 ? w.slice(0, i) + letter + w.slice(i + 1)
      : i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2)
      : w;
    if (slip !== w && slip.length >= 3) slips.add(slip);
  }
}
for (const text of texts) {
  const ws = text.match(WORD) ?? [];
  for (let i = 0; i + 1 < ws.length; i += 7) if (ws[i]!.length > 1 && ws[i + 1]!.length > 1) slips.add(ws[i]! + ws[i + 1]!);
}

const counted = [...slips].filter((s) => !knownPart(s, words));
const byPart = new Map<string, string[]>();
for (const slip of counted) {
  const part = !isWelshWord(slip, words)
    ? excused(slip, 0, slip.length, slip, words) ? 'English word or abbreviation' : undefined
    : knownPlural(slip, words) || knownVerbNoun(slip, words) ? 'plural or verb-noun' : 'other regular derivation';
  if (part) byPart.set(part, [...(byPart.get(part) ?? []), slip]);
}
const accepted = [...byPart.values()].reduce((n, list) => n + list.length, 0);
console.log(`${vocabulary.size} words, ${counted.length} slips not in the word list; accepted or excused: ${accepted} (${((100 * accepted) / counted.length).toFixed(2)}%)`);
for (const [part, list] of [...byPart].sort()) {
  console.log(`  ${part}: ${list.length}${process.argv.includes('--list') ? `\n    ${list.join(' ')}` : ''}`);
}
