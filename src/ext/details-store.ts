/** The user's details for letters in `storage.local` under `details`, on the one store pattern (ext/store.ts). Only the
 * worker loads this module; the content script cannot import it (lint zone). */
import { DETAILS_KEY, readDetails, type UserDetails } from '../core/user/details';
import { defineStore } from './store';

export const detailsStore = defineStore<UserDetails | null>({ key: DETAILS_KEY, read: readDetails, fallback: () => null });
