/**
 * Group commit (ADR 0015): the items of callers that arrive while a statement is running are written
 * together by the next one, as one multi-row statement. A commit costs a WAL flush on PostgreSQL and
 * a statement costs its planning in WASM on PGlite; a group pays these once for all its items. Nobody
 * waits for a timer: an item that finds a free slot goes at once (alone, when the database is idle),
 * so at low load nothing changes and under load the groups grow by themselves.
 *
 * When a group's statement fails, every item of it is tried again on its own: one bad item (a
 * constraint it breaks) fails only its own caller, and the others are written as if alone.
 */
export class Grouper<Item, Result> {
  private waiting: { item: Item; resolve: (r: Result) => void; reject: (e: unknown) => void }[] = [];
  private running = 0;
  private scheduled = false;

  /**
   * @param write writes items in one statement and answers one result per item, in their order
   * @param slots statements at once (PGlite: 1, it has one connection; a server: a few, below its pool)
   * @param maxItems the largest group (keeps one statement's parameters and time bounded)
   */
  constructor(
    private readonly write: (items: Item[]) => Promise<Result[]>,
    private readonly slots: number,
    private readonly maxItems: number,
  ) {}

  submit(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /**
   * Starts the next groups after the event loop's current turn (setImmediate): the requests whose
   * data has arrived meanwhile join first. This matters most on PGlite, whose statement runs on this
   * same thread: while it runs no request is read, so right after it the waiting ones come in at once.
   */
  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.next();
    });
  }

  private next(): void {
    while (this.running < this.slots && this.waiting.length > 0) {
      const group = this.waiting.splice(0, this.maxItems);
      this.running++;
      void this.run(group).finally(() => {
        this.running--;
        this.schedule();
      });
    }
  }

  private async run(group: typeof this.waiting): Promise<void> {
    try {
      const results = await this.write(group.map((g) => g.item));
      group.forEach((g, i) => g.resolve(results[i]!));
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      // Each on its own: the failure belongs to one item (or to all, who then each get it).
      await Promise.all(
        group.map(async (g) => {
          try {
            g.resolve((await this.write([g.item]))[0]!);
          } catch (own) {
            g.reject(own);
          }
        }),
      );
    }
  }
}
