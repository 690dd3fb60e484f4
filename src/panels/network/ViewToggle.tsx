import { useAppState, useLab } from '../context';

/** Training view (the latest dropout masks) or test view (every neuron active, as at test time). */
export function ViewToggle() {
  const { session } = useLab();
  const view = useAppState((s) => s.display.networkView);
  const options = [
    { value: 'train', label: 'Training view', title: 'Show the dropout masks of the latest training step' },
    { value: 'test', label: 'Test view', title: 'Show the network as used at test time: every neuron active' },
  ] as const;
  return (
    <div className="nn-toggle" role="group" aria-label="Network view">
      {options.map((o) => (
        <button key={o.value} type="button" className={view === o.value ? 'primary' : undefined} aria-pressed={view === o.value} title={o.title} onClick={() => session.setDisplay({ networkView: o.value })}>
          {o.label}
        </button>
      ))}
    </div>
  );
}
