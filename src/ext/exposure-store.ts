/** My exposure in `storage.local` under `exposure`, on the one store pattern (ext/store.ts). Only the worker loads this
 * module; the content script cannot import it (lint zone). */
import { EXPOSURE_KEY, emptyExposure, readExposure, type Exposure } from '../core/user/exposure';
import { defineStore } from './store';

export const exposureStore = defineStore<Exposure>({ key: EXPOSURE_KEY, read: readExposure, fallback: emptyExposure });
