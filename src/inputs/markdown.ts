import { Lexer, type Token, type Tokens } from 'marked';
import type { InlineImage, Link } from '../model/index.js';
import { reveal } from './prose.js';

/**
 * Reveals the prose of a Markdown body in `prose` (initially blank) and returns its links.
 * Code, HTML, images and link targets stay blank: link URLs are checked by link rules only.
 * marked turns CRLF into LF, so the body is lexed with each CR replaced by a space, which
 * keeps every offset equal to the source's.
 */
export function revealMarkdown(text: string, prose: string[], from: number, to: number): { links: Link[]; images: InlineImage[] } {
  const body = text.slice(from, to).replace(/\r/g, ' ');
  const links: Link[] = [];
  const images: InlineImage[] = [];
  const walk = (tokens: Token[], start: number, end: number): void => {
    let cursor = start;
    for (const token of tokens) {
      if (!token.raw) continue;
      const at = body.indexOf(token.raw, cursor - from);
      if (at === -1 || from + at + token.raw.length > end) continue;
      const pos = from + at;
      cursor = pos + token.raw.length;
      visit(token, pos, cursor);
    }
  };
  const visit = (token: Token, start: number, end: number): void => {
    switch (token.type) {
      case 'image': {
        const image = token as Tokens.Image;
        images.push({ path: image.href, alt: image.text, start, end });
        return;
      }
      case 'code':
      case 'codespan':
      case 'html':
      case 'hr':
      case 'space':
      case 'def':
        return;
      case 'text':
      case 'escape':
        if ('tokens' in token && token.tokens?.length) walk(token.tokens, start, end);
        else reveal(prose, text, start, end);
        return;
      case 'link': {
        const link = token as Tokens.Link;
        // A bare or angle-bracket URL or e-mail address is a link, not prose; so is a link
        // whose text is its own address. The URL recorded is the one written in the text
        // (marked turns "www.x" into "http://www.x").
        const autolink = link.raw === link.text || link.raw === `<${link.text}>`;
        const url = autolink ? link.text : link.href;
        const target = autolink ? text.indexOf(url, start) : text.indexOf(url, text.indexOf('](', start) + 2);
        links.push(target >= start && target + url.length <= end ? { url, start: target, end: target + url.length } : { url, start, end });
        if (!autolink && link.text.trim() !== link.href && link.tokens) walk(link.tokens, start, end);
        return;
      }
      case 'list':
        walk((token as Tokens.List).items, start, end);
        return;
      case 'table': {
        const table = token as Tokens.Table;
        const cells = [...table.header, ...table.rows.flat()];
        let cursor = start;
        for (const cell of cells) {
          const at = text.indexOf(cell.text, cursor);
          if (at === -1 || at > end) continue;
          walk(cell.tokens, at, Math.min(end, at + cell.text.length));
          cursor = at + cell.text.length;
        }
        return;
      }
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens as Token[], start, end);
    }
  };
  // Without GFM: its extra grammar costs ~6 ms to compile on first use, and what it adds is
  // harmless as prose (table pipes, ~~) or found anyway (bare URLs and e-mail addresses).
  walk(Lexer.lex(body, { gfm: false }), from, to);
  return { links, images };
}
