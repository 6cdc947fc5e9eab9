/**
 * Intake: whatever a person brings becomes one {@link io.scamcheck.model.Email} whose visible text is what a
 * reader's mail program would show (header lines From, To, Subject, Date, a blank line, then the body), with
 * every link's shown words, real target and span in that text.
 *
 * <p>Ways in ({@link io.scamcheck.intake.Intake}):
 * <ul>
 *   <li>{@code fromPaste(String)}: the bare body (the common case), or a full source with headers;</li>
 *   <li>{@code fromPastedHtml(String)}: the clipboard's HTML flavour (CF_HTML or plain HTML), keeping link
 *       targets;</li>
 *   <li>{@code fromFile(Path)}, {@code fromBytes(byte[], name)}, {@code fromStream}: .eml (any MIME), .msg
 *       (Outlook, through Apache POI), .txt, .html, and .mbox (the first message, with a note);</li>
 *   <li>{@code isMailbox(Path)} and {@code mailbox(Path)}: an mbox file's list of messages (date, sender,
 *       subject) and {@link io.scamcheck.intake.Mailbox#message(int)} to read the one chosen.</li>
 * </ul>
 *
 * <p>Memory: an mbox file of any size is gone through once to find where its messages are (three numbers
 * kept per message, up to {@link io.scamcheck.intake.Mailbox#MAX_MESSAGES}), and a message file or mailbox
 * message over 256 kB is read by the parser from the file by position ({@code Bytes}), never copied into
 * memory; an attachment is counted as it streams past. So memory grows neither with the file nor with the
 * size of one message. Standard input is read into memory, up to {@code Limits.maxBytes()}.
 *
 * <p>A forwarded scam (a message/rfc822 part, an attached .eml or Outlook item, or an inline "Forwarded
 * message" / "Original Message" block) is read as the original inside: {@code Email.forwarded()} tells who
 * forwarded it, and {@code Email.notes()} holds the sentence to show ({@code intake.note.*} in the bundle).
 * Text hidden by HTML styles is left out of the visible text and listed in {@code Email.hiddenTexts()}.
 *
 * <p>Failures are {@link io.scamcheck.intake.IntakeException}s with an {@link io.scamcheck.intake.IntakeError}
 * id and a reader's sentence under {@code error.<id>}; intake never lets another exception out. Limits are in
 * {@link io.scamcheck.intake.Limits}. The window and the command line run intake and analysis together
 * through {@link io.scamcheck.intake.TimeLimit#run(java.util.concurrent.Callable)}, which gives
 * {@code TOO_SLOW} when a message takes longer than the time per message.
 */
package io.scamcheck.intake;
