/** Public API of the accountability domain (verantwoording): pure, no I/O. */
export * from './templates.ts';
export * from './values.ts';
export * from './submission.ts';
export * from './experience.ts';
export * from './suppression.ts';
