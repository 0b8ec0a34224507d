/** Mounts the options page. */
import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';
import { App } from './app';
import { browserSource } from './connector';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<App source={browserSource} t={t} />, document.getElementById('app')!);
