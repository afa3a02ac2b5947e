/** Protective markings (and "not for publication" notes) pasted into a post, in English and Welsh. */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../../support/cli.js';
import { ruleTester } from '../../support/rule-tester.js';

// Added: the rule had no rule-level tests before (only fixtures/drafts/road-closure.md and the pack's examples).
ruleTester('infosec/protective-marking', {
  invalid: [
    // English
    {
      name: 'a government security classification',
      text: 'OFFICIAL-SENSITIVE: draft budget figures attached',
      found: ['OFFICIAL-SENSITIVE'],
      errors: [{ severity: 'error', line: 1, column: 1, message: "Protective marking 'OFFICIAL-SENSITIVE' in a post: this text may not be for publication" }],
    },
    { name: 'the marking pasted mid-post, as in fixtures/drafts/road-closure.md', text: 'The A48 reopens on Monday.\n\nOFFICIAL-SENSITIVE: contractor costs are attached.', found: ['OFFICIAL-SENSITIVE'], errors: [{ line: 3 }] },
    { name: 'the classification with an en dash', text: 'OFFICIAL – SENSITIVE', found: ['OFFICIAL – SENSITIVE'] },
    { name: 'any case, with a space', text: 'Official sensitive - do not share', found: ['Official sensitive'] },
    { name: 'a marking and an embargo', text: 'Confidential - not for publication until Cabinet has met', found: ['Confidential -', 'not for publication'] },
    { name: 'internal only', text: 'Internal only: staff restructure briefing', found: ['Internal only'] },
    { name: 'private and confidential, in capitals', text: 'PRIVATE AND CONFIDENTIAL - tender scores for the leisure contract', found: ['PRIVATE AND CONFIDENTIAL'] },
    { name: 'commercial in confidence', text: 'Bid prices are commercial in confidence until the award.', found: ['commercial in confidence'] },
    { name: 'for internal use only, in a reply', text: '@dai_99 here is the briefing (for internal use only).', found: ['for internal use only'] },
    // Welsh
    { name: 'Welsh: the classification', text: 'SWYDDOGOL-SENSITIF: ffigurau drafft', found: ['SWYDDOGOL-SENSITIF'] },
    { name: 'Welsh: not for publication', text: "Nid i'w gyhoeddi cyn i'r Cabinet gyfarfod.", found: ["Nid i'w gyhoeddi"] },
    { name: 'Welsh: confidential, with a colon', text: "Cyfrinachol: ffigurau'r gyllideb ddrafft", found: ['Cyfrinachol:'] },
    { name: 'Welsh: internal use only', text: "Briff ailstrwythuro staff, mewnol yn unig.", found: ['mewnol yn unig'] },
    { name: 'Welsh: not for publication, with a typographic apostrophe', text: 'Nid i’w gyhoeddi tan ddydd Llun.', found: ['Nid i’w gyhoeddi'] },
    { name: 'Welsh: for internal use only', text: 'At ddefnydd mewnol yn unig: briff i staff', found: ['At ddefnydd mewnol yn unig'] },
    { name: 'Welsh: not to be shared', text: "Nodiadau'r cyfarfod, nid i'w rannu y tu allan i'r tîm.", found: ["nid i'w rannu"] },
  ],
  valid: [
    // English look-alikes
    'Your data is kept confidential under UK GDPR.',
    'The official opening of the new library is on Saturday.',
    'Cabinet will publish its decision on Monday.',
    { name: 'confidential advice, not a marking', text: 'Confidential advice is available from our helpline.' },
    { name: 'an internal audit that is published', text: 'The internal audit report is now published on our website.' },
    { name: 'publication dates', text: 'The report is due for publication on 23/11/2026.' },
    // Welsh look-alikes
    { name: 'Welsh: data kept confidential', text: "Caiff eich data ei gadw'n gyfrinachol o dan GDPR y DU." },
    { name: 'Welsh: an official opening', text: 'Bydd agoriad swyddogol y llyfrgell newydd ddydd Sadwrn.' },
    { name: 'Welsh: the Cabinet will publish', text: 'Bydd y Cabinet yn cyhoeddi ei benderfyniad ddydd Llun.' },
    { name: 'Welsh: a confidential service', text: 'Mae gwasanaeth cyngor cyfrinachol ar gael ar ein llinell gymorth.' },
  ],
});

describe('infosec/protective-marking beside infosec/embargo', () => {
  it('a dated "not for publication until" is one finding, the embargo\'s (superseded-by); an undated one stays a marking', async () => {
    const dir = tempDir({
      'held.md': '---\nscheduled: 2026-12-01T09:00\n---\nNOT FOR PUBLICATION UNTIL 00:01 THURSDAY 3 DECEMBER 2026. The new library opens on Saturday.\n',
      'lifted.md': "---\nscheduled: 2026-12-05T09:00\n---\nNID I'W GYHOEDDI TAN 00:01 DYDD IAU 3 RHAGFYR 2026. Mae'r llyfrgell newydd yn agor ddydd Sadwrn.\n",
      'event.md': '---\nscheduled: 2026-12-01T09:00\n---\nNOT FOR PUBLICATION UNTIL AFTER CABINET. The new library opens on Saturday.\n',
    });
    const r = await runCli(['check', 'held.md', 'lifted.md', 'event.md', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
    const found = JSON.parse(r.stdout).results.map((x: { findings: Array<{ ruleId: string; severity: string }> }) =>
      x.findings.filter((f) => f.ruleId.startsWith('infosec/')).map((f) => `${f.ruleId} ${f.severity}`),
    );
    expect(found).toEqual([['infosec/embargo error'], ['infosec/embargo info'], ['infosec/protective-marking error']]);
  });
});
