import { complaintFormZhHans } from '../complaint-form/messages.js';
import { memberCardZhHans } from '../member-card/messages.js';
import { directoryZhHans } from '../merchant-directory/messages.js';
import { commonZhHans } from './common.js';
import type { Messages } from './messages.js';

/** Simplified Chinese. */
export const zhHans: Messages = { ...commonZhHans, ...memberCardZhHans, ...complaintFormZhHans, ...directoryZhHans };
