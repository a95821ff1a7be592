/**
 * What the keyword rules read from a codebook: the same shape as the collector's Codebook, plus
 * an optional `keywords` list per category. Declared here so the method stays a pure function of
 * (codebook, texts) that any codebook object fits.
 */
export interface KeywordRulesCategory {
  id: string;
  label: string;
  description: string;
  /**
   * Keyword rules for this category, in any language (syntax: parseKeywordPattern). They are
   * added to the seeded lexicon where the category is one of the study's; a category with
   * neither is matched on the words of its label and description only.
   */
  keywords?: readonly string[] | undefined;
}

export interface KeywordRulesScheme {
  questionId: string;
  multiLabel: boolean;
  categories: readonly KeywordRulesCategory[];
}

export interface KeywordRulesCodebook {
  schemes: readonly KeywordRulesScheme[];
}
