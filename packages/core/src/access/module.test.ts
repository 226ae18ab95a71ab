import { describe, expect, it } from 'vitest';
import { INVALID_INPUT } from '../shared/errors.js';
import { Module, ResourceType, moduleOf } from './module.js';

// A2 §3: the six modules, and the resource types each one manages; A1: the dealer alliance's.
const MODULE_TYPES: Record<Module, string[]> = {
  members: ['member', 'vehicle', 'policy', 'membership', 'application', 'campaign', 'vip-order'],
  cards: ['card', 'handbook'],
  service: [
    'complaint',
    'repair',
    'paid-service',
    'procedure',
    'visit',
    'unit',
    'service-price',
    'handover',
    'survey',
    'activity',
    'activity-sign-up',
    'club-service',
  ],
  stats: ['stats', 'merchant-stats', 'desk-stats', 'alliance-stats'],
  merchants: ['merchant', 'offer', 'redemption', 'ad-income', 'service-use'],
  system: ['branch', 'staff', 'api-key', 'audit', 'system'],
  alliance: [
    'sales-centre',
    'county',
    'dealer',
    'salesperson',
    'visit-note',
    'alliance-penalty',
    'alliance-budget',
    'assessment-sheet',
    'alliance-assessment',
    'reward-fund',
    'secondary-list',
    'primary-dealer',
    'promotion',
    'promotion-enrolment',
  ],
};

describe('moduleOf', () => {
  it.each(Object.entries(MODULE_TYPES))('files every %s resource type under its module', (module, types) => {
    for (const type of types) expect(moduleOf(type as ResourceType)).toBe(module);
  });

  it('places every resource type in exactly one of the seven modules', () => {
    expect(Object.values(Module)).toHaveLength(7);
    const listed = Object.values(MODULE_TYPES).flat().sort();
    expect(listed).toEqual([...Object.values(ResourceType)].sort());
  });

  it('refuses an unknown resource type with invalid-input', () => {
    expect(() => moduleOf('invoice' as ResourceType)).toThrow(expect.objectContaining({ code: INVALID_INPUT }));
  });
});
