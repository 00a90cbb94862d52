/**
 * Imported first by every entry point: `natural` loads dotenv, which otherwise prints to stdout
 * (and would break the classify CLI's output contract). Nothing else is read from .env files.
 */
process.env.DOTENV_CONFIG_QUIET = 'true';
