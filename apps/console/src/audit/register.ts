import { registerMessages } from '../i18n/messages';
import { auditMessages } from './messages';

// Imported by each page of the journey: its words come with its code.
registerMessages(auditMessages);
