/**
 * action.yml, the composite GitHub Action: its steps run here as a runner would run them, in a
 * temporary content repository, with the environment the action gives each step (inputs
 * through env, never pasted into the script), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY as temp
 * files, and bash as GitHub starts it. The steps that need the network (setup-node, npm ci,
 * the SARIF upload) are not run: their presence and `uses:` are checked, and the conditions
 * that decide whether they run are evaluated.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TempDir } from '../support/cli.js';
import { CLEAN_DRAFT, PHONE_DRAFT, ROOT, gitRepo, sh, userEnv } from '../support/ci-repo.js';

interface Step {
  name: string;
  id?: string;
  uses?: string;
  run?: string;
  shell?: string;
  if?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default: string; description: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action: Action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'));
const step = (name: string) => {
  const s = action.runs.steps.find((x) => x.name === name);
  if (!s) throw new Error(`action.yml has no step named '${name}'`);
  return s;
};

interface Context {
  inputs: Record<string, string>;
  outputs: Record<string, string>;
}

/** `${{ … }}` as the runner expands it, for the expressions the action uses; any other fails the test. */
function expression(expr: string, ctx: Context): string {
  let m = /^inputs\.([\w-]+)$/.exec(expr);
  if (m) {
    if (!(m[1] in action.inputs)) throw new Error(`unknown input: ${m[1]}`);
    return ctx.inputs[m[1]];
  }
  if (expr === 'github.action_path') return ROOT;
  m = /^steps\.check\.outputs\.([\w-]+)$/.exec(expr);
  if (m) return ctx.outputs[m[1]] ?? '';
  throw new Error(`expression this test does not know: ${expr}`);
}
const expand = (value: string, ctx: Context) => value.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, e: string) => expression(e, ctx));

/** A step's `if:`, for the conditions the action uses (`a == 'x'`, `a != ''`, joined by `&&`). */
function condition(text: string, ctx: Context): boolean {
  return text.split('&&').every((part) => {
    const m = /^\s*([\w.-]+)\s*(==|!=)\s*'([^']*)'\s*$/.exec(part);
    if (!m) throw new Error(`condition this test does not know: ${part}`);
    return (expression(m[1], ctx) === m[3]) === (m[2] === '==');
  });
}

/** A `run:` step, as a runner runs a bash step: `bash --noprofile --norc -eo pipefail FILE`. */
function runStep(s: Step, repo: TempDir, ctx: Context) {
  expect(s.shell).toBe('bash');
  const script = repo.write(`.runner/${s.id ?? 'step'}.sh`, s.run!);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.env ?? {})) env[k] = expand(String(v), ctx);
  const files = { GITHUB_OUTPUT: repo.join('.runner', 'output'), GITHUB_STEP_SUMMARY: repo.join('.runner', 'summary'), GITHUB_WORKSPACE: repo.path };
  writeFileSync(files.GITHUB_OUTPUT, '');
  const r = sh('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], repo.path, userEnv({ ...files, GITHUB_ACTIONS: 'true', CI: 'true', ...env }));
  for (const line of readFileSync(files.GITHUB_OUTPUT, 'utf8').split('\n').filter(Boolean)) {
    const [key, ...value] = line.split('=');
    ctx.outputs[key] = value.join('=');
  }
  return r;
}

/** The action's steps that run on this machine: Check, then (when its condition holds) the exit step. */
function runAction(repo: TempDir, inputs: Record<string, string>) {
  const ctx: Context = { inputs: Object.fromEntries(Object.entries(action.inputs).map(([k, v]) => [k, inputs[k] ?? String(v.default)])), outputs: {} };
  const check = runStep(step('Check'), repo, ctx);
  const upload = condition(step('Upload SARIF to code scanning').if!, ctx);
  const exitStep = step("Exit with smpolicy's exit code");
  const exit = condition(exitStep.if!, ctx) ? runStep(exitStep, repo, ctx) : undefined;
  const outputs = Object.fromEntries(Object.entries(action.outputs).map(([k, v]) => [k, expand(v.value, ctx)]));
  return { check, upload, exit, outputs };
}

const sarifAt = (repo: TempDir, file: string) => JSON.parse(readFileSync(repo.join(file), 'utf8'));

describe('action.yml', () => {
  it('is a composite action whose network steps are setup-node, npm ci and upload-sarif', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.map((s) => s.name)).toEqual(['Set up Node.js', 'Install smpolicy', 'Check', 'Upload SARIF to code scanning', "Exit with smpolicy's exit code"]);
    expect(step('Set up Node.js')).toMatchObject({ uses: 'actions/setup-node@v4', with: { 'node-version': '${{ inputs.node-version }}' } });
    expect(step('Install smpolicy')).toMatchObject({ shell: 'bash', 'working-directory': '${{ github.action_path }}' });
    expect(step('Install smpolicy').run).toMatch(/^npm ci\b/);
    expect(step('Upload SARIF to code scanning')).toMatchObject({ uses: 'github/codeql-action/upload-sarif@v3', with: { sarif_file: '${{ steps.check.outputs.sarif-file }}' } });
    expect(Object.keys(action.inputs).sort()).toEqual(['annotations', 'args', 'config', 'node-version', 'paths', 'sarif-file', 'upload-sarif']);
    expect(Object.keys(action.outputs).sort()).toEqual(['exit-code', 'sarif-file']);
  });

  it('never pastes an input into a script: inputs reach run: steps through env only', () => {
    for (const s of action.runs.steps) if (s.run) expect(s.run).not.toContain('${{');
  });

  it('a finding: SARIF written, annotations printed, exit-code 1, the upload runs and the last step fails', () => {
    const repo = gitRepo({ 'scheduled/ci.md': PHONE_DRAFT, 'scheduled/llyfrgell.md': CLEAN_DRAFT, 'README.md': 'English only.\n' });
    const { check, upload, exit, outputs } = runAction(repo, { paths: 'scheduled/' });
    expect(check.status).toBe(0);
    expect(outputs).toEqual({ 'exit-code': '1', 'sarif-file': 'smpolicy.sarif' });
    const sarif = sarifAt(repo, 'smpolicy.sarif');
    expect(sarif.version).toBe('2.1.0');
    const results = sarif.runs[0].results;
    expect(results.map((r: any) => r.ruleId)).toEqual(['dp/phone-number', 'dp/phone-number']);
    expect(results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('scheduled/ci.md');
    expect(JSON.stringify(sarif)).not.toContain('900123');
    expect(check.stdout).toMatch(/^::error file=scheduled\/ci\.md,line=1,col=\d+,endLine=1,endColumn=\d+,title=dp\/phone-number::Phone number in a post/m);
    expect(check.stdout).not.toContain('900123');
    expect(upload).toBe(true);
    expect(exit?.status).toBe(1);
  });

  it('annotations: false prints no workflow commands; upload-sarif: false skips the upload', () => {
    const repo = gitRepo({ 'scheduled/ci.md': PHONE_DRAFT });
    const { check, upload, exit, outputs } = runAction(repo, { paths: 'scheduled/', annotations: 'false', 'upload-sarif': 'false', 'sarif-file': 'reports/smpolicy.sarif' });
    expect(check.stdout).not.toContain('::');
    expect(outputs['sarif-file']).toBe('reports/smpolicy.sarif');
    expect(sarifAt(repo, 'reports/smpolicy.sarif').runs[0].results).toHaveLength(2);
    expect(upload).toBe(false);
    expect(exit?.status).toBe(1);
  });

  it('a clean repository: exit-code 0, an empty SARIF run, no annotations, the job passes', () => {
    const repo = gitRepo({ 'scheduled/llyfrgell.md': CLEAN_DRAFT });
    const { check, upload, exit, outputs } = runAction(repo, { paths: 'scheduled/' });
    expect(outputs['exit-code']).toBe('0');
    expect(sarifAt(repo, 'smpolicy.sarif').runs[0].results).toEqual([]);
    expect(check.stdout).toBe('');
    expect(upload).toBe(true);
    expect(exit?.status).toBe(0);
  });

  it('globs reach smpolicy unexpanded, paths may be on several lines, and config and args are passed', () => {
    const repo = gitRepo({
      'scheduled/2026/12/ci.md': PHONE_DRAFT,
      'scheduled/2026/llyfrgell.md': CLEAN_DRAFT,
      'accounts/llyfrgell.md': CLEAN_DRAFT,
      'ci/smpolicy.yaml': 'rules:\n  dp/phone-number: warning\n',
    });
    // bash alone would read ** as *, missing the draft two folders down.
    const warned = runAction(repo, { paths: 'scheduled/**/*.md\naccounts/', config: 'ci/smpolicy.yaml' });
    expect(warned.outputs['exit-code']).toBe('0');
    const results = sarifAt(repo, 'smpolicy.sarif').runs[0].results;
    expect(results.map((r: any) => [r.level, r.locations[0].physicalLocation.artifactLocation.uri])).toEqual([
      ['warning', 'scheduled/2026/12/ci.md'],
      ['warning', 'scheduled/2026/12/ci.md'],
    ]);
    expect(warned.check.stdout).toMatch(/^::warning file=scheduled\/2026\/12\/ci\.md,/m);
    const strict = runAction(repo, { paths: 'scheduled/**/*.md\naccounts/', config: 'ci/smpolicy.yaml', args: '--max-warnings 0 --channel twitter' });
    expect(strict.outputs['exit-code']).toBe('1');
    expect(strict.exit?.status).toBe(1);
  });

  it('a configuration that does not load: exit-code 2 and no report, so nothing is uploaded, and the job fails', () => {
    const repo = gitRepo({ 'scheduled/llyfrgell.md': CLEAN_DRAFT, '.smpolicy.yaml': 'rules:\n  dp/phone-number: eror\n' });
    const { check, upload, exit, outputs } = runAction(repo, { paths: 'scheduled/' });
    expect(outputs).toEqual({ 'exit-code': '2', 'sarif-file': '' });
    expect(check.stderr).toMatch(/^\.smpolicy\.yaml:2:20: /m);
    expect(upload).toBe(false);
    expect(exit?.status).toBe(2);
  });

  it('a run that fails (a path that does not exist): exit-code 2, its one line on stderr, the job fails', () => {
    const repo = gitRepo({ 'scheduled/llyfrgell.md': CLEAN_DRAFT });
    const { check, exit, outputs } = runAction(repo, { paths: 'scheduled/ no-such-folder/' });
    expect(check.status).toBe(0);
    expect(outputs['exit-code']).toBe('2');
    expect(check.stderr).toContain('no-such-folder/: no such file or folder');
    expect(exit?.status).toBe(2);
  });
});
