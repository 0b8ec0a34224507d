export * from './types';
export { classifyUrl, platformOfHost } from './url';
export { compileClassifier, parseRoute } from './classify';
export { riskLevel, badgeFor } from './risk';
export type { RiskInput, BadgeLook } from './risk';
export * from './messages';
export * from './registry/index';
export type { PlatformRules } from './registry/rules-types';
export * from './tab-state';
