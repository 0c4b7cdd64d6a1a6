/**
 * Subscriptions that share their work. graphql-js executes a subscription's selection set once
 * per event per subscriber; ten dashboards watching every pod would serialise each pod event
 * ten times. Here the result of one event under one operation (same document, same variables)
 * is computed once and handed to every subscriber that receives that event. The cache is keyed
 * by the event's object itself (the hub hands the same object to every watch), so it lives as
 * long as the event does.
 */
import type { ExecutionArgs, ExecutionResult } from 'graphql';
import { timingAtSend } from '../watch/delivery-timing.ts';
import { createSourceEventStream, execute, print } from './graphql-js.ts';
import type { ApiWatchEvent } from './types.ts';

type Result = ExecutionResult | Promise<ExecutionResult>;

/** One event's result under one operation; the type differs between watchers whose selectors it enters or leaves. */
type Shared = { type: string; resourceVersion: string; result: Result };

/**
 * By event object, then by operation key. A subscription looks its results up with the same
 * key string every time, whose hash V8 keeps: a key built per delivery (operation text plus
 * event) had to be hashed anew for each of them.
 */
const results = new WeakMap<object, Map<string, Shared[]>>();

/**
 * An operation's identity: who asks (resolvers may answer identities differently), its text,
 * operation name and variables.
 */
function operationKey(args: ExecutionArgs): string {
  const user = (args.contextValue as { identity?: { user?: string } } | undefined)?.identity?.user ?? '';
  return `${user}\u0000${args.operationName ?? ''}\u0000${print(args.document)}\u0000${JSON.stringify(args.variableValues ?? {})}`;
}

/** The stream yields watch events (server/api/watch-stream.ts); anything else is not shared. */
function eventObject(payload: unknown): object | undefined {
  const obj = (payload as ApiWatchEvent | null)?.object;
  return obj && typeof obj === 'object' ? obj : undefined;
}

/** Drop-in for graphql-js `subscribe`, sharing per-event execution between subscribers. */
export async function sharedSubscribe(args: ExecutionArgs): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
  const source = await createSourceEventStream(args);
  if (!(Symbol.asyncIterator in Object(source))) return source as ExecutionResult;
  const stream = source as AsyncIterator<unknown> & AsyncIterable<unknown>;
  const opKey = operationKey(args);
  const run = (payload: unknown): Result => {
    const object = eventObject(payload);
    if (!object) return execute({ ...args, rootValue: payload });
    let byOperation = results.get(object);
    if (!byOperation) results.set(object, (byOperation = new Map()));
    let shared = byOperation.get(opKey);
    if (!shared) byOperation.set(opKey, (shared = []));
    const { type, resourceVersion } = payload as ApiWatchEvent;
    for (const s of shared) if (s.type === type && s.resourceVersion === resourceVersion) return s.result;
    const result = execute({ ...args, rootValue: payload });
    shared.push({ type, resourceVersion, result });
    return result;
  };
  // A hand-written iterator, not an async generator: a generator hears `return()` only after
  // its pending `next()` settles, i.e. after the source's next event, so an unsubscribed watch
  // on a quiet stream would live on. Like graphql-js's mapAsyncIterator, `return()` goes to the
  // source at once.
  const mapped: AsyncGenerator<ExecutionResult> = {
    async next() {
      const step = await stream.next();
      if (step.done) return { done: true, value: undefined };
      const executed = run(step.value);
      const result = executed instanceof Promise ? await executed : executed;
      // Only when the hub stamps events (deliveryTiming): this subscriber's copy carries them.
      const object = eventObject(step.value);
      const timing = object && timingAtSend(object);
      return { done: false, value: timing ? { ...result, extensions: { ...result.extensions, watchTiming: timing } } : result };
    },
    async return() {
      await stream.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (stream.throw) await stream.throw(error);
      else await stream.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return mapped;
}
