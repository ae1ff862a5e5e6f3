import { render, type ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '../../core/index.ts';
import { addLanguagePacks, translator, type Translate } from '../lib/i18n.ts';
import { LANGUAGE_PACKS } from '../lib/language-packs.ts';
import { provideSettingsStore } from '../lib/settings-store.ts';
import {
  SETTINGS_STORE,
  loadEffectiveSettings,
  resetSettings,
  saveSettings,
  watchEffectiveSettings,
  type EffectiveSettings,
  type SettingKey,
  type Settings,
} from '../lib/settings.ts';
import { extensionPageLanguage } from '../lib/ui-language.ts';
import { PAGE_CSS } from './page-styles.ts';
import { OVERLAY_CSS } from './styles.ts';

// The extension's own pages (not on the portal) carry every language's strings, and write to
// the storage themselves.
addLanguagePacks(LANGUAGE_PACKS);
provideSettingsStore(SETTINGS_STORE);

/**
 * The settings in force on an extension page (popup, options), kept current while it is open,
 * with those the organization manages, the page's language and `t`. Sets `<html lang>` and the
 * document title. Undefined until the settings are loaded.
 *
 * `save` shows the partner's choice at once and writes it (writes run in order,
 * lib/settings.ts); while the page's own writes are under way, the storage's echoes of the
 * earlier ones are not shown, so a list the partner arrows through never jumps back. The
 * last write's result is what the page then shows.
 */
export function useExtensionPage(title: (t: Translate) => string):
  | {
      settings: Settings;
      managed: ReadonlySet<SettingKey>;
      save: (patch: Partial<Settings>) => Promise<void>;
      reset: () => Promise<void>;
      language: Language;
      t: Translate;
    }
  | undefined {
  const [effective, setEffective] = useState<EffectiveSettings | undefined>(undefined);
  const writing = useRef(0);
  useEffect(() => {
    void loadEffectiveSettings().then(setEffective);
    return watchEffectiveSettings((next) => {
      if (writing.current === 0) setEffective(next);
    });
  }, []);
  if (!effective) return undefined;
  const { settings, managed } = effective;
  const written = async (write: Promise<Settings>) => {
    writing.current += 1;
    try {
      const next = await write;
      if (writing.current === 1) setEffective({ settings: next, managed });
    } finally {
      writing.current -= 1;
    }
  };
  const save = (patch: Partial<Settings>) => {
    setEffective((shown) => shown && { ...shown, settings: { ...shown.settings, ...patch } });
    return written(saveSettings(patch));
  };
  const reset = () => written(resetSettings());
  const language = extensionPageLanguage(settings);
  const t = translator(language);
  document.documentElement.lang = language;
  document.title = title(t);
  return { settings, managed, save, reset, language, t };
}

/** Styles the page and renders its root component into `#app`. */
export function mountExtensionPage(root: ComponentChild): void {
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS + PAGE_CSS;
  document.head.append(style);
  render(root, document.getElementById('app')!);
}
