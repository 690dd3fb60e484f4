/**
 * The embed postMessage API (docs/embed.md): the embedding page drives the
 * lab with `dropout-lab:command` messages and hears back ready, progress,
 * state, warning, error and resize messages. Only the parent window is
 * listened to, and only from the link's `origin` when it sets one; a page
 * that is not framed, or whose `origin` is unusable, neither listens nor sends.
 */
import { LESSON_STEPS } from '../experiment/presets';
import { assertNever } from '../experiment/assert-never';
import type { AppStore } from '../state/app-store';
import type { Session } from '../state/session';
import type { TelemetryStore } from '../state/telemetry-store';
import type { Frame } from '../training/protocol';
import { urlStateOf } from './location-sync';
import { applyUrlState, type SweepControl, unappliedFields } from './message-apply';
import { type Command, type CommandWarning, type MessageId, MESSAGE_PREFIX, parseMessage } from './message-parse';
import { type Progress, progressOf } from './message-progress';
import { type IncomingMessage, type MessageTarget, windowTarget } from './message-target';
import { applyParams, toJsonParams } from '../experiment/link-codec';
import { INVALID_ORIGIN } from '../experiment/settings';

/** The version of this message API (not of the app). */
export const MESSAGE_API_VERSION = 1;
/** package.json's version. */
export const APP_VERSION = '0.1.0';
/** Progress while training: at most one message per this many ms (10 a second). */
export const PROGRESS_INTERVAL_MS = 100;
/** Commands kept until the app is ready; the rest are refused with an error. */
export const QUEUE_LIMIT = 100;
/** A command that changed nothing the trainer reports on still gets its progress after this long. */
export const SETTLE_MS = 500;

export interface MessageApiDeps {
  app: AppStore;
  telemetry: TelemetryStore;
  session: Session;
  /** The sweep store, where the page has one: its settings are part of `params` and of `set`. */
  sweep?: SweepControl;
  target?: MessageTarget;
}

/** Starts the embed API; returns a function that stops it. Does nothing when the page is not framed. */
export function startMessageApi(deps: MessageApiDeps): () => void {
  const { app, telemetry, session } = deps;
  const target = deps.target ?? windowTarget();
  const parent = target.parent;
  const origin = app.getState().page.origin;
  // Not framed, or an unusable origin: listen to nothing, send nothing (fail closed).
  if (parent === null || origin === INVALID_ORIGIN) return () => {};
  const targetOrigin = origin ?? '*';

  let ready = false;
  let queue: Command[] = [];
  let lastFrame: Frame | null = null;
  let lastSentKey: string | null = null;
  let lastProgressAt = -Infinity;
  /** A command asked for a progress report once the trainer is paused. */
  let owed = false;
  let cancelSettle: (() => void) | null = null;
  let lastHeight: number | null = null;

  const send = (type: string, body: object = {}): void => {
    try {
      parent.postMessage({ type: `${MESSAGE_PREFIX}${type}`, ...body }, targetOrigin);
    } catch {
      // A parent that navigated away, or a clone that failed: nothing to report it to.
    }
  };
  const idOf = (id: MessageId | undefined) => (id === undefined ? {} : { id });
  const sendError = (message: string, id?: MessageId) => send('error', { message, ...idOf(id) });
  const sendWarnings = (warnings: readonly CommandWarning[], id?: MessageId) => {
    if (warnings.length === 0) return;
    send('warning', { message: warnings.map((w) => w.message).join(' '), fields: warnings.flatMap((w) => w.fields), ...idOf(id) });
  };
  const urlState = () => urlStateOf(app.getState(), deps.sweep?.store.getState().settings);
  const params = () => toJsonParams(urlState());

  const sendProgress = (progress: Progress, key: string): void => {
    lastSentKey = key;
    lastProgressAt = target.now();
    owed = false;
    cancelSettle?.();
    cancelSettle = null;
    send('progress', { ...progress });
  };

  const currentFrame = (): Frame | null => telemetry.getState().frame ?? lastFrame;

  const settle = (): void => {
    cancelSettle = null;
    if (!owed) return;
    const frame = currentFrame();
    owed = false;
    // Still training (a long step): the progress follows when it pauses.
    if (frame === null || frame.playing) return;
    const progress = progressOf(frame);
    sendProgress(progress, JSON.stringify(progress));
  };

  const owe = (): void => {
    owed = true;
    cancelSettle?.();
    cancelSettle = target.setTimer(settle, SETTLE_MS);
  };

  const run = (command: Command, warnings: readonly CommandWarning[]): void => {
    sendWarnings(warnings, command.id);
    if ((command.command === 'play' || command.command === 'step') && app.getState().diverged) {
      sendError(`${command.command}: the run diverged (its loss became infinite), so it cannot train on; lower lr with set, or send reset.`, command.id);
      return;
    }
    switch (command.command) {
      case 'play':
        session.play();
        return;
      case 'pause':
        session.pause();
        owe();
        return;
      case 'reset':
        session.reset();
        owe();
        return;
      case 'step':
        session.step(command.steps);
        owe();
        return;
      case 'set': {
        const result = applyParams(urlState(), command.params);
        if (result.error !== null) {
          sendError(result.error, command.id);
          return;
        }
        applyUrlState(app, session, result.state, deps.sweep);
        const warnings: CommandWarning[] = [];
        if (result.notices.length > 0) warnings.push({ message: result.notices.map((n) => n.message).join(' '), fields: result.notices.map((n) => n.field) });
        const unapplied = unappliedFields(toJsonParams(result.state), params());
        if (unapplied !== null) warnings.push(unapplied);
        sendWarnings(warnings, command.id);
        owe();
        return;
      }
      case 'get': {
        const frame = currentFrame();
        const progress = frame === null ? null : progressOf(frame);
        send('state', { ...progress, params: params(), ...idOf(command.id) });
        return;
      }
      default:
        assertNever(command);
    }
  };

  const runSafely = (command: Command, warnings: readonly CommandWarning[]): void => {
    try {
      run(command, warnings);
    } catch {
      sendError(`${command.command}: the command failed inside Dropout Lab; reload the page and try again.`, command.id);
    }
  };

  const onMessage = (message: IncomingMessage): void => {
    try {
      if (message.source !== parent) return;
      if (origin !== null && message.origin !== origin) return;
      const parsed = parseMessage(message.data);
      if (parsed.kind === 'ignore') return;
      if (parsed.kind === 'error') {
        sendError(parsed.message, parsed.id);
        return;
      }
      if (ready) {
        runSafely(parsed.command, parsed.warnings);
      } else if (queue.length < QUEUE_LIMIT) {
        sendWarnings(parsed.warnings, parsed.command.id);
        queue.push(parsed.command);
      } else {
        sendError(
          `${parsed.command.command}: ${QUEUE_LIMIT} commands are already waiting for Dropout Lab to start; this one was dropped. Wait for dropout-lab:ready before sending more.`,
          parsed.command.id,
        );
      }
    } catch {
      // A hostile object (a throwing proxy) cannot get past here; it changes nothing.
    }
  };

  const becomeReady = (frame: Frame): void => {
    ready = true;
    const progress = progressOf(frame);
    lastSentKey = JSON.stringify(progress);
    send('ready', { version: MESSAGE_API_VERSION, appVersion: APP_VERSION, lessonSteps: LESSON_STEPS, params: params() });
    const waiting = queue;
    queue = [];
    for (const command of waiting) runSafely(command, []);
  };

  const onCommit = (frame: Frame): void => {
    lastFrame = frame;
    if (!ready) {
      becomeReady(frame);
      return;
    }
    const progress = progressOf(frame);
    const key = JSON.stringify(progress);
    if (frame.playing) {
      if (key !== lastSentKey && target.now() - lastProgressAt >= PROGRESS_INTERVAL_MS) sendProgress(progress, key);
    } else if (owed || key !== lastSentKey) {
      sendProgress(progress, key);
    }
  };

  const stopListening = target.listen(onMessage);
  // Every notice the page shows (or would show, where the embed keeps notices off) reaches the host as a warning.
  const unsubscribeNotices = app.subscribe((state, previous) => {
    for (const notice of state.notices) {
      if (!previous.notices.some((n) => n.id === notice.id)) send('warning', { message: notice.text, fields: [] });
    }
  });
  const unsubscribe = telemetry.subscribe((state, previous) => {
    if (state.commit === previous.commit || state.frame === null) return;
    try {
      onCommit(state.frame);
    } catch {
      // Reporting must never break the page's own frame loop.
    }
  });
  const stopHeight = target.watchHeight((height) => {
    const rounded = Math.round(height);
    // Zero: nothing rendered yet (the API starts before React's first render).
    if (!Number.isFinite(rounded) || rounded <= 0 || rounded === lastHeight) return;
    lastHeight = rounded;
    send('resize', { height: rounded });
  });
  const initial = telemetry.getState().frame;
  if (initial !== null) onCommit(initial);

  return () => {
    stopListening();
    unsubscribe();
    unsubscribeNotices();
    stopHeight();
    cancelSettle?.();
    cancelSettle = null;
    queue = [];
  };
}
