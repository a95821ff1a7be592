import { createHash } from 'node:crypto';
import { SurveyDefinitionSchema, type SurveyDefinition } from '@candor/protocol';
import type { SqlClient } from './sql-client.js';
import { canonicalJson } from './content-hash.js';
import {
  DEFINITION_HISTORY_SQL,
  DEFINITION_VERSION_SQL,
  HIGHEST_ANSWERED_VERSION_SQL,
  INSERT_DEFINITION_SQL,
  LOCK_SURVEY_DEFINITIONS_SQL,
  NEWEST_DEFINITION_SQL,
  PUBLISHED_SURVEYS_SQL,
} from './definition-schema-sql.js';

/** What a team writes: a definition without the two fields the collector sets when it publishes. */
export type DefinitionContent = Omit<SurveyDefinition, 'version' | 'publishedAt'>;

/** One version of a survey's definition, as kept. */
export interface StoredDefinition {
  /** The definition as served, with its `version` and `publishedAt`. */
  definition: SurveyDefinition;
  /** The same, exactly as served (JSON text). */
  text: string;
  /** A strong HTTP entity tag for `text`: the version and a digest of the content. */
  etag: string;
  /** The version a rollback took this content from. */
  restoredFrom?: string;
}

/** One entry of a survey's history. */
export interface DefinitionVersionSummary {
  version: string;
  /** ISO 8601, UTC. */
  publishedAt: string;
  /** The version a rollback took this content from. */
  restoredFrom?: string;
}

/** A survey with a published definition. */
export interface PublishedSurvey {
  surveyId: string;
  /** The published (newest) version. */
  version: string;
  publishedAt: string;
  /** How many versions it has had. */
  versions: number;
}

/** What a publish did: `published` false when the content equals the published one (no new version). */
export interface PublishResult {
  published: boolean;
  /** The published definition now: the new version, or the one already published. */
  current: StoredDefinition;
}

export interface PublishOptions {
  /** The version the content was edited from: when another one has been published since, nothing is published and a {@link DefinitionConflict} is thrown. */
  basedOn?: string;
  /** The version a rollback takes the content from. */
  restoredFrom?: string;
  /** When (tests); now by default. */
  now?: Date;
}

/** A publish based on a version that is no longer the published one (someone else published meanwhile). */
export class DefinitionConflict extends Error {
  constructor(
    readonly basedOn: string,
    readonly published: string,
  ) {
    super(`The draft was edited from version ${basedOn}, but version ${published} has been published since`);
    this.name = 'DefinitionConflict';
  }
}

/** Most versions a history lists. */
export const MAX_HISTORY = 1000;

/** Survey definitions, every version kept; a survey's newest version is the one published (see definition-schema-sql.ts). */
export interface DefinitionStore {
  /** The survey's published definition, or undefined when none was ever published. */
  published(surveyId: string): Promise<StoredDefinition | undefined>;
  /** One version; undefined when there is no such version (or `version` is not a version number). */
  version(surveyId: string, version: string): Promise<StoredDefinition | undefined>;
  /** The survey's versions, newest first (at most {@link MAX_HISTORY}). */
  history(surveyId: string): Promise<DefinitionVersionSummary[]>;
  /**
   * Publishes `content` as the survey's next version, numbered after both its newest version and
   * the highest whole-number version its answers were given (so a first definition does not share
   * a number with answers to the script tag's own questions), unless it equals the published
   * content: then nothing changes. Publishes of one survey take turns, across processes too.
   */
  publish(content: DefinitionContent, options?: PublishOptions): Promise<PublishResult>;
  /** Every survey with a published definition, most recently published first (at most 500). */
  surveys(): Promise<PublishedSurvey[]>;
}

type DefinitionRow = { version: number; body_text: string; content_hash: string; published_at: Date | string; restored_from: number | null };

/** A published version's number as text ("1", "2"...): the versions a survey's definitions are given. */
export const VERSION_NUMBER = /^[1-9][0-9]{0,8}$/;
const iso = (value: Date | string) => new Date(value).toISOString();

/** SHA-256 (hex) of a definition's content in canonical JSON, without the fields the collector sets: equal for the same text, whatever its key order. */
export function definitionContentHash(definition: DefinitionContent | SurveyDefinition): string {
  const { version: _version, publishedAt: _publishedAt, ...content } = definition as SurveyDefinition;
  return createHash('sha256').update(canonicalJson(SurveyDefinitionSchema.parse({ ...content, version: '1' })), 'utf8').digest('hex');
}

function stored(row: DefinitionRow): StoredDefinition {
  let definition: SurveyDefinition | undefined;
  return {
    // Read when asked for: the public route, which every widget about to show may call, sends the
    // stored text as it is (checked when it was published).
    get definition() {
      return (definition ??= SurveyDefinitionSchema.parse(JSON.parse(row.body_text)));
    },
    text: row.body_text,
    etag: `"v${row.version}-${row.content_hash.slice(0, 16)}"`,
    ...(row.restored_from === null ? {} : { restoredFrom: String(row.restored_from) }),
  };
}

/** The {@link DefinitionStore} on any PostgreSQL reached through `client` (PGlite or `pg`). */
export function sqlDefinitionStore(client: SqlClient): DefinitionStore {
  return {
    async published(surveyId) {
      const row = (await client.query<DefinitionRow>(NEWEST_DEFINITION_SQL, [surveyId])).rows[0];
      return row && stored(row);
    },

    async version(surveyId, version) {
      if (!VERSION_NUMBER.test(version)) return undefined;
      const row = (await client.query<DefinitionRow>(DEFINITION_VERSION_SQL, [surveyId, Number(version)])).rows[0];
      return row && stored(row);
    },

    async history(surveyId) {
      const { rows } = await client.query<DefinitionRow>(DEFINITION_HISTORY_SQL, [surveyId, MAX_HISTORY]);
      return rows.map((row) => ({
        version: String(row.version),
        publishedAt: iso(row.published_at),
        ...(row.restored_from === null ? {} : { restoredFrom: String(row.restored_from) }),
      }));
    },

    async publish(content, { basedOn, restoredFrom, now = new Date() } = {}) {
      const hash = definitionContentHash(content);
      return client.transaction(async (tx) => {
        await tx.query(LOCK_SURVEY_DEFINITIONS_SQL, [content.surveyId]);
        const newest = (await tx.query<DefinitionRow>(NEWEST_DEFINITION_SQL, [content.surveyId])).rows[0];
        if (newest?.content_hash === hash) return { published: false, current: stored(newest) };
        if (newest && basedOn !== undefined && basedOn !== String(newest.version)) throw new DefinitionConflict(basedOn, String(newest.version));
        const answered = (await tx.query<{ version: number | null }>(HIGHEST_ANSWERED_VERSION_SQL, [content.surveyId])).rows[0]?.version ?? 0;
        const version = Math.max(newest?.version ?? 0, Number(answered)) + 1;
        const publishedAt = now.toISOString();
        const { version: _v, publishedAt: _p, ...rest } = content as SurveyDefinition;
        // Parsed again so the served text has the schema's field order, whatever order the content came in.
        const definition = SurveyDefinitionSchema.parse({ ...rest, version: String(version), publishedAt });
        const text = JSON.stringify(definition);
        const restored = restoredFrom === undefined ? null : Number(restoredFrom);
        await tx.query(INSERT_DEFINITION_SQL, [content.surveyId, version, text, hash, publishedAt, restored]);
        return { published: true, current: stored({ version, body_text: text, content_hash: hash, published_at: publishedAt, restored_from: restored }) };
      });
    },

    async surveys() {
      const { rows } = await client.query<{ survey_id: string; version: number; published_at: Date | string; versions: number }>(PUBLISHED_SURVEYS_SQL);
      return rows.map((row) => ({ surveyId: row.survey_id, version: String(row.version), publishedAt: iso(row.published_at), versions: Number(row.versions) }));
    },
  };
}
