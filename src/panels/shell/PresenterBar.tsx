import { useAppState, useLab } from '../kit/context';
import { QuickDropSlider } from '../controls/QuickDropSlider';
import { STRINGS } from '../kit/strings';

/**
 * Presenter mode's row under the playback buttons: p for every layer, which
 * panel sits beside the fit (loss or network: two large panels fit a
 * projector, three do not), and the drawer with every other setting.
 */
export function PresenterBar({ settingsOpen, onToggleSettings }: { settingsOpen: boolean; onToggleSettings: () => void }) {
  const { session } = useLab();
  const beside = useAppState((s) => s.display.presenterPanel);
  const options = [
    { value: 'loss', label: STRINGS.presenter.loss },
    { value: 'network', label: STRINGS.presenter.network },
  ] as const;
  return (
    <div className="presenter-bar" role="group" aria-label={STRINGS.presenter.bar}>
      <QuickDropSlider />
      <div className="nn-toggle presenter-beside" role="group" aria-label={STRINGS.presenter.beside}>
        {options.map((o) => (
          <button
            key={o.value}
            type="button"
            className={beside === o.value ? 'primary' : undefined}
            aria-pressed={beside === o.value}
            onClick={() => session.setDisplay({ presenterPanel: o.value })}
          >
            {o.label}
          </button>
        ))}
      </div>
      <button type="button" aria-expanded={settingsOpen} aria-controls="settings" title={STRINGS.presenter.settingsHint} onClick={onToggleSettings}>
        {settingsOpen ? STRINGS.presenter.closeSettings : STRINGS.presenter.settings}
      </button>
    </div>
  );
}
