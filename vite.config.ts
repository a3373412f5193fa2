import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The web UI lives in src/web and is built into dist/web, which the Fastify server serves at `/`.
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    manifest: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
