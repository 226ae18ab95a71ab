import type { MemberHandbookMessages } from './messages.js';

/** English. */
export const memberHandbookEn: MemberHandbookMessages = {
  handbookLoading: 'Loading the member handbook…',
  handbookNone: 'The club has not published a member handbook yet.',
  handbookEffective: (date, version) => `Version ${version}, in force since ${date}`,
  handbookRightsTitle: 'Your rights as a member',
  handbookDutiesTitle: 'Your duties as a member',
  handbookClose: 'Close the member handbook',
};
