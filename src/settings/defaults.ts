// The inputs' defaults, as action.yml states them too (__tests__/repo/action-metadata.test.ts
// holds the two together).

export const DEFAULT_SCOPE_FILE = 'globus-scope.json'
export const DEFAULT_MODE = 'ensure'
/** The whole step, retries and the pull-request comment included. */
export const DEFAULT_TIMEOUT_SECONDS = 120
/** Basic first, a manage_projects token only when the API refuses Basic (globus/credentials.ts). */
export const DEFAULT_AUTH_METHOD = 'auto'
