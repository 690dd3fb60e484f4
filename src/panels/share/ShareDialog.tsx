import { useEffect, useId, useRef, useState } from 'react';
import { CONTROL_NAMES, embedHeight, PANEL_NAMES } from '../../experiment/page-options';
import { useLab } from '../kit/context';
import { STRINGS } from '../kit/strings';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The iframe snippet for a course page. */
export function iframeSnippet(src: string, sandboxed: boolean, height: number): string {
  const sandbox = sandboxed ? ' sandbox="allow-scripts allow-same-origin allow-downloads allow-popups"' : '';
  return `<iframe src="${src.replace(/"/g, '&quot;')}" title="${STRINGS.share.iframeTitle}" width="100%" height="${height}" style="border:0" loading="lazy" allow="fullscreen; clipboard-write"${sandbox}></iframe>`;
}

/** Share: copy the link of this configuration, or build the embed code for an iframe. */
export function ShareDialog({ onClose }: { onClose: () => void }) {
  const { links } = useLab();
  const titleId = useId();
  const [panels, setPanels] = useState<string[]>(['fit', 'network', 'loss', 'controls']);
  const [hide, setHide] = useState<string[]>([]);
  const [sandboxed, setSandboxed] = useState(false);
  const [status, setStatus] = useState('');
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const toggle = (list: string[], item: string, on: boolean) => (on ? [...list, item] : list.filter((x) => x !== item));
  const link = links.share();
  const snippet = iframeSnippet(links.embed({ panels, hide }), sandboxed, embedHeight(panels.length));
  return (
    <div
      className="share-dialog"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <h2 id={titleId}>{STRINGS.share.title}</h2>
      <div className="share-row">
        <input type="text" readOnly value={link} aria-label={STRINGS.share.linkLabel} onFocus={(e) => e.currentTarget.select()} />
        <button ref={first} type="button" onClick={async () => setStatus((await copy(link)) ? STRINGS.share.linkCopied : STRINGS.share.linkFailed)}>
          {STRINGS.share.copyLink}
        </button>
      </div>
      <fieldset className="share-choices">
        <legend>{STRINGS.share.panels}</legend>
        {PANEL_NAMES.map((p) => (
          <label key={p} className="check">
            <input type="checkbox" checked={panels.includes(p)} onChange={(e) => setPanels(toggle(panels, p, e.currentTarget.checked))} />
            {p}
          </label>
        ))}
      </fieldset>
      <fieldset className="share-choices">
        <legend>{STRINGS.share.hide}</legend>
        {CONTROL_NAMES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={hide.includes(c)} onChange={(e) => setHide(toggle(hide, c, e.currentTarget.checked))} />
            {c}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={sandboxed} onChange={(e) => setSandboxed(e.currentTarget.checked)} />
        {STRINGS.share.sandboxed}
      </label>
      <textarea readOnly value={snippet} rows={4} aria-label={STRINGS.share.codeLabel} onFocus={(e) => e.currentTarget.select()} />
      <div className="share-row">
        <button type="button" onClick={async () => setStatus((await copy(snippet)) ? STRINGS.share.codeCopied : STRINGS.share.codeFailed)}>
          {STRINGS.share.copyCode}
        </button>
        <button type="button" onClick={onClose}>
          {STRINGS.share.close}
        </button>
      </div>
      <p className="hint" role="status">
        {status}
      </p>
    </div>
  );
}
