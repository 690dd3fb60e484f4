import { mainRun } from '../../experiment/run-facts';
import { type ChangeEvent, useId, useState } from 'react';
import { formatCount } from '../kit/format';
import { useLab } from '../kit/context';
import { buildRunJson, runExportProblem } from './build-run-json';
import './export.css';
import { type ExportPanel, exportFileName } from './file-names';
import { lossCsv } from './loss-csv';
import { ExportError, panelSvg } from './panel-svg';
import { parseRunJson } from './parse-run-json';
import { pngScale, svgToPng } from './raster';
import { saveBlob } from './download';
import { MAX_RUN_FILE_BYTES } from '../../experiment/run-file';
import { STRINGS } from '../kit/strings';

type Status = { tone: 'ok' | 'error'; text: string } | null;

const FIGURES: readonly { id: ExportPanel; label: string }[] = [
  { id: 'fit', label: STRINGS.export.figures.fit },
  { id: 'network', label: STRINGS.export.figures.network },
  { id: 'loss', label: STRINGS.export.figures.loss },
];

function errorText(error: unknown, what: string): string {
  if (error instanceof ExportError) return error.message;
  const reason = error instanceof Error && error.message ? error.message : null;
  return STRINGS.export.failed(what, reason);
}

/**
 * Downloads of the figures (PNG, SVG), the loss history (CSV) and the run
 * (configuration and weights, JSON), and loading a saved run back.
 */
export function ExportMenu() {
  const { app, telemetry, session } = useLab();
  const ids = useId();
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const latestStep = () => {
    const runs = telemetry.getState().frame?.runs ?? [];
    return mainRun(runs)?.step ?? 0;
  };
  const done = (fileName: string) => setStatus({ tone: 'ok', text: STRINGS.export.downloaded(fileName) });
  const fail = (text: string) => setStatus({ tone: 'error', text });

  const exportSvg = (panel: ExportPanel) => {
    try {
      const step = latestStep();
      const { text } = panelSvg(panel, step);
      const name = exportFileName(panel, step, 'svg');
      saveBlob(new Blob([text], { type: 'image/svg+xml' }), name);
      done(name);
    } catch (error) {
      fail(errorText(error, STRINGS.export.makeSvg));
    }
  };

  const exportPng = async (panel: ExportPanel) => {
    setBusy(true);
    try {
      const step = latestStep();
      const { text, width, height } = panelSvg(panel, step);
      const blob = await svgToPng(text, width, height, pngScale(window.devicePixelRatio, width, height));
      const name = exportFileName(panel, step, 'png');
      saveBlob(blob, name);
      done(name);
    } catch (error) {
      fail(errorText(error, STRINGS.export.makePng));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    const { frame, histories } = telemetry.getState();
    if (frame === null || histories.length === 0) return fail(STRINGS.export.lossEmpty);
    if (histories.length !== frame.runs.length) return fail(STRINGS.export.runsRebuilding);
    const text = lossCsv(frame.runs.map((r, i) => ({ run: r.run, history: histories[i] })));
    const name = exportFileName('loss', latestStep(), 'csv');
    saveBlob(new Blob([text], { type: 'text/csv' }), name);
    done(name);
  };

  const exportJson = () => {
    const { config, playback } = app.getState();
    // The latest complete training state: the state at the pause, or at most half a second old while playing.
    const state = session.latestState();
    const problem = runExportProblem(config, playback, state);
    if (problem !== null || state === null) return fail(problem ?? STRINGS.export.nothingYet);
    const file = buildRunJson({ config, playback, state, savedAt: new Date() });
    const name = exportFileName('run', mainRun(state.runs)?.step ?? 0, 'json');
    saveBlob(new Blob([JSON.stringify(file)], { type: 'application/json' }), name);
    done(name);
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      if (file.size > MAX_RUN_FILE_BYTES) {
        return fail(STRINGS.export.tooLarge(file.name, (file.size / 1024 / 1024).toFixed(1), MAX_RUN_FILE_BYTES / 1024 / 1024));
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail(STRINGS.export.unreadable(file.name));
      }
      const result = parseRunJson(text);
      if (!result.ok) return fail(result.error);
      const { config, playback, restore, approximate } = result.run;
      session.load(config, playback, restore, approximate ? STRINGS.export.approximateResume : null);
      const loaded = STRINGS.export.loaded(file.name, formatCount(restore.runs[0]?.step ?? 0));
      setStatus({ tone: 'ok', text: approximate ? `${loaded} ${STRINGS.export.approximateResume}` : loaded });
    } finally {
      // The same file can be chosen again (e.g. after Undo).
      input.value = '';
    }
  };

  return (
    <details className="export-menu">
      <summary>{STRINGS.export.summary}</summary>
      <div className="export-body">
        <div className="export-section" role="group" aria-labelledby={`${ids}-figures`}>
          <p id={`${ids}-figures`} className="export-heading">
            {STRINGS.export.figuresHeading}
          </p>
          {FIGURES.map((figure) => (
            <div key={figure.id} className="export-row">
              <span className="export-label" aria-hidden="true">
                {figure.label}
              </span>
              <button type="button" aria-label={STRINGS.export.pngLabel(figure.label)} disabled={busy} onClick={() => void exportPng(figure.id)}>
                {STRINGS.export.png}
              </button>
              <button type="button" aria-label={STRINGS.export.svgLabel(figure.label)} onClick={() => exportSvg(figure.id)}>
                {STRINGS.export.svg}
              </button>
            </div>
          ))}
        </div>
        <div className="export-section" role="group" aria-labelledby={`${ids}-data`}>
          <p id={`${ids}-data`} className="export-heading">
            {STRINGS.export.dataHeading}
          </p>
          <button type="button" onClick={exportCsv}>
            {STRINGS.export.lossCsv}
          </button>
          <button type="button" onClick={exportJson}>
            {STRINGS.export.runJson}
          </button>
        </div>
        <div className="export-section export-load">
          <label htmlFor={`${ids}-file`} className="export-heading">
            {STRINGS.export.load}
          </label>
          <input id={`${ids}-file`} type="file" accept=".json,application/json" aria-describedby={`${ids}-load-hint`} onChange={(e) => void load(e)} />
          <p id={`${ids}-load-hint`} className="hint">
            {STRINGS.export.loadHint}
          </p>
        </div>
        <div className="export-messages">
          <p className="export-status" role="status">
            {status?.tone === 'ok' ? status.text : ''}
          </p>
          <p className="export-status export-error" role="alert">
            {status?.tone === 'error' ? status.text : ''}
          </p>
        </div>
      </div>
    </details>
  );
}
