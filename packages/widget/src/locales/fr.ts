// French. Register: « vous ». Typography: a non-breaking space (U+00A0) before « : ; ? ! » and inside « », typographic apostrophe ’.
import type { LocalePack } from './locale-pack.js';

const fr: LocalePack = {
  strings: {
    thisProduct: 'ce produit',
    inviteTitle: 'Aidez-nous à faire évoluer {product}',
    inviteBody:
      'Nous demandons aux gens ce qu’ils aimeraient que l’IA fasse pour eux, et ce qui les inquiète. Quelques questions ouvertes, toutes facultatives ; environ trois minutes.',
    start: 'Commencer',
    notNow: 'Pas maintenant',
    noThanks: 'Non merci',
    consentTitle: 'Avant de commencer',
    consentPurpose:
      'Vos réponses aident l’équipe qui développe {product} à choisir ce qu’elle va construire. Elles sont lues par des membres de cette équipe, avec les réponses d’autres personnes.',
    consentKeep:
      'Elles ne sont conservées que le temps nécessaire à cette étude. Les adresses e-mail, numéros de téléphone, numéros de carte et clés sont supprimés sur votre appareil avant tout enregistrement.',
    consentQuotes:
      'Vous pouvez citer mes réponses dans les résultats publiés, sans mon nom ni rien qui permette de m’identifier.',
    consentWithdraw:
      'Vous pouvez retirer vos réponses à tout moment : cet appareil se souvient de celles qui sont les vôtres.',
    continue: 'Continuer',
    dialogTitle: 'Partagez votre avis',
    progress: 'Question {n} sur {total}',
    required: 'Veuillez écrire une réponse pour continuer.',
    charsLeft: 'Caractères restants : {n}',
    restored: 'Nous avons conservé ce que vous aviez écrit.',
    removing: 'Avant l’envoi, nous retirerons {list}.',
    email: 'one:{n} adresse e-mail|{n} adresses e-mail',
    phone: 'one:{n} numéro de téléphone|{n} numéros de téléphone',
    card: 'one:{n} numéro de carte|{n} numéros de carte',
    key: 'one:{n} clé ou jeton|{n} clés ou jetons',
    followUp: 'Question complémentaire (facultative)',
    probeHope: 'Si cela se réalisait, qu’est-ce que cela vous permettrait de faire ?',
    probeOther: 'Pourquoi est-ce important pour vous ?',
    back: 'Retour',
    skip: 'Passer',
    next: 'Suivant',
    finish: 'Terminer',
    close: 'Fermer',
    leaveAsk: 'Envoyer ce que vous avez écrit ?',
    send: 'Envoyer',
    discard: 'Supprimer',
    sending: 'Envoi de vos réponses…',
    thanks: 'Merci',
    sent: 'Vos réponses ont été envoyées. Elles aideront à décider de ce qui sera créé.',
    saved: 'Vos réponses sont enregistrées sur cet appareil et seront envoyées dès que vous serez de nouveau en ligne.',
    memory:
      'Vos réponses n’ont pas encore pu être envoyées, et ce navigateur ne nous a pas permis de les enregistrer. Elles seront envoyées tant que cette page restera ouverte.',
    dropped: 'Merci pour vos réponses.',
    held: 'Vos réponses sont conservées sur cet appareil ; l’équipe responsable de ce produit décide de la suite.',
    done: 'Terminé',
    notSent: 'Pas encore envoyées',
    tooLarge:
      'Vos réponses sont trop longues pour être envoyées ({kb} Ko ; la limite est de {limit} Ko). Rien n’a été envoyé : revenez en arrière pour les raccourcir.',
    queueFull:
      'Trop de réponses attendent déjà d’être envoyées depuis cet appareil. Rien n’a été envoyé : veuillez réessayer plus tard.',
    backToAnswers: 'Revenir à vos réponses',
    withdraw: 'Retirer mes réponses',
    withdrawAsk: 'Retirer vos réponses ? Cette action est irréversible.',
    keep: 'Conserver',
    confirmWithdraw: 'Retirer',
    withdrawn: 'Vos réponses ont été retirées.',
    withdrawFailed: 'Vos réponses n’ont pas pu être retirées pour le moment. Veuillez réessayer plus tard.',
    nothingSent: 'Vous avez passé toutes les questions : rien n’a été envoyé.',
  },
  questions: [
    { id: 'context', prompt: 'Pour quoi avez-vous utilisé {product} la dernière fois ?' },
    { id: 'hope', prompt: 'Si vous aviez une baguette magique, que ferait l’IA pour vous ?', followUp: true },
    { id: 'experience', prompt: 'L’IA a-t-elle déjà fait un pas dans ce sens pour vous ?' },
    {
      id: 'fear',
      prompt:
        'Y a-t-il des manières de développer l’IA qui iraient à l’encontre de ce que vous espérez ou de ce à quoi vous tenez ?',
      followUp: true,
    },
  ],
};

export default fr;
