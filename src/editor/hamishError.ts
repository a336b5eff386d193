/** An error whose message is meant for the researcher as it is (commands show it as a message). */
export class HamishError extends Error {}
