import { DataControls } from './controls/DataControls';
import { DropoutControls } from './controls/DropoutControls';
import { ExportMenu } from './export/ExportMenu';
import { NetworkControls } from './controls/NetworkControls';
import { Presets } from './controls/Presets';
import { TrainingControls } from './controls/TrainingControls';
import { Announcer } from './Announcer';
import { useAppState } from './context';
import { FitPanel } from './FitPanel';
import { HeaderActions } from './HeaderActions';
import { LessonPanel } from './LessonPanel';
import { LossPanel } from './LossPanel';
import { NetworkPanel } from './NetworkPanel';
import { Notices } from './Notices';
import { PlaybackControls } from './PlaybackControls';
import { Readouts } from './Readouts';
import { ShortcutHelp, Shortcuts } from './shortcuts/Shortcuts';
import { Tour } from './Tour';

export function App() {
  const presenter = useAppState((s) => s.display.presenter);
  return (
    <main className={presenter ? 'app presenter' : 'app'}>
      <header className="masthead">
        <h1>Dropout Lab</h1>
        <p className="tagline">
          Watch a small network overfit noisy data, then see dropout prevent it. <em>p</em> is the drop probability; keep = 1 − <em>p</em>.
        </p>
        <HeaderActions />
      </header>
      <Shortcuts />
      <Announcer />
      <ShortcutHelp />
      <Notices />
      <Tour />
      <div className="workspace">
        <section className="toolbar" aria-label="Training">
          <PlaybackControls />
          <Readouts />
        </section>
        <div className="panels">
          <FitPanel />
          <NetworkPanel />
          <LossPanel />
        </div>
        <aside className="sidebar" aria-label="Settings">
          <Presets />
          <DropoutControls />
          <LessonPanel />
          <details className="more-controls">
            <summary>Data, network and training</summary>
            <DataControls />
            <NetworkControls />
            <TrainingControls />
          </details>
          <ExportMenu />
        </aside>
      </div>
    </main>
  );
}
