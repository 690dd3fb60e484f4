import { Panel } from './Panel';

// Placeholder while the panel is being built.
export function NetworkPanel() {
  return (
    <Panel id="network" title="Network">
      <div className="plot" />
    </Panel>
  );
}
