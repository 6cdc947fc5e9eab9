package io.scamcheck.model;

import io.scamcheck.i18n.Text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One message as the checker sees it. {@link #text()} is the visible text: the header lines a reader sees
 * (From, To, Subject, Date) followed by the body as a reader would see it. Every {@link Span} in the program
 * is an offset range into that text.
 */
public final class Email {
    private final SourceKind source;
    private final List<Header> headers;
    private final String text;
    private final int bodyStart;
    private final Map<String, Span> headerSpans;
    private final List<Link> links;
    private final List<Attachment> attachments;
    private final List<HiddenText> hiddenTexts;
    private final List<Text> notes;
    private final Forwarded forwarded;

    private Email(Builder b) {
        this.source = b.source;
        this.headers = List.copyOf(b.headers);
        this.text = b.text.toString();
        this.bodyStart = b.bodyStart < 0 ? 0 : b.bodyStart;
        this.headerSpans = Map.copyOf(b.headerSpans);
        this.links = List.copyOf(b.links);
        this.attachments = List.copyOf(b.attachments);
        this.hiddenTexts = List.copyOf(b.hiddenTexts);
        this.notes = List.copyOf(b.notes);
        this.forwarded = b.forwarded;
    }

    public SourceKind source() {
        return source;
    }

    /**
     * Whether the message came with mail headers (a sender to compare, authentication results...). Pasted
     * text has none, unless it held a forwarded message whose header lines were read.
     */
    public boolean hasHeaders() {
        boolean pasted = source == SourceKind.PASTED_TEXT || source == SourceKind.PASTED_HTML
                || source == SourceKind.HTML_FILE;
        return !pasted || !headers.isEmpty();
    }

    public List<Header> headers() {
        return headers;
    }

    /** The first value of a header, case-insensitive name. */
    public Optional<String> header(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    public List<String> headerValues(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    public Optional<Address> from() {
        return header("From").flatMap(v -> Addresses.parse(v).stream().findFirst());
    }

    public List<Address> replyTo() {
        return header("Reply-To").map(Addresses::parse).orElse(List.of());
    }

    public List<Address> to() {
        return header("To").map(Addresses::parse).orElse(List.of());
    }

    public Optional<String> subject() {
        return header("Subject");
    }

    /** The whole visible text: header lines, a blank line, then the body. */
    public String text() {
        return text;
    }

    /** Offset in {@link #text()} where the body begins (0 when there are no header lines). */
    public int bodyStart() {
        return bodyStart;
    }

    public String body() {
        return text.substring(bodyStart);
    }

    /** Where a header's value sits in the visible text, for the header lines shown (From, To, Subject, Date). */
    public Optional<Span> headerSpan(String name) {
        return Optional.ofNullable(headerSpans.get(name.toLowerCase(Locale.ROOT)));
    }

    public List<Link> links() {
        return links;
    }

    public List<Attachment> attachments() {
        return attachments;
    }

    /** Words in the HTML that a reader cannot see (white on white, zero size...), for the disguised-text check. */
    public List<HiddenText> hiddenTexts() {
        return hiddenTexts;
    }

    /**
     * Things intake tells the reader about how it read the message (bundle keys {@code intake.note.*}),
     * such as "this was forwarded to you; we checked the original inside".
     */
    public List<Text> notes() {
        return notes;
    }

    /** Present when the message was forwarded and the visible text is the original inside it. */
    public Optional<Forwarded> forwarded() {
        return Optional.ofNullable(forwarded);
    }

    /** Whether the visible text is the original message found inside a forward. */
    public boolean forwardedOriginal() {
        return forwarded != null;
    }

    public static Builder builder(SourceKind source) {
        return new Builder(source);
    }

    /** Builds the visible text line by line, remembering where each piece lands. */
    public static final class Builder {
        private final SourceKind source;
        private final List<Header> headers = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int bodyStart = -1;
        private final Map<String, Span> headerSpans = new LinkedHashMap<>();
        private final List<Link> links = new ArrayList<>();
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<HiddenText> hiddenTexts = new ArrayList<>();
        private final List<Text> notes = new ArrayList<>();
        private Forwarded forwarded;

        private Builder(SourceKind source) {
            this.source = Objects.requireNonNull(source);
        }

        public Builder header(String name, String value) {
            headers.add(new Header(name, value == null ? "" : value));
            return this;
        }

        public Builder headers(List<Header> all) {
            headers.addAll(all);
            return this;
        }

        /** Adds a visible header line "Name: value" and remembers the value's span. */
        public Builder visibleHeaderLine(String name, String value) {
            if (bodyStart >= 0) {
                throw new IllegalStateException("header lines come before the body");
            }
            String clean = value.replaceAll("[\\r\\n]+", " ").strip();
            text.append(name).append(": ");
            int start = text.length();
            text.append(clean);
            headerSpans.put(name.toLowerCase(Locale.ROOT), new Span(start, text.length()));
            text.append('\n');
            return this;
        }

        /**
         * Starts the body: after header lines, a blank line separates them. Returns the body's offset, so
         * that spans computed relative to the body can be moved into the whole text.
         */
        public int startBody() {
            if (bodyStart < 0) {
                if (text.length() > 0) {
                    text.append('\n');
                }
                bodyStart = text.length();
            }
            return bodyStart;
        }

        /** Appends body text; links are given with spans relative to the appended text. */
        public Builder appendBody(String bodyText, List<Link> bodyLinks) {
            int offset = startBody() + (text.length() - bodyStart);
            text.append(bodyText);
            for (Link l : bodyLinks) {
                links.add(new Link(l.shownText(), l.target(),
                        new Span(l.span().start() + offset, l.span().end() + offset)));
            }
            return this;
        }

        public Builder attachment(Attachment a) {
            attachments.add(a);
            return this;
        }

        /** Hidden words with their place relative to the body appended so far (like appendBody's links). */
        public Builder appendBody(String bodyText, List<Link> bodyLinks, List<HiddenText> hidden) {
            int offset = startBody() + (text.length() - bodyStart);
            appendBody(bodyText, bodyLinks);
            for (HiddenText h : hidden) {
                hiddenTexts.add(new HiddenText(h.text(), h.reason(),
                        new Span(h.at().start() + offset, h.at().end() + offset)));
            }
            return this;
        }

        public Builder note(Text note) {
            if (!notes.contains(note)) {
                notes.add(note);
            }
            return this;
        }

        public Builder forwarded(Forwarded f) {
            this.forwarded = f;
            return this;
        }

        public Email build() {
            startBody();
            return new Email(this);
        }
    }
}
