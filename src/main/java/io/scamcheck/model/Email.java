package io.scamcheck.model;

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

    private Email(Builder b) {
        this.source = b.source;
        this.headers = List.copyOf(b.headers);
        this.text = b.text.toString();
        this.bodyStart = b.bodyStart < 0 ? 0 : b.bodyStart;
        this.headerSpans = Map.copyOf(b.headerSpans);
        this.links = List.copyOf(b.links);
        this.attachments = List.copyOf(b.attachments);
    }

    public SourceKind source() {
        return source;
    }

    /** Whether the message came with mail headers (a sender to compare, authentication results...). */
    public boolean hasHeaders() {
        return source != SourceKind.PASTED_TEXT;
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

        public Email build() {
            startBody();
            return new Email(this);
        }
    }
}
