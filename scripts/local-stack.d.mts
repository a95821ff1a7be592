export type StackCommand = 'demo' | 'react' | 'vue';
export const STACK_DEFAULTS: Record<StackCommand, { pageVariable: 'DEMO_PORT' | 'EXAMPLE_PORT'; pagePort: number; collectorPort: number; db: string }>;
export class StackError extends Error {}
export function stackSettings(
  command: StackCommand,
  env?: Record<string, string | undefined>,
): { host: string; pageVariable: string; pagePort: number; collectorPort: number; db: string; adminToken: string };
export function ensurePortFree(port: number, host: string, variable: string): Promise<void>;
export function portError(error: unknown, port: number, host: string, variable: string): unknown;
export function claimDataFolder(db: string, pid?: number): () => void;
export function describeStartFailure(error: unknown): string;
