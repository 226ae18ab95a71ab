import { describe, expect, it } from 'vitest';
import { isClubError } from '../shared/errors.js';
import {
  assertConductHandler,
  complaintVisibleTo,
  conductDetails,
  conductStaffOf,
  hiddenConductOf,
  ConductDetails,
  NewConductDetails,
} from './conduct-complaint.js';
import { parseInput } from '../shared/parse.js';

const conduct = { staffId: 'stf_guard', handlerId: 'stf_mgr', witnesses: [], evidence: [] };

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (e) {
    return isClubError(e) ? e.code : 'not a ClubError';
  }
  return undefined;
}

describe('conduct complaint details', () => {
  it('makes the staff member’s manager the handler and keeps witnesses and evidence', () => {
    const input = parseInput(NewConductDetails, {
      staffId: 'stf_guard',
      witnesses: [{ name: '李四', phone: '138 0013 8001', statement: '看見保安大聲斥責住戶' }],
      evidence: [{ description: '大堂監控錄像 14:05–14:20', reference: '檔案櫃 B-3' }],
    });
    expect(conductDetails(input, { id: 'stf_guard', managerId: 'stf_mgr' })).toEqual({
      staffId: 'stf_guard',
      handlerId: 'stf_mgr',
      witnesses: [{ name: '李四', phone: '138 0013 8001', statement: '看見保安大聲斥責住戶' }],
      evidence: [{ description: '大堂監控錄像 14:05–14:20', reference: '檔案櫃 B-3' }],
    });
  });

  it('keeps the staff member’s and the handler’s names as they were when the complaint was logged', () => {
    const input = parseInput(NewConductDetails, { staffId: 'stf_guard' });
    const details = conductDetails(input, { id: 'stf_guard', name: '保安 張', managerId: 'stf_mgr' }, '客服經理 陳');
    expect(details).toMatchObject({ staffName: '保安 張', handlerName: '客服經理 陳' });
    expect(ConductDetails.parse(details)).toEqual(details);
    // A record logged before names were kept still reads.
    expect(ConductDetails.parse({ staffId: 'stf_guard', handlerId: 'stf_mgr', witnesses: [], evidence: [] })).toEqual({
      staffId: 'stf_guard',
      handlerId: 'stf_mgr',
      witnesses: [],
      evidence: [],
    });
  });

  it('defaults to no witnesses and no evidence', () => {
    expect(parseInput(NewConductDetails, { staffId: 'stf_guard' })).toEqual({
      staffId: 'stf_guard',
      witnesses: [],
      evidence: [],
    });
  });

  it('refuses a staff member with no manager, or who is their own manager', () => {
    const input = parseInput(NewConductDetails, { staffId: 'stf_guard' });
    expect(codeOf(() => conductDetails(input, { id: 'stf_guard' }))).toBe('complaint/no-manager');
    expect(codeOf(() => conductDetails(input, { id: 'stf_guard', managerId: 'stf_guard' }))).toBe(
      'complaint/no-manager',
    );
  });

  it('refuses more than 20 witnesses and a nameless witness', () => {
    const witnesses = Array.from({ length: 21 }, (_, i) => ({ name: `證人${String(i)}` }));
    expect(codeOf(() => parseInput(NewConductDetails, { staffId: 'stf_guard', witnesses }))).toBe('invalid-input');
    expect(codeOf(() => parseInput(NewConductDetails, { staffId: 'stf_guard', witnesses: witnesses.slice(1) }))).toBe(
      undefined,
    );
    expect(codeOf(() => parseInput(NewConductDetails, { staffId: 'stf_guard', witnesses: [{ name: ' ' }] }))).toBe(
      'invalid-input',
    );
  });
});

describe('who sees a conduct complaint', () => {
  it('hides it from the staff member it is about, even an administrator', () => {
    expect(complaintVisibleTo({ conduct }, { staffId: 'stf_guard', admin: false })).toBe(false);
    expect(complaintVisibleTo({ conduct }, { staffId: 'stf_guard', admin: true })).toBe(false);
  });

  it('shows it to the manager, other staff and keys', () => {
    expect(complaintVisibleTo({ conduct }, { staffId: 'stf_mgr', admin: false })).toBe(true);
    expect(complaintVisibleTo({ conduct }, { staffId: 'stf_desk', admin: false })).toBe(true);
    expect(complaintVisibleTo({ conduct }, { admin: true })).toBe(true);
  });

  it('shows every general complaint to the staff member', () => {
    expect(complaintVisibleTo({}, { staffId: 'stf_guard', admin: false })).toBe(true);
  });

  it('filters queries by the viewer’s own staff id, and not at all for a key', () => {
    expect(hiddenConductOf({ staffId: 'stf_guard', admin: false })).toBe('stf_guard');
    expect(hiddenConductOf({ admin: true })).toBeUndefined();
  });
});

describe('who handles a conduct complaint', () => {
  it('lets the manager, the administrator and a key move it along', () => {
    expect(codeOf(() => assertConductHandler({ conduct }, { staffId: 'stf_mgr', admin: false }))).toBeUndefined();
    expect(codeOf(() => assertConductHandler({ conduct }, { staffId: 'stf_root', admin: true }))).toBeUndefined();
    expect(codeOf(() => assertConductHandler({ conduct }, { admin: false }))).toBeUndefined();
  });

  it('refuses other desk staff, but not on a general complaint', () => {
    expect(codeOf(() => assertConductHandler({ conduct }, { staffId: 'stf_desk', admin: false }))).toBe(
      'complaint/not-handler',
    );
    expect(codeOf(() => assertConductHandler({}, { staffId: 'stf_desk', admin: false }))).toBeUndefined();
  });
});

describe('the field the visibility rule compares', () => {
  it('is the staff member a conduct complaint is about, and nothing for a general complaint', () => {
    expect(conductStaffOf({ conduct })).toBe('stf_guard');
    expect(conductStaffOf({})).toBeUndefined();
  });
});
