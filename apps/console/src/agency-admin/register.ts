import { registerMessages } from '../i18n/messages';
import { agencyAdminMessages } from './messages';

// Imported by each page of the journey: its words come with its code.
registerMessages(agencyAdminMessages);
