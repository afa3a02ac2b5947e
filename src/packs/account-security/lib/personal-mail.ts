/**
 * Domains of free, personal e-mail services (Gmail, Hotmail, BT Internet, iCloud...): an
 * address on one is a person's own, never a council's, whatever the configuration says. The
 * list is `email-providers` (goware/emailproviders, ~8,800 domains), loaded on first use;
 * the reserved example domains in it are left out (they are test data, not a service).
 */
let domains: Promise<ReadonlySet<string>> | undefined;

export function personalMailDomains(): Promise<ReadonlySet<string>> {
  return (domains ??= import('email-providers/all.json', { with: { type: 'json' } }).then(
    (m) => new Set((m.default as string[]).map((d) => d.toLowerCase()).filter((d) => !/^example\./.test(d))),
  ));
}
