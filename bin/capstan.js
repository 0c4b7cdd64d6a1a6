#!/usr/bin/env node
// The `capstan` executable: Capstan is TypeScript run by tsx, so register tsx's ESM loader
// (what `node --import tsx` does) and hand over to the command dispatcher in cli/main.ts.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

// The project's tsconfig, not one found from wherever `capstan` is started.
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });

const { main } = await import('../cli/main.ts');
const code = await main(process.argv.slice(2));
if (code !== undefined) process.exitCode = code;
