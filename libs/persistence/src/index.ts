/** Persistence: the data source, migrations and the embedded database for development. */
export {
  createDataSource,
  driverPool,
  openDatabase,
  MIGRATIONS,
  type DataSourceOptions,
} from './data-source.js';
export { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';
export { arrayLiteral, MAX_PARAMETERS, unnestColumns, valuesList } from './sql.js';
