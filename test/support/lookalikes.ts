/** Look-alikes several data-protection rules must all leave alone, shared by their rule tests. */

/** Text that holds numbers and codes but no identifier: no identifier rule may report any of it. */
export const IDENTIFIER_LOOKALIKES = [
  'Invoice INV-2026-004512 is due on 30/11/2026.',
  'Planning application PL/05123/2026 was approved.',
  'The road reopens on 23/11/2026 at 14:30, or 2026-11-23 14:30.',
  'We collected 1,250,000 bins and 12,345,678 bottles, costing £1,234,567.89.',
  'Call the council switchboard on 01632 960123.',
  'King Street car park is closed; the A48 and M4 junction 49 are open.',
  'Have you seen this black cat?',
  'Join the Cancer Research fun run on Saturday!',
];

/** Text about no identifiable person, or about a thing: no context rule (special category, child, date of birth, case, address) may report it. */
export const CONTEXT_LOOKALIKES = [
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
