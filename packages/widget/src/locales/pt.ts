// Portuguese. Register: "você" with third-person verbs, readable in Brazil and Portugal; where a choice is unavoidable it is Brazilian ("equipe", "Pular", "Enviando", "Suas respostas", "Por que").
import type { LocalePack } from './locale-pack.js';

const pt: LocalePack = {
  strings: {
    thisProduct: 'este produto',
    inviteTitle: 'Ajude a moldar {product}',
    inviteBody:
      'Queremos saber o que as pessoas esperam que a IA possa fazer por elas e o que as preocupa. São poucas perguntas abertas, todas opcionais; leva cerca de três minutos.',
    start: 'Começar',
    notNow: 'Agora não',
    noThanks: 'Não, obrigado',
    consentTitle: 'Antes de começar',
    consentPurpose:
      'Suas respostas ajudam a equipe que desenvolve {product} a decidir o que criar. Elas são lidas por pessoas dessa equipe, junto com as respostas de outras pessoas.',
    consentKeep:
      'Elas são guardadas apenas pelo tempo de que este estudo precisar. Endereços de e-mail, números de telefone, números de cartão e chaves são removidos no seu dispositivo antes de qualquer dado ser armazenado.',
    consentQuotes:
      'Autorizo que minhas respostas sejam citadas em resultados publicados, sem meu nome nem nada que me identifique.',
    consentWithdraw: 'Você pode retirar suas respostas a qualquer momento: este dispositivo lembra quais são as suas.',
    continue: 'Continuar',
    dialogTitle: 'Dê sua opinião',
    progress: 'Pergunta {n} de {total}',
    required: 'Escreva uma resposta para continuar.',
    charsLeft: 'Caracteres restantes: {n}',
    restored: 'Guardamos o que você escreveu antes.',
    removing: 'Antes do envio, vamos remover {list}.',
    email: 'one:{n} endereço de e-mail|{n} endereços de e-mail',
    phone: 'one:{n} número de telefone|{n} números de telefone',
    card: 'one:{n} número de cartão|{n} números de cartão',
    key: 'one:{n} chave ou código de acesso|{n} chaves ou códigos de acesso',
    followUp: 'Pergunta complementar (opcional)',
    probeHope: 'Se isso se tornasse realidade, o que passaria a ser possível para você?',
    probeOther: 'Por que isso é importante para você?',
    back: 'Voltar',
    skip: 'Pular',
    next: 'Avançar',
    finish: 'Concluir',
    close: 'Fechar',
    leaveAsk: 'Enviar o que você escreveu?',
    send: 'Enviar',
    discard: 'Descartar',
    sending: 'Enviando suas respostas…',
    thanks: 'Obrigado',
    sent: 'Suas respostas foram enviadas. Elas vão ajudar a decidir o que será criado.',
    saved: 'Suas respostas foram guardadas neste dispositivo e serão enviadas quando a conexão com a internet voltar.',
    memory:
      'Ainda não foi possível enviar suas respostas, e este navegador não nos permitiu guardá-las. Elas serão enviadas enquanto esta página permanecer aberta.',
    dropped: 'Obrigado pelas suas respostas.',
    held: 'Suas respostas ficam guardadas neste dispositivo; a equipe responsável por este produto decide o que acontece a seguir.',
    done: 'Pronto',
    notSent: 'Ainda não enviadas',
    tooLarge:
      'Suas respostas são longas demais para serem enviadas ({kb} KB; o limite é {limit} KB). Nada foi enviado: volte e encurte-as.',
    queueFull:
      'Já há respostas demais aguardando envio neste dispositivo. Nada foi enviado: tente novamente mais tarde.',
    backToAnswers: 'Voltar às suas respostas',
    withdraw: 'Retirar minhas respostas',
    withdrawAsk: 'Retirar suas respostas? Isso não pode ser desfeito.',
    keep: 'Manter',
    confirmWithdraw: 'Retirar',
    withdrawn: 'Suas respostas foram retiradas.',
    withdrawFailed: 'Não foi possível retirar suas respostas agora. Tente novamente mais tarde.',
    nothingSent: 'Você pulou todas as perguntas, então nada foi enviado.',
  },
  questions: [
    { id: 'context', prompt: 'Para que você usou {product} da última vez?' },
    { id: 'hope', prompt: 'Se você tivesse uma varinha mágica, o que a IA faria por você?', followUp: true },
    { id: 'experience', prompt: 'A IA já deu algum passo nessa direção para você?' },
    {
      id: 'fear',
      prompt: 'Existem formas de desenvolver a IA que iriam contra o que você espera ou o que você valoriza?',
      followUp: true,
    },
  ],
};

export default pt;
