import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions } from 'src/database/data-source';
import { DATABASE_URL } from 'src/database/database.tokens';
import { Db } from 'src/database/db';

/** The TypeORM data source (migrations, entities), raw SQL on its pool, and the URL for listeners. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(databaseUrl: string): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [TypeOrmModule.forRoot(dataSourceOptions(databaseUrl))],
      providers: [{ provide: DATABASE_URL, useValue: databaseUrl }, Db],
      exports: [DATABASE_URL, Db],
    };
  }
}
