import { Panel } from './Panel';

// Placeholder while the panel is being built.
export function LossPanel() {
  return (
    <Panel id="loss" title="Loss">
      <div className="plot" />
    </Panel>
  );
}
