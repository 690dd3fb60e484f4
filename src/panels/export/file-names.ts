export type ExportPanel = 'fit' | 'network' | 'loss';
export type ExportKind = ExportPanel | 'run';

/** A download's name, e.g. dropout-lab-fit-step-1234.png. */
export function exportFileName(kind: ExportKind, step: number, extension: string): string {
  const whole = Number.isFinite(step) ? Math.max(0, Math.floor(step)) : 0;
  return `dropout-lab-${kind}-step-${whole}.${extension}`;
}
