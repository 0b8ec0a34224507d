/**
 * What the worker needs of the laws to date a request (the log's due dates, the overdue count on the badge, the
 * deadline alarm): each law's response rules, without the citations, sources and texts of registry/laws.ts. Made at
 * build time from LAWS (`lawRulesTable`, handed in by the `define` in vite.config.ts, which the unit tests' config
 * repeats; a test pins it to LAWS), for the reason registry/findings.ts gives: a service worker loads every module
 * it imports each time it wakes. The pages, which write letters and cite the law, read registry/laws.ts itself.
 */
import type { LawId, LawInfo, RequestKind, ResponseRule } from './request-schema';

/** A response rule as the deadline arithmetic reads it: everything but its legal basis. */
export type TimingRule = Omit<ResponseRule, 'basis'>;

export interface LawRules {
  id: LawId;
  rules: Partial<Record<RequestKind, TimingRule>>;
}

/** Each law's rules without their citations (run by the build, and by the test that pins the built table). */
export function lawRulesTable(laws: readonly LawInfo[]): LawRules[] {
  return laws.map((l) => ({
    id: l.id,
    rules: Object.fromEntries(
      Object.entries(l.rules).map(([kind, rule]) => {
        const { basis: _basis, ...timing } = rule;
        return [kind, timing];
      }),
    ),
  }));
}

declare const __UNSCRAPED_LAW_RULES__: string | undefined;

let built: readonly LawRules[] | null = null;

/** The table the build made (empty where it defined none: no request can then be dated, and none is called late). */
export function builtLawRules(): readonly LawRules[] {
  return (built ??= typeof __UNSCRAPED_LAW_RULES__ === 'string' ? (JSON.parse(__UNSCRAPED_LAW_RULES__) as LawRules[]) : []);
}
