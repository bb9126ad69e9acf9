/** The connection string in use (given, or the embedded server's); for dedicated connections. */
export const DATABASE_URL = Symbol('DATABASE_URL');
