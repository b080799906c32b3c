import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The officers' single-page app (src/web), served by the API server under /app/. */
export default defineConfig({
  root: 'src/web',
  base: '/app/',
  plugins: [react()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 600,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
