import { describe, expect, it } from 'vitest';
import { findPostcodes } from '../../../src/packs/data-protection/postcode.js';
import { IDENTIFIER_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester, foundByVariant } from '../../support/rule-tester.js';

/** The value is personal data: masked in the output. */
const masked = { actual: expect.stringContaining('•••••') };

// The shipped rule allows SA31 1JP (County Hall, Carmarthen) and names public places in venue-words.
ruleTester('dp/postcode', {
  invalid: [
    // A home word right before the postcode keeps the warning whatever venue the sentence names (drafts-blind24).
    { name: 'your home in a postcode, in a sentence naming a hall', text: 'Hi Mrs Hughes, the clinic nearest to your home in LL53 9ZR is at Neuadd Goffa Cricieth on Monday.', found: ['LL53 9ZR'], errors: [{ severity: 'warning' }] },
    { name: 'Welsh: eich cartref yn a postcode, in a sentence naming a hall', text: "Helo Mrs Hughes, mae'r clinig agosaf at eich cartref yn LL53 9ZR yn Neuadd Goffa Cricieth ddydd Llun.", found: ['LL53 9ZR'], errors: [{ severity: 'warning' }] },
    { name: "a hall's own postcode stays info", text: 'The clinic at Neuadd Goffa Cricieth, LL52 0AA, is open on Monday.', found: ['LL52 0AA (info)'] },
    // (was test/detectors/postcode.test.ts)
    { text: 'From SW1A 1AA to EC1A 1BB', found: ['SW1A 1AA', 'EC1A 1BB'] },
    { text: 'Compact SW1A1AA and M11AA', found: ['SW1A1AA', 'M11AA'] },
    { text: 'Spaced CF10   4UW', found: ['CF10   4UW'] },
    { text: 'Girobank GIR 0AA', found: ['GIR 0AA'] },
    { text: 'Forces mail BF1 3AA', found: ['BF1 3AA'] },
    { name: 'a postcode is marked personal data (masked)', text: 'at sa196ab', found: ['sa196ab'], errors: [masked] },
    { name: 'a postcode not in allow is reported', text: 'Home: SA31 2AB', found: ['SA31 2AB'] },
    // a venue's postcode is info
    // after a full stop ending the address line, the venue's words are in the sentence before (real-text-blind45)
    { name: "a council office's postcode after a full stop", text: 'Representations to County Hall, Haverfordwest. SA61 1TP or by email.', found: ['SA61 1TP (info)'] },
    { name: "Welsh: a council office's postcode after a full stop", text: 'Sylwadau i Neuadd y Sir, Hwlffordd. SA61 1TP neu drwy e-bost.', found: ['SA61 1TP (info)'] },
    { name: 'a postcode opening a sentence after one about a home stays a warning', text: 'She lives on the estate now. SA61 1TP is her postcode.', found: ['SA61 1TP'] },
    { name: 'Welsh: a postcode opening a sentence after one about a home stays a warning', text: "Mae hi'n byw ar yr ystad. SA61 1TP yw ei chod post.", found: ['SA61 1TP'] },
    { text: 'Our event is at Parc Howard, Llanelli SA15 3LJ. Everyone welcome!', found: ['SA15 3LJ (info)'] },
    { text: 'Mae ein digwyddiad ym Mharc Howard, Llanelli SA15 3LJ.', found: ['SA15 3LJ (info)'] },
    { text: 'The new library, Heol y Brenin, SA31 1LN, opens on Monday.', found: ['SA31 1LN (info)'] },
    { name: 'keeps the warning when no public place is named in the sentence', text: 'We will write to you at SA19 6AB.', found: ['SA19 6AB'], errors: [{ severity: 'warning' }] },

    // (was test/dp/identifiers.test.ts)
    { text: 'Mrs Davies, SA19 6AB, thank you.', found: ['SA19 6AB'] },
    {
      name: 'masks the value in message and excerpt',
      text: 'Mrs Davies, SA19 6AB, thank you.',
      errors: [{ message: "Full postcode in a post: 'SA19•••••AB' (check it is not a resident's address)", excerpt: expect.not.stringContaining('SA19 6AB') }],
    },
    { text: "Diolch i'r preswylydd yn SA19 6AB.", found: ['SA19 6AB'] },
    { text: 'Missed bin at sa19 6ab', found: ['sa19 6ab'] },
    { name: 'a postcode is always a warning, a prompt to check', text: 'Mrs Davies, SA19 6AB', errors: [{ severity: 'warning' }] },

    // Added: more Welsh wording
    { name: 'Welsh: a lower-case postcode in a reply', text: "@dai_99 rydyn ni wedi nodi'r bin a gollwyd yn ll57 2dg.", found: ['ll57 2dg'] },
    { name: "Welsh: beside a library, info", text: "Mae'r llyfrgell newydd yn LL57 2DG ar agor ddydd Llun.", found: ['LL57 2DG (info)'] },

    // Issue 11: a postcode beside vehicle words is this rule's, not a vehicle registration.
    { name: 'a postcode beside vehicle words', text: 'A van was left outside SA19 6AB overnight.', found: ['SA19 6AB'] },

    // The organisation's own addresses allow their postcodes only (drafts-blind21).
    { name: "another postcode than the organisation's address is still reported", text: 'Bin missed at LL53 5ZY again.', config: { organisation: { allow: { addresses: ['Depo Ffordd y Cei, Pwllheli LL53 5ZZ'] } } }, found: ['LL53 5ZY'] },
    { name: "Welsh: another postcode than the organisation's address is still reported", text: "Bin wedi'i fethu yn LL53 5ZY eto.", config: { organisation: { allow: { addresses: ['Depo Ffordd y Cei, Pwllheli LL53 5ZZ'] } } }, found: ['LL53 5ZY'] },
    { name: 'Welsh: a postcode beside vehicle words', text: 'Gadawyd cerbyd y tu allan i SA19 6AB dros nos.', found: ['SA19 6AB'] },
  ],
  valid: [
    // (was test/detectors/postcode.test.ts) The first three were found by the detector with no allow list;
    // the shipped rule allows SA31 1JP (County Hall), whatever its case or spacing.
    { name: "SA31 1JP is the council's own (shipped params.allow)", text: 'Drop-off at SA31 1JP today' },
    { name: 'SA31 1JP in lower case, in Welsh (shipped params.allow)', text: 'Cyfeiriad: 1 Stryd y Brenin, Caerfyrddin sa31 1jp' },
    { name: 'SA31 1JP without its space (shipped params.allow)', text: 'at sa311jp' },
    { name: "allow skips the council's own postcode", text: 'County Hall, SA31 1JP' },
    { name: "allow skips the council's own postcode, whatever the spacing", text: 'County Hall, sa311jp' },
    // An address in organisation.allow.addresses allows its postcode, wherever it is written (drafts-blind21).
    { name: "the postcode of an address in organisation.allow.addresses", text: 'Collect a brown bin from our depot (Depo Ffordd y Cei, Pwllheli LL53 5ZZ).', config: { organisation: { allow: { addresses: ['Depo Ffordd y Cei, Pwllheli LL53 5ZZ'] } } } },
    { name: "Welsh: the postcode of an address in organisation.allow.addresses, in lower case", text: "Casglwch fin brown o'n depo yn ll53 5zz.", config: { organisation: { allow: { addresses: ['Depo Ffordd y Cei, Pwllheli LL53 5ZZ'] } } } },
    { name: 'glued to letters and digits', text: 'Ref SA191AB123' },
    { name: 'inside a word', text: 'ABCM11AADEF' },
    { name: 'outward codes only', text: 'SW1 NW1 E1 E2 and the SA31 area' },
    { name: 'across a line break', text: 'SA31\n1JP' },
    { name: 'not an area', text: 'QA1 1AA and NF1 1AA' },
    { name: 'invalid inward letters', text: 'M1 1CA' },
    { name: 'BFPO number', text: 'BFPO 1234' },
    { name: 'invoice number', text: 'Invoice INV-2026-004512 is overdue' },
    { name: 'planning reference', text: 'Planning application PL/05123/2026' },
    { name: 'dates and times', text: '23/11/2026, 2026-11-23 at 10:30, 9AM' },
    { name: 'money and counts', text: '£1,234,567.89 and 1,250,000 visitors' },
    { name: 'switchboard', text: 'Call 01267 234567' },
    { name: 'roads', text: 'A48 AND M4 CLOSED, USE B4309; M4 J47' },
    { name: 'covid', text: 'COVID19 9AM clinic' },

    // (was test/dp/identifiers.test.ts)
    'Visit County Hall, Carmarthen SA31 1JP.',
    'The SA14 junction of the A48.',
    ...IDENTIFIER_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: "Welsh: the council's own office", text: 'Ewch i Neuadd y Sir, Caerfyrddin SA31 1JP, i dalu â cherdyn.' },
    { name: 'Welsh: an outward code and a road', text: "Mae'r A48 ar gau ger cyffordd SA14." },
    { name: 'Welsh: a time and a count', text: 'Mae’r clinig COVID19 ar agor am 9AM; 1,250,000 o ymwelwyr.' },
  ],
});

describe('dp/postcode with an empty allow list (a local pack setting params.allow)', () => {
  // (was test/detectors/postcode.test.ts: the detector with no allow list found SA31 1JP, in any case)
  it.each([
    ['Drop-off at SA31 1JP today', 'SA31 1JP'],
    ['Cyfeiriad: 1 Stryd y Brenin, Caerfyrddin sa31 1jp', 'sa31 1jp'],
  ])('finds %j', async (text, postcode) => {
    expect(await foundByVariant('dp/postcode', { params: { allow: [] } }, text)).toEqual([postcode]);
  });

  // (was test/detectors/postcode.test.ts: "reports the normalised postcode", the detector's data.postcode)
  it('gives the normalised postcode ({postcode} in a local pack’s message)', async () => {
    expect(await foundByVariant('dp/postcode', { params: { allow: [] }, message: '{postcode}' }, 'at sa311jp')).toEqual(['SA31 1JP']);
  });

  // (was test/detectors/postcode.test.ts: allow written without its space)
  it('an allow list entry matches whatever its spacing and case', async () => {
    expect(await foundByVariant('dp/postcode', { params: { allow: ['sa311jp'] } }, 'County Hall, SA31 1JP')).toEqual([]);
    expect(await foundByVariant('dp/postcode', { params: { allow: ['sa311jp'] } }, 'Home: SA31 2AB')).toEqual(['SA31 2AB']);
  });
});

describe('findPostcodes', () => {
  // (was test/detectors/postcode.test.ts)
  it('returns offsets and normalised postcodes', () => {
    expect(findPostcodes('1 Heol y Dŵr, LL57 2DG.')).toEqual([{ start: 14, end: 22, postcode: 'LL57 2DG' }]);
  });
  it('is empty without digits', () => expect(findPostcodes('no postcode here')).toEqual([]));
});
