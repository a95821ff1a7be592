import { HttpResponse } from 'msw';
import type { SurveyDefinition } from '@candor/protocol';
import type { FakeCollector } from './fake-collector.js';

type Reply = (method: string, path: string, otherwise: (request: Request) => Response | Promise<Response>) => ReturnType<typeof import('msw').http.get>;

const surveyOf = (request: Request) => decodeURIComponent(new URL(request.url).pathname.split('/')[3]!);
const content = ({ version: _v, publishedAt: _p, ...rest }: Partial<SurveyDefinition>) => JSON.stringify(rest);

/** A published definition for the fake, as the collector would serve it. */
export function publishedDefinition(surveyId: string, version: string, prompts: Record<string, string>, over: Partial<SurveyDefinition> = {}): SurveyDefinition {
  return {
    surveyId,
    version,
    defaultLocale: 'en',
    questions: [
      { id: 'hope', prompt: prompts, required: false, maxLength: 5000, followUp: true },
      { id: 'fear', prompt: { en: 'What worries you?' }, required: false, maxLength: 5000, followUp: false },
    ],
    publishedAt: new Date(Date.now() - Number(version) * 86_400_000).toISOString(),
    ...over,
  };
}

/** The editor's routes as the collector answers them, over the fake's definitions: publish, roll back, history, the list. */
export function definitionHandlers(fake: FakeCollector, reply: Reply) {
  const publish = (surveyId: string, body: Partial<SurveyDefinition>, restoredFrom?: string) => {
    const versions = fake.definitions.get(surveyId) ?? [];
    const current = versions.at(-1);
    if (current && content(current) === content({ ...body, surveyId })) return HttpResponse.json({ published: false, definition: current });
    if (current && body.version !== undefined && body.version !== current.version) {
      return HttpResponse.json({ error: `This draft was edited from version ${body.version}, but version ${current.version} has been published since; reload it, make your changes again, then publish.` }, { status: 409 });
    }
    const definition = { ...body, surveyId, version: String(versions.length + 1), publishedAt: new Date().toISOString() } as SurveyDefinition;
    fake.definitions.set(surveyId, [...versions, definition]);
    return HttpResponse.json({ published: true, definition, ...(restoredFrom ? { restoredFrom } : {}) }, { status: 201 });
  };
  return [
    reply('GET', '/v1/definitions', () =>
      HttpResponse.json({ surveys: [...fake.definitions].map(([surveyId, v]) => ({ surveyId, version: v.at(-1)!.version, publishedAt: v.at(-1)!.publishedAt, versions: v.length })) }),
    ),
    reply('GET', '/v1/surveys/:surveyId/definitions', (request) => {
      const versions = fake.definitions.get(surveyOf(request)) ?? [];
      return HttpResponse.json({
        surveyId: surveyOf(request),
        current: versions.at(-1) ?? null,
        versions: versions.map((v) => ({ version: v.version, publishedAt: v.publishedAt })).reverse(),
        maxAge: 300,
      });
    }),
    reply('POST', '/v1/surveys/:surveyId/definitions', async (request) => publish(surveyOf(request), (await request.json()) as Partial<SurveyDefinition>)),
    reply('POST', '/v1/surveys/:surveyId/rollback', async (request) => {
      const { version } = (await request.json()) as { version: string };
      const earlier = fake.definitions.get(surveyOf(request))?.find((v) => v.version === version);
      if (!earlier) return HttpResponse.json({ error: `Survey "${surveyOf(request)}" has no version ${version}.` }, { status: 404 });
      const { version: _v, publishedAt: _p, ...rest } = earlier;
      return publish(surveyOf(request), rest, version);
    }),
  ];
}
