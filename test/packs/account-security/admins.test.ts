/**
 * account/admins: a council account names at least two admins, and the owner and everyone
 * with access use the organisation's domains; an address on a personal mail service is
 * reported with or without configured domains; with no domains configured, one info finding
 * says the other addresses were not checked.
 */
import { describe, expect, it } from 'vitest';
import { lintRule, ruleTester } from '../../support/rule-tester.js';
import { runCli, tempDir } from '../../support/cli.js';
import { CONFIG, GOOD, PERSONAL, withLine, without } from './accounts.js';

const JANE = '  - { name: Jane Evans, email: jane.evans@carmarthenshire.gov.uk }';
const RHYS = '  - { name: Rhys Morgan, email: rhys.morgan@sirgar.llyw.cymru }';
const ONE_ADMIN = 'Admins and owner: only 1 admin named, where at least 2 are needed so the account is never lost with one person';
const OFF_DOMAINS = (who: string) => `Admins and owner: the ${who}'s e-mail address is not on the organisation's domains (carmarthenshire.gov.uk, carmarthenshire.gov.wales, sirgar.llyw.cymru)`;
const PERSONAL_MAIL = (who: string, host: string) => `Admins and owner: the ${who}'s e-mail address is on a personal mail service (${host}), not a council address`;
const NOT_CHECKED = "Admins and owner: organisation.domains is not set in .smpolicy.yaml, so no e-mail address here was checked against the council's domains";

ruleTester('account/admins', {
  invalid: [
    { name: 'one admin: at the admins key', config: CONFIG, text: without(GOOD, RHYS), errors: [{ line: 10, column: 1, severity: 'error', category: 'account-security', message: ONE_ADMIN }] },
    {
      name: 'no admins recorded: at the top of the file',
      config: CONFIG,
      text: without(without(GOOD, 'admins:'), JANE).replace(`${RHYS}\n`, ''),
      errors: [{ line: 1, message: 'Admins and owner: no admin named, where at least 2 are needed so the account is never lost with one person' }],
    },
    { name: 'an editor is not an admin', config: CONFIG, text: withLine(GOOD, RHYS, RHYS.replace(' }', ', role: editor }')), errors: [{ line: 10, message: ONE_ADMIN }] },
    {
      name: "the owner's address is personal: at the owner, masked",
      config: CONFIG,
      text: withLine(GOOD, 'owner: digital@carmarthenshire.gov.uk', 'owner: carms.digital@gmail.com'),
      errors: [{ line: 9, column: 8, message: PERSONAL_MAIL('owner', 'gmail.com'), actual: 'carm•••••om' }],
    },
    {
      name: 'no domains configured: a personal mail service is still reported, masked, and the rest said to be unchecked',
      text: withLine(GOOD, RHYS, '  - { name: Rhys Morgan, email: rhysmorgan1987@hotmail.co.uk, role: editor }'),
      errors: [
        { line: 9, severity: 'info', message: NOT_CHECKED },
        { line: 10, severity: 'error', message: ONE_ADMIN },
        { line: 12, column: 33, severity: 'error', message: PERSONAL_MAIL('editor', 'hotmail.co.uk'), actual: 'rhys•••••uk' },
      ],
    },
    {
      name: 'no domains configured, every address personal: no info line (nothing left unjudged)',
      text: withLine(withLine(withLine(GOOD, 'owner: digital@carmarthenshire.gov.uk', 'owner: carms.digital@GMAIL.com'), JANE, '  - { name: Jane Evans, email: jane.evans@btinternet.com }'), RHYS, '  - { name: Rhys Morgan, email: rhys.m@icloud.com }'),
      errors: [
        { line: 9, message: PERSONAL_MAIL('owner', 'gmail.com') },
        { line: 11, message: PERSONAL_MAIL('admin', 'btinternet.com') },
        { line: 12, message: PERSONAL_MAIL('admin', 'icloud.com') },
      ],
    },
    { name: "an admin's address on another council's domain", config: CONFIG, text: withLine(GOOD, RHYS, '  - { name: Rhys Morgan, email: rhys.morgan@pembrokeshire.gov.uk }'), errors: [{ line: 12, column: 33, message: OFF_DOMAINS('admin'), actual: 'rhys•••••uk' }] },
    { name: "an editor's address is checked too", config: CONFIG, text: `${GOOD.replace(`${RHYS}\n`, `${RHYS}\n  - { name: Catrin Hughes, email: catrin@example.com, role: editor }\n`)}`, errors: [{ line: 13, message: OFF_DOMAINS('editor') }] },
    {
      name: 'a domain that only ends like the council’s is not the council’s',
      config: CONFIG,
      text: withLine(withLine(GOOD, JANE, '  - { name: Jane Evans, email: jane@notcarmarthenshire.gov.uk }'), RHYS, '  - { name: Rhys Morgan, email: rhys@carmarthenshire.gov.uk.example.com }'),
      found: ['jane@notcarmarthenshire.gov.uk', 'rhys@carmarthenshire.gov.uk.example.com'],
    },
    {
      name: 'no domains configured: one info finding, at the first address, and the count still judged',
      text: without(GOOD, RHYS),
      errors: [{ line: 9, severity: 'info', message: NOT_CHECKED }, { line: 10, severity: 'error', message: ONE_ADMIN }],
    },
    {
      name: 'a council that asks for three admins (a local pack changing the parameter)',
      config: CONFIG,
      params: { 'min-admins': 3 },
      text: GOOD,
      errors: [{ line: 10, message: 'Admins and owner: only 2 admin named, where at least 3 are needed so the account is never lost with one person' }],
    },
    {
      name: "Welsh: a Welsh-medium school whose teacher's address is on the Hwb platform",
      config: CONFIG,
      text: [
        'kind: social-account',
        'platform: twitter',
        'handle: "@YsgolYDderwen"',
        'type: service',
        'language: cy',
        'bio: Ysgol gynradd Gymraeg yng Nghaerfyrddin.',
        'owner: pennaeth.ydderwen@sirgar.llyw.cymru',
        'admins:',
        '  - { name: Eirlys Bevan, email: eirlys.bevan@sirgar.llyw.cymru }',
        '  - { name: Geraint Lloyd, email: lloydg12@hwbcymru.net }',
        '',
      ].join('\n'),
      errors: [{ line: 10, column: 35, message: OFF_DOMAINS('admin') }],
    },
  ],
  valid: [
    { name: 'two admins and the owner on the council’s domains', config: CONFIG, text: GOOD },
    { name: 'a subdomain of a council domain', config: CONFIG, text: withLine(GOOD, 'owner: digital@carmarthenshire.gov.uk', 'owner: digital@mail.carmarthenshire.gov.uk') },
    { name: 'capital letters in an address', config: CONFIG, text: withLine(GOOD, JANE, '  - { name: Jane Evans, email: Jane.Evans@Carmarthenshire.GOV.UK }') },
    { name: 'role admin written out, and more people with other roles', config: CONFIG, text: withLine(GOOD, RHYS, `${RHYS.replace(' }', ', role: admin }')}\n  - { name: Llŷr Bowen, email: llyr.bowen@carmarthenshire.gov.uk, role: moderator }`) },
    { name: 'an owner that is not an e-mail address is account/schema’s to report', config: CONFIG, text: withLine(GOOD, 'owner: digital@carmarthenshire.gov.uk', 'owner: Digital Team') },
    { name: "a member of staff's personal account is not judged", config: CONFIG, text: `${PERSONAL}owner: dai.jones@example.org\n` },
    { name: "a member of staff's personal account on Gmail is theirs to keep", text: `${PERSONAL}owner: dai.jones@gmail.com\n` },
    { name: 'a domain that only contains a mail service’s name is not one', config: CONFIG, text: withLine(GOOD, 'owner: digital@carmarthenshire.gov.uk', 'owner: digital@gmail.com.carmarthenshire.gov.uk') },
    { name: 'Welsh: the Welsh account, admins on sirgar.llyw.cymru', config: CONFIG, text: GOOD.replace(/carmarthenshire\.gov\.uk/g, 'sirgar.llyw.cymru').replace('language: en', 'language: cy') },
  ],
});

describe('account/admins: the domains left unjudged', () => {
  it('says so once, however many addresses the file has', async () => {
    const findings = await lintRule('account/admins', GOOD);
    expect(findings.map((f) => `${f.line} ${f.severity}`)).toEqual(['9 info']);
  });

  it('an account with no addresses at all has nothing to say so about', async () => {
    const findings = await lintRule('account/admins', without(without(without(without(GOOD, 'owner: digital@carmarthenshire.gov.uk'), 'admins:'), JANE), RHYS));
    expect(findings.map((f) => f.severity)).toEqual(['error']);
  });
});

describe('account/admins in Welsh (--lang cy)', () => {
  it('names the personal mail service in the Welsh message, the address masked', async () => {
    const text = withLine(GOOD, RHYS, '  - { name: Rhys Morgan, email: rhysmorgan1987@hotmail.co.uk, role: editor }');
    const dir = tempDir({ 'cyfrif.yaml': text });
    const r = await runCli(['check', 'cyfrif.yaml', '--lang', 'cy', '--format', 'json', '--rule', 'account/admins=error'], { cwd: dir.path });
    const messages = JSON.parse(r.stdout).results[0].findings.filter((f: { ruleId: string }) => f.ruleId === 'account/admins').map((f: { message: string }) => f.message);
    expect(messages).toContain('Gweinyddwyr a pherchennog: mae cyfeiriad e-bost y golygydd ar wasanaeth e-bost personol (hotmail.co.uk), nid cyfeiriad y cyngor');
    expect(r.stdout).not.toContain('rhysmorgan1987');
  });
});
