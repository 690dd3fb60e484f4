import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The built page allows only its own scripts, styles and workers, plus blob:
 * and data: images for export, and blob: workers (a sandboxed embed's). No eval, no inline script. (The dev server
 * needs inline scripts for hot reload, so the policy is added to builds only.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  // blob: for the training and sweep workers of an opaque-origin (sandboxed) embed: src/threads/worker-url.ts.
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'dropout-lab-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/**
 * The README's support list: Chrome and Edge 111+, Firefox 115+, Safari 16.0+ (iOS and iPadOS 16).
 * Syntax is lowered to it; what cannot be lowered (newer built-ins, RegExp syntax) is linted (es-x in eslint.config.js).
 */
export const BROWSER_TARGET = ['chrome111', 'edge111', 'firefox115', 'safari16'];

// A relative base makes the static build work from any sub-path of any host.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  worker: { format: 'es' },
  build: { target: BROWSER_TARGET, sourcemap: true },
  preview: { port: 4173, strictPort: true },
});
