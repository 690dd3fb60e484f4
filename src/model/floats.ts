/** The kernel runs on Float32Array in the app; a Float64Array instantiation makes gradient checks tight. */
export type Precision = 'f32' | 'f64';
export type FloatArray = Float32Array | Float64Array;

export function allocFloats(precision: Precision, length: number): FloatArray {
  return precision === 'f64' ? new Float64Array(length) : new Float32Array(length);
}
