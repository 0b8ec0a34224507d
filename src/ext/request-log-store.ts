/** The request log in `storage.local` under `requests`, on the one store pattern (ext/store.ts). Only the worker loads
 * this module; the content script cannot import it (lint zone). */
import { emptyLog, readRequestLog, REQUESTS_KEY, type RequestLog } from '../core/requests/log';
import { defineStore } from './store';

export const requestLogStore = defineStore<RequestLog>({ key: REQUESTS_KEY, read: readRequestLog, fallback: emptyLog });
