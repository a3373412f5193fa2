import { describe, expect, it } from 'vitest';
import { formatDateTime, isLocked, parseApiTime } from './format.ts';

describe('API times', () => {
  it('reads ISO and PostgreSQL text', () => {
    expect(parseApiTime('2026-11-26T13:04:34.649000Z').toISOString()).toBe('2026-11-26T13:04:34.649Z');
    expect(parseApiTime('2026-11-26 13:04:30.414+00').toISOString()).toBe('2026-11-26T13:04:30.414Z');
  });

  it('shows Dutch time', () => {
    expect(formatDateTime('2026-11-26 13:04:30+00', 'nl')).toContain('14:04');
    expect(formatDateTime('niet een datum', 'nl')).toBe('niet een datum');
  });

  it('knows whether a lock still holds', () => {
    const now = new Date('2026-11-26T13:00:00Z');
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked('2026-11-26 13:15:00+00', now)).toBe(true);
    expect(isLocked('2026-11-26 12:45:00+00', now)).toBe(false);
  });
});
