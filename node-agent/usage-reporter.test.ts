import { readFileSync } from 'node:fs';
import { buildSchema, getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { PodUsage } from './runtime/pod-usage.ts';
import { REPORT_USAGE, UsageReporter, type UsageReportVariables } from './usage-reporter.ts';

function reporterWith(samples: { pods: PodUsage[]; nodeCpu: number; at: number }[]) {
  let i = -1;
  const sent: UsageReportVariables[] = [];
  const reporter = new UsageReporter({
    client: { request: async (_q, v) => void sent.push((v as { report: UsageReportVariables }).report) as never },
    nodeName: 'n1',
    podUsage: async () => samples[++i]!.pods,
    pods: () => [
      { uid: 'u1', namespace: 'default', name: 'busy', containers: ['main', 'side'] },
      { uid: 'u2', namespace: 'default', name: 'idle', containers: ['c'] },
    ],
    nodeUsage: () => ({ cpuSeconds: samples[i]!.nodeCpu, memoryWorkingSetBytes: 4096 }),
    log: pino({ level: 'silent' }),
    now: () => samples[i]!.at,
  });
  return { reporter, sent };
}

describe('UsageReporter', () => {
  it('sends nothing for the first window, then each pod and the node over the window that ended', async () => {
    const { reporter, sent } = reporterWith([
      { pods: [{ uid: 'u1', cpuSeconds: 10, memoryBytes: 100 }, { uid: 'u2', cpuSeconds: 1, memoryBytes: 50 }], nodeCpu: 1000, at: 0 },
      { pods: [{ uid: 'u1', cpuSeconds: 25, memoryBytes: 200 }, { uid: 'u2', cpuSeconds: 1, memoryBytes: 60 }], nodeCpu: 1030, at: 15_000 },
    ]);
    expect(await reporter.tick()).toBeUndefined();
    await reporter.tick();
    expect(sent).toEqual([
      {
        nodeName: 'n1',
        windowSeconds: 15,
        node: { cpuNanocores: 2_000_000_000, memoryBytes: 4096 },
        pods: [
          // A runtime that measures the pod as a whole: its usage goes on the first container.
          { namespace: 'default', name: 'busy', containers: [{ name: 'main', cpuNanocores: 1_000_000_000, memoryBytes: 200 }] },
          { namespace: 'default', name: 'idle', containers: [{ name: 'c', cpuNanocores: 0, memoryBytes: 60 }] },
        ],
      },
    ]);
  });

  it('reports each container when the runtime measures them apart, and leaves out a pod seen for the first time', async () => {
    const { reporter } = reporterWith([
      { pods: [{ uid: 'u1', cpuSeconds: 2, memoryBytes: 30, containers: [{ name: 'main', cpuSeconds: 1, memoryBytes: 10 }, { name: 'side', cpuSeconds: 1, memoryBytes: 20 }] }], nodeCpu: 0, at: 0 },
      {
        pods: [
          { uid: 'u1', cpuSeconds: 3, memoryBytes: 30, containers: [{ name: 'main', cpuSeconds: 1.5, memoryBytes: 10 }, { name: 'side', cpuSeconds: 1.5, memoryBytes: 20 }] },
          { uid: 'u2', cpuSeconds: 5, memoryBytes: 1 },
        ],
        nodeCpu: 1,
        at: 1_000,
      },
    ]);
    await reporter.measure();
    const report = await reporter.measure();
    expect(report?.pods).toEqual([
      {
        namespace: 'default',
        name: 'busy',
        containers: [
          { name: 'main', cpuNanocores: 500_000_000, memoryBytes: 10 },
          { name: 'side', cpuNanocores: 500_000_000, memoryBytes: 20 },
        ],
      },
    ]);
  });
});

describe('UsageReporter.stop', () => {
  it('abandons a report the server does not answer, so stopping the agent does not wait for it', async () => {
    let t = 0;
    let asked!: () => void;
    const sent = new Promise<void>((r) => (asked = r));
    const reporter = new UsageReporter({
      client: {
        request: (_q, _v, signal) =>
          new Promise((_, reject) => {
            asked();
            signal?.addEventListener('abort', () => reject(new Error('aborted')));
          }),
      },
      nodeName: 'n1',
      intervalMs: 10,
      podUsage: async () => [],
      pods: () => [],
      nodeUsage: () => ({ cpuSeconds: t, memoryWorkingSetBytes: 1 }),
      log: pino({ level: 'silent' }),
      now: () => (t += 1000),
    });
    reporter.start();
    await sent;
    await reporter.stop();
  });
});

describe('REPORT_USAGE', () => {
  it('is valid against schema.graphql and takes a report as the reporter builds it', () => {
    const schema = buildSchema(readFileSync(new URL('../schema.graphql', import.meta.url), 'utf8'));
    const doc = parse(REPORT_USAGE);
    expect(validate(schema, doc).map((e) => e.message)).toEqual([]);
    const report: UsageReportVariables = { nodeName: 'n1', windowSeconds: 15, node: null, pods: [{ namespace: 'default', name: 'p', containers: [{ name: 'c', cpuNanocores: 1, memoryBytes: 2 }] }] };
    const op = doc.definitions[0] as OperationDefinitionNode;
    expect(getVariableValues(schema, op.variableDefinitions ?? [], { report }).errors).toBeUndefined();
  });
});
