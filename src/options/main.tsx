/** Mounts the options page. */
import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { t, uiLocale } from '../ext/i18n';
import { loadRegistryText } from '../ext/registry-text';
import { RegistryTextProvider } from '../ui/i18n';
import { App } from './app';
import { browserSource } from './connector';

document.documentElement.lang = uiLocale();
document.title = t('optionsTitle');
const r = await loadRegistryText();
render(
  <RegistryTextProvider r={r}>
    <App source={browserSource} t={t} />
  </RegistryTextProvider>,
  document.getElementById('app')!,
);
