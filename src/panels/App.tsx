import { Notices } from './Notices';
import { PlaybackControls } from './PlaybackControls';
import { Readouts } from './Readouts';

export function App() {
  return (
    <main className="app">
      <header className="masthead">
        <h1>Dropout Lab</h1>
        <p className="tagline">
          Watch a small network overfit noisy data, then see dropout prevent it. <em>p</em> is the drop probability; keep = 1 − <em>p</em>.
        </p>
      </header>
      <Notices />
      <section className="toolbar" aria-label="Controls">
        <PlaybackControls />
        <Readouts />
      </section>
    </main>
  );
}
