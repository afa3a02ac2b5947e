/**
 * Text from a user's files goes to a terminal (a draft's words, a file name): an escape sequence in a post must not be able to recolour,
 * move the cursor or retitle the window, and a line break must not break the layout. Line
 * breaks become '↵', tabs a space, other control characters their visible Control Pictures.
 */
export function printable(text: string): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029]|[\u0000-\u001f\u007f-\u009f]/g, (c) => {
    if (c.length === 2 || c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029') return '↵';
    if (c === '\t') return ' ';
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}
