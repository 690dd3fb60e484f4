import type { ExperimentConfig } from '../../src/experiment/types';
import { BASE, type Candidate, type Extras } from './lib';

export type Patch = Partial<ExperimentConfig> & { name?: string; steps?: number; extras?: Extras; base?: boolean };

export function toCandidate(base: Patch, p: Patch): Candidate {
  const merged = { ...base, ...p, extras: { ...base.extras, ...p.extras } };
  // `base` only says which base the patch started from: not a setting.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { name, steps, extras, base: _b, ...cfg } = merged;
  const config = { ...BASE, ...cfg } as ExperimentConfig;
  if (config.dropout.length !== config.hiddenLayers.length) config.dropout = config.hiddenLayers.map(() => config.dropout[0]);
  return { name: name ?? JSON.stringify(p), config, extras, steps: steps ?? 2000 };
}
