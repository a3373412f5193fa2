export * from './framework.ts';
export * from './coverage.ts';
export * from './combinations.ts';
export * from './checklist.ts';
export * from './plan.ts';
export * from './region.ts';
export * from './labels.ts';
