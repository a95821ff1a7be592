import { randomUUID } from 'node:crypto';
import { exampleTest } from './example-stack.js';
import { answerSurvey, expect, widget } from './stack.js';

for (const [framework, name] of [
  ['react', 'React'],
  ['vue', 'Vue'],
] as const) {
  const test = exampleTest(framework);

  test(`in the ${name} example, the app’s own button opens Candor, and the collector stores the answers exactly once`, async ({ page, stack }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const hope = `More time for the people I love ${randomUUID()}`;

    await page.goto(stack.demoUrl);
    await expect(page.getByText(name, { exact: true })).toBeVisible(); // the app rendered
    const dialog = await answerSurvey(page, ['Planning dinners', hope, null, null]);
    await expect(dialog.getByRole('status')).toHaveText('Your answers were sent. They will help decide what gets built.');

    const mine = (await stack.stored()).filter((s) => s.answers.some((a) => a.text === hope));
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      partial: false,
      context: { path: '/', product: 'Acme Assistant', metadata: { example: framework } },
      answers: [
        { questionId: 'context', text: 'Planning dinners' },
        { questionId: 'hope', prompt: 'If you could wave a magic wand, what would AI do for you?', text: hope },
      ],
    });
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(widget(page)).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test(`in the ${name} example, the ask shown after the assistant’s reply opens Candor too, once${framework === 'react' ? ' (StrictMode starts one widget)' : ''}`, async ({ page, stack }) => {
    await page.goto(stack.demoUrl);
    await page.getByRole('textbox', { name: 'Message Acme Assistant' }).fill('What should I cook tonight?');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Tell the Acme team what you hope for →' }).click();

    await expect(widget(page).getByRole('dialog', { name: 'Share your thoughts' })).toBeVisible();
    await page.waitForTimeout(300);
    await expect(widget(page)).toHaveCount(1);
  });
}
