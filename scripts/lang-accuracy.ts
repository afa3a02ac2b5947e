/**
 * Accuracy and throughput of the Welsh/English identifier (src/language/identify.ts) on
 * the real corpora in test/data/corpora:
 * welsh-sentences.cy.txt and harvard-sentences.en.txt, one sentence per line.
 *
 *   npx tsx scripts/lang-accuracy.ts [--no-fallback] [--errors] [--corpora DIR]
 *
 * Skips with a message when the corpora are absent. `measureAccuracy` is exported for
 * bench scripts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { identifyLanguage, loadFallback, type LanguageLabel } from '../src/language/identify.js';

export interface LanguageAccuracy {
  n: number;
  correct: number;
  accuracy: number;
  /** Sentences of 20 characters or more. */
  n20: number;
  correct20: number;
  accuracy20: number;
  /** Wrong answers by label. */
  wrong: Partial<Record<LanguageLabel, number>>;
}

export interface AccuracyReport {
  cy: LanguageAccuracy;
  en: LanguageAccuracy;
  /** Accuracy over both corpora, sentences of 20+ characters. */
  overall20plus: number;
  /** Accuracy over both corpora, all sentences. */
  overall: number;
  /** Time spent identifying (not reading files, after a warm-up pass). */
  elapsedMs: number;
  sentencesPerSecond: number;
  /** Whether the franc fallback was used. */
  fallback: boolean;
  errors: Array<{ expected: 'cy' | 'en'; got: LanguageLabel; cy: number; en: number; text: string }>;
}

export const CORPUS_FILES = { cy: 'welsh-sentences.cy.txt', en: 'harvard-sentences.en.txt' } as const;

/** The corpus folder: test/data/corpora (copied into the repository with its licence notes). */
export function defaultCorpusDir(): string {
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return resolve(repoRoot, 'test', 'data', 'corpora');
}

export function corporaPresent(corpusDir: string): boolean {
  return existsSync(join(corpusDir, CORPUS_FILES.cy)) && existsSync(join(corpusDir, CORPUS_FILES.en));
}

function readLines(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/**
 * Identify every sentence of both corpora and count the right answers ('mixed' and
 * 'unknown' count as wrong). With `fallback: true` (default) franc-all is loaded first.
 */
export async function measureAccuracy(
  corpusDir: string = defaultCorpusDir(),
  options: { fallback?: boolean } = {},
): Promise<AccuracyReport> {
  const useFallback = options.fallback !== false;
  if (useFallback) await loadFallback();
  const corpora = {
    cy: readLines(join(corpusDir, CORPUS_FILES.cy)),
    en: readLines(join(corpusDir, CORPUS_FILES.en)),
  };
  // Warm up the JIT so that the throughput reflects steady state.
  for (let k = 0; k < 3000; k++) identifyLanguage(corpora.cy[k % corpora.cy.length] ?? '', { fallback: useFallback });
  const errors: AccuracyReport['errors'] = [];
  const stats = {} as Record<'cy' | 'en', LanguageAccuracy>;
  let elapsed = 0;
  for (const expected of ['cy', 'en'] as const) {
    const s: LanguageAccuracy = { n: 0, correct: 0, accuracy: 0, n20: 0, correct20: 0, accuracy20: 0, wrong: {} };
    const lines = corpora[expected];
    const t0 = performance.now();
    const results = lines.map((l) => identifyLanguage(l, { fallback: useFallback }));
    elapsed += performance.now() - t0;
    lines.forEach((text, k) => {
      const r = results[k];
      const ok = r.lang === expected;
      s.n++;
      if (ok) s.correct++;
      if (text.length >= 20) {
        s.n20++;
        if (ok) s.correct20++;
      }
      if (!ok) {
        s.wrong[r.lang] = (s.wrong[r.lang] ?? 0) + 1;
        errors.push({ expected, got: r.lang, cy: r.cy, en: r.en, text });
      }
    });
    s.accuracy = s.n ? s.correct / s.n : 0;
    s.accuracy20 = s.n20 ? s.correct20 / s.n20 : 0;
    stats[expected] = s;
  }
  const n = stats.cy.n + stats.en.n;
  const n20 = stats.cy.n20 + stats.en.n20;
  return {
    cy: stats.cy,
    en: stats.en,
    overall: n ? (stats.cy.correct + stats.en.correct) / n : 0,
    overall20plus: n20 ? (stats.cy.correct20 + stats.en.correct20) / n20 : 0,
    elapsedMs: elapsed,
    sentencesPerSecond: elapsed > 0 ? (n / elapsed) * 1000 : 0,
    fallback: useFallback,
    errors,
  };
}

function pct(x: number): string {
  return (x * 100).toFixed(2) + '%';
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const k = args.indexOf('--corpora');
  const dir = k >= 0 && args[k + 1] ? resolve(args[k + 1]) : defaultCorpusDir();
  if (!corporaPresent(dir)) {
    console.log(`lang-accuracy: skipped, corpora not found in ${dir}`);
    return;
  }
  const r = await measureAccuracy(dir, { fallback: !args.includes('--no-fallback') });
  console.log(`corpora: ${dir}   fallback: ${r.fallback ? 'franc-all (cym/eng)' : 'off'}`);
  for (const lang of ['cy', 'en'] as const) {
    const s = r[lang];
    const wrong = Object.entries(s.wrong).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
    console.log(
      `${lang}: all ${s.correct}/${s.n} ${pct(s.accuracy)}   20+ chars ${s.correct20}/${s.n20} ${pct(s.accuracy20)}   wrong: ${wrong}`,
    );
  }
  console.log(`overall: all ${pct(r.overall)}   20+ chars ${pct(r.overall20plus)}`);
  console.log(`throughput: ${Math.round(r.sentencesPerSecond).toLocaleString('en-GB')} sentences/s (${r.elapsedMs.toFixed(1)} ms)`);
  if (args.includes('--errors')) {
    for (const e of r.errors) console.log(`  ${e.expected}→${e.got} cy=${e.cy} en=${e.en}  ${e.text}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
