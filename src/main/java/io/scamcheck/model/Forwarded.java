package io.scamcheck.model;

/**
 * The message someone forwarded: the visible text is the original inside, and this remembers how it came
 * and who passed it on, so the window can say that the original was checked.
 *
 * @param how        {@code ATTACHED} (a message/rfc822 part) or {@code INLINE} (a "Forwarded message" or
 *                   "Original Message" block in the text)
 * @param forwarder  who sent the outer message, as a mail program shows it (may be empty)
 * @param outerSubject the outer message's subject (may be empty)
 * @param outerText  the words the forwarder wrote above the original (may be empty)
 */
public record Forwarded(How how, String forwarder, String outerSubject, String outerText) {
    public enum How { ATTACHED, INLINE }

    public Forwarded {
        forwarder = forwarder == null ? "" : forwarder;
        outerSubject = outerSubject == null ? "" : outerSubject;
        outerText = outerText == null ? "" : outerText;
    }
}
