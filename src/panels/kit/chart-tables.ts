import { formatPFixed } from '../../experiment/p-format';
import type { Telemetry } from '../../state/telemetry-store';
import type { RunFrame } from '../../training/protocol';
import type { TableData } from './ChartTable';
import { formatCount, formatLoss } from './format';
import { STRINGS } from './strings';

const runName = (id: string, compare: boolean) => (!compare ? STRINGS.dataTables.run : id === 'A' ? STRINGS.dataTables.runA : STRINGS.dataTables.runB);

/** The fit at 11 evenly spaced x: the true function and each run's prediction. */
export function fitTable({ data, frame }: Telemetry): TableData | null {
  if (data === null || frame === null) return null;
  const compare = frame.runs.length > 1;
  const columns = [
    STRINGS.dataTables.fit.x,
    ...(data.truthY ? [STRINGS.dataTables.fit.truth] : []),
    ...frame.runs.map((r) => STRINGS.dataTables.fit.prediction(runName(r.run, compare))),
  ];
  const rows: string[][] = [];
  const last = data.gridX.length - 1;
  for (let k = 0; k <= 10; k++) {
    const i = Math.round((k / 10) * last);
    rows.push([data.gridX[i].toFixed(1), ...(data.truthY ? [formatLoss(data.truthY[i])] : []), ...frame.runs.map((r) => formatLoss(r.prediction[i]))]);
  }
  return { columns, rows };
}

/** First, best-test and latest points of each run's loss history. */
export function lossTable({ histories, frame }: Telemetry): TableData | null {
  if (frame === null || histories.length === 0) return null;
  const compare = frame.runs.length > 1;
  const rows: string[][] = [];
  histories.forEach((h, i) => {
    const name = runName(frame.runs[i]?.run ?? 'B', compare);
    const points: Array<[string, number]> = [[STRINGS.dataTables.loss.first, 0]];
    if (h.bestIndex >= 0) points.push([STRINGS.dataTables.loss.best, h.bestIndex]);
    if (h.length > 0) points.push([STRINGS.dataTables.loss.latest, h.length - 1]);
    for (const [label, j] of points) {
      if (j >= h.length) continue;
      rows.push([STRINGS.dataTables.loss.row(name, label), formatCount(h.step[j]), formatLoss(h.train[j]), formatLoss(h.test[j])]);
    }
  });
  return { columns: [...STRINGS.dataTables.loss.columns], rows };
}

/** Gaussian dropout and DropConnect drop no neuron: the cell says what their noise did to the layer in the example shown. */
function droppedCell(run: RunFrame, layer: number, dropped: number): string {
  if (!((run.dropout[layer] ?? 0) > 0)) return String(dropped);
  const factors = run.neuronFactors?.[layer];
  if (factors !== undefined && factors.length > 0) {
    const text = (f: number) => f.toFixed(2).replace('-', '−');
    return STRINGS.dataTables.network.gaussian(dropped, text(Math.min(...factors)), text(Math.max(...factors)));
  }
  // keptEdges[l] holds the weights reading hidden layer l + 1: the ones its neurons send.
  const kept = run.keptEdges?.[layer];
  if (kept === undefined) return String(dropped);
  const cut = kept.reduce((n, k) => n + (k === 0 ? 1 : 0), 0);
  return STRINGS.dataTables.network.dropConnect(dropped, cut, kept.length);
}

/** Per hidden layer: width, p, and how many neurons the shown example dropped. */
export function networkTable({ frame }: Telemetry): TableData | null {
  if (frame === null) return null;
  const compare = frame.runs.length > 1;
  const rows: string[][] = [];
  for (const run of frame.runs) {
    run.masks.forEach((mask, l) => {
      const dropped = mask.reduce((n, m) => n + (m === 0 ? 1 : 0), 0);
      rows.push([
        STRINGS.dataTables.network.row(runName(run.run, compare), l + 1),
        String(mask.length),
        formatPFixed(run.dropout[l]),
        formatPFixed(1 - run.dropout[l]),
        droppedCell(run, l, dropped),
      ]);
    });
  }
  return { columns: [...STRINGS.dataTables.network.columns], rows };
}
