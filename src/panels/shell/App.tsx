import './chart-sizes.css';
import { PhoneBar } from '../controls/PhoneBar';
import { useEffect, useState } from 'react';
import { PresenterBar } from './PresenterBar';
import { prefersReducedMotion } from '../kit/motion';
import { DataControls } from '../controls/DataControls';
import { DropoutControls } from '../controls/DropoutControls';
import { NetworkControls } from '../controls/NetworkControls';
import { Presets } from '../controls/Presets';
import { TrainingControls } from '../controls/TrainingControls';
import { Announcer } from './Announcer';
import { useShallow } from 'zustand/react/shallow';
import type { PanelName } from '../../experiment/page-options';
import { useAppState } from '../kit/context';
import { EmbedBar, EmbedPlayCover } from './EmbedBar';
import { FitPanel } from '../fit/FitPanel';
import { HeaderActions } from './HeaderActions';
import { LossPanel } from '../loss/LossPanel';
import { NetworkPanel } from '../network/NetworkPanel';
import { Notices } from './Notices';
import { PlaybackControls } from './PlaybackControls';
import { Readouts } from './Readouts';
import { ShortcutHelp, Shortcuts } from '../shortcuts/Shortcuts';
import { SweepLauncher } from '../sweep/SweepLauncher';
import { STRINGS } from '../kit/strings';
import { lazyPart } from '../kit/lazy-part';

// Loaded after the first render: they are not needed to see the lab train.
// Each behind its own error boundary: a part whose chunk fails to load shows a message with Retry.
const names = STRINGS.lazyPart.names;
const LessonPanel = lazyPart(
  names.lesson,
  () => import('../lesson/LessonPanel'),
  (m) => m.LessonPanel,
);
const Tour = lazyPart(
  names.tour,
  () => import('../lesson/Tour'),
  (m) => m.Tour,
);
const ExportMenu = lazyPart(
  names.export,
  () => import('../export/ExportMenu'),
  (m) => m.ExportMenu,
);
const SweepPanel = lazyPart(
  names.sweepPanel,
  () => import('../sweep/SweepPanel'),
  (m) => m.SweepPanel,
);

export function App() {
  const presenter = useAppState((s) => s.display.presenter);
  const presenterPanel = useAppState((s) => s.display.presenterPanel);
  const page = useAppState(useShallow((s) => s.page));
  const [settingsOpen, setSettingsOpen] = useState(false);
  const drawer = presenter && settingsOpen;
  useEffect(() => {
    if (!drawer) return;
    const close = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setSettingsOpen(false);
    };
    window.addEventListener('keydown', close);
    return () => window.removeEventListener('keydown', close);
  }, [drawer]);
  // Presenter mode: the fit and one other panel, large enough to read from the back of the room.
  const shownBeside = (panel: 'loss' | 'network') => !presenter || page.embed || presenterPanel === panel;
  const show = (panel: PanelName) => page.panels.includes(panel);
  const hidden = (control: string) => page.hide.includes(control);
  const controls = show('controls');
  // The lesson sits with the controls on the page; an embed shows it only when asked for.
  const lesson = page.embed ? show('lesson') : controls || show('lesson');
  // Sweeps: a panel of their own in an embed (panels=sweep); on the page, a sidebar button opens them over the panels.
  const sweepInline = show('sweep') && (page.embed || !controls);
  const classes = ['app', presenter ? 'presenter' : '', page.embed ? 'embed' : '', drawer ? 'settings-open' : ''].filter(Boolean).join(' ');
  return (
    <main className={classes}>
      {!page.embed && (
        <header className="masthead">
          <h1>{STRINGS.app.title}</h1>
          <p className="tagline">
            {STRINGS.app.tagline.start}
            <em>{STRINGS.app.tagline.p}</em>
            {STRINGS.app.tagline.middle}
            <em>{STRINGS.app.tagline.p}</em>
            {STRINGS.app.tagline.end}
          </p>
          <HeaderActions />
        </header>
      )}
      <Shortcuts />
      <Announcer />
      <ShortcutHelp />
      <Notices />
      <Tour />
      <div className="workspace">
        {controls && (
          <section className="toolbar" aria-label={STRINGS.app.trainingRegion}>
            {!hidden('playback') && <PlaybackControls />}
            <Readouts />
            {presenter && !page.embed && <PresenterBar settingsOpen={drawer} onToggleSettings={() => setSettingsOpen(!drawer)} />}
          </section>
        )}
        <div className="panels">
          {page.embed && page.autoplay && prefersReducedMotion() && <EmbedPlayCover />}
          {show('fit') && <FitPanel />}
          {show('network') && shownBeside('network') && <NetworkPanel />}
          {show('loss') && shownBeside('loss') && <LossPanel />}
          {sweepInline && <SweepPanel />}
        </div>
        {(controls || lesson) && (
          <aside className="sidebar" id="settings" aria-label={STRINGS.app.settingsRegion}>
            {controls && !hidden('presets') && <Presets />}
            {controls && !hidden('dropout') && <DropoutControls />}
            {controls && !page.embed && <SweepLauncher />}
            {lesson && <LessonPanel />}
            {controls && (
              <details className="more-controls">
                <summary>{STRINGS.app.moreControls}</summary>
                {!hidden('data') && <DataControls />}
                {!hidden('network') && <NetworkControls />}
                {!hidden('training') && <TrainingControls />}
              </details>
            )}
            {controls && !hidden('export') && <ExportMenu />}
          </aside>
        )}
        {controls && !page.embed && !hidden('dropout') && <PhoneBar />}
        {page.embed && <EmbedBar showPlayback={!controls && !hidden('playback')} />}
      </div>
    </main>
  );
}
