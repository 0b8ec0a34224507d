import { describe, expect, it } from 'vitest';
import { formatMoment, tomorrowAt, MORNING_HOUR } from '../../src/ui/time';

// local times, so that the test reads the same in every time zone
const at = (y: number, mo: number, d: number, h: number, mi = 0) => new Date(y, mo - 1, d, h, mi).getTime();

describe('formatMoment (the pause labels)', () => {
  const now = at(2026, 11, 28, 21, 5); // a Saturday

  it('says only the time for a moment today, and the weekday too for another day', () => {
    expect(formatMoment(at(2026, 11, 28, 22, 5), now, 'de')).toBe('22:05');
    expect(formatMoment(at(2026, 11, 29, 8), now, 'de')).toBe('So., 08:00');
    expect(formatMoment(at(2026, 11, 29, 8), now, 'en')).toMatch(/^Sun,? 08:00\sAM$/);
  });

  it('formats each moment anew with the formatter it keeps for a language', () => {
    // the formatter is kept per language and kind of moment: a second moment must not read as the first
    expect(formatMoment(at(2026, 11, 28, 23, 40), now, 'de')).toBe('23:40');
    expect(formatMoment(at(2026, 11, 30, 8), now, 'de')).toBe('Mo., 08:00');
    expect(formatMoment(at(2026, 11, 29, 8), now, 'nl')).not.toBe(formatMoment(at(2026, 11, 29, 8), now, 'fr'));
  });

  it('falls back to English for a language the browser cannot format, rather than fail to show the popup', () => {
    expect(formatMoment(at(2026, 11, 29, 8), now, 'not a language!')).toBe(formatMoment(at(2026, 11, 29, 8), now, 'en'));
  });

  it('"tomorrow morning" is the next day at the morning hour, local time', () => {
    expect(tomorrowAt(now, MORNING_HOUR)).toBe(at(2026, 11, 29, MORNING_HOUR));
    expect(tomorrowAt(at(2026, 12, 31, 23, 59), MORNING_HOUR)).toBe(at(2027, 1, 1, MORNING_HOUR));
  });
});
