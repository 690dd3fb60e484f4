import { createContext, type ReactNode, useContext } from 'react';
import type { AppState, AppStore } from '../state/config-store';
import type { Session } from '../state/session';
import type { TelemetryStore } from '../state/telemetry-store';

export interface LabContext {
  app: AppStore;
  telemetry: TelemetryStore;
  session: Session;
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
