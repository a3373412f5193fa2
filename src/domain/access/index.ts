export * from './roles.ts';
export * from './policy.ts';
export * from './administration.ts';
