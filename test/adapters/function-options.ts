import { fireEvent, waitFor } from '@testing-library/dom';
import type { CandorOptions, Submission } from '@candor/widget';
import { vi } from 'vitest';
import { widget } from './widget-queries.js';

/** One question, so a test answers it and finishes. */
export const ONE_QUESTION = [{ id: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?' }];

/**
 * The three function options, recording what reached them: `beforeSend` adds metadata, the
 * `transport` takes the batch, a `headers` function gives a header the built-in sender must send.
 */
export function functionOptions() {
  const seen = { beforeSend: [] as string[], transport: [] as Submission[], headers: 0, sentHeaders: [] as (string | null)[] };
  const beforeSend: CandorOptions['beforeSend'] = (submission) => {
    seen.beforeSend.push(submission.id);
    return { ...submission, context: { ...submission.context, metadata: { redactedBy: 'team' } } };
  };
  const transport: CandorOptions['transport'] = async (batch) => {
    seen.transport.push(...batch);
    return batch.map(({ id }) => ({ id, status: 'accepted' as const }));
  };
  const headers = () => {
    seen.headers++;
    return { Authorization: 'Bearer team-token' };
  };
  /** The built-in sender's requests, answered 200, with the header they carried. */
  const fetchSpy = () =>
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      seen.sentHeaders.push(new Headers(init?.headers).get('Authorization'));
      return new Response(JSON.stringify({ stored: [], duplicates: [] }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  return { seen, beforeSend, transport, headers, fetchSpy };
}

/** Answers the one question in the open widget and finishes. */
export async function answerAndFinish(text: string) {
  const dialog = await waitFor(() => widget().getByRole('dialog'));
  fireEvent.input(widget().getByRole('textbox'), { target: { value: text } });
  await new Promise((r) => setTimeout(r, 0)); // the widget (Preact) renders the answer on its next tick
  fireEvent.click(widget().getByRole('button', { name: 'Finish' }));
  return dialog;
}
