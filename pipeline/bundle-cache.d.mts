// Types of bundle-cache.mjs (plain JavaScript, for the launcher).
export function bundleFolder(): string;
export function manifestPath(): string;
export function bundlesOff(): boolean;
export const ENTRY_FILES: string[];
export function signature(path: string): { size: number; mtimeMs: number };
export function unchangedBundle(manifest?: string): string | null;
