import { TestWorkflowEnvironment } from '@temporalio/testing';
import { temporal } from '@temporalio/proto';
import { searchAttributes } from '@beacon/workflows/appointment/definitions.js';

const { IndexedValueType } = temporal.api.enums.v1;

/**
 * Temporal's time-skipping test server from the installed binary (never downloaded), with the
 * search attributes the appointment workflow indexes itself by.
 */
export async function startTimeSkippingEnv(options: { port?: number } = {}): Promise<TestWorkflowEnvironment> {
  const path = process.env['TEMPORAL_TEST_SERVER'];
  if (!path) throw new Error('TEMPORAL_TEST_SERVER must name the time-skipping test server binary (scripts/test-all.mjs sets it)');
  const env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path }, ...(options.port ? { port: options.port } : {}) } });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      Object.values(searchAttributes).map((k) => [k.name, k.type === 'DATETIME' ? IndexedValueType.INDEXED_VALUE_TYPE_DATETIME : IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
    ),
  });
  return env;
}
