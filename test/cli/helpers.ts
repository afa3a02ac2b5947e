import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { run } from '../../src/cli/run.js';
import { DEFAULT_CONFIG } from '../../src/engine/config.js';
import { builtinPacks } from '../../src/engine/generated.js';
import { lintDocument } from '../../src/engine/lint.js';
import { loadPackText } from '../../src/engine/pack-loader.js';
import type { PackSpec } from '../../src/engine/pack-types.js';
import { buildRuleSet } from '../../src/engine/rule-set.js';
import type { Finding, RunContext, SeverityOrOff } from '../../src/engine/types.js';
import { parseAccount } from '../../src/inputs/account.js';
import { parseDraft } from '../../src/inputs/draft.js';
import { UserError } from '../../src/inputs/errors.js';

/** The repository root: tests that use the shipped packs or fixtures run from here. */
export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunOptions {
  cwd?: string;
  stdin?: string | Uint8Array;
  /** The whole environment the CLI sees (default: empty, so NO_COLOR/FORCE_COLOR of the host never leak in). */
  env?: Record<string, string>;
  /** Whether stdout claims to be a terminal (default false). */
  tty?: boolean;
  /**
   * For `check`: turn off every built-in rule except CORE_RULES (with --rule ID=off), so a
   * test's exact expectations do not change when other rules are added to the packs.
   */
  coreRulesOnly?: boolean;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process, as bin/smpolicy.js does, with a fake Io. */
export async function runCli(argv: string[], opts: RunOptions = {}): Promise<RunResult> {
  if (opts.coreRulesOnly && argv[0] === 'check') argv = [...argv, ...(await nonCoreOff())];
  let stdout = '';
  let stderr = '';
  let stdinReads = 0;
  const io: Io = {
    stdout: {
      write: (s: string) => {
        stdout += s;
        return true;
      },
      isTTY: opts.tty ?? false,
    },
    stderr: {
      write: (s: string) => {
        stderr += s;
        return true;
      },
    },
    readStdin: async () => {
      stdinReads++;
      if (stdinReads > 1) throw new Error('standard input read twice');
      const s = opts.stdin ?? '';
      return typeof s === 'string' ? new TextEncoder().encode(s) : s;
    },
    cwd: opts.cwd ?? ROOT,
    env: opts.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export interface TempDir {
  /** Absolute path of the folder. */
  path: string;
  /** Absolute path of a file inside it. */
  join(...parts: string[]): string;
  /** Writes a file (creating folders); returns its absolute path. */
  write(rel: string, content: string | Uint8Array): string;
  remove(): void;
}

/**
 * A fresh folder under the OS temp dir, with optional files. Removed when the current test
 * finishes (or by calling `remove()` when used outside a test).
 */
export function tempDir(files: Record<string, string | Uint8Array> = {}, { autoRemove = true } = {}): TempDir {
  const path = mkdtempSync(join(tmpdir(), 'smpolicy-test-'));
  const dir: TempDir = {
    path,
    join: (...parts) => join(path, ...parts),
    write(rel, content) {
      const file = join(path, rel);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
  for (const [rel, content] of Object.entries(files)) dir.write(rel, content);
  if (autoRemove) onTestFinished(() => dir.remove());
  return dir;
}

/** Parses `--format json` output, failing the test with the output when it is not JSON. */
export function parseJson(stdout: string): any {
  try {
    return JSON.parse(stdout);
  } catch {
    throw new Error(`not JSON:\n${stdout}`);
  }
}

/** Findings of every file in a JSON report, flattened as "file line:col ruleId". */
export function findingKeys(report: any): string[] {
  return report.results.flatMap((r: any) => r.findings.map((f: any) => `${r.file} ${f.line}:${f.column} ${f.ruleId}`));
}

/** A minimal, valid test pack in YAML; `rules` is the YAML of the rules list, indented by two. */
export function packYaml(name: string, rules: string): string {
  return `pack: ${name}\ntitle: Test pack ${name}\nrules:\n${rules}`;
}

/** One post rule in pack YAML (two-space list indentation). */
export function postRule(id: string, detect: string, extra = '', examples = '{ bad: ["x"], good: ["y"] }'): string {
  return [
    `  - id: ${id}`,
    `    category: test`,
    `    severity: error`,
    `    policy: { ref: "T1", title: "Test" }`,
    `    message: "Test finding '{match}'"`,
    `    remediation: "Fix it."`,
    `    examples: ${examples}`,
    ...(extra ? extra.split('\n').map((l) => `    ${l}`) : []),
    `    detect: ${detect}`,
    '',
  ].join('\n');
}

// ---- In-process engine helpers (no CLI): parse a draft and lint it with chosen packs. ----

/**
 * The shipped rules whose exact findings these tests assert. Packs grow as rules are built;
 * tests that count findings use only these, so a new rule elsewhere does not break them.
 */
export const CORE_RULES = ['account/schema', 'dp/email-address', 'dp/phone-number', 'infosec/protective-marking', 'welsh/placeholder'];

let builtinIds: Promise<string[]> | undefined;

/** `--rule ID=off` for every built-in rule outside CORE_RULES. */
export async function nonCoreOff(): Promise<string[]> {
  builtinIds ??= builtinPacks().then((packs) => packs.flatMap((p) => p.rules.map((r) => r.id)));
  return (await builtinIds).filter((id) => !CORE_RULES.includes(id)).flatMap((id) => ['--rule', `${id}=off`]);
}

/** The built-in packs with only CORE_RULES in them. */
export async function corePacks(): Promise<PackSpec[]> {
  return (await builtinPacks()).map((p) => ({ ...p, rules: p.rules.filter((r) => CORE_RULES.includes(r.id)) }));
}

export function context(over: Partial<RunContext> = {}): RunContext {
  return {
    date: '2026-11-23',
    organisation: { domains: [], approvedApps: [], allow: { emails: [], phones: [] } },
    welsh: DEFAULT_CONFIG.welsh,
    elections: [],
    ...over,
  };
}

/** Loads pack YAML, failing the test with every problem when it does not load. */
export async function packFrom(yaml: string, file = 'test-pack.yaml'): Promise<PackSpec> {
  const { pack, errors } = await loadPackText(yaml, file);
  if (!pack) throw new Error(`pack did not load:\n${errors.map((e) => e.format()).join('\n')}`);
  return pack;
}

export interface LintTextOptions {
  packs?: PackSpec[];
  ctx?: Partial<RunContext>;
  redact?: boolean;
  rules?: Record<string, SeverityOrOff>;
}

/** Parses `text` as a draft named `file` and lints it (default: the built-in packs' CORE_RULES). */
export async function lintText(text: string, file = 'draft.md', o: LintTextOptions = {}): Promise<Finding[]> {
  const parsed = await parseDraft(text, file);
  if (!parsed.doc) throw parsed.errors[0];
  const packs = o.packs ?? (await corePacks());
  const overrides = Object.entries(o.rules ?? {}).map(([id, severity]) => ({ id, severity, source: new UserError('test') }));
  const { ruleSet, errors } = buildRuleSet(packs, overrides);
  if (errors.length) throw errors[0];
  return lintDocument(parsed.doc, ruleSet, context(o.ctx), { redact: o.redact ?? true, frontMatterKeyAt: parsed.smpolicyKeyAt });
}

/** Parses `text` as an account file and lints it with the given packs. */
export async function lintAccount(text: string, packs: PackSpec[], ctx: Partial<RunContext> = {}, file = 'account.yaml'): Promise<Finding[]> {
  const parsed = await parseAccount(text, file);
  if (!parsed.doc) throw parsed.errors[0];
  const { ruleSet } = buildRuleSet(packs, []);
  return lintDocument(parsed.doc, ruleSet, context(ctx), { redact: true });
}

/** "line:column-endLine:endColumn ruleId" for compact assertions. */
export const where = (f: Finding) => `${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.ruleId}`;
