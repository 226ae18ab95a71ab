// The member card's handbook panel, loaded on demand (`import('./handbook/index.js')`) the first
// time a member opens it: its state, its view, its look and its words in the three locales. It
// imports nothing it shares with the card (lit and the helpers come in `HandbookDeps`), so the
// card's first download carries none of it.
export { handbookMessages } from './catalog.js';
export { HandbookPanel, HandbookStatus, type HandbookClient, type HandbookState } from './handbook-controller.js';
export { renderHandbook, type HandbookActions } from './view.js';
export { handbookStyles } from './styles.js';
export { HandbookDisclosure, type HandbookHost } from './disclosure.js';
export type { HandbookDeps } from './deps.js';
export type { MemberHandbookMessages } from './messages.js';
