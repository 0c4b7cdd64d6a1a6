import type { ExecutionResult } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema, parse } from './graphql-js.ts';
import { sharedSubscribe } from './shared-subscribe.ts';

const schema = buildSchema(`
  type Thing { name: String }
  type Event { type: String, resourceVersion: String, object: Thing }
  type Query { ok: Boolean }
  type Subscription { things(prefix: String): Event }
`);

/** A schema whose subscribers all get the same event objects, counting how often `name` is resolved. */
function harness(events: { type: string; resourceVersion: string; object: object }[]) {
  let resolved = 0;
  const rootValue = {
    things: async function* () {
      yield* events;
    },
  };
  const fieldResolver = (source: Record<string, unknown>, args: unknown, ctx: unknown, info: { fieldName: string }) => {
    if (info.fieldName === 'name') resolved++;
    // The root field's value is the event itself (as Capstan's watch resolvers do).
    return info.fieldName === 'things' ? source : source[info.fieldName];
  };
  const subscribe = async (query: string, variableValues?: Record<string, unknown>) => {
    const it = (await sharedSubscribe({ schema, document: parse(query), rootValue, fieldResolver: fieldResolver as never, variableValues })) as AsyncGenerator<ExecutionResult>;
    const out: ExecutionResult[] = [];
    for await (const r of it) out.push(r);
    return out;
  };
  return { subscribe, resolved: () => resolved };
}

const QUERY = 'subscription($p: String) { things(prefix: $p) { type resourceVersion object { name } } }';

describe('sharedSubscribe', () => {
  it('executes each event once for all subscribers of one operation and hands each the same result', async () => {
    const thing = { name: 'a' };
    const h = harness([{ type: 'ADDED', resourceVersion: '1', object: thing }]);
    const [one, two, three] = await Promise.all([h.subscribe(QUERY), h.subscribe(QUERY), h.subscribe(QUERY)]);
    expect(h.resolved()).toBe(1);
    expect(one).toEqual([{ data: { things: { type: 'ADDED', resourceVersion: '1', object: { name: 'a' } } } }]);
    expect(two![0]).toBe(one![0]);
    expect(three![0]).toBe(one![0]);
  });

  it('executes again for another operation or other variables', async () => {
    const thing = { name: 'b' };
    const h = harness([{ type: 'MODIFIED', resourceVersion: '2', object: thing }]);
    await Promise.all([h.subscribe(QUERY, { p: 'x' }), h.subscribe(QUERY, { p: 'y' }), h.subscribe('subscription { things { object { name } } }')]);
    expect(h.resolved()).toBe(3);
  });
});
