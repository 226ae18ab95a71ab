// The size of lit alone, measured beside the widgets by size-limit (see .size-limit.json).
export * from 'lit';
