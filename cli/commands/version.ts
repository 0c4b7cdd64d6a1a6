import { readFile } from 'node:fs/promises';
import type { Command } from '../command.ts';

export const versionCommand: Command = {
  name: 'version',
  summary: "Print Capstan's version",
  flags: [],
  async run(_input, ctx) {
    const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    ctx.stdout(`capstan ${pkg.version} (node ${process.version}, ${process.platform}/${process.arch})\n`);
    return 0;
  },
};
