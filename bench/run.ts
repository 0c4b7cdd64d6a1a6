/**
 * `npm run bench -- <name> [--quick]`: runs one benchmark. Each prints its configuration and
 * figures, and as its last line one JSON object with them. `--quick` is the small smoke that
 * CI runs (`--list` names them all); without it the sizes are the ones the README's figures come from.
 */
const BENCHES: Record<string, () => Promise<{ run(argv: string[]): Promise<void> }>> = {
  api: () => import('./api.ts'),
  watch: () => import('./watch.ts'),
  scheduler: () => import('./scheduler.ts'),
  startup: () => import('./startup.ts'),
  nodes: () => import('./nodes.ts'),
  rest: () => import('./rest.ts'),
  etcd: () => import('./etcd.ts'),
  rbac: () => import('./rbac.ts'),
  gc: () => import('./gc.ts'),
  history: () => import('./history.ts'),
  cli: () => import('./cli.ts'),
  scale: () => import('./scale.ts'),
  relay: () => import('./relay.ts'),
  usage: () => import('./usage.ts'),
  'claim-list': () => import('./claim-list.ts'),
};

const [name, ...rest] = process.argv.slice(2);
if (name === '--list') {
  // For .ci/run's smoke of every benchmark.
  console.log(Object.keys(BENCHES).join(' '));
  process.exit(0);
}
if (!name || !(name in BENCHES)) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [--quick]`);
  process.exit(2);
}
const mod = await BENCHES[name]!();
await mod.run(rest);
process.exit(0);
