import { render } from 'preact';
import '../ui/base.css';
import './options.css';
import { Options } from '../ui/Options';
import { browser } from '../ext/browser';
import { t } from '../ext/i18n';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<Options t={t} />, document.getElementById('app')!);
