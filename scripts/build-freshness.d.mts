/** Types of scripts/build-freshness.mjs. */
export declare function distFreshness(root: string): { fresh: true } | { fresh: false; reason: string };
