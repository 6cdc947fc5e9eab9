/**
 * The detectors for the claims of the seed scam (DETECTORS.md, "The seed scam, claim by claim"): a crime
 * accusation, an IP and a MAC address shown as evidence, a law that does not exist, a cancelled Windows
 * license, a number to call, a brand name on mail the brand did not send, and odd capitals. Each works on
 * its own and is tuned to stay quiet on ordinary mail that uses the same words innocently.
 */
package io.scamcheck.detect.seed;
