/** The HTML report's escaping and link rules (src/formats/html-escape.ts). */
import { describe, expect, it } from 'vitest';
import { attr, escapeHtml, safeHttpUrl, text } from '../../src/formats/html-escape.js';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
  });

  it('leaves other text alone, Welsh letters and masking dots included', () => {
    expect(escapeHtml('Mae’r ffordd ar gau • ŵ ŷ â 0770•••••23')).toBe('Mae’r ffordd ar gau • ŵ ŷ â 0770•••••23');
  });

  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['"><img src=x onerror=alert(1)>', '&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'],
    ["' onmouseover='alert(1)", '&#39; onmouseover=&#39;alert(1)'],
    ['</style><script>x()</script>', '&lt;/style&gt;&lt;script&gt;x()&lt;/script&gt;'],
    ['<!--', '&lt;!--'],
  ])('%s cannot open or close an element or attribute', (input, output) => {
    const escaped = escapeHtml(input);
    expect(escaped).toBe(output);
    expect(escaped).not.toMatch(/[<>"']/);
  });
});

describe('text and attr (data from posts)', () => {
  it('make control characters visible, as the terminal formats do, then escape', () => {
    expect(text('line one\nline <two>\u0007')).toBe('line one↵line &lt;two&gt;␇');
    expect(attr('a"b\r\nc')).toBe('a&quot;b↵c');
  });

  it('treat a missing value as empty', () => {
    expect(text(undefined)).toBe('');
    expect(attr(undefined)).toBe('');
  });
});

describe('safeHttpUrl', () => {
  it.each([
    ['https://x.com/CarmsCouncil/status/1', 'https://x.com/CarmsCouncil/status/1'],
    ['http://www.sirgar.llyw.cymru/newyddion', 'http://www.sirgar.llyw.cymru/newyddion'],
    ['  https://www.facebook.com/CarmsCouncil/posts/1  ', 'https://www.facebook.com/CarmsCouncil/posts/1'],
    ['HTTPS://EXAMPLE.COM/a b?q="<x>"', 'https://example.com/a%20b?q=%22%3Cx%3E%22'],
  ])('links %s', (input, href) => {
    expect(safeHttpUrl(input)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'posts/1',
    'https://',
    'https://user:secret@example.com/',
    '',
  ])('does not link %j', (input) => {
    expect(safeHttpUrl(input)).toBeUndefined();
  });

  it('does not link a missing URL', () => {
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });
});
