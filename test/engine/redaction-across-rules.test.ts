/**
 * No output format leaks personal data: the CLI, run in-process over a draft with one of each
 * identifier and context finding, prints none of the raw values in any format unless
 * --no-redact, and prints them all with it.
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const FORMATS = ['stylish', 'json', 'sarif', 'junit', 'github'] as const;
const FILE = 'fixtures/drafts/dp-redaction.md';

/** Every personal value in the fixture, as written (and numbers without their spaces). */
const RAW = [
  '07700 900654', 'gwen.parry@example.org', '999 222 3332', 'JT 23 45 67 A', '5105 1051 0510 5100', '10-79-99',
  '88837491', 'CY19 KPT', 'JONES710238DW9AB', '987654321', 'SA14 8QR', '27 Heol Awel', '02/03/1931', 'Pritchard',
  'Gethin', 'CMP-2026-00777', 'Gwenllian Rees',
];
const COMPACT = ['07700900654', '9992223332', 'JT234567A', '5105105105105100', '107999', 'CY19KPT', 'SA148QR'];

const check = (format: string, ...extra: string[]) =>
  runCli(['check', FILE, '--format', format, '--date', '2026-11-23', '--no-color', ...extra]);

describe.each(FORMATS)('--format %s', (format) => {
  it('prints no raw personal value', async () => {
    const { code, stdout, stderr } = await check(format);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toContain('•••••');
    for (const value of [...RAW, ...COMPACT]) expect(stdout, value).not.toContain(value);
  });

  it('prints every value with --no-redact', async () => {
    const { stdout } = await check(format, '--no-redact');
    for (const value of RAW) expect(stdout, value).toContain(value);
  });

  it('never prints image coordinates, which stay masked', async () => {
    const { stdout } = await runCli(['check', 'fixtures/drafts/dp-images.md', '--format', format, '--date', '2026-11-23', '--no-color']);
    expect(stdout).toContain('51.8•••••16');
    expect(stdout).not.toMatch(/51\.857|4\.311/);
  });
});
