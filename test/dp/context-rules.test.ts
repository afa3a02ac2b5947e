/**
 * The context rules as shipped: each needs an identifiable person nearby. True positives in
 * English and in Welsh, and look-alikes that must not fire (invoice numbers, planning
 * references, dates, counts, the switchboard, "King Street", "black cat", "Cancer Research").
 */
import { describe, expect, it } from 'vitest';
import { findingsOf, found } from './helpers.js';

const LOOKALIKES = [
  'Invoice INV-2026-004512 for the new benches has been paid.',
  'Planning application PL/05123/2026 for Mr Jones’s extension was approved.',
  'The road reopens on 23/11/2026 at 14:30.',
  'We collected 1,250,000 bins last year.',
  'Call the council switchboard on 01632 960123.',
  'King Street car park is closed on Saturday.',
  'Have you seen this black cat? It was found near King Street.',
  'Join the Cancer Research fun run on Saturday!',
  'Dementia-friendly café opens at Llanelli library.',
  'Pride month event at the Lyric, Carmarthen.',
  'The police arrested a man in Llanelli last night.',
  'Year 4 pupils at Ysgol Gymraeg Teilo Sant planted 100 trees.',
  'Mae Heol y Parc ar gau o 14 Tachwedd.',
  'Cafodd dyn ei arestio yn Llanelli neithiwr.',
];

interface Case { rule: string; positives: Array<[string, string]>; negatives: string[] }

const CASES: Case[] = [
  {
    rule: 'dp/special-category',
    positives: [
      ['Mr Jones, who has dementia, was found safe.', 'Mr Jones, who has dementia'],
      ['Our resident Sian is HIV positive and asked us for help.', 'Our resident Sian is HIV positive'],
      ['@dai_99 was arrested last week.', '@dai_99 was arrested'],
      ['Mrs Evans, a Muslim, asked about the prayer room.', 'Mrs Evans, a Muslim'],
      ['Sian Evans, a Labour voter, wrote to us.', 'Sian Evans, a Labour voter'],
      ['Tom Jones is a Unison member.', 'Tom Jones is a Unison member'],
      ['Sian, who came out as gay last year, organised it.', 'Sian, who came out as gay'],
      ['Mae gan Mrs Davies ganser.', 'Mrs Davies ganser'],
      ['Cafodd Dai Morgan ei arestio ddoe.', 'Dai Morgan ei arestio'],
      ["Mae'r preswylydd yn feichiog.", "'r preswylydd yn feichiog"],
      ['Mae Dai Jones yn hoyw.', 'Dai Jones yn hoyw'],
    ],
    negatives: [
      'Mrs Davies opened the new dementia café.',
      'Dr Evans, the cancer specialist, spoke at the event.',
      'Mrs Evans from St Mary’s Catholic Church said hello.',
      'Thanks to Mrs Davies for raising money for cancer.',
      'Thanks to Sian for supporting people living with dementia.',
      'Cllr Jones (Labour) opened the new play park.',
      'Cllr Jones, a Labour supporter, opened it.',
      'Mrs Jones’s black cat is missing.',
      'Black Lives Matter march in Carmarthen today.',
      'Disabled parking spaces outside Mrs Davies’s shop.',
      'Thanks @CarmsCouncil for the cancer awareness stall.',
      'If you have dementia, our café is for you.',
      'Christian Evans won the race.',
      'Mae Mrs Davies yn cefnogi ymchwil canser.',
    ],
  },
  {
    rule: 'dp/child-details',
    positives: [
      ['Congratulations to Ffion (7) from Ysgol Gymraeg Teilo Sant for her poem!', 'Ffion (7) from Ysgol'],
      ['Well done Tom, aged 9, of Year 4 at Model Primary School.', 'Tom, aged 9, of Year 4 at Model Primary School'],
      ['Well done to 10-year-old Osian on his win.', '10-year-old Osian'],
      ['Zephyr (6) won the colouring competition.', 'Zephyr (6)'],
      ['Llongyfarchiadau i Cai, 7 oed, o Ysgol y Strade.', 'Cai, 7 oed, o Ysgol'],
      ['Da iawn Megan o Flwyddyn 6 yn Ysgol Bro Myrddin.', 'Megan o Flwyddyn 6 yn Ysgol'],
      ['Good luck to Rhys and Cerys from Ysgol Bro Dinefwr!', 'Rhys and Cerys from Ysgol'],
    ],
    negatives: [
      'Headteacher Mrs Evans of Ysgol Bro Myrddin welcomed the minister.',
      'Sian Evans, our teacher at Ysgol y Strade, retires.',
      'Happy 100th birthday to Mrs Jones (100) of Llanelli!',
      'Sian Evans (45) of Llanelli won the raffle.',
      'Ysgol Dewi Sant is closed today because of snow.',
      'School buses run as normal; Year 2026 was a good one.',
      'Mae Joe Allen yn gyn-ddisgybl o Ysgol y Preseli.',
    ],
  },
  {
    rule: 'dp/case-reference',
    positives: [
      ['Sorry for the delay: your complaint ref CMP-2026-00123 is with the team.', 'CMP-2026-00123'],
      ['Case number 123456 for Mr Jones has been closed.', '123456'],
      ['@dai_99 your ticket #48213 is resolved.', '48213'],
      ['Hi Sian, your enquiry ENQ-7781 has been passed on.', 'ENQ-7781'],
      ["Mae cyfeirnod eich cwyn CMP-2026-00123 gyda'r tîm.", 'CMP-2026-00123'],
      ['Rhif eich achos yw 554433.', '554433'],
    ],
    negatives: [
      'Complaints fell by 12% in 2026: read the annual report.',
      'Complaint CMP-2026-00123 has been resolved.',
      'Call your case officer on 07700 900123.',
      'Your claim 2026 is late.',
      'Your case will be heard on 23/11/2026.',
      'Mr Jones, planning reference PL/05123/2026 is approved.',
      'In case of snow, schools open at 10:00 on 23/11/2026.',
    ],
  },
  {
    rule: 'dp/date-of-birth',
    positives: [
      ['Mrs Jones was born on 23/11/1926 in Llanelli.', '23/11/1926'],
      ['Your date of birth 01/02/1980 does not match our records.', '01/02/1980'],
      ['DOB: 5 Jan 1990 for @dai_99', '5 Jan 1990'],
      ['Happy birthday to Sian Morgan, born 23 November 1926!', '23 November 1926'],
      ['Ganwyd Mrs Jones ar 23ain o Dachwedd 1926.', '23ain o Dachwedd 1926'],
      ["Dyddiad geni'r preswylydd yw 02/03/1931.", '02/03/1931'],
      ['Pen-blwydd hapus i Dai Jones, 23/11/1926!', '23/11/1926'],
      ['Mr Evans, d.o.b. 1.2.80, called.', '1.2.80'],
      ['Welcome to baby Cai, born on 02/11/2026!', '02/11/2026'],
    ],
    negatives: [
      'Happy 100th birthday to Mrs Jones!',
      'Happy birthday to Mrs Jones on 23 November.',
      'Please confirm your date of birth by direct message.',
      'The library was born from a 1926 bequest.',
      'Born on 23/11/1926, the bridge reopens today.',
      'Dyddiad geni Sian: 31/02/1980',
      'Mrs Jones, born and bred here, celebrates on 30/11/2026.',
      'Happy birthday Mrs Jones, party on 23/11/2026 at the hall.',
    ],
  },
  {
    rule: 'dp/postal-address',
    positives: [
      ['Thanks to Mrs Davies of 14 Heol y Parc, SA19 6AB, for reporting it.', '14 Heol y Parc, SA19 6AB'],
      ['@dai_99 lives at 22 King Street and has complained again.', '22 King Street'],
      ['Mr Jones, Flat 3, 22 Park Avenue, SA31 2AB', 'Flat 3, 22 Park Avenue, SA31 2AB'],
      ['Mrs Evans, Bryn Awel Cottage, Llandeilo, SA19 6AB', 'Bryn Awel Cottage, Llandeilo, SA19 6AB'],
      ["Diolch i'r preswylydd yn 7 Maes y Deri am roi gwybod.", '7 Maes y Deri'],
      ['Mae Sian yn byw yn 2 Ffordd Glasfryn.', '2 Ffordd Glasfryn'],
      ['Flooding reported outside 3 Station Road this morning.', '3 Station Road'],
    ],
    negatives: [
      'Heol y Parc will be closed from 14 November for resurfacing.',
      'The new library at 12 King Street opens on Monday.',
      'Petition handed in at 10 Downing Street.',
      'In 2026 King Street will be pedestrianised.',
      'Join us on 5 November at King Street.',
      'Visit County Hall, Carmarthen SA31 1JP.',
      'Road closed on the A48 near Cross Hands.',
    ],
  },
];

describe.each(CASES)('$rule', ({ rule, positives, negatives }) => {
  it.each(positives)('finds %j', async (text, value) => {
    expect(await found(rule, text)).toEqual([value]);
  });

  it.each([...negatives, ...LOOKALIKES])('leaves alone %j', async (text) => {
    expect(await found(rule, text)).toEqual([]);
  });

  it('masks the person and the detail in message and excerpt', async () => {
    const [text, value] = positives[0];
    const [f] = await findingsOf(rule, text);
    expect(f.message).not.toContain(value);
    expect(f.excerpt).not.toContain(value);
  });
});

describe('severity and data', () => {
  it('special-category names the category in the message', async () => {
    const [f] = await findingsOf('dp/special-category', '@dai_99 was arrested last week.');
    expect(f.message).toMatch(/\(criminal offence\)/);
  });

  it('two categories about one person give one finding naming both', async () => {
    const fs = await findingsOf('dp/special-category', 'Mr Jones, who has dementia, was arrested.');
    expect(fs).toHaveLength(1);
    expect(fs[0].message).toMatch(/health, criminal offence/);
  });

  it('a day and month of birth without the year is a warning', async () => {
    const [f] = await findingsOf('dp/date-of-birth', 'Mrs Jones was born on 23 November.');
    expect(f.severity).toBe('warning');
  });

  it('an address with nobody named is a warning to check', async () => {
    const [f] = await findingsOf('dp/postal-address', 'Flooding reported outside 3 Station Road this morning.');
    expect(f.severity).toBe('warning');
  });

  it('an address with a person is an error', async () => {
    const [f] = await findingsOf('dp/postal-address', 'Mrs Davies of 14 Heol y Parc called.');
    expect(f.severity).toBe('error');
  });
});
