import type { Yaml } from './yaml-module.js';
import { pointerSegments } from './yaml-locate.js';

/** A node js-yaml composed: where its reading began and ended, what it built, what it holds. */
interface Frame {
  start: number;
  end: number;
  result: unknown;
  children?: Frame[];
}

/**
 * Where a JSON Pointer's value (or key) starts, read from the nodes js-yaml composes as it
 * loads the file (its `listener`), for the same answers as `yamlLocator` on the YAML library's
 * document: a file with thousands of schema errors (an account listing 8,000 admins) is
 * located without a second, ten times slower parse. `undefined` when the answer is not certain
 * here (a null value, a tag, a pair in a list, an explicit key...): the caller asks the full
 * document then.
 */
export function spanLocator(yaml: Yaml, text: string): (pointer: string, key?: string) => number | undefined {
  const root = composedNodes(yaml, text);
  return (pointer, key) => {
    if (!root) return undefined;
    const segments = pointerSegments(pointer);
    if (key !== undefined) segments.push(key);
    let frame: Frame | undefined = root;
    let offset = contentStart(text, root.start);
    if (offset === undefined || text.startsWith('---', offset) || text[offset] === '%') return undefined;
    for (let i = 0; i < segments.length && frame; i++) {
      const seg = segments[i];
      frame = unwrapped(frame);
      const { result } = frame;
      const children = frame.children ?? [];
      if (Array.isArray(result)) {
        if (children.length !== result.length) return undefined;
        const item: Frame | undefined = /^\d+$/.test(seg) ? children[Number(seg)] : undefined;
        if (!item) break;
        const at = valueStart(text, item);
        if (at === undefined) return undefined;
        offset = at;
        frame = item;
      } else if (isObject(result)) {
        if (!Object.hasOwn(result, seg)) break;
        const k = children.findIndex((c) => isKey(text, c, seg));
        const value = children[k + 1];
        if (k < 0 || !value || isKey(text, value)) return undefined;
        const atKey = (key !== undefined && i === segments.length - 1) || isObject(value.result);
        const at = atKey ? children[k].start : valueStart(text, value);
        if (at === undefined) return undefined;
        offset = at;
        frame = value;
      } else break;
    }
    return offset;
  };
}

/** Loads the text again with a listener that keeps every node's reading span and children. */
function composedNodes(yaml: Yaml, text: string): Frame | undefined {
  const top: Frame = { start: 0, end: 0, result: undefined };
  const stack: Frame[] = [top];
  const listener = (event: 'open' | 'close', state: { position: number; result: unknown }) => {
    if (event === 'open') {
      stack.push({ start: state.position, end: state.position, result: undefined });
      return;
    }
    const frame = stack.pop()!;
    frame.end = state.position;
    frame.result = state.result;
    const parent = stack[stack.length - 1];
    (parent.children ??= []).push(frame);
  };
  try {
    yaml.fastLoad(text, { schema: yaml.CORE_SCHEMA, listener });
  } catch {
    return undefined;
  }
  return top.children?.length === 1 ? top.children[0] : undefined;
}

/**
 * The node itself: js-yaml tries a block mapping first, so a value that is not one (a flow
 * mapping, a list, a scalar) is composed once more inside, as the would-be key of a mapping.
 */
function unwrapped(frame: Frame): Frame {
  while (frame.children?.length === 1 && frame.children[0].result === frame.result) frame = frame.children[0];
  return frame;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object';

/** A mapping's key: a scalar (`seg` when given) followed on its line by a colon. */
function isKey(text: string, frame: Frame, seg?: string): boolean {
  if (isObject(frame.result) || frame.result === undefined) return false;
  if (seg !== undefined && String(frame.result) !== seg) return false;
  let i = frame.end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === ':';
}

/** Where a value's text starts; undefined for a null (its place is the YAML library's to say) or a tagged one. */
function valueStart(text: string, frame: Frame): number | undefined {
  if (frame.result === null || frame.result === undefined) return undefined;
  const at = contentStart(text, frame.start);
  return at === undefined || '!&*?'.includes(text[at]) ? undefined : at;
}

/** The first character after spaces, line breaks and comments from `i`. */
function contentStart(text: string, i: number): number | undefined {
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\uFEFF') i++;
    else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) {
      const nl = text.indexOf('\n', i);
      if (nl < 0) return undefined;
      i = nl + 1;
    } else return i < text.length ? i : undefined;
  }
}
