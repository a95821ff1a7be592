export function startExample(
  example: 'react' | 'vue',
  env?: Record<string, string | undefined>,
): Promise<{ appUrl: string; collectorUrl: string; results: string; db: string; close(): Promise<void> }>;
