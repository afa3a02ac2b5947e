import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { accountFingerprint, postFingerprint } from '../../src/engine/fingerprint.js';

// Baselines store these: the digest must never change (DESIGN §4, baseline).
const sha = (...parts: string[]) => createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);

describe('fingerprints', () => {
  it('of a post finding: rule, matched text and its words on the line, normalised, as SHA-256', () => {
    const text = 'Intro line\nPlease  call Mrs Davies on 07700 900123 today.\nNext';
    const start = text.indexOf('07700');
    const end = start + '07700 900123'.length;
    expect(postFingerprint('dp/phone-number', text, start, end)).toBe(sha('post', 'dp/phone-number', '07700 900123', 'please call mrs davies on', 'today.'));
    expect(postFingerprint('dp/phone-number', text.replace(/\n/g, '\r\n'), start + 1, end + 1)).toBe(postFingerprint('dp/phone-number', text, start, end));
  });

  it('of an account finding: rule, place, key, value and message', () => {
    expect(accountFingerprint('account/two-factor', '/two-factor', 'two-factor', ' No ', 'm')).toBe(sha('account', 'account/two-factor', '/two-factor', 'two-factor', 'no', 'm'));
  });
});
