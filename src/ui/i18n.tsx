/** The UI's strings: one `t` for a page, given once at its root and read with `useT()` by every component below. */
import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';

export type Translate = (key: string, subs?: string | string[]) => string;

const TranslateContext = createContext<Translate>((key) => key);

export function TranslateProvider({ t, children }: { t: Translate; children: ComponentChildren }) {
  return <TranslateContext.Provider value={t}>{children}</TranslateContext.Provider>;
}

export function useT(): Translate {
  return useContext(TranslateContext);
}
