import { ruleTester } from '../../support/rule-tester.js';

const OWN = { organisation: { domains: ['carmarthenshire.gov.uk'], allow: { emails: ['dataprotection@pembrokeshire.gov.uk'] } } };

ruleTester('dp/email-address', {
  invalid: [
    { name: "Welsh: a language enterprise's shared mailbox, as info", text: 'Cysylltwch â ni trwy e-bostio menter@example.cymru.', found: ['menter@example.cymru (info)'] },
    { name: "a club's shared mailbox, as info", text: 'Email club@example.org to join.', found: ['club@example.org (info)'] },
    // What a reader sees is checked, not only the prose (issue #8 §5): a link's query string
    // and a code span are published too.
    { name: 'an address in a URL query string', text: 'See https://example.org/contact?who=jane@example.org', found: ['jane@example.org'] },
    { name: 'an address in a code span', text: 'Use `jane@example.org` as the placeholder', file: 'd.md', found: ['jane@example.org'] },
    { name: 'Welsh: an address in a link’s query string', text: 'Gweler https://example.org/cysylltu?pwy=dai@example.org', found: ['dai@example.org'] },
    // (was test/detectors/email-address.test.ts)
    { name: 'plain text', file: 'd.txt', text: 'Email jane.evans1984@example.com today', found: ['jane.evans1984@example.com'] },
    { name: 'Welsh context', file: 'd.txt', text: 'Anfonwch e-bost at dai.jones@example.net os gwelwch yn dda', found: ['dai.jones@example.net'] },
    { name: 'an address in Markdown prose', text: 'Or email dai.davies@example.com if you can', found: ['dai.davies@example.com'] },
    { name: 'a mailto: link', text: '[email Sian](mailto:sian.morgan@example.org)', found: ['sian.morgan@example.org'] },
    { name: 'written out at a webmail provider', file: 'd.txt', text: 'Contact Dai on dai.jones at gmail.com', found: ['dai.jones at gmail.com'] },
    { name: 'written out with [at] and dot', file: 'd.txt', text: 'Write to jo [at] hotmail dot co dot uk', found: ['jo [at] hotmail dot co dot uk'] },
    { name: 'a shared mailbox, as info', file: 'd.txt', text: 'Journalists can email press@example.org', found: ['press@example.org (info)'] },
    // Issue 11: on a public body's domain, an address named after a person is a staff member's own: a warning.
    { name: 'a first.last address at a public body, as a warning', text: 'Email sian.morgan@example.gov.uk about the grant.', found: ['sian.morgan@example.gov.uk (warning)'] },
    // A local part in CamelCase, or an initial run into a known surname (real-text-blind34).
    { name: 'a CamelCase name at a public body', text: 'Email SueDavies@example.gov.uk for a place.', found: ['SueDavies@example.gov.uk (warning)'] },
    { name: 'an initial run into a surname at a public body', text: 'Contact BWatkins@example.gov.uk for details.', found: ['BWatkins@example.gov.uk (warning)'] },
    { name: 'Welsh: a CamelCase name at a public body', text: 'E-bostiwch SianMorgan@example.llyw.cymru am le.', found: ['SianMorgan@example.llyw.cymru (warning)'] },
    { name: 'Welsh: a first.last address at a public body, as a warning', text: 'E-bostiwch dai.jones@example.llyw.cymru am y grant.', found: ['dai.jones@example.llyw.cymru (warning)'] },
    { name: 'an initial and a surname at a public body', text: 'Write to j.pritchard@example.nhs.wales', found: ['j.pritchard@example.nhs.wales (warning)'] },
    { name: 'Welsh: a given name run into a surname at a public body', text: 'Anfonwch e-bost at rhianprosser@example.sch.uk', found: ['rhianprosser@example.sch.uk (warning)'] },
    { name: 'a lone given name at a public body', text: 'Email gareth@example.police.uk', found: ['gareth@example.police.uk (warning)'] },
    // Elsewhere, a shared mailbox is info: its role word may start the local part or be a part of it.
    { name: 'a run-together shared mailbox elsewhere, as info', text: 'Email customerservices@example.org', found: ['customerservices@example.org (info)'] },
    { name: 'Welsh: a run-together shared mailbox elsewhere, as info', text: 'E-bostiwch gwasanaethaucwsmeriaid@example.org', found: ['gwasanaethaucwsmeriaid@example.org (info)'] },
    { name: 'a dotted shared mailbox elsewhere, as info', text: 'Email democratic.services@example.com', found: ['democratic.services@example.com (info)'] },
    { name: 'a named address elsewhere stays an error', text: 'Email gwen.parry.press@example.org', found: ['gwen.parry.press@example.org'] },

    // Added: masking, and more Welsh
    {
      name: 'the address is masked in the message',
      text: "Thanks Jane, email me at jane.evans1984@example.com and I'll sort it.",
      errors: [{ message: "Personal e-mail address in a post: 'jane•••••om'", severity: 'error', line: 1, column: 26 }],
    },
    { name: 'Welsh: written out at a webmail provider', text: 'Cysylltwch â Sian ar sian.morgan at gmail dot com', found: ['sian.morgan at gmail dot com'] },
    { name: 'Welsh: a shared mailbox, as info', text: 'E-bostiwch ymholiadau@example.org am fwy o wybodaeth.', found: ['ymholiadau@example.org (info)'] },
    { name: 'Welsh: an address on a domain that is not the organisation’s', text: 'Anfonwch e-bost at gwen.parry@example.org', config: OWN, found: ['gwen.parry@example.org'] },
  ],
  valid: [
    { name: "a team's mailbox in CamelCase at a public body", text: 'Email InfoDesk@example.gov.uk or MyAccount@example.gov.uk for help.' },
    { name: "Welsh: a team's mailbox in CamelCase at a public body", text: 'E-bostiwch CylchMeithrin@example.llyw.cymru neu GwybodaethTeulu@example.llyw.cymru.' },
    { name: 'words that only look like an initial and a surname', text: 'Email events@example.gov.uk or chill@example.gov.uk for tickets.' },
    // (was test/detectors/email-address.test.ts)
    { name: 'a handle', text: 'Follow @CarmsCouncil and @CyngorSirGar' },
    { name: 'a venue "at" a web address', text: 'Tickets at theatre.co.uk from Monday' },
    { name: 'doubled dots', text: 'two-dots..in-local@domain' },
    // the organisation's own domains and allowed addresses
    { name: "the organisation's domain and an allowed address", file: 'd.txt', config: OWN, text: 'Email digital@carmarthenshire.gov.uk or dataprotection@pembrokeshire.gov.uk' },
    { name: "a subdomain of the organisation's domain", file: 'd.txt', config: OWN, text: 'Email jo@sub.carmarthenshire.gov.uk' },

    // Added: Welsh look-alikes
    { name: 'Welsh: handles', text: 'Dilynwch @CyngorSirGar a @CarmsCouncil am y newyddion diweddaraf.' },
    { name: 'Welsh: a venue "ar" a web address', text: 'Tocynnau ar gael ar theatr.example.org o ddydd Llun.' },
    { name: "Welsh: the organisation's own mailbox", text: 'E-bostiwch cymraeg@carmarthenshire.gov.uk gyda’ch cwestiynau.', config: OWN },

    // Issue 11: a public body's shared mailbox is not personal data, with no configuration.
    { name: "a public body's shared mailbox", text: 'Journalists can email press@example.gov.uk or caseworker@ico.gov.uk.' },
    { name: "Welsh: a public body's shared mailbox", text: 'Anfonwch ymholiadau at ymholiadau@example.llyw.cymru.' },
    { name: 'a dotted service mailbox at a public body', text: 'Email democratic.services@example.gov.wales or dataprotection@example.nhs.uk' },
    { name: 'Welsh: a run-together service mailbox at a public body', text: 'E-bostiwch gwasanaethauetholiadol@example.gov.wales' },
    { name: 'a functional mailbox not in the role list, at a public body', text: 'Email streetlighting.faults@example.gov.uk' },
    { name: 'Welsh: a functional mailbox not in the role list, at a public body', text: 'E-bostiwch parciau@example.llyw.cymru' },
    { name: "a local pack's public domains", text: 'Email press@example.org', params: { 'public-domains': ['example.org'] } },
  ],
});
