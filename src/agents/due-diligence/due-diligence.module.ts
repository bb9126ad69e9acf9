import { Module } from '@nestjs/common';
import { AppConfig } from 'src/config/app-config';
import { DueDiligenceAgent } from 'src/agents/due-diligence/due-diligence.agent';

/** Provides the due diligence agent with its lists loaded; a load failure leaves it unavailable, not the app down. */
@Module({
  providers: [
    {
      provide: DueDiligenceAgent,
      inject: [AppConfig],
      useFactory: async (config: AppConfig) => {
        const agent = new DueDiligenceAgent(config.referenceDataDir);
        await agent.load();
        return agent;
      },
    },
  ],
  exports: [DueDiligenceAgent],
})
export class DueDiligenceModule {}
