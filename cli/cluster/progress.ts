/** The one-line-per-step progress of `capstan up`: `✔ postgres      127.0.0.1:5432/capstan  (45 ms)`. */

/** Wide enough for every step name (`agent-node-1`); longer names push their line out. */
const NAME_WIDTH = 12;

/** A step that went on despite a problem: shown with `!` instead of `✔`. */
export interface StepWarning {
  warning: string;
}

export class Progress {
  constructor(
    private readonly write: (text: string) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Runs one step and prints its line: the detail it returned and how long it took, or ✘. */
  async step<T>(name: string, run: () => Promise<T>, detail: (value: T) => string | StepWarning): Promise<T> {
    const started = this.now();
    try {
      const value = await run();
      const shown = detail(value);
      if (typeof shown === 'string') this.line('✔', name, shown, started);
      else this.line('!', name, shown.warning, started);
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
