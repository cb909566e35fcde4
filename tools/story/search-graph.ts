/** The states a chapter's search expanded and how they connect, for the endless-loop check. */
export class SearchGraph {
  readonly expanded = new Set<string>();
  readonly unfinished = new Set<string>();
  /** States with a way out: an end, a new chapter, an error (reported on its own). */
  readonly exits = new Set<string>();
  private readonly into = new Map<string, string[]>();
  private readonly where = new Map<string, string | null>();

  /** Records that `from` leads to `to`; `path` is the last line read on the way. */
  edge(from: string, to: string, path: string | null): void {
    const list = this.into.get(to) ?? [];
    list.push(from);
    this.into.set(to, list);
    if (!this.where.has(to)) this.where.set(to, path);
  }

  /** States from which no sequence of choices reaches an end or the next chapter. */
  traps(): { count: number; path: string | null } {
    const free = new Set([...this.exits, ...this.unfinished]);
    const queue = [...free];
    for (let key = queue.pop(); key !== undefined; key = queue.pop())
      for (const from of this.into.get(key) ?? [])
        if (!free.has(from)) {
          free.add(from);
          queue.push(from);
        }
    const trapped = [...this.expanded].filter((k) => !free.has(k));
    return {
      count: trapped.length,
      path: trapped[0] ? (this.where.get(trapped[0]) ?? null) : null,
    };
  }
}
