/**
 * What every resolver gets: the store and watch hub, who is asking, and the one way to ask
 * whether they may. Built per HTTP request and per graphql-ws operation.
 */
import type { Logger } from 'pino';
import type { RequestDetails, Resource, Verb } from '../auth/authorize.ts';
import type { Authorizer } from '../auth/authorize.ts';
import type { Store } from '../store/store.ts';
import type { Identity } from '../store/types.ts';
import type { WatchHub } from '../watch/hub.ts';
import type { ApiLimits } from './limits.ts';
import type { LogRelay } from './logs/log-relay.ts';
import type { StreamRelay } from './streams/stream-relay.ts';
import type { WatchCounter } from './watch-stream.ts';

export interface ApiContext {
  store: Store;
  hub: WatchHub;
  identity: Identity;
  logger: Logger;
  limits: ApiLimits;
  /** Counts the watches this server is serving (the active-subscriptions gauge). */
  watches: WatchCounter;
  /** The pod-log relay between readers and the agents connected to this server. */
  logRelay: LogRelay;
  /** The pod stream relay (exec, attach, port-forward) between clients and the agents connected to this server. */
  streamRelay: StreamRelay;
  /**
   * Makes credentials of identities that `match` stop working in this process at once: drops
   * them from the authentication cache and closes their WebSocket connections (after a revoke).
   */
  revokeIdentities(match: (identity: Identity) => boolean, reason: string): void;
  /** The authorizer behind `authorize`, for questions about access (canI, as another identity). */
  authorizer: Authorizer;
  /** Throws FORBIDDEN unless `identity` may do `verb` on the object or collection. */
  authorize(verb: Verb, resource: Resource, namespace?: string, name?: string, details?: RequestDetails): Promise<void>;
}
