export * from './outcomes.query.js';
export * from './outcomes-rollup.activities.js';
