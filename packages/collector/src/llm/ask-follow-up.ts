import type { ChatClient } from './chat-client.js';
import { ChatError } from './chat-error.js';
import { cleanFollowUp } from './clean-follow-up.js';
import { probeMessages, type ProbeInput } from './probe-messages.js';

/** Tokens a follow-up may take: a short sentence in any script, with room for a reasoning preamble. */
const MAX_TOKENS = 200;

/** A follow-up, or null with why there is none (for the log; never the answer or the model's text). */
export type FollowUpOutcome = { followUp: string; reason?: undefined } | { followUp: null; reason: string };

/**
 * Asks the model for one follow-up to an answer and keeps it only if it is usable (see
 * cleanFollowUp). Never rejects: a timeout, an error or unusable text gives `followUp: null`.
 */
export async function askFollowUp(chat: ChatClient, input: ProbeInput, options: { timeoutMs: number; signal?: AbortSignal }): Promise<FollowUpOutcome> {
  if (input.answer.trim() === '') return { followUp: null, reason: 'the answer is blank' };
  let raw: string;
  try {
    raw = await chat.complete(probeMessages(input), {
      maxTokens: MAX_TOKENS,
      timeoutMs: options.timeoutMs,
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (error) {
    if (error instanceof ChatError) return { followUp: null, reason: `model ${error.kind}${error.status ? ` ${error.status}` : ''}` };
    return { followUp: null, reason: 'model call failed' };
  }
  const cleaned = cleanFollowUp(raw, { answer: input.answer, locale: input.locale });
  return cleaned.ok ? { followUp: cleaned.text } : { followUp: null, reason: `unusable text: ${cleaned.reason}` };
}
