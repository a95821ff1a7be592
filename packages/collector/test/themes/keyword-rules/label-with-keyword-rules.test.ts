import { describe, expect, it } from 'vitest';
import { DEFAULT_CODEBOOK } from '../../../src/themes/codebook/default-codebook.js';
import { explainKeywordRules, labelWithKeywordRules } from '../../../src/themes/classification/keyword-rules/label-with-keyword-rules.js';

const label = (questionId: string, text: string) => labelWithKeywordRules(DEFAULT_CODEBOOK, questionId, [text])[0];

describe('keyword rules on the study codebook', () => {
  it.each([
    ['en', 'I just want more free time to spend with my family', 'time-freedom'],
    ['es', 'Quiero montar mi propio negocio de repostería', 'entrepreneurship'],
    ['fr', "Qu'elle m'aide à rembourser mes dettes et à épargner", 'financial-independence'],
    ['de', 'Dass sie Krebs und andere Krankheiten heilen hilft', 'societal-transformation'],
    ['pt', 'Quero aprender inglês e estudar para as provas', 'learning-growth'],
    ['ja', '小説を書いて、いつか作品を出版したい', 'creative-expression'],
    ['ar', 'أن يساعدني في تنظيم مواعيدي ودفع الفواتير', 'life-management'],
    ['he', 'שיעזור לי להתקדם בקריירה ולקבל קידום', 'professional-excellence'],
  ])('gives a clear %s hope its category', (_language, text, category) => {
    expect(label('hope', text)).toEqual([category]);
  });

  it.each([
    ['en', 'It writes my emails and automates reports, I save hours every week', 'productivity'],
    ['es', 'No, todavía no, me ha decepcionado', 'not-delivered'],
    ['fr', "Je n'y connais rien en code et j'ai fait un site web", 'technical-accessibility'],
    ['de', 'Sie fasst mir wissenschaftliche Artikel und Studien zusammen', 'research-synthesis'],
    ['pt', 'Ela me consolou e me deu apoio quando eu estava com ansiedade', 'emotional-support'],
    ['ja', 'ブレストの相手として使っていて、フィードバックもくれる', 'cognitive-partnership'],
    ['ar', 'تعلمت الإسبانية معه وهو يشرح لي القواعد', 'learning'],
    ['he', 'עשיתי אוטומציה לדוחות וזה חוסך לי שעות', 'productivity'],
  ])('gives a clear %s experience its category', (_language, text, category) => {
    expect(label('experience', text)).toEqual([category]);
  });

  it.each([
    ['en', 'It hallucinates sources and gets facts wrong', ['unreliability']],
    ['es', 'El desempleo masivo y la desigualdad económica', ['jobs-economy']],
    ['fr', 'La surveillance de masse et nos données personnelles revendues', ['surveillance-privacy']],
    ['de', 'Fake News und Deepfakes vor den Wahlen, eine Gefahr für die Demokratie', ['misinformation', 'democracy']],
    ['pt', 'Golpes e fraudes feitos por criminosos com vozes falsas', ['malicious-use']],
    ['ja', 'データセンターの電力消費と環境への影響', ['environmental-costs']],
    ['ar', 'التحيز والتمييز العنصري ضد الأقليات', ['bias-discrimination']],
    ['he', 'צנזורה מוגזמת והגבלות שהופכות אותו לחסר תועלת', ['overrestriction']],
  ])('gives a clear %s concern its categories', (_language, text, categories) => {
    expect(label('fear', text)).toEqual(categories);
  });

  it('gives an answer voicing several concerns each of them, in the codebook order', () => {
    expect(label('fear', 'Mass unemployment, and deepfakes nobody can tell from the truth')).toEqual(['jobs-economy', 'misinformation']);
  });

  it('gives a hope one category even when the answer names the means and the end: the end wins', () => {
    expect(label('hope', 'Handle my emails and my calendar so I can spend more time with my kids')).toEqual(['time-freedom']);
    expect(label('hope', 'Organise my calendar and my appointments')).toEqual(['life-management']);
  });

  it('labels an answer that says it wants nothing from AI as having no vision', () => {
    expect(label('hope', "Nothing. I don't want AI doing things for me")).toEqual(['none']);
  });

  it.each([
    ['an empty answer', ''],
    ['punctuation only', '...?!'],
    ['an off-topic remark', 'The app is slow on my phone'],
    ['gibberish', 'asdfgh qwerty'],
    ['"I don\'t know"', "I don't know"],
    ['"no comment", which starts like a "no"', 'No comment'],
    ['"keine Ahnung"', 'keine Ahnung'],
    ['"わからない"', 'わからない'],
  ])('leaves %s not classified', (_what, text) => {
    for (const questionId of ['hope', 'experience', 'fear']) expect(label(questionId, text)).toEqual([]);
  });

  it('labels every answer in the order given, and the same answers the same way each time', () => {
    const texts = ['more free time', '', 'start my own company', 'more free time'];
    const first = labelWithKeywordRules(DEFAULT_CODEBOOK, 'hope', texts);
    expect(first).toEqual([['time-freedom'], [], ['entrepreneurship'], ['time-freedom']]);
    expect(labelWithKeywordRules(DEFAULT_CODEBOOK, 'hope', texts)).toEqual(first);
  });

  it('says which rules matched, for tuning', () => {
    expect(explainKeywordRules(DEFAULT_CODEBOOK, 'fear', 'Deepfakes everywhere')).toEqual([{ category: 'misinformation', score: 2, rules: ['deepfake*:2'] }]);
  });

  it('refuses a question the codebook has no scheme for, naming it', () => {
    expect(() => labelWithKeywordRules(DEFAULT_CODEBOOK, 'favourite-colour', ['blue'])).toThrow('The codebook has no scheme for the question "favourite-colour"');
  });
});
