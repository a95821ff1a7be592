/**
 * Words too common to tell answers apart, in the languages the local classifier knows best:
 * English, Spanish, French, German and Portuguese, plus the few words that every answer to a
 * question about AI shares. Lower-case, as the tokeniser emits them.
 * Short on purpose: TF-IDF already weighs down what most answers share; this list only keeps
 * function words from naming a cluster.
 */
export const LOCAL_STOP_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    `a an and are as at be been being but by can could did do does doing for from had has have having he her him his how i if in into is it its itself just me more most my myself no nor not of off on once only or other our ours out over own so some such than that the their them then there these they this those through to too under until up very was we were what when where which while who whom why will with would you your yours also about again all am any because before being both each few further here let lot lots much must should way want wish make makes made get gets got thing things really even like one ones every many i'm i've i'd i'll don't doesn't didn't can't won't isn't aren't wouldn't couldn't`,
    // Spanish
    'el la los las un una unos unas y o pero de del al a en con por para que qué es son ser está están estar fue mi mis tu tus su sus lo le les se me te nos más muy sin sobre como cómo cuando donde yo tú él ella ellos ellas nosotros esto esta este eso esa ese hay tiene tener hacer quiero quisiera',
    // French
    'le la les un une des et ou mais de du au aux en dans avec par pour que qui quoi est sont être était mon ma mes ton ta tes son sa ses ce cet cette ces je tu il elle nous vous ils elles ne pas plus très sans sur comme quand où se me te lui leur leurs y avoir fait faire veux voudrais',
    // German
    'der die das den dem des ein eine einen einem einer und oder aber von zu zum zur im in mit für auf ist sind sein war mein meine meinen meiner dein deine sein seine ihr ihre ich du er sie es wir nicht kein keine mehr sehr ohne über wie wenn wo sich mir mich dass auch noch nur so was würde möchte habe hat haben will',
    // Words nearly every answer about AI shares, in those languages: "AI" itself, "help", "use"
    'ai ia ki artificial intelligence inteligencia inteligência künstliche intelligenz help helping helps helfen hilft ayudar ayudarme ayude aider aide ajudar people use using used usar utiliser nutzen',
    // Portuguese
    'o os as um uma uns umas e ou mas de do da dos das em no na nos nas com por para que é são ser está estão foi meu minha meus minhas seu sua seus suas ele ela eles elas nós isso isto esse essa este mais muito sem sobre como quando onde eu me te se lhe ter fazer quero gostaria',
  ]
    .join(' ')
    .split(/\s+/),
);
