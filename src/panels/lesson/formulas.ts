/** The dropout formulas of the lesson, as MathML React elements. */
import type { ReactElement } from 'react';
import { accent, math, mfrac, mi, mn, mo, mrow, msub, msup, mtext, paren } from './mathml';
import { LESSON } from './strings';

const hTilde = () => accent(mi('h'), '~');
const oneMinusP = () => mrow(mn('1'), mo('−'), mi('p'));
const maskedH = () => mrow(mi('M'), mo('⊙'), mi('h'));
const hTest = () => msub(mi('h'), mtext(LESSON.test));

/** M ∼ Bernoulli(1 − p) */
export function bernoulliFormula(): ReactElement {
  return math(LESSON.alt.bernoulli, mi('M'), mo('∼'), mi('Bernoulli'), paren(oneMinusP()));
}

/** h̃ = M ⊙ h */
export function maskFormula(): ReactElement {
  return math(LESSON.alt.mask, hTilde(), mo('='), maskedH());
}

/** h⁽ˡ⁺¹⁾ = f(W h̃ + b) */
export function nextLayerFormula(): ReactElement {
  return math(LESSON.alt.next, msup(mi('h'), paren(mi('l'), mo('+'), mn('1'))), mo('='), mi('f'), paren(mi('W'), hTilde(), mo('+'), mi('b')));
}

/** Inverted, in training: h̃ = M ⊙ h / (1 − p) */
export function invertedTrainFormula(): ReactElement {
  return math(LESSON.alt.invertedTrain, hTilde(), mo('='), mfrac(maskedH(), oneMinusP()));
}

/** Inverted, at test time: h_test = h */
export function invertedTestFormula(): ReactElement {
  return math(LESSON.alt.invertedTest, hTest(), mo('='), mi('h'));
}

/** Classic, in training: h̃ = M ⊙ h */
export function classicTrainFormula(): ReactElement {
  return math(LESSON.alt.classicTrain, hTilde(), mo('='), maskedH());
}

/** Classic, at test time: h_test = (1 − p) h */
export function classicTestFormula(): ReactElement {
  return math(LESSON.alt.classicTest, hTest(), mo('='), paren(oneMinusP()), mi('h'));
}
