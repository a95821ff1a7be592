import { defineConfig } from 'vite';

// React's JSX through Vite's own transform (oxc); no React plugin needed for this small app.
export default defineConfig({
  cacheDir: '../../node_modules/.vite/example-react',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
});
