import { describe, expect, it } from 'vitest';
import { countedStep, nominalMacsPerStep } from './mac-count';
import { nominalFlopsPerStep } from './flops';
import { newTraining, workloadData, WORKLOADS } from './workloads';

const workload = (name: string) => {
  const w = WORKLOADS.find((v) => v.name === name);
  if (w === undefined) throw new Error(name);
  return w;
};

describe('countedStep', () => {
  it('takes the very steps Training.trainStep takes (same losses, same weights after)', () => {
    const w = workload('wide');
    const data = workloadData(w);
    const plain = newTraining(w, 0.5, data);
    const counted = newTraining(w, 0.5, data);
    const batch = new Int32Array(data.x.length);
    for (let s = 0; s < 10; s++) expect(countedStep(counted, batch).loss).toBe(plain.trainStep());
    expect(Array.from(counted.net.params)).toEqual(Array.from(plain.net.params));
    expect(counted.step).toBe(10);
  });

  it('counts a tanh network (no zeros) as dense: the nominal MACs less the first layer’s input gradient, plus the output’s', () => {
    const w = workload('tanh'); // 1-16-16-1, full batch of 64
    const data = workloadData(w);
    const training = newTraining(w, 0, data);
    const { macs } = countedStep(training, new Int32Array(data.x.length));
    const nominal = nominalMacsPerStep(w.hiddenLayers, 64);
    // Per example: layer 0 forward 16 + weight grad 16; layer 1: 16·16 forward + 2·16·16 backward; output 16 + 16 + 16.
    expect(macs).toBe(64 * (16 + 16 + 3 * 256 + 48));
    expect(macs).toBeLessThan(nominal);
    expect(2 * nominal).toBe(nominalFlopsPerStep(w.hiddenLayers, 64));
  });

  it('counts fewer MACs with dropout and with ReLU zeros', () => {
    const w = workload('overfit');
    const data = workloadData(w);
    const batch = new Int32Array(data.x.length);
    const dense = nominalMacsPerStep(w.hiddenLayers, data.x.length);
    const relu = countedStep(newTraining(w, 0, data), batch).macs;
    const dropped = countedStep(newTraining(w, 0.5, data), batch).macs;
    expect(relu).toBeLessThan(0.8 * dense);
    expect(dropped).toBeLessThan(0.8 * relu);
  });
});
