import { expect } from 'vitest';
import { CONTEXT_LOOKALIKES } from '../../support/lookalikes.js';
import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/date-of-birth', {
  invalid: [
    { name: 'one baby born on the date, a count elsewhere in the post', text: "Riley Harris was born on January 1 at the hospital. Ten babies were born that day.", found: ['January 1 (warning)'] },
    // A name followed by 'born' is still a birth (the look-alike of real-text-blind70's place-born).
    { text: 'Sian Example born 6 December 2013 won the race.', found: ['6 December 2013'] },
    // A given name alone, vouched for by the full name before it (drafts-blind43).
    { text: 'Happy 100th birthday to Gwen Example! Gwen was born on 13 March 1946.', date: '2046-03-13', found: ['13 March 1946'] },
    { text: 'Pen-blwydd hapus yn 100 oed i Gwen Example! Ganwyd Gwen ar 13 Mawrth 1946.', date: '2046-03-13', found: ['13 Mawrth 1946'] },
    // An older Welsh given name the lists of recent births lack (real-text-blind28).
    { name: 'a resident with an older Welsh name, born on an ordinal date', text: 'Morfydd Bowyer, who was born on 21st October 1960, has lived in Aberdyfi since 2019.', found: ['21st October 1960'] },
    { name: 'Welsh: Ganwyd Morfydd … ar', text: 'Ganwyd Morfydd Bowyer ar 21 Hydref 1960 yn Aberdyfi.', found: ['21 Hydref 1960'] },
    { name: 'the oldest living resident, born 112 years ago', text: 'Mary Keir was born on 23 November 1914 in Llandeilo.', found: ['23 November 1914'] },
    { name: 'Welsh: the oldest living resident, born 112 years ago', text: 'Ganwyd Mary Keir ar 23 Tachwedd 1914 yn Llandeilo.', found: ['23 Tachwedd 1914'] },
    // "Ganed", the written form of "ganwyd" (drafts-blind9).
    { name: 'Welsh: ganed', text: 'Pen-blwydd hapus yn 100 oed yfory i Mrs Margaret Davies! Ganed Mrs Davies ar 24 Tachwedd 1926 ar fferm ger Talyllychau.', found: ['24 Tachwedd 1926'] },
    { name: "Welsh: fe'i ganed", text: "Fe'i ganed ar 3 Mai 1931 yn Llandeilo, a bu Mr Huw Jenkins yn ffermio yno ar hyd ei oes.", found: ['3 Mai 1931'] },
    // (was test/dp/context-rules.test.ts)
    { text: 'Mrs Jones was born on 23/11/1926 in Llanelli.', found: ['23/11/1926'] },
    {
      name: 'masks the person and the detail in message and excerpt',
      text: 'Mrs Jones was born on 23/11/1926 in Llanelli.',
      errors: [{ message: expect.not.stringContaining('23/11/1926'), excerpt: expect.not.stringContaining('23/11/1926') }],
    },
    { text: 'Your date of birth 01/02/1980 does not match our records.', found: ['01/02/1980'] },
    { text: 'DOB: 5 Jan 1990 for @dai_99', found: ['5 Jan 1990'] },
    { text: 'Happy birthday to Sian Morgan, born 23 November 1926!', found: ['23 November 1926'] },
    { text: 'Ganwyd Mrs Jones ar 23ain o Dachwedd 1926.', found: ['23ain o Dachwedd 1926'] },
    { text: "Dyddiad geni'r preswylydd yw 02/03/1931.", found: ['02/03/1931'] },
    { text: 'Pen-blwydd hapus i Dai Jones, 23/11/1926!', found: ['23/11/1926'] },
    { text: 'Mr Evans, d.o.b. 1.2.80, called.', found: ['1.2.80'] },
    { text: 'Welcome to baby Cai, born on 02/11/2026!', found: ['02/11/2026'] },
    { name: 'a day and month of birth without the year is a warning', text: 'Mrs Jones was born on 23 November.', errors: [{ severity: 'warning' }] },
  ],
  valid: [
    // A count or a group born by a date (real-text-blind247).
    { name: 'the number born by a date, in a sentence naming the midwife', text: "“It was busy,” said midwife Kath Maguire, who added that the number born at the unit by the end of January 1 could be well into the teens." },
    { name: 'Welsh: the babies born on a date', text: "Nifer y babanod a anwyd ar 1 Ionawr yn yr uned, meddai Catrin Jones, oedd deg." },
    // Where someone comes from, not when they were born (real-text-blind70).
    { text: 'On Friday 6th December 2013, Torfaen MP Paul Example unveiled a plaque to Ray Example, the Llanhilleth born former MP.' },
    { text: 'The Cardiff-born singer Tom Example performed on 6 December 2013.' },
    { text: 'Dadorchuddiodd Paul Example AS blac ar 6 Rhagfyr 2013 i gofio Ray Example, cyn-AS a fagwyd yn Llanhiledd.' },
    // A given name that is a building's first word, not the person's.
    { text: 'Thanks to Gwen Example. Gwen Hall was built and opened on 13 March 1946.', date: '2046-03-13' },
    { text: 'Diolch i Gwen Example. Adeiladwyd y llyfrgell ar 13 Mawrth 1946.', date: '2046-03-13' },
    // Born longer ago than anyone has lived: no living person (drafts-blind11's museum exhibit)
    { name: 'a historic pharmacist born in 1850', text: "Margaret Ann Thomas was born on 12 May 1850 above her father's shop on Market Street." },
    { name: 'Welsh: a historic pharmacist born in 1850', text: 'Ganwyd Margaret Ann Thomas ar 12 Mai 1850 uwchben siop ei thad ar Stryd y Farchnad.' },
    // A range of birth dates is a rule for everyone (drafts-blind9).
    { name: 'Welsh: the birth dates a school year takes, in a reply', text: '---\nin-reply-to: { language: cy }\n---\nHelo Ffion, diolch am eich cwestiwn. Os cafodd eich plentyn ei eni rhwng 1 Medi 2022 a 31 Awst 2023, bydd yn dechrau yn y dosbarth derbyn ym mis Medi 2027.' },
    { name: 'the birth dates a school year takes, in a reply', text: '---\nin-reply-to: { language: en }\n---\nHi Ffion, thanks for asking. If your child was born between 1 September 2022 and 31 August 2023, they start in the reception class in September 2027.' },
    { name: 'born on or after a date, in a reply', text: '@ffion Hi Ffion, your child can apply if they were born on or after 1 September 2021.' },
    // (was test/dp/context-rules.test.ts)
    'Happy 100th birthday to Mrs Jones!',
    'Happy birthday to Mrs Jones on 23 November.',
    'Please confirm your date of birth by direct message.',
    'The library was born from a 1926 bequest.',
    'Born on 23/11/1926, the bridge reopens today.',
    'Dyddiad geni Sian: 31/02/1980',
    'Mrs Jones, born and bred here, celebrates on 30/11/2026.',
    'Happy birthday Mrs Jones, party on 23/11/2026 at the hall.',
    ...CONTEXT_LOOKALIKES,
    // Added: Welsh look-alikes
    { name: 'Welsh: a birthday with no date', text: 'Pen-blwydd hapus yn 100 oed i Mrs Jones!' },
    { name: 'Welsh: asking for a date of birth by direct message', text: 'Cadarnhewch eich dyddiad geni drwy neges uniongyrchol, os gwelwch yn dda.' },
  ],
});
