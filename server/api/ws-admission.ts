/**
 * Admission of graphql-ws operations: each `subscribe` message takes a token from its identity's
 * bucket and, once parsed and validated (here rather than in graphql-ws, so that the operation's
 * type is known), a place: a subscription counts against its connection's and its identity's
 * caps until it completes, a query or mutation against the identity's requests in flight.
 */
import type { ExecutionArgs, GraphQLSchema, ValidationRule } from 'graphql';
import type { SubscribePayload } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { Identity } from '../store/types.ts';
import { TooManyRequestsError, type FairnessGate, type Release } from './fairness.ts';
import { getOperationAST, GraphQLError, parse, specifiedRules, validate } from './graphql-js.ts';
import { assertInputDepth, type ApiLimits } from './limits.ts';
import { graphqlLevel, type PriorityGate } from './priority.ts';

export interface WsAdmissionOptions {
  schema: GraphQLSchema;
  /** Validation rules beside graphql's own (limits.ts). */
  rules: ValidationRule[];
  gate: FairnessGate;
  /** Seats by priority level, shared with HTTP (priority.ts): a query or mutation holds one until it completes. */
  priority?: PriorityGate;
  limits: Pick<ApiLimits, 'maxSubscriptionsPerSocket' | 'maxInputDepth' | 'maxQueryTokens'>;
}

function refusal(err: Error): GraphQLError[] {
  return [new GraphQLError(err.message, { originalError: err })];
}

export class WsAdmission {
  /** What each connection's operations hold, by operation id. */
  private readonly held = new Map<WebSocket, Map<string, { release: Release; subscription: boolean }>>();

  constructor(private readonly opts: WsAdmissionOptions) {}

  /**
   * The execution arguments of a `subscribe` message, or the errors that refuse it (over a
   * quota: UNAVAILABLE; unparsable, invalid or too deep: INVALID).
   */
  async admit(socket: WebSocket, identity: Identity, id: string, payload: SubscribePayload): Promise<ExecutionArgs | readonly GraphQLError[]> {
    const { gate, schema, limits } = this.opts;
    try {
      gate.take(identity);
      assertInputDepth(payload.variables ?? null, limits, 'variables');
    } catch (err) {
      return refusal(err as Error);
    }
    let document;
    try {
      document = parse(payload.query, { maxTokens: limits.maxQueryTokens });
    } catch (err) {
      return [err as GraphQLError];
    }
    const errors = validate(schema, document, [...specifiedRules, ...this.opts.rules]);
    if (errors.length > 0) return errors;
    const op = getOperationAST(document, payload.operationName);
    const subscription = op?.operation === 'subscription';
    let own = this.held.get(socket);
    try {
      const subscriptions = own ? [...own.values()].filter((h) => h.subscription).length : 0;
      if (subscription && limits.maxSubscriptionsPerSocket > 0 && subscriptions >= limits.maxSubscriptionsPerSocket) {
        throw new TooManyRequestsError(
          `too many subscriptions on this connection: at most ${limits.maxSubscriptionsPerSocket}; end some, or open another connection`,
          10,
        );
      }
      const held = subscription ? gate.subscribe(identity) : gate.admitInFlight(identity);
      let release = held;
      if (!subscription && op && this.opts.priority) {
        try {
          const seat = await this.opts.priority.acquire(graphqlLevel(identity, op, payload.variables ?? undefined));
          release = () => {
            seat();
            held();
          };
        } catch (err) {
          held();
          throw err;
        }
        // The socket closed while the operation waited for its seat.
        if (socket.readyState !== socket.OPEN) {
          release();
          return refusal(new TooManyRequestsError('the connection closed while the operation waited for a seat', 1));
        }
      }
      own = this.held.get(socket);
      if (!own) {
        this.held.set(socket, (own = new Map()));
        socket.once('close', () => this.releaseAll(socket));
      }
      own.get(id)?.release();
      own.set(id, { release, subscription });
    } catch (err) {
      return refusal(err as Error);
    }
    return { schema, document, variableValues: payload.variables ?? undefined, operationName: payload.operationName ?? undefined };
  }

  /** The operation completed (or was completed by the client): its place is free. */
  complete(socket: WebSocket, id: string): void {
    const own = this.held.get(socket);
    own?.get(id)?.release();
    own?.delete(id);
  }

  /** Subscriptions and requests a connection holds now. */
  usage(socket: WebSocket): number {
    return this.held.get(socket)?.size ?? 0;
  }

  private releaseAll(socket: WebSocket): void {
    const own = this.held.get(socket);
    this.held.delete(socket);
    for (const h of own?.values() ?? []) h.release();
  }
}
