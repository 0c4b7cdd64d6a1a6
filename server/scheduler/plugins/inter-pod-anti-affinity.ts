/**
 * InterPodAntiAffinity (the anti-affinity half of Kubernetes' InterPodAffinity filter). A node
 * fails when, in its topology domain (the nodes sharing its value of a term's topologyKey):
 *  - an existing pod matches one of the incoming pod's required anti-affinity terms, or
 *  - an existing pod has a required anti-affinity term that matches the incoming pod (symmetry).
 * Terms without namespaces or namespaceSelector apply to their own pod's namespace. The domains
 * are worked out once per pod in preFilter, from the snapshot's cluster-wide indexes (pods by
 * label, pods with anti-affinity), so the per-node check is a few map lookups.
 */
import type { KObject } from '../../kinds/types.ts';
import {
  SUCCESS,
  unschedulable,
  type ClusterIndex,
  type FilterPlugin,
  type NodeInfo,
  type PodPlacement,
  type Snapshot,
} from '../framework.ts';
import { compileLabelSelector, matchNothing } from '../label-selector.ts';
import { labelPair, requiredAntiAffinityTerms } from '../snapshot.ts';

export const ERR_REASON_ANTI_AFFINITY = "node(s) didn't match pod anti-affinity rules";
export const ERR_REASON_EXISTING_ANTI_AFFINITY = "node(s) didn't satisfy existing pods anti-affinity rules";

const REJECTED_BY_INCOMING = unschedulable(ERR_REASON_ANTI_AFFINITY);
const REJECTED_BY_EXISTING = unschedulable(ERR_REASON_EXISTING_ANTI_AFFINITY);

interface AffinityTerm {
  topologyKey: string;
  matches(pod: KObject, namespaceLabels: Map<string, Record<string, string>>): boolean;
  /** The only pods that can match, looked up by label; undefined when every pod must be tried. */
  candidates(index: ClusterIndex): Iterable<PodPlacement> | undefined;
}

/** topologyKey → the values of that key whose domains the incoming pod must avoid. */
type Domains = Map<string, Set<string>>;

export interface AntiAffinityState {
  byIncoming: Domains;
  byExisting: Domains;
}

const NONE: ReadonlySet<PodPlacement> = new Set();

const namespaceOf = (pod: KObject): string => pod.metadata.namespace ?? 'default';

/**
 * A matching pod carries every matchLabels pair, so the rarest pair's pods are the candidates;
 * failing that, it carries one of the values of an In expression.
 */
function candidateLookup(selector: any): AffinityTerm['candidates'] {
  const pairs = Object.entries((selector?.matchLabels ?? {}) as Record<string, string>).map(([k, v]) => labelPair(k, v));
  if (pairs.length > 0) {
    return (index) => {
      let fewest: ReadonlySet<PodPlacement> | undefined;
      for (const pair of pairs) {
        const placements = index.podsByLabel.get(pair) ?? NONE;
        if (!fewest || placements.size < fewest.size) fewest = placements;
      }
      return fewest;
    };
  }
  const among = (selector?.matchExpressions ?? []).find((e: any) => e?.operator === 'In' && e.values?.length > 0);
  if (among) {
    const inPairs: string[] = among.values.map((v: string) => labelPair(among.key, v));
    return (index) => inPairs.flatMap((pair) => [...(index.podsByLabel.get(pair) ?? NONE)]);
  }
  return () => undefined;
}

function compileTerm(owner: KObject, term: any): AffinityTerm | undefined {
  if (!term?.topologyKey) return undefined;
  const selector = compileLabelSelector(term.labelSelector);
  // A term without a label selector (or with an invalid one) matches no pod: it cannot reject.
  if (selector === matchNothing) return undefined;
  const listed: string[] = term.namespaces ?? [];
  const namespaces = new Set(listed.length === 0 && !term.namespaceSelector ? [namespaceOf(owner)] : listed);
  const namespaceSelector = term.namespaceSelector ? compileLabelSelector(term.namespaceSelector) : matchNothing;
  return {
    topologyKey: term.topologyKey,
    matches(pod, namespaceLabels) {
      const ns = namespaceOf(pod);
      if (!namespaces.has(ns) && !namespaceSelector(namespaceLabels.get(ns) ?? {})) return false;
      return selector(pod.metadata.labels ?? {});
    },
    candidates: candidateLookup(term.labelSelector),
  };
}

function compileTerms(pod: KObject): AffinityTerm[] {
  const terms: AffinityTerm[] = [];
  for (const t of requiredAntiAffinityTerms(pod)) {
    const compiled = compileTerm(pod, t);
    if (compiled) terms.push(compiled);
  }
  return terms;
}

// Existing pods are seen once per incoming pod; compile their terms once per pod object.
const compiledTermsOfExisting = new WeakMap<KObject, AffinityTerm[]>();

function termsOfExisting(pod: KObject): AffinityTerm[] {
  let terms = compiledTermsOfExisting.get(pod);
  if (!terms) compiledTermsOfExisting.set(pod, (terms = compileTerms(pod)));
  return terms;
}

function addDomain(domains: Domains, key: string, value: string): void {
  let values = domains.get(key);
  if (!values) domains.set(key, (values = new Set()));
  values.add(value);
}

function preFilter(pod: KObject, snapshot: Snapshot): AntiAffinityState {
  const byIncoming: Domains = new Map();
  const byExisting: Domains = new Map();
  const { namespaceLabels } = snapshot;
  for (const term of compileTerms(pod)) {
    const key = term.topologyKey;
    const consider = (candidate: KObject, nodeInfo: NodeInfo): void => {
      const value = nodeInfo.labels[key];
      if (value === undefined || byIncoming.get(key)?.has(value)) return;
      if (term.matches(candidate, namespaceLabels)) addDomain(byIncoming, key, value);
    };
    const candidates = term.candidates(snapshot.cluster);
    if (candidates) {
      for (const { pod: candidate, nodeInfo } of candidates) consider(candidate, nodeInfo);
    } else {
      for (const nodeInfo of snapshot.nodeList) for (const candidate of nodeInfo.pods) consider(candidate, nodeInfo);
    }
  }
  // Only existing pods filed under one of the incoming pod's labels (or under '') can object to it.
  const { antiAffinityByLabel } = snapshot.cluster;
  const objectionsFrom = (placements: Iterable<PodPlacement> | undefined): void => {
    for (const { pod: existing, nodeInfo } of placements ?? []) {
      for (const term of termsOfExisting(existing)) {
        const value = nodeInfo.labels[term.topologyKey];
        if (value !== undefined && term.matches(pod, namespaceLabels)) addDomain(byExisting, term.topologyKey, value);
      }
    }
  };
  if (antiAffinityByLabel.size > 0) {
    objectionsFrom(antiAffinityByLabel.get(''));
    for (const [key, value] of Object.entries(pod.metadata.labels ?? {})) {
      objectionsFrom(antiAffinityByLabel.get(labelPair(key, value)));
    }
  }
  return { byIncoming, byExisting };
}

function inDomains(domains: Domains, nodeInfo: NodeInfo): boolean {
  for (const [key, values] of domains) {
    const value = nodeInfo.labels[key];
    if (value !== undefined && values.has(value)) return true;
  }
  return false;
}

export const interPodAntiAffinity: FilterPlugin<AntiAffinityState> = {
  name: 'InterPodAntiAffinity',
  preFilter,
  filter(pod, nodeInfo, snapshot, state) {
    const { byIncoming, byExisting } = state ?? preFilter(pod, snapshot);
    if (byIncoming.size > 0 && inDomains(byIncoming, nodeInfo)) return REJECTED_BY_INCOMING;
    if (byExisting.size > 0 && inDomains(byExisting, nodeInfo)) return REJECTED_BY_EXISTING;
    return SUCCESS;
  },
};
