import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { STRINGS } from './strings';

interface BoundaryProps {
  part: string;
  onRetry(): void;
  children: ReactNode;
}

/** Catches a part that failed to load (or to render) and shows a one-line message with Retry in its place. */
class PartBoundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="part-error" role="alert" data-part-error={this.props.part}>
        <span>{STRINGS.lazyPart.failed(this.props.part)}</span>{' '}
        <button type="button" onClick={this.props.onRetry}>
          {STRINGS.lazyPart.retry}
        </button>
      </p>
    );
  }
}

/** The script a failed dynamic import names in its message (Chromium and Firefox do; Safari does not). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const match = /(https?:\/\/\S+?\.js)\b/.exec(message);
  return match ? match[1] : null;
}

/**
 * A component loaded after the first render, behind its own error boundary: when
 * its chunk cannot be downloaded (a flaky network, a stale tab after a redeploy,
 * a syntax error in an older browser) only that part shows a message with Retry,
 * and the rest of the page keeps working.
 *
 * Retry imports the chunk again. React's lazy keeps a failed import, and so does
 * the browser's module map (Chromium keeps a failed fetch for the page's
 * lifetime), so a retry gets a new lazy and, where the error names the script,
 * imports it under a new query string.
 */
export function lazyPart<M, P extends object>(part: string, load: () => Promise<M>, pick: (module: M) => ComponentType<P>): ComponentType<P> {
  const attempts = new Map<number, ComponentType<P>>();
  let failedUrl: string | null = null;
  const importAgain = (n: number): Promise<M> =>
    failedUrl === null ? load() : (import(/* @vite-ignore */ `${failedUrl}${failedUrl.includes('?') ? '&' : '?'}retry=${n}`) as Promise<M>);
  const attempt = (n: number): ComponentType<P> => {
    let loaded = attempts.get(n);
    if (loaded === undefined) {
      loaded = lazy(() =>
        (n === 0 ? load() : importAgain(n)).then(
          (module) => ({ default: pick(module) }),
          (error: unknown) => {
            failedUrl = failedModuleUrl(error) ?? failedUrl;
            throw error;
          },
        ),
      );
      attempts.set(n, loaded);
    }
    return loaded;
  };
  function LazyPart(props: P) {
    const [tries, setTries] = useState(0);
    const Loaded = attempt(tries);
    return (
      <PartBoundary key={tries} part={part} onRetry={() => setTries(tries + 1)}>
        <Suspense fallback={null}>
          <Loaded {...props} />
        </Suspense>
      </PartBoundary>
    );
  }
  return LazyPart;
}
