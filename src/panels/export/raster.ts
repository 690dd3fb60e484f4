import { STRINGS } from '../kit/strings';

/** Canvas sides beyond this fail in some browsers. */
const MAX_CANVAS_SIDE = 8192;

/** The pixel scale of a PNG export: at least 2×, or the screen's own density when that is higher. */
export function pngScale(devicePixelRatio: number, width: number, height: number): number {
  const wanted = Math.max(2, Number.isFinite(devicePixelRatio) ? devicePixelRatio : 1);
  return Math.min(wanted, MAX_CANVAS_SIDE / Math.max(1, width), MAX_CANVAS_SIDE / Math.max(1, height));
}

/** Draws serialized SVG text into a canvas and encodes it as PNG. */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image(width, height);
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (context === null) throw new Error(STRINGS.export.noCanvas);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error(STRINGS.export.pngEncodeFailed))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
