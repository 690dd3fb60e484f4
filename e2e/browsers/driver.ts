/** What the smoke checks need of a browser, over WebDriver BiDi (Firefox) or classic WebDriver (WebKit). */
export interface Driver {
  /** Opens a URL and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Evaluates a JavaScript expression in the page (synchronously) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  /** Sets the viewport (CSS pixels); null where the engine's viewport is fixed (WPE headless). */
  setViewport: ((width: number, height: number) => Promise<void>) | null;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}
