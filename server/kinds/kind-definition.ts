import { apiGroup, type KindInfo } from '../../api/kinds.ts';
import type { FieldError } from '../errors.ts';
import type { KObject } from './types.ts';

export { apiGroup };

/**
 * What the API server and the store need to know about one kind: its names and scope (from the
 * kind table in `api/kinds.ts`, spread in as `...KIND_TABLE.Pod`), defaults, validation and field
 * selectors. One object per kind, collected in `registry.ts`.
 */
export interface KindDefinition extends KindInfo {
  /** whether spec changes bump metadata.generation (kinds with a spec) */
  hasSpec: boolean;
  /** whether writes through the main endpoint ignore .status (status sub-resource) */
  hasStatusSubresource: boolean;
  /**
   * whether a create drops a given .status: its controllers or the kubelet own it (Pods,
   * workloads, Services, volumes); other kinds (Namespaces, Nodes, …) keep what the creator wrote
   */
  statusResetOnCreate: boolean;
  /** how deleting one differs from the plain rules (finalizers, propagation); default: it does not */
  deletion?: DeletionRules;
  /** fill Kubernetes defaults in place (called on create and on every update) */
  applyDefaults(obj: KObject): void;
  /** every problem, with Kubernetes-style field paths; does not throw */
  validate(obj: KObject, old?: KObject): FieldError[];
  /** fields this kind accepts in field selectors, with how to read them */
  fieldSelectors: Record<string, (obj: KObject) => string | undefined>;
}


/** A kind's own deletion rules, which the store applies to every delete of that kind. */
export interface DeletionRules {
  /** names that may never be deleted (FORBIDDEN): the system namespaces */
  protectedNames?: ReadonlySet<string>;
  /**
   * a delete with a grace period only marks an object bound to a node (`spec.nodeName`); the
   * node's agent stops it and confirms with a delete of grace 0 (pods)
   */
  waitsForNode?: boolean;
}

/** `metadata.name` and `metadata.namespace`, which every kind accepts in field selectors. */
export const METADATA_FIELD_SELECTORS: Record<string, (obj: KObject) => string | undefined> = {
  'metadata.name': (obj) => obj.metadata?.name,
  'metadata.namespace': (obj) => obj.metadata?.namespace,
};
