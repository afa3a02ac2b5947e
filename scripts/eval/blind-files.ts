/**
 * Blind sets of whole files, each written and labelled by someone who never ran or read the
 * tool (see each folder's README):
 *
 *   npx tsx scripts/eval/blind-files.ts [--verbose]
 *
 *   eval/drafts-blind    social media drafts, each checked alone with no configuration
 *   eval/accounts-blind  account files, checked together with the folder's smpolicy.yaml
 *   eval/drafts-blind2   a second, harder batch of drafts, each checked alone with its folder's smpolicy.yaml
 *   eval/accounts-blind2 a second, harder batch of account files, checked together with its smpolicy.yaml
 *   eval/drafts-blind3   drafts for the conduct, security and accessibility rules, each alone with its smpolicy.yaml
 *   eval/drafts-blind4   drafts across every pack (replies, a thread, dialect Welsh), each alone with its smpolicy.yaml
 *   eval/accounts-blind3 a third batch of account files (a JSON file, CRLF, anchors), checked together with its smpolicy.yaml
 *   eval/drafts-blind5   personal data in replies and community posts, Welsh and English, each alone with its smpolicy.yaml
 *   eval/drafts-blind6   conduct, security and accessibility again (an election period by scheduled:), each alone with its smpolicy.yaml
 *   eval/drafts-blind7   the Welsh-language rules (pairs in folders, replies, dialect Welsh), each alone with its smpolicy.yaml
 *   eval/drafts-blind8   threads, scheduled posts, embargoes, images, replies and pairs, each alone with its smpolicy.yaml
 *   eval/accounts-blind4 a national park's accounts (profiles, JSON, CRLF, an anchor), checked together with its smpolicy.yaml
 *   eval/drafts-blind9   personal data in Welsh and bilingual drafts (replies, community posts, appeals), each alone with its smpolicy.yaml
 *   eval/drafts-blind10  drafts typed as staff type under pressure (typos, emoji, colloquial Welsh), every pack, each alone with its smpolicy.yaml
 *
 * With --date 2026-11-23, except drafts-blind8 and accounts-blind4 (their READMEs' run dates). A warning or error whose rule is in neither `expect` nor `allow`
 * of its file is a false alarm; an `expect` rule with no warning or error is a miss. Prints per
 * rule and the headline figures; --verbose lists every false alarm and miss.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { alarm, check, type Finding } from './check-in-process.js';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const verbose = process.argv.includes('--verbose');

interface Item { id: string; file: string; expect: string[]; allow: string[] }

async function checkReport(args: string[], cwd: string, date?: string) {
  const { report, stderr } = await check(args, cwd, date);
  if (!report) throw new Error(`no report: ${stderr}`);
  return report;
}

async function score(set: string, together: boolean, config?: string, date?: string) {
  const folder = join(ROOT, set);
  const items = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as Item[];
  const configArgs = config ? ['--config', config] : [];
  const byFile = new Map<string, Finding[]>();
  if (together) {
    const report = await checkReport([...items.map((i) => i.file), ...configArgs], folder, date);
    for (const r of report.results) byFile.set(resolve(folder, r.file), r.findings);
  } else {
    for (const item of items) {
      const report = await checkReport([item.file, ...configArgs], folder, date);
      byFile.set(resolve(folder, item.file), report.results.flatMap((r) => r.findings));
    }
  }
  const alarms: string[] = [];
  const misses: string[] = [];
  const perRule = new Map<string, { fa: number; expected: number; missed: number }>();
  const bump = (rule: string, k: 'fa' | 'expected' | 'missed') => {
    const r = perRule.get(rule) ?? { fa: 0, expected: 0, missed: 0 };
    r[k]++;
    perRule.set(rule, r);
  };
  let withAlarm = 0;
  let expected = 0;
  for (const item of items) {
    const findings = (byFile.get(resolve(folder, item.file)) ?? []).filter(alarm);
    const bad = findings.filter((f) => !item.expect.includes(f.ruleId) && !item.allow.includes(f.ruleId));
    if (bad.length) withAlarm++;
    for (const rule of new Set(bad.map((f) => f.ruleId))) bump(rule, 'fa');
    for (const f of bad) alarms.push(`${item.id}:${f.line} ${f.ruleId}: ${f.message}`);
    for (const rule of item.expect) {
      expected++;
      bump(rule, 'expected');
      if (!findings.some((f) => f.ruleId === rule)) {
        bump(rule, 'missed');
        misses.push(`${item.id}: ${rule}`);
      }
    }
  }
  console.log(`\n${set} (${items.length} files${config ? `, with ${config}` : ', no configuration'})\n`);
  console.log('| rule | files with a false alarm | expected | missed |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const [rule, r] of [...perRule].sort()) console.log(`| ${rule} | ${r.fa} | ${r.expected} | ${r.missed} |`);
  console.log(`  files with any false alarm: ${withAlarm}/${items.length}`);
  console.log(`  expected findings found:    ${expected - misses.length}/${expected}`);
  if (verbose) {
    for (const a of alarms) console.log(`  false alarm ${a}`);
    for (const m of misses) console.log(`  missed ${m}`);
  }
}

if (existsSync(join(ROOT, 'eval/drafts-blind/manifest.json'))) await score('eval/drafts-blind', false);
if (existsSync(join(ROOT, 'eval/accounts-blind/manifest.json'))) await score('eval/accounts-blind', true, 'smpolicy.yaml');
// The second drafts batch comes with a configuration (an election period, the council's domain).
if (existsSync(join(ROOT, 'eval/drafts-blind2/manifest.json'))) await score('eval/drafts-blind2', false, 'smpolicy.yaml');
// The second accounts batch: harder files (a JSON file, CRLF endings, close app names), with its configuration.
if (existsSync(join(ROOT, 'eval/accounts-blind2/manifest.json'))) await score('eval/accounts-blind2', true, 'smpolicy.yaml');
// The third drafts batch: conduct, information security and accessibility, with its configuration.
if (existsSync(join(ROOT, 'eval/drafts-blind3/manifest.json'))) await score('eval/drafts-blind3', false, 'smpolicy.yaml');
// The fourth drafts batch: every pack, replies, a thread and dialect Welsh, with its configuration.
if (existsSync(join(ROOT, 'eval/drafts-blind4/manifest.json'))) await score('eval/drafts-blind4', false, 'smpolicy.yaml');
// The third accounts batch: a council's whole estate, checked together with its configuration.
if (existsSync(join(ROOT, 'eval/accounts-blind3/manifest.json'))) await score('eval/accounts-blind3', true, 'smpolicy.yaml');
// The fifth drafts batch: personal data in customer-service replies and community posts.
if (existsSync(join(ROOT, 'eval/drafts-blind5/manifest.json'))) await score('eval/drafts-blind5', false, 'smpolicy.yaml');
// The sixth drafts batch: conduct, information security and accessibility, an election period.
if (existsSync(join(ROOT, 'eval/drafts-blind6/manifest.json'))) await score('eval/drafts-blind6', false, 'smpolicy.yaml');
// The seventh drafts batch: the Welsh-language rules (pairs in folders, replies, dialect Welsh).
if (existsSync(join(ROOT, 'eval/drafts-blind7/manifest.json'))) await score('eval/drafts-blind7', false, 'smpolicy.yaml');
// The eighth drafts batch: threads, scheduled: dates around an election period, embargoes, images, replies, pairs.
if (existsSync(join(ROOT, 'eval/drafts-blind8/manifest.json'))) await score('eval/drafts-blind8', false, 'smpolicy.yaml', '2027-03-08');
// The fourth accounts batch: a national park authority's accounts and their published profiles.
if (existsSync(join(ROOT, 'eval/accounts-blind4/manifest.json'))) await score('eval/accounts-blind4', true, 'smpolicy.yaml', '2027-02-10');
// The ninth drafts batch: personal data in Welsh (41 of 50 Welsh or bilingual).
if (existsSync(join(ROOT, 'eval/drafts-blind9/manifest.json'))) await score('eval/drafts-blind9', false, 'smpolicy.yaml');
// The tenth drafts batch: informal drafts across every pack (typos, emoji, north and south Welsh).
if (existsSync(join(ROOT, 'eval/drafts-blind10/manifest.json'))) await score('eval/drafts-blind10', false, 'smpolicy.yaml');
// The fifth accounts batch: a fire and rescue service's estate, with its configuration.
if (existsSync(join(ROOT, 'eval/accounts-blind5/manifest.json'))) await score('eval/accounts-blind5', true, 'smpolicy.yaml', '2027-06-16');
// The sixth account batch: a national park authority's estate (run date 2027-05-11).
if (existsSync(join(ROOT, 'eval/accounts-blind6/manifest.json'))) await score('eval/accounts-blind6', true, 'smpolicy.yaml', '2027-05-11');
// The seventh account batch: a health board's estate (run date 2027-08-10).
if (existsSync(join(ROOT, 'eval/accounts-blind7/manifest.json'))) await score('eval/accounts-blind7', true, 'smpolicy.yaml', '2027-08-10');
// The eighth account batch: a fire and rescue service's estate (run date 2028-03-16).
if (existsSync(join(ROOT, 'eval/accounts-blind8/manifest.json'))) await score('eval/accounts-blind8', true, 'smpolicy.yaml', '2028-03-16');
// The ninth account batch: a town council and a leisure and libraries trust (run date 2029-11-14).
if (existsSync(join(ROOT, 'eval/accounts-blind9/manifest.json'))) await score('eval/accounts-blind9', true, 'smpolicy.yaml', '2029-11-14');
// The tenth account batch: a bilingual secondary school and a further-education college (run date 2030-03-11).
if (existsSync(join(ROOT, 'eval/accounts-blind10/manifest.json'))) await score('eval/accounts-blind10', true, 'smpolicy.yaml', '2030-03-11');
// The eleventh account batch: a housing association and a bilingual arts centre and theatre (run date 2030-10-16).
if (existsSync(join(ROOT, 'eval/accounts-blind11/manifest.json'))) await score('eval/accounts-blind11', true, 'smpolicy.yaml', '2030-10-16');
// The twelfth accounts batch: a leisure and culture trust and a fire service's community safety team (run date 2031-05-15).
if (existsSync(join(ROOT, 'eval/accounts-blind12/manifest.json'))) await score('eval/accounts-blind12', true, 'smpolicy.yaml', '2031-05-15');
if (existsSync(join(ROOT, 'eval/accounts-blind13/manifest.json'))) await score('eval/accounts-blind13', true, 'smpolicy.yaml', '2032-02-11');
if (existsSync(join(ROOT, 'eval/accounts-blind14/manifest.json'))) await score('eval/accounts-blind14', true, 'smpolicy.yaml', '2033-03-09');
if (existsSync(join(ROOT, 'eval/accounts-blind15/manifest.json'))) await score('eval/accounts-blind15', true, 'smpolicy.yaml', '2034-06-14');
if (existsSync(join(ROOT, 'eval/accounts-blind16/manifest.json'))) await score('eval/accounts-blind16', true, 'smpolicy.yaml', '2035-09-06');
if (existsSync(join(ROOT, 'eval/accounts-blind17/manifest.json'))) await score('eval/accounts-blind17', true, 'smpolicy.yaml', '2036-10-03');
if (existsSync(join(ROOT, 'eval/accounts-blind18/manifest.json'))) await score('eval/accounts-blind18', true, 'smpolicy.yaml', '2037-11-02');
if (existsSync(join(ROOT, 'eval/accounts-blind19/manifest.json'))) await score('eval/accounts-blind19', true, 'smpolicy.yaml', '2038-12-07');
if (existsSync(join(ROOT, 'eval/accounts-blind20/manifest.json'))) await score('eval/accounts-blind20', true, 'smpolicy.yaml', '2039-01-05');
if (existsSync(join(ROOT, 'eval/accounts-blind21/manifest.json'))) await score('eval/accounts-blind21', true, 'smpolicy.yaml', '2041-03-14');
if (existsSync(join(ROOT, 'eval/accounts-blind22/manifest.json'))) await score('eval/accounts-blind22', true, 'smpolicy.yaml', '2042-12-09');
if (existsSync(join(ROOT, 'eval/accounts-blind23/manifest.json'))) await score('eval/accounts-blind23', true, 'smpolicy.yaml', '2046-05-16');
if (existsSync(join(ROOT, 'eval/accounts-blind24/manifest.json'))) await score('eval/accounts-blind24', true, 'smpolicy.yaml', '2047-09-20');
if (existsSync(join(ROOT, 'eval/accounts-blind25/manifest.json'))) await score('eval/accounts-blind25', true, 'smpolicy.yaml', '2048-02-03');
if (existsSync(join(ROOT, 'eval/accounts-blind26/manifest.json'))) await score('eval/accounts-blind26', true, 'smpolicy.yaml', '2053-09-17');
if (existsSync(join(ROOT, 'eval/accounts-blind27/manifest.json'))) await score('eval/accounts-blind27', true, 'smpolicy.yaml', '2056-11-08');
if (existsSync(join(ROOT, 'eval/accounts-blind28/manifest.json'))) await score('eval/accounts-blind28', true, 'smpolicy.yaml', '2058-03-12');
if (existsSync(join(ROOT, 'eval/accounts-blind29/manifest.json'))) await score('eval/accounts-blind29', true, 'smpolicy.yaml', '2059-10-16');
if (existsSync(join(ROOT, 'eval/accounts-blind30/manifest.json'))) await score('eval/accounts-blind30', true, 'smpolicy.yaml', '2061-05-18');
if (existsSync(join(ROOT, 'eval/accounts-blind31/manifest.json'))) await score('eval/accounts-blind31', true, 'smpolicy.yaml', '2063-06-14');
if (existsSync(join(ROOT, 'eval/accounts-blind32/manifest.json'))) await score('eval/accounts-blind32', true, 'smpolicy.yaml', '2065-04-09');
if (existsSync(join(ROOT, 'eval/accounts-blind33/manifest.json'))) await score('eval/accounts-blind33', true, 'smpolicy.yaml', '2067-11-07');
if (existsSync(join(ROOT, 'eval/accounts-blind34/manifest.json'))) await score('eval/accounts-blind34', true, 'smpolicy.yaml', '2069-03-13');
if (existsSync(join(ROOT, 'eval/accounts-blind35/manifest.json'))) await score('eval/accounts-blind35', true, 'smpolicy.yaml', '2071-09-18');
if (existsSync(join(ROOT, 'eval/accounts-blind36/manifest.json'))) await score('eval/accounts-blind36', true, 'smpolicy.yaml', '2073-03-10');
if (existsSync(join(ROOT, 'eval/accounts-blind37/manifest.json'))) await score('eval/accounts-blind37', true, 'smpolicy.yaml', '2075-10-22');
if (existsSync(join(ROOT, 'eval/accounts-blind38/manifest.json'))) await score('eval/accounts-blind38', true, 'smpolicy.yaml', '2077-05-05');
if (existsSync(join(ROOT, 'eval/accounts-blind39/manifest.json'))) await score('eval/accounts-blind39', true, 'smpolicy.yaml', '2079-01-14');
if (existsSync(join(ROOT, 'eval/accounts-blind40/manifest.json'))) await score('eval/accounts-blind40', true, 'smpolicy.yaml', '2081-08-19');
// The eleventh drafts batch: longer posts from services less often covered (social care, housing, planning, licensing, registrars).
if (existsSync(join(ROOT, 'eval/drafts-blind11/manifest.json'))) await score('eval/drafts-blind11', false, 'smpolicy.yaml');
// The twelfth drafts batch: the Welsh-language rules (pairs, threads, replies, timetables, dialect).
if (existsSync(join(ROOT, 'eval/drafts-blind12/manifest.json'))) await score('eval/drafts-blind12', false, 'smpolicy.yaml');
// The thirteenth drafts batch: precision of the conduct, security, accessibility and personal-data rules (look-alikes).
if (existsSync(join(ROOT, 'eval/drafts-blind13/manifest.json'))) await score('eval/drafts-blind13', false, 'smpolicy.yaml');
// The fourteenth drafts batch: public replies to residents, English and Welsh, personal data and courtesy.
if (existsSync(join(ROOT, 'eval/drafts-blind14/manifest.json'))) await score('eval/drafts-blind14', false, 'smpolicy.yaml');
// The fifteenth drafts batch: democracy and civic news in and around pre-election periods (run date 2027-01-12).
if (existsSync(join(ROOT, 'eval/drafts-blind15/manifest.json'))) await score('eval/drafts-blind15', false, 'smpolicy.yaml', '2027-01-12');
// The sixteenth drafts batch: emergency, incident and disruption communications (run date 2026-12-08).
if (existsSync(join(ROOT, 'eval/drafts-blind16/manifest.json'))) await score('eval/drafts-blind16', false, 'smpolicy.yaml', '2026-12-08');
// The seventeenth drafts batch: money, work and business (jobs, grants, council tax, markets; run date 2027-02-16).
if (existsSync(join(ROOT, 'eval/drafts-blind17/manifest.json'))) await score('eval/drafts-blind17', false, 'smpolicy.yaml', '2027-02-16');
// The eighteenth drafts batch: culture, events, sport and celebrations (run date 2027-03-02).
if (existsSync(join(ROOT, 'eval/drafts-blind18/manifest.json'))) await score('eval/drafts-blind18', false, 'smpolicy.yaml', '2027-03-02');
// The nineteenth drafts batch: housing, planning and regulatory services (run date 2027-03-16).
if (existsSync(join(ROOT, 'eval/drafts-blind19/manifest.json'))) await score('eval/drafts-blind19', false, 'smpolicy.yaml', '2027-03-16');
// The twentieth drafts batch: social services and families (run date 2027-06-08).
if (existsSync(join(ROOT, 'eval/drafts-blind20/manifest.json'))) await score('eval/drafts-blind20', false, 'smpolicy.yaml', '2027-06-08');
// The twenty-first drafts batch: waste, streetscene, parks and bereavement services (run date 2027-07-13).
if (existsSync(join(ROOT, 'eval/drafts-blind21/manifest.json'))) await score('eval/drafts-blind21', false, 'smpolicy.yaml', '2027-07-13');
// The twenty-second drafts batch: consultations, engagement and replies in comment threads (run date 2027-09-14).
if (existsSync(join(ROOT, 'eval/drafts-blind22/manifest.json'))) await score('eval/drafts-blind22', false, 'smpolicy.yaml', '2027-09-14');
// The twenty-third drafts batch: schools and education (closures, results, admissions, replies to parents; run date 2030-03-07).
if (existsSync(join(ROOT, 'eval/drafts-blind23/manifest.json'))) await score('eval/drafts-blind23', false, 'smpolicy.yaml', '2030-03-07');
// The twenty-fourth drafts batch: public protection, environmental health, trading standards and licensing (run date 2031-10-16).
if (existsSync(join(ROOT, 'eval/drafts-blind24/manifest.json'))) await score('eval/drafts-blind24', false, 'smpolicy.yaml', '2031-10-16');
// The twenty-fifth drafts batch: informal and dialect Welsh by Welsh-speaking staff (run date 2032-03-04).
if (existsSync(join(ROOT, 'eval/drafts-blind25/manifest.json'))) await score('eval/drafts-blind25', false, 'smpolicy.yaml', '2032-03-04');
// The twenty-sixth drafts batch: registration, bereavement, ceremonies and staff news (run date 2033-11-08).
if (existsSync(join(ROOT, 'eval/drafts-blind26/manifest.json'))) await score('eval/drafts-blind26', false, 'smpolicy.yaml', '2033-11-08');
// The twenty-seventh drafts batch: digital services, IT, cyber security, scams and FOI (run date 2034-10-10).
if (existsSync(join(ROOT, 'eval/drafts-blind27/manifest.json'))) await score('eval/drafts-blind27', false, 'smpolicy.yaml', '2034-10-10');
// The twenty-eighth drafts batch: cost of living and welfare support (run date 2035-11-13).
if (existsSync(join(ROOT, 'eval/drafts-blind28/manifest.json'))) await score('eval/drafts-blind28', false, 'smpolicy.yaml', '2035-11-13');
// The twenty-ninth drafts batch: highways, transport, parking and road safety (run date 2036-11-18).
if (existsSync(join(ROOT, 'eval/drafts-blind29/manifest.json'))) await score('eval/drafts-blind29', false, 'smpolicy.yaml', '2036-11-18');
// The thirtieth drafts batch: libraries, leisure centres, museums, archives and country parks (run date 2037-06-16).
if (existsSync(join(ROOT, 'eval/drafts-blind30/manifest.json'))) await score('eval/drafts-blind30', false, 'smpolicy.yaml', '2037-06-16');
// The thirty-first drafts batch: fostering, adoption, unpaid carers, childcare, youth services and play (run date 2037-10-20).
if (existsSync(join(ROOT, 'eval/drafts-blind31/manifest.json'))) await score('eval/drafts-blind31', false, 'smpolicy.yaml', '2037-10-20');
// The thirty-second drafts batch: environment, climate, biodiversity, countryside, coast, flood risk and tourism (run date 2038-04-14).
if (existsSync(join(ROOT, 'eval/drafts-blind32/manifest.json'))) await score('eval/drafts-blind32', false, 'smpolicy.yaml', '2038-04-14');
// The thirty-third drafts batch: economic development, regeneration, town centres, markets, business support (run date 2038-09-08).
if (existsSync(join(ROOT, 'eval/drafts-blind33/manifest.json'))) await score('eval/drafts-blind33', false, 'smpolicy.yaml', '2038-09-08');
// The thirty-fourth drafts batch: Christmas, New Year and winter (run date 2038-12-08).
if (existsSync(join(ROOT, 'eval/drafts-blind34/manifest.json'))) await score('eval/drafts-blind34', false, 'smpolicy.yaml', '2038-12-08');
// The thirty-fifth drafts batch: heritage, archives, museums and the Welsh language (run date 2039-10-05).
if (existsSync(join(ROOT, 'eval/drafts-blind35/manifest.json'))) await score('eval/drafts-blind35', false, 'smpolicy.yaml', '2039-10-05');
// The thirty-sixth drafts batch: the council budget, decisions and a ward by-election's pre-election period (run date 2039-02-15).
if (existsSync(join(ROOT, 'eval/drafts-blind36/manifest.json'))) await score('eval/drafts-blind36', false, 'smpolicy.yaml', '2039-02-15');
// The thirty-seventh drafts batch: corporate services, IT and information governance (run date 2040-03-14).
if (existsSync(join(ROOT, 'eval/drafts-blind37/manifest.json'))) await score('eval/drafts-blind37', false, 'smpolicy.yaml', '2040-03-14');
// The thirty-eighth drafts batch: bereavement services, parks, countryside, allotments, trees and sponsored events (run date 2041-10-15).
if (existsSync(join(ROOT, 'eval/drafts-blind38/manifest.json'))) await score('eval/drafts-blind38', false, 'smpolicy.yaml', '2041-10-15');
// The thirty-ninth drafts batch: beaches and the coast, lifeguards, harbours, water safety, dog bans and sponsored beach events (run date 2042-07-16).
if (existsSync(join(ROOT, 'eval/drafts-blind39/manifest.json'))) await score('eval/drafts-blind39', false, 'smpolicy.yaml', '2042-07-16');
// The fortieth drafts batch: council tax, benefits, housing support and debt advice, with many replies to residents (run date 2043-03-11).
if (existsSync(join(ROOT, 'eval/drafts-blind40/manifest.json'))) await score('eval/drafts-blind40', false, 'smpolicy.yaml', '2043-03-11');
// The forty-first drafts batch: public health and adult social care, with named residents and staff (run date 2044-10-11).
if (existsSync(join(ROOT, 'eval/drafts-blind41/manifest.json'))) await score('eval/drafts-blind41', false, 'smpolicy.yaml', '2044-10-11');
// The forty-second drafts batch: elections and democratic services, with a pre-election period (run date 2045-03-01).
if (existsSync(join(ROOT, 'eval/drafts-blind42/manifest.json'))) await score('eval/drafts-blind42', false, 'smpolicy.yaml', '2045-03-01');
// The forty-third drafts batch: regulatory services (planning, licensing, trading standards, environmental health, registrars) (run date 2046-03-13).
if (existsSync(join(ROOT, 'eval/drafts-blind43/manifest.json'))) await score('eval/drafts-blind43', false, 'smpolicy.yaml', '2046-03-13');
// The forty-fourth drafts batch: waste, recycling and street scene, with many replies to residents and enforcement (run date 2047-10-09).
if (existsSync(join(ROOT, 'eval/drafts-blind44/manifest.json'))) await score('eval/drafts-blind44', false, 'smpolicy.yaml', '2047-10-09');
// The forty-fifth drafts batch: children's services, schools and education, with replies to parents (run date 2048-12-01).
if (existsSync(join(ROOT, 'eval/drafts-blind45/manifest.json'))) await score('eval/drafts-blind45', false, 'smpolicy.yaml', '2048-12-01');
// The forty-sixth drafts batch: highways, transport and travel, with many replies to residents (run date 2049-11-17).
if (existsSync(join(ROOT, 'eval/drafts-blind46/manifest.json'))) await score('eval/drafts-blind46', false, 'smpolicy.yaml', '2049-11-17');
// The forty-seventh drafts batch (30 drafts): housing and homelessness, with replies to tenants (run date 2050-09-14).
if (existsSync(join(ROOT, 'eval/drafts-blind47/manifest.json'))) await score('eval/drafts-blind47', false, 'smpolicy.yaml', '2050-09-14');
// The forty-eighth drafts batch (24 drafts): the council as an employer, with named staff (run date 2051-10-11).
if (existsSync(join(ROOT, 'eval/drafts-blind48/manifest.json'))) await score('eval/drafts-blind48', false, 'smpolicy.yaml', '2051-10-11');
if (existsSync(join(ROOT, 'eval/drafts-blind49/manifest.json'))) await score('eval/drafts-blind49', false, 'smpolicy.yaml', '2052-07-17');
if (existsSync(join(ROOT, 'eval/drafts-blind50/manifest.json'))) await score('eval/drafts-blind50', false, 'smpolicy.yaml', '2053-01-14');
if (existsSync(join(ROOT, 'eval/drafts-blind51/manifest.json'))) await score('eval/drafts-blind51', false, 'smpolicy.yaml', '2054-03-10');
if (existsSync(join(ROOT, 'eval/drafts-blind52/manifest.json'))) await score('eval/drafts-blind52', false, 'smpolicy.yaml', '2055-06-16');
if (existsSync(join(ROOT, 'eval/drafts-blind53/manifest.json'))) await score('eval/drafts-blind53', false, 'smpolicy.yaml', '2056-10-11');
if (existsSync(join(ROOT, 'eval/drafts-blind54/manifest.json'))) await score('eval/drafts-blind54', false, 'smpolicy.yaml', '2057-02-21');
if (existsSync(join(ROOT, 'eval/drafts-blind55/manifest.json'))) await score('eval/drafts-blind55', false, 'smpolicy.yaml', '2058-03-12');
if (existsSync(join(ROOT, 'eval/drafts-blind56/manifest.json'))) await score('eval/drafts-blind56', false, 'smpolicy.yaml', '2059-12-03');
if (existsSync(join(ROOT, 'eval/drafts-blind57/manifest.json'))) await score('eval/drafts-blind57', false, 'smpolicy.yaml', '2060-01-14');
if (existsSync(join(ROOT, 'eval/drafts-blind58/manifest.json'))) await score('eval/drafts-blind58', false, 'smpolicy.yaml', '2061-06-07');
if (existsSync(join(ROOT, 'eval/drafts-blind59/manifest.json'))) await score('eval/drafts-blind59', false, 'smpolicy.yaml', '2062-07-12');
if (existsSync(join(ROOT, 'eval/drafts-blind60/manifest.json'))) await score('eval/drafts-blind60', false, 'smpolicy.yaml', '2063-11-21');
if (existsSync(join(ROOT, 'eval/drafts-blind61/manifest.json'))) await score('eval/drafts-blind61', false, 'smpolicy.yaml', '2064-10-15');
if (existsSync(join(ROOT, 'eval/drafts-blind62/manifest.json'))) await score('eval/drafts-blind62', false, 'smpolicy.yaml', '2067-03-23');
if (existsSync(join(ROOT, 'eval/drafts-blind63/manifest.json'))) await score('eval/drafts-blind63', false, 'smpolicy.yaml', '2071-03-11');
if (existsSync(join(ROOT, 'eval/drafts-blind64/manifest.json'))) await score('eval/drafts-blind64', false, 'smpolicy.yaml', '2073-10-10');
if (existsSync(join(ROOT, 'eval/drafts-blind65/manifest.json'))) await score('eval/drafts-blind65', false, 'smpolicy.yaml', '2075-03-13');
if (existsSync(join(ROOT, 'eval/drafts-blind66/manifest.json'))) await score('eval/drafts-blind66', false, 'smpolicy.yaml', '2077-09-15');
if (existsSync(join(ROOT, 'eval/drafts-blind67/manifest.json'))) await score('eval/drafts-blind67', false, 'smpolicy.yaml', '2079-07-05');
if (existsSync(join(ROOT, 'eval/drafts-blind68/manifest.json'))) await score('eval/drafts-blind68', false, 'smpolicy.yaml', '2081-05-14');
if (existsSync(join(ROOT, 'eval/drafts-blind69/manifest.json'))) await score('eval/drafts-blind69', false, 'smpolicy.yaml', '2083-06-09');
if (existsSync(join(ROOT, 'eval/drafts-blind70/manifest.json'))) await score('eval/drafts-blind70', false, 'smpolicy.yaml', '2086-03-06');
if (existsSync(join(ROOT, 'eval/drafts-blind71/manifest.json'))) await score('eval/drafts-blind71', false, 'smpolicy.yaml', '2089-06-15');
if (existsSync(join(ROOT, 'eval/drafts-blind72/manifest.json'))) await score('eval/drafts-blind72', false, 'smpolicy.yaml', '2091-10-03');
if (existsSync(join(ROOT, 'eval/drafts-blind73/manifest.json'))) await score('eval/drafts-blind73', false, 'smpolicy.yaml', '2093-11-17');
if (existsSync(join(ROOT, 'eval/drafts-blind74/manifest.json'))) await score('eval/drafts-blind74', false, 'smpolicy.yaml', '2095-03-09');
if (existsSync(join(ROOT, 'eval/drafts-blind75/manifest.json'))) await score('eval/drafts-blind75', false, 'smpolicy.yaml', '2097-06-12');
if (existsSync(join(ROOT, 'eval/drafts-blind76/manifest.json'))) await score('eval/drafts-blind76', false, 'smpolicy.yaml', '2099-09-02');
if (existsSync(join(ROOT, 'eval/drafts-blind77/manifest.json'))) await score('eval/drafts-blind77', false, 'smpolicy.yaml', '2101-10-19');
if (existsSync(join(ROOT, 'eval/drafts-blind78/manifest.json'))) await score('eval/drafts-blind78', false, 'smpolicy.yaml', '2103-09-05');
if (existsSync(join(ROOT, 'eval/drafts-blind79/manifest.json'))) await score('eval/drafts-blind79', false, 'smpolicy.yaml', '2105-06-10');
if (existsSync(join(ROOT, 'eval/drafts-blind80/manifest.json'))) await score('eval/drafts-blind80', false, 'smpolicy.yaml', '2107-03-09');
if (existsSync(join(ROOT, 'eval/drafts-blind81/manifest.json'))) await score('eval/drafts-blind81', false, 'smpolicy.yaml', '2109-03-13');
if (existsSync(join(ROOT, 'eval/drafts-blind82/manifest.json'))) await score('eval/drafts-blind82', false, 'smpolicy.yaml', '2111-06-08');
if (existsSync(join(ROOT, 'eval/drafts-blind83/manifest.json'))) await score('eval/drafts-blind83', false, 'smpolicy.yaml', '2113-03-14');
if (existsSync(join(ROOT, 'eval/drafts-blind84/manifest.json'))) await score('eval/drafts-blind84', false, 'smpolicy.yaml', '2115-07-10');
if (existsSync(join(ROOT, 'eval/drafts-blind85/manifest.json'))) await score('eval/drafts-blind85', false, 'smpolicy.yaml', '2117-06-16');
if (existsSync(join(ROOT, 'eval/drafts-blind86/manifest.json'))) await score('eval/drafts-blind86', false, 'smpolicy.yaml', '2119-12-13');
if (existsSync(join(ROOT, 'eval/drafts-blind87/manifest.json'))) await score('eval/drafts-blind87', false, 'smpolicy.yaml', '2121-03-05');
if (existsSync(join(ROOT, 'eval/drafts-blind88/manifest.json'))) await score('eval/drafts-blind88', false, 'smpolicy.yaml', '2123-01-18');
if (existsSync(join(ROOT, 'eval/drafts-blind89/manifest.json'))) await score('eval/drafts-blind89', false, 'smpolicy.yaml', '2125-05-14');
