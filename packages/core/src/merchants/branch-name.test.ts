import { describe, expect, it } from 'vitest';
import { sampleMerchants } from '../samples/merchants.js';
import { seededRandom } from '../shared/random.js';
import { branchName } from './branch-name.js';
import { FIXTURE_TODAY } from './fixtures.js';

describe('branchName', () => {
  it('splits a full-width bracketed branch off the end of a Chinese name', () => {
    expect(branchName('景洪天成自助洗車（宣慰店）')).toEqual({ name: '景洪天成自助洗車', branch: '宣慰店' });
  });

  it('splits an ASCII bracketed branch and the space before it', () => {
    expect(branchName('Sunrise Car Wash (Riverside)')).toEqual({ name: 'Sunrise Car Wash', branch: 'Riverside' });
  });

  it('leaves a name without a trailing bracket whole', () => {
    expect(branchName('景洪天人汽修')).toEqual({ name: '景洪天人汽修' });
    expect(branchName('（景洪）天人汽修')).toEqual({ name: '（景洪）天人汽修' });
  });

  it('leaves a name that is only a bracket, or an empty bracket, whole', () => {
    expect(branchName('（宣慰店）')).toEqual({ name: '（宣慰店）' });
    expect(branchName('天人汽修（ ）')).toEqual({ name: '天人汽修（ ）' });
  });

  it('finds the branch of every sample merchant, so two outlets of one business read apart', () => {
    let n = 0;
    const merchants = sampleMerchants(seededRandom(3), {
      count: 300,
      today: FIXTURE_TODAY,
      newId: (prefix) => `${prefix}_${String(n++).padStart(6, '0')}`,
    });
    for (const merchant of merchants) {
      const split = branchName(merchant.name);
      expect(split.branch).toMatch(/店$/);
      expect(`${split.name}（${split.branch}）`).toBe(merchant.name);
    }
  });
});
