// Serves a framework example (examples/react, examples/vue) with Vite's dev server, the
// collector's address written in as import.meta.env.VITE_CANDOR_ENDPOINT (and _RESULTS).
import { createServer } from 'vite';
import { fileURLToPath } from 'node:url';

/** Starts the example's dev server; resolves to its URL and a `close()`. */
export async function startExampleServer({ example, port = 0, host = '127.0.0.1', endpoint, results }) {
  const root = fileURLToPath(new URL(`../examples/${example}/`, import.meta.url));
  const server = await createServer({
    root,
    configFile: `${root}vite.config.ts`,
    clearScreen: false,
    logLevel: 'warn',
    server: { port, host, strictPort: true },
    define: {
      'import.meta.env.VITE_CANDOR_ENDPOINT': JSON.stringify(endpoint),
      'import.meta.env.VITE_CANDOR_RESULTS': JSON.stringify(results),
    },
  });
  await server.listen();
  const { port: actual } = server.httpServer.address();
  return { url: `http://${host}:${actual}`, close: () => server.close() };
}
