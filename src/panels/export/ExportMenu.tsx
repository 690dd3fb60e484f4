import { type ChangeEvent, useId, useState } from 'react';
import { formatCount } from '../format';
import { useLab } from '../context';
import { buildRunJson, runExportProblem } from './build-run-json';
import './export.css';
import { type ExportPanel, exportFileName } from './file-names';
import { lossCsv } from './loss-csv';
import { ExportError, panelSvg } from './panel-svg';
import { parseRunJson } from './parse-run-json';
import { pngScale, svgToPng } from './raster';
import { saveBlob } from './download';
import { MAX_RUN_FILE_BYTES } from './run-file';

type Status = { tone: 'ok' | 'error'; text: string } | null;

const FIGURES: readonly { id: ExportPanel; label: string }[] = [
  { id: 'fit', label: 'Fit plot' },
  { id: 'network', label: 'Network' },
  { id: 'loss', label: 'Loss curves' },
];

function errorText(error: unknown, what: string): string {
  if (error instanceof ExportError) return error.message;
  const reason = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `Could not ${what}${reason}. Try again, or try another browser.`;
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
    return runs.length > 0 ? runs[runs.length - 1].step : 0;
  };
  const done = (fileName: string) => setStatus({ tone: 'ok', text: `Downloaded ${fileName}.` });
  const fail = (text: string) => setStatus({ tone: 'error', text });

  const exportSvg = (panel: ExportPanel) => {
    try {
      const step = latestStep();
      const { text } = panelSvg(panel, step);
      const name = exportFileName(panel, step, 'svg');
      saveBlob(new Blob([text], { type: 'image/svg+xml' }), name);
      done(name);
    } catch (error) {
      fail(errorText(error, 'make the SVG'));
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
      fail(errorText(error, 'make the PNG'));
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    const { frame, histories } = telemetry.getState();
    if (frame === null || histories.length === 0) return fail('Nothing to save yet: the loss history is empty. Start training, then try again.');
    if (histories.length !== frame.runs.length) return fail('The runs are being rebuilt after a change; try again in a moment.');
    const text = lossCsv(frame.runs.map((r, i) => ({ run: r.run, history: histories[i] })));
    const name = exportFileName('loss', latestStep(), 'csv');
    saveBlob(new Blob([text], { type: 'text/csv' }), name);
    done(name);
  };

  const exportJson = () => {
    const { config, playback } = app.getState();
    const frame = telemetry.getState().frame;
    const problem = runExportProblem(config, playback, frame);
    if (problem !== null || frame === null) return fail(problem ?? 'Nothing to save yet.');
    const file = buildRunJson({ config, playback, frame, savedAt: new Date() });
    const name = exportFileName('run', latestStep(), 'json');
    saveBlob(new Blob([JSON.stringify(file)], { type: 'application/json' }), name);
    done(name);
  };

  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    try {
      if (file.size > MAX_RUN_FILE_BYTES) {
        return fail(`“${file.name}” is too large (${(file.size / 1024 / 1024).toFixed(1)} MB); a saved run is at most ${MAX_RUN_FILE_BYTES / 1024 / 1024} MB. Nothing was changed.`);
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail(`Could not read “${file.name}”. Nothing was changed.`);
      }
      const result = parseRunJson(text);
      if (!result.ok) return fail(result.error);
      const { config, playback, restore } = result.run;
      session.load(config, playback, restore);
      setStatus({ tone: 'ok', text: `Loaded “${file.name}”: training continues from step ${formatCount(restore.runs[0]?.step ?? 0)}.` });
    } finally {
      // The same file can be chosen again (e.g. after Undo).
      input.value = '';
    }
  };

  return (
    <details className="export-menu">
      <summary>Export and load</summary>
      <div className="export-body">
        <div className="export-section" role="group" aria-labelledby={`${ids}-figures`}>
          <p id={`${ids}-figures`} className="export-heading">
            Figures (as on screen)
          </p>
          {FIGURES.map((figure) => (
            <div key={figure.id} className="export-row">
              <span className="export-label" aria-hidden="true">
                {figure.label}
              </span>
              <button type="button" aria-label={`${figure.label}: PNG image`} disabled={busy} onClick={() => void exportPng(figure.id)}>
                PNG
              </button>
              <button type="button" aria-label={`${figure.label}: SVG image`} onClick={() => exportSvg(figure.id)}>
                SVG
              </button>
            </div>
          ))}
        </div>
        <div className="export-section" role="group" aria-labelledby={`${ids}-data`}>
          <p id={`${ids}-data`} className="export-heading">
            Data
          </p>
          <button type="button" onClick={exportCsv}>
            Loss history (.csv)
          </button>
          <button type="button" onClick={exportJson}>
            Configuration and weights (.json)
          </button>
        </div>
        <div className="export-section export-load">
          <label htmlFor={`${ids}-file`} className="export-heading">
            Load a saved run (.json)
          </label>
          <input id={`${ids}-file`} type="file" accept=".json,application/json" aria-describedby={`${ids}-load-hint`} onChange={(e) => void load(e)} />
          <p id={`${ids}-load-hint`} className="hint">
            Restores the settings and weights and continues training from the saved step. Undo brings back the current run.
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
