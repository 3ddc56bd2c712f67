/** The update and offline notices' text, per language of the registry (src/i18n). */
import type { Translations } from "../../i18n";

const EN = {
  updateWaiting: "A new version of Interleave is ready.",
  reload: "Reload",
  reloadTitle: "Reload into the new version (your code is saved)",
  offlineReady: "Interleave is saved on this device: it now works without a network.",
  close: "OK",
};

/** Every language has every string (the type is English's shape). */
export const UPDATE_TEXT: Translations<typeof EN> = {
  en: EN,
  ru: {
    updateWaiting: "Готова новая версия Interleave.",
    reload: "Перезагрузить",
    reloadTitle: "Перейти на новую версию (ваш код сохранён)",
    offlineReady: "Interleave сохранён на этом устройстве: теперь он работает и без сети.",
    close: "Понятно",
  },
};
