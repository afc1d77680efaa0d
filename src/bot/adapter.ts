// The Bot Framework adapter with the app's credentials, and the one place that turns an error
// inside a turn into a German apology for the person and a PII-free log line for the operator.
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { botTexts } from './texts.js';

export function createAdapter(bot: Config['bot'], logger: Logger): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: bot.appId,
    MicrosoftAppPassword: bot.appPassword,
    MicrosoftAppType: bot.appType,
    MicrosoftAppTenantId: bot.tenantId,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: unknown) => {
    const err = error instanceof Error ? { name: error.name, message: error.message.slice(0, 200), stack: error.stack?.split('\n').slice(0, 5).join('\n') } : { name: typeof error };
    logger.error({ err, channelId: context.activity.channelId, activityType: context.activity.type }, 'turn failed');
    try {
      if (context.activity.type === 'message' || context.activity.type === 'invoke') {
        await context.sendActivity({ type: 'message', text: botTexts.turnError, locale: 'de-DE' });
      }
    } catch (sendError) {
      logger.error({ err: sendError instanceof Error ? sendError.name : 'unknown' }, 'could not send the apology');
    }
  };
  return adapter;
}
