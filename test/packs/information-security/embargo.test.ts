/** Embargoed material published before its embargo lifts, English and Welsh dates and times. */
import { ruleTester } from '../../support/rule-tester.js';

const at = (scheduled: string, body: string) => `---\nscheduled: ${scheduled}\n---\n${body}`;

ruleTester('infosec/embargo', {
  invalid: [
    // English
    {
      name: 'a press embargo two days after publication',
      text: at('2026-12-01T09:00', 'EMBARGOED UNTIL 00:01 Thursday 3 December 2026\n\nRecycling rate hits 70%.'),
      found: ['EMBARGOED UNTIL 00:01 Thursday 3 December 2026'],
      errors: [{ severity: 'error', message: 'Embargoed material would be published before the embargo lifts (it lifts 2026-12-03 00:01; the post is published 2026-12-01 09:00)' }],
    },
    { name: 'a numeric day-first date with am', text: at('2026-12-01T09:00', 'Embargo: 10am, 3/12/2026. New leisure plans.'), found: ['Embargo: 10am, 3/12/2026'] },
    { name: 'the same day, later in the morning', text: at('2026-12-03T09:00', 'Embargoed until 10.30 on 3 December 2026.'), found: ['Embargoed until 10.30 on 3 December 2026'] },
    { name: 'no year: the next such date', text: at('2026-12-01T09:00', 'Under embargo until 00:01 GMT, 3 December.'), found: ['Under embargo until 00:01 GMT, 3 December'] },
    { name: 'no schedule: --date at 00:00', text: 'EMBARGOED UNTIL 00:01 Thursday 3 December 2026', date: '2026-12-02', found: ['EMBARGOED UNTIL 00:01 Thursday 3 December 2026'] },
    { name: 'not for publication before a date', text: at('2026-12-01T09:00', 'Not for publication before 3 December 2026.'), found: ['Not for publication before 3 December 2026'] },
    { name: 'an embargo without a date is a warning', text: 'Embargoed until further notice: draft leisure plans.', found: ['Embargoed until (warning)'] },
    // The date is read from the marker's sentence, not the next one's "Saturday" (blind drafts).
    { name: 'an event, then a weekday in the next sentence', text: at('2026-12-01T09:00', 'EMBARGOED UNTIL AFTER CABINET. The new library opens on Saturday.'), found: ['EMBARGOED UNTIL (warning)'] },
    { name: 'Welsh: an event, then a date in the next sentence', text: at('2026-12-01T09:00', "EMBARGO TAN AR ÔL Y CABINET. Mae'r llyfrgell yn agor ddydd Sadwrn 5 Rhagfyr."), found: ['EMBARGO TAN (warning)'] },
    // "Not for publication until" lifted before the post: a note to take the notice out.
    {
      name: 'a lifted not-for-publication notice is a note',
      text: at('2026-12-05T09:00', 'NOT FOR PUBLICATION UNTIL 00:01 THURSDAY 3 DECEMBER 2026. The new library opens on Saturday.'),
      found: ['NOT FOR PUBLICATION UNTIL 00:01 THURSDAY 3 DECEMBER 2026 (info)'],
      errors: [{ severity: 'info', message: "The embargo lifted 2026-12-03 00:01, before the post is published: take the notice 'NOT FOR PUBLICATION UNTIL 00:01 THURSDAY 3 DECEMBER 2026' out of the post" }],
    },
    { name: "Welsh: a lifted nid i'w gyhoeddi notice is a note", text: at('2026-12-05T09:00', "NID I'W GYHOEDDI TAN 00:01 DYDD IAU 3 RHAGFYR 2026. Mae'r llyfrgell newydd yn agor ddydd Sadwrn."), found: ["NID I'W GYHOEDDI TAN 00:01 DYDD IAU 3 RHAGFYR 2026 (info)"] },
    { name: 'a thread: the embargo in the second post', text: at('2026-12-01T10:00', 'Lines to take\n---\nEMBARGOED UNTIL 00:01 Thursday 3 December 2026\nFour leisure centres will stay open.'), found: ['EMBARGOED UNTIL 00:01 Thursday 3 December 2026'] },
    // Welsh
    { name: 'Welsh: capitals, weekday and month', text: at('2026-12-02T18:00', 'EMBARGO TAN 00:01 DYDD IAU 3 RHAGFYR 2026\nCynllun £4m.'), found: ['EMBARGO TAN 00:01 DYDD IAU 3 RHAGFYR 2026'] },
    { name: 'Welsh: a mutated month and a dot in the time', text: at('2026-03-01T09:00', 'Dan embargo tan 00.01, 3 Fawrth 2026.'), found: ['Dan embargo tan 00.01, 3 Fawrth 2026'] },
    { name: 'Welsh: yb (morning)', text: at('2026-12-02T09:00', 'Embargo tan 10yb ddydd Iau 3 Rhagfyr.'), found: ['Embargo tan 10yb ddydd Iau 3 Rhagfyr'] },
    { name: 'Welsh: not for publication before', text: at('2026-12-01T09:00', "Nid i'w gyhoeddi cyn 3 Rhagfyr 2026."), found: ["Nid i'w gyhoeddi cyn 3 Rhagfyr 2026"] },
  ],
  valid: [
    // English: embargoes already past, and other uses of the word
    at('2026-12-03T09:00', 'EMBARGOED UNTIL 00:01 Thursday 3 December 2026\n\nRecycling rate hits 70%.'),
    at('2026-12-03T00:01', 'EMBARGOED UNTIL 00:01 Thursday 3 December 2026'),
    { name: 'no schedule: --date after the embargo', text: 'Embargo: 10am, 3/12/2026.', date: '2026-12-04' },
    'The UK’s arms embargo was discussed at the Senedd today.',
    'A trade embargo on the region was lifted last year.',
    'Recycling rate hits 70%: new figures published today.',
    'The report is due for publication on 23/11/2026.',
    // Welsh
    at('2026-12-03T07:30', 'EMBARGO TAN 00:01 DYDD IAU 3 RHAGFYR 2026\nCynllun £4m i adfywio canol trefi.'),
    at('2026-12-04T09:00', 'Dan embargo tan 3 Rhagfyr.'),
    'Cafodd yr embargo masnach ei godi y llynedd.',
    // "Not for publication until" an event: protective-marking's to report, not this rule's.
    at('2026-12-01T09:00', 'NOT FOR PUBLICATION UNTIL AFTER CABINET. The new library opens on Saturday.'),
    at('2026-12-01T09:00', "NID I'W GYHOEDDI TAN AR ÔL Y CABINET. Mae'r llyfrgell yn agor ddydd Sadwrn 5 Rhagfyr."),
  ],
});
