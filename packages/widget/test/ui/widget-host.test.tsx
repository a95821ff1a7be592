import { describe, expect, it } from 'vitest';
import { waitFor } from '@testing-library/preact';
import { mountWidget } from '../../src/ui/mount.js';
import type { SubmitResult, WidgetController } from '../../src/types.js';
import { OptionsSchema } from '../../src/options/options.js';
import { validateOptions } from '../../src/options/validate-options.js';
import { answer, click, widget } from '../helpers/ui-helpers.js';
import { controller as makeController } from '../helpers/widget-controller.js';

const endpoint = 'https://collect.example.com/v1/answers';

function controller(over: Partial<WidgetController> = {}): WidgetController {
  return makeController({ theme: 'system', ...over }).c;
}

const host = () => document.querySelector('candor-widget') as HTMLElement;

describe('theming', () => {
  it('names the colour scheme on the widget so its styles can follow it', () => {
    mountWidget(controller({ theme: 'dark' }));
    expect(host().dataset.theme).toBe('dark');
  });

  it('lays a theme object\'s custom properties over the palette, and takes its scheme', () => {
    mountWidget(controller({ theme: { scheme: 'light', '--candor-accent': '#0a6e4f', '--candor-radius': '4px' } }));
    expect(host().dataset.theme).toBe('light');
    expect(host().style.getPropertyValue('--candor-accent')).toBe('#0a6e4f');
    expect(host().style.getPropertyValue('--candor-radius')).toBe('4px');
  });

  it('accepts a theme object and the four corners as options, and names a wrong theme', () => {
    const theme = { scheme: 'dark', '--candor-accent': '#0a6e4f' };
    expect(validateOptions({ endpoint, theme, position: 'top-left' })).toEqual({ ok: true, options: OptionsSchema.parse({ endpoint, theme, position: 'top-left' }) });
    expect(validateOptions({ endpoint, theme: 'blue' })).toEqual({ ok: false, error: 'option "theme" must be "system", "light" or "dark" (got "blue")' });
    expect(validateOptions({ endpoint, theme: { scheme: 'sepia' } })).toMatchObject({ ok: false, error: expect.stringMatching(/^option "theme.scheme"/) });
    expect(validateOptions({ endpoint, theme: { '--candor-radius': 4 } })).toMatchObject({ ok: false, error: expect.stringMatching(/^option "theme.--candor-radius"/) });
    for (const bad of [{ theme: 'blue' }, { theme: { scheme: 'sepia' } }, { theme: { '--candor-radius': 4 } }, { position: 'middle' }]) {
      expect(OptionsSchema.safeParse({ endpoint, ...bad }).success).toBe(false);
    }
  });
});

describe('language', () => {
  it('marks the widget with its language and the team\'s questions with theirs', () => {
    const prompt = 'لو كان لديك عصا سحرية، ماذا سيفعل الذكاء الاصطناعي من أجلك؟';
    mountWidget(controller({ questionsLang: 'ar', questions: [{ id: 'hope', prompt, required: false, maxLength: 5000, followUp: false }] }));
    expect(host().lang).toBe('en');
    const field = widget().getByRole('textbox');
    expect(field.getAttribute('lang')).toBe('ar');
    expect(field.getAttribute('dir')).toBe('auto');
    expect(widget().getByText(/عصا سحرية/).getAttribute('lang')).toBe('ar');
  });

  it('leaves questions unmarked when they are in the widget\'s language, whatever region the answers record', () => {
    mountWidget(controller({ lang: 'pt', questionsLang: 'pt-BR' }));
    expect(host().lang).toBe('pt');
    expect(widget().getByRole('textbox').hasAttribute('lang')).toBe(false);
  });
});

describe('focus after the last question', () => {
  it('stays in the dialog while sending, then goes to Done', async () => {
    let resolve: (result: SubmitResult) => void = () => {};
    mountWidget(controller({ questions: [{ id: 'hope', prompt: 'Hope?', required: false, maxLength: 5000, followUp: false }], submit: () => new Promise((r) => (resolve = r)) }));
    answer('x');
    click('Finish');
    const root = host().shadowRoot!;
    await waitFor(() => expect(root.activeElement?.getAttribute('tabindex')).toBe('-1'));
    resolve({ status: 'sent' });
    await waitFor(() => expect(root.activeElement).toBe(widget().getByRole('button', { name: 'Done' })));
  });
});

describe('placement', () => {
  const rect = (left: number, top: number, width: number, height: number) =>
    ({ left, top, right: left + width, bottom: top + height, width, height, x: left, y: top }) as DOMRect;

  it('sits in its corner, moves to the other edge when the page focuses something under it, and comes back', () => {
    mountWidget(controller({ position: 'bottom-left', initialView: 'invitation' }));
    const widgetBox = host();
    widgetBox.getBoundingClientRect = () => (widgetBox.dataset.position === 'bottom-left' ? rect(0, 500, 400, 300) : rect(0, 0, 400, 300));
    expect(widgetBox.dataset.position).toBe('bottom-left');

    const under = document.createElement('button');
    under.getBoundingClientRect = () => rect(20, 700, 100, 40);
    const elsewhere = document.createElement('button');
    elsewhere.getBoundingClientRect = () => rect(600, 300, 100, 40);
    document.body.append(under, elsewhere);

    under.focus();
    expect(widgetBox.dataset.position).toBe('top-left');
    elsewhere.focus();
    expect(widgetBox.dataset.position).toBe('bottom-left');
  });
});
