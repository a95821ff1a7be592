import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

export interface RunningCli {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output(): { stdout: string; stderr: string };
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the built candor-collector bin and waits for the URL it prints. Fails when it is not built. */
export async function runCli(args: string[], env: Record<string, string> = {}): Promise<RunningCli> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing; run \`npm run build -w @candor/collector\` first (npm test does).`);
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...process.env, CANDOR_ORIGINS: '', CANDOR_ADMIN_TOKEN: '', CANDOR_DB: '', DATABASE_URL: '', CANDOR_LOG_LEVEL: 'warn', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${JSON.stringify({ stdout, stderr })}`)), 15_000);
    const look = () => {
      const match = /listening on (http:\/\/\S+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout.on('data', look);
    void exited.then((code) => reject(new Error(`exited with ${code} before listening: ${JSON.stringify({ stdout, stderr })}`)));
  });
  return {
    child,
    url,
    output: () => ({ stdout, stderr }),
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}
