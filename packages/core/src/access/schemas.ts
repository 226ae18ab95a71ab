import * as z from 'zod/mini';
import { Action } from './action.js';
import { ResourceType } from './resource-type.js';

// The schemas of the access vocabulary, apart from the vocabulary itself: the rules and `canOn`
// read the plain lists, so a browser bundle that only asks them carries no zod. The module's schema
// is apart again (module-schema.ts): a staff answer's schema names a module, not an action.

/** Schema of {@link Action}. */
export const ActionSchema = z.enum(Object.values(Action));
/** Schema of {@link ResourceType}. */
export const ResourceTypeSchema = z.enum(Object.values(ResourceType));
