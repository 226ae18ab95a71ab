// Registers <club-merchant-directory> (and <club-provider>, which configures it).
import { ClubMerchantDirectory } from '../merchant-directory/club-merchant-directory.js';
import './provider.js';

ClubMerchantDirectory.define('club-merchant-directory');

declare global {
  interface HTMLElementTagNameMap {
    'club-merchant-directory': ClubMerchantDirectory;
  }
}
