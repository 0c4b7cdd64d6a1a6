/**
 * Builds the dashboard (index.html) and the GraphQL playground (playground.html) as two entry
 * points of one Vite build, so the playground's editor (monaco, several MB) is never loaded by
 * the dashboard. Everything is bundled: the pages load nothing from the internet.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// No Node types in this project (it is a browser app): a file URL's path is enough here.
const here = (file: string) => decodeURIComponent(new URL(file, import.meta.url).pathname);

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  // Monaco's workers are ES modules (graphiql/setup-workers/vite imports them with `?worker`).
  worker: { format: 'es' },
  build: {
    outDir: here('dist'),
    emptyOutDir: true,
    // monaco alone is ~4 MB; the warning would only repeat that.
    chunkSizeWarningLimit: 6_000,
    reportCompressedSize: false,
    rolldownOptions: {
      input: { main: here('index.html'), playground: here('playground.html') },
      // graphiql's modules start with "use no memo" (a React compiler hint), harmless when bundled.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  // The dev server serves the dashboard only: its dependency pre-bundling cannot follow
  // graphiql's `?worker` imports, so the playground is tried out from a build (the production
  // build bundles it fine).
  optimizeDeps: { entries: ['index.html'] },
  server: { proxy: { '/graphql': { target: 'http://127.0.0.1:6443', ws: true } } },
});
