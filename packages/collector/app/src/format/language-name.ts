let names: Intl.DisplayNames | undefined;

/** A language tag as a reader knows it: "pt-BR" is "Brazilian Portuguese"; an unknown tag is shown as it is. */
export function languageName(tag: string): string {
  try {
    names ??= new Intl.DisplayNames(undefined, { type: 'language' });
    return names.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
