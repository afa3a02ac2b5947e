/** An individual's complaint argued in public: verdicts on a person's complaint, contradicting them in a reply. */
import { ruleTester } from '../../support/rule-tester.js';

const reply = (text: string, language = 'en') => `---\nin-reply-to: { language: ${language} }\n---\n${text}`;

ruleTester('conduct/complaint-handling', {
  invalid: [
    { name: 'Welsh: a titled person contradicted to their face', text: 'Mr Jones, dydy hynny ddim yn wir.', found: ['dydy hynny ddim yn wir (warning)'] },
    // Welsh joins "yn" to the word before the verdict (drafts-blind25).
    { name: "Welsh: 'eich cwyn am y biniau'n ddi-sail'", text: "---\nin-reply-to:\n  language: cy\n---\nHelo Mr Rees, mae eich cwyn am y biniau'n ddi-sail.", found: ["eich cwyn am y biniau'n ddi-sail"] },
    { name: "'your complaint about the bins is unfounded'", text: 'Hi Mr Rees, your complaint about the bins is unfounded.', found: ['your complaint about the bins is unfounded'] },
    // The complaint's reference between it and the verdict (drafts-blind35).
    { name: 'your complaint ref … about the booking is unfounded', text: reply("Hi Mr Example, your complaint ref CMP-2039-00217 about the search room booking is unfounded: the system was working."), found: ['your complaint ref CMP-2039-00217 about the search room booking is unfounded'] },
    { name: "Welsh: mae eich cwyn cyf … am yr archeb yn ddi-sail", text: reply("Helo Mr Example, mae eich cwyn cyf CMP-2039-00217 am yr archeb yn ddi-sail.", 'cy'), found: ['eich cwyn cyf CMP-2039-00217 am yr archeb yn ddi-sail'] },
    // English
    { name: 'your complaint is unfounded', text: 'As we told you, your complaint is unfounded.', found: ['your complaint is unfounded'], errors: [{ severity: 'error' }] },
    { name: 'the complaint you made is wrong', text: reply("Our crew emptied your bin at 7.14am, so the complaint you've made about them is simply wrong."), found: ["complaint you've made about them is simply wrong"] },
    { name: 'we have closed your complaint', text: 'We have closed your complaint.', found: ['closed your complaint'] },
    { name: 'not upheld', text: 'Mr Jones, your complaint was not upheld.', found: ['your complaint was not upheld'] },
    { name: 'contradicting a person in a reply is a warning', text: reply("Mr Jones, that's not what happened."), found: ["that's not what happened (warning)"] },
    { name: 'contradicting a named person', text: "That isn't true, Mr Jones: we replied within five days.", found: ["That isn't true (warning)"] },
    { name: 'you are wrong, to a handle', text: '@dai_99 you are wrong about the bin day.', found: ['you are wrong (warning)'] },
    // Welsh
    { name: 'Welsh: your complaint is unfounded', text: 'Mae eich cwyn yn ddi-sail.', found: ['eich cwyn yn ddi-sail'] },
    { name: 'Welsh: we have closed your complaint', text: "Mrs Davies, rydyn ni wedi cau eich cwyn.", found: ['wedi cau eich cwyn'] },
    { name: "Welsh: no basis for your complaint (blind drafts)", text: "Mr Hughes, roedd ein criw yn Heol y Nant am 7.20yb ddydd Llun, felly does dim sail i'ch cwyn.", found: ["dim sail i'ch cwyn"] },
    { name: 'no basis for your complaint', text: 'Mr Hughes, our crew was on your street at 7.20am, so there is no basis for your complaint.', found: ['no basis for your complaint'] },
    { name: 'Welsh: that is not true, in a reply', text: reply("Mrs Davies, nid yw hynny'n wir.", 'cy'), found: ["nid yw hynny'n wir (warning)"] },
    { name: 'Welsh: dydy hynny ddim yn wir', text: reply('Dydy hynny ddim yn wir, Mr Jones.', 'cy'), found: ['Dydy hynny ddim yn wir (warning)'] },
  ],
  valid: [
    // A titled speaker correcting a myth in their own quotation is quoted, not addressed (real-text-blind162).
    { name: 'Welsh: a myth corrected by a titled speaker', text: '“Mae nifer o bobol yn meddwl fod yr RSPCA ond yn achub cathod, ond dydy hynny ddim yn wir,” meddai Dr Jane Example o’r elusen.' },
    { name: 'a myth corrected by a titled speaker', text: "“Some people think we only rescue cats, but that's not true,” said Dr Jane Example of the charity." },
    { name: "Welsh: a word ending in 'n before a verdict word, no complaint", text: "---\nin-reply-to:\n  language: cy\n---\nHelo Mr Rees, mae'r biniau'n anghywir ar y map, a byddwn yn ei gywiro." },
    'There is no basis for the rumour that the tip is closing: it is open as usual.',
    "Does dim sail i'r stori bod y domen yn cau: mae ar agor fel arfer.",
    // English look-alikes
    // A reference skipped, the verdict still too far off to be the complaint's (drafts-blind35).
    reply('If your complaint ref CMP-2039-00217 is about a missed bin the online form is closed today, so please call us.'),
    reply("Os yw eich cwyn cyf CMP-2039-00217 am fin a gollwyd ac mae'r ffurflen ar-lein wedi cau heddiw, ffoniwch ni.", 'cy'),
    'How to make a complaint: https://www.example.gov.wales/complaints',
    'Sorry to hear your bin was missed. Please DM us your details and we will arrange a collection.',
    reply('Hi, sorry to hear your bin was missed this week. Please send us a DM with your address.'),
    'If you think we got it wrong, you can make a complaint online.',
    'Rumour: the tip is closing. That’s not true: it is open as usual.',
    'Complaints about noise can be made online.',
    'We received 1,200 complaints last year and upheld 30%.',
    'Thanks for your complaint about the wrong collection day: we will send a crew today.',
    // Welsh look-alikes
    'Sut i wneud cwyn: ewch i’n gwefan.',
    "Os ydych chi'n anfodlon â'n gwasanaeth, gallwch wneud cwyn drwy ein trefn gwyno.",
    reply('Helo, mae’n ddrwg gennym glywed hyn. Anfonwch neges uniongyrchol atom.', 'cy'),
    'Chwynnu’r gwelyau blodau yn y parc: mae chwyn yn tyfu’n gyflym.',
  ],
});
