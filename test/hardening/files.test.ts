/**
 * Hardening (issue #8, §1 and §6): smpolicy reads only regular files, with one size cap,
 * never writes over what it reads, never replaces a device, pipe or symbolic link with its
 * report, and never skips an input silently.
 */
import { execFileSync } from 'node:child_process';
import { lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const mkfifo = (path: string) => execFileSync('mkfifo', [path]);
const BILINGUAL = 'Ffordd ar gau heddiw. / Road closed today.\n';

describe('reading: only regular files, each capped', () => {
  it.each([
    ['a FIFO named as a draft', (d: string) => (mkfifo(`${d}/pipe.md`), ['check', 'pipe.md'])],
    ['a character device named as a draft', () => ['check', '/dev/zero']],
    ['a FIFO as --config', (d: string) => (mkfifo(`${d}/cfg.yaml`), ['check', 'ok.md', '--config', 'cfg.yaml'])],
    ['a FIFO as a .yaml file in a --policy folder', (d: string) => (mkfifo(`${d}/pol/pack.yaml`), ['check', 'ok.md', '--policy', 'pol'])],
  ])('%s is one clear line and exit 2, never a hang', async (_, setup) => {
    const dir = tempDir({ 'ok.md': BILINGUAL, 'pol/.keep': '' });
    const r = await runCli(setup(dir.path), { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/(not a regular file|a device, pipe or socket)/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a FIFO as .smpolicyignore is reported, and the drafts are still checked', async () => {
    const dir = tempDir({ 'ok.md': BILINGUAL });
    mkfifo(dir.join('.smpolicyignore'));
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stderr).toMatch(/^\.smpolicyignore: cannot read ignore file: it is not a regular file/);
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['ok.md']);
    expect(r.code).toBe(2);
  });

  it.each([
    ['front matter pair: /dev/zero', '---\npair: /dev/zero\n---\nRoad closed.\n', /not a regular file/],
    ['a NAME.cy.md pair that is a FIFO', null, /cy\.md: cannot read pair: it is not a regular file/],
  ])('%s is refused, not read', async (_, text, message) => {
    const dir = tempDir({ 'post.en.md': text ?? 'Road closed today.\n' });
    if (text === null) mkfifo(dir.join('post.cy.md'));
    const r = await runCli(['check', 'post.en.md'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('a pair over the size cap is refused like a draft', async () => {
    const dir = tempDir({ 'post.en.md': 'Road closed today.\n', 'post.cy.md': 'a'.repeat(5 * 1024 * 1024 + 1) });
    const r = await runCli(['check', 'post.en.md'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^post\.cy\.md: pair is 5\.0 MB, over the 5\.0 MB limit/);
  });

  it('attachments outside the working folder are not read, and give the same answer whether or not the file exists', async () => {
    const dir = tempDir({ 'ok.jpg': 'x' });
    const draft = (path: string) => `---\nattachments:\n  - { path: "${path}", alt: x }\n---\nFfordd ar gau. / Road closed.\n`;
    const answers: string[] = [];
    for (const path of ['/etc/passwd', '../../../../etc/shadow', '/no/such/file.jpg', '/dev/zero']) {
      dir.write('post.md', draft(path));
      const r = await runCli(['check', 'post.md', '--format', 'json', '--rule', 'dp/image-location=warning'], { cwd: dir.path });
      const f = JSON.parse(r.stdout).results[0].findings.filter((x: { ruleId: string }) => x.ruleId === 'dp/image-location');
      answers.push(f.map((x: { message: string }) => x.message.replace(path, 'PATH')).join('|'));
    }
    expect(new Set(answers).size).toBe(1);
    expect(answers[0]).toMatch(/outside the working folder/);
  });
});

describe('writing: --output', () => {
  it("--output '' is bad usage", async () => {
    const r = await runCli(['check', '-', '--output', ''], { stdin: BILINGUAL, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^smpolicy: --output '': give a file name/);
  });

  it('refuses to overwrite a draft being checked, which keeps its text', async () => {
    const dir = tempDir({ 'draft.md': BILINGUAL });
    const r = await runCli(['check', 'draft.md', '--output', 'draft.md'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^draft\.md: is one of the files being checked/);
    expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe(BILINGUAL);
  });

  it('refuses to overwrite the configuration it read', async () => {
    const dir = tempDir({ 'draft.md': BILINGUAL, '.smpolicy.yaml': 'extends: [recommended]\n' });
    const r = await runCli(['check', 'draft.md', '--output', '.smpolicy.yaml'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(readFileSync(dir.join('.smpolicy.yaml'), 'utf8')).toBe('extends: [recommended]\n');
  });

  it('never replaces a symbolic link', async () => {
    const dir = tempDir({ 'draft.md': BILINGUAL, 'real.json': 'keep' });
    symlinkSync(dir.join('real.json'), dir.join('link.json'));
    const r = await runCli(['check', 'draft.md', '--format', 'json', '--output', 'link.json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^link\.json: is a symbolic link/);
    expect(lstatSync(dir.join('link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(dir.join('real.json'), 'utf8')).toBe('keep');
  });

  it('writes through a FIFO instead of replacing it with a file', async () => {
    const dir = tempDir({ 'draft.md': BILINGUAL });
    const fifo = dir.join('out.fifo');
    mkfifo(fifo);
    // A reader on the other end, as a shell's `cat < fifo` would be.
    const reader = new Promise<string>((resolve) => {
      import('node:fs').then(({ createReadStream }) => {
        let text = '';
        createReadStream(fifo, 'utf8').on('data', (c) => (text += c)).on('end', () => resolve(text));
      });
    });
    const r = await runCli(['check', 'draft.md', '--format', 'json', '--output', 'out.fifo'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stderr).toBe('');
    expect(JSON.parse(await reader).summary.files).toBe(1);
    expect(statSync(fifo).isFIFO()).toBe(true);
  });

  it('replaces a regular file atomically and leaves no temporary file behind', async () => {
    const dir = tempDir({ 'draft.md': BILINGUAL, 'report.json': 'old' });
    const r = await runCli(['check', 'draft.md', '--format', 'json', '--output', 'report.json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(dir.join('report.json'), 'utf8')).version).toBe(1);
    expect(execFileSync('ls', ['-A', dir.path], { encoding: 'utf8' }).split('\n').filter(Boolean).sort()).toEqual(['draft.md', 'report.json']);
  });
});

describe('nothing skipped silently', () => {
  it('unterminated front matter is one clear line, not prose whose attachments go unchecked', async () => {
    const r = await runCli(['check', '-'], { stdin: '---\nattachments:\n  - { path: img.jpg }\nRoad closed.\n', coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("<stdin>:1:1: front matter opened by '---' on line 1 is never closed: add a line '---' after it, or remove the first line\n");
  });

  it('the same rule id in two of the user\u2019s packs is an error naming both', async () => {
    const rule = (id: string) => `pack: p\ntitle: P\nrules:\n  - id: ${id}\n    category: t\n    severity: error\n    policy: { ref: R, title: T }\n    message: m\n    remediation: r\n    examples: { bad: [x], good: [y] }\n    detect: { kind: phrases, phrases: [x] }\n`;
    const dir = tempDir({ 'a.yaml': rule('local/x'), 'b.yaml': rule('local/x'), 'draft.md': BILINGUAL });
    const r = await runCli(['check', 'draft.md', '--policy', 'a.yaml', '--policy', 'b.yaml'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("b.yaml: rule 'local/x' is also defined in a.yaml: keep one (a local pack may replace a shipped rule, not another local one)\n");
  });

  it('a symbolic link to a draft is checked when its folder is walked, and a broken one is reported', async () => {
    const dir = tempDir({ 'real/post.md': BILINGUAL });
    symlinkSync(dir.join('real/post.md'), dir.join('linked.md'));
    symlinkSync(dir.join('gone.md'), dir.join('broken.md'));
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['linked.md', 'real/post.md']);
    expect(r.stderr).toBe('broken.md: broken symbolic link\n');
  });

  it('a symbolic link loop in a walked folder ends', async () => {
    const dir = tempDir({ 'a/post.md': BILINGUAL });
    symlinkSync(dir.join('a'), dir.join('a/loop'));
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['a/post.md']);
  });

  it('an account file over 1 MB found in a walk is read (and refused with a reason if over the cap), not skipped', async () => {
    const big = `kind: social-account\nplatform: twitter\nhandle: "@x"\ntype: corporate\n# ${'x'.repeat(1_100_000)}\n`;
    const dir = tempDir({ 'acc.yaml': big });
    const r = await runCli(['check', '.', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(JSON.parse(r.stdout).results.map((x: { file: string }) => x.file)).toEqual(['acc.yaml']);
  });

  it('with no arguments: the help, and one line on stderr saying what is missing', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("smpolicy: no command given: try 'smpolicy check draft.md' (commands above)\n");
  });

  it('lone CR line endings give true line numbers', async () => {
    const r = await runCli(['check', '-', '--format', 'json'], { stdin: 'Ffordd ar gau. / Road closed.\rCall 07700 900123 now.\r', coreRulesOnly: true });
    const f = JSON.parse(r.stdout).results[0].findings.find((x: { ruleId: string }) => x.ruleId === 'dp/phone-number');
    expect([f.line, f.column]).toEqual([2, 6]);
  });

  it('a UTF-16 configuration is decoded as drafts are', async () => {
    const yaml = 'rules:\n  dp/phone-number: off\n';
    const dir = tempDir({ '.smpolicy.yaml': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(yaml, 'utf16le')]), 'd.md': 'Ffoniwch / Call 07700 900123\n' });
    const r = await runCli(['check', 'd.md', '--format', 'json'], { cwd: dir.path, coreRulesOnly: true });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).results[0].findings.map((x: { ruleId: string }) => x.ruleId)).not.toContain('dp/phone-number');
  });
});
