/** Types of scripts/build.mjs for the TypeScript that imports it (test/build-dist.ts). */
export declare const ENTRIES: readonly string[];
export declare function build(options?: { root?: string; quiet?: boolean }): Promise<{ ms: number; inputs: number; files: string[] }>;
