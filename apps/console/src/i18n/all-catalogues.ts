import { accountMessages } from '../account/messages';
import { auditMessages } from '../audit/messages';
import { agencyAdminMessages } from '../agency-admin/messages';
import { shellMessages } from '../app/messages';
import { casesMessages } from '../cases/messages';
import { deskMessages } from '../desk/messages';
import { documentsMessages } from '../documents/messages';
import { handoffsMessages } from '../handoffs/messages';
import { mlaMessages } from '../mla/messages';
import { mlaVocabularyMessages } from '../mla/vocabulary';
import { platformMessages } from '../platform/messages';
import { sessionMessages } from '../session/messages';
import { sharedMessages } from '../shared/messages';
import { statisticsMessages } from '../statistics/messages';
import { vocabularyMessages } from './vocabulary';

/**
 * Every catalogue of the console; a journey adds its own here. Only types and tests import
 * this list: at run time a journey's catalogue comes with its page's code (registerMessages).
 */
export const CATALOGUES = [shellMessages, sessionMessages, vocabularyMessages, deskMessages, mlaVocabularyMessages, mlaMessages, sharedMessages, casesMessages, handoffsMessages, statisticsMessages, platformMessages, auditMessages, accountMessages, documentsMessages, agencyAdminMessages] as const;
