import { defineConfig } from 'vite';

/**
 * The web UI: TypeScript in src/web, built into dist/web, which `wirecoder serve` serves beside
 * the API. `npx vite` runs a dev server that sends /api and /openapi.json to a running
 * `wirecoder serve` on port 8080.
 */
export default defineConfig({
  root: 'src/web',
  base: './',
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 400,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/openapi.json': 'http://127.0.0.1:8080',
    },
  },
});
