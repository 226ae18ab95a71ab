import { describe, expect, it } from 'vitest';
import { foldSearchText, queryWords } from './search-text.js';

describe('foldSearchText', () => {
  it('folds full-width letters and digits to half-width and lower case', () => {
    expect(foldSearchText('ＫＴＶ１２３')).toBe(foldSearchText('ktv123'));
    expect(foldSearchText('Ｋtv')).toBe('ktv');
  });

  it('drops spaces, full-width spaces, punctuation and symbols', () => {
    expect(foldSearchText('天人　汽修（景洪）·24h！')).toBe('天人汽修景洪24h');
    expect(foldSearchText(' - ')).toBe('');
  });
});

describe('queryWords', () => {
  it('splits on ordinary and full-width spaces and folds each word', () => {
    expect(queryWords('景洪　洗車 ＫＴＶ')).toEqual(['景洪', '洗車', 'ktv']);
  });

  it('drops words that are only punctuation', () => {
    expect(queryWords('  ， 汽修 !! ')).toEqual(['汽修']);
    expect(queryWords('')).toEqual([]);
  });
});
