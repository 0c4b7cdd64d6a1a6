/** The one-line-per-step progress of `capstan up`: `✔ postgres    127.0.0.1:5432/capstan  (45 ms)`. */

/** Wide enough for every step name (`migrations`); longer names push their line out. */
const NAME_WIDTH = 10;

export class Progress {
  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs one step and prints its line: the detail it returned and how long it took, or ✘. */
  async step<T>(name: string, run: () => Promise<T>, detail: (value: T) => string): Promise<T> {
    const started = this.now();
    try {
      const value = await run();
      this.line('✔', name, detail(value), started);
      return value;
    } catch (err) {
      this.line('✘', name, '', started);
      throw err;
    }
  }

  private line(mark: string, name: string, detail: string, started: number): void {
    const ms = Math.round(this.now() - started);
    const took = ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms} ms`;
    this.write(`${mark} ${name.padEnd(NAME_WIDTH)}  ${detail ? `${detail}  ` : ''}(${took})\n`);
  }
}
