// Development-time script (never run by the build or the tests): makes
// src/pii/context/ons-names.ts, the given names of the person-reference finder beyond its
// hand-written list, from the ONS statistics "Baby names in England and Wales".
//
//   node scripts/build-given-names.mjs --ons <dir> --places <places.csv> [--welsh-words dist/welsh-words.txt]
//
// --ons: a folder holding the ONS workbooks (.xlsx and .xls), e.g. the data-raw/ folder of a clone of
//   github.com/rossbowen/babynames: one workbook per sex and year, 1996 to 2024 (every name
//   given to 3 or more babies in England and Wales that year, and from 1997 the Wales top 100),
//   and historicalnames2024.xlsx (top 100 names of each sex at 10-yearly intervals, 1904 to
//   2024). An .xlsx is a zip: `unzip -p` reads its parts; the binary .xls workbooks (to 2018)
//   are read by scripts/read-xls.mjs. No spreadsheet library is needed.
// --places: places.csv of github.com/briang/british-placenames (OS Open Names, Ordnance
//   Survey, OGL v3.0): names that are also a city or a town ("Chester", "Lincoln") need a
//   surname, like names that are also words; so do countries ("India", "Jordan": their CLDR
//   names through Intl.DisplayNames) and the cities that name time zones ("Paris", "Sydney").
// --welsh-words: the word list `npm run build` writes (Welsh, then English after '#english').
// The country and city names come from the running Node's ICU and time-zone data, so another
// Node version may move a name or two between the lists.
//
// A name is kept when it was given to at least 30 babies of one sex in England and Wales in
// some year, or was in the Wales top 100 or the England and Wales historical top 100. A kept
// name that is an everyday English or Welsh word ("will", "summer", "bryn") or a town goes to
// the second list: those need a surname or a greeting before them, like AMBIGUOUS_NAMES. A
// Welsh word is one of the Welsh list's words that dictionary-cy does not hold only as a
// capitalised (proper) name: "seren" and "bryn" are words, "Carys" and "Glenys" are names.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { xlsSheets } from './read-xls.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    ons: { type: 'string' },
    places: { type: 'string' },
    'welsh-words': { type: 'string', default: join(root, 'dist', 'welsh-words.txt') },
    out: { type: 'string', default: join(root, 'src', 'pii', 'context', 'ons-names.ts') },
  },
});
if (!values.ons || !values.places) {
  console.error('usage: node scripts/build-given-names.mjs --ons <folder of ONS .xlsx and .xls> --places <places.csv>');
  process.exit(2);
}

const THRESHOLD = 30;

const unzip = (file, part) => execFileSync('unzip', ['-p', file, part], { maxBuffer: 1 << 28 }).toString('utf8');
const xmlText = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Every worksheet of an .xlsx as rows of cells keyed by column letter. */
function* sheets(file) {
  const shared = [...unzip(file, 'xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)]
    .map((m) => xmlText([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
  const rels = unzip(file, 'xl/_rels/workbook.xml.rels');
  for (const s of unzip(file, 'xl/workbook.xml').matchAll(/<sheet [^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/g)) {
    const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((r) => r[0]).find((r) => r.includes(`Id="${s[2]}"`));
    const target = /Target="([^"]*)"/.exec(rel)[1].replace(/^\/?xl\//, '');
    const rows = [];
    for (const r of unzip(file, `xl/${target}`).matchAll(/<row [^>]*>([\s\S]*?)<\/row>/g)) {
      const row = {};
      for (const c of r[1].matchAll(/<c r="([A-Z]+)\d+"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const v = /<v>([^<]*)<\/v>/.exec(c[3] ?? '')?.[1] ?? /<t[^>]*>([^<]*)<\/t>/.exec(c[3] ?? '')?.[1];
        if (v === undefined) continue;
        row[c[1]] = /t="s"/.test(c[2]) ? shared[Number(v)] : /t="(?:str|inlineStr)"/.test(c[2]) ? xmlText(v) : Number(v);
      }
      rows.push(row);
    }
    yield { name: s[1], rows };
  }
}

const nextColumn = (c) => String.fromCharCode(c.charCodeAt(0) + 1); // tables here stay within A..Z
const NAME = /^\p{L}[\p{L}'’-]*\p{L}$/u;
const clean = (v) => (typeof v === 'string' ? v.trim().toLowerCase().replace(/’/g, "'") : '');

const best = new Map(); // name -> highest count in one year, one sex, England and Wales
const walesTop = new Set();
const historic = new Set();
const years = new Set();
const files = readdirSync(values.ons).filter((f) => /\.xlsx?$/.test(f)).sort();
for (const f of files) {
  const file = join(values.ons, f);
  for (const sheet of f.endsWith('.xls') ? xlsSheets(readFileSync(file)) : sheets(file)) {
    const heading = sheet.rows.slice(0, 8).flatMap((r) => Object.values(r)).filter((v) => typeof v === 'string').join(' ');
    // Historical table: a header row of years, names below.
    const yearHeader = sheet.rows.findIndex((r) => Object.values(r).filter((v) => /^(?:19|20)\d\d$/.test(String(v))).length >= 5);
    if (/10-yearly intervals/i.test(heading) && yearHeader >= 0) {
      for (const [col, y] of Object.entries(sheet.rows[yearHeader])) {
        if (!/^(?:19|20)\d\d$/.test(String(y))) continue;
        years.add(Number(y));
        for (const r of sheet.rows.slice(yearHeader + 1)) if (NAME.test(clean(r[col]))) historic.add(clean(r[col]));
      }
      continue;
    }
    // The table's title ("Table 3: Top 100 names for baby girls, Wales, 2024"), and in older
    // workbooks the area on the row below it ("Wales").
    const at = sheet.rows.findIndex((r) => Object.values(r).some((v) => typeof v === 'string' && /names for baby/i.test(v)));
    const title = at >= 0 ? `${Object.values(sheet.rows[at]).join(' ')} ${sheet.rows[at + 1]?.A ?? ''}`.replace(/England and Wales/g, '') : '';
    const wales = /\bWales\b/.test(title) && !/\bEngland\b/.test(title);
    const year = /\b(?:19|20)\d\d\b/.exec(title)?.[0];
    // Name and count columns: a header row with "Name" and "Count…" right after it.
    let pairs = [];
    for (const r of sheet.rows) {
      const found = Object.entries(r).filter(([c, v]) => v === 'Name' && typeof r[nextColumn(c)] === 'string' && /^Count/.test(r[nextColumn(c)]));
      if (found.length) {
        pairs = found.map(([c]) => [c, nextColumn(c)]);
        continue;
      }
      for (const [nc, cc] of pairs) {
        const name = clean(r[nc]);
        const count = r[cc];
        if (!NAME.test(name) || typeof count !== 'number') continue;
        if (year) years.add(Number(year));
        if (wales) walesTop.add(name);
        else best.set(name, Math.max(best.get(name) ?? 0, count));
      }
    }
  }
}

const kept = new Set([...historic, ...walesTop, ...[...best].filter(([, n]) => n >= THRESHOLD).map(([w]) => w)]);

// Words: the English section of the word list, and Welsh words that dictionary-cy does not
// hold only as a capitalised name.
const list = readFileSync(values['welsh-words'], 'utf8').split('\n');
const marker = list.indexOf('#english');
const english = new Set(list.slice(marker + 1));
const welsh = new Set(list.slice(0, list.findIndex((l) => l.startsWith('#'))));
const dic = readFileSync(join(root, 'node_modules', 'dictionary-cy', 'index.dic'), 'utf8').split('\n').map((l) => l.split('/')[0].trim());
const lowerStems = new Set(dic.filter((w) => w && w === w.toLowerCase()));
const properOnly = new Set(dic.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w.toLowerCase()).filter((w) => !lowerStems.has(w)));
const towns = new Set();
for (const line of readFileSync(values.places, 'utf8').split('\n').slice(1)) {
  const m = /^(?:"([^"]*)"|([^,]*)),(?:"([^"]*)"|([^,]*)),/.exec(line);
  if (m && /^(?:City|Town)$/.test(m[3] ?? m[4])) towns.add((m[1] ?? m[2]).toLowerCase());
}
// Countries and continents ("India", "Jordan", "Asia"): their English names in Unicode CLDR,
// through Intl.
const regions = new Intl.DisplayNames(['en'], { type: 'region' });
const codes = [];
for (let a = 65; a <= 90; a++) for (let b = 65; b <= 90; b++) codes.push(String.fromCharCode(a, b));
for (let n = 1; n < 1000; n++) codes.push(String(n).padStart(3, '0')); // continents and regions ("Asia")
for (const code of codes) {
  try {
    const n = regions.of(code);
    if (n && n !== code) towns.add(n.toLowerCase());
  } catch {
    // not a region code
  }
}
// Cities abroad ("Paris", "Sydney"): the cities that name the time zones (IANA tz database,
// public domain, through Intl).
for (const zone of Intl.supportedValuesOf('timeZone')) for (const part of zone.split('/').slice(1)) towns.add(part.replace(/_/g, ' ').toLowerCase());
// Welsh is often written without its accents ("Ty" for tŷ, "dwr" for dŵr): a name that is a
// Welsh word without them is a word too.
const bare = (w) => w.normalize('NFD').replace(/\p{M}/gu, '');
const welshBare = new Set([...welsh].filter((w) => !properOnly.has(w) && bare(w) !== w).map(bare));
const isWord = (w) => english.has(w) || (welsh.has(w) && !properOnly.has(w)) || welshBare.has(w);

const plain = [];
const wordLike = [];
for (const name of [...kept].sort()) (isWord(name) || towns.has(name) ? wordLike : plain).push(name);

const span = [...years].sort((a, b) => a - b);
const wrap = (names) => names.join(' ').replace(/(.{1,100})(?: |$)/g, '$1\n').trimEnd();
const out = `// Generated by scripts/build-given-names.mjs (run at development time; do not edit by hand).
// Source: Office for National Statistics, "Baby names in England and Wales" (boys' and girls'
// names, ${span.filter((y) => y >= 1996)[0]} to ${span[span.length - 1]}, and the top 100 names at 10-yearly intervals, ${span[0]} to ${span[span.length - 1]}),
// Crown copyright, Open Government Licence v3.0; read from the workbooks as published
// (github.com/rossbowen/babynames, data-raw/). Kept: names given to at least ${THRESHOLD} babies of
// one sex in England and Wales in some year, or in a Wales top 100 or a historical top 100.
// Town and city names: OS Open Names (Ordnance Survey, OGL v3.0), through
// github.com/briang/british-placenames; countries (Unicode CLDR) and time-zone cities (IANA tz), through Intl.
// Words: dist/welsh-words.txt (dictionary-cy, SCOWL).
// ${plain.length + wordLike.length} names: ${plain.length} names only, ${wordLike.length} also words or towns.

/** Given names that are not everyday words or towns, lower case, separated by spaces. */
export const ONS_NAMES = \`
${wrap(plain)}
\`;

/** Given names that are also English or Welsh words or towns ("summer", "bryn", "chester"): they need a surname. */
export const ONS_WORD_NAMES = \`
${wrap(wordLike)}
\`;
`;
writeFileSync(values.out, out);
console.log(
  `given names: ${files.length} workbooks, years ${span.join(', ')}; ${best.size} names with counts, ${historic.size} historical, ` +
    `${walesTop.size} Wales top 100 -> ${kept.size} kept (${plain.length} names, ${wordLike.length} also words or towns) -> ${values.out}`,
);
if (!existsSync(values.out)) process.exit(1);
