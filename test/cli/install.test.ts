/**
 * Installing smpolicy in a content repository without a registry (README: Install), end to end
 * with the real npm, offline:
 * - a release tarball made by `npm pack`: it has no dependencies (everything is bundled), so
 *   `npm install --offline` works with an empty npm cache;
 * - a git URL: npm clones the repository, installs its build tools and builds it through
 *   `prepare`, then installs the packed result. The build tools come from the npm cache, which
 *   `npm ci` filled (.ci/run runs it first), so this too runs with --offline.
 * Slow (each runs npm and the second a whole build): long timeouts, no time assertions.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const TEMP = mkdtempSync(join(tmpdir(), 'smpolicy-install-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

const DRAFT = 'Road closed on the A48 today.\n\nCall Mrs Davies on 07700 900123.\n';
const CLEAN = 'Mae’r llyfrgell ar agor tan 7 heno.\n';

/**
 * The environment of a user's shell: none of the npm_* variables that `npm test` sets for its
 * script (npm_config_local_prefix and the like would point npm back at this repository).
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!/^npm_/i.test(key) && key !== 'INIT_CWD') env[key] = value;
  return { ...env, NO_COLOR: '1', CI: 'true', ...extra };
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = userEnv()): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function ok(r: SpawnSyncReturns<string>, what: string): SpawnSyncReturns<string> {
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${what} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** A new content repository: a package.json and two drafts, one with findings. */
function contentRepo(name: string, pkg: Record<string, unknown> = {}): string {
  const dir = join(TEMP, name);
  mkdirSync(join(dir, 'drafts'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: `council-posts-${name}`, version: '1.0.0', private: true, ...pkg }, null, 2)}\n`);
  writeFileSync(join(dir, 'drafts', 'road.md'), DRAFT);
  writeFileSync(join(dir, 'drafts', 'llyfrgell.cy.md'), CLEAN);
  return dir;
}

/** The installed bin, run as a user would: node_modules/.bin/smpolicy. */
function expectWorkingInstall(dir: string): void {
  const bin = join(dir, 'node_modules', '.bin', 'smpolicy');
  const findings = run(bin, ['check', 'drafts/road.md'], dir);
  expect(findings.stderr).toBe('');
  expect(findings.status).toBe(1);
  expect(findings.stdout).toContain('dp/phone-number');
  expect(findings.stdout).toContain('0770•••••23');
  expect(findings.stdout).not.toContain('900123');
  const clean = run(bin, ['check', 'drafts/llyfrgell.cy.md', '--format', 'json'], dir);
  expect(clean.status).toBe(0);
  expect(JSON.parse(clean.stdout).summary).toEqual({ files: 1, errors: 0, warnings: 0, infos: 0 });
  expect(run(bin, ['explain', 'dp/phone-number'], dir).status).toBe(0);
}

describe('install from a release tarball (npm pack)', () => {
  it('packs the built CLI with no dependencies, and installs and runs it offline with an empty npm cache', () => {
    // --ignore-scripts: pack the build `npm test` made, without rebuilding dist/ under the other tests.
    const packDir = join(TEMP, 'pack');
    mkdirSync(packDir);
    const packed = JSON.parse(ok(run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], ROOT), 'npm pack').stdout)[0];
    expect(packed.filename).toBe(`smpolicy-${VERSION}.tgz`);
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['bin/smpolicy.js', 'dist/bundle/smpolicy.cjs', 'dist/welsh-words.txt', 'package.json', 'README.md', 'LICENSE']));
    expect(files.some((f) => f.startsWith('policies/'))).toBe(true);
    expect(files.filter((f) => /^(src|test|scripts|fixtures|node_modules)\//.test(f))).toEqual([]);

    const tarball = join(packDir, packed.filename);
    const manifest = JSON.parse(ok(run('tar', ['-xzOf', tarball, 'package/package.json'], TEMP), 'tar').stdout);
    for (const field of ['dependencies', 'optionalDependencies', 'peerDependencies', 'bundleDependencies', 'bundledDependencies']) {
      expect(manifest[field] ?? {}, field).toEqual({});
    }

    const dir = contentRepo('tarball');
    const emptyCache = join(TEMP, 'empty-npm-cache');
    mkdirSync(emptyCache);
    const install = ok(run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', tarball], dir, userEnv({ npm_config_cache: emptyCache })), 'npm install of the tarball');
    expect(install.stdout).toMatch(/added 1 package/);
    expect(readdirSync(join(dir, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['smpolicy']);
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.smpolicy).toMatch(/^file:/);
    expectWorkingInstall(dir);
  }, 300_000);
});

describe('install from a git URL (built through prepare)', () => {
  it('npm install git+file://…#tag clones, builds and installs the CLI, offline', () => {
    const bare = join(TEMP, 'smpolicy.git');
    ok(run('git', ['clone', '--quiet', '--bare', ROOT, bare], TEMP), 'git clone --bare');
    const tag = `v${VERSION}-test`;
    ok(run('git', ['-C', bare, 'tag', '--force', tag, 'HEAD'], TEMP), 'git tag');
    // A clean clone has no dist/: everything the package ships is built by `prepare`.
    expect(run('git', ['-C', bare, 'cat-file', '-e', 'HEAD:dist'], TEMP).status).not.toBe(0);

    const dir = contentRepo('git', { allowScripts: { smpolicy: true } });
    const url = `git+file://${bare}#${tag}`;
    const install = run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--save-dev', url], dir);
    if (install.status !== 0 && /ENOTCACHED/.test(install.stderr)) {
      throw new Error(`the npm cache lacks some of smpolicy's build tools: run \`npm ci\` in the repository once (as .ci/run does), then this test again\n${install.stderr}`);
    }
    ok(install, 'npm install of the git URL');
    expect(JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).devDependencies.smpolicy).toBe(url);
    const installed = join(dir, 'node_modules', 'smpolicy');
    expect(existsSync(join(installed, 'dist', 'bundle', 'smpolicy.cjs'))).toBe(true);
    expect(existsSync(join(installed, 'node_modules'))).toBe(false);
    expect(readdirSync(join(dir, 'node_modules')).filter((f) => !f.startsWith('.'))).toEqual(['smpolicy']);
    expectWorkingInstall(dir);
  }, 1_200_000);
});
