import { NotificationKind } from '../notification-kind';
import { MailLanguage } from './mail-delivery';

/**
 * What a notification mail may say: the kind of thing that happened, the reference its context
 * lets travel (an MLA request's) and the deadline. Never the notification's own message, which
 * may name agencies or quote a person: no facts, identifiers, names or victim data leave by mail.
 */
export interface MailItem {
  readonly kind: NotificationKind;
  readonly reference: string | null;
  readonly dueAt: Date | null;
}

export interface Mail {
  readonly subject: string;
  readonly text: string;
}

type Wording = Readonly<Record<NotificationKind, string>>;

interface Words {
  readonly what: Wording;
  readonly product: string;
  readonly greeting: string;
  readonly reference: string;
  readonly deadline: string;
  readonly open: string;
  readonly digestSubject: string;
  readonly digestIntro: string;
  readonly count: string;
  readonly footer: string;
}

const EN: Words = {
  what: {
    USER_LOCKED_OUT: 'A user of your agency was locked out after repeated failed sign-ins.',
    WEBHOOK_ENDPOINT_DISABLED: 'A webhook endpoint of your agency was disabled after repeated failed deliveries.',
    HANDOFF_PROPOSED: 'A victim-support handoff was proposed to your agency.',
    HANDOFF_CHANGED: 'A victim-support handoff of your agency was updated.',
    HANDOFF_MESSAGE: 'There is a new message on a victim-support handoff.',
    HANDOFF_ACCEPTANCE_REMINDER: 'A victim-support handoff awaits your acceptance or decline.',
    HANDOFF_ACCEPTANCE_BREACHED: 'The acceptance deadline of a victim-support handoff was missed.',
    MLA_REQUEST_CHANGED: 'An MLA request of your agency moved to another step.',
    MLA_MESSAGE: 'There is a new message on an MLA request.',
    MLA_DEADLINE_REMINDER: 'A deadline of an MLA request is coming up.',
    MLA_DEADLINE_BREACHED: 'A deadline of an MLA request was missed.',
    CASE_MATCH_FOUND: 'A hit was found between a case of your agency and a case of another agency.',
    CASE_CARD_SHARED: 'Another agency shared a reference card with your agency.',
    CASE_CARD_READ: 'A reference card your agency shared was read.',
    CASE_CARD_ACKNOWLEDGED: 'A reference card your agency shared was acknowledged.',
    CASE_CARD_REVOKED: 'A reference card shared with your agency was revoked.',
    CASE_DISCLOSURE_REQUESTED: 'Another agency asks your agency to share a reference card about a hit.',
  },
  product: 'Cross-border coordination',
  greeting: 'Hello,',
  reference: 'Reference',
  deadline: 'Deadline',
  open: 'Open the console to see the details:',
  digestSubject: 'Your daily summary of notifications',
  digestIntro: 'What happened in the 24 hours before {until}:',
  count: 'Notifications',
  footer: 'This mail carries no case content. Choose which notifications reach you by e-mail under My account:',
};

const DE: Words = {
  what: {
    USER_LOCKED_OUT: 'Ein Benutzer Ihrer Behörde wurde nach wiederholten fehlgeschlagenen Anmeldungen gesperrt.',
    WEBHOOK_ENDPOINT_DISABLED: 'Ein Webhook-Endpunkt Ihrer Behörde wurde nach wiederholt fehlgeschlagenen Zustellungen deaktiviert.',
    HANDOFF_PROPOSED: 'Ihrer Stelle wurde eine Übergabe im Opferschutz vorgeschlagen.',
    HANDOFF_CHANGED: 'Eine Übergabe im Opferschutz Ihrer Stelle wurde aktualisiert.',
    HANDOFF_MESSAGE: 'Zu einer Übergabe im Opferschutz gibt es eine neue Nachricht.',
    HANDOFF_ACCEPTANCE_REMINDER: 'Eine Übergabe im Opferschutz wartet auf Ihre Annahme oder Ablehnung.',
    HANDOFF_ACCEPTANCE_BREACHED: 'Die Annahmefrist einer Übergabe im Opferschutz wurde versäumt.',
    MLA_REQUEST_CHANGED: 'Ein Rechtshilfeersuchen Ihrer Behörde hat einen neuen Schritt erreicht.',
    MLA_MESSAGE: 'Zu einem Rechtshilfeersuchen gibt es eine neue Nachricht.',
    MLA_DEADLINE_REMINDER: 'Eine Frist eines Rechtshilfeersuchens läuft bald ab.',
    MLA_DEADLINE_BREACHED: 'Eine Frist eines Rechtshilfeersuchens wurde versäumt.',
    CASE_MATCH_FOUND: 'Zwischen einem Fall Ihrer Behörde und dem Fall einer anderen Behörde wurde ein Treffer gefunden.',
    CASE_CARD_SHARED: 'Eine andere Behörde hat eine Referenzkarte mit Ihrer Behörde geteilt.',
    CASE_CARD_READ: 'Eine von Ihrer Behörde geteilte Referenzkarte wurde gelesen.',
    CASE_CARD_ACKNOWLEDGED: 'Der Empfang einer von Ihrer Behörde geteilten Referenzkarte wurde bestätigt.',
    CASE_CARD_REVOKED: 'Eine mit Ihrer Behörde geteilte Referenzkarte wurde widerrufen.',
    CASE_DISCLOSURE_REQUESTED: 'Eine andere Behörde bittet Ihre Behörde, zu einem Treffer eine Referenzkarte zu teilen.',
  },
  product: 'Grenzüberschreitende Zusammenarbeit',
  greeting: 'Guten Tag,',
  reference: 'Aktenzeichen',
  deadline: 'Frist',
  open: 'Die Einzelheiten sehen Sie in der Konsole:',
  digestSubject: 'Ihre tägliche Übersicht der Benachrichtigungen',
  digestIntro: 'Was in den 24 Stunden vor {until} geschah:',
  count: 'Benachrichtigungen',
  footer: 'Diese E-Mail enthält keine Fallinhalte. Welche Benachrichtigungen Sie per E-Mail erreichen, wählen Sie unter Mein Konto:',
};

const RO: Words = {
  what: {
    USER_LOCKED_OUT: 'Un utilizator al instituției dumneavoastră a fost blocat după autentificări eșuate repetate.',
    WEBHOOK_ENDPOINT_DISABLED: 'Un punct de primire webhook al instituției dumneavoastră a fost dezactivat după livrări eșuate repetate.',
    HANDOFF_PROPOSED: 'Instituției dumneavoastră i-a fost propus un transfer de asistență a victimei.',
    HANDOFF_CHANGED: 'Un transfer de asistență a victimei al instituției dumneavoastră a fost actualizat.',
    HANDOFF_MESSAGE: 'Există un mesaj nou la un transfer de asistență a victimei.',
    HANDOFF_ACCEPTANCE_REMINDER: 'Un transfer de asistență a victimei așteaptă acceptarea sau refuzul dumneavoastră.',
    HANDOFF_ACCEPTANCE_BREACHED: 'Termenul de acceptare al unui transfer de asistență a victimei a fost depășit.',
    MLA_REQUEST_CHANGED: 'O cerere de asistență judiciară a instituției dumneavoastră a trecut la o altă etapă.',
    MLA_MESSAGE: 'Există un mesaj nou la o cerere de asistență judiciară.',
    MLA_DEADLINE_REMINDER: 'Se apropie un termen al unei cereri de asistență judiciară.',
    MLA_DEADLINE_BREACHED: 'Un termen al unei cereri de asistență judiciară a fost depășit.',
    CASE_MATCH_FOUND: 'A fost găsită o concordanță între un dosar al instituției dumneavoastră și un dosar al altei instituții.',
    CASE_CARD_SHARED: 'O altă instituție a partajat o fișă de referință cu instituția dumneavoastră.',
    CASE_CARD_READ: 'O fișă de referință partajată de instituția dumneavoastră a fost citită.',
    CASE_CARD_ACKNOWLEDGED: 'Primirea unei fișe de referință partajate de instituția dumneavoastră a fost confirmată.',
    CASE_CARD_REVOKED: 'O fișă de referință partajată cu instituția dumneavoastră a fost revocată.',
    CASE_DISCLOSURE_REQUESTED: 'O altă instituție solicită instituției dumneavoastră să partajeze o fișă de referință despre o concordanță.',
  },
  product: 'Cooperare transfrontalieră',
  greeting: 'Bună ziua,',
  reference: 'Referință',
  deadline: 'Termen',
  open: 'Deschideți consola pentru detalii:',
  digestSubject: 'Rezumatul zilnic al notificărilor',
  digestIntro: 'Ce s-a întâmplat în cele 24 de ore dinainte de {until}:',
  count: 'Notificări',
  footer: 'Acest e-mail nu conține date din dosare. Alegeți ce notificări primiți prin e-mail în Contul meu:',
};

const RU: Words = {
  what: {
    USER_LOCKED_OUT: 'Пользователь вашего ведомства заблокирован после нескольких неудачных попыток входа.',
    WEBHOOK_ENDPOINT_DISABLED: 'Webhook-адрес вашего ведомства отключён после нескольких неудачных доставок.',
    HANDOFF_PROPOSED: 'Вашей организации предложена передача по поддержке пострадавшего.',
    HANDOFF_CHANGED: 'Передача по поддержке пострадавшего вашей организации обновлена.',
    HANDOFF_MESSAGE: 'Новое сообщение по передаче по поддержке пострадавшего.',
    HANDOFF_ACCEPTANCE_REMINDER: 'Передача по поддержке пострадавшего ожидает вашего принятия или отказа.',
    HANDOFF_ACCEPTANCE_BREACHED: 'Срок принятия передачи по поддержке пострадавшего пропущен.',
    MLA_REQUEST_CHANGED: 'Запрос о правовой помощи вашего ведомства перешёл на другой этап.',
    MLA_MESSAGE: 'Новое сообщение по запросу о правовой помощи.',
    MLA_DEADLINE_REMINDER: 'Приближается срок по запросу о правовой помощи.',
    MLA_DEADLINE_BREACHED: 'Срок по запросу о правовой помощи пропущен.',
    CASE_MATCH_FOUND: 'Найдено совпадение между делом вашего ведомства и делом другого ведомства.',
    CASE_CARD_SHARED: 'Другое ведомство передало вашему ведомству справочную карточку.',
    CASE_CARD_READ: 'Справочная карточка, переданная вашим ведомством, прочитана.',
    CASE_CARD_ACKNOWLEDGED: 'Получение справочной карточки, переданной вашим ведомством, подтверждено.',
    CASE_CARD_REVOKED: 'Справочная карточка, переданная вашему ведомству, отозвана.',
    CASE_DISCLOSURE_REQUESTED: 'Другое ведомство просит ваше ведомство передать справочную карточку о совпадении.',
  },
  product: 'Трансграничное сотрудничество',
  greeting: 'Здравствуйте!',
  reference: 'Номер',
  deadline: 'Срок',
  open: 'Подробности — в консоли:',
  digestSubject: 'Ваша ежедневная сводка уведомлений',
  digestIntro: 'Что произошло за 24 часа до {until}:',
  count: 'Уведомлений',
  footer: 'Это письмо не содержит материалов дел. Какие уведомления приходят вам по почте, выбирается в разделе «Мой аккаунт»:',
};

export const MAIL_WORDS: Readonly<Record<MailLanguage, Words>> = { en: EN, de: DE, ro: RO, ru: RU };

/** A date and time in UTC, written the language's way. */
export function mailDate(language: MailLanguage, at: Date): string {
  return `${new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(at)} UTC`;
}

/** One notification as lines: what happened, its reference and its deadline when there are. */
function itemLines(words: Words, language: MailLanguage, item: MailItem): string[] {
  return [
    words.what[item.kind],
    ...(item.reference ? [`${words.reference}: ${item.reference}`] : []),
    ...(item.dueAt ? [`${words.deadline}: ${mailDate(language, item.dueAt)}`] : []),
  ];
}

function closing(words: Words, consoleUrl: string): string[] {
  return [words.open, `${consoleUrl}/`, '', '--', words.footer, `${consoleUrl}/account`];
}

/** The mail of one notification sent at once. */
export function notificationMail(language: MailLanguage, item: MailItem, consoleUrl: string): Mail {
  const words = MAIL_WORDS[language];
  const subject = `${words.product}: ${words.what[item.kind].replace(/\.$/, '')}${item.reference ? ` (${item.reference})` : ''}`;
  return { subject, text: [words.greeting, '', ...itemLines(words, language, item), '', ...closing(words, consoleUrl)].join('\n') };
}

/** The daily digest: every notification of the day the user chose to hear of this way, oldest first. */
export function digestMail(language: MailLanguage, items: readonly MailItem[], until: Date, consoleUrl: string): Mail {
  const words = MAIL_WORDS[language];
  const listed = items.flatMap((item) => {
    const [what, ...details] = itemLines(words, language, item);
    return [`- ${what}`, ...details.map((line) => `  ${line}`)];
  });
  return {
    subject: `${words.product}: ${words.digestSubject} (${items.length})`,
    text: [
      words.greeting,
      '',
      words.digestIntro.replace('{until}', mailDate(language, until)),
      `${words.count}: ${items.length}`,
      '',
      ...listed,
      '',
      ...closing(words, consoleUrl),
    ].join('\n'),
  };
}
