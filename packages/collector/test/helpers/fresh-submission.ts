import { randomUUID } from 'node:crypto';
import { validSubmission } from '../../../../test/fixtures/submission.js';
import type { Submission } from '@candor/protocol';

/** A fresh survey id, so one test's reads see only its own submissions on a shared store. */
export const uniqueSurveyId = () => `survey-${randomUUID()}`;

/** A valid submission with a fresh id (and whatever else is overridden). */
export const freshSubmission = (over: Partial<Submission> = {}): Submission => validSubmission({ id: randomUUID(), ...over });
