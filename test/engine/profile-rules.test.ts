/**
 * What an account publishes (display name, bio, auto-reply) is read by the post rules, except
 * the Welsh-language rules that judge a post's languages as a whole; a rule with `profile: true`
 * (mangled Welsh letters, a translation placeholder) reads it too.
 */
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const account = (bio: string) =>
  [
    'kind: social-account',
    'platform: facebook',
    'handle: LlyfrgelloeddEnghraifft',
    'type: service',
    'language: bilingual',
    'privacy-notice: https://www.example.gov.wales/privacy',
    `bio: ${JSON.stringify(bio)}`,
    'security: { two-factor: true, password-manager: true, last-access-review: 2026-10-01 }',
    '',
  ].join('\n');

async function ruleIds(bio: string): Promise<string[]> {
  const dir = tempDir({ 'library.yaml': account(bio) });
  const r = await runCli(['check', 'library.yaml', '--format', 'json', '--date', '2026-11-23'], { cwd: dir.path });
  return JSON.parse(r.stdout).results[0].findings.map((f: { ruleId: string; line: number }) => `${f.ruleId}:${f.line}`);
}

describe('rules reading account profiles', () => {
  it('reports mangled Welsh letters in a bio, at the bio line (Welsh and English bio)', async () => {
    const found = await ruleIds("Mae'r llyfrgell deithiol yn Ã´l ar y ffordd. / The mobile library is back on the road.");
    expect(found).toContain('welsh/mangled-diacritics:7');
  });

  it('reports a translation placeholder in a bio', async () => {
    const found = await ruleIds('The mobile library is back on the road. Welsh to follow.');
    expect(found.some((f) => f.startsWith('welsh/placeholder:7'))).toBe(true);
  });

  // A misspelt Welsh bio is as wrong as a misspelt post (accounts-blind9, accounts-blind12).
  it("reports a Welsh misspelling in a bio ('haner'), not a term both versions keep", async () => {
    expect(await ruleIds('Tocynnau haner pris i bobl ifanc dan 26 oed. / Half-price tickets for young people under 26.')).toContain('welsh/spelling:7');
    const terms = await ruleIds('Gwersi nofio ac aqua-fit i bobl hŷn. / Swimming lessons and aqua-fit for older people.');
    expect(terms.filter((f) => f.startsWith('welsh/spelling'))).toEqual([]);
  });

  it('leaves the language balance of a bio to welsh/account-profile: no missing-welsh or unequal-content', async () => {
    const found = await ruleIds("Mae'r llyfrgell deithiol yn ôl ar y ffordd bob wythnos. / The mobile library is back on the road every week, from 9am.");
    expect(found.filter((f) => /^welsh\/(missing-welsh|unequal-content|mangled-diacritics|placeholder)/.test(f))).toEqual([]);
  });

  // A bio's web addresses are its links, as a draft's are (accounts-blind4).
  it("reports an internal link in a bio, Welsh and English", async () => {
    expect(await ruleIds('Rota: https://example.sharepoint.com/sites/Volunteers/Rota.xlsx')).toContain('infosec/internal-link:7');
    expect(await ruleIds("Mae'r rota yma: https://example.sharepoint.com/sites/Gwirfoddolwyr/Rota.xlsx")).toContain('infosec/internal-link:7');
  });

  it("reads no Welsh letters into a link's query string ('?iaith=cy' is no lost ŵ)", async () => {
    const found = await ruleIds("Fideos byr o'r Parc. / Short videos from the Park. Mwy / More: https://www.example.gov.wales/ymweld?iaith=cy");
    expect(found.filter((f) => f.startsWith('welsh/mangled-diacritics'))).toEqual([]);
  });

  it('still finds personal data inside a link in a bio (the published text includes it)', async () => {
    const found = await ruleIds('Questions? https://example.org/contact?mobile=07700900123 / Cwestiynau? https://example.org/cysylltu?symudol=07700900123');
    expect(found).toContain('dp/phone-number:7');
  });
});
