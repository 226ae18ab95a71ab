/** What a principal wants to do with a resource. */
export const Action = {
  /** Read one resource. */
  read: 'read',
  /** List or search resources of a type (filtered by {@link listScope}). */
  list: 'list',
  /** Create a resource. */
  create: 'create',
  /** Change a resource's data. */
  update: 'update',
  /** Delete a resource. */
  delete: 'delete',
  /** Approve or reject, e.g. a membership application. */
  decide: 'decide',
  /** Apply a workflow event, e.g. move a complaint or repair to its next status. */
  act: 'act',
} as const;
/** An action a principal may be allowed to perform. */
export type Action = (typeof Action)[keyof typeof Action];
