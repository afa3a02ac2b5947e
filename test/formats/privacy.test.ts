/**
 * Masking happens upstream: a format prints `message`, `excerpt` and `actual` exactly as
 * given, and nothing else from a finding that could carry the unmasked text.
 */
import { describe, expect, it } from 'vitest';
import type { FileResult, Finding } from '../../src/model/index.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/formats/index.js';
import { finding, input } from './fixture.js';

function leakyResults(): FileResult[] {
  const masked = finding({ message: "Personal phone number: '0770•••••23'", excerpt: 'call 0770•••••23', actual: '0770•••••23' });
  // Fields a careless upstream change might leave on the object; no format may print them.
  const leaky = Object.assign(masked, {
    raw: '07700900123',
    match: '07700 900123',
    text: 'call 07700 900 123',
    data: { match: '+447700900123' },
    start: 10,
    end: 21,
  }) as Finding;
  Object.assign(leaky.policy, { source: 'call 07700900123' });
  return [
    { file: 'drafts/road.md', kind: 'post', findings: [leaky] },
    { file: 'drafts/ffordd.cy.md', kind: 'post', findings: [] },
  ];
}

describe.each(FORMAT_NAMES)('%s and personal data', (name) => {
  it.each([false, true])('prints the masked text and never the number (colour %s)', async (color) => {
    const format = await loadFormatter(name);
    const out = format(input({ results: leakyResults(), color }));
    expect(out).toContain('0770•••••23');
    expect(out).not.toMatch(/0\D{0,3}7\D{0,3}7\D{0,3}0\D{0,3}0\D{0,3}9\D{0,3}0\D{0,3}0/);
    // A GitLab fingerprint is a hash (hex digits, so runs of digits by chance), not data.
    expect(out.replace(/"fingerprint": "[0-9a-f]{32}"/g, '')).not.toMatch(/\d{5,}/);
    if (!color || name !== 'stylish') expect(out).not.toContain('\u001b[');
  });
});
