import { createContext, type ReactNode, useContext } from 'react';
import type { AppState, AppStore } from '../../state/app-store';
import type { Session } from '../../state/session';
import type { Sweep } from '../../state/sweep-store';
import type { TelemetryStore } from '../../state/telemetry-store';

/** Links built from the current configuration (the URL codec lives in src/embed; main.tsx passes these in). */
export interface LabLinks {
  /** The shareable link of this page with the current configuration. */
  share(): string;
  /** The same configuration on the full standalone page (from an embed). */
  standalone(): string;
  /** A link for an iframe: embed mode with the chosen panels and hidden controls. */
  embed(options: { panels: readonly string[]; hide: readonly string[] }): string;
}

export interface LabContext {
  app: AppStore;
  telemetry: TelemetryStore;
  session: Session;
  links: LabLinks;
  /** The sweep view's store and actions (issue 6); absent on a page without sweeps. */
  sweep?: Sweep;
}

const Context = createContext<LabContext | null>(null);

export function LabProvider({ value, children }: { value: LabContext; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useLab(): LabContext {
  const lab = useContext(Context);
  if (lab === null) throw new Error('useLab needs a LabProvider');
  return lab;
}

/** One value of the app store; the component re-renders only when it changes. */
export function useAppState<T>(selector: (state: AppState) => T): T {
  return useLab().app(selector);
}
