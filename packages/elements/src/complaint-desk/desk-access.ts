// Which of the desk's forms the signed-in staff member can submit, a chunk the desk loads with its
// first queue (`import('./desk-access.js')`): core's access rules (`canOn()`) stay out of the
// desk's first load. A form the Club API would refuse (403) is not shown.
import { canOn, type Principal } from '@clubkit/core/access';
import { assertConductHandler, type Complaint } from '@clubkit/core/service';

/** The forms of the desk a staff member can submit, by core's access rules. */
export interface DeskForms {
  /** The conduct complaint form: it sends no unit, and the Club API makes one logged by a desk of one property that property's. */
  conduct: boolean;
  /** The feedback survey forms: a new questionnaire, for the staff member's own property. */
  surveys: boolean;
  /** The step forms of one complaint: acting on it, and for a conduct complaint being its handler. */
  steps(complaint: Pick<Complaint, 'propertyId' | 'conduct'>): boolean;
}

/**
 * The desk's forms a signed-in staff member can submit: decided with core's `can()` on what each
 * form sends, and core's `assertConductHandler` for a conduct complaint's steps.
 *
 * @example
 * deskForms({ id: 'stf_1', principal: { role: 'branch', branchId: 'br_1' } }).conduct // false
 */
export function deskForms(staff: { id: string; principal: Principal }): DeskForms {
  const principal = staff.principal;
  const own = principal.role === 'desk' && principal.propertyId ? { propertyId: principal.propertyId } : {};
  const viewer = { staffId: staff.id, admin: principal.role === 'admin' };
  return {
    conduct: canOn(principal, 'create', { type: 'complaint', ...own }),
    surveys: canOn(principal, 'create', { type: 'survey', ...own }),
    steps(complaint) {
      const where = complaint.propertyId ? { propertyId: complaint.propertyId } : {};
      if (!canOn(principal, 'act', { type: 'complaint', ...where })) return false;
      try {
        assertConductHandler(complaint, viewer);
        return true;
      } catch {
        return false;
      }
    },
  };
}
