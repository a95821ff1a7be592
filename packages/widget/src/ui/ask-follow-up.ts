/** How long the user may wait for a follow-up before the study's fixed one is asked instead. */
const WAIT_MS = 2000;

/**
 * Asks the collector's probe route for a follow-up to one answer (already redacted). Resolves
 * with null, never an error, when the device is offline, the route is slow, fails or has no model.
 */
export async function askFollowUp(url: string, body: { questionId: string; prompt: string; answer: string; locale: string; surveyId: string }) {
  if (!navigator.onLine) return null;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(WAIT_MS),
    });
    const { followUp } = (await response.json()) as { followUp?: unknown };
    return response.ok && typeof followUp === 'string' && followUp.trim() ? followUp.trim().slice(0, 300) : null;
  } catch {
    return null;
  }
}
