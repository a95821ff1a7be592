/** Keyword rules per category id of the study's codebook, for one language (syntax: parseKeywordPattern). */
export type Lexicon = Readonly<Record<string, readonly string[]>>;
