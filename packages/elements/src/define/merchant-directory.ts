// Registers <club-merchant-directory> (and <club-provider>, which configures it).
import { ClubMerchantDirectory } from '../merchant-directory/merchant-directory.js';
import './provider.js';

ClubMerchantDirectory.define();

declare global {
  interface HTMLElementTagNameMap {
    'club-merchant-directory': ClubMerchantDirectory;
  }
}
