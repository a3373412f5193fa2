/** Public API of the client-support casework domain (pure: no I/O, no clock, no randomness without a seed). */
export * from './result.ts';
export * from './calendar.ts';
export * from './holidays.ts';
export * from './deadlines.ts';
export * from './model.ts';
export * from './process.ts';
export * from './independence.ts';
export * from './matrix-axes.ts';
export * from './matrix-cells.ts';
export * from './matrix-notes.ts';
export * from './matrix.ts';
export * from './forms.ts';
export * from './bsn.ts';
export * from './prng.ts';
export * from './evaluation.ts';
export * from './retention.ts';
export * from './mee-transition.ts';
