import * as z from 'zod/mini';
import {
  ComplaintCategory,
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
  Department,
  EscalationLevel,
} from './complaint-types.js';

// The schemas of the complaint vocabularies of complaint-types.ts.

/** Schema of {@link ComplaintChannel}. */
export const ComplaintChannelSchema = z.enum(ComplaintChannel);
/** Schema of {@link ComplaintSeverity}. */
export const ComplaintSeveritySchema = z.enum(ComplaintSeverity);
/** Schema of {@link ComplaintCategory}. */
export const ComplaintCategorySchema = z.enum(ComplaintCategory);
/** Schema of {@link ComplaintStatus}. */
export const ComplaintStatusSchema = z.enum(ComplaintStatus);
/** Schema of {@link Department}. */
export const DepartmentSchema = z.enum(Department);
/** Schema of {@link EscalationLevel}. */
export const EscalationLevelSchema = z.enum(EscalationLevel);
