/**
 * Notices about settings the page could not use as given: each names the
 * field, the value given and the value used instead. The page shows them as
 * dismissible notices (as text, never as HTML: `given` is the visitor's input).
 */

export interface UrlNotice {
  /** The URL name of the setting, e.g. "p"; "*" for the summary of notices left out. */
  field: string;
  /** The value given, as text (clipped to a readable length). */
  given: string;
  /** The value used instead, in its URL text form ("none" for an empty value). */
  used: string;
  /** One sentence for the page, e.g. "p: 1.5 is outside 0–0.9; using 0.9." */
  message: string;
}

/** Longest stretch of a visitor's text that a notice repeats. */
const SHOWN_CHARS = 80;

/** A link full of garbage gets this many notices and then one summary. */
export const MAX_NOTICES = 20;

/** Cuts text to a readable length, without splitting a surrogate pair. */
export function clip(text: string, max = SHOWN_CHARS): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** Any value as text, without throwing (BigInt, cycles, objects without a prototype). */
export function printable(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    const json = JSON.stringify(value);
    if (json !== undefined) return json;
  } catch {
    // Not JSON: fall through to String.
  }
  try {
    return String(value);
  } catch {
    return '(unprintable value)';
  }
}

/** The first few problems, then a count of the rest. */
export function joinProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, 3).join('; ');
  return problems.length > 3 ? `${shown}; and ${problems.length - 3} more` : shown;
}

/** Collects notices, keeping the first MAX_NOTICES and summing up the rest. */
export class NoticeLog {
  private readonly kept: UrlNotice[] = [];
  private extra = 0;

  push(notice: UrlNotice | null): void {
    if (notice === null) return;
    if (this.kept.length < MAX_NOTICES) this.kept.push(notice);
    else this.extra += 1;
  }

  list(): UrlNotice[] {
    if (this.extra === 0) return [...this.kept];
    const summary: UrlNotice = {
      field: '*',
      given: `${this.extra} more`,
      used: 'none',
      message: `…and ${this.extra} more settings that could not be used as given were corrected or ignored.`,
    };
    return [...this.kept, summary];
  }
}
