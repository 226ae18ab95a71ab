import { complaintFormZhHant } from '../complaint-form/messages.js';
import { memberCardZhHant } from '../member-card/messages.js';
import { directoryZhHant } from '../merchant-directory/messages.js';
import { commonZhHant } from './common.js';
import type { Messages } from './messages.js';

/** Traditional Chinese. */
export const zhHant: Messages = { ...commonZhHant, ...memberCardZhHant, ...complaintFormZhHant, ...directoryZhHant };
