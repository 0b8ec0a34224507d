// Code passed to worker.evaluate / page.evaluate runs in the browser, where `chrome` is the extension API.
declare const chrome: any;
