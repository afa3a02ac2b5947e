import { ruleTester } from '../../support/rule-tester.js';

ruleTester('dp/phone-number', {
  invalid: [
    // A name right before the number, and a given name any list knows after "call" (real-text-blind42).
    { name: 'Welsh: a given name and a surname right before a landline', text: 'Croeso i bawb. Manylion pellach: Brenda Evans 01632 960549.', found: ['01632 960549 (warning)'] },
    { name: 'a given name and a surname, a dash, a landline', text: 'More details: Brenda Davies - 01632 960549.', found: ['01632 960549 (warning)'] },
    { name: "Welsh: an officer's label before the name, as info", text: 'Swyddog cyswllt: Rhodri Evans 01632 960215', found: ['01632 960215 (info)'] },
    { name: "a minutes page's contact line, as info", text: 'Venue: Council Offices, Caernarfon.\nContact: Eirian Evans 01632 960018', found: ['01632 960018 (info)'] },
    { name: "Welsh: a minutes page's contact line, as info", text: 'Lleoliad: Swyddfeydd y Cyngor, Caernarfon.\nCyswllt: Eirian Evans 01632 960018', found: ['01632 960018 (info)'] },
    { name: 'call a given name the curated list lacks', text: 'Anyone interested in being a volunteer driver can call Maggie on 01632 960004.', found: ['01632 960004 (warning)'] },
    { name: 'Welsh: ffoniwch a given name the curated list lacks', text: 'Os hoffech chi yrru, ffoniwch Maggie ar 01632 960004.', found: ['01632 960004 (warning)'] },
    // A given name right before a bracketed landline is the person to call (real-text-blind37).
    { name: "a walk leaders' landline in brackets after their names", text: 'This is the destination for Michael and Val’s (01632 960832) moderately strenuous ramble on Saturday.', errors: [{ severity: 'warning' }] },
    { name: 'Welsh: a landline in brackets after a given name', text: 'Dyma daith gerdded Michael (01632 960832) ddydd Sadwrn.', errors: [{ severity: 'warning' }] },
    {
      name: 'an Ofcom drama mobile, masked in the message',
      text: 'Call Mrs Davies back on 07700 900123 please',
      found: ['07700 900123'],
      errors: [{ message: "Phone number in a post: '0770•••••23'", line: 1, column: 25, severity: 'error' }],
    },
    { name: 'the same in Welsh', text: 'Ffoniwch Dai ar 07700 900456', found: ['07700 900456'] },
    { name: 'international form', text: 'Her number is +44 7700 900789', found: ['+44 7700 900789'] },
    { name: 'international form without the plus', text: 'Text 447700900020 tonight', found: ['447700900020'] },
    { name: 'a landline, as a warning', text: 'Ring him on 029 2018 0123', found: ['029 2018 0123 (warning)'] },
    { name: 'a 0300 number, as info', text: 'Call 0300 123 1113 for the ICO', found: ['0300 123 1113 (info)'] },
    { name: 'a US number written nationally', text: 'Our resident in Boston asked us to call 312-515-2239', found: ['312-515-2239'] },
    { name: 'a foreign number after a phone word', text: 'My phone is 425 8829090', found: ['425 8829090'] },
    { name: 'groups parted by slashes, in Welsh', text: 'Ffoniwch 07700/900/123 heno', found: ['07700/900/123'] },

    // Issue 11: a landline or 03 number is personal data only when it is a person's. A
    // title, a given name as the one to call, or a pronoun makes it a warning.
    { name: "a landline given as a titled person's", text: 'Please call Mrs Powell back on 01632 960201 about the hedge.', found: ['01632 960201 (warning)'] },
    { name: "Welsh: a landline given as a named person's", text: 'Ffoniwch Siân ar 01632 960202 heno, os gwelwch yn dda.', found: ['01632 960202 (warning)'] },
    { name: 'a possessive before the number', text: 'Her number is 020 7946 0203 if the crew needs it.', found: ['020 7946 0203 (warning)'] },
    { name: 'Welsh: my number', text: "Fy rhif i yw 01632 960204, diolch.", found: ['01632 960204 (warning)'] },
    { name: "the person replied to: we will call you", text: "Thanks, we'll call you back on 01632 960205 this afternoon.", found: ['01632 960205 (warning)'] },
    { name: 'Welsh: we will call you', text: 'Diolch, byddwn yn eich ffonio ar 01632 960206 y prynhawn yma.', found: ['01632 960206 (warning)'] },
    { name: 'a title after the number', text: 'Landline 01632 960207 (Mr Hughes), evenings only', found: ['01632 960207 (warning)'] },
    { name: "a member of the public's number", text: "The tenant's number is 01632 960208.", found: ['01632 960208 (warning)'] },
    { name: "a staff member's own direct line is still reported", text: 'Ring Gareth on his direct line, 01632 960209.', found: ['01632 960209 (warning)'] },
    { name: "Welsh: a colleague's own line is still reported", text: 'Cysylltwch â Rhian ar ei llinell hi, 01632 960210.', found: ['01632 960210 (warning)'] },
    { name: 'a person named after the organisation in the same post', text: 'Call us on 01632 960211, or ring Mrs Powell on 01632 960212.', found: ['01632 960212 (warning)'] },
    // A named person right before "on" or "ar" and the number (real-text-blind24).
    { name: "a landline given as a named volunteer's, before 'on'", text: 'One of these is the central co-ordinator, who at present is Mike Foster, on 01632 960219.', found: ['01632 960219 (warning)'] },
    { name: "Welsh: a landline given as a named person's, before 'ar'", text: 'Y cydlynydd yw Siân Jones ar 01632 960220.', found: ['01632 960220 (warning)'] },
    // With nothing to say whose, a landline is info: check it is a public line.
    { name: 'a labelled landline, as info', text: 'Telephone: 01632 960213', found: ['01632 960213 (info)'] },
    { name: 'Welsh: a labelled landline, as info', text: 'Ffôn: 01632 960214', found: ['01632 960214 (info)'] },
    { name: "a document's contact line, as info", text: 'Contact officer: Rhodri Lewis 01632 960215', found: ['01632 960215 (info)'] },
    { name: 'Welsh: by phone only, as info', text: 'Archebion dros y ffôn yn unig: 020 7946 0216', found: ['020 7946 0216 (info)'] },
    // Relay UK's prefix (18001, 18002) before a number: the number after it is what is judged.
    { name: 'a text relay number is the number after the prefix', text: 'Tel: 01632 960221. Text Relay: 18001 01632 960221', found: ['01632 960221 (info)', '01632 960221 (info)'] },
    { name: 'Welsh: a relay number is the number after the prefix', text: 'Ffôn testun: 18001 01632 960222', found: ['01632 960222 (info)'] },
    { name: "a mobile through the relay stays a mobile", text: 'Call Sian on 18001 07700 900223', found: ['07700 900223'] },
    // Mobiles stay errors, whoever seems to own them.
    { name: "a mobile stays an error, even as the organisation's", text: 'Call our out-of-hours team on 07700 900217.', found: ['07700 900217'] },
    { name: "Welsh: a mobile stays an error, even as the organisation's", text: 'Ffoniwch ni ar 07700 900218 gyda’r nos.', found: ['07700 900218'] },
  ],
  valid: [
    { name: "Welsh: a centre's name right before its number", text: 'Croeso i bawb. Manylion: Canolfan Hamdden Penllyn 01632 960520.' },
    { name: "a library's name right before its number", text: 'Ffoniwch Llyfrgell y Bala 01632 960123, or call Penarth Library 01632 960124.' },
    "Call the Library (01632 960832) for details.",
    'Ffoniwch y Llyfrgell (01632 960832) am fanylion.',
    { name: 'dates and times', text: 'The road reopens on 23/11/2026 at 14:30, or 2026-11-23 12:30-14:45.' },
    { name: 'a slashed date and a time, as exports write them', text: 'Posted 15/03/2026 10:05 and 1/4/26 09:30' },
    { name: 'the same in Welsh', text: 'Cyhoeddwyd 15/03/2026 10:05; ar agor eto 02/04/2026 09:30' },
    { name: 'money and counts', text: 'We collected 1,250,000 bins last year, costing £1,234,567.89.' },
    { name: 'planning and invoice references', text: 'Planning application PL/05123/2026, invoice INV-2026-004512.' },
    { name: 'a reference a US number could be', text: 'Order 4015551234 was delivered; reference 2026-004512.' },
    { name: 'road numbers', text: 'The A48 and M4 are clear; B4309 closed.' },
    { name: 'a year range and a count', text: 'Between 2020 and 2026 12 000 people visited.' },
    { name: 'other identifiers called "number"', text: 'Her NHS number is 999 000 0018 and her passport number 123456789.' },
    {
      name: "the organisation's own numbers in organisation.allow.phones, however written",
      text: 'Our switchboard is 01267 234567 or +44 1267 234567',
      config: { organisation: { allow: { phones: ['01267 234567'] } } },
    },

    // Capitalised words before "on" or "ar" that are a place's name, not a person's.
    { name: "a library's name before 'on'", text: 'Contact Carmarthen Library on 01632 960232.' },
    { name: "Welsh: a leisure centre's name before 'ar'", text: 'Ffoniwch Ganolfan Hamdden Llanelli ar 01632 960233.' },
    { name: "a given name starting a centre's name before 'on'", text: 'Visit Dewi Sant Centre on 01632 960234.' },
    // Issue 11: an organisation's switchboard, contact centre or service line is not personal data.
    { name: 'first person plural: call us', text: 'Questions about your bin? Call us on 01632 960230.' },
    { name: 'Welsh: first person plural: ffoniwch ni', text: 'Cwestiwn am eich bin? Ffoniwch ni ar 01632 960231.' },
    { name: 'our contact centre', text: 'Report a fallen tree online or call our contact centre on 01632 960232.' },
    { name: 'Welsh: the contact centre, mutated', text: "Cysylltwch â'r Ganolfan Gyswllt ar 01632 960233." },
    { name: 'a service named before the number', text: 'Committee Services 01632 960234' },
    { name: 'Welsh: a service named before the number', text: 'Gwasanaethau Pwyllgor - Ffôn: 01632 960235' },
    { name: 'the council', text: 'Contact the council on 020 7946 0236 for a new bin.' },
    { name: "Welsh: the mayor's office", text: "Ffoniwch swyddfa'r Maer ar 01632 960237." },
    { name: 'a non-geographic number introduced as ours', text: 'Call us free on 0300 123 1113.' },
    { name: 'Welsh: a non-geographic number introduced as ours', text: 'Ffoniwch ein llinell gymorth ar 0300 123 1113.' },

    // Issue 11: dates, times, counts and other identifiers are not numbers of another region.
    { name: 'dotted and dashed dates and a time range after a phone word', text: 'Phone lines open 10.30-12.30 on 14.03.2026 and 14-03-2026.' },
    { name: 'Welsh: dotted dates and a time range after a phone word', text: 'Ffoniwch rhwng 10.30-12.30 ar 14.03.2026 neu 15-03-2026.' },
    { name: 'minute references and a file size beside a date', text: 'Minutes 20/15 and 21/15 (PDF, 245KB) were approved on 14/03/2026 10:05.' },
    { name: 'Welsh: minute references and a file size beside a date', text: 'Cofnodion 20/15 a 21/15 [245KB] wedi eu cymeradwyo ar 14/03/2026.' },
    { name: 'opening hours as ranges', text: 'Phone lines are open 9am-1pm and 2pm-4.30pm, 7 days a week.' },
    { name: 'a count with thousands groups after "number"', text: 'Number of homes: 12 345 678' },
    { name: 'Welsh: a count with thousands groups after "rhif"', text: 'Rhif y cartrefi: 12 345 678' },
    { name: 'two counts side by side, not a UK number without its 0', text: 'Text number 30150 30151 to vote.' },
    { name: 'a mistyped UK number is not read as a foreign one', text: 'Call 0300 123 311 for help.' },
    { name: 'Welsh: a mistyped UK number is not read as a foreign one', text: 'Ffoniwch 0300 123 311 am help.' },
    { name: 'eight digits after "call" are not an Irish number written without its 0', text: 'Call 12345678 for tickets' },
    { name: 'a long order number starting 18001 is no relay call', text: 'Order 180012345678 shipped today.' },
    { name: 'Welsh: a long reference starting 18002 is no relay call', text: 'Cyfeirnod 1800298765 wedi ei gofnodi.' },
    { name: 'a bank account number after "account number"', text: 'Acc no. 12345678 or a/c number 87654321 was refunded.' },
    { name: 'Welsh: a bank account number after "rhif y cyfrif"', text: 'Rhif y cyfrif: 12345678. Rhif eich cyfrif yw 87654321.' },
  ],
});
