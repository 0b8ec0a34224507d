/** Sources cited by more than one registry file, and the date used for archived copies that carry none. */
import type { Source } from './schema';

/** The year the research consulted a source that carries no date of its own (the fact sheet was compiled and
 * cross-checked in 2026). Users read it as "consulted 2026", never as the source's date. */
export const CONSULTED = '2026';

/** A source with no date of its own, consulted in 2026. */
export function undated(url: string, grade: Source['grade']): Source {
  return { url, date: CONSULTED, grade, undated: true };
}

/** The New York Times, "The Secretive Company That Might End Privacy as We Know It" (18 Jan 2020). */
export const NYT_2020: Source = { url: 'https://www.nytimes.com/2020/01/18/technology/clearview-privacy-facial-recognition.html', date: '2020-01-18', grade: 'verified' };
