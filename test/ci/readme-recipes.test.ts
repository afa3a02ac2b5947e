/**
 * The README's CI section: every YAML recipe parses, every `smpolicy check` in it uses only
 * options `smpolicy check --help` lists (with format names it knows), the action's inputs and
 * the pre-commit hook id exist, and each recipe that uploads or publishes a report names the
 * file the check writes. The recipes' machinery itself runs in the other tests of test/ci/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { BIN, ROOT, sh } from '../support/ci-repo.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const start = readme.indexOf('\n## CI\n');
const end = readme.indexOf('\n## ', start + 1);
const section = readme.slice(start, end === -1 ? undefined : end);

const blocks = [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1], text: m[2] }));
const yamlBlocks = blocks.filter((b) => b.lang === 'yaml').map((b) => {
  const doc = parseDocument(b.text);
  return { text: b.text, errors: doc.errors.map((e) => e.message), data: doc.toJS() as any };
});

const help = sh(process.execPath, [BIN, 'check', '--help'], ROOT).stdout;
const OPTIONS = new Set([...help.matchAll(/^ {2}(?:-\w, )?(--[\w-]+)/gm)].map((m) => m[1]));
const FORMATS = /--format <name>\s+output format: ([\w|]+)/.exec(help)![1].split('|');

/** Every `smpolicy check …` command in the section, in code blocks and inline code, up to a comment or shell operator. */
const commands = [...section.matchAll(/smpolicy check\b([^\n`#|]*)/g)].map((m) => m[1].trim());

/** Options in a command line or `args:` value; `--format NAME` checked against the known formats. */
function badOptions(args: string): string[] {
  const tokens = args.split(/\s+/).filter(Boolean);
  const bad: string[] = [];
  tokens.forEach((t, i) => {
    if (!t.startsWith('--')) return;
    const name = t.split('=')[0];
    if (!OPTIONS.has(name)) bad.push(name);
    if (name === '--format' && i + 1 < tokens.length && !FORMATS.includes(tokens[i + 1])) bad.push(`--format ${tokens[i + 1]}`);
  });
  return bad;
}

const steps = (workflow: any): any[] => Object.values(workflow?.jobs ?? {}).flatMap((job: any) => job.steps ?? []);
const workflows = yamlBlocks.filter((b) => b.data?.jobs && b.text.includes('.github/workflows/'));
const usesAction = (s: any) => typeof s.uses === 'string' && /^[\w.-]+\/smpolicy@/.test(s.uses);

describe("README's CI section", () => {
  it('exists, with recipes for GitHub Actions, GitLab CI, a git hook, pre-commit, baselines and --changed', () => {
    expect(start).toBeGreaterThan(0);
    for (const heading of ['### GitHub Actions', '### GitLab CI', '### A plain git hook', '### The pre-commit framework', 'baselines', '### Pull requests']) expect(section).toContain(heading);
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(5);
  });

  it('every YAML block parses', () => {
    for (const b of yamlBlocks) expect(b.errors, b.text).toEqual([]);
  });

  it("every `smpolicy check` uses only options that `check --help` lists", () => {
    expect(OPTIONS.has('--baseline')).toBe(true);
    expect(commands.length).toBeGreaterThanOrEqual(8);
    for (const c of commands) expect(badOptions(c), c).toEqual([]);
    // Options quoted in the prose: `--format junit --output smpolicy.xml`, `--changed`.
    const inline = [...section.matchAll(/`(--[^`]+)`/g)].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(5);
    for (const c of inline) expect(badOptions(c), c).toEqual([]);
    for (const needed of ['--format github', '--format sarif', '--format gitlab', '--write-baseline', '--baseline', '--report-stale', '--changed origin/main']) {
      expect(commands.some((c) => c.includes(needed)), needed).toBe(true);
    }
  });

  it('installs from a git URL at a tag, or from the tarball `npm pack` makes; never from the registry', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(section).toMatch(/npm install --save-dev "git\+https:\/\/[^"\s]+\.git#v[\d.]+"/);
    expect(section).toContain(`npm install --save-dev ./vendor/smpolicy-${version}.tgz`);
    expect(section).not.toMatch(/npm install[^\n]* smpolicy(@[\w.]+)?\s*$/m);
  });

  it('GitHub workflows check out, have the permissions the upload needs, and use the action with inputs it has', () => {
    const action = parseDocument(readFileSync(join(ROOT, 'action.yml'), 'utf8')).toJS();
    expect(workflows.length).toBeGreaterThanOrEqual(3);
    for (const { data, text } of workflows) {
      const all = steps(data);
      expect(all.some((s) => /^actions\/checkout@v\d+$/.test(s.uses)), text).toBe(true);
      expect(data.permissions, text).toMatchObject({ contents: 'read', 'security-events': 'write' });
      for (const s of all.filter(usesAction)) {
        expect(s.uses).toMatch(/@v\d+\.\d+\.\d+$/);
        for (const key of Object.keys(s.with ?? {})) expect(Object.keys(action.inputs)).toContain(key);
        const args = String(s.with?.args ?? '');
        expect(badOptions(args), args).toEqual([]);
        expect(args).not.toMatch(/--format|--output/);
      }
    }
    // The inputs shown commented out in the recipe are the action's too.
    const commented = [...section.matchAll(/^\s+# ([\w-]+): /gm)].map((m) => m[1]).filter((k) => k !== 'args');
    for (const key of commented) expect(Object.keys(action.inputs)).toContain(key);
  });

  it('the plain-steps workflow installs, annotates with --format github and uploads the SARIF file it wrote', () => {
    const plain = workflows.find((w) => steps(w.data).some((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')))!;
    const all = steps(plain.data);
    expect(all.some((s) => s.uses?.startsWith('actions/setup-node@'))).toBe(true);
    expect(all.some((s) => s.run === 'npm ci')).toBe(true);
    expect(all.some((s) => /smpolicy check .*--format github/.test(s.run ?? ''))).toBe(true);
    const written = /--format sarif --output (\S+)/.exec(all.map((s) => s.run ?? '').join('\n'))![1];
    expect(all.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@')).with.sarif_file).toBe(written);
  });

  it('the GitLab job publishes the code quality report the check writes, even when the check fails', () => {
    const gitlab = yamlBlocks.find((b) => b.text.includes('.gitlab-ci.yml'))!.data;
    const job = Object.values(gitlab)[0] as any;
    const written = /--format gitlab --output (\S+)/.exec(job.script.join('\n'))![1];
    expect(job.artifacts).toEqual({ when: 'always', reports: { codequality: written } });
  });

  it("the pre-commit snippet uses this repository's hook id with options `check` takes", () => {
    const hookIds = (parseDocument(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toJS() as any[]).map((h) => h.id);
    const config = yamlBlocks.find((b) => b.text.includes('.pre-commit-config.yaml'))!.data;
    const hooks = config.repos.flatMap((r: any) => r.hooks);
    expect(hooks.length).toBeGreaterThan(0);
    for (const h of hooks) {
      expect(hookIds).toContain(h.id);
      expect(badOptions((h.args ?? []).join(' '))).toEqual([]);
    }
  });

  it('the git hook recipe installs the script this repository ships', () => {
    expect(section).toContain('scripts/hooks/pre-commit');
    expect(readFileSync(join(ROOT, 'scripts', 'hooks', 'pre-commit'), 'utf8')).toContain('SMPOLICY_ARGS');
    expect(section).toMatch(/chmod \+x \.git\/hooks\/pre-commit/);
  });

  it('the checker of this test rejects what it should', () => {
    expect(badOptions('scheduled/ --max-warnings 0 --format sarif')).toEqual([]);
    expect(badOptions('scheduled/ --max-warning 0')).toEqual(['--max-warning']);
    expect(badOptions('--format jsn')).toEqual(['--format jsn']);
  });
});
