/**
 * Error lines in Welsh through the built bin (issue 14), as a user meets them on bad input:
 * rule packs, JSON Schema problems (hints, patterns, ajv's limits), platform exports (CSV,
 * Facebook, an X archive, dates), commander's usage errors and argument names, YAML syntax,
 * and other lines found by running the bin. Each Welsh line is checked beside the English
 * one, which must stay as it was.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '..', '..', 'bin', 'smpolicy.js');
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A folder holding the files given (path → text or bytes). */
function folder(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'smpolicy-cy-errors-'));
  dirs.push(dir);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** Runs the bin in `cwd` with a clean environment, in a language. */
function smpolicy(cwd: string, lang: 'cy' | 'en', args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--lang', lang], { cwd, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The error lines (stderr) of a run in each language, sorted (inputs are read in parallel), with its exit code. */
function both(cwd: string, args: string[]) {
  const cy = smpolicy(cwd, 'cy', args);
  const en = smpolicy(cwd, 'en', args);
  expect(cy.code).toBe(en.code);
  const lines = (text: string) => text.split('\n').filter(Boolean).sort();
  return { cy: lines(cy.stderr), en: lines(en.stderr), code: cy.code };
}

const RULE = (id: string, detect: string) =>
  `id: ${id}\nmessage: A\nseverity: error\ncategory: conduct\npolicy: { ref: x, title: y }\nremediation: r\nexamples: { bad: [zzz], good: [yyy] }\ndetect: ${detect}\n`;

describe('rule pack errors in Welsh (src/engine/pack-loader.ts, pack-lists.ts, regex-safety.ts)', () => {
  it('not a pack, an unknown builtin, a pattern that can backtrack, a file named wrongly, a missing word list', () => {
    const dir = folder({
      'd.md': 'Hi\n',
      'list/pack.yaml': '- 1\n- 2\n',
      'p/pack.yaml': 'pack: local\ntitle: Local\nsource: x\n',
      'p/a.yaml': RULE('local/a', '{ kind: builtin, name: phone-numbr }'),
      'p/b.yaml': RULE('local/b', '{ kind: pattern, pattern: "(?=a)(a+)+b" }'),
      'p/c.yaml': RULE('local/x', '{ kind: pattern, pattern: "zzz" }'),
      'p/d.yaml': RULE('local/d', '{ kind: phrases, phrases: { file: nope.txt } }'),
    });
    const r = both(dir, ['check', 'd.md', '--policy', 'list', '--policy', 'p']);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([
      "list/pack.yaml:1:1: nid yw'n becyn rheolau: disgwylir mapio gyda pack, title a rules",
      "p/a.yaml:8:26: canfodydd adeiledig anhysbys 'phone-numbr'; oeddech chi'n golygu 'phone-number'?",
      "p/b.yaml:8:26: gall y patrwm gymryd amser afreolus (amser esbonyddol, er enghraifft ar 'aaaaaaaaaaaaaaaaaaaaa...'): tynnwch ailadrodd o fewn ailadrodd, neu ailadrodd sy'n gorgyffwrdd, fel (a+)+ neu (x|x)*, neu'r rhan sy'n edrych ymlaen neu'n ôl ac sy'n ei atal rhag rhedeg mewn amser llinol",
      "p/c.yaml:1:1: mae'r rheol 'local/x' yn c.yaml: rhowch enw'r rheol i'r ffeil (x.yaml)",
      "p/d.yaml:8:26: ni chafwyd hyd i'r rhestr eiriau 'nope.txt' wrth ymyl p/d.yaml",
    ]);
    expect(r.en).toEqual([
      'list/pack.yaml:1:1: not a rule pack: expected a mapping with pack, title and rules',
      "p/a.yaml:8:26: unknown builtin detector 'phone-numbr'; did you mean 'phone-number'?",
      "p/b.yaml:8:26: pattern can backtrack catastrophically (exponential time, e.g. on 'aaaaaaaaaaaaaaaaaaaaa...'): remove nested or overlapping repetition such as (a+)+ or (x|x)*, or the lookaround that keeps it from running in linear time",
      "p/c.yaml:1:1: rule 'local/x' is in c.yaml: name the file after the rule (x.yaml)",
      "p/d.yaml:8:26: word list 'nope.txt' not found beside p/d.yaml",
    ]);
  });

  it('a duplicate rule id, a field rule for posts, and bad builtin parameters (validate-policy)', () => {
    const inline = (id: string, detect: string) => `  - ${RULE(id, detect).trimEnd().replace(/\n/g, '\n    ')}\n`;
    const dir = folder({
      'dup/pack.yaml': `pack: dup\ntitle: D\nsource: x\nrules:\n${inline('dup/a', '{ kind: pattern, pattern: zzz }')}${inline('dup/a', '{ kind: pattern, pattern: zzz }')}`,
      'field/pack.yaml': 'pack: field\ntitle: F\nsource: x\n',
      'field/x.yaml': RULE('field/x', '{ kind: field, pointer: /x, equals: 1 }'),
      'params/pack.yaml': 'pack: params\ntitle: P\nsource: x\n',
      'params/c.yaml': RULE('params/c', '{ kind: builtin, name: image-location, params: { precision: 9 } }'),
    });
    const r = both(dir, ['validate-policy', 'dup', 'field', 'params']);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([
      "dup/pack.yaml:13:5: mae'r ID rheol 'dup/a' wedi'i ddefnyddio ddwywaith (y tro cyntaf yn rheol 1)",
      "field/x.yaml:8:11: mae canfodyddion 'kind: field' yn darllen ffeiliau cyfrif: gosodwch 'applies-to: account'",
      "params/c.yaml:8:69: paramedrau: rhaid i 'precision' fod yn 6 neu'n llai",
    ]);
    expect(r.en).toEqual([
      "dup/pack.yaml:13:5: duplicate rule id 'dup/a' (first at rule 1)",
      "field/x.yaml:8:11: field detectors read account files: set 'applies-to: account'",
      "params/c.yaml:8:69: params: 'precision' must be <= 6",
    ]);
  });
});

describe('JSON Schema problems in Welsh: hints, patterns and limits (src/support/schema-errors.ts)', () => {
  it('YAML hints for a list and a quoted value, a pattern described, a limit in words', () => {
    const dir = folder({ '.smpolicy.yaml': 'organisation:\n  name: 5\n  domains: example.org\n', 'd.md': 'Hi\n' });
    const config = both(dir, ['check', 'd.md']);
    expect(config.cy).toEqual([
      '.smpolicy.yaml:2:9: rhaid i \'name\' fod yn destun (rhoddwyd 5): rhowch ef mewn dyfynodau, "5"',
      ".smpolicy.yaml:3:12: rhaid i 'domains' fod yn rhestr (rhoddwyd 'example.org'): ysgrifennwch [example.org]",
    ]);
    expect(config.en).toEqual([
      '.smpolicy.yaml:2:9: \'name\' must be text (got 5): put it in quotes, "5"',
      ".smpolicy.yaml:3:12: 'domains' must be a list (got 'example.org'): write [example.org]",
    ]);
    const drafts = folder({ 'fm.md': '---\npair: ""\nsmpolicy:\n  disable: [Phone]\n  reason: test\n---\nHi\n' });
    const draft = both(drafts, ['check', 'fm.md']);
    expect(draft.cy).toEqual([
      "fm.md:2:7: front matter: rhaid i 'pair' gynnwys o leiaf 1 nod",
      "fm.md:4:13: front matter: mae gwerth annilys 'Phone' yn 'disable' (disgwylid ID rheol fel 'dp/phone-number')",
    ]);
    expect(draft.en).toEqual([
      "fm.md:2:7: front matter: 'pair' must NOT have fewer than 1 characters",
      "fm.md:4:13: front matter: 'disable' has an invalid value 'Phone' (expected a rule id such as 'dp/phone-number')",
    ]);
  });
});

describe('platform exports in Welsh (src/inputs/exports/)', () => {
  it('CSV rows with too many fields, broken quotes and bad dates; an empty CSV', () => {
    const dir = folder({
      'fields.csv': 'text,date\nhello,2026-03-02,b\n"x,2026-03-02\n',
      'dates.csv': 'text,date\nhello,31/02/2026\n',
      'empty.csv': '',
    });
    const r = both(dir, ['audit', 'fields.csv', 'dates.csv', 'empty.csv', '--text-column', 'text', '--date-column', 'date']);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([
      "dates.csv:2:1: rhes 1: nid yw '31/02/2026' yn ddyddiad ISO 8601 (ysgrifennwch 2026-03-02 neu 2026-03-02T09:00)",
      "empty.csv:1:1: mae'r ffeil yn wag: nid oes ganddi linell pennawd",
      "fields.csv:2:1: rhes 1: mae ganddi 3 o feysydd, ac mae gan y pennawd 2: rhaid rhoi gwerth sy'n cynnwys y gwahanydd ',' mewn dyfynodau dwbl (\"...\")",
      'fields.csv:3:1: rhes 2: nid yw\'r dyfynnod (") a agorwyd yn y rhes hon byth yn cau, felly byddai gweddill y ffeil yn cael ei darllen fel un gwerth: caewch y dyfynnod, a dyblwch unrhyw ddyfynnod y tu mewn i werth mewn dyfynodau (""); aeth y darllen yn ei flaen o linell 4',
    ]);
    expect(r.en).toEqual([
      "dates.csv:2:1: row 1: date '31/02/2026' is not an ISO 8601 date (write 2026-03-02 or 2026-03-02T09:00)",
      'empty.csv:1:1: the file is empty: it has no header line',
      "fields.csv:2:1: row 1: has 3 fields, the header has 2: a value holding the delimiter ',' must be in double quotes (\"...\")",
      'fields.csv:3:1: row 2: the quote (") opened in this row is never closed, so the rest of the file would be read as one value: close the quote, and double any quote inside a quoted value (""); reading went on from line 4',
    ]);
  });

  it('Facebook and the Graph API: a timestamp in milliseconds, a record that is not a post, a date-time, a file cut short', () => {
    const dir = folder({
      'your_posts_1.json': '[{"timestamp": 1700000000000, "data": [{"post": "hi"}]}, 5]',
      'graph.json': '{"data": [{"id": "1", "message": "hi", "created_time": "x"}',
    });
    const r = both(dir, ['audit', 'your_posts_1.json', 'graph.json']);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([
      "graph.json:1:1: cofnod 1: nid yw created_time \"x\" yn ddyddiad ac amser ISO 8601 gyda'r gwahaniaeth o UTC, fel y mae'r Graph API yn ei ysgrifennu ('2026-03-02T09:00:00+0000'); gofynnwch am y negeseuon eto gyda fields=id,message,created_time,permalink_url",
      "graph.json:1:1: mae'r ffeil yn gorffen ar linell 1 cyn i'w JSON ddod i ben, yng nghofnod 2 neu ychydig cyn hynny: mae wedi'i thorri'n fyr; allforiwch neu lawrlwythwch hi eto",
      "your_posts_1.json:1:1: cofnod 1: nid yw'r stamp amser 1700000000000 yn amser posibl i neges (mae'n edrych fel milfedau eiliad: mae Facebook yn ysgrifennu eiliadau); mae'r ffeil wedi'i difrodi neu wedi'i golygu: lawrlwythwch eich gwybodaeth o Facebook eto",
      "your_posts_1.json:1:1: cofnod 2: cafwyd rhif lle dylai neges fod; mae'r ffeil wedi'i difrodi neu wedi'i golygu: allforiwch hi eto",
    ]);
    expect(r.en).toEqual([
      "graph.json:1:1: record 1: created_time \"x\" is not an ISO 8601 date-time with an offset, as the Graph API writes it ('2026-03-02T09:00:00+0000'); request the posts again with fields=id,message,created_time,permalink_url",
      'graph.json:1:1: the file ends on line 1 before its JSON is complete, in or just before record 2: it is cut short; export or download it again',
      'your_posts_1.json:1:1: record 1: the timestamp 1700000000000 is not a time a post can have (it looks like milliseconds: Facebook writes seconds); the file is damaged or was edited: download your information from Facebook again',
      'your_posts_1.json:1:1: record 2: a number where a post should be; the file is damaged or was edited: export it again',
    ]);
  });

  it('an X archive: a tweet without its text, and a folder without tweets.js', () => {
    const dir = folder({
      'xa/data/tweets.js': 'window.YTD.tweets.part0 = [ {"tweet": {"id_str": "1"}} ]',
      'empty-archive/data/account.js': 'window.YTD.account.part0 = []',
    });
    const r = both(dir, ['audit', 'xa', 'empty-archive']);
    expect(r.cy).toContain(
      "xa/data/tweets.js:1:1: cofnod 1: nid oes gan neges 1 full_text, felly ni ellir gwirio ei thestun; efallai fod yr archif wedi'i difrodi neu wedi'i golygu: lawrlwythwch hi eto o X",
    );
    expect(r.en).toContain('xa/data/tweets.js:1:1: record 1: tweet 1 has no full_text, so its text cannot be checked; the archive may be damaged or edited: download it again from X');
  });
});

describe("commander's usage errors and argument names in Welsh (src/cli/language.ts)", () => {
  const dir = folder({ 'd.md': 'Hi\n' });

  it.each([
    [['check', '--bogus', 'd.md'], "smpolicy: opsiwn anhysbys '--bogus'", "smpolicy: unknown option '--bogus'"],
    [['explain'], "smpolicy: gwerth ar goll ar gyfer 'id-rheol'", "smpolicy: missing required argument 'rule-id'"],
    [['review'], "smpolicy: gwerth ar goll ar gyfer 'ffeil'", "smpolicy: missing required argument 'file'"],
    [['check', '--config'], "smpolicy: mae angen gwerth ar yr opsiwn '--config <ffeil>'", "smpolicy: option '--config <file>' argument missing"],
    [['rules', '--format', 'xml'], "smpolicy: --format 'xml': disgwylir table, json neu markdown", "smpolicy: --format 'xml': expected table, json or markdown"],
  ])('%j', (args, cy, en) => {
    const r = both(dir, args);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([cy]);
    expect(r.en).toEqual([en]);
  });

  it('usage lines name arguments and option values in Welsh; what a user types is unchanged', () => {
    const cy = smpolicy(dir, 'cy', ['validate-policy', '--help']).stdout;
    expect(cy).toMatch(/^Defnydd: smpolicy validate-policy \[opsiynau\] <llwybrau\.\.\.>\n/);
    expect(cy).toMatch(/\n {2}llwybrau +ffolderi pecynnau/);
    const audit = smpolicy(dir, 'cy', ['audit', '--help']).stdout;
    expect(audit).toMatch(/^Defnydd: smpolicy audit \[opsiynau\] \[mewnbynnau\.\.\.\]\n/);
    expect(audit).toMatch(/\n {2}--policy <llwybr> +ffeil neu ffolder/);
    expect(audit).toMatch(/\n {2}--text-column <enw> +y golofn/);
    expect(audit).toMatch(/\n {2}--date <YYYY-MM-DD> +/);
    const en = smpolicy(dir, 'en', ['audit', '--help']).stdout;
    expect(en).toMatch(/^Usage: smpolicy audit \[options\] \[inputs\.\.\.\]\n/);
    expect(en).toMatch(/\n {2}--policy <path> +/);
  });
});

describe('other lines found by running the bin on bad input', () => {
  it('YAML syntax: what the YAML error means in Welsh, the library’s words in English', () => {
    const config = folder({ '.smpolicy.yaml': 'organisation: { name: [Cyngor }\n', 'd.md': 'Hi\n' });
    const r = both(config, ['check', 'd.md']);
    expect(r.code).toBe(2);
    expect(r.cy).toEqual([
      ".smpolicy.yaml:1:31: YAML annilys: nid yw rhestr neu fapio wedi'i gau: ychwanegwch ']' ar ei ddiwedd",
      ".smpolicy.yaml:1:32: YAML annilys: nid yw rhestr neu fapio wedi'i gau: ychwanegwch '}' ar ei ddiwedd",
    ]);
    expect(r.en).toEqual([
      '.smpolicy.yaml:1:31: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
      '.smpolicy.yaml:1:32: invalid YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
    const dir = folder({ 'dup.yaml': 'kind: social-account\nkind: social-account\n', 'fm.md': '---\nchannel: "x\n---\nHi\n' });
    const files = both(dir, ['check', 'dup.yaml', 'fm.md']);
    expect(files.cy).toEqual([
      "dup.yaml:2:1: YAML annilys: mae'r un allwedd yn ymddangos ddwywaith yn yr un mapio: cadwch un",
      "fm.md:2:11: YAML annilys: nid yw dyfynnod byth yn cau: ychwanegwch y dyfynnod sy'n cau",
    ]);
    expect(files.en).toEqual(['dup.yaml:2:1: invalid YAML: Map keys must be unique', 'fm.md:2:11: invalid YAML: Missing closing "quote']);
  });

  it('check --fix on a UTF-16 draft says why it is not fixed', () => {
    const dir = folder({ 'u16.md': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00, 0x0a, 0x00]) });
    const r = both(dir, ['check', '--fix', 'u16.md']);
    expect(r.cy).toContain("u16.md: heb ei chywiro: mae'r ffeil yn UTF-16; cadwch hi fel UTF-8 i'w chywiro");
    expect(r.en).toContain('u16.md: not fixed: the file is UTF-16; save it as UTF-8 to fix it');
  });

  it('findings about suppression comments, an attachment outside the folder, and a spreadsheet workbook given as CSV', () => {
    const dir = folder({
      's.md': '<!-- smpolicy-disable-next-line dp/phone-number -->\nHi\n<!-- smpolicy-disable-next-line dp/phone -- a reason -->\nHo\n',
      'w.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]),
    });
    const messages = (lang: 'cy' | 'en') =>
      JSON.parse(smpolicy(dir, lang, ['check', 's.md', '--format', 'json', '--date', '2026-11-23']).stdout).results[0].findings.map((f: { line: number; message: string }) => `${f.line}: ${f.message}`);
    expect(messages('cy')).toEqual([
      "1: Dim rheswm dros atal dp/phone-number: ychwanegwch un ar ôl ' -- '",
      '1: Nid yw atal dp/phone-number yn atal dim',
      "3: Mae'r sylw atal yn enwi rheol anhysbys 'dp/phone'; oeddech chi'n golygu 'dp/phone-number'?",
    ]);
    expect(messages('en')).toEqual([
      "1: Suppression of dp/phone-number has no reason: add one after ' -- '",
      '1: Suppression of dp/phone-number suppresses nothing',
      "3: Suppression names unknown rule 'dp/phone'; did you mean 'dp/phone-number'?",
    ]);
    const outside = folder({ 'att.md': '---\nattachments:\n  - path: ../../outside.jpg\n    alt: A photo\n---\nHi\n' });
    const image = (lang: 'cy' | 'en') => JSON.parse(smpolicy(outside, lang, ['check', 'att.md', '--format', 'json']).stdout).results[0].findings[0].message;
    expect(image('cy')).toBe("Methu darllen yr atodiad '../../outside.jpg' i chwilio am ddata lleoliad: mae'r ffeil y tu allan i'r ffolder gwaith; atodwch gopi sydd y tu mewn iddo");
    expect(image('en')).toBe("Cannot read attachment '../../outside.jpg' to check for location data: it is outside the working folder; attach a copy inside it");
    const r = both(dir, ['audit', 'w.csv']);
    expect(r.cy).toEqual(["w.csv:1:1: llyfr gwaith taenlen (.xlsx) neu ffeil .zip yw hwn, nid testun CSV: cadwch ef fel 'CSV UTF-8 (Comma delimited)'"]);
    expect(r.en).toEqual(["w.csv:1:1: this is a spreadsheet workbook (.xlsx) or a zip file, not CSV text: save it as 'CSV UTF-8 (Comma delimited)'"]);
  });

  it("JUnit XML labels a finding's details in the run's language", () => {
    const dir = folder({ 'd.md': 'Ffoniwch 07700 900123.\n' });
    const cy = smpolicy(dir, 'cy', ['check', 'd.md', '--format', 'junit', '--date', '2026-11-23']).stdout;
    expect(cy).toContain('\nrheol: dp/phone-number (data-protection)\n');
    expect(cy).toMatch(/\nsut i&apos;w gywiro: |\nsut i'w gywiro: /);
    expect(cy).toContain('\ntestun y polisi ac enghreifftiau: smpolicy explain dp/phone-number');
    expect(cy).toMatch(/<failure message="[^"]*" type="error">gwall: /);
    const en = smpolicy(dir, 'en', ['check', 'd.md', '--format', 'junit', '--date', '2026-11-23']).stdout;
    expect(en).toContain('\nrule: dp/phone-number (data-protection)\n');
    expect(en).toContain('\nhow to fix: ');
    expect(en).toMatch(/<failure message="[^"]*" type="error">error: /);
  });
});
