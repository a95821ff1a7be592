// Spanish. Register: "tú", as most modern products use; neutral vocabulary meant to read naturally in Spain and Latin America.
import type { LocalePack } from './locale-pack.js';

const es: LocalePack = {
  strings: {
    thisProduct: 'este producto',
    inviteTitle: 'Ayúdanos a dar forma a {product}',
    inviteBody:
      'Estamos preguntando a las personas qué esperan que la IA pueda hacer por ellas y qué les preocupa. Son unas pocas preguntas abiertas, todas opcionales; te llevará unos tres minutos.',
    start: 'Empezar',
    notNow: 'Ahora no',
    noThanks: 'No, gracias',
    consentTitle: 'Antes de empezar',
    consentPurpose:
      'Tus respuestas ayudan al equipo que desarrolla {product} a decidir qué crear. Las leen personas de ese equipo, junto con las respuestas de otras personas.',
    consentKeep:
      'Solo se conservan mientras esta investigación las necesite. Las direcciones de correo electrónico, los números de teléfono, los números de tarjeta y las claves se eliminan en tu dispositivo antes de guardar nada.',
    consentQuotes:
      'Acepto que se citen mis respuestas en los resultados que se publiquen, sin mi nombre ni ningún dato que me identifique.',
    consentWithdraw: 'Puedes retirar tus respuestas en cualquier momento: este dispositivo recuerda cuáles son tuyas.',
    continue: 'Continuar',
    dialogTitle: 'Comparte tu opinión',
    progress: 'Pregunta {n} de {total}',
    required: 'Escribe una respuesta para continuar.',
    charsLeft: 'Caracteres restantes: {n}',
    restored: 'Conservamos lo que escribiste antes.',
    removing: 'Antes del envío, eliminaremos {list}.',
    email: 'one:{n} dirección de correo electrónico|{n} direcciones de correo electrónico',
    phone: 'one:{n} número de teléfono|{n} números de teléfono',
    card: 'one:{n} número de tarjeta|{n} números de tarjeta',
    key: 'one:{n} clave o código de acceso|{n} claves o códigos de acceso',
    followUp: 'Pregunta de seguimiento (opcional)',
    probeHope: 'Si eso se hiciera realidad, ¿qué te permitiría hacer?',
    probeOther: '¿Por qué es importante para ti?',
    back: 'Atrás',
    skip: 'Omitir',
    next: 'Siguiente',
    finish: 'Terminar',
    close: 'Cerrar',
    leaveAsk: '¿Enviar lo que has escrito?',
    send: 'Enviar',
    discard: 'Descartar',
    sending: 'Enviando tus respuestas…',
    thanks: 'Gracias',
    sent: 'Tus respuestas se han enviado. Ayudarán a decidir qué se va a crear.',
    saved: 'Tus respuestas se han guardado en este dispositivo y se enviarán cuando vuelvas a tener conexión.',
    memory:
      'Todavía no se han podido enviar tus respuestas y este navegador no nos ha permitido guardarlas. Se enviarán mientras esta página siga abierta.',
    dropped: 'Gracias por tus respuestas.',
    held: 'Tus respuestas se conservan en este dispositivo; el equipo responsable de este producto decide qué pasará después.',
    done: 'Listo',
    notSent: 'Aún sin enviar',
    tooLarge:
      'Tus respuestas son demasiado largas para enviarlas ({kb} KB; el límite es de {limit} KB). No se ha enviado nada: vuelve atrás y acórtalas.',
    queueFull:
      'Ya hay demasiadas respuestas esperando a enviarse desde este dispositivo. No se ha enviado nada: inténtalo de nuevo más tarde.',
    backToAnswers: 'Volver a tus respuestas',
    withdraw: 'Retirar mis respuestas',
    withdrawAsk: '¿Retirar tus respuestas? No se puede deshacer.',
    keep: 'Conservar',
    confirmWithdraw: 'Retirar',
    withdrawn: 'Tus respuestas se han retirado.',
    withdrawFailed: 'No se han podido retirar tus respuestas en este momento. Inténtalo de nuevo más tarde.',
    nothingSent: 'Omitiste todas las preguntas, así que no se envió nada.',
  },
  questions: [
    { id: 'context', prompt: '¿Para qué usaste {product} la última vez?' },
    { id: 'hope', prompt: 'Si tuvieras una varita mágica, ¿qué haría la IA por ti?', followUp: true },
    { id: 'experience', prompt: '¿Alguna vez la IA ha dado un paso en esa dirección por ti?' },
    {
      id: 'fear',
      prompt: '¿Hay formas en que la IA podría desarrollarse que irían en contra de lo que esperas o de lo que valoras?',
      followUp: true,
    },
  ],
};

export default es;
