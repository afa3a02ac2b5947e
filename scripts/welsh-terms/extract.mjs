#!/usr/bin/env node
// Extracts the Welsh words that dictionary-cy lacks from two openly licensed sources, into
// the word lists of this folder that scripts/build-welsh-words.mjs adds to
// dist/welsh-words.txt. See NOTICE.md for the sources, their licences and attribution.
//
//   node scripts/welsh-terms/extract.mjs --lecsicon lecsicon_cc0.zip \
//     --termcymru geiriau-tebyg-a-chytras.csv --hunspell-cy cy_GB.dic
//
// Any option may be left out (that list is then kept as it is). The sources are not kept in
// the repository: only the derived lists are, so the build needs no network.
//
// Lecsicon Cymraeg Bangor (Bangor University, CC0 1.0): one word form a line, tab-separated
//   form, lemma, part of speech (Universal Dependencies), features ("Mutation=SM|Number=Plur").
//   Kept: every radical form (no Mutation= feature: the runtime undoes mutations itself) that is
//   not colloquial or archaic (Style=Coll, Style=Arch: dialect verb forms such as "basit" are
//   not the standard written Welsh a council publishes). That brings in the regular inflection
//   dictionary-cy's affix rules miss: impersonal verb forms with vowel affection (-ir, -id,
//   -wyd: "cesglir", "gwaherddir"), superlatives and comparatives with provection ("trymaf",
//   "pwysicaf"), and plurals ("cyfrifiaduron").
// TermCymru (Welsh Government Translation Service; ODC-By 1.0 and CC BY 4.0): the single-word
//   Welsh terms of TermCymru's 2015 download as listed, with their English terms, in
//   geiriau-tebyg-a-chytras.csv (github.com/cwd24/termcymru, a filter of the download). Kept:
//   lower-case entries (terms, not place names) of letters only.
// hunspell-cy (Bangor University, LGPL-3.0-or-later, as dictionary-cy): the newer release of
//   the very dictionary dictionary-cy packages (March 2025, github.com/techiaith/hunspell-cy),
//   whose additions were funded by the Welsh Government to bring in standard terms ("mangre",
//   "cerbytffordd", "lesddaliad"). Kept: its stems that dictionary-cy's .dic lacks (all of them
//   without affix flags, so a plain word list).
//
// Both lists hold only words that the expansion of dictionary-cy does not already have
// (build-welsh-words.mjs --dictionary-only), lower-cased and NFC-normalised, sorted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateRawSync } from 'node:zlib';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = process.argv.slice(2);
const option = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);

/** The first file of a zip archive (stored or deflated), enough for a one-file download. */
function unzipFirst(bytes) {
  const buf = Buffer.from(bytes);
  if (buf.readUInt32LE(0) !== 0x04034b50) throw new Error('not a zip archive');
  // The central directory has the reliable sizes (a local header may defer them).
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const central = buf.readUInt32LE(eocd + 16);
  const method = buf.readUInt16LE(central + 10);
  const size = buf.readUInt32LE(central + 20);
  const local = buf.readUInt32LE(central + 42);
  const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
  const data = buf.subarray(start, start + size);
  if (method === 0) return data;
  if (method === 8) return inflateRawSync(data);
  throw new Error(`zip compression method ${method} is not supported`);
}

const normalise = (w) => w.replace(/^\uFEFF/, '').normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();
const WORD = /^[\p{L}][\p{L}'-]*$/u;

/** dictionary-cy's expansion, as build-welsh-words.mjs writes it without any additions. */
function dictionaryWords() {
  const dir = mkdtempSync(join(tmpdir(), 'welsh-terms-'));
  try {
    const out = join(dir, 'words.txt');
    execFileSync(process.execPath, [join(here, '..', 'build-welsh-words.mjs'), '--dictionary-only', '--quiet', '--out', out]);
    return new Set(readFileSync(out, 'utf8').split('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function write(name, header, words) {
  const sorted = [...words].sort();
  writeFileSync(join(here, name), `${header.map((l) => `# ${l}`.trimEnd()).join('\n')}\n${sorted.join('\n')}\n`);
  console.log(`${name}: ${sorted.length} words`);
}

const known = dictionaryWords();

/**
 * Radicals the runtime (src/language/welsh-mutations.ts) may recover from a mutated word: soft,
 * nasal and aspirate mutation and h-prothesis undone.
 */
function radicals(w) {
  const out = [];
  const undo = [
    ['ngh', 'c'], ['mh', 'p'], ['nh', 't'], ['ng', 'g'], ['ph', 'p'], ['th', 't'], ['ch', 'c'],
    ['dd', 'd'], ['b', 'p'], ['d', 't'], ['g', 'c'], ['f', 'b'], ['f', 'm'], ['l', 'll'], ['r', 'rh'],
    ['m', 'b'], ['n', 'd'], ['h', ''], ['', 'g'],
  ];
  for (const [mutatedInitial, radicalInitial] of undo) {
    if (w.startsWith(mutatedInitial)) out.push(radicalInitial + w.slice(mutatedInitial.length));
  }
  return out;
}

const lecsicon = option('--lecsicon');
if (lecsicon) {
  const raw = readFileSync(lecsicon);
  const text = (lecsicon.endsWith('.zip') ? unzipFirst(raw) : raw).toString('utf8');
  const words = new Set();
  const mutated = new Set();
  let rows = 0;
  for (const line of text.split(/\r?\n/)) {
    if (!line) continue;
    rows++;
    const [form, , , features = ''] = line.split('\t');
    if (/Style=(?:Coll|Arch)/.test(features)) continue;
    const w = normalise(form);
    if (w.length < 2 || !WORD.test(w) || known.has(w)) continue;
    if (/Mutation=/.test(features)) mutated.add(w);
    else words.add(w);
  }
  // A mutated form is kept when undoing its mutation the runtime's way gives no known radical:
  // the form carries a circumflex its radical lacks ("gŵyn", soft mutation of "cwyn", written so
  // to tell it from "gwyn") or is otherwise irregular.
  let irregular = 0;
  for (const w of mutated) {
    if (radicals(w).some((r) => known.has(r) || words.has(r))) continue;
    words.add(w);
    irregular++;
  }
  console.log(`lecsicon: ${irregular} mutated forms whose radical the runtime cannot recover`);
  write('lecsicon-bangor.words.txt', [
    'Lecsicon Cymraeg Bangor (Bangor Welsh Lexicon), Bangor University Language Technologies Unit:',
    'D. Prys, D. B. Jones, G. Prys, G. Watkins. https://github.com/techiaith/lecsicon-cymraeg-bangor',
    'lecsicon_cc0.zip as first published (commit a4996ab82c2e75ec412b2c451887126d85d868f5, 2021-01-29).',
    'Licence: CC0 1.0 Universal (public domain dedication). See NOTICE.md.',
    `Radical, standard (not colloquial or archaic) forms that dictionary-cy lacks, and mutated forms`,
    `whose radical cannot be recovered by undoing the mutation ("gŵyn" <- "cwyn"), from ${rows} rows;`,
    'made by scripts/welsh-terms/extract.mjs. Do not edit by hand.',
  ], words);
}

const hunspell = option('--hunspell-cy');
if (hunspell) {
  const { default: dictionary } = await import('dictionary-cy');
  const stems = (text) => text.replace(/^\uFEFF/, '').split(/\r?\n/).slice(1).map((l) => l.trim()).filter(Boolean);
  const old = new Set(stems(Buffer.from(dictionary.dic).toString('utf8')));
  const added = stems(readFileSync(hunspell, 'utf8')).filter((l) => !old.has(l));
  if (added.some((l) => l.includes('/'))) throw new Error('hunspell-cy added stems with affix flags: extend this script');
  const words = new Set(added.map(normalise).filter((w) => WORD.test(w) && !known.has(w)));
  write('hunspell-cy.words.txt', [
    'hunspell-cy, Bangor University Language Technologies Unit: https://github.com/techiaith/hunspell-cy',
    'cy_GB.dic of the March 2025 update (commit c2fc0d27706637877b6ef9e8b7ff169383f09b1e): stems dictionary-cy 2.0.0 lacks.',
    'Copyright (C) 2004-2020 Prifysgol Bangor. Licence: GNU LGPL 3.0 or later, as dictionary-cy',
    '(https://www.gnu.org/licenses/lgpl-3.0.html). See NOTICE.md.',
    'Made by scripts/welsh-terms/extract.mjs. Do not edit by hand.',
  ], words);
}

const termcymru = option('--termcymru');
if (termcymru) {
  const words = new Set();
  let rows = 0;
  for (const line of readFileSync(termcymru, 'utf8').split(/\r?\n/).slice(1)) {
    const [cy] = line.split(',');
    if (!cy) continue;
    rows++;
    if (cy !== cy.toLowerCase()) continue; // a name (Aberdyfi, Arabeg), not a term
    const w = normalise(cy);
    if (w.length >= 3 && WORD.test(w) && !known.has(w)) words.add(w);
  }
  write('termcymru.words.txt', [
    'TermCymru, Welsh Government Translation Service: single-word Welsh terms of the',
    'downloadable version of 22 May 2015, as listed in geiriau-tebyg-a-chytras.csv of',
    'https://github.com/cwd24/termcymru (commit 7cc6b62049861ed6d73e4345f474b2181930c31f).',
    '© Crown copyright and database right 2015. Licensed under the Open Data Commons Attribution',
    'Licence 1.0 (http://opendatacommons.org/licenses/by/1-0/) and the Creative Commons',
    'Attribution Licence 4.0 (http://creativecommons.org/licenses/by/4.0/legalcode). See NOTICE.md.',
    `Lower-case terms that dictionary-cy lacks, from ${rows} rows; made by`,
    'scripts/welsh-terms/extract.mjs. Do not edit by hand.',
  ], words);
}
