/** Sources cited by more than one registry file, and the date used for archived copies that carry none. */
import type { Source } from './schema';

/** Date of an archived copy that carries no date of its own: the year the research consulted it (the fact sheet was
 * compiled and cross-checked in 2026). */
export const UNDATED_COPY = '2026';

/** The New York Times, "The Secretive Company That Might End Privacy as We Know It" (18 Jan 2020), archived copy. */
export const NYT_2020: Source = { url: 'https://lists.ghserv.net/pipermail/lt/2020-January/018229.html', date: '2020-01-18', grade: 'verified' };
