import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const gateway = process.env.GATEWAY_URL ?? 'http://127.0.0.1:3000';

// The console is built into dist/console, which the gateway serves at `/`. `npm run dev`
// serves it with hot reload and passes the API's paths to a running gateway.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: {
    outDir: '../../dist/console',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
  },
  server: {
    port: 5173,
    proxy: { '/graphql': gateway, '/mla-requests': gateway },
  },
});
