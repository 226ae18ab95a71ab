// Registers <club-provider>. Importing this module is its only effect.
import { ClubProvider } from '../provider/provider.js';

ClubProvider.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-provider': ClubProvider;
  }
}
