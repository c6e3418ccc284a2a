import { handoffsMessages } from '../handoffs/messages';
import { registerMessages } from '../i18n/messages';
import { statisticsMessages } from './messages';

// Imported by the page: its words come with its code, and the handoffs' statuses with them.
registerMessages(statisticsMessages);
registerMessages(handoffsMessages);
