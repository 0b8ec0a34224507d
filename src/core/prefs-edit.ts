/** Changes to the preferences (core/prefs.ts): each returns a copy. Apart from the reader, which every badge uses, so
 * that the worker loads these only where a choice is made. */
import { MAX_PAUSE_MS, type Prefs, type SiteMode } from './prefs';

/** A copy with a pause on `site` until `until` (capped at a week from `now`), or without one (`null`). Pauses that
 * have ended are dropped at the same time. */
export function withPause(prefs: Prefs, site: string, until: number | null, now: number): Prefs {
  const pauses = runningPauses(prefs, now);
  delete pauses[site];
  if (until !== null && until > now) pauses[site] = Math.min(Math.round(until), now + MAX_PAUSE_MS);
  return { ...prefs, sites: { ...prefs.sites }, pauses };
}

/** The pauses still running at `now`. */
export function runningPauses(prefs: Prefs, now: number): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [site, until] of Object.entries(prefs.pauses)) if (until > now) out[site] = until;
  return out;
}

/** A copy without the pauses that have ended (the same object when none has). */
export function withoutEndedPauses(prefs: Prefs, now: number): Prefs {
  const running = runningPauses(prefs, now);
  return Object.keys(running).length === Object.keys(prefs.pauses).length ? prefs : { ...prefs, sites: { ...prefs.sites }, pauses: running };
}

/** The sites whose pause has ended by `now` (to give them their badge back). */
export function endedPauses(prefs: Prefs, now: number): string[] {
  return Object.entries(prefs.pauses).filter(([, until]) => until <= now).map(([site]) => site);
}

/** The moment the next running pause ends, or null. */
export function nextPauseEnd(prefs: Prefs, now: number): number | null {
  const ends = Object.values(prefs.pauses).filter((u) => u > now);
  return ends.length ? Math.min(...ends) : null;
}

/** A copy with sync switched on or off. */
export function withSync(prefs: Prefs, sync: boolean): Prefs {
  return { ...prefs, sites: { ...prefs.sites }, pauses: { ...prefs.pauses }, sync };
}

/** A copy with one site's own mode set, or removed with `null` (the default then applies). A choice made for a site
 * is kept even when it equals the default, so that changing the default later does not change that site. */
export function withSiteMode(prefs: Prefs, site: string, mode: SiteMode | null): Prefs {
  const sites = { ...prefs.sites };
  delete sites[site];
  if (mode !== null) sites[site] = mode;
  return { ...prefs, sites, pauses: { ...prefs.pauses } };
}

/** A copy with a new default. Every site's own choice stays: changing the default and back changes no site that has
 * one. */
export function withDefaultMode(prefs: Prefs, mode: SiteMode): Prefs {
  return { ...prefs, defaultMode: mode, sites: { ...prefs.sites }, pauses: { ...prefs.pauses } };
}
