/**
 * The id of the message a flow page shows when the abuse limits held a form back (lib/limits):
 * ours, outside Kratos's ranges (1xxxxxx to 5xxxxxx), so no Ory catalog translates it.
 */
export const LIMIT_MESSAGE_ID = 9_429_001;
