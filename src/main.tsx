import { prefersReducedMotion } from './panels/kit/motion';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './panels/shell/App';
import { LabProvider } from './panels/kit/context';
import { describeUrlNotices, embedLink, readLocation, shareLink, standaloneLink, syncLocation } from './embed/location-sync';
import { startMessageApi } from './embed/message-api';
import { createAppStore, DEFAULT_DISPLAY, isTraining } from './state/app-store';
import { createSession, type Session } from './state/session';
import { createSweep } from './state/sweep-store';
import { createTelemetryStore } from './state/telemetry-store';
import { watchVisibility } from './state/visibility';
import { TrainerClient } from './training/client';
import { SweepClient } from './sweep/client';
import { coresOf, mainRunFitsBesideSweep } from './sweep/pool-size';
import { DEFAULT_FRAME_OPTIONS } from './experiment/defaults';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const opened = readLocation();
const app = createAppStore({
  config: opened.state.config,
  playback: opened.state.playback,
  frameOptions: { ...DEFAULT_FRAME_OPTIONS, ...opened.state.frameOptions },
  // Under prefers-reduced-motion an embed waits for its large Play button instead of starting by itself.
  playing: opened.state.page.autoplay && !(opened.state.page.embed && prefersReducedMotion()),
  page: opened.state.page,
  display: { ...DEFAULT_DISPLAY, presenter: opened.state.page.presenter },
});
const telemetry = createTelemetryStore();
let session: Session | null = null;
const client = new TrainerClient({
  message: (message) => session?.receive(message),
  notice: (notice) => {
    if (notice.kind === 'main-thread') app.setState({ mode: 'main-thread' });
    session?.notify(notice.kind === 'restarted' ? 'warning' : 'info', notice.text, false, notice.kind === 'main-thread');
  },
});
session = createSession({
  app,
  telemetry,
  send: (message) => client.send(message),
  start: (init) => client.start(init),
  requestFrame: (callback) => requestAnimationFrame(callback),
  now: () => performance.now(),
});

// Training frames wait a moment after a key or pointer press, so that the answer to it is painted first.
for (const type of ['keydown', 'pointerdown'] as const) window.addEventListener(type, () => session?.noteInput(), { capture: true, passive: true });

// Sweeps (issues 6 and 13) run on a pool of workers sized to the machine: every core while
// the main run is paused, one fewer while it trains. Where no core is left for the main run
// beside the sweep (a one-core machine), it pauses meanwhile and resumes after.
const cores = coresOf(navigator.hardwareConcurrency);
const sweepClient = new SweepClient(
  {
    message: (message) => sweep.receive(message),
    notice: (text) => session?.notify('info', text),
  },
  { cores },
);
const sweep = createSweep({
  send: (message) => sweepClient.send(message),
  now: () => performance.now(),
  settings: opened.state.sweep,
  pauseMain: () => {
    const playing = app.getState().playing;
    if (!playing || mainRunFitsBesideSweep(cores)) return false;
    session?.pause();
    return true;
  },
  resumeMain: () => {
    if (!app.getState().playing) session?.play();
  },
});
sweepClient.setMainTraining(isTraining(app.getState()));
app.subscribe((state) => sweepClient.setMainTraining(isTraining(state)));

if (import.meta.env.MODE === 'e2e') {
  // Test builds only: lets end-to-end tests provoke a worker failure.
  Object.assign(window, { __dropoutLabTest: { crashWorker: () => client.send({ type: 'test-crash' }) } });
}

// An embed starts (and goes on) training once at least half of it is in view.
watchVisibility(root, (offscreen) => session?.setOffscreen(offscreen), opened.state.page.embed ? 0.5 : 0);
session.boot();
startMessageApi({ app, telemetry, session, sweep });
const linkProblems = describeUrlNotices(opened.notices);
// A bad embed origin protects the reader: that notice shows even where notices are off.
if (linkProblems)
  session.notify(
    'warning',
    linkProblems,
    false,
    opened.notices.some((n) => n.field === 'origin'),
  );
syncLocation(app, undefined, sweep.store);

const links = {
  share: () => shareLink(app.getState(), sweep.store.getState().settings),
  standalone: () => standaloneLink(app.getState(), sweep.store.getState().settings),
  embed: (options: { panels: readonly string[]; hide: readonly string[] }) =>
    embedLink(app.getState(), options.panels, options.hide, sweep.store.getState().settings),
};

createRoot(root).render(
  <StrictMode>
    <LabProvider value={{ app, telemetry, session, links, sweep }}>
      <App />
    </LabProvider>
  </StrictMode>,
);

/** The parts loaded after the first render are fetched once the page is idle, so the lab keeps working offline. */
function prefetchLazyParts(): void {
  // A failed prefetch is not an error: the part shows its own message with Retry when it is needed.
  const ignore = () => undefined;
  import('./panels/lesson/LessonPanel').catch(ignore);
  import('./panels/lesson/Tour').catch(ignore);
  import('./panels/export/ExportMenu').catch(ignore);
  import('./panels/share/ShareDialog').catch(ignore);
  import('./training/thread/training-host').catch(ignore);
  import('./panels/sweep/SweepView').catch(ignore);
  import('./panels/sweep/SweepPanel').catch(ignore);
  import('./panels/ensemble/EnsembleView').catch(ignore);
  import('./panels/network/RobustnessChart').catch(ignore);
  import('./sweep/thread/sweep-host').catch(ignore);
}
if ('requestIdleCallback' in window) window.requestIdleCallback(prefetchLazyParts, { timeout: 3000 });
else setTimeout(prefetchLazyParts, 1500);
