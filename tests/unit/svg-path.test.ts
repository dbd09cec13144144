import { describe, expect, it } from 'vitest';
import { ScreenPath } from '../../src/lib/svg-path.ts';

const draw = (steps: (context: ScreenPath) => void) => {
  const context = new ScreenPath();
  steps(context);
  return context.result();
};

describe('ScreenPath', () => {
  it('writes rings in whole units relative to the previous point, the next ring from the last one’s start', () => {
    const d = draw((c) => {
      c.moveTo(10.4, 20.6);
      c.lineTo(30, 20.6);
      c.lineTo(30, 40);
      c.closePath();
      c.moveTo(5, 5);
      c.lineTo(8, 5);
      c.lineTo(8, 1);
      c.closePath();
    });
    expect(d).toBe('m10 21 20 0 0 19z' + 'm-5-16 3 0 0-4z');
  });

  it('drops repeated points and the rings or lines that rounding collapses', () => {
    const d = draw((c) => {
      c.moveTo(0, 0);
      c.lineTo(0.2, 0.1);
      c.lineTo(0.4, 0.3);
      c.closePath();
      c.moveTo(1, 1);
      c.lineTo(1.2, 1.1);
      c.moveTo(0, 0);
      c.lineTo(0.2, 0);
      c.lineTo(4, 0);
      c.lineTo(4, 3);
    });
    expect(d).toBe('m0 0 4 0 0 3');
  });
});
