/** `--help` in Welsh: every command, argument and option has its Welsh text (src/i18n/help-cy.ts), and no text is left over. */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/run.js';
import { HELP_CY } from '../../src/i18n/help-cy.js';
import { setLanguage } from '../../src/i18n/index.js';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../support/cli.js';

const io: Io = { stdout: { write: () => true }, stderr: { write: () => true }, readStdin: async () => new Uint8Array(), cwd: process.cwd(), env: {} };

/** Each help text of the program as "where: text", in a language. */
function helpTexts(lang: 'en' | 'cy'): Map<string, string> {
  setLanguage(lang);
  try {
    const program = buildProgram(io, () => undefined, lang);
    const out = new Map<string, string>();
    for (const cmd of [program, ...program.commands]) {
      const name = cmd === program ? 'smpolicy' : cmd.name();
      out.set(name, cmd.description());
      for (const a of cmd.registeredArguments) out.set(`${name} <${a.name()}>`, a.description);
      for (const o of cmd.options) if (o.long !== '--version') out.set(`${name} ${o.long}`, o.description);
    }
    return out;
  } finally {
    setLanguage('en');
  }
}

describe('Welsh help', () => {
  const en = helpTexts('en');
  const cy = helpTexts('cy');

  it.each([...en.keys()])('%s has a Welsh text', (where) => {
    const text = cy.get(where)!;
    expect(text.trim()).not.toBe('');
    // A list of values or a code-like text (table|json|markdown) may read the same in both languages.
    if (!/^[\w|-]+$/.test(text)) expect(text, where).not.toBe(en.get(where));
    expect(text, where).not.toMatch(/\{\w+\}/);
  });

  it('holds no text for a command or option that does not exist', () => {
    const commands = new Set([...en.keys()].map((k) => k.split(' ')[0]));
    const options = new Set([...en.keys()].map((k) => k.split(' ')[1]).filter(Boolean));
    for (const key of Object.keys(HELP_CY)) {
      if (key === '') continue;
      const [first, second] = key.split(' ');
      if (second) {
        expect(commands, key).toContain(first);
        expect(en.has(key), key).toBe(true);
      } else expect(commands.has(first) || options.has(first), key).toBe(true);
    }
  });
});

describe('help and commander errors in Welsh, in-process', () => {
  it('headings, defaults and the help option', async () => {
    const r = await runCli(['check', '--help', '--lang', 'cy']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Defnydd: smpolicy check \[opsiynau\] \[llwybrau\.\.\.\]\n/);
    // Option values are named in Welsh; the option and the values typed stay as they are.
    expect(r.stdout).toMatch(/\n  --config <ffeil> +ffeil ffurfweddu/);
    expect(r.stdout).toMatch(/\n  --rule <id=difrifoldeb> +gosod rheol/);
    expect(r.stdout).toMatch(/\n  --date <YYYY-MM-DD> /);
    expect(r.stdout).toContain('\nOpsiynau:\n');
    expect(r.stdout).toMatch(/\(rhagosodiad:\s+"stylish"\)/);
    expect(r.stdout).toMatch(/-h, --help +dangos y cymorth hwn/);
    expect(r.stdout).not.toMatch(/Usage:|Options:|display help|default:/);
  });

  it.each([
    [['check', '--formt', 'json'], "smpolicy: opsiwn anhysbys '--formt'; oeddech chi'n golygu '--format'?\n"],
    [['chek'], "smpolicy: gorchymyn anhysbys 'chek'; oeddech chi'n golygu 'check'?\n"],
    [['review'], "smpolicy: gwerth ar goll ar gyfer 'ffeil'\n"],
    [['check', '--format'], "smpolicy: mae angen gwerth ar yr opsiwn '--format <enw>'\n"],
    [['explain'], "smpolicy: gwerth ar goll ar gyfer 'id-rheol'\n"],
    [['check', '--bogus', 'x.md'], "smpolicy: opsiwn anhysbys '--bogus'\n"],
    [['rules', '--format', 'xml'], "smpolicy: --format 'xml': disgwylir table, json neu markdown\n"],
    [['explain', 'a', 'b'], "smpolicy: gormod o werthoedd ar gyfer 'explain': disgwylir 1, rhoddwyd 2\n"],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv, { env: { SMPOLICY_LANG: 'cy' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(line);
  });

  it('the same errors in English are as before', async () => {
    const r = await runCli(['check', '--formt', 'json']);
    expect(r.stderr).toBe("smpolicy: unknown option '--formt'; did you mean '--format'?\n");
    expect((await runCli(['review'])).stderr).toBe("smpolicy: missing required argument 'file'\n");
    expect((await runCli(['check', '--format'])).stderr).toBe("smpolicy: option '--format <name>' argument missing\n");
    expect((await runCli(['rules', '--format', 'xml'])).stderr).toBe("smpolicy: --format 'xml': expected table, json or markdown\n");
    const help = await runCli(['check', '--help', '--lang', 'en']);
    expect(help.stdout).toMatch(/^Usage: smpolicy check \[options\] \[paths\.\.\.\]\n/);
    expect(help.stdout).toMatch(/\n  --config <file> /);
  });
});
