/** Sizes a canvas's backing store for a CSS size and device pixel ratio; true when it changed (which clears it). */
export function sizeCanvas(canvas: HTMLCanvasElement, width: number, height: number, ratio: number): boolean {
  const w = Math.max(0, Math.round(width * ratio));
  const h = Math.max(0, Math.round(height * ratio));
  if (canvas.width === w && canvas.height === h) return false;
  canvas.width = w;
  canvas.height = h;
  return true;
}
