import { ConfigError, loadConfig } from '@beacon/config';
import { createLogger } from '@beacon/logging';
import { createApi } from './create-api.js';

const logger = createLogger('api');

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApi(config, logger);
  await app.listen(config.API_PORT);
  logger.info({ port: config.API_PORT, docs: `http://localhost:${config.API_PORT}/api/docs`, smsProvider: config.SMS_PROVIDER }, 'api listening');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) logger.fatal(error.message);
  else logger.fatal({ err: error }, 'api failed to start');
  process.exit(1);
});
