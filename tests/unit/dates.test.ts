import { describe, expect, it } from 'vitest';
import { formatDate, monthName } from '../../src/lib/dates.ts';

describe('formatDate', () => {
  it('writes a full date in French and British English', () => {
    expect(formatDate('2026-01-06', 'fr')).toBe('6 janvier 2026');
    expect(formatDate('2026-01-06', 'en')).toBe('6 January 2026');
  });

  it('writes a month-only date without a day', () => {
    expect(formatDate('2025-07', 'fr')).toBe('juillet 2025');
    expect(formatDate('2025-07', 'en')).toBe('July 2025');
  });

  it('abbreviates the month as each language does, for a line of meta data', () => {
    expect(formatDate('2026-11-25', 'fr', 'short')).toBe('25 nov. 2026');
    expect(formatDate('2026-03-22', 'fr', 'short')).toBe('22 mars 2026');
    expect(formatDate('2026-11-25', 'en', 'short')).toBe('25 Nov 2026');
    expect(formatDate('2026-11-25', 'fr')).toBe('25 novembre 2026');
  });

  it('keeps the calendar day whatever the machine time zone', () => {
    const previous = process.env['TZ'];
    process.env['TZ'] = 'Pacific/Honolulu';
    try {
      expect(formatDate('2026-01-06', 'en')).toBe('6 January 2026');
    } finally {
      process.env['TZ'] = previous;
    }
  });

  it('rejects text that is not a date', () => {
    expect(() => formatDate('yesterday', 'fr')).toThrow('"yesterday" is not a date');
  });
});

describe('monthName', () => {
  it('names a month alone, in French and British English', () => {
    expect(monthName('2026-01', 'fr')).toBe('janvier');
    expect(monthName('2025-08', 'en')).toBe('August');
  });

  it('rejects text that is not a month', () => {
    expect(() => monthName('janvier', 'fr')).toThrow(/not a month/);
  });
});
