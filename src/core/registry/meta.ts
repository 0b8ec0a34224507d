/** The registry's version and the date its facts were last reviewed; shown in the UI. */
export const REGISTRY_VERSION = '2026.11.28';
export const REGISTRY_DATE = '2026-11-28';
