/**
 * Content script, injected only on listed platforms (see manifest.json). It classifies the page by its URL before
 * touching the DOM, and reports what it saw; the worker re-derives tab and site from the sender.
 */
import { classifyUrl } from '../core/url';
import { send } from './runtime';

function documentId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const doc = documentId();

if (classifyUrl(location.href).platform) {
  void send({ type: 'reportObservation', kind: 'page', doc });
}
