/** The Welsh interface beyond `check`'s output: errors, counts, audit, JUnit, and the prompts of init and review. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfigText } from '../../src/engine/config.js';
import { configText, DEFAULT_ANSWERS } from '../../src/workspace/config-template.js';
import { runCli, ROOT, tempDir } from '../support/cli.js';
import { answer, KEY, runInTerminal } from '../support/terminal.js';

const cy = { SMPOLICY_LANG: 'cy' };
const DRAFT = 'Ffoniwch 07700 900123 / Call 07700 900123.\n';

describe('Welsh error lines (exit 2)', () => {
  it.each([
    [['check', 'x.md', '--format', 'jsn'], "smpolicy: --format 'jsn': disgwylir un o'r rhain: stylish, json, sarif, junit, github, gitlab; oeddech chi'n golygu 'json'?"],
    [['check', 'x.md', '--date', '2026-02-30'], "smpolicy: --date '2026-02-30': disgwylir dyddiad go iawn ar ffurf YYYY-MM-DD"],
    [['check', 'x.md', '--rule', 'dp/phone-numbr=off'], "smpolicy: ID rheol anhysbys 'dp/phone-numbr'; oeddech chi'n golygu 'dp/phone-number'?"],
    [['audit', 'x.csv', '--jobs', '0'], "smpolicy: --jobs '0': disgwylir rhif cyfan, 1 neu fwy"],
  ])('%j', async (argv, line) => {
    const r = await runCli(argv, { env: cy, cwd: tempDir().path });
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')).toContain(line);
  });

  it('a file that is not UTF-8, and an unknown key in the configuration', async () => {
    const dir = tempDir({ 'bad.md': new Uint8Array([0x48, 0xff, 0x0a]), '.smpolicy.yaml': 'organisaton: {}\n' });
    const r = await runCli(['check', 'bad.md'], { env: cy, cwd: dir.path });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(".smpolicy.yaml:1:1: allwedd anhysbys 'organisaton'; oeddech chi'n golygu 'organisation'?\n");
    dir.write('.smpolicy.yaml', 'interface: { language: cy }\n');
    const again = await runCli(['check', 'bad.md'], { cwd: dir.path });
    expect(again.stderr).toBe('bad.md:1:2: UTF-8 annilys (beit 0xff); cadwch y ffeil eto fel UTF-8\n');
  });
});

describe('Welsh counts in run lines', () => {
  it('--max-warnings, and the baseline written', async () => {
    const dir = tempDir({ 'a.md': 'Road closed today. Welsh to follow.\n' });
    const r = await runCli(['check', 'a.md', '--rule', 'welsh/placeholder=warning', '--rule', 'welsh/missing-welsh=warning', '--max-warnings', '0', '--date', '2026-11-23'], { env: cy, cwd: dir.path });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^smpolicy: \d+ o rybuddion, mwy na --max-warnings 0\n$/);
    const b = await runCli(['check', 'a.md', '--write-baseline', 'base.json', '--date', '2026-11-23'], { env: cy, cwd: dir.path });
    expect(b.code).toBe(0);
    expect(b.stderr).toMatch(/^smpolicy: ysgrifennwyd llinell sylfaen i base\.json \(canfyddiadau: \d+ o ganfyddiadau\); gwiriwch gyda --baseline base\.json i weld y rhai newydd yn unig\n$/);
  });

  it('JUnit: the unchecked-inputs testcase', async () => {
    const dir = tempDir({ 'a.md': 'Bore da / Good morning\n' });
    const r = await runCli(['check', 'a.md', 'missing.md', '--format', 'junit'], { env: cy, cwd: dir.path });
    expect(r.stdout).toContain('message="ni ellid gwirio 1 mewnbwn: gweler llinellau&apos;r gwallau yn y log"');
  });

  it('audit --report stylish: documents counted, rows and posts labelled in Welsh', async () => {
    const r = await runCli(['audit', 'fixtures/exports/sprout', '--report', 'stylish', '--jobs', '1', '--date', '2026-11-23'], { env: cy, cwd: ROOT });
    expect(r.stdout).toMatch(/\(rhes \d+, /);
    expect(r.stdout).toMatch(/\n✖ [\d,]+ (?:broblem|o broblemau) \([^)]*\)(?:; ni ellid gwirio \d+ (?:mewnbwn|o fewnbynnau))?\n/);
    expect(r.stdout).toMatch(/, neges \d+\)\n/);
    expect(r.stdout).not.toMatch(/ problems? \(|\brow \d/);
  });

  it('audit --report html follows the interface language', async () => {
    const dir = tempDir();
    await runCli(['audit', `${ROOT}/fixtures/drafts/road-closure.md`, '--report', 'html', '--out', 'r.html', '--date', '2026-11-23'], { env: { LANG: 'cy_GB.UTF-8' }, cwd: dir.path });
    expect(readFileSync(dir.join('r.html'), 'utf8')).toContain('<html lang="cy">');
  });
});

describe('prompts in Welsh', () => {
  it('init asks in Welsh and reports what it wrote in Welsh', async () => {
    const dir = tempDir();
    const t = runInTerminal(['init'], { cwd: dir.path, env: cy });
    await answer(t, "Enw'r sefydliad", 'Cyngor Sir Gâr');
    await answer(t, 'Ei barthau e-bost', 'sirgar.llyw.cymru');
    await answer(t, 'Apiau a gymeradwywyd', '');
    await answer(t, 'Trefn yr ieithoedd', '');
    await answer(t, 'Enwau defnyddiwr y cyfrifon', '');
    await answer(t, 'Ychwanegu cyfnod cyn etholiad', '');
    expect(await t.exit).toBe(0);
    expect(t.stdout()).toBe("Ysgrifennwyd .smpolicy.yaml (ar gyfer: Cyngor Sir Gâr, 1 parth, dim apiau cymeradwy, y naill iaith neu'r llall yn gyntaf, dim etholiadau). Nesaf: smpolicy check drafts/\n");
  }, 60_000);

  it('init checks answers in Welsh', async () => {
    const t = runInTerminal(['init'], { cwd: tempDir().path, env: cy });
    await answer(t, "Enw'r sefydliad", '');
    await answer(t, 'Ei barthau e-bost', 'https://www.sirgar.llyw.cymru/');
    await t.waitFor("cyfeiriad gwe yw hwnna: oeddech chi'n golygu sirgar.llyw.cymru?");
    t.press(KEY.ctrlC);
    expect(await t.exit).toBe(2);
    expect(t.screen()).toMatch(/smpolicy: init: wedi stopio; ni ysgrifennwyd \.smpolicy\.yaml\n$/);
  }, 60_000);

  it('no terminal: the one line, in Welsh', async () => {
    const r = await runCli(['review', 'a.md'], { env: cy });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("smpolicy: review: nid oes terfynell i ofyn ynddi (nid terfynell yw'r mewnbwn safonol, neu mae CI wedi'i osod): defnyddiwch 'smpolicy check --fix' i wneud y cywiriadau diogel, neu 'smpolicy check --format json' i weld y canfyddiadau\n");
  });

  it('review shows a finding and its choices in Welsh', async () => {
    const dir = tempDir({ 'a.md': DRAFT });
    const t = runInTerminal(['review', 'a.md', '--date', '2026-11-23'], { cwd: dir.path, env: cy });
    await t.waitFor('Beth hoffech chi ei wneud?');
    expect(t.screen()).toMatch(/\[1\/\d+\] gwall +dp\/phone-number/);
    expect(t.screen()).toContain('Hepgor');
    expect(t.screen()).toContain('Gadael heb ysgrifennu dim');
    t.press(KEY.ctrlC);
    expect(await t.exit).toBe(2);
    expect(t.screen()).toMatch(/smpolicy: review: wedi stopio; nid yw a\.md wedi newid\n$/);
  }, 60_000);
});

describe('the .smpolicy.yaml init writes, in Welsh', () => {
  it('has Welsh comments and the same keys and values as the English one, and loads', async () => {
    const answers = { ...DEFAULT_ANSWERS, name: 'Cyngor Sir Gâr', domains: ['sirgar.llyw.cymru'], handles: ['@CyngorSirGar'] };
    const yaml = (text: string) => text.split('\n').filter((l) => !/^\s*#/.test(l));
    const cyText = configText(answers, 'cy');
    expect(yaml(cyText)).toEqual(yaml(configText(answers, 'en')));
    expect(cyText).toContain("# Safonau'r Gymraeg.\n");
    expect(cyText).toContain('# Enwau defnyddiwr: @CyngorSirGar\n');
    expect((await parseConfigText(cyText, '.smpolicy.yaml')).errors).toEqual([]);
  });
});

describe('worker threads speak the run language', () => {
  it('rule texts and error lines from the pool (over 200 files) are Welsh', async () => {
    const files: Record<string, string | Uint8Array> = { 'bad.md': new Uint8Array([0x48, 0xff, 0x0a]) };
    for (let i = 0; i < 210; i++) files[`d${i}.md`] = 'Road closed today. Welsh to follow.\n';
    const dir = tempDir(files);
    const r = await runCli(['check', '.', '--jobs', '2', '--date', '2026-11-23', '--format', 'json'], { env: cy, cwd: dir.path });
    expect(r.stderr).toBe('bad.md:1:2: UTF-8 annilys (beit 0xff); cadwch y ffeil eto fel UTF-8\n');
    const messages = new Set(JSON.parse(r.stdout).results.flatMap((x: { findings: Array<{ ruleId: string; message: string }> }) => x.findings.filter((f) => f.ruleId === 'welsh/missing-welsh').map((f) => f.message)));
    expect([...messages]).toEqual(['Testun Saesneg heb fersiwn Gymraeg']);
  }, 60_000);
});
