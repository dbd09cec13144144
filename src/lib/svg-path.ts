/**
 * A d3-geo path context that writes SVG path data for the screen: coordinates rounded to whole
 * viewBox units, written relative to the previous point (short numbers, which compress well),
 * repeated points dropped, and rings or lines that rounding collapses dropped whole.
 */
import type { GeoContext } from 'd3-geo';

type Point = readonly [number, number];

export class ScreenPath implements GeoContext {
  #data = '';
  /** Where the pen is after what was written: the last point, or a ring's start after its `z`. */
  #pen: Point = [0, 0];
  #pending: Point[] = [];

  moveTo(x: number, y: number): void {
    this.#flush(false);
    this.#pending = [[Math.round(x), Math.round(y)]];
  }

  lineTo(x: number, y: number): void {
    const point: Point = [Math.round(x), Math.round(y)];
    const last = this.#pending.at(-1);
    if (last === undefined || last[0] !== point[0] || last[1] !== point[1]) this.#pending.push(point);
  }

  closePath(): void {
    this.#flush(true);
  }

  arc(): void {
    throw new Error('ScreenPath draws lines and polygons, not points');
  }

  beginPath(): void {}

  /** The path data written so far (ends the open line, if any). */
  result(): string {
    this.#flush(false);
    return this.#data;
  }

  /** Writes the pending ring (closed) or line, unless it has collapsed to a point or a segment. */
  #flush(closed: boolean): void {
    const points = this.#pending;
    this.#pending = [];
    if (closed && points.length > 1 && samePoint(points[0], points.at(-1))) points.pop();
    if (points.length < (closed ? 3 : 2)) return;
    let [x, y] = this.#pen;
    const steps = points.map(([px, py]) => {
      const step = `${px - x} ${py - y}`;
      [x, y] = [px, py];
      return step;
    });
    this.#data += `m${steps.join(' ')}${closed ? 'z' : ''}`.replace(/ -/g, '-');
    this.#pen = closed ? (points[0] as Point) : [x, y];
  }
}

function samePoint(a: Point | undefined, b: Point | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}
