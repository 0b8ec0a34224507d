/** Example URLs of every platform, with the kind the classifier must give each. A test runs every example against
 * every platform's rules: no profile missed, no non-profile called a profile, no page claimed by another platform. */
import type { ExampleUrl } from './schema';

export const EXAMPLES: Readonly<Record<string, readonly ExampleUrl[]>> = {
  instagram: [
    { url: 'https://www.instagram.com/sam.example/', kind: 'profile' },
    { url: 'https://www.instagram.com/p/C1a2B3c4D5e/', kind: 'post' },
    { url: 'https://www.instagram.com/explore/', kind: 'other' },
  ],
};
