export * from './roles.ts';
export * from './policy.ts';
