/** How many documents a memo remembers: a post, its published view, its pair and a few more in flight. */
const SIZE = 8;

/**
 * A value computed once per document (its tokens, its language segments...), remembered for the
 * last few documents by identity. In place of a WeakMap: the engine makes several new objects
 * per post, and a WeakMap entry for each cost about a microsecond to add and more in garbage
 * collection. A document pushed out by later ones is computed again if asked for (the same value).
 */
export class DocMemo<K extends object, V> {
  private readonly keys: Array<K | undefined> = new Array<K | undefined>(SIZE).fill(undefined);
  private readonly values: Array<V | undefined> = new Array<V | undefined>(SIZE).fill(undefined);
  private next = 0;

  constructor(private readonly compute: (key: K) => V) {}

  get(key: K): V {
    const keys = this.keys;
    for (let i = 0; i < SIZE; i++) if (keys[i] === key) return this.values[i] as V;
    const value = this.compute(key);
    const at = this.next;
    this.next = (at + 1) % SIZE;
    keys[at] = key;
    this.values[at] = value;
    return value;
  }
}
