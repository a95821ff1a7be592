import type { SurveyDefinition } from '@candor/protocol';
import type { DefinitionVersionSummary, PublishedSurvey } from '../store/definition-store.js';

/** `GET /v1/surveys/:surveyId/definitions`: what is published and every version, newest first. */
export interface DefinitionHistoryReply {
  surveyId: string;
  /** The published definition, or null when none was ever published. */
  current: SurveyDefinition | null;
  versions: DefinitionVersionSummary[];
  /** Seconds widgets and caches may keep the published definition (`definitionMaxAge`): how long a publish takes to reach them all. */
  maxAge: number;
}

/** `POST /v1/surveys/:surveyId/definitions` and `/rollback`: whether a new version was published, and what is published now. */
export interface PublishReply {
  /** False when the content was the same as the published one: no new version. */
  published: boolean;
  definition: SurveyDefinition;
  /** The version a rollback took the content from. */
  restoredFrom?: string;
}

/** `GET /v1/definitions`: every survey with a published definition. */
export interface PublishedSurveysReply {
  surveys: PublishedSurvey[];
}

/** One field a refused definition names: its path ("questions[0].prompt.en") and what it must be. */
export interface DefinitionIssue {
  path: string;
  message: string;
}
