/** Mounts the popup (also the explanation page, with `?view=explain`). */
import { render } from 'preact';
import '../ui/base.css';
import './popup.css';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';
import { App } from './app';
import { browserSource } from './connector';

const params = new URLSearchParams(location.search);
const expanded = params.get('view') === 'explain';

document.documentElement.lang = browser.i18n.getUILanguage();
if (expanded) document.title = t('explainTitle');
render(<App source={browserSource(params)} t={t} expanded={expanded} />, document.getElementById('app')!);
