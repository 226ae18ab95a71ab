import type { StaffPickerMessages } from '../picker-messages.js';

/** English. */
export const staffPickerEn: StaffPickerMessages = {
  help: 'Type the start of their name, then choose them from the list (↓, then Enter).',
  found: (n, name) =>
    `${n === 1 ? 'One staff member' : `${n} staff members`} whose name begins with “${name}”; press ↓ to choose.`,
  none: (name) => `No staff member’s name begins with “${name}”. Check the spelling, or type less of it.`,
  chosen: (name) => `Chosen: ${name}`,
  failed: (r) => `Could not look up staff: ${r}`,
  roles: {
    admin: 'administrator',
    branch: 'branch',
    merchant: 'merchant',
    desk: 'service desk',
    alliance: 'dealer alliance',
  },
};
