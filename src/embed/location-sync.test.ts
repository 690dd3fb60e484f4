import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_FRAME_OPTIONS } from '../experiment/defaults';
import { parseHash } from '../experiment/link-codec';
import { createAppStore } from '../state/app-store';
import { syncLocation } from './location-sync';

/** A window whose history records every replaceState. */
function fakeWindow() {
  const writes: { at: number; hash: string }[] = [];
  const location = { hash: '' };
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, hash: string) => {
      location.hash = hash;
      writes.push({ at: Date.now(), hash });
    },
  };
  vi.stubGlobal('window', { location, history });
  return writes;
}

describe('syncLocation', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function setup() {
    const writes = fakeWindow();
    const app = createAppStore({
      config: parseHash('').state.config,
      playback: parseHash('').state.playback,
      frameOptions: DEFAULT_FRAME_OPTIONS,
      playing: false,
    });
    const stop = syncLocation(app, 250);
    writes.length = 0;
    const setP = (p: number) => app.setState((s) => ({ config: { ...s.config, dropout: s.config.dropout.map(() => p) } }));
    return { writes, stop, setP };
  }

  it('writes a run of key presses once, after the last one', () => {
    const { writes, stop, setP } = setup();
    const start = Date.now();
    for (const p of [0.1, 0.2, 0.3, 0.4]) {
      setP(p);
      vi.advanceTimersByTime(100);
    }
    expect(writes).toHaveLength(0);
    vi.advanceTimersByTime(200);
    expect(writes).toHaveLength(1);
    expect(writes[0].at - start).toBe(300 + 250);
    expect(writes[0].hash).toContain('p=0.4');
    stop();
  });

  it('still writes at least once a second during a long drag', () => {
    const { writes, stop, setP } = setup();
    const start = Date.now();
    for (let i = 0; i < 30; i++) {
      setP(i / 100);
      vi.advanceTimersByTime(100);
    }
    const times = [start, ...writes.map((w) => w.at)];
    expect(writes.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < times.length; i++) expect(times[i] - times[i - 1]).toBeLessThanOrEqual(1000);
    stop();
  });
});
