/** Moments as people read them, in the page's language and time zone. */

/** One formatter per language and kind of moment: making one costs a fresh page milliseconds (the browser loads its
 * date patterns for the language), formatting with it next to nothing. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, sameDay: boolean): Intl.DateTimeFormat {
  const key = `${sameDay ? 't' : 'd'}:${lang}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions = sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'short', hour: '2-digit', minute: '2-digit' };
    try {
      f = new Intl.DateTimeFormat(lang, opts);
    } catch {
      f = new Intl.DateTimeFormat('en', opts);
    }
    formatters.set(key, f);
  }
  return f;
}

/** "14:35" today, "Sat 08:00" on another day (the browser's own formatting for the language). */
export function formatMoment(at: number, now: number, lang: string): string {
  const d = new Date(at);
  return formatter(lang, new Date(now).toDateString() === d.toDateString()).format(d);
}

/** The next day at `hour` o'clock, local time. */
export function tomorrowAt(now: number, hour: number): number {
  const d = new Date(now);
  d.setDate(d.getDate() + 1);
  d.setHours(hour, 0, 0, 0);
  return d.getTime();
}

export const HOUR_MS = 3_600_000;
/** "Pause until tomorrow" means until this hour of the next morning. */
export const MORNING_HOUR = 8;
