export function startDemo(env?: Record<string, string | undefined>): Promise<{ demoUrl: string; collectorUrl: string; adminToken: string; db: string; close(): Promise<void> }>;
