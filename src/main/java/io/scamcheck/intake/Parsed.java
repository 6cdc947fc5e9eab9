package io.scamcheck.intake;

import io.scamcheck.i18n.Text;
import io.scamcheck.model.Attachment;
import io.scamcheck.model.Email;
import io.scamcheck.model.Forwarded;
import io.scamcheck.model.Header;
import io.scamcheck.model.SourceKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One message read but not yet an {@link Email}: its headers, the header lines to show, its body and its
 * attachments. Building it looks for a forwarded original written into the text and, when there is one,
 * makes the original the message to check.
 */
final class Parsed {
    static final List<String> VISIBLE_HEADERS = List.of("From", "To", "Subject", "Date");
    private static final int MAX_INLINE_FORWARDS = 5;

    final List<Header> headers = new ArrayList<>();
    /** Shown header lines, in the order From, To, Subject, Date, as a mail program shows their values. */
    final Map<String, String> shown = new LinkedHashMap<>();
    Body body = new Body();
    final List<Attachment> attachments = new ArrayList<>();
    final List<Text> notes = new ArrayList<>();
    Forwarded forwarded;

    String shownOrEmpty(String name) {
        return shown.getOrDefault(name, "");
    }

    /** Looks for inline forwarded blocks (a forward of a forward too) and builds the message. */
    Email build(SourceKind kind) {
        Parsed p = this;
        for (int i = 0; i < MAX_INLINE_FORWARDS; i++) {
            Optional<ForwardedBlock.Block> block = ForwardedBlock.find(p.body.text);
            if (block.isEmpty() || !p.mayHoldForward(block.get())) {
                break;
            }
            p = p.inlineOriginal(block.get());
        }
        return p.toEmail(kind);
    }

    /**
     * Whether a block is a forward rather than a reply quoting the message it answers: it says "forwarded",
     * or the message's subject is a forward's ("Fwd:", "FW:"...), or there is no subject (pasted text).
     */
    private boolean mayHoldForward(ForwardedBlock.Block b) {
        String subject = shown.get("Subject");
        return b.saysForwarded() || subject == null || ForwardedBlock.isForwardSubject(subject);
    }

    private Parsed inlineOriginal(ForwardedBlock.Block b) {
        Parsed inner = new Parsed();
        for (String name : VISIBLE_HEADERS) {
            String v = b.fields().get(name);
            if (v == null || v.isBlank()) {
                continue;
            }
            if (HeaderValues.isAddressHeader(name)) {
                inner.headers.add(new Header(name, HeaderValues.decodeAddresses(v)));
                inner.shown.put(name, HeaderValues.showAddresses(v));
            } else {
                inner.headers.add(new Header(name, v));
                inner.shown.put(name, v.replaceAll("\\s+", " "));
            }
        }
        inner.body = body.tail(b.bodyStart()).unquoted();
        inner.attachments.addAll(attachments);
        inner.notes.addAll(notes);
        String outerText = body.text.substring(0, b.markerStart()).strip();
        if (!b.marked() && outerText.isEmpty() && shown.isEmpty()) {
            // Header lines copied with the message (From:, Sent:, Subject: at the very top): not a forward.
            return inner;
        }
        inner.forwarded = new Forwarded(Forwarded.How.INLINE, shownOrEmpty("From"), shownOrEmpty("Subject"),
                outerText);
        String by = shownOrEmpty("From");
        inner.note(by.isEmpty() ? Text.of("intake.note.forwarded") : Text.of("intake.note.forwarded-by", by));
        return inner;
    }

    void note(Text t) {
        if (!notes.contains(t)) {
            notes.add(t);
        }
    }

    Email toEmail(SourceKind kind) {
        Email.Builder b = Email.builder(kind);
        b.headers(headers);
        for (String name : VISIBLE_HEADERS) {
            String v = shown.get(name);
            if (v != null && !v.isBlank()) {
                b.visibleHeaderLine(name, v);
            }
        }
        b.appendBody(body.text.toString(), body.links, body.hidden);
        attachments.forEach(b::attachment);
        notes.forEach(b::note);
        if (forwarded != null) {
            b.forwarded(forwarded);
        }
        return b.build();
    }
}
