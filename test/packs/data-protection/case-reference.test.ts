import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../support/cli.js';
import { lintDocument } from '../../../src/engine/lint.js';
import { buildRuleSet } from '../../../src/engine/rule-set.js';
import { parseDraft } from '../../../src/inputs/draft.js';
import { BUILTINS } from '../../../src/packs/registry.js';
import { builtinPacks } from '../../../src/support/generated.js';
import { context } from '../../support/engine.js';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/case-reference', {
  invalid: [
    { name: "a complaint noun, the negation elsewhere", text: "Mrs Jones has not had a reply to her complaint.", found: ["her complaint"] },
    // A register's word in a later clause does not make a complaint's reference public (drafts-blind24).
    { name: 'a complaint reference, licence conditions in a later clause', text: 'Mr Parry, we have listened to the recordings for your noise complaint ref SN-2031-00871: the music stayed within its licence conditions.', found: ['SN-2031-00871'] },
    { name: "Welsh: a complaint reference, 'drwydded' in a later clause", text: "Mr Parry, mae eich cwyn cyf. SN-2031-00871 wedi'i chau: roedd y gerddoriaeth o fewn amodau'r drwydded.", found: ['SN-2031-00871'] },
    // A council tax, rent or customer account number is a record of the person (drafts-blind17).
    { name: 'Welsh: a council tax account number with a name', text: "Helo Mrs Morgan, diolch. Rydyn ni wedi edrych ar gyfrif treth gyngor rhif 40019273 yn enw Eleri Morgan.", found: ['40019273'] },
    { name: 'English: a rent account number in a reply', text: 'Hi Mr Hughes, your rent account number 55123456 shows the payment arrived on Monday.', found: ['55123456'] },
    // (was test/dp/context-rules.test.ts)
    { text: 'Sorry for the delay: your complaint ref CMP-2026-00123 is with the team.', found: ['CMP-2026-00123'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Sorry for the delay: your complaint ref CMP-2026-00123 is with the team.',
      errors: [{ message: expect.not.stringContaining('CMP-2026-00123'), excerpt: expect.not.stringContaining('CMP-2026-00123') }],
    },
    { text: 'Case number 123456 for Mr Jones has been closed.', found: ['123456'] },
    { text: '@dai_99 your ticket #48213 is resolved.', found: ['48213'] },
    { text: 'Hi Sian, your enquiry ENQ-7781 has been passed on.', found: ['ENQ-7781'] },
    { text: "Mae cyfeirnod eich cwyn CMP-2026-00123 gyda'r tîm.", found: ['CMP-2026-00123'] },
    { text: 'Rhif eich achos yw 554433.', found: ['554433'] },
    // A complaint received from a named person, in formal and passive wording.
    { name: 'Welsh: a named person and her complaint, mutated with its circumflex', text: 'Mae Mrs Hughes wedi ysgrifennu eto am ei chŵyn am y sŵn.', found: ['ei chŵyn'] },
    { name: 'Welsh: your complaint in a reply, mutated without its circumflex', text: '@gwen_example diolch, rydym wedi cofnodi dy gwyn am y sŵn ac fe fydd swyddog yn cysylltu.', found: ['dy gwyn'] },
    { name: 'Welsh: cwyn … wedi dod i law gan', text: "Mae'r cyngor yn cadarnhau bod cwyn ffurfiol wedi dod i law gan Mr Emyr Jones ynglŷn â'r ganolfan.", found: ['cwyn ffurfiol wedi dod i law gan Mr Emyr Jones'] },
    { name: 'a complaint was received from', text: 'A complaint was received from Mrs Hughes about the noise.', found: ['complaint was received from Mrs Hughes'] },
    {
      name: 'a complaint tied to a person is called that, not a case reference',
      text: 'Call Mrs Davies back about her complaint.',
      errors: [{ message: expect.stringMatching(/^A named person's complaint in a post: '/) }],
    },
    // Handles the old finder missed: more than 15 characters, or with a place word in them.
    // A reply opens with any greeting the correspondent module knows (the same list finds a reply's correspondent).
    { name: 'Welsh: your complaint in a reply opening "Bore da", named in the sentence before', text: 'Bore da Mr Rowlands. Mae eich cwyn am y biniau wedi mynd at y rheolwr.', found: ['eich cwyn'] },
    { name: 'your complaint in a reply opening "Good morning", named in the sentence before', text: 'Good morning Mr Rowlands. Your complaint about the bins has gone to the manager.', found: ['Your complaint'] },
    { name: 'your complaint, replying to a long handle', text: "@sandra_llanelli84 we've received your complaint about the dog barking.", found: ['your complaint'] },
    { name: 'a person, whose complaint …', text: "We've apologised to Mrs Carol Jenkins, whose complaint about the collections was upheld.", found: ['Mrs Carol Jenkins, whose complaint'] },
    { name: 'lower case: your complaint to a titled person', text: 'thanks for your patience mrs edwards, your complaint about the missed collection has gone to the manager', found: ['your complaint'] },
  ],
  valid: [
    { name: "Welsh: complaining denied (real-text-blind289)", text: "Mae hi wedi bod yn ddewr ac nid yw Manon yn cwyno o gwbl." },
    { name: "complaining denied", text: "Manon never complains about anything." },
    { name: 'a planning word after the reference, in its clause', text: "Mr Jones's application ref 2026/0123 for planning permission was approved." },
    { name: 'Welsh: a planning application named before the reference', text: "Mae cais cynllunio Mr Jones, cyf. 2026/0123, wedi'i gymeradwyo." },
    // An account number beside its sort code is dp/bank-details' finding, not a case reference too.
    'Mr Jones, your account number 66374958 and sort code 08-99-99 are on file.',
    'Cod didoli 08-99-99, rhif cyfrif 66374958, i Mrs Davies.',
    // An account word with no individual: guidance to every reader.
    'You will find your council tax account number on your bill.',
    'Mae rhif eich cyfrif treth gyngor ar eich bil.',
    // (was test/dp/context-rules.test.ts)
    'Complaints fell by 12% in 2026: read the annual report.',
    'Complaint CMP-2026-00123 has been resolved.',
    'Call your case officer on 07700 900123.',
    'Your claim 2026 is late.',
    'Your case will be heard on 23/11/2026.',
    'Mr Jones, planning reference PL/05123/2026 is approved.',
    'In case of snow, schools open at 10:00 on 23/11/2026.',
    ...CONTEXT_LOOKALIKES,
    // Added: Welsh look-alikes
    // A bracketed reference of a public thing, in a reply (drafts-blind6).
    { name: "a vacancy's reference in a reply", text: 'Hi Priya, thanks for your interest in the Digital Officer post (ref. ECC-2026-0412). The closing date is 6 December.' },
    { name: "Welsh: a vacancy's reference in a reply", text: "Helo Priya, diolch am eich diddordeb yn y swydd Swyddog Digidol (cyf. ECC-2026-0412)." },
    { name: 'Welsh: a planning reference is a public register', text: 'Mr Jones, mae cais cynllunio PL/05123/2026 wedi ei gymeradwyo.' },
    { name: 'Welsh: complaints as a topic, with no reference', text: 'Gostyngodd cwynion 12% yn 2026: darllenwch yr adroddiad blynyddol.' },
    { name: 'Welsh: a complaint reference with nobody named or addressed', text: 'Mae cwyn CMP-2026-00123 wedi ei datrys.' },
    // Formal wording about complaints with nobody named.
    { name: 'Welsh: complaints received, nobody named', text: "Mae 412 o gwynion wedi dod i law gan breswylwyr eleni." },
    // Guidance written to every reader (a published ombudsman page): nobody's complaint in particular.
    { name: 'Welsh: guidance on "your complaint", with an officer named elsewhere', text: 'Cysylltwch â Sian Example, ein swyddog cwynion, am gyngor.\n\nByddwn yn rhoi canlyniad eich cwyn i chi o fewn 20 diwrnod gwaith.' },
    { name: 'guidance on "your complaint", with an officer named elsewhere', text: 'Contact Sian Example, our complaints officer, for advice.\n\nWe will tell you the outcome of your complaint within 20 working days.' },
    // "gwyn" is white and "chwyn" weeds: only "gŵyn"/"chŵyn" (or after "ei") are a complaint (real Welsh sentences, techiaith corpus).
    { name: 'Welsh: black-and-white pictures by a named illustrator', text: 'Gyda darluniau du a gwyn gan Jac Jones.' },
    { name: 'Welsh: weeds pulled by a named volunteer', text: 'Diolch i Mrs Hughes am dynnu chwyn o’r gwelyau blodau.' },
    { name: 'a complaint received from residents', text: 'A complaint was received from residents of Water Street about parking.' },
    { name: 'a service, whose complaints are counted', text: 'The waste service, whose complaints fell by 12%, is hiring.' },
    { name: "a councillor raising residents' complaints", text: "Cllr Dai Evans raised residents' complaints about parking at the committee." },
  ],
});

describe('dp/case-reference in Welsh', () => {
  it('names a complaint tied to a person as a complaint, in the run\'s language', async () => {
    const packs = (await builtinPacks()).filter((p) => p.pack === 'data-protection');
    const { ruleSet } = buildRuleSet({ packs, registry: BUILTINS, lang: 'cy' });
    const doc = (await parseDraft("Derbyniwyd cwyn gan Mrs Hughes am y sŵn.", 'd.txt')).doc!;
    const found = (await lintDocument(doc, ruleSet, context(), { redact: true })).filter((f) => f.ruleId === 'dp/case-reference');
    expect(found.map((f) => f.message)).toEqual([expect.stringMatching(/^Cwyn person a enwir mewn neges: '/)]);
  });
});

describe('dp/case-reference beside conduct/complaint-handling', () => {
  it('a verdict on the person\'s complaint is one finding, complaint-handling\'s (superseded-by), in English and Welsh', async () => {
    const dir = tempDir({
      'en.md': "@tomos_example We've checked the tracker: our crew emptied your bin at 7.12am, so your complaint is unfounded.\n",
      'cy.md': "Mrs Example, mae eich cwyn yn ddi-sail: roedd y criw yno am 7.20yb.\n",
    });
    const r = await runCli(['check', 'en.md', 'cy.md', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
    const ids = JSON.parse(r.stdout).results.map((x: { findings: Array<{ ruleId: string }> }) => x.findings.map((f) => f.ruleId).filter((id) => id !== 'welsh/missing-welsh'));
    expect(ids).toEqual([['conduct/complaint-handling'], ['conduct/complaint-handling']]);
  });
  it('a reference number inside that verdict is still reported (a finding of its own), in English and Welsh', async () => {
    const dir = tempDir({
      'en.md': "Mr Price, that's not what happened. Your complaint ref CMP-2026-01184 has been closed and we will not be reopening it.\n",
      'cy.md': "Mr Price, nid dyna ddigwyddodd. Mae eich cwyn cyf CMP-2026-01184 wedi'i chau ac ni fyddwn yn ei hailagor.\n",
    });
    const r = await runCli(['check', 'en.md', 'cy.md', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
    const results = JSON.parse(r.stdout).results as Array<{ findings: Array<{ ruleId: string; actual?: string }> }>;
    for (const x of results) {
      expect(x.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['conduct/complaint-handling', 'dp/case-reference']));
      // Masked, as every personal-data finding is.
      expect(x.findings.find((f) => f.ruleId === 'dp/case-reference')?.actual).not.toContain('01184');
    }
  });
});
