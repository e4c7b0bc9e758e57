// Defaults that action.yml also states; __tests__/action-metadata.test.ts holds the two together.

export const DEFAULT_SCOPE_FILE = 'globus-scope.json'
export const DEFAULT_MODE = 'ensure'
/** Everything this run says to Globus Auth, retries included. */
export const DEFAULT_TIMEOUT_SECONDS = 120
/** One request to Globus Auth. */
export const REQUEST_TIMEOUT_SECONDS = 30
/** The pull-request comment, at most (and never more than timeout_seconds). */
export const COMMENT_TIMEOUT_SECONDS = 30
export const USER_AGENT = 'ensure-globus-scope (GitHub Action)'
/** Basic first, a manage_projects token only when the API refuses Basic (globus/credentials.ts). */
export const DEFAULT_AUTH_METHOD = 'auto'
/** A scope file is at most this big; a larger one is not read. */
export const MAX_SCOPE_FILE_BYTES = 256 * 1024
