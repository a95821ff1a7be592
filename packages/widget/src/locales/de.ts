// German. Register: "du", as most modern products use. {product} only ever stands in the nominative/accusative, where "dieses Produkt" fits too.
import type { LocalePack } from './locale-pack.js';

const de: LocalePack = {
  strings: {
    thisProduct: 'dieses Produkt',
    inviteTitle: 'Hilf mit, {product} zu gestalten',
    inviteBody:
      'Wir fragen Menschen, was sie sich von KI erhoffen und was ihnen Sorgen macht. Ein paar offene Fragen, jede davon freiwillig – das dauert etwa drei Minuten.',
    start: 'Starten',
    notNow: 'Jetzt nicht',
    noThanks: 'Nein, danke',
    consentTitle: 'Bevor du beginnst',
    consentPurpose:
      'Deine Antworten helfen dem Team, das {product} entwickelt, zu entscheiden, was gebaut wird. Menschen aus diesem Team lesen sie – zusammen mit den Antworten anderer.',
    consentKeep:
      'Sie werden nur so lange aufbewahrt, wie diese Studie sie braucht. E-Mail-Adressen, Telefonnummern, Kartennummern und Schlüssel werden auf deinem Gerät entfernt, bevor irgendetwas gespeichert wird.',
    consentQuotes:
      'Meine Antworten dürfen in veröffentlichten Ergebnissen zitiert werden – ohne meinen Namen und ohne etwas, das mich erkennbar macht.',
    consentWithdraw: 'Du kannst deine Antworten jederzeit zurückziehen: Dieses Gerät merkt sich, welche von dir sind.',
    continue: 'Fortfahren',
    dialogTitle: 'Sag uns, was du denkst',
    progress: 'Frage {n} von {total}',
    required: 'Bitte schreib eine Antwort, um fortzufahren.',
    charsLeft: 'Noch {n} Zeichen',
    restored: 'Was du vorhin geschrieben hast, haben wir aufbewahrt.',
    removing: 'Vor dem Senden entfernen wir {list}.',
    email: 'one:{n} E-Mail-Adresse|{n} E-Mail-Adressen',
    phone: 'one:{n} Telefonnummer|{n} Telefonnummern',
    card: 'one:{n} Kartennummer|{n} Kartennummern',
    key: 'one:{n} Schlüssel oder Token|{n} Schlüssel oder Tokens',
    followUp: 'Eine Nachfrage (freiwillig)',
    probeHope: 'Was würde es dir ermöglichen, wenn das Wirklichkeit würde?',
    probeOther: 'Warum ist dir das wichtig?',
    back: 'Zurück',
    skip: 'Überspringen',
    next: 'Weiter',
    finish: 'Abschließen',
    close: 'Schließen',
    leaveAsk: 'Senden, was du geschrieben hast?',
    send: 'Senden',
    discard: 'Verwerfen',
    sending: 'Deine Antworten werden gesendet …',
    thanks: 'Danke',
    sent: 'Deine Antworten wurden gesendet. Sie helfen bei der Entscheidung, was gebaut wird.',
    saved: 'Deine Antworten sind auf diesem Gerät gespeichert und werden gesendet, sobald du wieder online bist.',
    memory:
      'Deine Antworten konnten noch nicht gesendet werden, und dieser Browser hat uns nicht erlaubt, sie zu speichern. Sie werden gesendet, solange diese Seite geöffnet bleibt.',
    dropped: 'Danke für deine Antworten.',
    held: 'Deine Antworten bleiben auf diesem Gerät; das Team hinter diesem Produkt entscheidet, wie es weitergeht.',
    done: 'Fertig',
    notSent: 'Noch nicht gesendet',
    tooLarge:
      'Deine Antworten sind zu lang zum Senden ({kb} KB; erlaubt sind {limit} KB). Es wurde nichts gesendet: Geh zurück und kürze sie.',
    queueFull:
      'Auf diesem Gerät warten schon zu viele Antworten darauf, gesendet zu werden. Es wurde nichts gesendet: Bitte versuch es später noch einmal.',
    backToAnswers: 'Zurück zu deinen Antworten',
    withdraw: 'Meine Antworten zurückziehen',
    withdrawAsk: 'Deine Antworten zurückziehen? Das lässt sich nicht rückgängig machen.',
    keep: 'Behalten',
    confirmWithdraw: 'Zurückziehen',
    withdrawn: 'Deine Antworten wurden zurückgezogen.',
    withdrawFailed: 'Deine Antworten konnten gerade nicht zurückgezogen werden. Bitte versuch es später noch einmal.',
    nothingSent: 'Du hast alle Fragen übersprungen, daher wurde nichts gesendet.',
  },
  questions: [
    { id: 'context', prompt: 'Wofür hast du {product} zuletzt genutzt?' },
    { id: 'hope', prompt: 'Wenn du einen Zauberstab schwingen könntest: Was würde KI für dich tun?', followUp: true },
    { id: 'experience', prompt: 'Hat KI für dich schon einmal einen Schritt in diese Richtung gemacht?' },
    {
      id: 'fear',
      prompt:
        'Gibt es Wege, wie KI entwickelt werden könnte, die dem widersprechen, was du dir erhoffst oder was dir wichtig ist?',
      followUp: true,
    },
  ],
};

export default de;
