/** Placeholder: replaced by the validated configuration in the gateway core. */
export class AppConfig {
  readonly referenceDataDir: string = process.env.REFERENCE_DATA_DIR ?? 'reference-data';
}
