/** Links to internal systems: SharePoint, OneDrive, Teams, intranet hosts, file paths, shares, private addresses. */
import { ruleTester } from '../../support/rule-tester.js';

const organisation = { domains: ['example.gov.wales', 'enghraifft.llyw.cymru'] };

ruleTester('infosec/internal-link', {
  invalid: [
    // English
    {
      name: 'a SharePoint document',
      text: 'The draft timetable is here: https://examplecc.sharepoint.com/sites/Events/Lights-2026.docx',
      found: ['https://examplecc.sharepoint.com/sites/Events/Lights-2026.docx'],
      errors: [{ severity: 'error', message: "Internal link in a post (SharePoint): 'https://examplecc.sharepoint.com/sites/Events/Lights-2026.docx'" }],
    },
    { name: 'OneDrive for Business', text: 'Photos: https://examplecc-my.sharepoint.com/:f:/g/personal/a_jones/EkExAmPlE123', found: ['https://examplecc-my.sharepoint.com/:f:/g/personal/a_jones/EkExAmPlE123'] },
    { name: 'a 1drv.ms share', text: 'Photos: https://1drv.ms/f/s!AkExAmPlE123', found: ['https://1drv.ms/f/s!AkExAmPlE123'] },
    { name: 'a Teams meeting is a warning', text: 'Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc', found: ['https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc (warning)'] },
    { name: 'a host with no dot', text: 'Full details on the intranet: http://intranet/news/awards-2026', found: ['http://intranet/news/awards-2026'] },
    { name: 'an intranet host on the organisation’s own domain', text: 'See https://intranet.example.gov.wales/hr', config: { organisation }, found: ['https://intranet.example.gov.wales/hr'] },
    { name: 'a .local host', text: 'See http://fileserver.corp.local/share', found: ['http://fileserver.corp.local/share'] },
    { name: 'a network share in the text', text: 'The statement is saved at \\\\ecc-fs01\\Comms\\Press\\statement.docx', found: ['\\\\ecc-fs01\\Comms\\Press\\statement.docx'] },
    { name: 'a file URL in the text', text: 'or open file:///S:/Comms/Press/statement.docx', found: ['file:///S:/Comms/Press/statement.docx'] },
    { name: 'a private address', text: 'Live map: http://10.20.1.15:8080/roadworks', found: ['http://10.20.1.15:8080/roadworks'] },
    { name: '192.168 and 172.16-31', text: 'http://192.168.1.20/a and http://172.20.0.5/b', found: ['http://192.168.1.20/a', 'http://172.20.0.5/b'] },
    { name: 'loopback', text: 'Test it at http://localhost:3000/ or http://127.0.0.1/x or http://[::1]/y', found: ['http://localhost:3000/', 'http://127.0.0.1/x', 'http://[::1]/y'] },
    { name: 'a configured intranet host', text: 'See https://staffnet.carmarthenshire.gov.uk/news', params: { 'intranet-hosts': ['staffnet.carmarthenshire.gov.uk'] }, found: ['https://staffnet.carmarthenshire.gov.uk/news'] },
    // Welsh
    { name: 'Welsh: the intranet (mutated host)', text: "Staff: mae'r manylion llawn ar y fewnrwyd: http://fewnrwyd/newyddion/gwobrau-2026", found: ['http://fewnrwyd/newyddion/gwobrau-2026'] },
    { name: 'Welsh: a SharePoint link', text: 'Mae’r amserlen ddrafft yma: https://cyngor.sharepoint.com/sites/Digwyddiadau/amserlen.docx', found: ['https://cyngor.sharepoint.com/sites/Digwyddiadau/amserlen.docx'] },
  ],
  valid: [
    // English
    { name: 'the organisation’s own public site', text: 'Road closures: https://www.example.gov.wales/roads', config: { organisation } },
    'Experience of Microsoft 365 (SharePoint, Teams) is desirable. Teams of up to four.',
    'Our neighbours are recruiting too: https://www.pembrokeshire.gov.uk/jobs and https://www.carmarthenshire.gov.wales/jobs',
    'See what the team does: https://youtu.be/aB3xK9pQ2wE',
    'Watch live: https://enghraifft.public-i.tv/core/portal/home',
    'A public IP: http://8.8.8.8/ and http://172.32.0.1/',
    'Fractions like 1\\2 and paths like C:\\ are not shares.',
    // Welsh
    { name: 'Welsh: the organisation’s own site', text: 'Rhagor: https://www.enghraifft.llyw.cymru/ffyrdd', config: { organisation } },
    'Gwyliwch yn fyw ar ein gwefan.',
  ],
});
