import { Panel } from './Panel';

// Placeholder while the panel is being built.
export function FitPanel() {
  return (
    <Panel id="fit" title="Fit">
      <div className="plot" />
    </Panel>
  );
}
