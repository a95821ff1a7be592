import type { Codebook, CodebookCategory } from './codebook.js';

const category = (id: string, label: string, studyShare: number, description: string): CodebookCategory => ({ id, label, description, studyShare });

/**
 * The study's codebook ("What 81,000 people want from AI", Anthropic, March 2026): the hope
 * ("vision") and experience categories, one per answer, and the concern categories, several per
 * answer. `studyShare` is the published share of respondents (0..1), for comparison charts; the
 * descriptions are written for a classifier, from the category names and the study's method notes.
 * Concerns include the long tail the study named but did not chart.
 */
export const DEFAULT_CODEBOOK: Codebook = {
  version: 'study-2026-03',
  schemes: [
    {
      questionId: 'hope',
      multiLabel: false,
      categories: [
        category('professional-excellence', 'Professional excellence', 0.188, 'Doing their work or craft better: higher quality, more productive, more capable or further in their career.'),
        category('personal-transformation', 'Personal transformation', 0.137, 'Becoming a better or different person: confidence, health, habits, relationships, emotional growth or sense of self.'),
        category('life-management', 'Life management', 0.135, 'Help running everyday life: organising tasks, schedules, household, paperwork, errands and decisions.'),
        category('time-freedom', 'Time freedom', 0.111, 'More free time: AI taking over work or chores so they can spend time with family, rest or on what matters to them.'),
        category('financial-independence', 'Financial independence', 0.097, 'Earning more, financial security or freedom from money worries.'),
        category('societal-transformation', 'Societal transformation', 0.094, 'Change beyond themselves: curing disease, solving climate change or poverty, better education or progress for humanity.'),
        category('entrepreneurship', 'Entrepreneurship', 0.087, 'Starting, building or growing their own business, product or venture.'),
        category('learning-growth', 'Learning & growth', 0.084, 'Learning, understanding or mastering new knowledge and skills.'),
        category('creative-expression', 'Creative expression', 0.056, 'Making art, music, writing, games or other creative work, or bringing creative ideas to life.'),
        category('none', 'No vision', 0.01, 'The answer names no hope for AI at all: it declines, says they want nothing from AI, or says nothing about what AI could do.'),
      ],
    },
    {
      questionId: 'experience',
      multiLabel: false,
      categories: [
        category('productivity', 'Productivity', 0.32, 'AI already saves them time or effort, speeding up or automating work and tasks.'),
        category('not-delivered', "AI hasn't delivered", 0.189, 'AI has not yet taken a real step towards their hope, or has disappointed them.'),
        category('cognitive-partnership', 'Cognitive partnership', 0.172, 'AI works with them as a thinking partner: brainstorming, reasoning through problems, giving feedback on ideas.'),
        category('learning', 'Learning', 0.099, 'AI has helped them learn or understand something: explanations, tutoring, new skills.'),
        category('technical-accessibility', 'Technical accessibility', 0.087, 'AI let them do technical things they could not before, like coding, building software or using complex tools.'),
        category('research-synthesis', 'Research synthesis', 0.072, 'AI helped them find, read, summarise or make sense of information and research.'),
        category('emotional-support', 'Emotional support', 0.061, 'AI gave them comfort, encouragement, companionship or help with their feelings or mental health.'),
      ],
    },
    {
      questionId: 'fear',
      multiLabel: true,
      categories: [
        category('unreliability', 'Unreliability', 0.267, 'AI makes mistakes, hallucinates or cannot be trusted to be accurate or consistent.'),
        category('jobs-economy', 'Jobs & economy', 0.223, 'AI takes jobs, lowers wages or worsens inequality and the economy.'),
        category('autonomy-agency', 'Autonomy & agency', 0.219, 'People losing control, choice or human judgement to AI, or AI acting without human oversight.'),
        category('cognitive-atrophy', 'Cognitive atrophy', 0.163, 'People thinking, learning or doing less for themselves, so skills and critical thinking wither.'),
        category('governance', 'Governance', 0.147, 'AI developed or controlled by a few powerful companies or governments, without accountability, regulation or transparency.'),
        category('misinformation', 'Misinformation', 0.136, 'AI spreading falsehoods, deepfakes or manipulation that erode shared truth.'),
        category('surveillance-privacy', 'Surveillance & privacy', 0.131, 'AI used to watch people, collect or expose personal data, or erode privacy.'),
        category('malicious-use', 'Malicious use', 0.13, 'Bad actors using AI for crime, scams, weapons, cyberattacks or other harm.'),
        category('meaning-creativity', 'Meaning & creativity', 0.117, 'AI hollowing out human creativity, art, craft or the sense of meaning and purpose people get from them.'),
        category('overrestriction', 'Overrestriction', 0.117, 'AI made too restricted, censored, preachy or paternalistic to be useful.'),
        category('wellbeing-dependency', 'Wellbeing & dependency', 0.112, 'Unhealthy reliance on AI, isolation, replacing human relationships, or harm to mental health.'),
        category('sycophancy', 'Sycophancy', 0.108, 'AI that flatters, just agrees or tells people what they want to hear instead of the truth.'),
        category('existential-risk', 'Existential risk', 0.067, 'AI escaping human control or posing a catastrophic or existential threat to humanity.'),
        category('bias-discrimination', 'Bias & discrimination', 0.05, 'AI treating people unfairly or reinforcing bias and discrimination against groups.'),
        category('ip-data-rights', 'IP & data rights', 0.04, "AI trained on or copying people's work and data without consent, credit or payment."),
        category('environmental-costs', 'Environmental costs', 0.04, "AI's energy, water and resource use harming the environment."),
        category('vulnerable-groups', 'Harms to children & vulnerable groups', 0.03, 'AI harming children or vulnerable people, or exposing them to inappropriate content.'),
        category('democracy', 'Democracy & political integrity', 0.03, 'AI undermining elections, democratic institutions or political debate.'),
        category('geopolitics', 'Geopolitics', 0.02, 'AI fuelling an arms race, conflict or power struggles between countries.'),
      ],
    },
  ],
};
