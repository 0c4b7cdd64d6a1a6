/**
 * Test fixture: an "agent" that starts containers through the process runtime, prints their ids
 * as one JSON line, and then waits to be killed (SIGKILL: no close, no cleanup), as an agent that
 * crashes or is restarted would.
 *
 * Usage: node --import tsx readopt-fixture.ts <stateDir> <podDir>
 */
import path from 'node:path';
import { createProcessRuntime } from '../process.ts';
import { containerConfig, sandboxConfig } from './test-support.ts';

const [stateDir, podDir] = process.argv.slice(2) as [string, string];
const runtime = createProcessRuntime({ stateDir });
await runtime.init();
await runtime.runSandbox(sandboxConfig('adopt', podDir, { ip: '127.64.9.7', labels: { 'capstan.io/pod': 'default/web' } }));

const ids: Record<string, string> = {};
const containers = {
  // Runs until stopped; says goodbye with exit code 7.
  server: 'trap "echo got TERM; exit 7" TERM; echo started; i=0; while :; do sleep 0.1; i=$((i+1)); [ $i = 20 ] && echo still here; done',
  // Ends with 5 once the test creates `done-early` (while no agent runs).
  early: `while [ ! -e ${path.join(podDir, 'done-early')} ]; do sleep 0.05; done; exit 5`,
  // Ends with 6 once the test creates `done-late` (after the new agent adopted it).
  late: `while [ ! -e ${path.join(podDir, 'done-late')} ]; do sleep 0.05; done; exit 6`,
};
for (const [name, script] of Object.entries(containers)) {
  ids[name] = await runtime.createContainer('adopt', containerConfig(podDir, name, script));
  await runtime.startContainer(ids[name]!);
}
process.stdout.write(`${JSON.stringify(ids)}\n`);
setInterval(() => {}, 60_000);
