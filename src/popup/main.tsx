import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import '../ui/base.css';
import './popup.css';
import { Popup } from '../ui/Popup';
import { platformInfo } from '../core/registry/index';
import type { TabState } from '../core/types';
import { EMPTY_TAB_STATE } from '../core/types';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';

/** The tab this popup describes: `?tabId=N` (popup opened as a page, e.g. in tests or on Android), else the active tab. */
async function targetTabId(): Promise<number | null> {
  const q = new URLSearchParams(location.search).get('tabId');
  if (q !== null && /^[0-9]{1,10}$/.test(q)) return Number(q);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' ? tab.id : null;
}

async function loadState(): Promise<TabState> {
  const tabId = await targetTabId();
  if (tabId === null) return { ...EMPTY_TAB_STATE };
  const reply = (await browser.runtime.sendMessage({ type: 'getTabState', tabId })) as TabState | undefined;
  return reply ?? { ...EMPTY_TAB_STATE };
}

function App() {
  const [state, setState] = useState<TabState | null>(null);
  useEffect(() => {
    loadState().then(setState, () => setState({ ...EMPTY_TAB_STATE }));
  }, []);
  const name = platformInfo(state?.platform)?.name ?? '';
  return <Popup state={state} platformName={name} t={t} />;
}

document.documentElement.lang = browser.i18n.getUILanguage();
render(<App />, document.getElementById('app')!);
