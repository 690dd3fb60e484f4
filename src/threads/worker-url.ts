/** Whether this page's origin is opaque: an iframe sandboxed without allow-same-origin, or a data: document. */
export function opaqueOrigin(): boolean {
  return typeof globalThis.origin === 'string' && globalThis.origin === 'null';
}

const blobs = new Map<string, Promise<string>>();

/**
 * Where to start a module worker from: the script's URL, or, on a page with an
 * opaque origin, a promise of a blob: URL. To an opaque origin every URL is
 * another origin, so it may not start a worker from its own server's script
 * (training would fall back to the main thread); it may from a blob: URL it
 * made. The blob holds the worker's whole script (the worker bundles are
 * self-contained: no import, no export, no import.meta), fetched with CORS: the
 * host must send Access-Control-Allow-Origin, as it must for the page's own
 * scripts (docs/embed.md). That worker is a classic one: Chromium refuses a
 * module worker from a blob: URL of an opaque origin (its module fetch is a
 * CORS request from "null"), and an import inside the blob would not pass the
 * inherited Content-Security-Policy either. The policy's worker-src allows blob:.
 */
export function moduleWorkerSource(script: string, base: string): string | Promise<string> {
  const absolute = new URL(script, base).href;
  if (!opaqueOrigin()) return absolute;
  let blob = blobs.get(absolute);
  if (blob === undefined) {
    blob = fetch(absolute)
      .then((response) => {
        if (!response.ok) throw new Error(`${absolute}: HTTP ${response.status}`);
        return response.blob();
      })
      .then((body) => URL.createObjectURL(new Blob([body], { type: 'text/javascript' })));
    // A failed fetch is tried again with the next worker.
    blob.catch(() => blobs.delete(absolute));
    blobs.set(absolute, blob);
  }
  return blob;
}

/** A worker from a source of moduleWorkerSource: a module worker at once, or a classic one once its blob: URL is made. */
export function startModuleWorker(source: string | Promise<string>, create: (url: string, type: WorkerType) => Worker): Worker | Promise<Worker> {
  return typeof source === 'string' ? create(source, 'module') : source.then((url) => create(url, 'classic'));
}
