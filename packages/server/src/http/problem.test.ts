import {
  AccessErrorCode,
  INVALID_INPUT,
  MembershipErrorCode,
  ProjectionErrorCode,
  ServiceErrorCode,
} from '@clubkit/core';
import { describe, expect, it } from 'vitest';
import { problemBody, statusForCode } from './problem.js';

describe('statusForCode', () => {
  it.each([
    [INVALID_INPUT, 400],
    [AccessErrorCode.forbidden, 403],
    [MembershipErrorCode.duplicateVehicle, 409],
    [MembershipErrorCode.applicationDecided, 409],
    [MembershipErrorCode.cancelled, 409],
    [ServiceErrorCode.complaintFollowUpRequired, 409],
    [ServiceErrorCode.repairInvalidTransition, 409],
    [ServiceErrorCode.visitInvalidTransition, 409],
    [MembershipErrorCode.renewalGap, 422],
    [ServiceErrorCode.wrongDepartment, 422],
    [ProjectionErrorCode.amountTooLarge, 422],
  ])('answers %s with %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('answers the server’s own input codes with 400', () => {
    expect(statusForCode('invalid-json')).toBe(400);
    expect(statusForCode('invalid-cursor')).toBe(400);
  });

  it('answers a code it does not know with 422', () => {
    expect(statusForCode('something/else')).toBe(422);
  });
});

describe('problemBody', () => {
  it('builds an RFC 9457 document with the localised title, leaving out empty issues', () => {
    expect(problemBody(404, 'not-found', 'No member mbr_1.', 'zh-Hant', 'req_1', '/v1/members/mbr_1', [])).toEqual({
      type: 'urn:clubkit:problem:not-found',
      title: '找不到所要求的資料。',
      status: 404,
      detail: 'No member mbr_1.',
      code: 'not-found',
      requestId: 'req_1',
      instance: '/v1/members/mbr_1',
    });
  });
});
