/**
 * Tiny builders for MathML as React elements (React DOM puts <math> and its
 * children in the MathML namespace). No innerHTML, no math library: browsers
 * render MathML Core natively.
 */
import { createElement, type ReactElement, type ReactNode } from 'react';

interface MathAttributes {
  display?: 'block' | 'inline';
  alttext?: string;
  className?: string;
  accent?: 'true';
  mathvariant?: 'normal';
}

function node(tag: string, attributes: MathAttributes | null, children: ReactNode[]): ReactElement {
  return createElement(tag, attributes, ...children);
}

/** A <math> element; `alttext` is the plain reading for assistive technology. */
export function math(alttext: string, ...children: ReactNode[]): ReactElement {
  return node('math', { display: 'block', alttext }, children);
}

/** An identifier: "h", "M", "Bernoulli". */
export const mi = (text: string, upright = false): ReactElement => node('mi', upright ? { mathvariant: 'normal' } : null, [text]);
/** An operator or fence: "=", "(", "⊙". */
export const mo = (text: string): ReactElement => node('mo', null, [text]);
/** A number. */
export const mn = (text: string): ReactElement => node('mn', null, [text]);
/** Plain text inside a formula. */
export const mtext = (text: string): ReactElement => node('mtext', null, [text]);
/** A group. */
export const mrow = (...children: ReactNode[]): ReactElement => node('mrow', null, children);
/** A fraction. */
export const mfrac = (numerator: ReactNode, denominator: ReactNode): ReactElement => node('mfrac', null, [numerator, denominator]);
/** A superscript. */
export const msup = (base: ReactNode, superscript: ReactNode): ReactElement => node('msup', null, [base, superscript]);
/** A subscript. */
export const msub = (base: ReactNode, subscript: ReactNode): ReactElement => node('msub', null, [base, subscript]);
/** An accent over its base: h with a tilde. */
export const accent = (base: ReactNode, mark: string): ReactElement => node('mover', { accent: 'true' }, [base, mo(mark)]);

/** (content), with stretchy fences grouped with it. */
export const paren = (...content: ReactNode[]): ReactElement => mrow(mo('('), ...content, mo(')'));
