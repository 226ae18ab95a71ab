import * as z from 'zod/mini';
import { Module } from './module-list.js';

/** Schema of {@link Module}. */
export const ModuleSchema = z.enum(Object.values(Module));
