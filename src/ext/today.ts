/** Days as the user lives them: in the browser's time zone. Deadlines are counted in days, so "today" and "the start of
 * a day" come from here and nowhere else. */

/** Today's ISO day (YYYY-MM-DD) in local time. */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** The epoch milliseconds of local midnight at the start of an ISO day. */
export function startOfLocalDay(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 0, 0, 0, 0).getTime();
}
