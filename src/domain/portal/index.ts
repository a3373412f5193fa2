export * from './question.ts';
export * from './reference.ts';
export * from './progress.ts';
