import { readFileSync } from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../codegen.ts';

const root = new URL('../', import.meta.url);

describe('the generated API module', () => {
  it('is what `npm run codegen` makes of schema.graphql and the documents today (run it after changing either)', async () => {
    const outputs = (await generate({ ...config, cwd: root.pathname, silent: true }, false)) as { filename: string; content: string }[];
    expect(outputs.map((o) => o.filename).sort()).toEqual(Object.keys(config.generates).sort());
    for (const { filename, content } of outputs) {
      const committed = readFileSync(new URL(filename, root), 'utf8');
      expect(committed === content, `${filename} is out of date: run \`npm run codegen\``).toBe(true);
    }
  }, 60_000);
});
