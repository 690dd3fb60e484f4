import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// A relative base makes the static build work from any sub-path of any host.
export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
