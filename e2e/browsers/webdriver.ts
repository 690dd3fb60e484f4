import type { Driver } from './driver';
import { waitUntil } from './processes';

/**
 * A minimal classic WebDriver client (the W3C endpoints the smoke suite uses),
 * for WebKitWebDriver and WPEWebDriver: no dependency beyond fetch.
 */
export class WebDriverSession implements Driver {
  private constructor(
    private readonly base: string,
    private readonly id: string,
    fixedViewport: boolean,
  ) {
    if (fixedViewport) this.setViewport = null;
  }

  static async waitForServer(base: string): Promise<void> {
    await waitUntil(`the WebDriver server at ${base}`, async () => (await fetch(`${base}/status`)).ok, 15_000);
  }

  static async create(base: string, capabilities: Record<string, unknown>, fixedViewport = false): Promise<WebDriverSession> {
    const value = await command<{ sessionId: string }>(`${base}/session`, 'POST', { capabilities: { alwaysMatch: capabilities } });
    return new WebDriverSession(base, value.sessionId, fixedViewport);
  }

  private call<T>(path: string, method: 'GET' | 'POST' | 'DELETE', body?: unknown): Promise<T> {
    return command<T>(`${this.base}/session/${this.id}${path}`, method, body);
  }

  async goto(url: string): Promise<void> {
    await this.call('/url', 'POST', { url });
  }

  evaluate<T>(expression: string): Promise<T> {
    return this.call<T>('/execute/sync', 'POST', { script: `return (${expression});`, args: [] });
  }

  /** Sizes the window so that the viewport (innerWidth × innerHeight) has the given size. */
  readonly setViewport: Driver['setViewport'] = async (width: number, height: number): Promise<void> => {
    let target = { width, height };
    for (let i = 0; i < 3; i++) {
      await this.call('/window/rect', 'POST', target);
      const inner = await this.evaluate<{ w: number; h: number }>('({ w: innerWidth, h: innerHeight })');
      if (inner.w === width && inner.h === height) return;
      target = { width: target.width + width - inner.w, height: target.height + height - inner.h };
    }
    const inner = await this.evaluate<{ w: number; h: number }>('({ w: innerWidth, h: innerHeight })');
    throw new Error(`the viewport is ${inner.w}×${inner.h}, not ${width}×${height}`);
  };

  async screenshot(): Promise<Buffer> {
    return Buffer.from(await this.call<string>('/screenshot', 'GET'), 'base64');
  }

  async close(): Promise<void> {
    await this.call('', 'DELETE').catch(() => undefined);
  }
}

async function command<T>(url: string, method: string, body?: unknown): Promise<T> {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  const json = (await response.json()) as { value: T & { error?: string; message?: string } };
  if (!response.ok) throw new Error(`WebDriver ${method} ${url}: ${json.value.error ?? response.status}: ${json.value.message ?? ''}`);
  return json.value;
}
