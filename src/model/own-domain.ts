/** Whether a host is one of the organisation's own domains (`organisation.domains`) or under one. */
export const onOwnDomain = (host: string, domains: readonly string[]): boolean => {
  const h = host.toLowerCase().replace(/^www\./, '');
  return domains.some((d) => {
    const own = d.toLowerCase().replace(/^www\./, '');
    return h === own || h.endsWith(`.${own}`);
  });
};

/** The host of a link, or undefined when it is no URL. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
