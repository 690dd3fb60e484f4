import { ENSEMBLE_BUTTON } from './strings-button';

/** The fit panel's switch into the ensemble view and back. */
export function EnsembleButton({ on, onToggle }: { on: boolean; onToggle: () => void }) {
  return (
    <button type="button" className="fit-draw ensemble-button" aria-pressed={on} title={ENSEMBLE_BUTTON.hint} onClick={onToggle}>
      {ENSEMBLE_BUTTON.label}
    </button>
  );
}
