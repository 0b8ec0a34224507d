/** Mounts the popup. The same page is the explanation page (`?view=explain`), the request page for one company
 * (`?view=request&scraper=ID`) or for several one by one (`?view=request&scrapers=A,B`), and the request log
 * (`?view=log`); the last ones load their code only when opened. */
import { render, type ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/base.css';
import './popup.css';
import { t, uiLocale } from '../ext/i18n';
import { RegistryTextProvider, TranslateProvider } from '../ui/i18n';
import { loadRegistryText } from '../ext/registry-text';
import { App, prepareFirstRender } from './app';
import { browserRequestSource, browserSource, readFirst } from './connector';

const params = new URLSearchParams(location.search);
const view = params.get('view');
const expanded = view === 'explain';
const scraper = params.get('scraper') ?? '';
const queue = (params.get('scrapers') ?? '').split(',').filter((x) => /^[a-z0-9-]{1,40}$/.test(x)).slice(0, 20);

/** A view whose code loads when it is opened. */
function Lazy({ load }: { load: () => Promise<ComponentChildren> }) {
  const [node, setNode] = useState<ComponentChildren>(null);
  useEffect(() => {
    void load().then(setNode);
  }, []);
  return <TranslateProvider t={t}>{node ?? <p class="muted">{t('loading')}</p>}</TranslateProvider>;
}

const popup = view !== 'request' && view !== 'log';
// started before anything else waits: the first render paints the tab from storage
const first = popup ? readFirst(params) : Promise.resolve(undefined);
const lang = uiLocale();
document.documentElement.lang = lang;
// while storage answers: what the first render would otherwise do for the first time
if (popup) prepareFirstRender(lang);
// the registry's own texts in the UI language: nothing to load for English; else one table, before the first paint
const [r, firstRead] = await Promise.all([loadRegistryText(), first]);
let root: ComponentChildren;
if (view === 'request' && /^[a-z0-9-]{1,40}$/.test(scraper)) {
  document.title = t('requestTitle', scraper);
  root = <Lazy load={() => import('./request/request-view').then(({ RequestView }) => <RequestView scraper={scraper} source={browserRequestSource()} />)} />;
} else if (view === 'request' && queue.length) {
  document.title = t('queueTitle');
  root = <Lazy load={() => import('./request/request-queue').then(({ RequestQueue }) => <RequestQueue scrapers={queue} source={browserRequestSource()} />)} />;
} else if (view === 'log') {
  document.title = t('logTitle');
  root = <Lazy load={() => import('./log/log-view').then(({ LogView }) => <LogView source={browserRequestSource()} />)} />;
} else {
  if (expanded) document.title = t('explainTitle');
  root = <App source={browserSource(params)} t={t} expanded={expanded} first={firstRead} />;
}
render(<RegistryTextProvider r={r}>{root}</RegistryTextProvider>, document.getElementById('app')!);
// The first render is in the page now (Preact renders at once). `npm run bench` times the toolbar popup to this mark,
// which it reads from the popup's own timeline; nothing leaves the page.
performance.mark('unscraped:first-render');
