import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

/**
 * The smoke suite's two static servers: the built app (dist/) with a small
 * test hook injected into its page, and a host page on another origin that
 * embeds it in an iframe and records its messages.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

export const HOOK_PATH = '/__smoke-hooks.js';
/** A page that shows the app in a same-origin iframe of a given size (?w=&h=): a viewport size where the window cannot take it. */
export const FRAME_PATH = '/__smoke-frame.html';

/**
 * Runs first in the page (classic WebDriver has no console events): collects
 * script errors, unhandled rejections and console.error calls, and records the
 * files the page saves (a link with `download`) instead of downloading them.
 */
const HOOKS = `(() => {
  const errors = (window.__smokeErrors = []);
  addEventListener('error', (e) => errors.push('error: ' + (e.message || (e.target && (e.target.src || e.target.href)) || e.type)), true);
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String((e.reason && e.reason.message) || e.reason)));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push('console.error: ' + args.map(String).join(' '));
    consoleError(...args);
  };
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = createObjectURL(object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const downloads = (window.__smokeDownloads = []);
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (!this.download || blob === undefined) return click.call(this);
    const name = this.download;
    blob.arrayBuffer().then((buffer) => {
      const b = new Uint8Array(buffer);
      downloads.push({ name, size: b.length, png: b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 });
    });
  };
})();
`;

function listen(server: Server): Promise<Server> {
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done(server));
  });
}

export function originOf(server: Server): string {
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the server has no port');
  return `http://127.0.0.1:${address.port}`;
}

/** dist/ with the hook injected into index.html, and Access-Control-Allow-Origin as docs/embed.md asks. */
export function serveApp(dist = resolve('dist')): Promise<Server> {
  return listen(
    createServer((request, response) => {
      const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
      const headers = (file: string) => ({ 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      if (path === HOOK_PATH) {
        response.writeHead(200, headers('hook.js')).end(HOOKS);
        return;
      }
      if (path === FRAME_PATH) {
        const query = new URL(request.url ?? '/', 'http://x').searchParams;
        const [w, h] = [Number(query.get('w')), Number(query.get('h'))];
        response
          .writeHead(200, headers('frame.html'))
          .end(
            `<!doctype html><meta charset="utf-8"><style>body{margin:0}iframe{border:0;display:block}</style><iframe width="${w}" height="${h}" src="./"></iframe>`,
          );
        return;
      }
      const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
      if (!file.startsWith(dist)) {
        response.writeHead(403).end();
        return;
      }
      readFile(file).then(
        (body) => {
          const text = extname(file) === '.html' ? body.toString('utf8').replace('<head>', `<head><script src=".${HOOK_PATH}"></script>`) : body;
          response.writeHead(200, headers(file)).end(text);
        },
        () => response.writeHead(404).end('not found'),
      );
    }),
  );
}

/** A course page on another origin embedding the app; it records the lab's messages in window.messages. */
export function serveHost(app: string): Promise<Server> {
  const page = `<!doctype html><meta charset="utf-8"><title>Course page</title>
<iframe id="lab" title="Dropout Lab" width="760" height="520" src="${app}/#embed=1&panels=fit,loss"></iframe>
<script>
  window.messages = [];
  addEventListener('message', (event) => { if (event.data && typeof event.data.type === 'string') window.messages.push(event.data.type); });
</script>`;
  return listen(createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page)));
}

export function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
