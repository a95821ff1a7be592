/** A codebook: the categories answers to each question are labelled with (see load-codebook.ts for the file format). */

export interface CodebookCategory {
  /** Stable id, kebab-case, like "jobs-economy": what is stored per answer. */
  id: string;
  /** What charts show, like "Jobs & economy". */
  label: string;
  /** One sentence telling a classifier what belongs here. */
  description: string;
  /** The study's published share of respondents (0..1) in this category, for comparison charts. */
  studyShare?: number;
  /**
   * Keyword rules for labelling without a model, in any languages (syntax: parseKeywordPattern in
   * classification/keyword-rules). Added to the shipped lexicon for the study's category ids; a
   * category with neither is matched on the words of its label and description only.
   */
  keywords?: string[];
}

export interface CodebookScheme {
  /** The question whose answers this scheme labels, like "hope". */
  questionId: string;
  /** Whether an answer may get several categories (concerns) or at most one (hopes). */
  multiLabel: boolean;
  categories: CodebookCategory[];
}

export interface Codebook {
  /** Changes whenever the categories change, so answers labelled under an older version are labelled again. */
  version: string;
  schemes: CodebookScheme[];
}
