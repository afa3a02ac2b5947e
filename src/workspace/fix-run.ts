import { randomBytes } from 'node:crypto';
import { rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { applyFixes } from '../engine/fix.js';
import { accountSource } from '../inputs/account.js';
import { decodeText } from '../inputs/decode.js';
import { UserError, type Channel, type Finding } from '../model/index.js';
import { t } from '../i18n/index.js';
import { lintTargets } from './lint-run.js';
import { readRegularFile } from './read-file.js';
import type { Setup } from './setup.js';
import type { Target } from './targets.js';

/** Passes of check-and-fix at most (a fix may make room for another, as in ESLint). */
const MAX_PASSES = 10;
const BOM = new Uint8Array([0xef, 0xbb, 0xbf]);

export interface FixOutcome {
  target: Target;
  before: string;
  after: string;
  /** Fixes applied over all passes. */
  applied: number;
  /** Why the file was left alone, when it was. */
  note?: string;
  /** The bytes to write (the fixed text, with the file's byte order mark if it had one). */
  bytes: Uint8Array;
  /** The findings of the fixed text, unmasked (what is left; the attachments to fix). */
  findings: Finding[];
  /** The personal data the passes met (matched texts of findings with a personal-data fix): masked in a diff. */
  secrets: string[];
}

export interface FixOptions {
  cwd: string;
  date: string;
  channel?: Channel;
  /** Apply the opt-in personal-data fixes too (`--fix-personal-data`): a finding's `suggestedFix`. */
  personalData?: boolean;
}

/** The bytes of a text, with the UTF-8 byte order mark the file had (fixes and review keep it). */
export function encodeText(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(BOM.length + body.length);
  out.set(BOM);
  out.set(body, BOM.length);
  return out;
}

/**
 * Checks a draft, applies its fixes, checks the result again and so on until no fix is left
 * (at most MAX_PASSES), all in memory: nothing is written here. Fix texts are taken unmasked
 * (the findings are not printed). Account files and standard input are not fixed.
 */
export async function fixTarget(target: Target, s: Setup, o: FixOptions): Promise<FixOutcome | UserError> {
  if (target.stdin) return new UserError(t('check.fixStdin'));
  let bytes: Uint8Array;
  let text: string;
  try {
    bytes = await readRegularFile(target.path, target.shown, { what: 'draft' });
    text = decodeText(bytes, target.shown);
  } catch (e) {
    if (e instanceof UserError) return e;
    throw e;
  }
  const leave = (note: string): FixOutcome => ({ target, before: text, after: text, applied: 0, note, bytes, findings: [], secrets: [] });
  if (accountSource.accepts(target.shown, '')) return leave('account files have no automatic fixes');
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return leave(t('fix.noteUtf16'));
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let current = text;
  let applied = 0;
  let findings: Finding[] = [];
  const secrets = new Set<string>();
  const lintOptions = { cwd: o.cwd, date: o.date, channel: o.channel, redact: false, readStdin: async () => new Uint8Array() };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const run = await lintTargets([{ ...target, content: encodeText(current, bom) }], s, lintOptions);
    if (run.errors.length) return run.errors[0];
    findings = run.results[0]?.findings ?? [];
    for (const f of findings) if (f.suggestedFix && f.actual) secrets.add(f.actual);
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : o.personalData && f.suggestedFix ? [f.suggestedFix] : []));
    if (!fixes.length) break;
    const next = applyFixes(current, fixes);
    if (!next.applied || next.text === current) break;
    current = next.text;
    applied += next.applied;
    findings = [];
  }
  if (!findings.length && applied) findings = (await lintTargets([{ ...target, content: encodeText(current, bom) }], s, lintOptions)).results[0]?.findings ?? [];
  return { target, before: text, after: current, applied, bytes: encodeText(current, bom), findings, secrets: [...secrets] };
}

/** Replaces a file atomically (a temporary file beside it, then a rename), keeping its mode. */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const mode = (await stat(path)).mode & 0o777;
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.smpolicy.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode });
    await rename(temp, path);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
