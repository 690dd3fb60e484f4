/**
 * Marks a panel draws on a canvas still belong in its SVG export, as vectors.
 * A chart registers, for its on-screen <svg>, a writer that fills a clone of
 * that <svg> with those marks, built from the chart's data (never read back
 * from the canvas). The exporter calls it on its copy.
 */
type Writer = (copy: SVGSVGElement) => void;

const writers = new WeakMap<SVGSVGElement, Writer>();

/** Registers `write` for `svg`; returns the function that removes it. */
export function registerVectorExport(svg: SVGSVGElement, write: Writer): () => void {
  writers.set(svg, write);
  return () => {
    if (writers.get(svg) === write) writers.delete(svg);
  };
}

/** Lets the chart of `source` write its canvas-drawn marks into `copy`, a clone of it; nothing when it has none. */
export function writeVectorMarks(source: SVGSVGElement, copy: SVGSVGElement): void {
  writers.get(source)?.(copy);
}
