/**
 * The validated identifier rules as shipped (detector + params of policies/data-protection.yaml):
 * true positives in English and in Welsh context, and look-alikes that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, found } from './helpers.js';

/** Look-alikes every identifier rule must leave alone. */
const COMMON_LOOKALIKES = [
  'Invoice INV-2026-004512 is due on 30/11/2026.',
  'Planning application PL/05123/2026 was approved.',
  'The road reopens on 23/11/2026 at 14:30, or 2026-11-23 14:30.',
  'We collected 1,250,000 bins and 12,345,678 bottles, costing £1,234,567.89.',
  'Call the council switchboard on 01632 960123.',
  'King Street car park is closed; the A48 and M4 junction 49 are open.',
  'Have you seen this black cat?',
  'Join the Cancer Research fun run on Saturday!',
];

interface Case { rule: string; positives: Array<[string, string]>; negatives: string[] }

const CASES: Case[] = [
  {
    rule: 'dp/nhs-number',
    positives: [
      ['Mrs Jones, your NHS no. 999 000 0018 is on the letter.', '999 000 0018'],
      ['Patient 9997654323 was seen at the hospital.', '9997654323'],
      ['Rhif GIG y claf yw 999 111 2227.', '999 111 2227'],
      ["Mae'r ysbyty wedi cofnodi 999-222-3332.", '999-222-3332'],
    ],
    negatives: ['NHS number 999 765 4324 (wrong check digit)', 'Ring 07700 900123 for NHS 111.'],
  },
  {
    rule: 'dp/ni-number',
    positives: [
      ['Mr Evans, your NI number AB 12 34 56 C is on file.', 'AB 12 34 56 C'],
      ['NINO: JT234567A', 'JT234567A'],
      ['Eich rhif yswiriant gwladol yw AB123456C.', 'AB123456C'],
      ['Rhif YG Dai: ce 12 34 56 d', 'ce 12 34 56 d'],
    ],
    negatives: ['HMRC’s example is QQ 12 34 56 C.', 'Bus AB 12 runs every 34 minutes.', 'Sort code 12-34-56 is not a NINO.'],
  },
  {
    rule: 'dp/payment-card',
    positives: [
      ['Mrs Davies paid with card 4111 1111 1111 1111.', '4111 1111 1111 1111'],
      ['Amex 378282246310005 on the booking', '378282246310005'],
      ['Talodd Dai gyda cherdyn 5555-5555-5555-4444.', '5555-5555-5555-4444'],
    ],
    negatives: ['Card 4111 1111 1111 1112 was declined.', 'Reference 1234 5678 9012 3456.'],
  },
  {
    rule: 'dp/bank-details',
    positives: [
      ['Mr Jones, sort code 08-99-99 account 66374958, please refund him.', '08-99-99 account 66374958'],
      ['IBAN GB82 WEST 1234 5698 7654 32', 'GB82 WEST 1234 5698 7654 32'],
      ['Cod didoli 10-79-99, rhif cyfrif 88837491, i Mrs Davies.', '10-79-99, rhif cyfrif 88837491'],
    ],
    negatives: ['Sort code 08-99-99 is printed on your card.', 'GB82 WEST 1234 5698 7654 33 is not valid.', 'Account 66374958 alone.'],
  },
  {
    rule: 'dp/vehicle-registration',
    positives: [
      ['The van CY21 XYZ was left across Mrs Davies’s drive.', 'CY21 XYZ'],
      ['Car reg WN 1234 blocking the lane', 'WN 1234'],
      ['Gadawyd y cerbyd CY21 XYZ ar Heol y Parc.', 'CY21 XYZ'],
    ],
    negatives: ['Open 10 AM to 4 PM, see our NEW 4K video.', 'Car park 3 at Pont Abraham is closed.', 'See drawing WN 1234 in the plans.'],
  },
  {
    rule: 'dp/driving-licence',
    positives: [
      ['Mrs Morgan’s licence MORGA753116SM9IJ was handed in.', 'MORGA753116SM9IJ'],
      ['Trwydded yrru Mrs Morgan: MORGA753116SM9IJ 35', 'MORGA753116SM9IJ 35'],
    ],
    negatives: ['MORGA713116SM9IJ has month 13.', 'Bring your driving licence to register.'],
  },
  {
    rule: 'dp/passport-number',
    positives: [
      ['Mr Jones, your passport 123456789 has been noted.', '123456789'],
      ['Rhif pasbort Mrs Davies yw 123456789.', '123456789'],
      ['Passport: PA1234567', 'PA1234567'],
    ],
    negatives: ['Order 123456789 has been dispatched.', 'We have 123,456,789 reasons to recycle.'],
  },
  {
    rule: 'dp/postcode',
    positives: [
      ['Mrs Davies, SA19 6AB, thank you.', 'SA19 6AB'],
      ["Diolch i'r preswylydd yn SA19 6AB.", 'SA19 6AB'],
      ['Missed bin at sa19 6ab', 'sa19 6ab'],
    ],
    negatives: ['Visit County Hall, Carmarthen SA31 1JP.', 'The SA14 junction of the A48.'],
  },
];

describe.each(CASES)('$rule', ({ rule, positives, negatives }) => {
  it.each(positives)('finds %j', async (text, value) => {
    expect(await found(rule, text)).toEqual([value]);
  });

  it.each([...negatives, ...COMMON_LOOKALIKES])('leaves alone %j', async (text) => {
    expect(await found(rule, text)).toEqual([]);
  });

  it('masks the value in message and excerpt', async () => {
    const [text, value] = positives[0];
    const [f] = await findingsOf(rule, text);
    expect(f.message).not.toContain(value);
    expect(f.excerpt).not.toContain(value);
    expect(f.message).toContain('•••••');
  });
});

describe('severity by context', () => {
  it('an NHS number with no health word nearby is a warning', async () => {
    const [f] = await findingsOf('dp/nhs-number', 'Order 9990000018 has shipped.');
    expect(f.severity).toBe('warning');
  });

  it('an NHS number with "rhif GIG" is an error', async () => {
    const [f] = await findingsOf('dp/nhs-number', 'Rhif GIG: 9990000018');
    expect(f.severity).toBe('error');
  });

  it('a lower-case NINO with no National Insurance wording is a warning', async () => {
    const [f] = await findingsOf('dp/ni-number', 'ref ab123456c');
    expect(f.severity).toBe('warning');
  });

  it('a postcode is always a warning, a prompt to check', async () => {
    const [f] = await findingsOf('dp/postcode', 'Mrs Davies, SA19 6AB');
    expect(f.severity).toBe('warning');
  });
});
