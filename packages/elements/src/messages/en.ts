import { complaintFormEn } from '../complaint-form/messages.js';
import { memberCardEn } from '../member-card/messages.js';
import { directoryEn } from '../merchant-directory/messages.js';
import { commonEn } from './common.js';
import type { Messages } from './messages.js';

/** English. */
export const en: Messages = { ...commonEn, ...memberCardEn, ...complaintFormEn, ...directoryEn };
