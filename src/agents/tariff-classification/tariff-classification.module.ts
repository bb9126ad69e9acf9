import { Module } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { TariffClassificationAgent } from 'src/agents/tariff-classification/tariff-classification.agent';

/** Builds the HS index once at start-up; missing data leaves the agent listed as unavailable. */
@Module({
  providers: [
    {
      provide: TariffClassificationAgent,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const agent = new TariffClassificationAgent(config.referenceDataDir);
        await agent.load();
        return agent;
      },
    },
  ],
  exports: [TariffClassificationAgent],
})
export class TariffClassificationModule {}
