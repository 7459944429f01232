export * from './outcomes.query.js';
