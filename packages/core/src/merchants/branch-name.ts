/** A merchant's name split into the business and the branch that tells its outlets apart. */
export interface BranchName {
  /** The business, e.g. "景洪天成自助洗車". */
  name: string;
  /** The branch, e.g. "宣慰店"; absent when the name names none. */
  branch?: string;
}

/** A closing bracketed part at the end of a name: full-width （…） or ASCII (…). */
const TRAILING_BRANCH = /^(.*?\S)\s*[（(]([^（）()]+)[）)]\s*$/u;

/**
 * Splits a merchant's name into the business and its branch, written as a trailing bracketed part
 * ("景洪天成自助洗車（宣慰店）"); a name without one, or one that is only a bracket, is left whole.
 *
 * @example
 * branchName('景洪天成自助洗車（宣慰店）') // { name: '景洪天成自助洗車', branch: '宣慰店' }
 * branchName('Sunrise Car Wash (Riverside)') // { name: 'Sunrise Car Wash', branch: 'Riverside' }
 */
export function branchName(name: string): BranchName {
  const match = TRAILING_BRANCH.exec(name);
  const branch = match?.[2]?.trim();
  return match?.[1] && branch ? { name: match[1], branch } : { name };
}
