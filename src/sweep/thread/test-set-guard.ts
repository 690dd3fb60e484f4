/**
 * The comparison's fairness rule made checkable: its tuning stage sees a
 * dataset whose test points cannot be read (reading them throws), so a
 * tuner that peeks at the test set fails loudly instead of choosing its
 * knob on it.
 */
import type { Dataset } from '../../data/datasets';

export class TestSetReadError extends Error {
  constructor() {
    super('the tuning stage read the test set (it may read only the training points)');
    this.name = 'TestSetReadError';
  }
}

/** The dataset with its test points sealed: its training points as they are; reading testX or testY throws a TestSetReadError. */
export function sealTestSet(dataset: Dataset): Dataset {
  const { trainX, trainY, truth } = dataset;
  return {
    trainX,
    trainY,
    truth,
    get testX(): Float32Array {
      throw new TestSetReadError();
    },
    get testY(): Float32Array {
      throw new TestSetReadError();
    },
  };
}
