// Registers <club-provider>. Importing this module is its only effect.
import { ClubProvider } from '../provider/club-provider.js';

ClubProvider.define('club-provider');

declare global {
  interface HTMLElementTagNameMap {
    'club-provider': ClubProvider;
  }
}
