import { describe, expect, it } from 'vitest';
import { emailAddress } from '../../src/packs/data-protection/email-address.js';
import { parseDraft } from '../../src/inputs/draft.js';
import type { RunContext } from '../../src/model/index.js';

const PARAMS = {
  'role-mailboxes': ['info', 'enquiries', 'press', 'ymholiadau'],
  'public-domains': ['gov.uk', 'gov.wales', 'llyw.cymru'],
  'obfuscated-domains': ['gmail.com', 'hotmail.co.uk'],
};
const ctx = (domains: string[] = [], emails: string[] = []): RunContext => ({
  date: '2026-11-23',
  organisation: { domains, approvedApps: [], allow: { emails, phones: [] } },
  welsh: { order: 'any' },
  elections: [],
});

async function found(text: string, file = 'd.md', c = ctx()) {
  const { doc } = await parseDraft(text, file);
  const matches = await emailAddress.detect(doc!, PARAMS, c);
  return matches.map((m) => `${text.slice(m.start, m.end)}${m.severity ? ` (${m.severity})` : ''}`);
}

describe('dp/email-address detector', () => {
  it.each([
    ['plain text', 'Email jane.evans1984@example.com today', 'd.txt', ['jane.evans1984@example.com']],
    ['Welsh context', 'Anfonwch e-bost at dai.jones@example.net os gwelwch yn dda', 'd.txt', ['dai.jones@example.net']],
    ['a Markdown autolink', 'Or email dai.davies@example.com if you can', 'd.md', ['dai.davies@example.com']],
    ['a mailto: link', '[email Sian](mailto:sian.morgan@example.org)', 'd.md', ['sian.morgan@example.org']],
    ['written out at a webmail provider', 'Contact Dai on dai.jones at gmail.com', 'd.txt', ['dai.jones at gmail.com']],
    ['written out with [at] and dot', 'Write to jo [at] hotmail dot co dot uk', 'd.txt', ['jo [at] hotmail dot co dot uk']],
    ['a shared mailbox, as info', 'Journalists can email press@example.org', 'd.txt', ['press@example.org (info)']],
    ["a public body's address, as info", 'Email caseworker@ico.gov.uk', 'd.txt', ['caseworker@ico.gov.uk (info)']],
  ])('finds %s', async (_, text, file, expected) => {
    expect(await found(text, file)).toEqual(expected);
  });

  it.each([
    ['a handle', 'Follow @CarmsCouncil and @CyngorSirGar'],
    ['an address inside a URL (links are checked by link rules)', 'See https://example.org/contact?who=jane@example.org'],
    ['a venue "at" a web address', 'Tickets at theatre.co.uk from Monday'],
    ['doubled dots', 'two-dots..in-local@domain'],
    ['an address in a code span', 'Use `jane@example.org` as the placeholder'],
  ])('does not report %s', async (_, text) => {
    expect(await found(text)).toEqual([]);
  });

  it("skips the organisation's own domains and allowed addresses", async () => {
    const c = ctx(['carmarthenshire.gov.uk'], ['dataprotection@pembrokeshire.gov.uk']);
    expect(await found('Email digital@carmarthenshire.gov.uk or dataprotection@pembrokeshire.gov.uk', 'd.txt', c)).toEqual([]);
    expect(await found('Email jo@sub.carmarthenshire.gov.uk', 'd.txt', c)).toEqual([]);
  });
});
