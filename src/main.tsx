import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './panels/App';
import { LabProvider } from './panels/context';
import { createAppStore } from './state/config-store';
import { createSession, type Session } from './state/session';
import { createTelemetryStore } from './state/telemetry-store';
import { watchVisibility } from './state/visibility';
import { TrainerClient } from './worker/client';
import { OVERFITTING_PRESET } from './worker/experiment';
import { DEFAULT_VIEW } from './worker/trainer';
import './styles.css';

const root = document.getElementById('root');
if (root === null) throw new Error('index.html has no #root element');

const app = createAppStore({
  config: { ...OVERFITTING_PRESET, dropout: [0.5, 0.5] },
  playback: { speed: 0, stopAt: 0, compare: false },
  view: { ...DEFAULT_VIEW },
  playing: true,
});
const telemetry = createTelemetryStore();
let session: Session | null = null;
const client = new TrainerClient({
  message: (message) => session?.receive(message),
  notice: (notice) => {
    if (notice.kind === 'main-thread') app.setState({ mode: 'main-thread' });
    session?.notify(notice.kind === 'restarted' ? 'warning' : 'info', notice.text);
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

if (import.meta.env.MODE === 'e2e') {
  // Test builds only: lets end-to-end tests provoke a worker failure.
  Object.assign(window, { __dropoutLabTest: { crashWorker: () => client.send({ type: 'test-crash' }) } });
}

watchVisibility(root, (hidden) => session?.setHidden(hidden));
session.boot();

createRoot(root).render(
  <StrictMode>
    <LabProvider value={{ app, telemetry, session }}>
      <App />
    </LabProvider>
  </StrictMode>,
);
