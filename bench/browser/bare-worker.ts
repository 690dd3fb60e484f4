/// <reference lib="webworker" />
/**
 * The training kernel alone in a worker: the runs a case's page trains (the
 * default experiment, or its twins in compare mode, at the case's N) stepped
 * as fast as possible, with no frames, no messages and no drawing in between —
 * the ceiling that the app's worker is compared against.
 */
import { parseHash } from '../../src/experiment/link-codec';
import { RunSet } from '../../src/training/thread/run-set';
import { measureRate } from '../timing';
import type { BareRequest, BareResult } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<BareRequest>) => {
  const { state } = parseHash(event.data.hash);
  const runs = new RunSet(state.config, state.playback.compare);
  const { windowRates } = measureRate((iterations) => {
    for (let k = 0; k < iterations; k++) runs.stepAll();
  }, event.data);
  const result: BareResult = { windowRates, totalSteps: runs.step, lastLoss: runs.main.batchLoss };
  self.postMessage(result);
};
