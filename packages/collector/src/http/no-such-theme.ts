import { HttpError } from './http-error.js';

/** The 404 for a theme that is not shown: the same whether it is small or does not exist. */
export const noSuchTheme = (theme: string, questionId: string, k: number) =>
  new HttpError(404, `No theme "${theme.slice(0, 100)}" with at least ${k} people in the answers to "${questionId.slice(0, 100)}" (smaller themes are not shown); see GET /v1/themes.`);
