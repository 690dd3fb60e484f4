import { describe, expect, it } from 'vitest';
import { fitState, layerList, LESSON, type LiveFigures, pWhere, TOUR } from './strings';

const run = (patch: Partial<LiveFigures>): LiveFigures => ({
  step: 1200,
  trainLoss: 0.012,
  testLoss: 0.19,
  trainPoints: 16,
  dropout: [0, 0],
  compare: false,
  ...patch,
});

describe('dropout sentences', () => {
  it('evaluates inverted scaling with the current p: 1/(1 − 0.5) = 2', () => {
    expect(LESSON.invertedLive([0.5, 0.5])).toBe('With p = 0.5: kept outputs are multiplied by 1/(1 − 0.5) = 2 during training.');
    expect(LESSON.invertedLive([0.3, 0.3])).toContain('1/(1 − 0.3) ≈ 1.43');
  });

  it('evaluates classic scaling with the current p: 1 − 0.5 = 0.5 at test time', () => {
    expect(LESSON.classicLive([0.5, 0.5])).toBe('With p = 0.5: at test time every output is multiplied by 1 − 0.5 = 0.5.');
    expect(LESSON.classicLive([0.2])).toContain('1 − 0.2 = 0.8');
  });

  it('names p as the drop probability with keep = 1 − p beside it', () => {
    const text = LESSON.training([0.5, 0.5]);
    expect(text).toContain('DROP probability');
    expect(text).toContain('p = 0.5, so keep = 1 − p = 0.5');
    expect(LESSON.training([0, 0])).toContain('dropout is off');
  });

  it('says why hidden layer 1 keeps its neurons exactly when it does and a later layer drops', () => {
    expect(LESSON.firstLayer([0, 0.5])).toContain('hidden layer 1 keeps all its neurons');
    expect(TOUR.dropout.body([0, 0.5])).toContain('Hidden layer 1 keeps all its neurons');
    for (const dropout of [[0.5, 0.5], [0, 0], [0.5], [0.2, 0.5]]) {
      expect(LESSON.firstLayer(dropout)).toBeNull();
      expect(TOUR.dropout.body(dropout)).not.toContain('Hidden layer 1 keeps');
    }
  });

  it('lists the layers when their p differ', () => {
    const dropout = [0.5, 0.2];
    expect(layerList(dropout)).toBe('hidden layer 1: p = 0.5 (keep 0.5); hidden layer 2: p = 0.2 (keep 0.8)');
    expect(pWhere(dropout)).toBe('hidden layer 1: p = 0.5 (keep 0.5); hidden layer 2: p = 0.2 (keep 0.8)');
    expect(pWhere([0.5, 0.5])).toBe('p = 0.5 in every hidden layer');
    expect(pWhere([0, 0.5])).toBe('p = 0.5 in hidden layer 2');
    expect(pWhere([0, 0.3, 0.3, 0.3])).toBe('p = 0.3 in hidden layers 2, 3 and 4');
    expect(pWhere([0.4])).toBe('p = 0.4');
    expect(pWhere([0, 0])).toBe('p = 0');
    expect(LESSON.training(dropout)).toContain('the layers differ now: hidden layer 1: p = 0.5 (keep 0.5); hidden layer 2: p = 0.2 (keep 0.8)');
    expect(LESSON.invertedLive(dropout)).toBe(
      'With these p, kept outputs are multiplied during training by: hidden layer 1, 1/(1 − 0.5) = 2; hidden layer 2, 1/(1 − 0.2) = 1.25.',
    );
    expect(LESSON.classicLive(dropout)).toBe(
      'With these p, outputs are multiplied at test time by: hidden layer 1, 1 − 0.5 = 0.5; hidden layer 2, 1 − 0.2 = 0.8.',
    );
  });

  it('says nothing changes when p = 0', () => {
    expect(LESSON.invertedLive([0, 0])).toContain('= 1, so nothing changes');
    expect(LESSON.classicLive([0])).toContain('= 1, so nothing changes');
  });
});

describe('the live overfitting sentence', () => {
  it('classifies the run from its losses', () => {
    expect(fitState({ step: 0, trainLoss: Number.NaN, testLoss: Number.NaN })).toBe('waiting');
    expect(fitState({ step: 10, trainLoss: Number.POSITIVE_INFINITY, testLoss: 1 })).toBe('diverged');
    expect(fitState({ step: 10, trainLoss: 0.01, testLoss: 0.2 })).toBe('overfitting');
    expect(fitState({ step: 10, trainLoss: 0.05, testLoss: 0.09 })).toBe('gap');
    expect(fitState({ step: 10, trainLoss: 0.05, testLoss: 0.06 })).toBe('close');
    expect(fitState({ step: 10, trainLoss: 0, testLoss: 0.06 })).toBe('overfitting');
  });

  it('points at the loss panel with the current figures', () => {
    expect(LESSON.overfitLive(run({}))).toBe(
      'At step 1,200, the blue training curve in the loss panel is at 0.012 while the orange test curve is at 0.19, 16 times higher: the network is fitting the noise of the 16 training points.',
    );
  });

  it('credits dropout when the curves stay close', () => {
    const text = LESSON.overfitLive(run({ trainLoss: 0.061, testLoss: 0.072, dropout: [0.5, 0.5] }));
    expect(text).toContain('at 0.061 while the orange test curve is at 0.072: close together. Dropout (p = 0.5 in every hidden layer)');
  });

  it('admits overfitting that dropout has not stopped, and says what would help', () => {
    const text = LESSON.overfitLive(run({ trainLoss: 0.047, testLoss: 0.15, dropout: [0.5, 0.5] }));
    expect(text).toContain('3.2 times higher: even with dropout (p = 0.5 in every hidden layer) the network fits part of the noise of the 16 training points');
    expect(text).toContain('A higher p, or more data');
  });

  it('names run B and its line styles in compare mode', () => {
    const text = LESSON.overfitLive(run({ compare: true, dropout: [0.5, 0.5], trainLoss: 0.06, testLoss: 0.07 }));
    expect(text).toContain(
      'run B (with dropout, p = 0.5 in every hidden layer) has its dashed green training curve at 0.06 and its solid green test curve at 0.07',
    );
    expect(text).toContain('Run A');
  });

  it('waits for Play, and reports divergence without numbers', () => {
    expect(LESSON.overfitLive(run({ step: 0, trainLoss: Number.NaN, testLoss: Number.NaN }))).toMatch(/^Press Play/);
    const diverged = LESSON.overfitLive(run({ trainLoss: Number.NaN }));
    expect(diverged).toContain('diverged');
    expect(diverged).not.toContain('NaN');
  });

  it('does without a point count before the data arrives', () => {
    expect(LESSON.overfitDefinition(0)).toContain('noise of the training points');
    expect(LESSON.overfitDefinition(200)).toContain('noise of the 200 training points');
  });
});

describe('tour sentences', () => {
  it('shows progress as "2 of 5"', () => {
    expect(TOUR.progress(2, 5)).toBe('2 of 5');
  });

  it('puts the numbers into the step texts', () => {
    expect(TOUR.overfit.body(16, [64, 64])).toContain('16 noisy points');
    expect(TOUR.overfit.body(16, [64, 64])).toContain('2 hidden layers of 64 and 64 neurons');
    expect(TOUR.dropout.body([0.5, 0.5])).toContain('p = 0.5 in every hidden layer (keep = 0.5)');
    expect(TOUR.ghosts.body(5)).toContain('Each of the 5 faint green curves');
    expect(TOUR.band.body(30)).toContain('30 times');
  });
});
