/** `classifyUrl`, bound to the shipped registry. Imports only the URL rules, so the content script stays small. */
import { compileClassifier } from './classify';
import { PLATFORM_RULES } from './registry/rules';
import type { Classification } from './types';

const classifier = compileClassifier(PLATFORM_RULES);

export function classifyUrl(url: string): Classification {
  return classifier.classify(url);
}
