/** Every user-visible text exists in both languages; features pick one at the last moment. */
export type Lang = 'en' | 'zh-cn';

export interface Text {
  readonly en: string;
  readonly zh: string;
}

/** A text in both languages. */
export const t = (en: string, zh: string): Text => ({ en, zh });

/** The English words a count decides: `${n} port${pluralS(n)} ${isAre(n)} up`. */
export const pluralS = (n: number): string => (n === 1 ? '' : 's');
export const isAre = (n: number): string => (n === 1 ? 'is' : 'are');

export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export function tr(text: Text, lang: Lang): string {
  return lang === 'zh-cn' ? text.zh : text.en;
}

export type Params = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders in both languages. Unknown placeholders stay visible so a missing parameter is noticed. */
export function fill(text: Text, params: Params): Text {
  const sub = (s: string) => s.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
  return t(sub(text.en), sub(text.zh));
}

/** Joins texts language by language. */
export function join(texts: readonly Text[], sepEn = ' ', sepZh = sepEn): Text {
  return t(texts.map((x) => x.en).join(sepEn), texts.map((x) => x.zh).join(sepZh));
}

/** Picks the language for a client locale such as `zh-cn`, `zh-Hans`, `en-US`. */
export function langFromLocale(locale: string | undefined): Lang {
  return locale && /^zh(?:[-_](?:cn|sg|hans))?\b/i.test(locale) && !/^zh[-_](?:tw|hk|mo|hant)/i.test(locale) ? 'zh-cn' : 'en';
}

/** Joins sentences: a space between English ones, nothing between Chinese ones. */
export function sentences(texts: readonly Text[]): Text {
  return join(texts, ' ', '');
}
