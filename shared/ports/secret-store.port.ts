/**
 * Resolves secret references (`secret:NAME`, `env:NAME`): Secret Manager (or mounted secrets) in the cloud,
 * the local data folder when embedded. Values never appear in logs or errors.
 */
export interface SecretStore {
  /** the secret's value, or null when it does not exist */
  get(ref: string): Promise<string | null>;
}
