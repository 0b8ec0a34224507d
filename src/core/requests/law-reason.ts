/** Why a law applies to a requester, in words a page can translate: the place that brings them under it. */
import type { LawId, LawInfo } from '../registry/request-schema';
import type { CleanRequester } from './law-choice';

export interface LawReason {
  /** `_locales` key */
  key: 'lawWhyPlace' | 'lawWhyNone' | 'lawWhyCompany';
  /** 'US-CA', 'DE'...: the jurisdiction that brings the requester under the law */
  place?: string;
}

export function lawReason(law: LawId, info: LawInfo | undefined, r: CleanRequester): LawReason {
  if (law === 'none' || !info) return { key: 'lawWhyNone' };
  const sub = r.region ? `${r.country}-${r.region}` : null;
  const place = sub && info.protects.includes(sub) ? sub : info.protects.includes(r.country) ? r.country : undefined;
  if (info.onlyFor?.length) return { key: 'lawWhyCompany', ...(place ? { place } : {}) };
  return place ? { key: 'lawWhyPlace', place } : { key: 'lawWhyNone' };
}
