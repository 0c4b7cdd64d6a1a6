import type { FieldError } from '../errors.ts';
import type { KindName, KObject } from './types.ts';

/**
 * What the API server and the store need to know about one kind: its names, scope, defaults,
 * validation and field selectors. One object per kind, collected in `registry.ts`.
 */
export interface KindDefinition {
  kind: KindName;
  /** 'v1', 'apps/v1', 'coordination.k8s.io/v1' */
  apiVersion: string;
  /** 'pods' */
  plural: string;
  /** 'pod' */
  singular: string;
  /** kubectl's short names ('po'); may be empty. */
  shortNames: string[];
  namespaced: boolean;
  /** whether spec changes bump metadata.generation (kinds with a spec) */
  hasSpec: boolean;
  /** whether writes through the main endpoint ignore .status (status sub-resource) */
  hasStatusSubresource: boolean;
  /** fill Kubernetes defaults in place (called on create and on every update) */
  applyDefaults(obj: KObject): void;
  /** every problem, with Kubernetes-style field paths; does not throw */
  validate(obj: KObject, old?: KObject): FieldError[];
  /** fields this kind accepts in field selectors, with how to read them */
  fieldSelectors: Record<string, (obj: KObject) => string | undefined>;
}

/** The group part of an apiVersion ('' for the core group's 'v1'). */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** `metadata.name` and `metadata.namespace`, which every kind accepts in field selectors. */
export const METADATA_FIELD_SELECTORS: Record<string, (obj: KObject) => string | undefined> = {
  'metadata.name': (obj) => obj.metadata?.name,
  'metadata.namespace': (obj) => obj.metadata?.namespace,
};
